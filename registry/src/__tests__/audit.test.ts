/** The hash-chained audit log: appends from concurrent writers, verification, tamper detection. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { checkChain, nextEntry } from '../audit/chain.js';
import { appendAudit, verifyAuditChain } from '../audit/log.js';
import { openPostgresStore, openSqliteStore } from '../store/open.js';
import { tempDir } from './helpers.js';

const PG_ADMIN = process.env['PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('audit chain (pure)', () => {
  it('links each entry to the previous hash and detects edits, removals and reordering', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const a = nextEntry(undefined, { actor: 'x', action: 'a', subject: 's', data: { n: 1 } }, at);
    const b = nextEntry(a, { actor: 'y', action: 'b', subject: 's', data: { z: 1, a: [2] } }, at);
    const c = nextEntry(b, { actor: 'z', action: 'c', subject: 't' }, at);
    assert.equal(b.prevHash, a.hash);
    assert.deepEqual(checkChain([a, b, c]), { ok: true, entries: 3, head: c.hash });
    const edited = { ...b, data: { z: 2, a: [2] } };
    assert.deepEqual(
      [checkChain([a, edited, c]).ok, (checkChain([a, edited, c]) as { seq: number }).seq],
      [false, 2],
    );
    assert.equal(checkChain([a, c]).ok, false);
    assert.equal(checkChain([b, a, c]).ok, false);
  });
});

describe('audit log on SQLite', () => {
  let dir: { dir: string; cleanup: () => Promise<void> };
  before(async () => {
    dir = await tempDir('sg-audit-');
  });
  after(() => dir.cleanup());

  it('verifies a real log and fails once one row is edited with raw SQL', async () => {
    const file = path.join(dir.dir, 'registry.db');
    const store = await openSqliteStore(file);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(store, { actor: 'root', action: 'token.create', subject: `u${i}` }),
      ),
    );
    const ok = await verifyAuditChain(store, 7);
    assert.equal(ok.ok, true);
    assert.equal(ok.entries, 20);
    await store.close();

    const raw = new SqliteDatabase(file);
    raw.prepare(`update audit_log set actor = 'mallory' where seq = 11`).run();
    raw.close();
    const reopened = await openSqliteStore(file);
    const bad = await verifyAuditChain(reopened);
    assert.equal(bad.ok, false);
    assert.equal((bad as { seq: number }).seq, 11);
    await reopened.close();
  });
});

describe('audit log on PostgreSQL', () => {
  const db = `sg_audit_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  const url = PG_ADMIN.replace(/\/[^/]*$/, `/${db}`);
  before(async () => {
    await admin.connect();
    await admin.query(`create database ${db}`);
  });
  after(async () => {
    await admin.query(`drop database if exists ${db}`);
    await admin.end();
  });

  it('two stores appending at once never fork the chain', async () => {
    const s1 = await openPostgresStore(url, 4);
    const s2 = await openPostgresStore(url, 4);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        appendAudit(i % 2 ? s1 : s2, { actor: 'p', action: 'x', subject: `s${i}` }),
      ),
    );
    const check = await verifyAuditChain(s1);
    assert.deepEqual([check.ok, check.entries], [true, 30]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`update audit_log set data = '{"forged":true}' where seq = 5`);
    await c.end();
    const bad = await verifyAuditChain(s2);
    assert.equal(bad.ok, false);
    await s1.close();
    await s2.close();
  });
});
