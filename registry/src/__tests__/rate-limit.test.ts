import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, skillTarball, testEnv, type ErrorJson, type TestEnv } from './helpers.js';

describe('rate limits on write routes', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv({ options: { rateLimit: { max: 2, timeWindow: '1 minute' } } });
  });
  after(() => env.close());

  it('answers 429 SKILLGATE_ERR_RATE_LIMITED past the limit, and leaves read routes alone', async () => {
    const post = () =>
      env.app.inject({
        method: 'POST',
        url: '/v1/tokens',
        headers: bearer(env.tokens.admin),
        payload: { user: 'someone' },
      });
    assert.equal((await post()).statusCode, 201);
    assert.equal((await post()).statusCode, 201);
    const snap = await env.snapshot();
    const limited = await post();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json<ErrorJson>().error.code, 'SKILLGATE_ERR_RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.deepEqual(await env.snapshot(), snap, 'a limited request stores nothing');
    for (let i = 0; i < 5; i++)
      assert.equal((await env.app.inject({ url: '/v1/health' })).statusCode, 200);
  });

  it('limits one token wherever it connects from (at twice the per-address budget), and one address whatever tokens it uses', async () => {
    const from = (ip: string, token: string, version: string) =>
      env.app.inject({
        method: 'POST',
        url: '/v1/skills',
        remoteAddress: ip,
        headers: { 'content-type': 'application/gzip', ...bearer(token) },
        payload: skillTarball({ name: 'limited-skill', version }),
      });
    // per address 2, per token 4 (twice as many): five addresses, one token
    const byToken = [];
    for (let i = 0; i < 5; i++)
      byToken.push((await from(`198.51.100.${i + 1}`, env.tokens.alice, `1.0.${i}`)).statusCode);
    assert.deepEqual(byToken, [202, 202, 202, 202, 429]);
    const byAddress = [];
    for (const t of [env.tokens.bob, env.tokens.mod, env.tokens.admin])
      byAddress.push((await from('203.0.113.9', t, '9.9.9')).statusCode);
    assert.equal(byAddress[2], 429, `third request from one address: ${byAddress.join(', ')}`);
    // bad tokens count too: a flood of guesses is cut off
    const guesses = [];
    for (let i = 0; i < 3; i++)
      guesses.push((await from('203.0.113.50', `sg_${String(i).repeat(43)}`, '1.0.0')).statusCode);
    assert.deepEqual(guesses, [401, 401, 429]);
  });
});

describe('slow requests', () => {
  it('the server bounds how long a request may take to arrive', async () => {
    const env = await testEnv();
    try {
      await env.app.ready();
      assert.equal(env.app.server.requestTimeout, 30_000);
    } finally {
      await env.close();
    }
  });
});
