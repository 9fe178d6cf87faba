/** Rescans: a published version that fails under the current rules is revoked with the reason. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PipelineStage } from '../pipeline/types.js';
import { staticScanStage } from '../stages/static-scan.js';
import { bearer, publishAndSettle, skillTarball, testEnv, type TestEnv } from './helpers.js';

describe('rescan with changed rules', () => {
  let env: TestEnv;
  // stands for a rule set that changed after publication: fails skills with "legacy" in the name
  const rules = { strict: false };
  const ruleStage: PipelineStage = {
    name: 'rules-v2',
    state: 'scanning',
    run(ctx) {
      const bad = rules.strict && ctx.version.name.includes('legacy');
      return Promise.resolve(
        bad
          ? { ok: true, verdict: 'fail', reason: 'rules-v2: legacy helper is now forbidden' }
          : { ok: true, reason: 'rules-v2: clean' },
      );
    },
  };
  before(async () => {
    env = await testEnv({ stages: [staticScanStage(), ruleStage] });
  });
  after(() => env.close());

  it('revokes what now fails, keeps what passes, and refuses non-moderators', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'legacy-tool' }));
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'modern-tool' }));
    assert.equal((await env.store.getVersion('legacy-tool', '1.0.0'))?.state, 'published');
    rules.strict = true;
    const denied = await env.app.inject({
      method: 'POST',
      url: '/v1/rescan',
      headers: bearer(env.tokens.alice),
      payload: {},
    });
    assert.equal(denied.statusCode, 403);
    const res = await env.app.inject({
      method: 'POST',
      url: '/v1/rescan',
      headers: bearer(env.tokens.mod),
      payload: {},
    });
    assert.equal(res.statusCode, 202);
    assert.equal(res.json<{ queued: number }>().queued, 2);
    let state = '';
    for (let i = 0; i < 100 && state !== 'revoked'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await env.store.getVersion('legacy-tool', '1.0.0'))?.state ?? '';
    }
    const legacy = await env.store.getVersion('legacy-tool', '1.0.0');
    assert.equal(legacy?.state, 'revoked');
    assert.match(legacy?.reason ?? '', /rescan with current rules: rules-v2: legacy helper/);
    assert.equal((await env.store.getVersion('modern-tool', '1.0.0'))?.state, 'published');
    const tgz = await env.app.inject({
      method: 'GET',
      url: '/v1/skills/legacy-tool/versions/1.0.0/tarball',
    });
    assert.equal(tgz.statusCode, 404);
    const pub = await env.app.inject({
      method: 'GET',
      url: '/v1/skills/legacy-tool/versions/1.0.0',
    });
    assert.equal(pub.json<{ state: string }>().state, 'revoked');
    // the finding and the revoke it caused are one transaction: adjacent entries, each once
    const trail = (await env.store.listAudit({ subject: 'legacy-tool@1.0.0' })).slice(-3);
    assert.deepEqual(
      trail.map((e) => [e.action, e.actor]),
      [
        ['version.state', 'pipeline'],
        ['version.rescan', 'rescan'],
        ['version.revoke', 'rescan'],
      ],
    );
    assert.deepEqual(
      trail.map((e) => e.seq - (trail[0]?.seq ?? 0)),
      [0, 1, 2],
    );
    const kept = await env.store.listAudit({ subject: 'modern-tool@1.0.0' });
    assert.equal(kept.filter((e) => e.action === 'version.rescan').length, 1);
  });
});
