/**
 * Download bench: requests/s for a 1 MiB skill tarball from the registry (startServer on loopback)
 * against @fastify/static serving the same file, measured in the same run. Goal: ratio ≥ 0.8.
 * Usage: node dist/bench/index.js [--seconds 2] [--connections 10] [--rounds 5]
 * Each target is measured with two clients: node:http keep-alive and autocannon.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packFiles } from '@skillgate/format';
import autocannon from 'autocannon';
import { createToken } from '../home.js';
import { httpLoad } from './http-load.js';

const MiB = 1024 * 1024;

/** a skill whose tarball is about 1 MiB: incompressible (xorshift) bytes do not shrink under gzip */
function oneMiBSkill(): Buffer {
  const noise = Buffer.alloc(MiB - 3 * 1024);
  let x = 0x9e3779b9;
  for (let i = 0; i < noise.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    noise[i] = x & 0xff;
  }
  const manifest = {
    name: 'bench-skill',
    version: '1.0.0',
    description: 'download bench',
    capabilities: {},
  };
  return packFiles([
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(manifest)), executable: false },
    {
      path: 'SKILL.md',
      bytes: Buffer.from('---\nname: bench-skill\n---\n# bench\n'),
      executable: false,
    },
    { path: 'assets/blob.bin', bytes: noise, executable: false },
  ]).tarball;
}

function startChild(
  kind: 'registry' | 'static',
  dir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL('./servers.js', import.meta.url));
  const child = fork(script, [kind, dir], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not start within 30 s`)),
      30_000,
    );
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve({ child, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${String(code)}`)));
  });
}

interface Measured {
  rps: number;
  /** server CPU (user + system) per request, microseconds */
  cpuUs: number;
  mbps: number;
  errors: number;
  non2xx: number;
}

function mean(ms: Measured[]): Measured {
  const avg = (f: (m: Measured) => number) => ms.reduce((a, m) => a + f(m), 0) / ms.length;
  return {
    rps: avg((m) => m.rps),
    cpuUs: avg((m) => m.cpuUs),
    mbps: avg((m) => m.mbps),
    errors: avg((m) => m.errors),
    non2xx: avg((m) => m.non2xx),
  };
}

function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu.user + m.cpu.system));
    child.send('cpu');
  });
}

type Client = 'http' | 'autocannon';

async function load(client: Client, url: string, connections: number, seconds: number) {
  if (client === 'http') {
    const r = await httpLoad(url, { connections, seconds });
    return {
      rps: r.requests / r.seconds,
      bps: r.bytes / r.seconds,
      total: r.requests,
      errors: r.errors,
      non2xx: r.non2xx,
    };
  }
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rps: r.requests.average,
    bps: r.throughput.average,
    total: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function measure(
  client: Client,
  url: string,
  server: ChildProcess,
  seconds: number,
  connections: number,
): Promise<Measured> {
  const cpu0 = await cpuOf(server);
  const r = await load(client, url, connections, seconds);
  const cpu = (await cpuOf(server)) - cpu0;
  return {
    rps: r.rps,
    cpuUs: cpu / Math.max(1, r.total),
    mbps: r.bps / MiB,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '5' },
    },
  });
  const rounds = Math.min(10, Math.max(1, Number(values.rounds)));
  const seconds = Math.min(60, Math.max(1, Number(values.seconds)));
  const connections = Math.min(100, Math.max(1, Number(values.connections)));
  const root = await mkdtemp(path.join(tmpdir(), 'sg-bench-'));
  const children: ChildProcess[] = [];
  try {
    const tgz = oneMiBSkill();
    const home = path.join(root, 'home');
    const { token } = await createToken(home, { user: 'bench', roles: ['publisher'] });
    const registry = await startChild('registry', home);
    children.push(registry.child);
    const pub = await fetch(`${registry.url}/v1/skills`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
      body: tgz,
    });
    if (pub.status !== 202) throw new Error(`publish failed: ${pub.status} ${await pub.text()}`);
    let state = '';
    for (let i = 0; i < 200 && state !== 'published'; i++) {
      const v = await fetch(`${registry.url}/v1/skills/bench-skill/versions/1.0.0`, {
        headers: { authorization: `Bearer ${token}` },
      });
      state = ((await v.json()) as { state: string }).state;
      if (state !== 'published') await new Promise((r) => setTimeout(r, 50));
    }
    if (state !== 'published')
      throw new Error(`the bench skill did not reach published (state ${state})`);

    const staticDir = path.join(root, 'static');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'bench-skill-1.0.0.tgz'), tgz);
    const stat = await startChild('static', staticDir);
    children.push(stat.child);

    const regUrl = `${registry.url}/v1/skills/bench-skill/versions/1.0.0/tarball`;
    const staticUrl = `${stat.url}/bench-skill-1.0.0.tgz`;
    for (const u of [regUrl, staticUrl]) {
      const body = Buffer.from(await (await fetch(u)).arrayBuffer());
      if (!body.equals(tgz)) throw new Error(`${u} did not serve the tarball's bytes`);
    }
    console.log(
      `download of a ${(tgz.length / MiB).toFixed(2)} MiB skill tarball, ${connections} connections, ${rounds} x ${seconds} s per target and client, alternating`,
    );
    const row = (name: string, m: Measured) =>
      `  ${name.padEnd(24)} ${m.rps.toFixed(0).padStart(6)} req/s ${m.mbps.toFixed(0).padStart(6)} MiB/s ${m.cpuUs.toFixed(0).padStart(6)} µs server CPU/req  errors ${m.errors}, non-2xx ${m.non2xx}`;
    for (const client of ['http', 'autocannon'] as const) {
      // Short runs, the two targets alternating, and the median of the per-pair ratios: bursts of
      // load from other processes on the machine then hit both alike and do not decide the result.
      await load(client, regUrl, connections, 1); // warm-up
      await load(client, staticUrl, connections, 1);
      const regRuns: Measured[] = [];
      const baseRuns: Measured[] = [];
      for (let i = 0; i < rounds; i++) {
        regRuns.push(await measure(client, regUrl, registry.child, seconds, connections));
        baseRuns.push(await measure(client, staticUrl, stat.child, seconds, connections));
      }
      const reg = mean(regRuns);
      const base = mean(baseRuns);
      const ratio = median(regRuns.map((r, i) => r.rps / (baseRuns[i]?.rps ?? 1)));
      console.log(
        client === 'http'
          ? 'client node:http keep-alive (native parser):'
          : 'client autocannon (client-bound for 1 MiB bodies, see http-load.ts):',
      );
      console.log(row('registry tarball route', reg));
      console.log(row('@fastify/static', base));
      console.log(
        `  ratio registry/static (median of ${rounds} pairs): ${ratio.toFixed(2)}x (goal >= 0.80x) ${ratio >= 0.8 ? 'OK' : 'BELOW GOAL'}; server CPU/req static/registry ${(base.cpuUs / reg.cpuUs).toFixed(2)}x`,
      );
    }
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
