import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { digestsOf } from '@skillgate/format';
import type { PipelineStage } from '../pipeline/types.js';
import {
  bearer,
  publish,
  publishAndSettle,
  rawTarball,
  skillTarball,
  testEnv,
  type ErrorJson,
  type TestEnv,
} from './helpers.js';

/** Asserts a refused request left every table and the blob store exactly as they were. */
async function assertUnchanged(env: TestEnv, before: Awaited<ReturnType<TestEnv['snapshot']>>) {
  await env.app.skillgate.runner.idle();
  assert.deepEqual(await env.snapshot(), before);
}

describe('publish: happy path', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv();
  });
  after(() => env.close());

  it('accepts a tarball with 202 and runs it through to published', async () => {
    const tgz = skillTarball({ capabilities: { network: ['api.example.com'] } });
    const res = await publish(env.app, env.tokens.alice, tgz);
    assert.equal(res.statusCode, 202, res.body);
    const body = res.json<{
      name: string;
      version: string;
      state: string;
      links: { version: string };
    }>();
    assert.equal(body.name, 'hello-skill');
    assert.equal(body.version, '1.0.0');
    assert.equal(body.state, 'received');
    await env.app.skillgate.runner.idle();
    const v = await env.app.inject({ url: body.links.version });
    assert.equal(v.statusCode, 200, v.body);
    const detail = v.json<{
      state: string;
      signed: boolean;
      history: { state: string; stage?: string }[];
      integrity: { sha256: string };
    }>();
    assert.equal(detail.state, 'published');
    assert.equal(detail.signed, false);
    assert.deepEqual(
      detail.history.map((h) => `${h.state}/${h.stage ?? ''}`),
      ['received/upload', 'validating/validate', 'published/publish'],
    );
    assert.equal(detail.integrity.sha256, digestsOf(tgz).sha256);
    // the first publisher owns the name
    const skill = await env.app.inject({ url: '/v1/skills/hello-skill' });
    assert.deepEqual(skill.json<{ owners: string[]; distTags: { latest: string } }>().owners, [
      'alice',
    ]);
    assert.equal(skill.json<{ distTags: { latest: string } }>().distTags.latest, '1.0.0');
  });

  it('serves the tarball with its digests, supports HEAD and If-None-Match', async () => {
    const tgz = skillTarball({ capabilities: { network: ['api.example.com'] } });
    const { sha256, integrity } = digestsOf(tgz);
    const url = '/v1/skills/hello-skill/versions/1.0.0/tarball';
    const res = await env.app.inject({ url });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/gzip');
    assert.equal(res.headers['etag'], `"${sha256}"`);
    assert.equal(res.headers['x-skillgate-sha256'], sha256);
    assert.equal(res.headers['x-skillgate-integrity'], integrity);
    assert.ok(res.rawPayload.equals(tgz));
    const head = await env.app.inject({ method: 'HEAD', url });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['etag'], `"${sha256}"`);
    assert.equal(head.rawPayload.length, 0);
    const cached = await env.app.inject({ url, headers: { 'if-none-match': `"${sha256}"` } });
    assert.equal(cached.statusCode, 304);
    const md = await env.app.inject({ url: '/v1/skills/hello-skill/versions/1.0.0/skill-md' });
    assert.equal(md.statusCode, 200);
    assert.match(String(md.headers['content-type']), /^text\/markdown/);
    assert.match(md.body, /^---\nname: hello-skill/);
  });

  it('republishing a published version is 409 SKILLGATE_ERR_VERSION_EXISTS and changes nothing', async () => {
    const snap = await env.snapshot();
    const res = await publish(
      env.app,
      env.tokens.alice,
      skillTarball({ description: 'different bytes, same version' }),
    );
    assert.equal(res.statusCode, 409);
    assert.equal(res.json<ErrorJson>().error.code, 'SKILLGATE_ERR_VERSION_EXISTS');
    await assertUnchanged(env, snap);
  });

  it("publishing under someone else's name is 403 SKILLGATE_ERR_NOT_OWNER and changes nothing", async () => {
    const snap = await env.snapshot();
    const res = await publish(env.app, env.tokens.bob, skillTarball({ version: '2.0.0' }));
    assert.equal(res.statusCode, 403);
    assert.equal(res.json<ErrorJson>().error.code, 'SKILLGATE_ERR_NOT_OWNER');
    await assertUnchanged(env, snap);
  });

  it("a new name that reads like another publisher's skill is 409 SKILLGATE_ERR_NAME_CONFUSABLE, nothing stored", async () => {
    for (const name of ['he11o-skill', 'hell0-skill', 'hello-ski1l']) {
      const snap = await env.snapshot();
      const res = await publish(env.app, env.tokens.bob, skillTarball({ name }));
      assert.equal(res.statusCode, 409, res.body);
      const err = res.json<ErrorJson>().error;
      assert.equal(err.code, 'SKILLGATE_ERR_NAME_CONFUSABLE');
      assert.equal(err.field, 'name');
      assert.match(err.message, /hello-skill/);
      await assertUnchanged(env, snap);
    }
    // the owner of hello-skill may take a lookalike of their own name
    const own = await publishAndSettle(
      env,
      env.tokens.alice,
      skillTarball({ name: 'he11o-skill' }),
    );
    assert.equal(own.statusCode, 202, own.body);
  });

  it('owners can add owners, who may then publish', async () => {
    const notOwner = await env.app.inject({
      method: 'PUT',
      url: '/v1/skills/hello-skill/owners',
      headers: bearer(env.tokens.bob),
      payload: { add: ['bob'] },
    });
    assert.equal(notOwner.statusCode, 403);
    const add = await env.app.inject({
      method: 'PUT',
      url: '/v1/skills/hello-skill/owners',
      headers: bearer(env.tokens.alice),
      payload: { add: ['bob'] },
    });
    assert.equal(add.statusCode, 200, add.body);
    assert.deepEqual(add.json<{ owners: string[] }>().owners.sort(), ['alice', 'bob']);
    const last = await env.app.inject({
      method: 'PUT',
      url: '/v1/skills/hello-skill/owners',
      headers: bearer(env.tokens.alice),
      payload: { remove: ['alice', 'bob'] },
    });
    assert.equal(last.statusCode, 400);
    assert.equal(last.json<ErrorJson>().error.field, 'remove');
    const res = await publishAndSettle(env, env.tokens.bob, skillTarball({ version: '1.1.0' }));
    assert.equal(res.statusCode, 202, res.body);
    const skill = await env.app.inject({ url: '/v1/skills/hello-skill' });
    assert.equal(skill.json<{ distTags: { latest: string } }>().distTags.latest, '1.1.0');
  });
});

