/** Mapping between table rows and records (pure). */
import type { Manifest } from '@skillgate/format';
import type { Selectable } from 'kysely';
import type { AuditLogTable, TokensTable, VersionsTable } from './schema.js';
import type {
  AuditRecord,
  CapabilityKind,
  Role,
  TokenRecord,
  Verdict,
  VersionRecord,
  VersionState,
} from './types.js';

export function tokenFromRow(r: Selectable<TokensTable>): TokenRecord {
  return {
    id: r.id,
    user: r.user_name,
    roles: r.roles.split(',').filter(Boolean) as Role[],
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

export function versionFromRow(r: Selectable<VersionsTable>): VersionRecord {
  return {
    id: r.id,
    name: r.skill_name,
    version: r.version,
    state: r.state as VersionState,
    stage: r.stage,
    reason: r.reason,
    verdict: r.verdict as Verdict | null,
    manifest: JSON.parse(r.manifest) as Manifest,
    description: r.description,
    digests: { sha256: r.sha256, sha512: r.sha512, integrity: r.integrity },
    size: Number(r.size),
    skillMd: r.skill_md,
    report: r.report === null ? null : (JSON.parse(r.report) as unknown),
    bundleDigest: r.bundle_digest,
    publisher: r.publisher,
    approver: r.approver,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
  };
}

/** `,network,exec,` for a manifest that declares network and exec capabilities. */
export function capabilityKinds(m: Manifest): string {
  const c = m.capabilities;
  const kinds: CapabilityKind[] = [];
  if (c.network?.length) kinds.push('network');
  if (c.fs?.read?.length || c.fs?.write?.length) kinds.push('fs');
  if (c.exec?.length) kinds.push('exec');
  if (c.env?.length) kinds.push('env');
  return `,${kinds.join(',')},`;
}

/** Escapes LIKE wildcards so user text matches literally (used with `escape '\'`). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function auditFromRow(r: Selectable<AuditLogTable>): AuditRecord {
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
