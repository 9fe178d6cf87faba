/**
 * The trust root a registry publishes and a client pins: a Sigstore `trusted_root.json`
 * (CAs, transparency logs, CT logs, TSAs; lists empty in key mode) plus what that format has no
 * place for: the registry's signing keys (key mode) and the expected keyless signer identities.
 */
import type { KeyObject } from 'node:crypto';
import { SignerError } from '../errors.js';
import { canonicalDigest, keyFingerprint, spkiDer } from './fingerprint.js';

export const TRUST_ROOT_MEDIA_TYPE = 'application/vnd.skillgate.trust-root+json;version=1';
export const SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE =
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

/** Sigstore's PublicKey message in its JSON form (rawBytes: base64 DER SPKI). */
export interface PublicKeyJSON {
  rawBytes: string;
  keyDetails: string;
  validFor?: { start?: string; end?: string };
}

/** A registry signing key; `keyId` is its fingerprint and the hint its bundles carry. */
export interface TrustedKey {
  keyId: string;
  publicKey: PublicKeyJSON;
}

/** A keyless signer we accept: certificate SAN and OIDC issuer, compared exactly. */
export interface CertificateIdentity {
  subjectAlternativeName: string;
  issuer: string;
}

/** Sigstore `trusted_root.json` (protobuf JSON form). Kept loose: @sigstore/protobuf-specs parses it. */
export interface TrustedRootJSON {
  mediaType: string;
  tlogs: unknown[];
  certificateAuthorities: unknown[];
  ctlogs: unknown[];
  timestampAuthorities: unknown[];
}

export interface TrustRootDocument {
  mediaType: typeof TRUST_ROOT_MEDIA_TYPE;
  trustedRoot: TrustedRootJSON;
  keys: TrustedKey[];
  identities: CertificateIdentity[];
}

export function emptyTrustedRoot(): TrustedRootJSON {
  return {
    mediaType: SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  };
}

/** A trusted-key entry for an ECDSA P-256 public key (KeyObject, PEM or DER SPKI). */
export function trustedKey(key: KeyObject | string | Uint8Array, validFrom?: Date): TrustedKey {
  return {
    keyId: keyFingerprint(key),
    publicKey: {
      rawBytes: spkiDer(key).toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      ...(validFrom ? { validFor: { start: validFrom.toISOString() } } : {}),
    },
  };
}

/** A trust root listing registry keys (key mode), optionally on top of a Sigstore trusted root. */
export function keyTrustRoot(
  keys: (KeyObject | string | Uint8Array)[],
  options: { trustedRoot?: TrustedRootJSON; identities?: CertificateIdentity[] } = {},
): TrustRootDocument {
  return {
    mediaType: TRUST_ROOT_MEDIA_TYPE,
    trustedRoot: options.trustedRoot ?? emptyTrustedRoot(),
    keys: keys.map((k) => trustedKey(k)),
    identities: options.identities ?? [],
  };
}

/** Union of trust roots (e.g. the registry key plus a Sigstore deployment); duplicates are dropped. */
export function mergeTrustRoots(...roots: TrustRootDocument[]): TrustRootDocument {
  const uniq = <T>(xs: T[]): T[] => {
    const seen = new Set<string>();
    return xs.filter((x) => {
      const d = canonicalDigest(x);
      return seen.has(d) ? false : (seen.add(d), true);
    });
  };
  const pick = (k: keyof Omit<TrustedRootJSON, 'mediaType'>) =>
    uniq(roots.flatMap((r) => r.trustedRoot[k]));
  return {
    mediaType: TRUST_ROOT_MEDIA_TYPE,
    trustedRoot: {
      mediaType: SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE,
      tlogs: pick('tlogs'),
      certificateAuthorities: pick('certificateAuthorities'),
      ctlogs: pick('ctlogs'),
      timestampAuthorities: pick('timestampAuthorities'),
    },
    keys: uniq(roots.flatMap((r) => r.keys)),
    identities: uniq(roots.flatMap((r) => r.identities)),
  };
}

/** The fingerprint a client pins on first use (TOFU) and prints: sha256 of the canonical JSON, hex. */
export function trustRootFingerprint(root: TrustRootDocument): string {
  return canonicalDigest(root);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Checks the shape of a trust root read from a file or the network. Throws TRUST_ROOT_INVALID naming the field. */
export function parseTrustRoot(value: unknown): TrustRootDocument {
  const fail = (what: string): never => {
    throw new SignerError('TRUST_ROOT_INVALID', `trust root: ${what}`);
  };
  let v = value;
  if (typeof v === 'string' || v instanceof Uint8Array) {
    try {
      v = JSON.parse(typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));
    } catch (e) {
      throw new SignerError('TRUST_ROOT_INVALID', 'trust root: not JSON', { cause: e });
    }
  }
  if (!isObj(v)) return fail('not a JSON object');
  if (v.mediaType !== TRUST_ROOT_MEDIA_TYPE) fail(`mediaType must be ${TRUST_ROOT_MEDIA_TYPE}`);
  const tr = v.trustedRoot;
  if (!isObj(tr)) return fail('trustedRoot must be an object');
  if (tr.mediaType !== SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE)
    fail(`trustedRoot.mediaType must be ${SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE}`);
  for (const k of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'] as const) {
    if (!Array.isArray(tr[k]) || !(tr[k] as unknown[]).every(isObj))
      fail(`trustedRoot.${k} must be an array of objects`);
  }
  if (!Array.isArray(v.keys)) fail('keys must be an array');
  (v.keys as unknown[]).forEach((k, i) => {
    if (!isObj(k) || !isStr(k.keyId) || !isObj(k.publicKey) || !isStr(k.publicKey.rawBytes)) {
      fail(`keys[${i}] must have keyId and publicKey.rawBytes`);
    }
  });
  if (!Array.isArray(v.identities)) fail('identities must be an array');
  (v.identities as unknown[]).forEach((id, i) => {
    if (!isObj(id) || !isStr(id.subjectAlternativeName) || !isStr(id.issuer)) {
      fail(`identities[${i}] must have subjectAlternativeName and issuer`);
    }
  });
  return v as unknown as TrustRootDocument;
}
