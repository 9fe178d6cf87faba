import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ERROR_CODES } from '../errors.js';
import type { PipelineStage } from '../pipeline/types.js';
import {
  bearer,
  publishAndSettle,
  skillTarball,
  testEnv,
  type ErrorJson,
  type TestEnv,
} from './helpers.js';

const holdForReview: PipelineStage = {
  name: 'hold',
  state: 'scanning',
  run: () => Promise.resolve({ stop: 'review', reason: 'held for a moderator' }),
};

describe('errors and the OpenAPI document', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv();
  });
  after(() => env.close());

  it('serves an OpenAPI 3 document that lists every catalogue code', async () => {
    const res = await env.app.inject({ url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json<{
      openapi: string;
      info: { description: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      'x-skillgate-errors': Record<string, { status: number }>;
    }>();
    assert.match(doc.openapi, /^3\./);
    for (const code of ERROR_CODES) {
      assert.ok(doc.info.description.includes(code), `${code} missing from info.description`);
      assert.ok(doc['x-skillgate-errors'][code], `${code} missing from x-skillgate-errors`);
    }
    // the error body schema on a route enumerates the codes too
    const text = JSON.stringify(doc.paths['/v1/skills']);
    for (const code of ERROR_CODES)
      assert.ok(text.includes(code), `${code} missing from POST /v1/skills responses`);
    for (const p of [
      '/v1/search',
      '/v1/skills/{name}',
      '/v1/skills/{name}/versions/{version}/tarball',
      '/v1/tokens',
      '/v1/whoami',
    ]) {
      assert.ok(doc.paths[p], `${p} missing from the document`);
    }
    assert.ok(JSON.stringify(doc.paths['/v1/skills']).includes('application/gzip'));
  });

  it('unknown routes get the catalogue 404 body', async () => {
    for (const [method, url] of [
      ['GET', '/v1/nothing-here'],
      ['DELETE', '/v1/skills/x'],
      ['GET', '/index.html'],
    ] as const) {
      const res = await env.app.inject({ method, url });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json<ErrorJson>().error.code, 'SKILLGATE_ERR_NOT_FOUND');
    }
  });

  it('schema violations are 400 SKILLGATE_ERR_BAD_REQUEST naming the field', async () => {
    const cases: [string, string][] = [
      ['/v1/search?perPage=1000', 'querystring.perPage'],
      ['/v1/search?capability=network,disk', 'querystring.capability[0]'],
      ['/v1/search?sort=random', 'querystring.sort'],
      ['/v1/skills/Not_A_Name', 'params.name'],
    ];
    for (const [url, field] of cases) {
      const res = await env.app.inject({ url });
      assert.equal(res.statusCode, 400, url);
      const err = res.json<ErrorJson>().error;
      assert.equal(err.code, 'SKILLGATE_ERR_BAD_REQUEST');
      assert.equal(err.field, field, url);
    }
    const body = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: bearer(env.tokens.admin),
      payload: { user: 'x', roles: ['root'] },
    });
    assert.equal(body.statusCode, 400);
    assert.equal(body.json<ErrorJson>().error.field, 'body.roles[0]');
  });

  it('JSON parse errors, empty bodies, big JSON bodies and bad content types get catalogue errors', async () => {
    const h = { ...bearer(env.tokens.admin), 'content-type': 'application/json' };
    const broken = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: h,
      payload: '{"user": ',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json<ErrorJson>().error.code, 'SKILLGATE_ERR_BAD_REQUEST');
    const empty = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: h,
      payload: '',
    });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json<ErrorJson>().error.code, 'SKILLGATE_ERR_BAD_REQUEST');
    const big = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: h,
      payload: JSON.stringify({ user: 'x'.repeat(100_000) }),
    });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json<ErrorJson>().error.code, 'SKILLGATE_ERR_PAYLOAD_TOO_LARGE');
    const xml = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: { ...h, 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    assert.equal(xml.statusCode, 415);
    assert.equal(xml.json<ErrorJson>().error.code, 'SKILLGATE_ERR_UNSUPPORTED_MEDIA_TYPE');
    const badUrl = await env.app.inject({ url: '/v1/skills/%E0%A4%A' });
    assert.equal(badUrl.statusCode, 400);
    assert.equal(badUrl.json<ErrorJson>().error.code, 'SKILLGATE_ERR_BAD_REQUEST');
  });
});

