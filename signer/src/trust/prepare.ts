import { createPublicKey, type KeyObject } from 'node:crypto';
import { PublicKey, TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { SignerError, describe } from '../errors.js';
import { keyFingerprint } from './fingerprint.js';
import {
  parseTrustRoot,
  trustRootFingerprint,
  type CertificateIdentity,
  type TrustRootDocument,
} from './root.js';

/** A trust root checked and converted once for @sigstore/verify; reuse it across verifications. */
export interface PreparedTrust {
  readonly kind: 'prepared-trust';
  readonly document: TrustRootDocument;
  readonly fingerprint: string;
  readonly material: TrustMaterial;
  /** registry keys by fingerprint (the bundle hint) */
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly identities: readonly CertificateIdentity[];
}

const cache = new WeakMap<object, PreparedTrust>();

/** Parse, check and convert a trust root. Throws TRUST_ROOT_INVALID. Pure; results are memoised per object. */
export function prepareTrust(root: TrustRootDocument | PreparedTrust | unknown): PreparedTrust {
  if (isPrepared(root)) return root;
  if (typeof root === 'object' && root !== null) {
    const hit = cache.get(root);
    if (hit) return hit;
  }
  const document = parseTrustRoot(root);
  const keys = new Map<string, KeyObject>();
  const protoKeys: Record<string, PublicKey> = {};
  document.keys.forEach((k, i) => {
    let key: KeyObject;
    let proto: PublicKey;
    try {
      proto = PublicKey.fromJSON(k.publicKey);
      key = createPublicKey({
        key: proto.rawBytes ?? Buffer.alloc(0),
        format: 'der',
        type: 'spki',
      });
    } catch (e) {
      throw new SignerError(
        'TRUST_ROOT_INVALID',
        `trust root: keys[${i}] is not a DER public key: ${describe(e)}`,
        {
          cause: e,
        },
      );
    }
    const fp = keyFingerprint(key);
    if (fp !== k.keyId) {
      throw new SignerError(
        'TRUST_ROOT_INVALID',
        `trust root: keys[${i}].keyId is not the key's fingerprint (${fp})`,
      );
    }
    keys.set(fp, key);
    protoKeys[fp] = proto;
  });
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(TrustedRoot.fromJSON(document.trustedRoot), protoKeys);
  } catch (e) {
    throw new SignerError('TRUST_ROOT_INVALID', `trust root: trustedRoot: ${describe(e)}`, {
      cause: e,
    });
  }
  const prepared: PreparedTrust = {
    kind: 'prepared-trust',
    document,
    fingerprint: trustRootFingerprint(document),
    material,
    keys,
    identities: document.identities,
  };
  if (typeof root === 'object' && root !== null) cache.set(root, prepared);
  return prepared;
}

function isPrepared(v: unknown): v is PreparedTrust {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'prepared-trust';
}
