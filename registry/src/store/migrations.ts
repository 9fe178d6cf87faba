import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { nameSkeleton } from '../publish/lookalike.js';

type Dialect = 'sqlite' | 'postgres';

function initial(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_name', 'text', (c) => c.notNull().references('users.name'))
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts)
        .addColumn('revoked_at', ts)
        .execute();
      await db.schema
        .createTable('skills')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('latest_version', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('skill_owners')
        .addColumn('skill_name', 'text', (c) => c.notNull().references('skills.name'))
        .addColumn('user_name', 'text', (c) => c.notNull().references('users.name'))
        .addColumn('added_at', ts, (c) => c.notNull())
        .addPrimaryKeyConstraint('skill_owners_pk', ['skill_name', 'user_name'])
        .execute();
      await db.schema
        .createTable('versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('skill_name', 'text', (c) => c.notNull().references('skills.name'))
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('stage', 'text')
        .addColumn('reason', 'text')
        .addColumn('verdict', 'text')
        .addColumn('manifest', json, (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('cap_kinds', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('sha512', 'text', (c) => c.notNull())
        .addColumn('integrity', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('skill_md', 'text', (c) => c.notNull())
        .addColumn('report', json)
        .addColumn('bundle_digest', 'text')
        .addColumn('publisher', 'text', (c) => c.notNull().references('users.name'))
        .addColumn('approver', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addColumn('published_at', ts)
        .execute();
      // One live attempt per name@version: only rejected attempts may coexist with a new upload.
      await db.schema
        .createIndex('versions_live_unique')
        .on('versions')
        .columns(['skill_name', 'version'])
        .unique()
        .where(sql.ref('state'), '<>', 'rejected')
        .execute();
      await db.schema.createIndex('versions_state').on('versions').column('state').execute();
      await db.schema
        .createTable('version_history')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('stage', 'text')
        .addColumn('reason', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('version_history_version')
        .on('version_history')
        .column('version_id')
        .execute();
    },
  };
}

/** Issue 6: the hash-chained audit log, one attestation per version, one appeal per version. */
function pipelineTables(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        // assigned as previous + 1 inside the appending transaction; the key refuses a fork
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema.createIndex('audit_log_subject').on('audit_log').column('subject').execute();
      await db.schema
        .createTable('attestations')
        // one bundle per version attempt, whoever signs first wins (the sign stage reuses it)
        .addColumn('version_id', 'text', (c) => c.primaryKey().references('versions.id'))
        .addColumn('bundle_digest', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('appeals')
        .addColumn('version_id', 'text', (c) => c.primaryKey().references('versions.id'))
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute();
    },
  };
}

/** 0002: name skeletons for lookalike checks, backfilled for skills that exist. */
const skeletons: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('skills').addColumn('skeleton', 'text').execute();
    const rows = await sql<{ name: string }>`select name from skills`.execute(db);
    for (const r of rows.rows) {
      await sql`update skills set skeleton = ${nameSkeleton(r.name)} where name = ${r.name}`.execute(
        db,
      );
    }
    await db.schema.createIndex('skills_skeleton').on('skills').column('skeleton').execute();
  },
};

/** Migrations in order; names sort lexicographically (kysely applies them in that order). */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '0001_initial': initial(dialect),
        '0002_name_skeletons': skeletons,
        '0003_pipeline': pipelineTables(dialect),
      }),
  };
}
