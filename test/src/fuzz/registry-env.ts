/**
 * A registry on a temp data dir for the hardening tests: the real app (buildApp) over SQLite and the
 * filesystem blob store, one token per role, and a seeded skill with a published, a rejected and an
 * in-review version, so that every route has something to act on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packFiles, type Capabilities } from '@skillgate/format';
import {
  FsBlobStore,
  buildApp,
  type BlobStore,
  issueToken,
  openSqliteStore,
  type AppOptions,
  type MetadataStore,
  type PipelineStage,
  type TableCounts,
} from '@skillgate/registry';
import type { FastifyInstance } from 'fastify';

export const ROLES = [
  'anonymous',
  'other',
  'owner',
  'moderator',
  'admin',
  'revoked',
  'expired',
] as const;
export type Role = (typeof ROLES)[number];

export const SKILL = 'hello-skill';
export const PUBLISHED = '1.0.0';
export const REJECTED = '0.9.0';
export const IN_REVIEW = '0.8.0';

export interface SkillSpec {
  name?: string;
  version?: string;
  description?: string;
  capabilities?: Capabilities;
  files?: Record<string, string | Buffer>;
}

/** A deterministic skill tarball. */
export function skillTarball(spec: SkillSpec = {}): Buffer {
  const name = spec.name ?? SKILL;
  const manifest = {
    name,
    version: spec.version ?? PUBLISHED,
    description: spec.description ?? 'Says hello to the user',
    license: 'MIT',
    capabilities: spec.capabilities ?? {},
  };
  return packFiles([
    {
      path: 'skill.json',
      bytes: Buffer.from(JSON.stringify(manifest, null, 2)),
      executable: false,
    },
    {
      path: 'SKILL.md',
      bytes: Buffer.from(
        `---\nname: ${name}\ndescription: ${manifest.description}\n---\n\nSay hello.\n`,
      ),
      executable: false,
    },
    ...Object.entries(spec.files ?? {}).map(([p, b]) => ({
      path: p,
      bytes: Buffer.from(b),
      executable: p.endsWith('.sh'),
    })),
  ]).tarball;
}

/** A scanning stage that rejects skills whose description says REJECT and holds for review those that say REVIEW. */
export const rejectGate: PipelineStage = {
  name: 'test-gate',
  state: 'scanning',
  async run(ctx) {
    const { manifest } = await ctx.unpack();
    const report = { findings: [], verdict: 'pass', note: 'test gate' };
    if (manifest.description.includes('REJECT'))
      return { stop: 'rejected', reason: 'the test gate refused it', report, verdict: 'fail' };
    if (manifest.description.includes('REVIEW'))
      return { stop: 'review', reason: 'the test gate wants a human', report, verdict: 'review' };
    return { ok: true, report, verdict: 'pass' };
  },
};

export interface StoredState {
  counts: TableCounts;
  blobs: string[];
}

/** what `quickState` compares: table row counts and every blob created or deleted through the store */
export interface QuickState {
  counts: TableCounts;
  blobWrites: number;
}

/**
 * The blob store the app is given, counting every write that reaches the disk (a put that created
 * a blob, a delete). The app has no other way to the blob directory, so a changed counter is a
 * blob write; `state()` still lists the directory itself for a full check.
 */
class CountingBlobStore implements BlobStore {
  writes = 0;
  constructor(private readonly inner: FsBlobStore) {}
  async put(bytes: Uint8Array) {
    const r = await this.inner.put(bytes);
    if (r.created) this.writes += 1;
    return r;
  }
  get(digest: string) {
    return this.inner.get(digest);
  }
  has(digest: string) {
    return this.inner.has(digest);
  }
  async delete(digest: string) {
    this.writes += 1;
    await this.inner.delete(digest);
  }
  list() {
    return this.inner.list();
  }
}

export interface RegistryEnv {
  app: FastifyInstance;
  store: MetadataStore;
  blobs: FsBlobStore;
  dir: string;
  /** the loopback port the app listens on, when the env was opened with `listen` */
  port: number | undefined;
  /** the bearer token of each role (undefined for anonymous) */
  tokens: Record<Role, string | undefined>;
  headers(role: Role): Record<string, string>;
  state(): Promise<StoredState>;
  /** the cheap check for every fuzz case: row counts and the blob write counter */
  quickState(): Promise<QuickState>;
  close(): Promise<void>;
}

export interface EnvOptions {
  /** also listen on 127.0.0.1 (an ephemeral port), for requests over a real socket */
  listen?: boolean;
}

export async function registryEnv(
  options: AppOptions = {},
  envOptions: EnvOptions = {},
): Promise<RegistryEnv> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-hardening-'));
  const store = await openSqliteStore(path.join(dir, 'registry.db'));
  const blobs = new FsBlobStore(path.join(dir, 'blobs'));
  const counted = new CountingBlobStore(blobs);
  const app = buildApp(
    { store, blobs: counted, stages: [rejectGate], trustRoot: () => ({ kind: 'hardening-test' }) },
    { rateLimit: false, ...options },
  );
  await app.ready();
  const tok = async (user: string, roles: ('publisher' | 'moderator' | 'admin')[]) =>
    (await issueToken(store, { user, roles })).token;
  const revoked = await issueToken(store, { user: 'alice', roles: ['publisher'] });
  await store.revokeToken(revoked.id);
  const expired = await issueToken(
    store,
    { user: 'alice', roles: ['publisher'], expiresInDays: 1 },
    new Date(Date.now() - 3 * 86_400_000),
  );
  const tokens: Record<Role, string | undefined> = {
    anonymous: undefined,
    other: await tok('bob', ['publisher']),
    owner: await tok('alice', ['publisher']),
    moderator: await tok('maud', ['moderator']),
    admin: await tok('root', ['admin']),
    revoked: revoked.token,
    expired: expired.token,
  };
  const headers = (role: Role): Record<string, string> => {
    const t = tokens[role];
    return t ? { authorization: `Bearer ${t}` } : {};
  };
  for (const [version, description] of [
    [PUBLISHED, 'Says hello to the user'],
    [REJECTED, 'REJECT this one'],
    [IN_REVIEW, 'REVIEW this one'],
  ] as const) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/skills',
      headers: { 'content-type': 'application/gzip', ...headers('owner') },
      payload: skillTarball({ version, description }),
    });
    if (res.statusCode !== 202)
      throw new Error(`seeding ${version}: ${res.statusCode} ${res.body}`);
  }
  await app.skillgate.runner.idle();
  let port: number | undefined;
  if (envOptions.listen) {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : undefined;
  }
  return {
    app,
    store,
    blobs,
    dir,
    port,
    tokens,
    headers,
    state: async () => {
      await app.skillgate.runner.idle();
      return { counts: await store.counts(), blobs: (await blobs.list()).sort() };
    },
    quickState: async () => {
      await app.skillgate.runner.idle();
      return { counts: await store.counts(), blobWrites: counted.writes };
    },
    close: async () => {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
