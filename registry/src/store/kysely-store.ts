/** The MetadataStore on kysely: one implementation for SQLite and PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import semver from 'semver';
import type { MetadataStore } from './metadata-store.js';
import {
  auditFromRow,
  capabilityKinds,
  likePattern,
  tokenFromRow,
  versionFromRow,
} from './rows.js';
import type { Database } from './schema.js';
import { nameSkeleton } from '../publish/lookalike.js';
import { nextEntry } from '../audit/chain.js';
import type {
  AuditEvent,
  AuditFilter,
  AuditHook,
  AuditRecord,
  DownloadRecord,
  Lookalike,
  HistoryEntry,
  NewToken,
  NewUpload,
  SearchHit,
  SearchQuery,
  SkillRecord,
  TableCounts,
  TokenRecord,
  Transition,
  UploadResult,
  VersionRecord,
  VersionState,
} from './types.js';

const FINAL_OR_WAITING: VersionState[] = ['published', 'rejected', 'review', 'revoked', 'yanked'];

export interface KyselyStoreOptions {
  dialect: 'sqlite' | 'postgres';
  /** true when an error is a unique-constraint violation of this database */
  isUniqueViolation: (e: unknown) => boolean;
  now?: () => Date;
}

/** The highest published version: releases before prereleases, then by semver. */
export function pickLatest(versions: string[]): string | null {
  const valid = versions.filter((v) => semver.valid(v));
  const releases = valid.filter((v) => !semver.prerelease(v));
  const pool = releases.length > 0 ? releases : valid;
  return pool.sort(semver.rcompare)[0] ?? null;
}

