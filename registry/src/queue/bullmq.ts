/**
 * The BullMQ adapter of the pipeline's queue port.
 *
 * Design: one queue per stage (`<prefix>` + stage name), chained. A job is `{ versionId }` for one
 * stage; its worker runs `runStep`, which stores the outcome in the database, then adds the next
 * stage's job. Chained queues (rather than one BullMQ flow created up front) because a run stops
 * early (rejected, review), waits for a human between stages (review → approve re-enters at
 * `sign`), is retried from any stage, and lets each stage have its own concurrency and its own
 * workers (dynamic scans on sandbox hosts). The database is the source of truth; a job only says
 * "look at this version for this stage", so duplicates and stale jobs are harmless.
 *
 * Job ids are `<versionId>.<stage>.<updatedAt ms>`: the same handover twice (a crashed worker's
 * job re-run) adds the same id, which BullMQ ignores; a retry changes updatedAt, hence a new id.
 * Transient failures retry with exponential backoff; when the attempts are used up the version is
 * rejected with a reason that the retry route accepts. A worker killed mid-job loses its lock and
 * the job is moved back to waiting by stalled-job checks.
 */
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { RegistryError } from '../errors.js';
import { rescanVersions } from '../moderation/rescan.js';
import type { PipelineRunner, PipelineStage, StageLogger } from '../pipeline/types.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { VersionRecord } from '../store/types.js';
import { entryStage, failStep, runStep, type StepDeps } from './step.js';

export interface BullOptions {
  redisUrl: string;
  /** key prefix of every queue (default `skillgate`) */
  prefix?: string;
  /** attempts per stage job before the version is rejected (default 4) */
  attempts?: number;
  /** first backoff delay, ms (exponential; default 1000) */
  backoffMs?: number;
}

export interface JobData {
  versionId: string;
}

const queueName = (stage: string) => `stage-${stage}`;
/** the queue of rescan jobs (one per published version), beside the stage queues */
const RESCAN = 'rescan';

export function redisConnection(url: string, name = 'skillgate'): Redis {
  // BullMQ workers need maxRetriesPerRequest null (they block on Redis); the name shows in CLIENT LIST
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectionName: name,
  });
}

/** how long an API read waits for Redis before it answers without the queue's figures */
const READ_DEADLINE_MS = 1_000;

/** `p`, or `onTimeout()` when Redis has not answered by the deadline (it may be restarting) */
function withDeadline<T>(p: Promise<T>, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, READ_DEADLINE_MS);
  });
  p.catch(() => undefined); // a late failure after the deadline answered is not unhandled
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export function jobId(v: Pick<VersionRecord, 'id' | 'updatedAt'>, stage: string): string {
  return `${v.id}.${stage}.${Date.parse(v.updatedAt)}`;
}