describe('publish: refused uploads change no stored state', () => {
  let env: TestEnv;
  before(async () => {
    env = await testEnv({ options: { maxUploadBytes: 64 * 1024 } });
  });
  after(() => env.close());

  const cases: {
    title: string;
    token: (e: TestEnv) => string | undefined;
    body: () => Buffer;
    status: number;
    code: string;
    field?: string;
    reason?: string;
    contentType?: string;
  }[] = [
    {
      title: 'missing token',
      token: () => undefined,
      body: () => skillTarball(),
      status: 401,
      code: 'SKILLGATE_ERR_UNAUTHORIZED',
    },
    {
      title: 'unknown token',
      token: () => `sg_${'A'.repeat(43)}`,
      body: () => skillTarball(),
      status: 401,
      code: 'SKILLGATE_ERR_UNAUTHORIZED',
    },
    {
      title: 'malformed token',
      token: () => 'not-a-token',
      body: () => skillTarball(),
      status: 401,
      code: 'SKILLGATE_ERR_UNAUTHORIZED',
    },
    {
      title: 'oversized upload',
      token: (e) => e.tokens.alice,
      body: () => skillTarball({ files: { 'assets/noise.bin': randomish(200 * 1024) } }),
      status: 413,
      code: 'SKILLGATE_ERR_PAYLOAD_TOO_LARGE',
    },
    {
      title: 'skill.json missing a field',
      token: (e) => e.tokens.alice,
      body: () =>
        skillTarball({
          skillJson: JSON.stringify({ name: 'hello-skill', version: '1.0.0', capabilities: {} }),
        }),
      status: 400,
      code: 'SKILLGATE_ERR_MANIFEST_INVALID',
      field: 'description',
      reason: 'MANIFEST_INVALID',
    },
    {
      title: 'skill.json with a bad network entry',
      token: (e) => e.tokens.alice,
      body: () => skillTarball({ capabilities: { network: ['http://api.example.com/x'] } }),
      status: 400,
      code: 'SKILLGATE_ERR_MANIFEST_INVALID',
      field: 'capabilities.network[0]',
    },
    {
      title: 'skill.json that is not semver',
      token: (e) => e.tokens.alice,
      body: () => skillTarball({ version: '1.0.0.0' }),
      status: 400,
      code: 'SKILLGATE_ERR_MANIFEST_INVALID',
      field: 'version',
    },
    {
      title: 'skill.json that is not JSON',
      token: (e) => e.tokens.alice,
      body: () => skillTarball({ skillJson: '{ "name": ' }),
      status: 400,
      code: 'SKILLGATE_ERR_MANIFEST_INVALID',
      field: 'skill.json',
      reason: 'MANIFEST_JSON',
    },
    {
      title: 'SKILL.md name differs from skill.json',
      token: (e) => e.tokens.alice,
      body: () => skillTarball({ skillMdName: 'other-skill' }),
      status: 400,
      code: 'SKILLGATE_ERR_MANIFEST_INVALID',
      field: 'name',
      reason: 'NAME_MISMATCH',
    },
    {
      title: 'archive with a path climbing out',
      token: (e) => e.tokens.alice,
      body: () =>
        rawTarball([
          { path: 'skill.json', body: '{}' },
          { path: '../../etc/cron.d/x', body: 'x' },
        ]),
      status: 400,
      code: 'SKILLGATE_ERR_ARCHIVE_INVALID',
      reason: 'UNPACK_PATH_TRAVERSAL',
    },
    {
      title: 'archive with a symlink',
      token: (e) => e.tokens.alice,
      body: () =>
        rawTarball([{ path: 'key', type: 'SymbolicLink', linkpath: '/home/user/.ssh/id_rsa' }]),
      status: 400,
      code: 'SKILLGATE_ERR_ARCHIVE_INVALID',
      field: 'key',
      reason: 'UNPACK_SYMLINK',
    },
    {
      title: 'archive with duplicate entries',
      token: (e) => e.tokens.alice,
      body: () =>
        rawTarball([
          { path: 'SKILL.md', body: 'a' },
          { path: 'SKILL.md', body: 'b' },
        ]),
      status: 400,
      code: 'SKILLGATE_ERR_ARCHIVE_INVALID',
      reason: 'UNPACK_DUPLICATE',
    },
    {
      title: 'bytes that are not gzip',
      token: (e) => e.tokens.alice,
      body: () => Buffer.from('this is not a tarball'),
      status: 400,
      code: 'SKILLGATE_ERR_ARCHIVE_INVALID',
      reason: 'UNPACK_CORRUPT',
    },
    {
      title: 'a JSON body instead of a tarball',
      token: (e) => e.tokens.alice,
      body: () => Buffer.from('{"name":"x"}'),
      contentType: 'application/json',
      status: 415,
      code: 'SKILLGATE_ERR_UNSUPPORTED_MEDIA_TYPE',
    },
    {
      title: 'an unsupported content type',
      token: (e) => e.tokens.alice,
      body: () => skillTarball(),
      contentType: 'text/plain',
      status: 415,
      code: 'SKILLGATE_ERR_UNSUPPORTED_MEDIA_TYPE',
    },
  ];

  for (const c of cases) {
    it(`${c.title} → ${c.status} ${c.code}`, async () => {
      const snap = await env.snapshot();
      const res = await publish(env.app, c.token(env), c.body(), c.contentType);
      assert.equal(res.statusCode, c.status, res.body);
      const err = res.json<ErrorJson>().error;
      assert.equal(err.code, c.code);
      assert.ok(err.message.length > 0);
      if (c.field !== undefined) assert.equal(err.field, c.field, err.message);
      if (c.reason !== undefined) assert.equal(err.reason, c.reason, err.message);
      await assertUnchanged(env, snap);
    });
  }

  it('a moderator-only token still needs the publisher role to be implied (admin can publish)', async () => {
    const res = await publishAndSettle(
      env,
      env.tokens.admin,
      skillTarball({ name: 'admin-skill' }),
    );
    assert.equal(res.statusCode, 202, res.body);
  });
});

