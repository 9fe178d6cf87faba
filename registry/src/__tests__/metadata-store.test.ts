/** One suite, run against SQLite and against the real local PostgreSQL (a fresh database per run). */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { digestsOf, type Manifest } from '@skillgate/format';
import pg from 'pg';
import { auditedStore } from '../audit/audited-store.js';
import { verifyAuditChain } from '../audit/log.js';
import { hashToken, issueToken, checkToken } from '../auth/tokens.js';
import { pickLatest } from '../store/kysely-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import { openPostgresStore, openSqliteStore } from '../store/open.js';
import type { NewUpload, VersionRecord } from '../store/types.js';
import { tempDir } from './helpers.js';

const PG_ADMIN = process.env['SKILLGATE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function upload(
  name: string,
  version: string,
  publisher: string,
  caps: Manifest['capabilities'] = {},
  description = `${name} does things`,
): NewUpload {
  const manifest: Manifest = { name, version, description, capabilities: caps };
  return {
    name,
    version,
    manifest,
    digests: digestsOf(Buffer.from(`${name}@${version}`)),
    size: 10,
    skillMd: `---\nname: ${name}\n---\n`,
    publisher,
  };
}

async function publishNow(
  store: MetadataStore,
  u: NewUpload,
  extra: { verdict?: 'pass'; approver?: string } = {},
): Promise<VersionRecord> {
  // distinct millisecond timestamps, so "recent" order is well defined
  await new Promise((r) => setTimeout(r, 3));
  const r = await store.recordUpload(u);
  assert.ok(r.ok, JSON.stringify(r));
  const id = r.version.id;
  await store.transition(id, { to: 'validating', stage: 'validate', from: ['received'] });
  const done = await store.transition(id, {
    to: 'published',
    stage: 'publish',
    from: ['validating'],
    set: extra,
  });
  assert.ok(done);
  return done;
}

