/**
 * Two uploads of the same bytes at once (a client retrying a publish it thinks timed out): the
 * loser's 409 must not take away the blob the winner's version stores.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { digestsOf } from '@skillgate/format';
import type { MetadataStore } from '../store/metadata-store.js';
import { openSqliteStore } from '../store/open.js';
import { publish, skillTarball, tempDir, testEnv, type ErrorJson } from './helpers.js';

/** the store, with its first recordUpload held until `release` is called */
function holdFirstUpload(inner: MetadataStore) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered!: () => void;
  const held = new Promise<void>((r) => (entered = r));
  let calls = 0;
  const store = new Proxy(inner, {
    get(target, key) {
      if (key === 'recordUpload') {
        return async (...args: Parameters<MetadataStore['recordUpload']>) => {
          if (calls++ === 0) {
            entered();
            await gate;
          }
          return target.recordUpload(...args);
        };
      }
      const v: unknown = Reflect.get(target, key);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { store, held, release };
}

test('the losing one of two identical concurrent uploads leaves the winner its blob', async () => {
  const db = await tempDir();
  const { store, held, release } = holdFirstUpload(
    await openSqliteStore(path.join(db.dir, 'registry.db')),
  );
  const env = await testEnv({ store });
  try {
    const tgz = skillTarball({ version: '2.0.0' });
    // the first upload writes the blob, then waits before recording its version
    const first = publish(env.app, env.tokens.alice, tgz);
    await held;
    // the second finds the blob already there and records the version
    const second = await publish(env.app, env.tokens.alice, tgz);
    assert.equal(second.statusCode, 202, second.body);
    release();
    const lost = await first;
    assert.equal(lost.statusCode, 409, lost.body);
    assert.equal(lost.json<ErrorJson>().error.code, 'SKILLGATE_ERR_VERSION_EXISTS');
    await env.app.skillgate.runner.idle();
    const { sha256 } = digestsOf(tgz);
    assert.equal(await env.blobs.has(sha256), true, 'the winning version lost its blob');
    const res = await env.app.inject({ url: '/v1/skills/hello-skill/versions/2.0.0/tarball' });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.rawPayload.equals(tgz));
  } finally {
    await env.close();
    await db.cleanup();
  }
});
