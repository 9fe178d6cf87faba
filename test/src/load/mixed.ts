/**
 * Mixed load against a real `startServer` on loopback: downloads, searches and publishes from
 * autocannon connections, then an audit of the stores: every accepted publish is there exactly once,
 * in a final state, with its blob present and matching its digest; nothing refused was stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import autocannon from 'autocannon';
import { sha256 } from './digest.js';
import { skillTarball } from '../fuzz/registry-env.js';
import { serverEnv } from './server-env.js';

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** skills seeded before the run (downloads pick among them) */
  seedSkills?: number;
}

export interface LoadReport {
  requests: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  serverErrors: number;
  publishes: { sent: number; accepted: number; refused: number; inFlight: number };
  audit: {
    lost: string[];
    duplicated: string[];
    unexpected: string[];
    badBlobs: string[];
    notFinal: string[];
  };
}

interface PublishContext {
  version?: string;
}

export async function runMixedLoad(o: LoadOptions): Promise<LoadReport> {
  const env = await serverEnv();
  try {
    const auth = {
      authorization: `Bearer ${env.tokens.alice}`,
      'content-type': 'application/gzip',
    };
    const seedCount = o.seedSkills ?? 5;
    const seeded: string[] = [];
    for (let i = 0; i < seedCount; i++) {
      const name = `load-seed-${i}`;
      const res = await fetch(`${env.server.url}/v1/skills`, {
        method: 'POST',
        headers: auth,
        body: new Uint8Array(
          skillTarball({ name, version: '1.0.0', files: { 'data.txt': 'x'.repeat(20_000 + i) } }),
        ),
      });
      if (res.status !== 202) throw new Error(`seeding ${name}: ${res.status}`);
      seeded.push(name);
    }
    await env.server.app.skillgate.runner.idle();

    // Publishes: fresh versions of one skill, made up front so packing does not compete with the server.
    const pool = Array.from(
      { length: Math.max(200, o.seconds * o.connections * 40) },
      (_, i) => `2.0.${i}`,
    );
    const bodies = new Map<string, Buffer>();
    let next = 0;
    const sent: string[] = [];
    const outcome = new Map<string, number[]>();
    let dl = 0;
    let sq = 0;
    const queries = ['load', 'seed', 'hello', 'nothing-matches', ''];

    // requests the server is still answering: autocannon stops without waiting for their answers,
    // and a publish recorded while the audit reads the tables would look like an unexpected write
    let answering = 0;
    const track = (_req: IncomingMessage, res: ServerResponse) => {
      answering += 1;
      res.once('close', () => (answering -= 1));
    };
    env.server.app.server.on('request', track);
    const instance = autocannon({
      url: env.server.url,
      connections: o.connections,
      duration: o.seconds,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => ({
            ...req,
            path: `/v1/skills/${seeded[dl++ % seeded.length]}/versions/1.0.0/tarball`,
          }),
        },
        {
          method: 'GET',
          setupRequest: (req) => ({
            ...req,
            path: `/v1/search?q=${queries[sq++ % queries.length]}&perPage=20`,
          }),
        },
        {
          method: 'GET',
          setupRequest: (req) => ({ ...req, path: `/v1/skills/${seeded[dl++ % seeded.length]}` }),
        },
        {
          method: 'POST',
          path: '/v1/skills',
          headers: auth,
          setupRequest: (req, context) => {
            const version = pool[next++ % pool.length] ?? '2.0.0';
            let body = bodies.get(version);
            if (!body) {
              body = skillTarball({ name: 'load-target', version });
              bodies.set(version, body);
            }
            (context as PublishContext).version = version;
            sent.push(version);
            return { ...req, body };
          },
          onResponse: (status, _body, context) => {
            const v = (context as PublishContext).version;
            if (v) outcome.set(v, [...(outcome.get(v) ?? []), status]);
          },
        },
      ],
    });
    const result = await instance;
    for (const stop = Date.now() + 10_000; answering > 0 && Date.now() < stop;)
      await new Promise((r) => setTimeout(r, 20));
    env.server.app.server.off('request', track);
    await env.server.app.skillgate.runner.idle();

    // ---- audit ----
    const store = env.server.app.skillgate.store;
    const blobs = env.server.app.skillgate.blobs;
    const accepted = [...outcome].filter(([, s]) => s.includes(202)).map(([v]) => v);
    const duplicated = [...outcome]
      .filter(([, s]) => s.filter((x) => x === 202).length > 1)
      .map(([v]) => v);
    const stored = await store.listVersions('load-target');
    const storedSet = new Map<string, number>();
    for (const r of stored) storedSet.set(r.version, (storedSet.get(r.version) ?? 0) + 1);
    const lost = accepted.filter((v) => !storedSet.has(v));
    for (const [v, n] of storedSet) if (n > 1) duplicated.push(v);
    // a publish still in flight when the run stopped has no answer: stored or not, both are fine
    const inFlight = sent.filter((v) => !outcome.has(v));
    const refusedVersions = [...outcome].filter(([, s]) => !s.includes(202)).map(([v]) => v);
    const unexpected = [...storedSet.keys()].filter(
      (v) => !accepted.includes(v) && (refusedVersions.includes(v) || !inFlight.includes(v)),
    );
    const badBlobs: string[] = [];
    const notFinal: string[] = [];
    for (const r of stored) {
      if (!['published', 'rejected', 'review'].includes(r.state))
        notFinal.push(`${r.version}:${r.state}`);
      const bytes = await blobs.get(r.digests.sha256).catch(() => undefined);
      if (!bytes || sha256(bytes) !== r.digests.sha256) badBlobs.push(r.version);
    }
    const counts = await store.counts();
    if (counts.versions !== seedCount + stored.length)
      unexpected.push(
        `versions table has ${counts.versions}, expected ${seedCount + stored.length}`,
      );

    const statuses: Record<string, number> = {};
    for (const [code, s] of Object.entries(result.statusCodeStats ?? {}))
      statuses[code] = s.count ?? 0;
    const serverErrors = Object.entries(statuses)
      .filter(([c]) => Number(c) >= 500)
      .reduce((n, [, k]) => n + k, 0);
    const all = [...outcome.values()].flat();
    return {
      requests: result.requests.total,
      requestsPerSec: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      statuses,
      serverErrors,
      publishes: {
        sent: sent.length,
        accepted: all.filter((s) => s === 202).length,
        refused: all.filter((s) => s !== 202).length,
        inFlight: inFlight.length,
      },
      audit: { lost, duplicated, unexpected, badBlobs, notFinal },
    };
  } finally {
    await env.close();
  }
}

export function formatReport(r: LoadReport): string {
  const a = r.audit;
  return [
    `requests: ${r.requests} (${r.requestsPerSec.toFixed(0)} req/s), latency p50 ${r.latencyP50} ms, p99 ${r.latencyP99} ms`,
    `errors: ${r.errors} connection errors, ${r.timeouts} timeouts, ${r.serverErrors} 5xx; statuses ${JSON.stringify(r.statuses)}`,
    `publishes: ${r.publishes.sent} sent, ${r.publishes.accepted} accepted, ${r.publishes.refused} refused, ${r.publishes.inFlight} in flight at the end`,
    `audit: ${a.lost.length} lost, ${a.duplicated.length} duplicated, ${a.unexpected.length} unexpected, ${a.badBlobs.length} bad blobs, ${a.notFinal.length} not final`,
  ].join('\n');
}
