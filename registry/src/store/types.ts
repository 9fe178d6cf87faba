/** Records the metadata store holds; plain data, independent of the database behind it. */
import type { Digests, Manifest } from '@skillgate/format';

export const ROLES = ['publisher', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const VERSION_STATES = [
  'received',
  'validating',
  'scanning',
  'signing',
  'review',
  'published',
  'rejected',
  'revoked',
  'yanked',
] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export type Verdict = 'pass' | 'review' | 'fail';

export interface TokenRecord {
  id: string;
  user: string;
  roles: Role[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** what `insertToken` stores: the token's hash, never the token itself */
export interface NewToken {
  id: string;
  user: string;
  hash: string;
  roles: Role[];
  expiresAt: string | null;
}

export interface SkillRecord {
  name: string;
  description: string;
  latestVersion: string | null;
  createdAt: string;
  owners: string[];
}

export interface VersionRecord {
  id: string;
  name: string;
  version: string;
  state: VersionState;
  stage: string | null;
  reason: string | null;
  verdict: Verdict | null;
  manifest: Manifest;
  description: string;
  digests: Digests;
  size: number;
  skillMd: string;
  /** the scan report (a ScanReport of @skillgate/scanner) once a scan stage has run */
  report: unknown;
  /** sha256 of the Sigstore bundle in the blob store, once signed */
  bundleDigest: string | null;
  publisher: string;
  approver: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface DownloadRecord {
  state: VersionState;
  sha256: string;
  integrity: string;
  size: number;
}

export interface HistoryEntry {
  state: VersionState;
  stage: string | null;
  reason: string | null;
  at: string;
}

export interface NewUpload {
  name: string;
  version: string;
  manifest: Manifest;
  digests: Digests;
  size: number;
  skillMd: string;
  publisher: string;
}

export type UploadResult =
  | { ok: true; version: VersionRecord }
  | { ok: false; conflict: 'not-owner'; owners: string[] }
  | { ok: false; conflict: 'version-exists'; state: VersionState }
  /** the name reads like another publisher's skill (see publish/lookalike.ts) */
  | { ok: false; conflict: 'confusable'; existing: string };

export interface Transition {
  to: VersionState;
  /** the pipeline stage that made the move (`validate`, `scan`, `sign`, `resume`, …) */
  stage: string;
  reason?: string;
  /** states the version must be in for the move to happen (checked atomically) */
  from: readonly VersionState[];
  set?: { verdict?: Verdict; report?: unknown; bundleDigest?: string; approver?: string };
}

export type CapabilityKind = 'network' | 'fs' | 'exec' | 'env';

export interface SearchQuery {
  q?: string;
  capabilities?: CapabilityKind[];
  verdict?: Verdict;
  reviewed?: boolean;
  sort: 'recent' | 'name';
  page: number;
  perPage: number;
}

export interface SearchHit {
  name: string;
  description: string;
  version: string;
  publisher: string;
  manifest: Manifest;
  verdict: Verdict | null;
  signed: boolean;
  reviewed: boolean;
  publishedAt: string;
}

/** a skill whose name reads like another one, with its owners */
export interface Lookalike {
  name: string;
  owners: string[];
}

/** Row counts per table (tests assert that refused requests change none of them). */
export type TableCounts = Record<
  'users' | 'tokens' | 'skills' | 'skill_owners' | 'versions' | 'version_history',
  number
>;

/** One entry of the hash-chained audit log (never updated in place). */
/** one audit event; the store gives it its place in the hash chain */
export interface AuditEvent {
  actor: string;
  action: string;
  subject: string;
  data?: Record<string, unknown>;
}

/**
 * The audit entries that go with a change, appended in the change's own transaction: the change
 * and its entries commit together or not at all. Gets the change's result.
 */
export type AuditHook<R> = (result: R) => readonly AuditEvent[];

export interface AuditRecord {
  seq: number;
  at: string;
  /** who did it: a user, or `pipeline` / `system` */
  actor: string;
  /** `version.state`, `version.approve`, `token.create`, `skill.owners`, `version.revoke`, … */
  action: string;
  /** what it is about: `name@version`, a user, a skill */
  subject: string;
  data: Record<string, unknown>;
  /** hash of the previous entry (64 zeros for the first) */
  prevHash: string;
  /** sha256 over prevHash and the canonical JSON of this entry's fields */
  hash: string;
}

export interface AuditFilter {
  subject?: string;
  afterSeq?: number;
  limit?: number;
}
