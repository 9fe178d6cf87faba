/**
 * The API fuzz target's checker must catch what it claims to: a rejected request that wrote a row,
 * one that wrote a blob, and a blob that appeared on disk without going through the blob store.
 * Each fault is planted around the real app, so a checker that cannot fail fails here.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { checkApiCase, type ApiCase } from '../fuzz/api.js';
import { registryEnv, type RegistryEnv } from '../fuzz/registry-env.js';

const badToken: ApiCase = {
  method: 'POST',
  path: '/v1/tokens',
  query: '',
  role: 'admin',
  contentType: 'application/json',
  body: Buffer.from('{"user": '),
  authorization: undefined,
};
const health: ApiCase = { ...badToken, method: 'GET', path: '/v1/health', body: undefined };

/** the same env, whose requests first do `fault` (standing for a route that writes, then refuses) */
function withFault(env: RegistryEnv, fault: () => Promise<unknown>): RegistryEnv {
  const inject = (opts: InjectOptions) => fault().then(() => env.app.inject(opts));
  return { ...env, app: { ...env.app, inject } as unknown as RegistryEnv['app'] };
}

describe('API fuzz checker', () => {
  let env: RegistryEnv;
  before(async () => {
    env = await registryEnv({}, { listen: true });
  });
  after(() => env.close());

  it('passes a clean rejection', async () => {
    assert.equal(await checkApiCase(env, badToken), '400');
  });

  it('checks answers over loopback HTTP like injected ones, malformed requests included', async () => {
    assert.equal(await checkApiCase(env, { ...badToken, via: 'http' }), 'http 400');
    assert.equal(await checkApiCase(env, { ...health, via: 'http' }), 'http 200');
    // node's HTTP parser refuses these before fastify sees them: the answer must still be a catalogue error
    const nul = { ...health, via: 'http' as const, authorization: 'Bearer sg_\u0000x' };
    assert.equal(await checkApiCase(env, nul), 'http 400');
    const huge = { ...health, via: 'http' as const, query: `?q=${'x'.repeat(20_000)}` };
    assert.equal(await checkApiCase(env, huge), 'http 431');
  });

  it('catches a row written by a rejected request', async () => {
    let n = 0;
    const faulty = withFault(env, () => env.store.ensureUser(`planted-${n++}`));
    await assert.rejects(checkApiCase(faulty, badToken), /400 changed stored state: users/);
  });

  it('catches a blob written by a rejected request', async () => {
    let n = 0;
    const faulty = withFault(env, () =>
      env.app.skillgate.blobs.put(Buffer.from(`planted blob ${n++}`)),
    );
    await assert.rejects(checkApiCase(faulty, badToken), /changed stored state: 1 blob write/);
  });

  it('catches a blob that reached the disk without the blob store', async () => {
    await checkApiCase(env, health);
    const digest = 'ab'.repeat(32);
    await mkdir(path.join(env.dir, 'blobs', 'ab'), { recursive: true });
    await writeFile(path.join(env.dir, 'blobs', 'ab', digest), 'not through the store');
    await assert.rejects(async () => {
      for (let i = 0; i < 300; i++) await checkApiCase(env, health);
    }, /the blob directory changed without a write through the blob store/);
  });
});
