/** The publish flow over HTTP with PostgreSQL as the metadata store (the scaled configuration). */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../store/open.js';
import {
  publish,
  publishAndSettle,
  skillTarball,
  testEnv,
  type ErrorJson,
  type TestEnv,
} from './helpers.js';

const PG_ADMIN = process.env['SKILLGATE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe('publish with PostgreSQL metadata', () => {
  const db = `skillgate_test_${randomBytes(6).toString('hex')}`;
  let env: TestEnv;
  before(async () => {
    await admin(`create database ${db}`);
    const url = new URL(PG_ADMIN);
    url.pathname = `/${db}`;
    env = await testEnv({ store: await openPostgresStore(url.toString(), 4) });
  });
  after(async () => {
    await env.close();
    await admin(`drop database if exists ${db} with (force)`);
  });

  it('publishes, then refuses a republish and a foreign name without changing state', async () => {
    const res = await publishAndSettle(env, env.tokens.alice, skillTarball({ name: 'pg-skill' }));
    assert.equal(res.statusCode, 202, res.body);
    const v = await env.app.inject({ url: '/v1/skills/pg-skill/versions/1.0.0' });
    assert.equal(v.json<{ state: string }>().state, 'published');
    const snap = await env.snapshot();
    const again = await publish(
      env.app,
      env.tokens.alice,
      skillTarball({ name: 'pg-skill', description: 'other' }),
    );
    assert.equal(again.json<ErrorJson>().error.code, 'SKILLGATE_ERR_VERSION_EXISTS');
    const foreign = await publish(
      env.app,
      env.tokens.bob,
      skillTarball({ name: 'pg-skill', version: '2.0.0' }),
    );
    assert.equal(foreign.json<ErrorJson>().error.code, 'SKILLGATE_ERR_NOT_OWNER');
    await env.app.skillgate.runner.idle();
    assert.deepEqual(await env.snapshot(), snap);
    const search = await env.app.inject({ url: '/v1/search?q=pg' });
    assert.equal(search.json<{ total: number }>().total, 1);
  });

  it('answers the first request after the server drops every connection', async (t) => {
    // Before the pool repeated a checkout's first statement, the request right after
    // pg_terminate_backend met a dead idle connection and answered 500 (20 of 20 tries).
    // one admin connection, so the next request follows the termination at once
    const killer = new pg.Client({ connectionString: PG_ADMIN });
    await killer.connect();
    t.after(() => killer.end());
    const terminate = () =>
      killer.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db}' and pid <> pg_backend_pid()`,
      );
    for (let round = 0; round < 5; round++) {
      // warm the pool with several idle connections, then have PostgreSQL terminate them all
      const warm = await Promise.all(
        Array.from({ length: 4 }, () => env.app.inject({ url: '/v1/search?q=pg' })),
      );
      assert.deepEqual(
        warm.map((r) => r.statusCode),
        [200, 200, 200, 200],
      );
      await terminate();
      const read = await env.app.inject({ url: '/v1/skills/pg-skill' });
      assert.equal(read.statusCode, 200, read.body);
      await terminate();
      const res = await publish(
        env.app,
        env.tokens.alice,
        skillTarball({ name: 'pg-skill', version: `3.0.${round}` }),
      );
      assert.equal(res.statusCode, 202, res.body);
    }
    await env.app.skillgate.runner.idle();
    const versions = await env.store.listVersions('pg-skill');
    assert.equal(versions.filter((v) => v.version.startsWith('3.0.')).length, 5);
  });
});
