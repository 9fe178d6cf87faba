/**
 * Runs the authorization matrix (../authz/matrix.ts) against the real app, and fails when a route
 * the app registers has no row (or a row names a route that no longer exists).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FsBlobStore, buildApp, openSqliteStore } from '@skillgate/registry';
import { MATRIX, ROLES } from '../authz/matrix.js';
import { registryEnv, type RegistryEnv } from '../fuzz/registry-env.js';

/** Every `METHOD url` the app registers, collected with an onRoute hook. */
async function registeredRoutes(
  extra?: (app: ReturnType<typeof buildApp>) => void,
): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-authz-routes-'));
  const store = await openSqliteStore(path.join(dir, 'registry.db'));
  const app = buildApp(
    { store, blobs: new FsBlobStore(path.join(dir, 'blobs')) },
    { rateLimit: false },
  );
  const routes: string[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) routes.push(`${m} ${r.url}`);
  });
  extra?.(app);
  await app.ready();
  await app.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  return [...new Set(routes)].sort();
}

test('every registered route has a row in the authorization matrix, and every row a route', async () => {
  const routes = await registeredRoutes();
  const covered = new Set(MATRIX.map((r) => r.route));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(
    missing,
    [],
    `routes without a row in test/src/authz/matrix.ts: ${missing.join(', ')}`,
  );
  const stale = [...covered].filter((r) => !routes.includes(r));
  assert.deepEqual(stale, [], `rows for routes the app does not have: ${stale.join(', ')}`);
  assert.ok(routes.length >= 20, `only ${routes.length} routes found: the hook saw nothing?`);
});

test('the coverage check sees a route added without a row', async () => {
  const before = await registeredRoutes();
  const routes = await registeredRoutes((app) => {
    app.get('/v1/new-route', async () => ({ ok: true }));
  });
  const covered = new Set(MATRIX.map((r) => r.route));
  const missing = routes.filter((r) => !covered.has(r) && !before.includes(r));
  assert.deepEqual(missing, ['GET /v1/new-route', 'HEAD /v1/new-route']);
});

describe('authorization matrix', () => {
  let shared: RegistryEnv;
  before(async () => {
    shared = await registryEnv();
  });
  after(() => shared.close());

  for (const row of MATRIX) {
    test(`${row.route} (${row.label})`, async () => {
      const got: Record<string, number> = {};
      for (const role of ROLES) {
        const env = row.writes ? await registryEnv() : shared;
        try {
          const req = row.request();
          const res = await env.app.inject({
            ...req,
            headers: { ...(req.headers ?? {}), ...env.headers(role) },
          });
          got[role] = res.statusCode;
        } finally {
          if (row.writes) await env.close();
        }
      }
      assert.deepEqual(got, row.expect);
    });
  }
});
