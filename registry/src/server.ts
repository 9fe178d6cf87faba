/** startServer: open the stores under the data dir, build the app and listen. */
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp, pipelineStages } from './app.js';
import { auditedStore } from './audit/audited-store.js';
import { BullMqRunner } from './queue/bullmq.js';
import { defaultHome, openHome, type HomePaths } from './home.js';
import type { AppDeps, AppOptions } from './services.js';

export interface ServerOptions extends AppOptions {
  /** data dir (default `$SKILLGATE_HOME` or `./.skillgate`) */
  home?: string;
  host?: string;
  /** 0 picks a free port */
  port?: number;
  /** PostgreSQL for metadata instead of the SQLite file in the data dir */
  databaseUrl?: string;
  stages?: AppDeps['stages'];
  trustRoot?: AppDeps['trustRoot'];
  /** Redis for the stage queues: the pipeline runs in `skillgate worker` processes, not in-process */
  redisUrl?: string;
  /** queue key prefix (default `skillgate`) */
  queuePrefix?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  paths: HomePaths;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const home = opts.home ?? defaultHome();
  const opened = await openHome(home, opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {});
  const store = auditedStore(opened.store);
  const runner = opts.redisUrl
    ? new BullMqRunner(
        { store, stages: pipelineStages(opts.stages), log: pino({ level: 'warn' }) },
        { redisUrl: opts.redisUrl, ...(opts.queuePrefix ? { prefix: opts.queuePrefix } : {}) },
      )
    : undefined;
  const deps: AppDeps = {
    store,
    blobs: opened.blobs,
    ...(runner ? { runner } : {}),
    ...(opts.stages ? { stages: opts.stages } : {}),
    ...(opts.trustRoot ? { trustRoot: opts.trustRoot } : {}),
  };
  const app = buildApp(deps, { logger: opts.logger ?? { level: 'info' }, ...opts });
  try {
    await app.ready();
    // Versions a previous process left mid-pipeline are picked up again.
    const resumed = await app.skillgate.runner.resumeUnfinished();
    if (resumed > 0) app.log.info({ resumed }, 'resuming unfinished pipeline runs');
    await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 8787 });
  } catch (e) {
    await app.close();
    await runner?.close();
    await opened.store.close();
    throw e;
  }
  const addr = app.server.address();
  const url =
    typeof addr === 'object' && addr
      ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`
      : String(addr);
  return {
    app,
    url,
    paths: opened.paths,
    close: async () => {
      await app.close();
      await runner?.close();
      await opened.store.close();
    },
  };
}
