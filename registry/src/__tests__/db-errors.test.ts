/** A lost database connection is a 503 the client can retry, never a 500; real errors from a real server. */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import pg from 'pg';
import { toRegistryError } from '../plugins/error-mapping.js';
import { connectionLost } from '../store/pg-pool.js';

const PG_ADMIN = process.env['SKILLGATE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const req = { id: 'req-1', contentType: undefined, bodyLimit: undefined };

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  assert.fail('expected an error');
}

/** a loopback port nobody listens on */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('database connection errors', () => {
  it('a transaction whose backend is terminated answers 503 naming the database', async () => {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    const victim = new pg.Client({ connectionString: PG_ADMIN });
    await Promise.all([admin.connect(), victim.connect()]);
    victim.on('error', () => undefined);
    try {
      await victim.query('begin');
      const pid = (await victim.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!
        .pid;
      await admin.query('select pg_terminate_backend($1)', [pid]);
      const e = await caught(victim.query('select 1'));
      assert.equal(connectionLost(e), 'database');
      const mapped = toRegistryError(e, req);
      assert.equal(mapped.statusCode, 503);
      assert.match(JSON.stringify(mapped.toBody()), /metadata database is not reachable/);
    } finally {
      await admin.end();
      await victim.end().catch(() => undefined);
    }
  });

  it('a refused connection is 503; a statement the server rejects stays a 500', async () => {
    const port = await closedPort();
    const refused = await caught(
      new pg.Client({ host: '127.0.0.1', port, user: 'postgres' }).connect(),
    );
    assert.equal(connectionLost(refused), 'socket');
    assert.equal(toRegistryError(refused, req).statusCode, 503);

    const c = new pg.Client({ connectionString: PG_ADMIN });
    await c.connect();
    try {
      const bad = await caught(c.query('select * from no_such_table_here'));
      assert.equal(connectionLost(bad), false);
      assert.equal(toRegistryError(bad, req).statusCode, 500);
    } finally {
      await c.end();
    }
    assert.equal(connectionLost(new Error('boom')), false);
    assert.equal(connectionLost(undefined), false);
  });
});
