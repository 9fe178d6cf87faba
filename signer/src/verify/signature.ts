/** Signature, key or certificate chain, timestamps and log inclusion via @sigstore/verify; then identity. */
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import {
  PolicyError,
  VerificationError,
  Verifier,
  toSignedEntity,
  type SignedEntity,
} from '@sigstore/verify';
import type { X509Certificate } from '@sigstore/core';
import { SignerError, describe, type SignerErrorCode } from '../errors.js';
import type { PreparedTrust } from '../trust/prepare.js';
import type { ParsedBundle } from './envelope.js';
import type { SignerIdentity, VerifyPolicy } from './types.js';

export interface SignatureResult {
  signer: SignerIdentity;
  tlogEntries: number;
  signedAt?: string;
}

const FROM_SIGSTORE: Record<string, SignerErrorCode> = {
  SIGNATURE_ERROR: 'SIGNATURE_INVALID',
  PUBLIC_KEY_ERROR: 'UNTRUSTED_KEY',
  CERTIFICATE_ERROR: 'UNTRUSTED_CERTIFICATE',
  TIMESTAMP_ERROR: 'TIMESTAMP_INVALID',
  TLOG_ERROR: 'TLOG_INVALID',
  TLOG_INCLUSION_PROOF_ERROR: 'TLOG_INVALID',
  TLOG_INCLUSION_PROMISE_ERROR: 'TLOG_INVALID',
  TLOG_MISSING_INCLUSION_ERROR: 'TLOG_INVALID',
  TLOG_BODY_ERROR: 'TLOG_INVALID',
};

function fromSigstore(e: unknown): SignerError {
  if (e instanceof PolicyError)
    return new SignerError('IDENTITY_MISMATCH', e.message, { cause: e });
  const code =
    e instanceof VerificationError
      ? (FROM_SIGSTORE[e.code] ?? 'BUNDLE_MALFORMED')
      : 'BUNDLE_MALFORMED';
  return new SignerError(code, `bundle verification: ${describe(e)}`, { cause: e });
}

function signingKey(entity: SignedEntity, trust: PreparedTrust): KeyObject {
  if (entity.key.$case === 'public-key') {
    const key = trust.keys.get(entity.key.hint);
    if (!key)
      throw new SignerError(
        'UNTRUSTED_KEY',
        `signing key ${entity.key.hint || '(no hint)'} is not in the trust root`,
      );
    return key;
  }
  try {
    return createPublicKey({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' });
  } catch (e) {
    throw new SignerError(
      'BUNDLE_MALFORMED',
      `bundle: certificate has no usable public key: ${describe(e)}`,
      { cause: e },
    );
  }
}

/** Whether some trusted CA certificate signed the leaf (time and path checks follow in the verifier). */
function issuedByTrustedCA(leaf: X509Certificate, trust: PreparedTrust): boolean {
  return trust.material.certificateAuthorities.some((ca) =>
    ca.certChain.some((c) => {
      try {
        return leaf.verify(c);
      } catch {
        return false;
      }
    }),
  );
}

function signedAt(entity: SignedEntity): string | undefined {
  const times = entity.timestamps.map((t) =>
    t.$case === 'transparency-log'
      ? Number(t.tlogEntry.integratedTime) * 1000
      : t.timestamp.signingTime.getTime(),
  );
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : undefined;
}

export function checkSignature(
  parsed: ParsedBundle,
  trust: PreparedTrust,
  policy: VerifyPolicy,
): SignatureResult {
  let entity: SignedEntity;
  try {
    entity = toSignedEntity(parsed.bundle);
  } catch (e) {
    throw new SignerError('BUNDLE_MALFORMED', `bundle: ${describe(e)}`, { cause: e });
  }
  const isCert = entity.key.$case === 'certificate';

  // The signature over this payload first, so an edited statement reads as SIGNATURE_INVALID in both modes
  // (the verifier below would otherwise report a log-body mismatch first for logged bundles).
  if (!entity.signature.verifySignature(signingKey(entity, trust))) {
    throw new SignerError(
      'SIGNATURE_INVALID',
      'the envelope signature does not match its payload and key',
    );
  }
  // Name an untrusted issuer as such, before the verifier trips over its foreign timestamps.
  if (entity.key.$case === 'certificate' && !issuedByTrustedCA(entity.key.certificate, trust)) {
    throw new SignerError(
      'UNTRUSTED_CERTIFICATE',
      'the signing certificate was not issued by a trusted CA',
    );
  }
  if (policy.requireTlog && entity.tlogEntries.length === 0) {
    throw new SignerError(
      'TLOG_MISSING',
      'the policy requires a transparency-log entry and the bundle has none',
    );
  }
  if (isCert && entity.timestamps.length === 0) {
    throw new SignerError(
      'TIMESTAMP_MISSING',
      'a certificate-signed bundle needs a log entry or an RFC 3161 timestamp',
    );
  }

  const verifier = new Verifier(trust.material, {
    tlogThreshold: 0, // presence checked above against the policy; every entry present is verified
    ctlogThreshold: isCert ? 1 : 0,
    timestampThreshold: isCert ? 1 : 0,
  });
  let verified;
  try {
    verified = verifier.verify(entity);
  } catch (e) {
    throw fromSigstore(e);
  }

  let signer: SignerIdentity;
  if (entity.key.$case === 'public-key') {
    const fingerprint = entity.key.hint;
    if (policy.keyFingerprints && !policy.keyFingerprints.includes(fingerprint)) {
      throw new SignerError(
        'IDENTITY_MISMATCH',
        `signed by key ${fingerprint}, which the policy does not accept`,
      );
    }
    signer = { kind: 'key', fingerprint };
  } else {
    const subjectAlternativeName = verified.identity?.subjectAlternativeName ?? '';
    const issuer = verified.identity?.extensions?.issuer ?? '';
    const accepted = policy.identities ?? trust.identities;
    if (accepted.length === 0) {
      throw new SignerError(
        'IDENTITY_MISMATCH',
        'no keyless signer identity is configured, so no certificate is accepted',
      );
    }
    if (
      !accepted.some(
        (a) => a.subjectAlternativeName === subjectAlternativeName && a.issuer === issuer,
      )
    ) {
      throw new SignerError(
        'IDENTITY_MISMATCH',
        `signed by ${subjectAlternativeName || '(no SAN)'} from ${issuer || '(no issuer)'}, which the policy does not accept`,
      );
    }
    signer = { kind: 'certificate', subjectAlternativeName, issuer };
  }
  const at = signedAt(entity);
  return { signer, tlogEntries: entity.tlogEntries.length, ...(at ? { signedAt: at } : {}) };
}
