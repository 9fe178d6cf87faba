import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, testEnv, type ErrorJson, type TestEnv } from './helpers.js';

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
    const limited = await post();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json<ErrorJson>().error.code, 'SKILLGATE_ERR_RATE_LIMITED');
    assert.ok(limited.headers['retry-after']);
    for (let i = 0; i < 5; i++)
      assert.equal((await env.app.inject({ url: '/v1/health' })).statusCode, 200);
  });
});
