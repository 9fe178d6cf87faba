/**
 * Issue 6 fault test: Redis itself dies mid-run. A private redis-server (append-only file, fsync
 * on every write) backs one `serve` and two `worker` processes on PostgreSQL; while publishes are
 * in flight it is killed with SIGKILL, publishes keep arriving while it is down, and it is started
 * again on the same port and data directory. Every version still reaches a final state, each
 * signed exactly once, the processes reconnect by themselves, and reads of a version do not hang
 * while Redis is away.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  attestationCounts,
  publishTo,
  startCluster,
  waitFinal,
  type Cluster,
} from '../scale/cluster.js';
import { startPrivateRedis, type PrivateRedis } from '../scale/private-redis.js';
import { skill } from '../scale/skills.js';

const FINAL = new Set(['published', 'rejected', 'review', 'revoked', 'yanked']);

describe('Redis restarted mid-run (kill -9, AOF replay)', () => {
  let redis: PrivateRedis;
  let c: Cluster;
  before(async () => {
    redis = await startPrivateRedis();
    c = await startCluster({ serves: 1, workers: 2, dynamic: false, redisUrl: redis.url });
  });
  after(async () => {
    await c?.close();
    await redis?.close();
  });

  it('no job is lost: every version ends published and signed once', async () => {
    const url = c.serves[0]?.url ?? '';
    const auth = { authorization: `Bearer ${c.token}` };
    const stateOf = async (n: string) => {
      const res = await fetch(`${url}/v1/skills/${n}/versions/1.0.0`, {
        headers: auth,
        signal: AbortSignal.timeout(5_000),
      });
      return ((await res.json()) as { state: string }).state;
    };
    const before = Array.from({ length: 20 }, (_, i) => `redis-restart-${i}`);
    const codes = await Promise.all(before.map((n) => publishTo(url, c.token, skill(n))));
    assert.deepEqual(new Set(codes), new Set([202]));

    // kill Redis once the pipeline is under way but not through (bounded: 60 s)
    let inFlight = 0;
    let pending = '';
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const states = await Promise.all(before.map(stateOf));
      const done = states.filter((s) => FINAL.has(s)).length;
      inFlight = states.length - done;
      pending = before[states.findIndex((s) => !FINAL.has(s))] ?? '';
      if (done >= 1) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await redis.kill9();
    assert.ok(inFlight > 0, 'Redis went down while versions were still in the pipeline');

    // while Redis is down: a version still in the pipeline can be read (its queue position is
    // left out rather than the request hanging), the admin queue figures say plainly that Redis is
    // away, and publishes are accepted
    const down = Date.now();
    assert.match(await stateOf(pending), /^[a-z]+$/);
    const queues = await fetch(`${url}/v1/admin/queues`, {
      headers: auth,
      signal: AbortSignal.timeout(5_000),
    });
    assert.equal(queues.status, 503);
    assert.equal(
      ((await queues.json()) as { error: { code: string } }).error.code,
      'SKILLGATE_ERR_SERVICE_UNAVAILABLE',
    );
    const during = ['redis-down-0', 'redis-down-1'];
    for (const n of during) assert.equal(await publishTo(url, c.token, skill(n)), 202);
    await new Promise((r) => setTimeout(r, 1_000));
    await redis.restart();
    const downMs = Date.now() - down;

    const names = [...before, ...during];
    const views = await Promise.all(names.map((n) => waitFinal(url, c.token, n, '1.0.0', 180_000)));
    for (const [i, v] of views.entries())
      assert.equal(v.state, 'published', `${names[i] ?? ''}: ${v.reason ?? ''}`);
    assert.ok(views.every((v) => v.signed));
    const att = await attestationCounts(c.databaseUrl);
    for (const n of names) assert.equal(att.get(`${n}@1.0.0`), 1, `${n} signed exactly once`);
    for (const p of [...c.serves, ...c.workers])
      assert.equal(
        p.child.exitCode,
        null,
        `${p.kind} survived the outage:\n${p.log().slice(-1500)}`,
      );
    console.log(
      `# redis down ${downMs} ms with ${inFlight} of ${before.length} versions in flight and ${during.length} publishes during the outage; all ${names.length} published, each signed once`,
    );
  });
});
