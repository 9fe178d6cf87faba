/**
 * The BullMQ adapter on the real local Redis (unique key prefix per run, removed afterwards):
 * concurrent publishes all reach a final state signed exactly once, transient stage failures are
 * retried with backoff, a stage that keeps failing stops with a retryable reason and the retry
 * route runs it again under the same version number.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createKeySigner } from '@skillgate/signer';
import { Redis } from 'ioredis';
import { buildApp, pipelineStages } from '../app.js';
import { issueToken } from '../auth/tokens.js';
import { auditedStore } from '../audit/audited-store.js';
import { verifyAuditChain } from '../audit/log.js';
import type { PipelineStage } from '../pipeline/types.js';
import { BullMqRunner, startStageWorkers } from '../queue/bullmq.js';
import { signStage } from '../stages/sign.js';
import { staticScanStage } from '../stages/static-scan.js';
import { FsBlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import { openSqliteStore } from '../store/open.js';
import { bearer, publish, skillTarball, tempDir } from './helpers.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** stands for a rule set that changed after publication: fails skills named `legacy-*` */
const rules = { strict: false };

/** fails `times` times per version, then passes: a transient fault */
function flakyStage(times: number, seen: Map<string, number>): PipelineStage {
  return {
    name: 'flaky',
    state: 'scanning',
    run(ctx) {
      if (rules.strict && ctx.version.name.startsWith('legacy-'))
        return Promise.resolve({ ok: true, verdict: 'fail', reason: 'rules-v2: legacy helper' });
      const n = (seen.get(ctx.version.id) ?? 0) + 1;
      seen.set(ctx.version.id, n);
      if (ctx.version.name.startsWith('always-') || n <= times)
        return Promise.reject(new Error(`transient fault ${n}`));
      return Promise.resolve({ ok: true, reason: `passed on attempt ${n}` });
    },
  };
}