/** Not random: a fixed pseudo-random sequence that gzip cannot shrink. */
function randomish(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('pipeline: stages decide the final state', () => {
  let env: TestEnv;
  const marker = (name: string) => name.startsWith('bad-');
  const scan: PipelineStage = {
    name: 'test-scan',
    state: 'scanning',
    async run(ctx) {
      const { manifest } = await ctx.unpack();
      if (marker(manifest.name))
        return {
          stop: 'rejected',
          reason: 'test scanner refused it',
          verdict: 'fail',
          report: { verdict: 'fail' },
        };
      if (manifest.name.startsWith('iffy-'))
        return { ok: true, verdict: 'review', report: { verdict: 'review' } };
      if (manifest.name.startsWith('boom-')) throw new Error('scanner crashed');
      return { ok: true, verdict: 'pass', report: { verdict: 'pass', findings: [] } };
    },
  };
  const sign: PipelineStage = {
    name: 'test-sign',
    state: 'signing',
    async run(ctx) {
      return {
        ok: true,
        bundle: Buffer.from(
          JSON.stringify({ subject: ctx.version.digests.sha256, verdict: ctx.verdict }),
        ),
      };
    },
  };
  before(async () => {
    env = await testEnv({ stages: [scan, sign] });
  });
  after(() => env.close());

  const stateOf = async (name: string, version = '1.0.0', token?: string) =>
    (
      await env.app.inject({
        url: `/v1/skills/${name}/versions/${version}`,
        headers: token ? bearer(token) : {},
      })
    ).json<{
      state: string;
      reason?: string;
      verdict?: string;
      signed: boolean;
      history: { state: string }[];
    }>();

  it('pass → scanning → signing → published, signed, with report and attestation', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'good-skill' }));
    const d = await stateOf('good-skill');
    assert.equal(d.state, 'published');
    assert.equal(d.signed, true);
    assert.equal(d.verdict, 'pass');
    assert.deepEqual(
      d.history.map((h) => h.state),
      ['received', 'validating', 'scanning', 'signing', 'published'],
    );
    const att = await env.app.inject({ url: '/v1/skills/good-skill/versions/1.0.0/attestation' });
    assert.equal(att.statusCode, 200);
    assert.equal(att.json<{ verdict: string }>().verdict, 'pass');
    const rep = await env.app.inject({ url: '/v1/skills/good-skill/versions/1.0.0/report' });
    assert.deepEqual(rep.json(), { verdict: 'pass', findings: [] });
  });

  it('a rejected version is never served, its report is visible to the owner only, and it may be uploaded again', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'bad-skill' }));
    const d = await stateOf('bad-skill', '1.0.0', env.tokens.alice);
    assert.equal(d.state, 'rejected');
    assert.equal(d.reason, 'test scanner refused it');
    assert.equal(
      (await env.app.inject({ url: '/v1/skills/bad-skill/versions/1.0.0' })).statusCode,
      404,
    );
    const tb = await env.app.inject({
      url: '/v1/skills/bad-skill/versions/1.0.0/tarball',
      headers: bearer(env.tokens.alice),
    });
    assert.equal(tb.statusCode, 404);
    assert.equal(tb.json<ErrorJson>().error.code, 'SKILLGATE_ERR_NOT_PUBLISHED');
    assert.equal(
      (await env.app.inject({ url: '/v1/skills/bad-skill/versions/1.0.0/report' })).statusCode,
      404,
    );
    const rep = await env.app.inject({
      url: '/v1/skills/bad-skill/versions/1.0.0/report',
      headers: bearer(env.tokens.alice),
    });
    assert.equal(rep.statusCode, 200);
    assert.equal(
      (
        await env.app.inject({
          url: '/v1/skills/bad-skill/versions/1.0.0/report',
          headers: bearer(env.tokens.bob),
        })
      ).statusCode,
      404,
    );
    assert.equal(
      (
        await env.app.inject({
          url: '/v1/skills/bad-skill/versions/1.0.0/report',
          headers: bearer(env.tokens.mod),
        })
      ).statusCode,
      200,
    );
    // uploading 1.0.0 again is allowed because it was rejected and never served
    const again = await publish(
      env.app,
      env.tokens.alice,
      skillTarball({ name: 'bad-skill', description: 'fixed' }),
    );
    assert.equal(again.statusCode, 202, again.body);
    await env.app.skillgate.runner.idle();
  });

  it('a review verdict stops in review, unsigned and not downloadable', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'iffy-skill' }));
    const d = await stateOf('iffy-skill', '1.0.0', env.tokens.alice);
    assert.equal(d.state, 'review');
    assert.equal(d.verdict, 'review');
    assert.equal(d.signed, false);
    const again = await publish(env.app, env.tokens.alice, skillTarball({ name: 'iffy-skill' }));
    assert.equal(again.statusCode, 409, 'a version waiting for review is taken');
  });

  it('a stage that throws rejects the version with the reason, nothing stays in flight', async () => {
    await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'boom-skill' }));
    const d = await stateOf('boom-skill', '1.0.0', env.tokens.alice);
    assert.equal(d.state, 'rejected');
    assert.match(d.reason ?? '', /test-scan failed: scanner crashed/);
    assert.deepEqual(await env.store.listUnfinished(), []);
  });

  it('search lists only published skills', async () => {
    const r = await env.app.inject({ url: '/v1/search?sort=name' });
    assert.equal(r.statusCode, 200);
    const names = r.json<{ items: { name: string }[] }>().items.map((i) => i.name);
    assert.deepEqual(names, ['good-skill']);
  });
});