function metadataSuite(
  label: string,
  open: () => Promise<{ store: MetadataStore; cleanup: () => Promise<void> }>,
) {
  describe(`MetadataStore on ${label}`, () => {
    let store: MetadataStore;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await open());
      for (const u of ['alice', 'bob', 'carol']) await store.ensureUser(u);
    });
    after(async () => {
      await store.close();
      await cleanup();
    });

    it('creates users once', async () => {
      assert.equal(await store.ensureUser('dave'), true);
      assert.equal(await store.ensureUser('dave'), false);
      assert.equal(await store.userExists('dave'), true);
      assert.equal(await store.userExists('nobody'), false);
    });

    it('stores tokens hashed, with roles, expiry and revocation', async () => {
      const t = await issueToken(store, { user: 'erin', roles: ['moderator'], expiresInDays: 1 });
      assert.match(t.token, /^sg_[A-Za-z0-9_-]{43}$/);
      const rec = await store.findTokenByHash(hashToken(t.token));
      assert.ok(rec);
      assert.deepEqual(rec.roles, ['moderator']);
      assert.equal(rec.user, 'erin');
      assert.ok(rec.expiresAt && Date.parse(rec.expiresAt) > Date.now());
      assert.equal(
        await store.findTokenByHash(t.token),
        undefined,
        'the clear token is not what is stored',
      );
      assert.equal((await checkToken(store, t.token)).ok, true);
      assert.equal(
        (await checkToken(store, t.token, new Date(Date.now() + 2 * 86_400_000))).ok,
        false,
        'expired tomorrow',
      );
      assert.equal(await store.revokeToken(t.id), true);
      assert.deepEqual(await checkToken(store, t.token), {
        ok: false,
        why: 'the token has been revoked',
      });
    });

    it('the first upload claims the name; others are refused; owners can add owners', async () => {
      const r = await store.recordUpload(upload('claim-me', '1.0.0', 'alice'));
      assert.ok(r.ok);
      assert.equal(r.version.state, 'received');
      const other = await store.recordUpload(upload('claim-me', '1.0.1', 'bob'));
      assert.deepEqual(other, { ok: false, conflict: 'not-owner', owners: ['alice'] });
      assert.deepEqual(
        (await store.updateOwners('claim-me', { add: ['bob'], remove: [] }))?.sort(),
        ['alice', 'bob'],
      );
      assert.ok((await store.recordUpload(upload('claim-me', '1.0.1', 'bob'))).ok);
      assert.deepEqual(await store.updateOwners('claim-me', { add: [], remove: ['alice'] }), [
        'bob',
      ]);
      const before = await store.counts();
      assert.equal(
        await store.updateOwners('claim-me', { add: [], remove: ['bob'] }),
        undefined,
        'the last owner stays',
      );
      assert.deepEqual(await store.counts(), before);
      assert.deepEqual((await store.getSkill('claim-me'))?.owners, ['bob']);
    });

    it('a live version refuses a second upload; a rejected one may be uploaded again', async () => {
      const first = await store.recordUpload(upload('again', '1.0.0', 'alice'));
      assert.ok(first.ok);
      const before = await store.counts();
      assert.deepEqual(await store.recordUpload(upload('again', '1.0.0', 'alice')), {
        ok: false,
        conflict: 'version-exists',
        state: 'received',
      });
      assert.deepEqual(await store.counts(), before, 'a refused upload writes nothing');
      await store.transition(first.version.id, {
        to: 'rejected',
        stage: 'validate',
        reason: 'nope',
        from: ['received'],
      });
      const second = await store.recordUpload(upload('again', '1.0.0', 'alice'));
      assert.ok(second.ok);
      assert.notEqual(second.version.id, first.version.id);
      assert.equal(
        (await store.getVersion('again', '1.0.0'))?.id,
        second.version.id,
        'the live attempt is the current one',
      );
      assert.equal((await store.listVersions('again')).length, 1);
    });

    it('concurrent uploads of the same version: exactly one wins', async () => {
      const results = await Promise.all(
        [0, 1, 2, 3].map(() => store.recordUpload(upload('racy', '1.0.0', 'carol'))),
      );
      assert.equal(results.filter((r) => r.ok).length, 1);
      assert.equal(results.filter((r) => !r.ok && r.conflict === 'version-exists').length, 3);
    });

    it('transitions are conditional, persisted with history, and publishing moves latest', async () => {
      const r = await store.recordUpload(upload('moving', '1.0.0', 'alice', { exec: ['git'] }));
      assert.ok(r.ok);
      const id = r.version.id;
      assert.equal(
        await store.transition(id, { to: 'scanning', stage: 'x', from: ['validating'] }),
        undefined,
        'not in validating',
      );
      const v1 = await store.transition(id, {
        to: 'validating',
        stage: 'validate',
        reason: 'validate started',
        from: ['received'],
      });
      assert.equal(v1?.state, 'validating');
      assert.equal(v1?.stage, 'validate');
      const v2 = await store.transition(id, {
        to: 'published',
        stage: 'publish',
        from: ['validating'],
        set: {
          verdict: 'pass',
          report: { findings: [1, 2] },
          bundleDigest: 'ab'.repeat(32),
          approver: 'maud',
        },
      });
      assert.equal(v2?.state, 'published');
      assert.equal(v2?.verdict, 'pass');
      assert.deepEqual(v2?.report, { findings: [1, 2] });
      assert.equal(v2?.bundleDigest, 'ab'.repeat(32));
      assert.equal(v2?.approver, 'maud');
      assert.ok(v2?.publishedAt && !Number.isNaN(Date.parse(v2.publishedAt)));
      const h = await store.history(id);
      assert.deepEqual(
        h.map((e) => [e.state, e.stage, e.reason]),
        [
          ['received', 'upload', 'tarball received'],
          ['validating', 'validate', 'validate started'],
          ['published', 'publish', null],
        ],
      );
      for (const e of h) assert.match(e.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal((await store.getSkill('moving'))?.latestVersion, '1.0.0');
      await publishNow(store, upload('moving', '1.2.0', 'alice'));
      await publishNow(store, upload('moving', '1.10.0-beta.1', 'alice'));
      await publishNow(store, upload('moving', '1.1.5', 'alice'));
      assert.equal(
        (await store.getSkill('moving'))?.latestVersion,
        '1.2.0',
        'highest release, not newest, not prerelease',
      );
      assert.deepEqual(
        (await store.listVersions('moving')).map((v) => v.version),
        ['1.1.5', '1.10.0-beta.1', '1.2.0', '1.0.0'],
      );
    });

    it("refuses a new name that reads like another publisher's skill, atomically", async () => {
      const before = await store.counts();
      const r = await store.recordUpload(upload('c1aim-me', '1.0.0', 'carol'));
      assert.deepEqual(r, { ok: false, conflict: 'confusable', existing: 'claim-me' });
      assert.deepEqual(await store.counts(), before);
      assert.deepEqual(await store.findLookalikes('c1airn-me'), [
        { name: 'claim-me', owners: ['bob'] },
      ]);
      assert.deepEqual(await store.findLookalikes('claim-me'), []);
    });

    it('a change and its audit entries commit together or not at all', async () => {
      const a = auditedStore(store);
      const entries = async () => (await store.listAudit({})).length;
      const n0 = await entries();
      const r = await a.recordUpload(upload('audited-tx', '1.0.0', 'alice'));
      assert.ok(r.ok);
      const id = r.version.id;
      assert.equal(await entries(), n0 + 1);
      const hist = (await store.history(id)).length;
      // the audit append fails: the move rolls back with it
      await assert.rejects(
        a.transition(id, { to: 'validating', stage: 'validate', from: ['received'] }, () => {
          throw new Error('the audit append failed');
        }),
        /the audit append failed/,
      );
      assert.equal((await store.getVersionById(id))?.state, 'received');
      assert.equal((await store.history(id)).length, hist);
      assert.equal(await entries(), n0 + 1);
      // a move that does not happen writes no entry
      assert.equal(
        await a.transition(id, { to: 'signing', stage: 'sign', from: ['scanning'] }, () => [
          { actor: 'x', action: 'never', subject: 'never' },
        ]),
        undefined,
      );
      assert.equal(await entries(), n0 + 1);
      // a move with the caller's entry: both entries, in order, in the chain
      const moved = await a.transition(
        id,
        { to: 'validating', stage: 'validate', from: ['received'] },
        (v) => [{ actor: 'mod', action: 'version.nudge', subject: `${v.name}@${v.version}` }],
      );
      assert.equal(moved?.state, 'validating');
      const log = await store.listAudit({});
      assert.deepEqual(
        log.slice(-2).map((e) => [e.action, e.actor]),
        [
          ['version.state', 'pipeline'],
          ['version.nudge', 'mod'],
        ],
      );
      // concurrent audited changes never fork the chain
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          a.recordUpload(upload(`audited-par-${i}`, '1.0.0', 'bob')),
        ),
      );
      const check = await verifyAuditChain(store);
      assert.deepEqual([check.ok, check.entries], [true, n0 + 3 + 12]);
    });

    it('lists unfinished versions for a restarted runner', async () => {
      const ids = (await store.listUnfinished()).map((v) => `${v.name}@${v.version}`);
      assert.ok(ids.includes('claim-me@1.0.0'));
      assert.ok(!ids.some((x) => x.startsWith('moving@')));
    });

    it('searches published skills by text, capability kinds, verdict, review; sorts and pages', async () => {
      await publishNow(
        store,
        upload(
          'pdf-tools',
          '1.0.0',
          'bob',
          { exec: ['pdftotext'], fs: { read: ['./**'] } },
          'Extract text from PDF files',
        ),
        { verdict: 'pass' },
      );
      await publishNow(
        store,
        upload(
          'weather',
          '0.1.0',
          'bob',
          { network: ['api.example.com'], env: ['EXAMPLE_KEY'] },
          'Weather 100%_sure',
        ),
        {
          verdict: 'pass',
          approver: 'maud',
        },
      );
      await publishNow(store, upload('zz-notes', '2.0.0', 'carol', {}, 'Plain notes'));
      const all = await store.search({ sort: 'name', page: 1, perPage: 100 });
      assert.deepEqual(
        all.items.map((i) => i.name),
        ['moving', 'pdf-tools', 'weather', 'zz-notes'],
      );
      assert.equal(all.total, 4);
      const pdf = await store.search({ q: 'PDF', sort: 'name', page: 1, perPage: 10 });
      assert.deepEqual(
        pdf.items.map((i) => i.name),
        ['pdf-tools'],
      );
      const pct = await store.search({ q: '100%_', sort: 'name', page: 1, perPage: 10 });
      assert.deepEqual(
        pct.items.map((i) => i.name),
        ['weather'],
        'LIKE wildcards in the query match literally',
      );
      assert.equal((await store.search({ q: '0%', sort: 'name', page: 1, perPage: 10 })).total, 1);
      const net = await store.search({
        capabilities: ['network', 'env'],
        sort: 'name',
        page: 1,
        perPage: 10,
      });
      assert.deepEqual(
        net.items.map((i) => i.name),
        ['weather'],
      );
      const fs = await store.search({ capabilities: ['fs'], sort: 'name', page: 1, perPage: 10 });
      assert.deepEqual(
        fs.items.map((i) => i.name),
        ['pdf-tools'],
      );
      const reviewed = await store.search({ reviewed: true, sort: 'name', page: 1, perPage: 10 });
      assert.deepEqual(
        reviewed.items.map((i) => i.name),
        ['weather'],
      );
      assert.equal(reviewed.items[0]?.reviewed, true);
      assert.equal(reviewed.items[0]?.signed, false);
      const pass = await store.search({ verdict: 'pass', sort: 'name', page: 1, perPage: 10 });
      assert.deepEqual(
        pass.items.map((i) => i.name),
        ['moving', 'pdf-tools', 'weather'].filter((n) => n !== 'moving'),
      );
      const recent = await store.search({ sort: 'recent', page: 1, perPage: 2 });
      assert.equal(recent.total, 4);
      assert.deepEqual(
        recent.items.map((i) => i.name),
        ['zz-notes', 'weather'],
      );
      const page2 = await store.search({ sort: 'recent', page: 2, perPage: 2 });
      assert.deepEqual(
        page2.items.map((i) => i.name),
        ['pdf-tools', 'moving'],
      );
      const latest = all.items.find((i) => i.name === 'moving');
      assert.equal(latest?.version, '1.2.0');
    });
  });
}

metadataSuite('SQLite', async () => {
  const { dir, cleanup } = await tempDir();
  return { store: await openSqliteStore(path.join(dir, 'registry.db')), cleanup };
});

metadataSuite('PostgreSQL', async () => {
  const db = `skillgate_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${db}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${db}`;
  const store = await openPostgresStore(url.toString(), 4);
  return {
    store,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    },
  };
});

describe('pickLatest', () => {
  it('prefers the highest release, then the highest prerelease', () => {
    assert.equal(pickLatest(['1.0.0', '1.10.0', '1.9.9', '2.0.0-rc.1']), '1.10.0');
    assert.equal(pickLatest(['2.0.0-rc.1', '2.0.0-rc.2']), '2.0.0-rc.2');
    assert.equal(pickLatest([]), null);
  });
});