export class KyselyMetadataStore implements MetadataStore {
  readonly dialect: 'sqlite' | 'postgres';
  private readonly now: () => Date;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly opts: KyselyStoreOptions,
  ) {
    this.dialect = opts.dialect;
    this.now = opts.now ?? (() => new Date());
  }

  private ts(): string {
    return this.now().toISOString();
  }

  async ensureUser(name: string): Promise<boolean> {
    const r = await this.db
      .insertInto('users')
      .values({ name, created_at: this.ts() })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async userExists(name: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('users')
      .select('name')
      .where('name', '=', name)
      .executeTakeFirst();
    return r !== undefined;
  }

  async insertToken(t: NewToken, audit?: AuditHook<TokenRecord>): Promise<TokenRecord> {
    const row = {
      id: t.id,
      user_name: t.user,
      hash: t.hash,
      roles: t.roles.join(','),
      created_at: this.ts(),
      expires_at: t.expiresAt,
      revoked_at: null,
    };
    return this.audited(async (tx) => {
      await tx.insertInto('tokens').values(row).execute();
      const back = await tx
        .selectFrom('tokens')
        .selectAll()
        .where('id', '=', t.id)
        .executeTakeFirstOrThrow();
      const token = tokenFromRow(back);
      if (audit) await this.appendIn(tx, audit(token));
      return token;
    });
  }

  async findTokenByHash(hash: string): Promise<TokenRecord | undefined> {
    const r = await this.db
      .selectFrom('tokens')
      .selectAll()
      .where('hash', '=', hash)
      .executeTakeFirst();
    return r && tokenFromRow(r);
  }

  async revokeToken(id: string, audit?: AuditHook<true>): Promise<boolean> {
    return this.audited(async (tx) => {
      const r = await tx
        .updateTable('tokens')
        .set({ revoked_at: this.ts() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      const ok = Number(r.numUpdatedRows) > 0;
      if (ok && audit) await this.appendIn(tx, audit(true));
      return ok;
    });
  }

  private async ownersOf(
    db: Kysely<Database> | Transaction<Database>,
    name: string,
  ): Promise<string[]> {
    const rows = await db
      .selectFrom('skill_owners')
      .select('user_name')
      .where('skill_name', '=', name)
      .orderBy('added_at')
      .orderBy('user_name')
      .execute();
    return rows.map((r) => r.user_name);
  }

  async getSkill(name: string): Promise<SkillRecord | undefined> {
    const r = await this.db
      .selectFrom('skills')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      name: r.name,
      description: r.description,
      latestVersion: r.latest_version,
      createdAt: r.created_at,
      owners: await this.ownersOf(this.db, name),
    };
  }

  private async lookalikes(
    db: Kysely<Database> | Transaction<Database>,
    name: string,
  ): Promise<Lookalike[]> {
    const rows = await db
      .selectFrom('skills')
      .select('name')
      .where('skeleton', '=', nameSkeleton(name))
      .where('name', '<>', name)
      .orderBy('name')
      .execute();
    const out: Lookalike[] = [];
    for (const r of rows) out.push({ name: r.name, owners: await this.ownersOf(db, r.name) });
    return out;
  }

  findLookalikes(name: string): Promise<Lookalike[]> {
    return this.lookalikes(this.db, name);
  }

  async updateOwners(
    name: string,
    change: { add: string[]; remove: string[] },
    audit?: AuditHook<string[]>,
  ): Promise<string[] | undefined> {
    return this.audited(async (tx) => {
      const at = this.ts();
      for (const user of change.add) {
        await tx
          .insertInto('skill_owners')
          .values({ skill_name: name, user_name: user, added_at: at })
          .onConflict((oc) => oc.columns(['skill_name', 'user_name']).doNothing())
          .execute();
      }
      if (change.remove.length > 0) {
        await tx
          .deleteFrom('skill_owners')
          .where('skill_name', '=', name)
          .where('user_name', 'in', change.remove)
          .execute();
      }
      const owners = await this.ownersOf(tx, name);
      // Throwing rolls the transaction back: a skill never loses its last owner.
      if (owners.length === 0) throw new NoOwnersLeft();
      if (audit) await this.appendIn(tx, audit(owners));
      return owners;
    }).catch((e: unknown) => {
      if (e instanceof NoOwnersLeft) return undefined;
      throw e;
    });
  }

  async recordUpload(u: NewUpload, audit?: AuditHook<VersionRecord>): Promise<UploadResult> {
    try {
      return await this.audited(async (tx): Promise<UploadResult> => {
        const at = this.ts();
        const known = await tx
          .selectFrom('skills')
          .select('name')
          .where('name', '=', u.name)
          .executeTakeFirst();
        if (!known) {
          // a new name may not read like another publisher's skill
          const clash = (await this.lookalikes(tx, u.name)).find(
            (l) => !l.owners.includes(u.publisher),
          );
          if (clash) return { ok: false, conflict: 'confusable', existing: clash.name };
        }
        const created = await tx
          .insertInto('skills')
          .values({
            name: u.name,
            description: u.manifest.description,
            latest_version: null,
            skeleton: nameSkeleton(u.name),
            created_at: at,
            updated_at: at,
          })
          .onConflict((oc) => oc.column('name').doNothing())
          .executeTakeFirst();
        if (Number(created.numInsertedOrUpdatedRows ?? 0n) > 0) {
          await tx
            .insertInto('skill_owners')
            .values({ skill_name: u.name, user_name: u.publisher, added_at: at })
            .execute();
        } else {
          const owners = await this.ownersOf(tx, u.name);
          if (!owners.includes(u.publisher)) return { ok: false, conflict: 'not-owner', owners };
        }
        const live = await tx
          .selectFrom('versions')
          .select('state')
          .where('skill_name', '=', u.name)
          .where('version', '=', u.version)
          .where('state', '<>', 'rejected')
          .executeTakeFirst();
        if (live)
          return { ok: false, conflict: 'version-exists', state: live.state as VersionState };
        const id = randomUUID();
        await tx
          .insertInto('versions')
          .values({
            id,
            skill_name: u.name,
            version: u.version,
            state: 'received',
            stage: 'upload',
            reason: null,
            verdict: null,
            manifest: JSON.stringify(u.manifest),
            description: u.manifest.description,
            cap_kinds: capabilityKinds(u.manifest),
            sha256: u.digests.sha256,
            sha512: u.digests.sha512,
            integrity: u.digests.integrity,
            size: u.size,
            skill_md: u.skillMd,
            report: null,
            bundle_digest: null,
            publisher: u.publisher,
            approver: null,
            created_at: at,
            updated_at: at,
            published_at: null,
          })
          .execute();
        await tx
          .insertInto('version_history')
          .values({
            version_id: id,
            state: 'received',
            stage: 'upload',
            reason: 'tarball received',
            at,
          })
          .execute();
        const row = await tx
          .selectFrom('versions')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const version = versionFromRow(row);
        if (audit) await this.appendIn(tx, audit(version));
        return { ok: true, version };
      });
    } catch (e) {
      // Two uploads of the same version raced: the partial unique index let only one through.
      if (this.opts.isUniqueViolation(e)) {
        const v = await this.getVersion(u.name, u.version);
        return { ok: false, conflict: 'version-exists', state: v?.state ?? 'received' };
      }
      throw e;
    }
  }

  async getVersion(name: string, version: string): Promise<VersionRecord | undefined> {
    const r = await this.db
      .selectFrom('versions')
      .selectAll()
      .where('skill_name', '=', name)
      .where('version', '=', version)
      // the live attempt if there is one, else the latest rejected attempt
      .orderBy(sql`case when state = 'rejected' then 1 else 0 end`)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r && versionFromRow(r);
  }

  async getDownload(name: string, version: string): Promise<DownloadRecord | undefined> {
    const r = await this.db
      .selectFrom('versions')
      .select(['state', 'sha256', 'integrity', 'size'])
      .where('skill_name', '=', name)
      .where('version', '=', version)
      .where('state', '<>', 'rejected')
      .executeTakeFirst();
    return (
      r && {
        state: r.state as VersionState,
        sha256: r.sha256,
        integrity: r.integrity,
        size: Number(r.size),
      }
    );
  }

  async getVersionById(id: string): Promise<VersionRecord | undefined> {
    const r = await this.db
      .selectFrom('versions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && versionFromRow(r);
  }

  async listVersions(name: string): Promise<VersionRecord[]> {
    const rows = await this.db
      .selectFrom('versions')
      .selectAll()
      .where('skill_name', '=', name)
      .orderBy('created_at', 'desc')
      .execute();
    const seen = new Set<string>();
    const out: VersionRecord[] = [];
    // newest attempt first, but a live attempt wins over rejected ones of the same version
    const ordered = [...rows].sort(
      (a, b) => Number(a.state === 'rejected') - Number(b.state === 'rejected'),
    );
    for (const r of ordered) {
      if (seen.has(r.version)) continue;
      seen.add(r.version);
      out.push(versionFromRow(r));
    }
    return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  async history(versionId: string): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom('version_history')
      .select(['state', 'stage', 'reason', 'at'])
      .where('version_id', '=', versionId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      state: r.state as VersionState,
      stage: r.stage,
      reason: r.reason,
      at: r.at,
    }));
  }

  async transition(
    versionId: string,
    t: Transition,
    audit?: AuditHook<VersionRecord>,
  ): Promise<VersionRecord | undefined> {
    return this.audited(async (tx) => {
      const at = this.ts();
      const set: Partial<Database['versions']> = {
        state: t.to,
        stage: t.stage,
        reason: t.reason ?? null,
        updated_at: at,
      };
      if (t.set?.verdict !== undefined) set.verdict = t.set.verdict;
      if (t.set?.report !== undefined) set.report = JSON.stringify(t.set.report);
      if (t.set?.bundleDigest !== undefined) set.bundle_digest = t.set.bundleDigest;
      if (t.set?.approver !== undefined) set.approver = t.set.approver;
      if (t.to === 'published') set.published_at = at;
      const r = await tx
        .updateTable('versions')
        .set(set)
        .where('id', '=', versionId)
        .where('state', 'in', [...t.from])
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return undefined;
      await tx
        .insertInto('version_history')
        .values({
          version_id: versionId,
          state: t.to,
          stage: t.stage,
          reason: t.reason ?? null,
          at,
        })
        .execute();
      const row = await tx
        .selectFrom('versions')
        .selectAll()
        .where('id', '=', versionId)
        .executeTakeFirstOrThrow();
      if (t.to === 'published') await this.refreshLatest(tx, row.skill_name, at);
      const version = versionFromRow(row);
      if (audit) await this.appendIn(tx, audit(version));
      return version;
    });
  }

  private async refreshLatest(tx: Transaction<Database>, name: string, at: string): Promise<void> {
    const rows = await tx
      .selectFrom('versions')
      .select(['version', 'description'])
      .where('skill_name', '=', name)
      .where('state', '=', 'published')
      .execute();
    const latest = pickLatest(rows.map((r) => r.version));
    const description = rows.find((r) => r.version === latest)?.description;
    await tx
      .updateTable('skills')
      .set({
        latest_version: latest,
        updated_at: at,
        ...(description !== undefined ? { description } : {}),
      })
      .where('name', '=', name)
      .execute();
  }

  async listUnfinished(): Promise<VersionRecord[]> {
    const rows = await this.db
      .selectFrom('versions')
      .selectAll()
      .where('state', 'not in', FINAL_OR_WAITING)
      .orderBy('created_at')
      .execute();
    return rows.map(versionFromRow);
  }

  async search(q: SearchQuery): Promise<{ total: number; items: SearchHit[] }> {
    let base = this.db
      .selectFrom('skills as s')
      .innerJoin('versions as v', (j) =>
        j.onRef('v.skill_name', '=', 's.name').onRef('v.version', '=', 's.latest_version'),
      )
      .where('v.state', '=', 'published');
    if (q.q) {
      const pat = likePattern(q.q);
      base = base.where(
        sql<boolean>`(lower(s.name) like ${pat} escape '\\' or lower(v.description) like ${pat} escape '\\')`,
      );
    }
    for (const kind of q.capabilities ?? [])
      base = base.where('v.cap_kinds', 'like', `%,${kind},%`);
    if (q.verdict) base = base.where('v.verdict', '=', q.verdict);
    if (q.reviewed !== undefined)
      base = base.where('v.approver', q.reviewed ? 'is not' : 'is', null);
    const count = await base
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    let rows = base.selectAll('v');
    rows =
      q.sort === 'name'
        ? rows.orderBy('s.name')
        : rows.orderBy('v.published_at', 'desc').orderBy('s.name');
    const page = await rows
      .limit(q.perPage)
      .offset((q.page - 1) * q.perPage)
      .execute();
    return {
      total: Number(count.n),
      items: page.map((r) => {
        const v = versionFromRow(r);
        return {
          name: v.name,
          description: v.description,
          version: v.version,
          publisher: v.publisher,
          manifest: v.manifest,
          verdict: v.verdict,
          signed: v.bundleDigest !== null,
          reviewed: v.approver !== null,
          publishedAt: v.publishedAt ?? v.updatedAt,
        };
      }),
    };
  }

  async listByState(
    states: readonly VersionState[],
    filter: { name?: string } = {},
  ): Promise<VersionRecord[]> {
    if (states.length === 0) return [];
    let q = this.db
      .selectFrom('versions')
      .selectAll()
      .where('state', 'in', [...states]);
    if (filter.name !== undefined) q = q.where('skill_name', '=', filter.name);
    const rows = await q.orderBy('created_at').execute();
    return rows.map(versionFromRow);
  }

  async appendAudit(make: (prev: AuditRecord | undefined) => AuditRecord): Promise<AuditRecord> {
    return this.audited(async (tx) => {
      const entry = make(await this.chainHead(tx));
      await this.insertAudit(tx, entry);
      return entry;
    });
  }

  /**
   * Runs a transaction that appends to the audit log. PostgreSQL: an advisory lock (taken by
   * `chainHead`) serialises appenders across processes; SQLite has one writer per database, but
   * another process (the CLI creating a token) can still read the same head first. The primary
   * key on seq is the backstop: a fork fails, rolls the whole change back, and the change is tried
   * again (every audited change is guarded by its own preconditions, so a retry is safe).
   */
  private async audited<R>(work: (tx: Transaction<Database>) => Promise<R>): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction().execute(work);
      } catch (e) {
        if (attempt < 20 && this.opts.isUniqueViolation(e) && /audit_log/.test(describe(e)))
          continue;
        throw e;
      }
    }
  }

  private async chainHead(tx: Transaction<Database>): Promise<AuditRecord | undefined> {
    if (this.dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(tx);
    const last = await tx
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return last && auditFromRow(last);
  }

  private async insertAudit(tx: Transaction<Database>, entry: AuditRecord): Promise<void> {
    await tx
      .insertInto('audit_log')
      .values({
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        subject: entry.subject,
        data: JSON.stringify(entry.data),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })
      .execute();
  }

  /** appends a change's audit entries inside the change's transaction */
  private async appendIn(tx: Transaction<Database>, events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    let prev = await this.chainHead(tx);
    for (const ev of events) {
      const entry = nextEntry(prev, ev, this.now());
      await this.insertAudit(tx, entry);
      prev = entry;
    }
  }

  async listAudit(filter: AuditFilter = {}): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('audit_log').selectAll();
    if (filter.subject !== undefined) q = q.where('subject', '=', filter.subject);
    if (filter.afterSeq !== undefined) q = q.where('seq', '>', filter.afterSeq);
    if (filter.limit !== undefined) q = q.limit(filter.limit);
    const rows = await q.orderBy('seq').execute();
    return rows.map(auditFromRow);
  }

  async claimAttestation(versionId: string, bundleDigest: string): Promise<string> {
    await this.db
      .insertInto('attestations')
      .values({ version_id: versionId, bundle_digest: bundleDigest, created_at: this.ts() })
      .onConflict((oc) => oc.column('version_id').doNothing())
      .execute();
    const won = await this.getAttestation(versionId);
    if (won === undefined) throw new Error(`attestation of version ${versionId} was not stored`);
    return won;
  }

  async getAttestation(versionId: string): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('attestations')
      .select('bundle_digest')
      .where('version_id', '=', versionId)
      .executeTakeFirst();
    return r?.bundle_digest;
  }

  async recordAppeal(versionId: string, user: string, message: string): Promise<boolean> {
    const r = await this.db
      .insertInto('appeals')
      .values({ version_id: versionId, user_name: user, message, at: this.ts() })
      .onConflict((oc) => oc.column('version_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async getAppeal(
    versionId: string,
  ): Promise<{ user: string; message: string; at: string } | undefined> {
    const r = await this.db
      .selectFrom('appeals')
      .selectAll()
      .where('version_id', '=', versionId)
      .executeTakeFirst();
    return r && { user: r.user_name, message: r.message, at: r.at };
  }

  async counts(): Promise<TableCounts> {
    const tables = [
      'users',
      'tokens',
      'skills',
      'skill_owners',
      'versions',
      'version_history',
    ] as const;
    const out = {} as TableCounts;
    for (const t of tables) {
      const r = await this.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

class NoOwnersLeft extends Error {}

/** an error's text and, for PostgreSQL, the table and constraint it names */
function describe(e: unknown): string {
  const pg = e as { table?: unknown; constraint?: unknown };
  return `${String(e)} ${String(pg.table ?? '')} ${String(pg.constraint ?? '')}`;
}

/** pg_advisory_xact_lock key of the audit log's appenders */
const AUDIT_LOCK = 0x5ad17;
