import type {
  AuditFilter,
  AuditHook,
  AuditRecord,
  Lookalike,
  DownloadRecord,
  HistoryEntry,
  NewToken,
  NewUpload,
  SearchHit,
  SearchQuery,
  SkillRecord,
  TableCounts,
  TokenRecord,
  Transition,
  UploadResult,
  VersionRecord,
  VersionState,
} from './types.js';

/**
 * The metadata port: users, tokens, skills and owners, versions and their state history.
 * Every change takes an optional `audit` hook whose entries are appended to the hash-chained audit
 * log in the change's own transaction (see `auditedStore`).
 */
export interface MetadataStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** creates the user if it does not exist yet; returns true when it was created */
  ensureUser(name: string): Promise<boolean>;
  userExists(name: string): Promise<boolean>;
  insertToken(t: NewToken, audit?: AuditHook<TokenRecord>): Promise<TokenRecord>;
  findTokenByHash(hash: string): Promise<TokenRecord | undefined>;
  revokeToken(id: string, audit?: AuditHook<true>): Promise<boolean>;

  getSkill(name: string): Promise<SkillRecord | undefined>;
  /** other skills whose names read like `name` (same skeleton), with their owners */
  findLookalikes(name: string): Promise<Lookalike[]>;
  /** adds and removes owners atomically; refuses (returns undefined) to leave a skill without owners */
  updateOwners(
    name: string,
    change: { add: string[]; remove: string[] },
    audit?: AuditHook<string[]>,
  ): Promise<string[] | undefined>;

  /**
   * Records an upload in state `received` with its first history row. Claims the name for the
   * publisher when it is new (unless it reads like another publisher's skill); refuses when the
   * publisher is not an owner or the version exists in any state but `rejected`. All or nothing.
   */
  recordUpload(u: NewUpload, audit?: AuditHook<VersionRecord>): Promise<UploadResult>;
  /** the current attempt at name@version (a rejected version may have been uploaded again) */
  getVersion(name: string, version: string): Promise<VersionRecord | undefined>;
  /** just what a download needs (the hot path): state and digests of the current attempt */
  getDownload(name: string, version: string): Promise<DownloadRecord | undefined>;
  getVersionById(id: string): Promise<VersionRecord | undefined>;
  /** current attempt of every version of a skill, newest first */
  listVersions(name: string): Promise<VersionRecord[]>;
  history(versionId: string): Promise<HistoryEntry[]>;
  /** moves a version to a new state if it is in one of `t.from`; returns undefined otherwise */
  transition(
    versionId: string,
    t: Transition,
    audit?: AuditHook<VersionRecord>,
  ): Promise<VersionRecord | undefined>;
  /** versions in a non-final state (a pipeline run that has not ended), oldest first */
  listUnfinished(): Promise<VersionRecord[]>;
  /** published skills (their latest version) matching the query */
  search(q: SearchQuery): Promise<{ total: number; items: SearchHit[] }>;

  /** current attempts in one of `states`, oldest first (review queue, rescans); `name` filters by skill */
  listByState(
    states: readonly VersionState[],
    filter?: { name?: string },
  ): Promise<VersionRecord[]>;

  /**
   * Appends one audit entry atomically: `make` gets the last entry (undefined for the first) and
   * returns the new one with its seq and hashes. Concurrent appenders never fork the chain.
   */
  appendAudit(make: (prev: AuditRecord | undefined) => AuditRecord): Promise<AuditRecord>;
  /** audit entries in chain order */
  listAudit(filter?: AuditFilter): Promise<AuditRecord[]>;
  /** stores the version's bundle unless one is stored already; returns the digest that won */
  claimAttestation(versionId: string, bundleDigest: string): Promise<string>;
  getAttestation(versionId: string): Promise<string | undefined>;
  /** records the owner's one appeal; false when the version was appealed already */
  recordAppeal(versionId: string, user: string, message: string): Promise<boolean>;
  getAppeal(versionId: string): Promise<{ user: string; message: string; at: string } | undefined>;

  counts(): Promise<TableCounts>;
  close(): Promise<void>;
}
