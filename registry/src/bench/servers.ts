/**
 * The two servers the download bench compares, each run in its own child process so the load
 * generator does not share their event loop: `registry <home>` or `static <dir>`.
 * Prints `{ "url": … }` on stdout once listening; exits on SIGTERM.
 */
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { startServer } from '../server.js';

async function main(): Promise<void> {
  const [kind, dir] = process.argv.slice(2);
  if (!dir || (kind !== 'registry' && kind !== 'static')) {
    throw new Error('usage: servers.js registry <home> | static <dir>');
  }
  let url: string;
  let close: () => Promise<void>;
  if (kind === 'registry') {
    const s = await startServer({
      home: dir,
      host: '127.0.0.1',
      port: 0,
      logger: false,
      rateLimit: false,
    });
    url = s.url;
    close = s.close;
  } else {
    const app = Fastify({ logger: false });
    await app.register(fastifyStatic, { root: dir, prefix: '/' });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    close = () => app.close();
  }
  // The parent asks for CPU time around each run: CPU per request holds up better than req/s on a busy machine.
  process.on('message', (m) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.once('SIGTERM', () => {
    void close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
