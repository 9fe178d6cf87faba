/** Kysely table types. Timestamps are ISO-8601 strings (timestamptz on PostgreSQL, text on SQLite). */
import type { Generated } from 'kysely';

export interface UsersTable {
  name: string;
  created_at: string;
}

export interface TokensTable {
  id: string;
  user_name: string;
  /** sha256 hex of the clear token */
  hash: string;
  /** comma-separated roles */
  roles: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface SkillsTable {
  name: string;
  description: string;
  latest_version: string | null;
  /** nameSkeleton(name), for lookalike checks (migration 0002) */
  skeleton: string | null;
  created_at: string;
  updated_at: string;
}

export interface SkillOwnersTable {
  skill_name: string;
  user_name: string;
  added_at: string;
}

export interface VersionsTable {
  id: string;
  skill_name: string;
  version: string;
  state: string;
  stage: string | null;
  reason: string | null;
  verdict: string | null;
  /** JSON text (jsonb on PostgreSQL) */
  manifest: string;
  description: string;
  /** `,network,exec,` – the capability kinds the manifest declares, for search */
  cap_kinds: string;
  sha256: string;
  sha512: string;
  integrity: string;
  size: number;
  skill_md: string;
  report: string | null;
  bundle_digest: string | null;
  publisher: string;
  approver: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface VersionHistoryTable {
  id: Generated<number>;
  version_id: string;
  state: string;
  stage: string | null;
  reason: string | null;
  at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** canonical JSON text */
  data: string;
  prev_hash: string;
  hash: string;
}

export interface AttestationsTable {
  version_id: string;
  bundle_digest: string;
  created_at: string;
}

export interface AppealsTable {
  version_id: string;
  user_name: string;
  message: string;
  at: string;
}

export interface Database {
  users: UsersTable;
  tokens: TokensTable;
  skills: SkillsTable;
  skill_owners: SkillOwnersTable;
  versions: VersionsTable;
  version_history: VersionHistoryTable;
  audit_log: AuditLogTable;
  attestations: AttestationsTable;
  appeals: AppealsTable;
}
