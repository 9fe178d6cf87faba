/**
 * Rescans: published versions run through the current scan stages again, in the background, one
 * at a time. A version whose verdict is now `fail` is revoked with the reason; `review` is left
 * published and logged (a moderator may revoke it).
 */
import type { PackLimits } from '@skillgate/format';
import { appendAudit } from '../audit/log.js';
import type { PipelineStage, StageLogger, StageResult } from '../pipeline/types.js';
import { inspectTarball } from '../publish/inspect.js';
import type { BlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { AuditEvent, Verdict, VersionRecord } from '../store/types.js';
import { moveVersion } from './actions.js';

export interface RescanDeps {
  store: MetadataStore;
  blobs: BlobStore;
  stages: readonly PipelineStage[];
  log: StageLogger;
  limits?: Partial<PackLimits>;
}

export interface RescanOutcome {
  version: string;
  verdict: Verdict | 'error';
  revoked: boolean;
  reason: string;
}

async function scanAgain(
  deps: RescanDeps,
  v: VersionRecord,
): Promise<{ verdict: Verdict; reason: string }> {
  const bytes = await deps.blobs.get(v.digests.sha256);
  if (!bytes) return { verdict: 'fail', reason: 'the stored tarball is missing' };
  let unpacked: ReturnType<typeof inspectTarball> | undefined;
  let report: unknown;
  let verdict: Verdict = 'pass';
  for (const stage of deps.stages.filter((s) => s.state === 'scanning')) {
    const r: StageResult = await stage.run({
      version: v,
      tarball: bytes,
      unpack: () => (unpacked ??= inspectTarball(bytes, deps.limits)),
      store: deps.store,
      blobs: deps.blobs,
      ...(report !== undefined ? { report } : {}),
      verdict,
      log: deps.log,
    });
    if (r.report !== undefined) report = r.report;
    if ('stop' in r)
      return { verdict: r.stop === 'rejected' ? 'fail' : 'review', reason: r.reason };
    if (r.verdict) verdict = r.verdict;
    if (verdict === 'fail') return { verdict, reason: r.reason ?? `${stage.name}: verdict fail` };
  }
  return { verdict, reason: `verdict ${verdict}` };
}

/** Rescans the given published versions in order; revokes those that now fail. */
export async function rescanVersions(
  deps: RescanDeps,
  versions: readonly VersionRecord[],
): Promise<RescanOutcome[]> {
  const out: RescanOutcome[] = [];
  for (const v of versions) {
    const subject = `${v.name}@${v.version}`;
    let res: { verdict: Verdict; reason: string };
    try {
      res = await scanAgain(deps, v);
    } catch (err) {
      deps.log.error({ err, versionId: v.id }, 'rescan failed');
      out.push({ version: subject, verdict: 'error', revoked: false, reason: String(err) });
      continue;
    }
    const finding: AuditEvent = {
      actor: 'rescan',
      action: 'version.rescan',
      subject,
      data: { versionId: v.id, verdict: res.verdict, reason: res.reason },
    };
    let revoked = false;
    if (res.verdict === 'fail') {
      // the finding and the revoke it causes commit together (a rescan job retried after a crash
      // before the commit logs its finding once); a revoke that is refused still logs the finding
      try {
        await moveVersion(deps.store, v, {
          action: 'revoke',
          actor: 'rescan',
          from: ['published'],
          to: 'revoked',
          reason: `rescan with current rules: ${res.reason}`,
          refusal: 'only published versions are revoked by a rescan',
          with: [finding],
        });
        revoked = true;
      } catch (err) {
        deps.log.warn({ err, versionId: v.id }, 'rescan could not revoke');
      }
    }
    if (!revoked) await appendAudit(deps.store, finding);
    out.push({ version: subject, verdict: res.verdict, revoked, reason: res.reason });
  }
  return out;
}
