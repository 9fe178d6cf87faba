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

  it('recovers when the server drops its connections', async () => {
    // warm the pool, then have PostgreSQL terminate every connection to this database
    assert.equal((await env.app.inject({ url: '/v1/search' })).statusCode, 200);
    await admin(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db}' and pid <> pg_backend_pid()`,
    );
    await new Promise((r) => setTimeout(r, 100));
    let status = 0;
    // the first query may still meet a dead connection; the pool replaces it
    for (let i = 0; i < 5 && status !== 200; i++)
      status = (await env.app.inject({ url: '/v1/skills/pg-skill' })).statusCode;
    assert.equal(status, 200);
  });
});
