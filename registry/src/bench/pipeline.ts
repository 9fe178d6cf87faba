/**
 * Pipeline bench (issue 6): publish → signed latency (p50, p95) and throughput (skills/min) with
 * N = 1 and N = 2 worker processes on the local Redis and PostgreSQL, against one `startServer`
 * in scaled mode. Latency is publishedAt − createdAt as the database stores them (no polling error).
 * Usage: node dist/bench/pipeline.js [--skills 8] [--no-dynamic]
 * Goal: p50 ≤ 10 s for a typical skill with the dynamic stage on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packFiles } from '@skillgate/format';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createToken } from '../home.js';
import { startServer } from '../server.js';
import { defaultStages } from '../stages/index.js';
import { openPostgresStore } from '../store/open.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const PG_ADMIN = process.env['PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WORKER = fileURLToPath(new URL('./pipeline-worker.js', import.meta.url));

const { values } = parseArgs({
  options: { skills: { type: 'string', default: '8' }, 'no-dynamic': { type: 'boolean' } },
});
const M = Number(values.skills);
const dynamic = values['no-dynamic'] !== true;

/** a typical skill: manifest, SKILL.md with a shell block, one script */
function typicalSkill(name: string): Buffer {
  const manifest = {
    name,
    version: '1.0.0',
    description: 'Formats a JSON file in the workspace',
    license: 'MIT',
    capabilities: { fs: { read: ['./data/**'], write: ['./out/**'] } },
  };
  const f = (p: string, t: string, executable = false) => ({
    path: p,
    bytes: Buffer.from(t),
    executable,
  });
  return packFiles([
    f('skill.json', JSON.stringify(manifest, null, 2)),
    f(
      'SKILL.md',
      `---\nname: ${name}\ndescription: ${manifest.description}\n---\n\nRun:\n\n\`\`\`bash\nsh scripts/format.sh data/in.json\n\`\`\`\n`,
    ),
    f(
      'scripts/format.sh',
      '#!/bin/sh\nmkdir -p out\ntr -d " " < "$1" > out/formatted.json\n',
      true,
    ),
  ]).tarball;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function startWorkerProc(opts: object): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER, JSON.stringify(opts)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('worker did not start')), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(t);
        resolve(child);
      }
    });
    child.once('exit', (c) => reject(new Error(`worker exited ${String(c)}`)));
  });
}

async function round(n: number): Promise<{ p50: number; p95: number; perMin: number }> {
  const stamp = `${process.pid}_${Date.now()}_${n}`;
  const database = `sg_bench_${stamp}`;
  const prefix = `sgbench-${stamp}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const databaseUrl = PG_ADMIN.replace(/\/[^/]*$/, `/${database}`);
  const home = await mkdtemp(path.join(tmpdir(), 'sg-bench-pipe-'));
  const { stages } = await defaultStages({ keyDir: path.join(home, 'keys'), dynamic });
  const server = await startServer({
    home,
    databaseUrl,
    redisUrl: REDIS_URL,
    queuePrefix: prefix,
    stages,
    port: 0,
    logger: false,
    rateLimit: false,
  });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < n; i++)
      workers.push(
        await startWorkerProc({ redisUrl: REDIS_URL, databaseUrl, home, prefix, dynamic }),
      );
    const { token } = await createToken(home, { user: 'bench', roles: ['publisher'], databaseUrl });
    const names = Array.from({ length: M }, (_, i) => `bench-skill-${n}-${i}`);
    await Promise.all(
      names.map(async (name) => {
        const res = await fetch(`${server.url}/v1/skills`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
          body: typicalSkill(name),
        });
        if (res.status !== 202) throw new Error(`publish ${name}: ${res.status}`);
      }),
    );
    const store = await openPostgresStore(databaseUrl, 2);
    try {
      const deadline = Date.now() + 15 * 60_000;
      for (;;) {
        const open = await store.listUnfinished();
        if (open.length === 0) break;
        if (Date.now() > deadline) throw new Error(`${open.length} runs unfinished`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const versions = await Promise.all(names.map((x) => store.getVersion(x, '1.0.0')));
      const lat: number[] = [];
      let first = Infinity;
      let last = 0;
      for (const v of versions) {
        if (!v?.publishedAt)
          throw new Error(`${v?.name ?? '?'} ended ${v?.state ?? '?'}: ${v?.reason ?? ''}`);
        const c = Date.parse(v.createdAt);
        const p = Date.parse(v.publishedAt);
        lat.push(p - c);
        first = Math.min(first, c);
        last = Math.max(last, p);
      }
      lat.sort((a, b) => a - b);
      return { p50: pct(lat, 50), p95: pct(lat, 95), perMin: (M / (last - first)) * 60_000 };
    } finally {
      await store.close();
    }
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await server.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    await rm(home, { recursive: true, force: true });
  }
}

console.log(
  `pipeline bench: ${M} typical skills per round, dynamic stage ${dynamic ? 'on' : 'off'}`,
);
const rows: Record<string, string>[] = [];
for (const n of [1, 2]) {
  const r = await round(n);
  rows.push({
    workers: String(n),
    'p50 ms': r.p50.toFixed(0),
    'p95 ms': r.p95.toFixed(0),
    'skills/min': r.perMin.toFixed(1),
  });
}
console.table(rows);
const one = rows[0];
const two = rows[1];
if (one && two)
  console.log(
    `throughput ratio N=2 / N=1: ${(Number(two['skills/min']) / Number(one['skills/min'])).toFixed(2)} (2 shared cores)`,
  );
