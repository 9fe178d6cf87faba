/** Opening a metadata store: SQLite (embedded default) or PostgreSQL (scaled), migrated to the latest schema. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { KyselyMetadataStore } from './kysely-store.js';
import type { MetadataStore } from './metadata-store.js';
import { migrationProvider } from './migrations.js';
import { retryingPool } from './pg-pool.js';
import type { Database } from './schema.js';

async function migrate(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    throw new Error(
      `database migration ${failed?.migrationName ?? ''} failed: ${String((error as Error | undefined)?.message ?? error)}`,
      {
        cause: error,
      },
    );
  }
}

/** SQLite file (created if missing) or `:memory:`; WAL mode, foreign keys on. */
export async function openSqliteStore(file: string): Promise<MetadataStore> {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  await migrate(db, 'sqlite');
  return new KyselyMetadataStore(db, {
    dialect: 'sqlite',
    isUniqueViolation: (e) => (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE',
  });
}

const TIMESTAMPTZ_OID = 1184;
const JSONB_OID = 3802;
const JSON_OID = 114;

/** PostgreSQL by connection string. Timestamps come back as ISO strings and JSON as text, as on SQLite. */
export async function openPostgresStore(
  connectionString: string,
  poolSize = 10,
): Promise<MetadataStore> {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === TIMESTAMPTZ_OID) return (v: string) => new Date(v).toISOString();
        if (oid === JSONB_OID || oid === JSON_OID) return (v: string) => v;
        return format === 'binary'
          ? pg.types.getTypeParser(oid, 'binary')
          : pg.types.getTypeParser(oid, 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle pooled connection that the server drops (restart, pg_terminate_backend, failover) is
  // discarded by the pool and replaced on the next query; without a listener it would crash the process.
  pool.on('error', () => undefined);
  // A checked-out connection terminated between queries emits 'error' on the client itself (the
  // pool only listens while it is idle); the query in flight fails on its own and the client is
  // not reused, so the event needs a listener too.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: retryingPool(pool) }) });
  await migrate(db, 'postgres');
  return new KyselyMetadataStore(db, {
    dialect: 'postgres',
    isUniqueViolation: (e) => (e as { code?: unknown }).code === '23505',
  });
}
