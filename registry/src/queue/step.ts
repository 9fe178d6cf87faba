/**
 * One pipeline stage for one version, as a queue job runs it. Every step reads the version, checks
 * that this stage is the one it is due for (a duplicate or stale job does nothing), runs the stage
 * and stores its outcome with a guarded transition (only from the state it read). On success the
 * version is moved into the next stage's state with `stage` = that stage's name ("queued"), so the
 * version API shows the current stage, and the step returns the stage to enqueue next.
 * Re-running a step after a crash is safe: stages are idempotent (the sign stage reuses its bundle).
 */
import type { PackLimits } from '@skillgate/format';
import { canMove, isFinal } from '../pipeline/states.js';
import {
  STAGE_STATES,
  type PipelineStage,
  type StageLogger,
  type StageResult,
  type StageState,
  type UnpackedSkill,
} from '../pipeline/types.js';
import { inspectTarball } from '../publish/inspect.js';
import type { BlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { Transition, VersionRecord, VersionState } from '../store/types.js';

export interface StepDeps {
  store: MetadataStore;
  blobs: BlobStore;
  /** validate first (see `pipelineStages`) */
  stages: readonly PipelineStage[];
  log: StageLogger;
  limits?: Partial<PackLimits>;
}

/** the stage a version is due for, from its state and current stage (undefined: nothing to run) */
export function entryStage(
  stages: readonly PipelineStage[],
  v: Pick<VersionRecord, 'state' | 'stage'>,
): PipelineStage | undefined {
  if (isFinal(v.state) || v.state === 'review') return undefined;
  if (v.state === 'received') return stages[0];
  const named = stages.find((s) => s.name === v.stage && s.state === v.state);
  if (named) return named;
  const rank = STAGE_STATES.indexOf(v.state as StageState);
  return stages.find((s) => STAGE_STATES.indexOf(s.state) >= rank);
}

export type StepOutcome =
  | { kind: 'next'; stage: string; version: VersionRecord }
  | { kind: 'done'; version: VersionRecord | undefined };

type Pending = NonNullable<Transition['set']>;

export async function runStep(
  deps: StepDeps,
  versionId: string,
  stageName: string,
): Promise<StepOutcome> {
  const { store, blobs, stages, log } = deps;
  let v = await store.getVersionById(versionId);
  if (!v) return { kind: 'done', version: undefined };
  const due = entryStage(stages, v);
  const index = stages.findIndex((s) => s.name === stageName);
  const stage = stages[index];
  if (!due || !stage) return { kind: 'done', version: v };
  // a later stage is due: this job ran before and crashed after moving on; hand over again
  if (due.name !== stageName)
    return stages.indexOf(due) > index
      ? { kind: 'next', stage: due.name, version: v }
      : { kind: 'done', version: v };

  const move = async (to: VersionState, name: string, reason: string, set: Pending = {}) => {
    if (!v || !canMove(v.state, to)) return false;
    const next = await store.transition(versionId, {
      to,
      stage: name,
      reason,
      from: [v.state],
      set,
    });
    if (next) v = next;
    return next !== undefined;
  };
  // "queued" → "started" in the history: the version API shows which stage is running right now
  if (!(await move(stage.state, stage.name, `${stage.name} started`)))
    return { kind: 'done', version: v };

  const tarball = await blobs.get(v.digests.sha256);
  if (!tarball) {
    await move('rejected', 'load', 'the stored tarball is missing from the blob store');
    return { kind: 'done', version: v };
  }
  let unpacked: Promise<UnpackedSkill> | undefined;
  const result: StageResult = await stage.run({
    version: v,
    tarball,
    unpack: () => (unpacked ??= inspectTarball(tarball, deps.limits)),
    store,
    blobs,
    ...(v.report !== null ? { report: v.report } : {}),
    ...(v.verdict !== null ? { verdict: v.verdict } : {}),
    log,
  });
  const pending: Pending = {};
  if (result.report !== undefined) pending.report = result.report;
  if (result.verdict !== undefined) pending.verdict = result.verdict;
  if ('stop' in result) {
    await move(result.stop, stage.name, result.reason, pending);
    return { kind: 'done', version: v };
  }
  if (result.verdict === 'fail' || result.verdict === 'review') {
    const to = result.verdict === 'fail' ? 'rejected' : 'review';
    await move(to, stage.name, result.reason ?? `verdict ${result.verdict}`, pending);
    return { kind: 'done', version: v };
  }
  if (result.bundle) pending.bundleDigest = (await blobs.put(result.bundle)).digest;
  const following = stages[index + 1];
  if (following) {
    const ok = await move(
      following.state,
      following.name,
      `${stage.name} done${result.reason ? ` (${result.reason})` : ''}; ${following.name} queued`,
      pending,
    );
    return ok ? { kind: 'next', stage: following.name, version: v } : { kind: 'done', version: v };
  }
  const signed = (pending.bundleDigest ?? v.bundleDigest) != null;
  await move(
    'published',
    'publish',
    signed ? 'signed and published' : 'published unsigned (no signing stage configured)',
    pending,
  );
  return { kind: 'done', version: v };
}

/** Marks a version whose stage kept failing (retries used up) as rejected with a retryable reason. */
export async function failStep(
  store: MetadataStore,
  versionId: string,
  stageName: string,
  err: unknown,
): Promise<void> {
  const v = await store.getVersionById(versionId);
  if (!v || isFinal(v.state) || v.state === 'review') return;
  const message = err instanceof Error ? err.message : String(err);
  await store.transition(versionId, {
    to: 'rejected',
    stage: stageName,
    reason: `${stageName} failed: ${message} (retries used up; POST …/retry runs it again)`,
    from: [v.state],
  });
}
