/**
 * startWorker: a stateless pipeline worker. It reaches Redis (the stage queues), the metadata
 * database and the blob store, and runs stage jobs; any number of them may run on any machine.
 */
import pino from 'pino';
import { auditedStore } from './audit/audited-store.js';
import { pipelineStages } from './app.js';
import { defaultHome, openHome } from './home.js';
import type { PipelineStage } from './pipeline/types.js';
import { startStageWorkers } from './queue/bullmq.js';
import { defaultStages } from './stages/index.js';
import { FsBlobStore } from './store/blob-store.js';

export interface WorkerOptions {
  redisUrl: string;
  /** PostgreSQL; without it the SQLite file of the data dir (one machine only) */
  databaseUrl?: string;
  /** data dir (blobs and keys default to its subdirectories) */
  home?: string;
  /** shared blob directory (default `<home>/blobs`) */
  blobDir?: string;
  /** key mode: the registry key pair every worker signs with (default `<home>/keys`) */
  keyDir?: string;
  /** stages after validate (default: `defaultStages({ keyDir })`) */
  stages?: PipelineStage[];
  /** the dynamic stage (default on); false leaves it out */
  dynamic?: boolean;
  /** jobs at the same time per stage name */
  concurrency?: Record<string, number>;
  prefix?: string;
  attempts?: number;
  backoffMs?: number;
  stalledIntervalMs?: number;
  logLevel?: string;
}

export interface RunningWorker {
  stages: string[];
  close(): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const home = opts.home ?? defaultHome();
  const opened = await openHome(home, opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {});
  const store = auditedStore(opened.store);
  const blobs = opts.blobDir ? new FsBlobStore(opts.blobDir) : opened.blobs;
  if (blobs !== opened.blobs) await blobs.sweepTemp();
  const stages = pipelineStages(
    opts.stages ??
      (
        await defaultStages({
          keyDir: opts.keyDir ?? opened.paths.keys,
          ...(opts.dynamic === false ? { dynamic: false } : {}),
        })
      ).stages,
  );
  const log = pino({ level: opts.logLevel ?? 'info', name: 'skillgate-worker' });
  try {
    const running = await startStageWorkers(
      { store, blobs, stages, log },
      {
        redisUrl: opts.redisUrl,
        ...(opts.prefix ? { prefix: opts.prefix } : {}),
        ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
        ...(opts.attempts ? { attempts: opts.attempts } : {}),
        ...(opts.backoffMs ? { backoffMs: opts.backoffMs } : {}),
        ...(opts.stalledIntervalMs ? { stalledIntervalMs: opts.stalledIntervalMs } : {}),
      },
    );
    log.info({ stages: stages.map((s) => s.name) }, 'worker ready');
    return {
      stages: stages.map((s) => s.name),
      close: async () => {
        await running.close();
        await opened.store.close();
      },
    };
  } catch (e) {
    await opened.store.close();
    throw e;
  }
}
