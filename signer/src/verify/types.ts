import type { Capabilities } from '@skillgate/format';
import type { Predicate, Statement } from '../statement/schema.js';
import type { PreparedTrust } from '../trust/prepare.js';
import type { CertificateIdentity, TrustRootDocument } from '../trust/root.js';

export interface VerifyPolicy {
  /** the skill name and version the caller is installing (the tarball's skill.json, as requested) */
  name: string;
  version: string;
  /** accepted registry key fingerprints; default: every key in the trust root */
  keyFingerprints?: string[];
  /** accepted keyless signers; default: the trust root's identities. None at all refuses certificates. */
  identities?: CertificateIdentity[];
  /** refuse bundles without a transparency-log entry (default false; keyless always needs a log entry or a timestamp) */
  requireTlog?: boolean;
  /** accept verdict 'review' when an approver is named (default true) */
  acceptReviewed?: boolean;
}

export interface VerifyInput {
  /** the Sigstore bundle: parsed JSON, JSON text or its bytes */
  bundle: unknown;
  /** hex digests of the tarball bytes as received (format's `digestsOf`) */
  tarballDigests: { sha256: string; sha512: string };
  /** `capabilities` of the tarball's own skill.json */
  manifestCapabilities: Capabilities | undefined;
  trust: TrustRootDocument | PreparedTrust;
  policy: VerifyPolicy;
}

export type SignerIdentity =
  | { kind: 'key'; fingerprint: string }
  | { kind: 'certificate'; subjectAlternativeName: string; issuer: string };

export interface VerifiedSkill {
  name: string;
  version: string;
  statement: Statement;
  predicate: Predicate;
  signer: SignerIdentity;
  /** `sha256:<hex>` of the bundle's canonical JSON, for lockfiles */
  bundleDigest: string;
  /** fingerprint of the trust root that verified it */
  trustRootFingerprint: string;
  tlogEntries: number;
  /** earliest verified time of signing (log integration or RFC 3161), when the bundle has one */
  signedAt?: string;
}
