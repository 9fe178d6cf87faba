import { SignerError, describe } from '../errors.js';
import type { Statement } from '../statement/schema.js';
import { prepareTrust } from '../trust/prepare.js';
import { parseBundle } from './envelope.js';
import { checkPredicate } from './predicate.js';
import { checkSignature } from './signature.js';
import { checkSubject } from './subject.js';
import type { VerifiedSkill, VerifyInput, VerifyPolicy } from './types.js';

function checkPolicy(policy: VerifyPolicy | undefined): VerifyPolicy {
  const bad = (what: string): never => {
    throw new SignerError('POLICY_INVALID', `policy: ${what}`);
  };
  if (typeof policy !== 'object' || policy === null) return bad('missing');
  if (typeof policy.name !== 'string' || policy.name === '') bad('name is required');
  if (typeof policy.version !== 'string' || policy.version === '') bad('version is required');
  if (policy.keyFingerprints !== undefined && !Array.isArray(policy.keyFingerprints))
    bad('keyFingerprints must be a list');
  if (policy.identities !== undefined && !Array.isArray(policy.identities))
    bad('identities must be a list');
  return policy;
}

/**
 * Verifies a skill's attestation against the tarball it came with. Pure: no IO, no clock beyond the
 * certificate checks' use of signed timestamps. Order: bundle shape, subject (name@version, sha256,
 * sha512), signature and log inclusion, signer identity, predicate (schema, verdict, capabilities).
 * Throws SignerError only; each failure has its own code.
 */
export function verifySkill(input: VerifyInput): VerifiedSkill {
  try {
    const policy = checkPolicy(input?.policy);
    const parsed = parseBundle(input.bundle);
    checkSubject(parsed, { tarballDigests: input.tarballDigests, policy });
    const trust = prepareTrust(input.trust);
    const sig = checkSignature(parsed, trust, policy);
    const predicate = checkPredicate(
      parsed.statement.predicate,
      input.manifestCapabilities,
      policy,
    );
    return {
      name: policy.name,
      version: policy.version,
      statement: parsed.statement as Statement,
      predicate,
      signer: sig.signer,
      bundleDigest: parsed.bundleDigest,
      trustRootFingerprint: trust.fingerprint,
      tlogEntries: sig.tlogEntries,
      ...(sig.signedAt ? { signedAt: sig.signedAt } : {}),
    };
  } catch (e) {
    if (e instanceof SignerError) throw e;
    throw new SignerError('BUNDLE_MALFORMED', `bundle could not be verified: ${describe(e)}`, {
      cause: e,
    });
  }
}
