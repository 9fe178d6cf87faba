import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { dataHome } from '../config.js';
import type { SigningFlags } from '../lib/signing.js';
import { printLine } from '../output.js';

/** The built web UI of this checkout (web/dist), when it exists. */
function webDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
  return existsSync(`${dir}index.html`) ? dir : undefined;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the registry: API, web UI and the in-process pipeline (embedded default)')
    .option('--home <dir>', 'data dir (env SKILLGATE_HOME, default ./.skillgate)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--port <port>',
      'port (0 picks a free one; env SKILLGATE_PORT)',
      process.env['SKILLGATE_PORT'] ?? '8750',
    )
    .option(
      '--database-url <url>',
      'PostgreSQL for metadata (env DATABASE_URL)',
      process.env['DATABASE_URL'],
    )
    .option(
      '--redis-url <url>',
      'Redis: enqueue pipeline jobs for `skillgate worker` processes (env REDIS_URL)',
      process.env['REDIS_URL'],
    )
    .option('--queue-prefix <prefix>', 'Redis key prefix of the queues', 'skillgate')
    .option('--no-dynamic', 'leave out the dynamic (sandbox) stage')
    .option('--quiet', 'log warnings and errors only')
    .option('--signing <mode>', 'key (default: registry key pair in the data dir) or keyless')
    .option('--fulcio-url <url>', 'keyless: Fulcio of your Sigstore deployment')
    .option('--rekor-url <url>', 'keyless: Rekor transparency log')
    .option('--tsa-url <url>', 'keyless: RFC 3161 timestamp authority (optional)')
    .option(
      '--identity-token-file <file>',
      'keyless: OIDC identity token, re-read for every signature',
    )
    .option(
      '--trust-root <file>',
      'keyless: the trust material clients verify against (served at /v1/trust-root)',
    )
    .action(
      async (
        o: SigningFlags & {
          home?: string;
          host: string;
          port: string;
          databaseUrl?: string;
          redisUrl?: string;
          queuePrefix: string;
          dynamic: boolean;
          quiet?: boolean;
        },
      ) => {
        // loaded on demand: the registry pulls in the scanner (TypeScript, tree-sitter)
        const { defaultStages, homePaths, startServer } = await import('@skillgate/registry');
        const { signingFrom } = await import('../lib/signing.js');
        const home = dataHome(o.home);
        const signing = await signingFrom(o, homePaths(home).keys);
        const { stages } = await defaultStages({
          keyDir: homePaths(home).keys,
          signer: signing.signer,
          ...(o.dynamic ? {} : { dynamic: false }),
        });
        const server = await startServer({
          home,
          stages,
          trustRoot: () => signing.trustRoot,
          host: o.host,
          port: Number(o.port),
          ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}),
          ...(o.redisUrl ? { redisUrl: o.redisUrl, queuePrefix: o.queuePrefix } : {}),
          webDir: webDir(),
          logger: { level: o.quiet ? 'warn' : 'info' },
        });
        printLine(`skillgate registry listening on ${server.url} (data in ${server.paths.home})`);
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      },
    );
}
