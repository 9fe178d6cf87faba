/**
 * A scaled registry on loopback: `skillgate serve` and `skillgate worker` processes sharing one
 * PostgreSQL database (created for the run, dropped after), the local Redis (a unique key prefix,
 * its keys deleted after) and one data dir (blobs and the registry key pair).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken } from '@skillgate/registry';
import { Redis } from 'ioredis';
import pg from 'pg';

const CLI = fileURLToPath(new URL('../../../cli/dist/bin.js', import.meta.url));
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const PG_ADMIN = process.env['PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Proc {
  kind: 'serve' | 'worker';
  child: ChildProcess;
  url?: string;
  log(): string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface Cluster {
  home: string;
  databaseUrl: string;
  database: string;
  prefix: string;
  serves: Proc[];
  workers: Proc[];
  token: string;
  startWorker(extra?: string[]): Promise<Proc>;
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

function spawnCli(
  kind: 'serve' | 'worker',
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<Proc> {
  const child = spawn(process.execPath, [CLI, kind, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const proc: Proc = {
    kind,
    child,
    log: () => out,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(t);
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start: ${out.slice(-800)}`));
    }, timeoutMs);
    const onData = () => {
      const m = ready.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      if (m[1]) proc.url = m[1];
      resolve(proc);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${String(code)}: ${out.slice(-800)}`));
    });
  });
}

export async function startCluster(
  opts: {
    serves?: number;
    workers?: number;
    dynamic?: boolean;
    stalledMs?: number;
    /** a Redis of the test's own (default: the local one, with a key prefix for this run) */
    redisUrl?: string;
  } = {},
): Promise<Cluster> {
  const redisUrl = opts.redisUrl ?? REDIS_URL;
  const stamp = `${process.pid}_${Date.now()}`;
  const database = `sg_scale_${stamp}`;
  const prefix = `sgscale-${stamp}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const databaseUrl = PG_ADMIN.replace(/\/[^/]*$/, `/${database}`);
  const home = await mkdtemp(path.join(tmpdir(), 'sg-scale-'));
  const env = { SKILLGATE_HOME: home, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };
  const common = ['--queue-prefix', prefix, ...(opts.dynamic ? [] : ['--no-dynamic'])];
  const procs: Proc[] = [];
  const cleanup = async () => {
    await Promise.all(procs.map((p) => p.stop()));
    const redis = new Redis(redisUrl);
    for (let cursor = '0', i = 0; i < 10_000; i++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
    redis.disconnect();
    const a = new pg.Client({ connectionString: PG_ADMIN });
    await a.connect();
    await a.query(`drop database if exists ${database} with (force)`);
    await a.end();
    await rm(home, { recursive: true, force: true });
  };
  try {
    // the first serve migrates the database and makes the key pair; the rest start after it
    const first = await spawnCli(
      'serve',
      ['--port', '0', '--quiet', ...common],
      env,
      /listening on (http:\/\/\S+)/,
    );
    procs.push(first);
    const serves = [first];
    for (let i = 1; i < (opts.serves ?? 2); i++) {
      const s = await spawnCli(
        'serve',
        ['--port', '0', '--quiet', ...common],
        env,
        /listening on (http:\/\/\S+)/,
      );
      procs.push(s);
      serves.push(s);
    }
    const startWorker = async (extra: string[] = []) => {
      const w = await spawnCli(
        'worker',
        [...common, '--stalled-interval', String(opts.stalledMs ?? 1000), ...extra],
        env,
        /worker running stages/,
      );
      procs.push(w);
      return w;
    };
    const workers: Proc[] = [];
    for (let i = 0; i < (opts.workers ?? 2); i++) workers.push(await startWorker());
    const { token } = await createToken(home, {
      user: 'scale-publisher',
      roles: ['admin'],
      databaseUrl,
    });
    return {
      home,
      databaseUrl,
      database,
      prefix,
      serves,
      workers,
      token,
      startWorker,
      close: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

interface VersionView {
  state: string;
  stage?: string;
  reason?: string;
  signed: boolean;
  approver?: string;
}

const FINAL = new Set(['published', 'rejected', 'review', 'revoked', 'yanked']);

/** Polls a version until it is in a final (or waiting) state; bounded by `timeoutMs`. */
export async function waitFinal(
  url: string,
  token: string,
  name: string,
  version: string,
  timeoutMs = 180_000,
): Promise<VersionView> {
  const deadline = Date.now() + timeoutMs;
  let last: VersionView | undefined;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/v1/skills/${name}/versions/${version}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.ok) {
        last = (await res.json()) as VersionView;
        if (FINAL.has(last.state)) return last;
      }
    } catch {
      // a server being restarted or a dropped connection: poll again
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name}@${version} not final after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

export async function publishTo(url: string, token: string, tgz: Buffer): Promise<number> {
  const res = await fetch(`${url}/v1/skills`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
    body: tgz,
  });
  await res.arrayBuffer();
  return res.status;
}

/** attestation rows per version id (exactly one each is the guarantee) */
export async function attestationCounts(databaseUrl: string): Promise<Map<string, number>> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query<{ name: string; n: string }>(
      `select v.skill_name || '@' || v.version as name, count(a.version_id) as n
         from versions v left join attestations a on a.version_id = v.id
        where v.state = 'published' group by v.skill_name, v.version`,
    );
    return new Map(r.rows.map((row) => [row.name, Number(row.n)]));
  } finally {
    await c.end();
  }
}
