/**
 * @skillgate/signer — in-toto attestations of a skill's vetting, in Sigstore bundles; sign and verify.
 *
 * Build (registry `sign` stage):
 *   const statement = buildStatement({ name, version, digests: digestsOf(tgz), capabilities: manifest.capabilities,
 *     verdict: 'pass', scanner: { version, rulesVersion }, findings: summarizeFindings(report.findings), scannedAt });
 * Sign, through the one-method `Signer` port (both return the bundle's JSON, Sigstore bundle v0.3, DSSE):
 *   key mode:     const signer = await createKeySigner({ keyDir });   // P-256 key made on first use, 0600
 *                 signer.trustRoot() / signer.fingerprint             // publish; clients pin it (TOFU)
 *   keyless mode: new KeylessSigner({ fulcioURL, rekorURL, tsaURL?, identityToken })
 *   const bundle = await signer.sign(statement);
 * Verify (CLI install/verify; pure, no IO — fetch trust root and bundle first):
 *   const ok = verifySkill({ bundle, tarballDigests: digestsOf(tgz), manifestCapabilities: skillJson.capabilities,
 *     trust: trustRoot, policy: { name, version, keyFingerprints?, identities?, requireTlog? } });
 *   // ok.signer, ok.bundleDigest, ok.predicate ... or throws SignerError with a `code` (SIGNER_ERROR_CODES)
 * Trust roots: keyTrustRoot(keys), mergeTrustRoots(...), parseTrustRoot(json), trustRootFingerprint(root),
 *   keyFingerprint(pem), prepareTrust(root) (pre-parse once when verifying many bundles).
 * Tests and e2e: `startMockSigstore()` from '@skillgate/signer/testing' (local Fulcio/Rekor/TSA on 127.0.0.1).
 */
export * from './errors.js';
export {
  PAYLOAD_TYPE,
  PREDICATE_JSON_SCHEMA,
  PREDICATE_TYPE,
  PredicateSchema,
  SEVERITIES,
  STATEMENT_TYPE,
  type FindingsSummary,
  type Predicate,
  type Severity,
  type Statement,
  type Subject,
} from './statement/schema.js';
export { predicateProblems } from './statement/validate.js';
export {
  buildStatement,
  subjectName,
  summarizeFindings,
  type StatementInput,
} from './statement/build.js';
export { statementPayload, type SerializedBundle, type Signer } from './signer.js';
export type { WitnessOptions } from './witnesses.js';
export { KeySigner, createKeySigner, type KeySignerOptions } from './key/signer.js';
export {
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
  loadOrCreateKeyPair,
  type KeyPair,
} from './key/keypair.js';
export {
  KeylessSigner,
  SIGSTORE_PUBLIC_GOOD,
  createKeylessSigner,
  type KeylessSignerOptions,
} from './keyless/signer.js';
export {
  SIGSTORE_TRUSTED_ROOT_MEDIA_TYPE,
  TRUST_ROOT_MEDIA_TYPE,
  emptyTrustedRoot,
  keyTrustRoot,
  mergeTrustRoots,
  parseTrustRoot,
  trustRootFingerprint,
  trustedKey,
  type CertificateIdentity,
  type PublicKeyJSON,
  type TrustRootDocument,
  type TrustedKey,
  type TrustedRootJSON,
} from './trust/root.js';
export { canonicalDigest, keyFingerprint } from './trust/fingerprint.js';
export { prepareTrust, type PreparedTrust } from './trust/prepare.js';
export { verifySkill } from './verify/verify-skill.js';
export { bundleDigest } from './verify/envelope.js';
export type { SignerIdentity, VerifiedSkill, VerifyInput, VerifyPolicy } from './verify/types.js';
