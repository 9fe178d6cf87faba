/**
 * A redis-server of the test's own on a free loopback port, persisting with an append-only file
 * fsynced on every write, so that it can be killed with SIGKILL and started again on the same
 * port and directory with every acknowledged write replayed (what a production Redis with AOF
 * does after a crash). Bounded: start and restart give up after 10 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';

export interface PrivateRedis {
  url: string;
  port: number;
  dir: string;
  /** SIGKILL the server (no shutdown, no final save) */
  kill9(): Promise<void>;
  /** start it again on the same port and data directory */
  restart(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: unknown;
  while (Date.now() < deadline) {
    const r = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    r.on('error', () => undefined); // refused while starting: retried below
    try {
      await r.connect();
      if ((await r.ping()) === 'PONG') return;
    } catch (e) {
      last = e;
    } finally {
      r.disconnect();
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`private redis at ${url} did not answer: ${String(last)}`);
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--logfile',
        path.join(dir, 'redis.log'),
      ],
      { stdio: 'ignore' },
    );
    await waitReady(url);
  };
  const kill9 = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGKILL');
    await gone;
  };
  await start();
  return {
    url,
    port,
    dir,
    kill9,
    restart: start,
    close: async () => {
      await kill9();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