describe('auth and tokens', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv();
  });
  after(() => env.close());

  it('whoami needs a valid bearer token', async () => {
    const ok = await env.app.inject({ url: '/v1/whoami', headers: bearer(env.tokens.alice) });
    assert.deepEqual(ok.json(), { user: 'alice', roles: ['publisher'] });
    const none = await env.app.inject({ url: '/v1/whoami' });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json<ErrorJson>().error.code, 'SKILLGATE_ERR_UNAUTHORIZED');
    const basic = await env.app.inject({
      url: '/v1/whoami',
      headers: { authorization: 'Basic YTpi' },
    });
    assert.equal(basic.statusCode, 401);
  });

  it('only admins create tokens; a new token works and creates its user', async () => {
    const snap = await env.snapshot();
    const denied = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: bearer(env.tokens.mod),
      payload: { user: 'frank' },
    });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json<ErrorJson>().error.code, 'SKILLGATE_ERR_FORBIDDEN');
    assert.deepEqual(await env.snapshot(), snap);
    const res = await env.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: bearer(env.tokens.admin),
      payload: { user: 'frank', roles: ['publisher', 'moderator'], expiresInDays: 30 },
    });
    assert.equal(res.statusCode, 201, res.body);
    const t = res.json<{ token: string; user: string; roles: string[]; expiresAt: string }>();
    assert.match(t.token, /^sg_/);
    assert.deepEqual(t.roles, ['publisher', 'moderator']);
    const who = await env.app.inject({ url: '/v1/whoami', headers: bearer(t.token) });
    assert.equal(who.json<{ user: string }>().user, 'frank');
    assert.equal(await env.store.userExists('frank'), true);
  });

  it('only owners and moderators see versions that are not published', async () => {
    const held = await testEnv({ stages: [holdForReview] });
    try {
      const res = await publishAndSettle(
        held,
        held.tokens.alice,
        skillTarball({ name: 'held-skill' }),
      );
      assert.equal(res.statusCode, 202);
      for (const [who, token, status] of [
        ['public', undefined, 404],
        ['another publisher', held.tokens.bob, 404],
        ['owner', held.tokens.alice, 200],
        ['moderator', held.tokens.mod, 200],
      ] as const) {
        const headers = token ? bearer(token) : {};
        const skill = await held.app.inject({ url: '/v1/skills/held-skill', headers });
        assert.equal(skill.statusCode, status, who);
        const version = await held.app.inject({
          url: '/v1/skills/held-skill/versions/1.0.0',
          headers,
        });
        assert.equal(version.statusCode, status, who);
        if (status === 200) {
          assert.equal(version.json<{ state: string }>().state, 'review');
          assert.equal(
            skill.json<{ versions: { state: string }[] }>().versions[0]?.state,
            'review',
          );
        }
      }
    } finally {
      await held.close();
    }
  });

  it('adding an unknown user as owner is 404 naming the entry, and changes nothing', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'owned-skill' }));
    const snap = await env.snapshot();
    const res = await env.app.inject({
      method: 'PUT',
      url: '/v1/skills/owned-skill/owners',
      headers: bearer(env.tokens.alice),
      payload: { add: ['bob', 'ghost'] },
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json<ErrorJson>().error.field, 'add[1]');
    assert.deepEqual(await env.snapshot(), snap);
  });

  it('serves the trust root the deps provide, and the skill.json schema', async () => {
    const tr = await env.app.inject({ url: '/v1/trust-root' });
    assert.deepEqual(tr.json(), { kind: 'test-trust-root' });
    const schema = await env.app.inject({ url: '/v1/schema/skill.json' });
    assert.equal(schema.statusCode, 200);
    assert.ok(schema.json<{ properties: Record<string, unknown> }>().properties['capabilities']);
    assert.deepEqual((await env.app.inject({ url: '/v1/health' })).json(), { ok: true });
  });
});

describe('search over HTTP', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv();
    await publishAndSettle(
      env,
      env.tokens.alice,
      skillTarball({
        name: 'net-skill',
        capabilities: { network: ['api.example.com'] },
        description: 'Talks to an API',
      }),
    );
    await publishAndSettle(
      env,
      env.tokens.bob,
      skillTarball({
        name: 'exec-skill',
        capabilities: { exec: ['git'] },
        description: 'Runs git',
      }),
    );
  });
  after(() => env.close());

  it('filters by repeated and comma-separated capability kinds', async () => {
    const one = await env.app.inject({ url: '/v1/search?capability=exec' });
    assert.deepEqual(
      one.json<{ items: { name: string }[] }>().items.map((i) => i.name),
      ['exec-skill'],
    );
    const both = await env.app.inject({ url: '/v1/search?capability=exec,network' });
    assert.equal(both.json<{ total: number }>().total, 0);
    const rep = await env.app.inject({ url: '/v1/search?capability=network&capability=network' });
    assert.deepEqual(
      rep.json<{ items: { name: string }[] }>().items.map((i) => i.name),
      ['net-skill'],
    );
  });

  it('matches q, pages, and returns SkillSummary shapes', async () => {
    const res = await env.app.inject({ url: '/v1/search?q=api&perPage=1&page=1' });
    const body = res.json<{
      total: number;
      page: number;
      perPage: number;
      items: Record<string, unknown>[];
    }>();
    assert.equal(body.total, 1);
    assert.equal(body.perPage, 1);
    const item = body.items[0];
    assert.ok(item);
    assert.deepEqual(Object.keys(item).sort(), [
      'capabilities',
      'description',
      'name',
      'publishedAt',
      'publisher',
      'reviewed',
      'signed',
      'verdict',
      'version',
    ]);
    assert.equal(item['publisher'], 'alice');
    assert.equal(item['signed'], false);
  });
});