describe('BullMQ pipeline on Redis', () => {
  const prefix = `sgtest-${process.pid}-${Date.now()}`;
  let dir: { dir: string; cleanup: () => Promise<void> };
  let store: MetadataStore;
  let close: () => Promise<void>;
  let app: ReturnType<typeof buildApp>;
  let alice: string;
  const seen = new Map<string, number>();

  before(async () => {
    dir = await tempDir('sg-queue-');
    store = auditedStore(await openSqliteStore(path.join(dir.dir, 'registry.db')));
    const blobs = new FsBlobStore(path.join(dir.dir, 'blobs'));
    const signer = await createKeySigner({ keyDir: path.join(dir.dir, 'keys') });
    const stages = pipelineStages([staticScanStage(), flakyStage(2, seen), signStage(signer)]);
    const workers = await startStageWorkers(
      { store, blobs, stages, log: quiet },
      {
        redisUrl: REDIS_URL,
        prefix,
        backoffMs: 50,
        attempts: 4,
        concurrency: { 'static-scan': 2 },
      },
    );
    const runner = new BullMqRunner({ store, stages, log: quiet }, { redisUrl: REDIS_URL, prefix });
    app = buildApp({ store, blobs, runner }, { rateLimit: false });
    await app.ready();
    alice = (await issueToken(store, { user: 'alice', roles: ['publisher'] })).token;
    close = async () => {
      await app.close();
      await workers.close();
    };
  });

  after(async () => {
    await close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await store.close();
    await dir.cleanup();
  });

  it('concurrent publishes reach published, each signed exactly once, after transient retries', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `queued-${i}`);
    const res = await Promise.all(names.map((n) => publish(app, alice, skillTarball({ name: n }))));
    for (const r of res) assert.equal(r.statusCode, 202, r.body);
    await app.skillgate.runner.idle();
    for (const n of names) {
      const v = await store.getVersion(n, '1.0.0');
      assert.ok(v);
      assert.equal(v.state, 'published', `${n}: ${v.reason ?? ''}`);
      assert.equal(seen.get(v.id), 3, 'two transient failures, then a pass');
      const att = await store.getAttestation(v.id);
      assert.equal(att, v.bundleDigest, 'the served bundle is the one attestation');
      const hist = await store.history(v.id);
      assert.equal(hist.filter((h) => h.stage === 'publish').length, 1);
      assert.ok(hist.some((h) => h.reason?.includes('flaky queued')));
    }
    assert.equal((await verifyAuditChain(store)).ok, true);
    const admin = (await issueToken(store, { user: 'root', roles: ['admin'] })).token;
    const q = await app.inject({ method: 'GET', url: '/v1/admin/queues', headers: bearer(admin) });
    const stats = q.json<{
      mode: string;
      stages: { stage: string; counts: { completed: number } }[];
    }>();
    assert.equal(stats.mode, 'bullmq');
    assert.deepEqual(
      stats.stages.map((s) => s.stage),
      ['validate', 'static-scan', 'flaky', 'sign', 'rescan'],
    );
    assert.ok((stats.stages[3]?.counts.completed ?? 0) >= names.length);
    const pub = await app.inject({ method: 'GET', url: '/v1/skills/queued-0/versions/1.0.0' });
    assert.equal(pub.json<{ queuePosition?: number }>().queuePosition, undefined);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/v1/admin/queues', headers: bearer(alice) }))
        .statusCode,
      403,
    );
  });

  it('a stage that keeps failing stops with a reason; retry keeps the version number', async () => {
    const r = await publish(app, alice, skillTarball({ name: 'always-fails' }));
    assert.equal(r.statusCode, 202);
    await app.skillgate.runner.idle();
    const v = await store.getVersion('always-fails', '1.0.0');
    assert.equal(v?.state, 'rejected');
    assert.match(v?.reason ?? '', /^flaky failed: transient fault 4 \(retries used up/);
    const retry = await app.inject({
      method: 'POST',
      url: '/v1/skills/always-fails/versions/1.0.0/retry',
      headers: bearer(alice),
      payload: {},
    });
    assert.equal(retry.statusCode, 200, retry.body);
    await app.skillgate.runner.idle();
    const again = await store.getVersion('always-fails', '1.0.0');
    assert.equal(again?.id, v?.id, 'same attempt, same version number');
    assert.equal(again?.state, 'rejected');
    assert.equal(seen.get(v?.id ?? ''), 8, 'four more attempts after the retry');
  });

  it('rescans are BullMQ jobs: a worker revokes what now fails, keeps what passes', async () => {
    for (const n of ['legacy-queued', 'modern-queued'])
      assert.equal((await publish(app, alice, skillTarball({ name: n }))).statusCode, 202);
    await app.skillgate.runner.idle();
    assert.equal((await store.getVersion('legacy-queued', '1.0.0'))?.state, 'published');
    rules.strict = true;
    const mod = (await issueToken(store, { user: 'mod', roles: ['moderator'] })).token;
    for (const name of ['legacy-queued', 'modern-queued']) {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/rescan',
        headers: bearer(mod),
        payload: { name },
      });
      assert.equal(res.statusCode, 202, res.body);
      assert.equal(res.json<{ queued: number }>().queued, 1);
    }
    const admin = (await issueToken(store, { user: 'root2', roles: ['admin'] })).token;
    let done = 0;
    for (let i = 0; i < 400 && done < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const q = await app.inject({
        method: 'GET',
        url: '/v1/admin/queues',
        headers: bearer(admin),
      });
      const stats = q.json<{ stages: { stage: string; counts: { completed: number } }[] }>();
      done = stats.stages.find((s) => s.stage === 'rescan')?.counts.completed ?? 0;
    }
    assert.equal(done, 2, 'both rescan jobs completed in the worker');
    const legacy = await store.getVersion('legacy-queued', '1.0.0');
    assert.equal(legacy?.state, 'revoked');
    assert.match(legacy?.reason ?? '', /^rescan with current rules: rules-v2: legacy helper/);
    assert.equal((await store.getVersion('modern-queued', '1.0.0'))?.state, 'published');
    const audit = await store.listAudit({});
    assert.equal(audit.filter((e) => e.action === 'version.rescan').length, 2);
    assert.equal((await verifyAuditChain(store)).ok, true);
    rules.strict = false;
  });
});
