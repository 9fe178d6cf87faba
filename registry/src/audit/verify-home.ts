/** Opens a registry's metadata (data dir or PostgreSQL) read-side and checks its audit chain. */
import { existsSync } from 'node:fs';
import { defaultHome, homePaths } from '../home.js';
import { openPostgresStore, openSqliteStore } from '../store/open.js';
import type { ChainCheck } from './chain.js';
import { verifyAuditChain } from './log.js';

export async function verifyAuditLog(
  opts: { home?: string; databaseUrl?: string } = {},
): Promise<ChainCheck & { database: string }> {
  const database = opts.databaseUrl
    ? opts.databaseUrl.replace(/\/\/[^@/]*@/, '//***@')
    : homePaths(opts.home ?? defaultHome()).database;
  if (!opts.databaseUrl && !existsSync(database))
    throw new Error(`no registry database at ${database} (pass --home or DATABASE_URL)`);
  const store = opts.databaseUrl
    ? await openPostgresStore(opts.databaseUrl, 2)
    : await openSqliteStore(database);
  try {
    return { ...(await verifyAuditChain(store)), database };
  } finally {
    await store.close();
  }
}