/** Producer side: what `serve` uses instead of the in-process runner when REDIS_URL is set. */
export class BullMqRunner implements PipelineRunner {
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue<JobData>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly deps: {
      store: MetadataStore;
      stages: readonly PipelineStage[];
      log: StageLogger;
    },
    private readonly opts: BullOptions,
  ) {
    this.connection = redisConnection(opts.redisUrl);
  }

  queue(stage: string): Queue<JobData> {
    let q = this.queues.get(stage);
    if (!q) {
      q = new Queue<JobData>(queueName(stage), {
        connection: this.connection as ConnectionOptions,
        prefix: this.opts.prefix ?? 'skillgate',
        defaultJobOptions: {
          attempts: this.opts.attempts ?? 4,
          backoff: { type: 'exponential', delay: this.opts.backoffMs ?? 1000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      });
      this.queues.set(stage, q);
    }
    return q;
  }

  /** adds the job for the stage this version is due for */
  async add(v: VersionRecord, stage?: string): Promise<void> {
    const s = stage ?? entryStage(this.deps.stages, v)?.name;
    if (!s) return;
    await this.queue(s).add(s, { versionId: v.id }, { jobId: jobId(v, s) });
  }

  async rescan(versionIds: readonly string[]): Promise<void> {
    // one job per version; the batch stamp makes a later rescan of the same version a new job
    const stamp = Date.now();
    await this.queue(RESCAN).addBulk(
      versionIds.map((versionId) => ({
        name: RESCAN,
        data: { versionId },
        opts: { jobId: `${versionId}.${RESCAN}.${stamp}` },
      })),
    );
  }

  enqueue(versionId: string): void {
    const p = this.deps.store
      .getVersionById(versionId)
      .then((v) => (v ? this.add(v) : undefined))
      .catch((err: unknown) => this.deps.log.error({ err, versionId }, 'enqueue failed'))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /**
   * Jobs waiting ahead of this version's job in its stage queue (undefined: not queued, or Redis
   * did not answer in time: a version read must not hang while Redis restarts).
   */
  position(v: VersionRecord): Promise<number | undefined> {
    return withDeadline(
      this.positionNow(v).catch(() => undefined),
      () => undefined,
    );
  }

  private async positionNow(v: VersionRecord): Promise<number | undefined> {
    const s = entryStage(this.deps.stages, v)?.name;
    if (!s) return undefined;
    const q = this.queue(s);
    const job = await q.getJob(jobId(v, s));
    if (!job) return undefined;
    const state = await job.getState();
    if (state === 'active') return 0;
    if (state !== 'waiting' && state !== 'delayed' && state !== 'prioritized') return undefined;
    const waiting = await q.getWaiting(0, 999);
    const i = waiting.findIndex((j) => j.id === job.id);
    return i < 0 ? undefined : i + 1;
  }

  /** job counts per stage queue; SERVICE_UNAVAILABLE when Redis does not answer in time */
  stats(): Promise<{ stage: string; counts: Record<string, number> }[]> {
    return withDeadline(this.statsNow(), () => {
      throw new RegistryError('SERVICE_UNAVAILABLE', { what: 'the job queue (Redis)' });
    });
  }

  private statsNow(): Promise<{ stage: string; counts: Record<string, number> }[]> {
    return Promise.all(
      [...this.deps.stages.map((s) => s.name), RESCAN].map(async (name) => ({
        stage: name,
        counts: await this.queue(name).getJobCounts(
          'waiting',
          'active',
          'delayed',
          'completed',
          'failed',
          'prioritized',
        ),
      })),
    );
  }

  async idle(): Promise<void> {
    for (let i = 0; i < 36_000; i++) {
      await Promise.all([...this.pending]);
      let busy = 0;
      for (const s of this.deps.stages) {
        const c = await this.queue(s.name).getJobCounts(
          'waiting',
          'active',
          'delayed',
          'prioritized',
        );
        busy += Object.values(c).reduce((a, b) => a + b, 0);
      }
      const open = await this.deps.store.listUnfinished();
      if (busy === 0 && open.length === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async resumeUnfinished(): Promise<number> {
    const open = await this.deps.store.listUnfinished();
    for (const v of open) await this.add(v);
    return open.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pending]);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}

export interface StageWorkersOptions extends BullOptions {
  /** jobs at the same time per stage (default 1; e.g. `{ 'static-scan': 2 }`) */
  concurrency?: Record<string, number>;
  /** how often stalled jobs are checked, ms (default 30 000); lock duration is twice this */
  stalledIntervalMs?: number;
}

/** Consumer side: one BullMQ worker per stage queue, handing each finished step to the next queue. */
export async function startStageWorkers(
  deps: StepDeps,
  opts: StageWorkersOptions,
): Promise<{ workers: Worker<JobData>[]; runner: BullMqRunner; close(): Promise<void> }> {
  const runner = new BullMqRunner(deps, opts);
  const stalled = opts.stalledIntervalMs ?? 30_000;
  const worker = (name: string, run: (job: Job<JobData>) => Promise<unknown>) => {
    const connection = redisConnection(opts.redisUrl, `${opts.prefix ?? 'skillgate'}-worker`);
    const w = new Worker<JobData>(queueName(name), run, {
      connection: connection as ConnectionOptions,
      prefix: opts.prefix ?? 'skillgate',
      concurrency: opts.concurrency?.[name] ?? 1,
      stalledInterval: stalled,
      lockDuration: stalled * 2,
      maxStalledCount: 3,
      autorun: true,
    });
    w.on('error', (err) => deps.log.error({ err, stage: name }, 'worker error'));
    return { w, connection };
  };
  const workers = deps.stages.map((stage) =>
    worker(stage.name, async (job) => {
      const { versionId } = job.data;
      try {
        const out = await runStep(deps, versionId, stage.name);
        if (out.kind === 'next') await runner.add(out.version, out.stage);
        return { stage: stage.name, next: out.kind === 'next' ? out.stage : null };
      } catch (err) {
        const attempts = job.opts.attempts ?? 1;
        if (job.attemptsMade + 1 >= attempts) {
          deps.log.error({ err, versionId, stage: stage.name }, 'stage failed, retries used up');
          await failStep(deps.store, versionId, stage.name, err);
          return { stage: stage.name, next: null, failed: true };
        }
        deps.log.warn({ err, versionId, stage: stage.name }, 'stage failed, will retry');
        throw err;
      }
    }),
  );
  // rescans: the version is read when the job runs, so a yank or revoke in between wins
  workers.push(
    worker(RESCAN, async (job) => {
      const v = await deps.store.getVersionById(job.data.versionId);
      if (v?.state !== 'published') return { skipped: v?.state ?? 'gone' };
      const [out] = await rescanVersions(deps, [v]);
      // a scan that crashed is retried with backoff like any stage job
      if (out?.verdict === 'error') throw new Error(out.reason);
      return out;
    }),
  );
  await Promise.all(workers.map(({ w }) => w.waitUntilReady()));
  return {
    workers: workers.map(({ w }) => w),
    runner,
    close: async () => {
      await Promise.all(workers.map(({ w }) => w.close()));
      for (const { connection } of workers) connection.disconnect();
      await runner.close();
    },
  };
}
