/**
 * Issue 6 acceptance on the real local Redis and PostgreSQL: two `serve` and two `worker`
 * processes on loopback. 50 concurrent publishes all reach a final state signed exactly once;
 * Redis connections of the workers killed mid-run (CLIENT KILL; the shared server stays up) lose no
 * job; PostgreSQL backends terminated mid-run give clear errors and recover with no half-written
 * version; review → approve / reject over HTTP; audit verify passes, then fails on an edited row.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runCli } from '../e2e/cli.js';
import {
  attestationCounts,
  publishTo,
  REDIS_URL,
  startCluster,
  waitFinal,
  type Cluster,
} from '../scale/cluster.js';
import { skill } from '../scale/skills.js';

describe('scaled registry: 2 serve + 2 worker processes, PostgreSQL + Redis', () => {
  let c: Cluster;
  before(async () => {
    c = await startCluster({ serves: 2, workers: 2, dynamic: false });
  });
  after(async () => {
    await c.close();
  });
  const url = (i: number) => c.serves[i % c.serves.length]?.url ?? '';

  it('50 concurrent publishes across both servers all reach a final state, each signed once', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `scale-skill-${i}`);
    const codes = await Promise.all(names.map((n, i) => publishTo(url(i), c.token, skill(n))));
    assert.deepEqual(new Set(codes), new Set([202]));
    const views = await Promise.all(
      names.map((n, i) => waitFinal(url(i + 1), c.token, n, '1.0.0')),
    );
    for (const [i, v] of views.entries())
      assert.equal(v.state, 'published', `${names[i] ?? ''}: ${v.reason ?? ''}`);
    assert.ok(views.every((v) => v.signed));
    const att = await attestationCounts(c.databaseUrl);
    for (const n of names) assert.equal(att.get(`${n}@1.0.0`), 1, n);
  });

  it('Redis connections of the workers killed mid-run: no job lost', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `redis-drop-${i}`);
    await Promise.all(names.map((n, i) => publishTo(url(i), c.token, skill(n))));
    const redis = new Redis(REDIS_URL);
    const list = String(await redis.client('LIST'));
    const ids = list
      .split('\n')
      .filter((l) => l.includes(`name=${c.prefix}-worker`))
      .map((l) => /id=(\d+)/.exec(l)?.[1])
      .filter((x): x is string => x !== undefined);
    assert.ok(ids.length >= 2, 'the workers hold named connections');
    for (const id of ids) await redis.client('KILL', 'ID', id);
    redis.disconnect();
    const views = await Promise.all(names.map((n, i) => waitFinal(url(i), c.token, n, '1.0.0')));
    assert.ok(
      views.every((v) => v.state === 'published' && v.signed),
      JSON.stringify(views),
    );
  });

  it('PostgreSQL backends terminated: clear errors, recovery, no half-written version', async () => {
    const admin = new pg.Client({ connectionString: c.databaseUrl });
    await admin.connect();
    const names = Array.from({ length: 8 }, (_, i) => `pg-drop-${i}`);
    const pending = names.map((n, i) => publishTo(url(i), c.token, skill(n)));
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const codes = await Promise.all(pending);
    for (const p of [...c.serves, ...c.workers])
      assert.equal(p.child.exitCode, null, `${p.kind} died: ${p.log().slice(-1500)}`);
    for (const code of codes) assert.ok(code === 202 || code >= 500, String(code));
    // whatever failed is published again by the client; nothing half-written blocks it
    for (const [i, n] of names.entries()) {
      if (codes[i] === 202) continue;
      assert.equal(await publishTo(url(i), c.token, skill(n)), 202);
    }
    const views = await Promise.all(names.map((n, i) => waitFinal(url(i), c.token, n, '1.0.0')));
    assert.ok(
      views.every((v) => v.state === 'published'),
      JSON.stringify(views),
    );
    const orphans = await admin.query(
      `select count(*)::int as n from versions v where not exists (select 1 from version_history h where h.version_id = v.id)`,
    );
    assert.equal((orphans.rows[0] as { n: number }).n, 0);
    await admin.end();
  });

  it('review → approve is signed with the approver; review → reject is never downloadable', async () => {
    const review = { 'scripts/run.py': 'import sys\nexec(sys.argv[1])\n' };
    await publishTo(url(0), c.token, skill('scale-review-a', '1.0.0', review));
    await publishTo(url(1), c.token, skill('scale-review-b', '1.0.0', review));
    assert.equal((await waitFinal(url(0), c.token, 'scale-review-a', '1.0.0')).state, 'review');
    assert.equal((await waitFinal(url(1), c.token, 'scale-review-b', '1.0.0')).state, 'review');
    const post = (i: number, p: string, body: object) =>
      fetch(`${url(i)}${p}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal(
      (await post(1, '/v1/skills/scale-review-a/versions/1.0.0/approve', {})).status,
      200,
    );
    const a = await waitFinal(url(0), c.token, 'scale-review-a', '1.0.0');
    assert.deepEqual([a.state, a.signed, a.approver], ['published', true, 'scale-publisher']);
    assert.equal(
      (await post(0, '/v1/skills/scale-review-b/versions/1.0.0/reject', { reason: 'no' })).status,
      200,
    );
    for (const i of [0, 1]) {
      const res = await fetch(`${url(i)}/v1/skills/scale-review-b/versions/1.0.0/tarball`);
      assert.equal(res.status, 404);
    }
  });

  it('skillgate audit verify passes on the real log and fails after one row is edited', async () => {
    const env = { DATABASE_URL: c.databaseUrl, SKILLGATE_HOME: c.home };
    const ok = await runCli(['audit', 'verify', '--json'], { env });
    assert.equal(ok.code, 0, ok.stderr);
    const r = JSON.parse(ok.stdout) as { ok: boolean; entries: number };
    assert.ok(r.ok && r.entries > 100);
    const db = new pg.Client({ connectionString: c.databaseUrl });
    await db.connect();
    await db.query(`update audit_log set actor = 'mallory' where seq = 42`);
    await db.end();
    const bad = await runCli(['audit', 'verify'], { env });
    assert.equal(bad.code, 4, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /entry 42 .*edited/);
  });
});
