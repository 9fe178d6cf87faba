import type { Command } from 'commander';
import { dataHome } from '../config.js';
import { CliError } from '../errors.js';
import { printLine } from '../output.js';

/** `--concurrency static-scan=2,sign=1` → `{ 'static-scan': 2, sign: 1 }` */
function parseConcurrency(text: string | undefined): Record<string, number> | undefined {
  if (!text) return undefined;
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [stage, n] = part.split('=');
    const value = Number(n);
    if (!stage || !Number.isInteger(value) || value < 1)
      throw new CliError('USAGE', `--concurrency: "${part}" is not stage=N with N ≥ 1`);
    out[stage.trim()] = value;
  }
  return out;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('run pipeline stage jobs from Redis (scaled setup: stateless, run any number)')
    .option(
      '--redis-url <url>',
      'Redis with the stage queues (env REDIS_URL)',
      process.env['REDIS_URL'],
    )
    .option(
      '--database-url <url>',
      'PostgreSQL metadata (env DATABASE_URL)',
      process.env['DATABASE_URL'],
    )
    .option('--home <dir>', 'data dir (env SKILLGATE_HOME): SQLite, blobs and keys unless given')
    .option('--blob-dir <dir>', 'shared blob directory (default <home>/blobs)')
    .option('--key-dir <dir>', 'the registry key pair shared by every worker (default <home>/keys)')
    .option('--concurrency <list>', 'jobs at once per stage, e.g. static-scan=2,sign=1')
    .option('--queue-prefix <prefix>', 'Redis key prefix of the queues', 'skillgate')
    .option('--no-dynamic', 'leave out the dynamic stage (policy then does not ask for it)')
    .option('--stalled-interval <ms>', 'how often jobs of killed workers are reclaimed', '30000')
    .option('--quiet', 'log warnings and errors only')
    .action(
      async (o: {
        redisUrl?: string;
        databaseUrl?: string;
        home?: string;
        blobDir?: string;
        keyDir?: string;
        concurrency?: string;
        queuePrefix: string;
        dynamic: boolean;
        stalledInterval: string;
        quiet?: boolean;
      }) => {
        const stalledIntervalMs = Number(o.stalledInterval);
        if (!Number.isInteger(stalledIntervalMs) || stalledIntervalMs < 100)
          throw new CliError('USAGE', '--stalled-interval must be an integer ≥ 100 (ms)');
        if (!o.redisUrl) throw new CliError('USAGE', 'a worker needs --redis-url or REDIS_URL');
        const concurrency = parseConcurrency(o.concurrency);
        const { startWorker } = await import('@skillgate/registry');
        const worker = await startWorker({
          redisUrl: o.redisUrl,
          home: dataHome(o.home),
          prefix: o.queuePrefix,
          stalledIntervalMs,
          ...(o.dynamic ? {} : { dynamic: false }),
          logLevel: o.quiet ? 'warn' : 'info',
          ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}),
          ...(o.blobDir ? { blobDir: o.blobDir } : {}),
          ...(o.keyDir ? { keyDir: o.keyDir } : {}),
          ...(concurrency ? { concurrency } : {}),
        });
        printLine(`skillgate worker running stages ${worker.stages.join(', ')}`);
        const stop = async () => {
          await worker.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      },
    );
}
