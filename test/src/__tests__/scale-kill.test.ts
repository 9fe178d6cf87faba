/**
 * A worker killed with SIGKILL in the middle of the dynamic scan (real observe sandbox): its job is
 * reclaimed by the stalled-job check and finished by another worker; the version ends published
 * with exactly one attestation.
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
import { skill } from '../scale/skills.js';

describe('worker killed mid-scan', () => {
  let c: Cluster;
  before(async () => {
    c = await startCluster({ serves: 1, workers: 1, dynamic: true, stalledMs: 1000 });
  });
  after(async () => {
    await c.close();
  });

  it('kill -9 during dynamic-scan → picked up again, published, one attestation', async () => {
    const url = c.serves[0]?.url ?? '';
    const tgz = skill('killed-mid-scan', '1.0.0', {
      'scripts/slow.sh': '#!/bin/sh\nsleep 2\necho done >/dev/null\n',
    });
    assert.equal(await publishTo(url, c.token, tgz), 202);
    const deadline = Date.now() + 120_000;
    let seen = '';
    while (Date.now() < deadline) {
      const res = await fetch(`${url}/v1/skills/killed-mid-scan/versions/1.0.0`, {
        headers: { authorization: `Bearer ${c.token}` },
      });
      const v = (await res.json()) as {
        state: string;
        stage?: string;
        history: { reason?: string }[];
      };
      seen = `${v.state}/${v.stage ?? ''}`;
      if (v.stage === 'dynamic-scan' && v.history.some((h) => h.reason === 'dynamic-scan started'))
        break;
      if (!['received', 'validating', 'scanning'].includes(v.state)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(seen, 'scanning/dynamic-scan');
    await c.workers[0]?.kill9();
    await c.startWorker();
    const v = await waitFinal(url, c.token, 'killed-mid-scan', '1.0.0', 240_000);
    assert.equal(v.state, 'published', v.reason);
    assert.equal(v.signed, true);
    assert.equal((await attestationCounts(c.databaseUrl)).get('killed-mid-scan@1.0.0'), 1);
    const hist = (await (
      await fetch(`${url}/v1/skills/killed-mid-scan/versions/1.0.0`, {
        headers: { authorization: `Bearer ${c.token}` },
      })
    ).json()) as { history: { reason?: string }[] };
    assert.ok(
      hist.history.filter((h) => h.reason === 'dynamic-scan started').length >= 2,
      'the scan ran again after the kill',
    );
  });
});
