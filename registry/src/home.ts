/** The data directory (`$SKILLGATE_HOME`, default `./.skillgate`) and the stores under it. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { auditedStore } from './audit/audited-store.js';
import { issueToken, type IssuedToken, type IssueTokenInput } from './auth/tokens.js';
import { FsBlobStore } from './store/blob-store.js';
import type { MetadataStore } from './store/metadata-store.js';
import { openPostgresStore, openSqliteStore } from './store/open.js';

export interface HomePaths {
  home: string;
  database: string;
  blobs: string;
  keys: string;
}

export function defaultHome(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['SKILLGATE_HOME'] ?? '.skillgate');
}

export function homePaths(home: string): HomePaths {
  const root = path.resolve(home);
  return {
    home: root,
    database: path.join(root, 'registry.db'),
    blobs: path.join(root, 'blobs'),
    keys: path.join(root, 'keys'),
  };
}

export interface OpenedHome {
  paths: HomePaths;
  store: MetadataStore;
  blobs: FsBlobStore;
}

/** Creates the data dir layout and opens the stores: SQLite in the dir, or PostgreSQL when `databaseUrl` is given. */
export async function openHome(
  home: string,
  opts: { databaseUrl?: string } = {},
): Promise<OpenedHome> {
  const paths = homePaths(home);
  await mkdir(paths.home, { recursive: true, mode: 0o700 });
  await mkdir(paths.blobs, { recursive: true });
  await mkdir(paths.keys, { recursive: true, mode: 0o700 });
  const store = opts.databaseUrl
    ? await openPostgresStore(opts.databaseUrl)
    : await openSqliteStore(paths.database);
  const blobs = new FsBlobStore(paths.blobs);
  // what a writer killed mid-write left behind (never served, but it must not pile up)
  await blobs.sweepTemp();
  return { paths, store, blobs };
}

/** Bootstrap for `skillgate token create`: issues a token directly on the data dir (no server needed). */
export async function createToken(
  home: string,
  input: IssueTokenInput & { databaseUrl?: string },
): Promise<IssuedToken> {
  const opened = await openHome(home, input.databaseUrl ? { databaseUrl: input.databaseUrl } : {});
  try {
    return await issueToken(auditedStore(opened.store), input);
  } finally {
    await opened.store.close();
  }
}
