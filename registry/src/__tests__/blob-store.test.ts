import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  BlobCorruptError,
  FsBlobStore,
  sha256Hex,
  VerifiedBlobCache,
} from '../store/blob-store.js';
import { tempDir } from './helpers.js';

function runOfThisProcess(): string {
  const run = (globalThis as Record<symbol, unknown>)[Symbol.for('skillgate.blob-store.run')];
  assert.equal(typeof run, 'string');
  return run as string;
}

describe('FsBlobStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let blobs: FsBlobStore;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    blobs = new FsBlobStore(path.join(dir, 'blobs'));
  });
  after(() => cleanup());

  it('stores bytes under their sha256 and reads them back', async () => {
    const bytes = Buffer.from('hello blob');
    const put = await blobs.put(bytes);
    assert.deepEqual(put, { digest: sha256Hex(bytes), created: true });
    assert.deepEqual(
      await blobs.put(bytes),
      { digest: put.digest, created: false },
      'same bytes, same blob',
    );
    assert.ok((await blobs.get(put.digest))?.equals(bytes));
    assert.equal(await blobs.has(put.digest), true);
    const onDisk = path.join(dir, 'blobs', put.digest.slice(0, 2), put.digest);
    assert.ok((await readFile(onDisk)).equals(bytes));
    assert.deepEqual(await blobs.list(), [put.digest]);
  });

  it('leaves no temp files behind', async () => {
    await blobs.put(Buffer.from('another'));
    const names = await readdir(path.join(dir, 'blobs'));
    assert.deepEqual(
      names.filter((n) => n.startsWith('.tmp-')),
      [],
    );
  });

  it('sweeps temp files no writer will finish: dead local writers and stale ones from anywhere', async () => {
    const root = path.join(dir, 'blobs');
    const host = Buffer.from(hostname()).toString('hex');
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = child.pid ?? 0;
    // the run id the store puts into this process's temp names (set when the module loads)
    const thisRun = runOfThisProcess();
    await new Promise((r) => child.once('exit', r));
    const names = {
      deadWriter: `.tmp-${host}-${deadPid}-aa`,
      liveWriter: `.tmp-${host}-${process.pid}-bb`,
      otherHostFresh: `.tmp-${Buffer.from('elsewhere').toString('hex')}-1-cc`,
      otherHostStale: `.tmp-${Buffer.from('elsewhere').toString('hex')}-2-dd`,
      oldStyleStale: '.tmp-0123abcd',
      // an earlier process that had our pid (a restarted container's pid 1), killed mid-write
      earlierRunOfOurPid: `.tmp-${host}-${process.pid}-${'0'.repeat(16)}-ee`,
      thisRun: `.tmp-${host}-${process.pid}-${thisRun}-ff`,
    };
    for (const n of Object.values(names)) await writeFile(path.join(root, n), 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    for (const n of [names.otherHostStale, names.oldStyleStale])
      await utimes(path.join(root, n), twoHoursAgo, twoHoursAgo);
    assert.equal(await blobs.sweepTemp(), 4);
    const left = (await readdir(root)).filter((n) => n.startsWith('.tmp-')).sort();
    assert.deepEqual(left, [names.liveWriter, names.otherHostFresh, names.thisRun].sort());
    for (const n of left) await rm(path.join(root, n));
  });

  it('checks the digest on read: a changed file is refused', async () => {
    const { digest } = await blobs.put(Buffer.from('original'));
    await writeFile(path.join(dir, 'blobs', digest.slice(0, 2), digest), 'tampered');
    await assert.rejects(
      blobs.get(digest),
      (e: unknown) => e instanceof BlobCorruptError && e.digest === digest,
    );
  });

  it('returns undefined for an absent blob and refuses a malformed digest', async () => {
    assert.equal(await blobs.get('0'.repeat(64)), undefined);
    await assert.rejects(blobs.get('../../etc/passwd'), /not a sha256 hex digest/);
  });

  it('deletes', async () => {
    const { digest } = await blobs.put(Buffer.from('to delete'));
    await blobs.delete(digest);
    assert.equal(await blobs.has(digest), false);
  });

  it('the verified cache serves what the store verified, within its byte budget', async () => {
    const cache = new VerifiedBlobCache(blobs, 10, 8);
    const small = await blobs.put(Buffer.from('1234567'));
    const big = await blobs.put(Buffer.from('123456789'));
    assert.equal((await cache.get(small.digest))?.toString(), '1234567');
    // a cached blob keeps being served even if the file changes underneath (it was verified on first read)
    await writeFile(path.join(dir, 'blobs', small.digest.slice(0, 2), small.digest), 'changed');
    assert.equal((await cache.get(small.digest))?.toString(), '1234567');
    // too big to cache: every read goes to the store and is verified
    assert.equal((await cache.get(big.digest))?.toString(), '123456789');
    await writeFile(path.join(dir, 'blobs', big.digest.slice(0, 2), big.digest), 'changed!!');
    await assert.rejects(cache.get(big.digest), BlobCorruptError);
  });
});
