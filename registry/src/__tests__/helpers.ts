import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { packFiles, type Capabilities } from '@skillgate/format';
import type { FastifyInstance } from 'fastify';
import { Header } from 'tar';
import { buildApp } from '../app.js';
import { issueToken } from '../auth/tokens.js';
import type { PipelineStage } from '../pipeline/types.js';
import type { AppOptions } from '../services.js';
import { FsBlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import { openSqliteStore } from '../store/open.js';
import type { Role, TableCounts } from '../store/types.js';

export async function tempDir(
  prefix = 'sg-registry-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface SkillSpec {
  name?: string;
  version?: string;
  description?: string;
  capabilities?: Capabilities;
  /** replaces skill.json text entirely */
  skillJson?: string;
  /** extra files */
  files?: Record<string, string | Buffer>;
  skillMdName?: string;
}

/** A deterministic skill tarball made with the format package's packer. */
export function skillTarball(spec: SkillSpec = {}): Buffer {
  const name = spec.name ?? 'hello-skill';
  const manifest = {
    name,
    version: spec.version ?? '1.0.0',
    description: spec.description ?? 'Says hello to the user',
    license: 'MIT',
    capabilities: spec.capabilities ?? {},
  };
  const files = [
    {
      path: 'skill.json',
      bytes: Buffer.from(spec.skillJson ?? JSON.stringify(manifest, null, 2)),
      executable: false,
    },
    {
      path: 'SKILL.md',
      bytes: Buffer.from(
        `---\nname: ${spec.skillMdName ?? name}\ndescription: ${manifest.description}\n---\n\n# ${name}\n\nSay hello.\n`,
      ),
      executable: false,
    },
    ...Object.entries(spec.files ?? {}).map(([p, b]) => ({
      path: p,
      bytes: Buffer.from(b),
      executable: p.endsWith('.sh'),
    })),
  ];
  return packFiles(files).tarball;
}

export interface RawEntry {
  path: string;
  type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory' | 'CharacterDevice';
  body?: string;
  linkpath?: string;
}

/** A tar.gz made entry by entry, including shapes a packer would refuse to make. */
export function rawTarball(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    const block = Buffer.alloc(512);
    new Header({
      path: e.path,
      mode: 0o644,
      size: body.length,
      mtime: new Date(0),
      type: e.type ?? 'File',
      linkpath: e.linkpath ?? '',
      uid: 0,
      gid: 0,
    }).encode(block, 0);
    parts.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

export interface TestEnv {
  app: FastifyInstance;
  store: MetadataStore;
  blobs: FsBlobStore;
  dir: string;
  tokens: { admin: string; alice: string; bob: string; mod: string };
  snapshot(): Promise<{ counts: TableCounts; blobs: string[] }>;
  close(): Promise<void>;
}

export async function testEnv(
  opts: { stages?: PipelineStage[]; options?: AppOptions; store?: MetadataStore } = {},
): Promise<TestEnv> {
  const { dir, cleanup } = await tempDir();
  const store = opts.store ?? (await openSqliteStore(path.join(dir, 'registry.db')));
  const blobs = new FsBlobStore(path.join(dir, 'blobs'));
  const app = buildApp(
    {
      store,
      blobs,
      ...(opts.stages ? { stages: opts.stages } : {}),
      trustRoot: () => ({ kind: 'test-trust-root' }),
    },
    { rateLimit: false, ...opts.options },
  );
  await app.ready();
  const tok = async (user: string, roles: Role[]) =>
    (await issueToken(store, { user, roles })).token;
  const tokens = {
    admin: await tok('root', ['admin']),
    alice: await tok('alice', ['publisher']),
    bob: await tok('bob', ['publisher']),
    mod: await tok('maud', ['moderator']),
  };
  return {
    app,
    store,
    blobs,
    dir,
    tokens,
    snapshot: async () => ({ counts: await store.counts(), blobs: await blobs.list() }),
    close: async () => {
      await app.close();
      await store.close();
      await cleanup();
    },
  };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** POSTs a tarball as the given token's user. */
export function publish(
  app: FastifyInstance,
  token: string | undefined,
  body: Buffer,
  contentType = 'application/gzip',
) {
  return app.inject({
    method: 'POST',
    url: '/v1/skills',
    headers: { 'content-type': contentType, ...(token ? bearer(token) : {}) },
    payload: body,
  });
}

/** Publishes and waits for the in-process pipeline to finish. */
export async function publishAndSettle(env: TestEnv, token: string, body: Buffer) {
  const res = await publish(env.app, token, body);
  await env.app.skillgate.runner.idle();
  return res;
}

export interface ErrorJson {
  error: { code: string; message: string; field?: string; reason?: string };
}
