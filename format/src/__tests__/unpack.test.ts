import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  extractTarball,
  type FormatErrorCode,
  FormatError,
  packFiles,
  readTarball,
} from '../index.js';
import { rawTar, tempDir } from './helpers.js';

const MiB = 1024 * 1024;
const ok = (p: string, body = 'x') => ({ path: p, body });

interface Case {
  name: string;
  code: FormatErrorCode;
  archive: () => Buffer;
  limits?: Parameters<typeof readTarball>[1];
}

const cases: Case[] = [
  {
    name: 'parent traversal',
    code: 'UNPACK_PATH_TRAVERSAL',
    archive: () => rawTar([ok('SKILL.md'), ok('../escape.sh')]),
  },
  {
    name: 'nested traversal',
    code: 'UNPACK_PATH_TRAVERSAL',
    archive: () => rawTar([ok('a/b/../../../escape.sh')]),
  },
  {
    name: 'absolute path',
    code: 'UNPACK_ABSOLUTE_PATH',
    archive: () => rawTar([ok('/tmp/sg-absolute-escape')]),
  },
  {
    name: 'drive letter behind ./',
    code: 'UNPACK_ABSOLUTE_PATH',
    archive: () => rawTar([ok('./C:/evil.sh')]),
  },
  {
    name: 'symlink',
    code: 'UNPACK_SYMLINK',
    archive: () => rawTar([{ path: 'key', type: 'SymbolicLink', linkpath: '/root/.ssh/id_rsa' }]),
  },
  {
    name: 'hardlink',
    code: 'UNPACK_HARDLINK',
    archive: () => rawTar([ok('a'), { path: 'b', type: 'Link', linkpath: '/etc/passwd' }]),
  },
  {
    name: 'character device',
    code: 'UNPACK_DEVICE',
    archive: () => rawTar([{ path: 'tty', type: 'CharacterDevice' }]),
  },
  { name: 'fifo', code: 'UNPACK_DEVICE', archive: () => rawTar([{ path: 'pipe', type: 'FIFO' }]) },
  {
    name: 'duplicate entry',
    code: 'UNPACK_DUPLICATE',
    archive: () => rawTar([ok('SKILL.md', 'first'), ok('SKILL.md', 'second')]),
  },
  {
    name: 'case-folded duplicate',
    code: 'UNPACK_DUPLICATE',
    archive: () => rawTar([ok('run.sh'), ok('RUN.sh')]),
  },
  {
    name: 'file shadowing a directory',
    code: 'UNPACK_DUPLICATE',
    archive: () => rawTar([ok('scripts'), ok('scripts/x.sh')]),
  },
  {
    name: 'oversized entry',
    code: 'UNPACK_ENTRY_TOO_LARGE',
    archive: () => rawTar([{ path: 'big.bin', body: Buffer.alloc(64 * 1024) }]),
    limits: { maxEntryBytes: 32 * 1024 },
  },
  {
    name: 'too many entries',
    code: 'UNPACK_TOO_MANY_ENTRIES',
    archive: () => rawTar(Array.from({ length: 30 }, (_, i) => ok(`f${i}.txt`))),
    limits: { maxEntries: 20 },
  },
  {
    name: 'too large in total',
    code: 'UNPACK_TOO_LARGE',
    archive: () =>
      rawTar(
        Array.from({ length: 8 }, (_, i) => ({ path: `f${i}.bin`, body: Buffer.alloc(16 * 1024) })),
      ),
    limits: { maxUnpackedBytes: 64 * 1024 },
  },
  {
    name: 'compression bomb (default limits)',
    code: 'UNPACK_BOMB',
    archive: () =>
      gzipSync(rawTar([{ path: 'zeros.bin', body: Buffer.alloc(80 * MiB) }], { gzip: false }), {
        level: 1,
      }),
  },
  {
    name: 'name that is not UTF-8',
    code: 'UNPACK_BAD_NAME',
    archive: () =>
      rawTar([{ path: 'placeholder', rawName: Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x73, 0x68]) }]),
  },
  {
    name: 'not gzip at all',
    code: 'UNPACK_CORRUPT',
    archive: () => Buffer.from('this is not an archive'),
  },
  {
    name: 'truncated gzip',
    code: 'UNPACK_CORRUPT',
    archive: () => rawTar([ok('SKILL.md', 'x'.repeat(5000))]).subarray(0, 40),
  },
  {
    name: 'header claims more bytes than present',
    code: 'UNPACK_CORRUPT',
    archive: () =>
      gzipSync(
        rawTar([{ path: 'a.txt', body: 'abc', size: 4096 }], { gzip: false }).subarray(0, 1024),
      ),
  },
];

for (const c of cases) {
  test(`rejects ${c.name} with ${c.code}, writing nothing`, async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const target = path.join(dir, 'target');
      await mkdir(target);
      const before = await readdir(dir);
      await assert.rejects(readTarball(c.archive(), c.limits), (e: unknown) => {
        assert.ok(e instanceof FormatError, `expected FormatError, got ${String(e)}`);
        assert.equal(e.code, c.code, e.message);
        return true;
      });
      await assert.rejects(
        extractTarball(c.archive(), target, c.limits),
        (e: FormatError) => e.code === c.code,
      );
      assert.deepEqual(await readdir(target), [], 'target stays empty');
      assert.deepEqual(
        await readdir(dir),
        before,
        'no staging directory or escaped file left behind',
      );
      await assert.rejects(readFile('/tmp/sg-absolute-escape'));
      await assert.rejects(readFile(path.join(dir, 'escape.sh')));
    } finally {
      await cleanup();
    }
  });
}

test('a good archive extracts exactly, atomically, and refuses a non-empty target', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const packed = packFiles([
      { path: 'SKILL.md', bytes: Buffer.from('# hi\n'), executable: false },
      { path: 'scripts/run.sh', bytes: Buffer.from('#!/bin/sh\n'), executable: true },
    ]);
    const target = path.join(dir, 'out');
    await extractTarball(packed.tarball, target);
    assert.equal(await readFile(path.join(target, 'SKILL.md'), 'utf8'), '# hi\n');
    assert.deepEqual((await readdir(dir)).sort(), ['out']);
    const busy = path.join(dir, 'busy');
    await mkdir(busy);
    await writeFile(path.join(busy, 'keep.txt'), 'keep');
    await assert.rejects(
      extractTarball(packed.tarball, busy),
      (e: FormatError) => e.code === 'UNPACK_TARGET_EXISTS',
    );
    assert.deepEqual(await readdir(busy), ['keep.txt']);
  } finally {
    await cleanup();
  }
});
