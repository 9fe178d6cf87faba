/** The in-process pipeline runner (embedded default): runs stages in order, persisting every move. */
import type { PackLimits } from '@skillgate/format';
import { rescanVersions } from '../moderation/rescan.js';
import { inspectTarball } from '../publish/inspect.js';
import type { BlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { Transition, Verdict, VersionRecord, VersionState } from '../store/types.js';
import { canMove, checkStageOrder, isFinal } from './states.js';
import {
  STAGE_STATES,
  type PipelineRunner,
  type PipelineStage,
  type StageContext,
  type StageLogger,
  type StageState,
  type UnpackedSkill,
} from './types.js';

export interface RunnerDeps {
  store: MetadataStore;
  blobs: BlobStore;
  /** in order; validate first (see `pipelineStages`) */
  stages: readonly PipelineStage[];
  log: StageLogger;
  limits?: Partial<PackLimits>;
  /** runs at the same time (default 1: scans are CPU-heavy) */
  concurrency?: number;
}

type Pending = NonNullable<Transition['set']>;

export class InProcessRunner implements PipelineRunner {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private closed = false;
  private waiters: (() => void)[] = [];
  /** rescans run one batch after another, beside the pipeline */
  private rescans: Promise<void> = Promise.resolve();

  constructor(private readonly deps: RunnerDeps) {
    checkStageOrder(deps.stages);
  }

  enqueue(versionId: string): void {
    if (this.closed || this.queued.has(versionId)) return;
    this.queued.add(versionId);
    this.queue.push(versionId);
    setImmediate(() => this.pump());
  }

  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async resumeUnfinished(): Promise<number> {
    const open = await this.deps.store.listUnfinished();
    for (const v of open) this.enqueue(v.id);
    return open.length;
  }

  rescan(versionIds: readonly string[]): Promise<void> {
    const ids = [...versionIds];
    this.rescans = this.rescans
      .then(async () => {
        for (const id of ids) {
          if (this.closed) return;
          const v = await this.deps.store.getVersionById(id);
          if (v?.state === 'published') await rescanVersions(this.deps, [v]);
        }
      })
      .catch((err: unknown) => this.deps.log.error({ err }, 'rescan failed'));
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    this.queued.clear();
    await this.idle();
    await this.rescans;
  }

  private pump(): void {
    const max = this.deps.concurrency ?? 1;
    while (this.running < max && this.queue.length > 0) {
      const id = this.queue.shift() as string;
      this.running += 1;
      this.runOne(id)
        .catch((err: unknown) => this.deps.log.error({ err, versionId: id }, 'pipeline run failed'))
        .finally(() => {
          this.queued.delete(id);
          this.running -= 1;
          if (this.running === 0 && this.queue.length === 0) {
            const w = this.waiters;
            this.waiters = [];
            for (const f of w) f();
          } else this.pump();
        });
    }
  }

  /** Runs the stages for one version, from the stage matching its state (a resumed run) onwards. */
  async runOne(versionId: string): Promise<VersionRecord | undefined> {
    const { store, blobs, stages, log } = this.deps;
    const first = await store.getVersionById(versionId);
    if (!first || isFinal(first.state) || first.state === 'review') return first;
    let v: VersionRecord = first;
    // Optimistic: the move happens only if nobody else moved the version since we read it.
    const move = async (
      to: VersionState,
      stage: string,
      reason: string,
      set: Pending,
    ): Promise<boolean> => {
      if (!canMove(v.state, to)) return false;
      const next = await store.transition(versionId, { to, stage, reason, from: [v.state], set });
      if (next) v = next;
      return next !== undefined;
    };
    let tarball: Buffer | undefined;
    try {
      tarball = await blobs.get(v.digests.sha256);
    } catch (e) {
      await move(
        'rejected',
        'load',
        `the stored tarball is unreadable: ${(e as Error).message}`,
        {},
      );
      return v;
    }
    if (!tarball) {
      await move('rejected', 'load', 'the stored tarball is missing from the blob store', {});
      return v;
    }
    const bytes = tarball;
    let unpacked: Promise<UnpackedSkill> | undefined;
    // A resumed run restarts the stage it was in (stages are idempotent); a fresh one starts at validate.
    const rank = STAGE_STATES.indexOf(v.state as StageState);
    const found = stages.findIndex((s) => STAGE_STATES.indexOf(s.state) >= rank);
    const start = v.state === 'received' ? 0 : found < 0 ? stages.length : found;
    // outputs of stages a resumed run does not repeat were stored with the move that followed them
    let report: unknown = v.report ?? undefined;
    let verdict: Verdict | undefined = v.verdict ?? undefined;
    let pending: Pending = {};
    for (const stage of stages.slice(start)) {
      if (!(await move(stage.state, stage.name, `${stage.name} started`, pending))) return v;
      pending = {};
      const ctx: StageContext = {
        version: v,
        tarball: bytes,
        unpack: () => (unpacked ??= inspectTarball(bytes, this.deps.limits)),
        store,
        blobs,
        ...(report !== undefined ? { report } : {}),
        ...(verdict !== undefined ? { verdict } : {}),
        log,
      };
      let result;
      try {
        result = await stage.run(ctx);
      } catch (err) {
        log.error({ err, versionId, stage: stage.name }, 'pipeline stage threw');
        await move('rejected', stage.name, `${stage.name} failed: ${(err as Error).message}`, {});
        return v;
      }
      if (result.report !== undefined) report = pending.report = result.report;
      if (result.verdict !== undefined) verdict = pending.verdict = result.verdict;
      if ('stop' in result) {
        await move(result.stop, stage.name, result.reason, pending);
        return v;
      }
      if (result.verdict === 'fail' || result.verdict === 'review') {
        const to = result.verdict === 'fail' ? 'rejected' : 'review';
        await move(to, stage.name, result.reason ?? `verdict ${result.verdict}`, pending);
        return v;
      }
      if (result.bundle) pending.bundleDigest = (await blobs.put(result.bundle)).digest;
    }
    const signed = (pending.bundleDigest ?? v.bundleDigest) != null;
    await move(
      'published',
      'publish',
      signed ? 'signed and published' : 'published unsigned (no signing stage configured)',
      pending,
    );
    return v;
  }
}
