/** Records → API shapes (pure). Optional fields are left out rather than sent as null. */
import { hasRole, type Principal } from './auth/tokens.js';
import type { SkillSummary, VersionDetail, VersionSummary } from './schemas.js';
import type { HistoryEntry, SearchHit, VersionRecord } from './store/types.js';

export function versionSummary(v: VersionRecord): VersionSummary {
  return {
    version: v.version,
    state: v.state,
    ...(v.verdict ? { verdict: v.verdict } : {}),
    ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}),
    createdAt: v.createdAt,
    capabilities: v.manifest.capabilities,
  };
}

export function versionDetail(v: VersionRecord, history: HistoryEntry[]): VersionDetail {
  return {
    name: v.name,
    version: v.version,
    description: v.description,
    manifest: v.manifest,
    integrity: v.digests,
    size: v.size,
    state: v.state,
    ...(v.stage ? { stage: v.stage } : {}),
    ...(v.verdict ? { verdict: v.verdict } : {}),
    ...(v.reason ? { reason: v.reason } : {}),
    history: history.map((h) => ({
      state: h.state,
      ...(h.stage ? { stage: h.stage } : {}),
      at: h.at,
      ...(h.reason ? { reason: h.reason } : {}),
    })),
    createdAt: v.createdAt,
    ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}),
    publisher: v.publisher,
    signed: v.bundleDigest !== null,
    ...(v.approver ? { approver: v.approver } : {}),
  };
}

export function skillSummary(h: SearchHit): SkillSummary {
  return {
    name: h.name,
    description: h.description,
    version: h.version,
    publisher: h.publisher,
    capabilities: h.manifest.capabilities,
    verdict: h.verdict,
    signed: h.signed,
    reviewed: h.reviewed,
    publishedAt: h.publishedAt,
  };
}

/** Owners and moderators see versions that are not published (pending, in review, rejected). */
export function seesUnpublished(p: Principal | null, owners: readonly string[]): boolean {
  return p !== null && (owners.includes(p.user) || hasRole(p.roles, 'moderator'));
}
