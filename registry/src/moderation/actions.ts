/**
 * Moderation and recovery moves on a version (approve, reject, appeal, retry, yank, revoke). Each
 * is one guarded transition (it happens only from the states listed, atomically) with an audit
 * entry naming who asked, in the same transaction. Thrown RegistryErrors carry the state the version was in.
 */
import { RegistryError } from '../errors.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { AuditEvent, VersionRecord, VersionState } from '../store/types.js';

export const PIPELINE_STATES: readonly VersionState[] = [
  'received',
  'validating',
  'scanning',
  'signing',
];

/** a rejection that came from a stage crashing (or a lost tarball), not from a verdict */
export function isRetryableRejection(v: VersionRecord): boolean {
  if (v.state !== 'rejected') return false;
  if (v.stage === 'load') return true;
  return v.reason !== null && v.stage !== null && v.reason.startsWith(`${v.stage} failed: `);
}

export interface Move {
  action: string;
  actor: string;
  from: readonly VersionState[];
  to: VersionState;
  reason: string;
  approver?: string;
  /** why the move is refused when the version is in another state */
  refusal: string;
  data?: Record<string, unknown>;
  /** entries that go with the move (a rescan's finding), in its transaction before its own */
  with?: readonly AuditEvent[];
}

export async function moveVersion(
  store: MetadataStore,
  v: VersionRecord,
  m: Move,
): Promise<VersionRecord> {
  const refuse = (state: string) =>
    new RegistryError('STATE_CONFLICT', {
      name: v.name,
      version: v.version,
      state,
      detail: m.refusal,
    });
  if (!m.from.includes(v.state)) throw refuse(v.state);
  let next: VersionRecord | undefined;
  try {
    // the move and the entry naming who asked commit together
    next = await store.transition(
      v.id,
      {
        to: m.to,
        stage: m.action,
        reason: m.reason,
        from: m.from,
        ...(m.approver ? { set: { approver: m.approver } } : {}),
      },
      () => [
        ...(m.with ?? []),
        {
          actor: m.actor,
          action: `version.${m.action}`,
          subject: `${v.name}@${v.version}`,
          data: { versionId: v.id, state: m.to, reason: m.reason, ...m.data },
        },
      ],
    );
  } catch (e) {
    // a rejected attempt cannot come back while another upload of the same version is live
    if ((e as { code?: unknown }).code === '23505' || String(e).includes('UNIQUE'))
      throw new RegistryError('VERSION_EXISTS', {
        name: v.name,
        version: v.version,
        state: 'live',
      });
    throw e;
  }
  if (!next) throw refuse((await store.getVersionById(v.id))?.state ?? 'gone');
  return next;
}
