import assert from 'node:assert/strict';
import { chmod, mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { FormatError, packDir, readTarball } from '../index.js';
import { tempDir } from './helpers.js';

async function makeSkill(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'scripts'), { recursive: true });
  await mkdir(path.join(dir, '.git'), { recursive: true });
  await mkdir(path.join(dir, 'node_modules', 'x'), { recursive: true });
  await writeFile(
    path.join(dir, 'SKILL.md'),
    '---\nname: demo-skill\ndescription: d\n---\n# Demo\n',
  );
  await writeFile(
    path.join(dir, 'skill.json'),
    JSON.stringify({ name: 'demo-skill', version: '1.0.0', description: 'd', capabilities: {} }),
  );
  await writeFile(path.join(dir, 'scripts', 'run.sh'), '#!/bin/sh\necho hi\n');
  await chmod(path.join(dir, 'scripts', 'run.sh'), 0o755);
  await writeFile(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(path.join(dir, 'node_modules', 'x', 'index.js'), '');
  await writeFile(path.join(dir, '.DS_Store'), 'junk');
}

test('the same folder packs to the same bytes whatever mtimes, modes, umask and cwd', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await makeSkill(dir);
    const first = await packDir(dir);
    // touch everything, change group/other mode bits, and pack from another cwd
    const past = new Date('2001-02-03T04:05:06Z');
    for (const f of ['SKILL.md', 'skill.json', 'scripts/run.sh'])
      await utimes(path.join(dir, f), past, past);
    await chmod(path.join(dir, 'SKILL.md'), 0o600);
    await chmod(path.join(dir, 'scripts', 'run.sh'), 0o700);
    const oldCwd = process.cwd();
    const oldMask = process.umask(0o077);
    process.chdir(path.dirname(dir));
    let second;
    try {
      second = await packDir(path.basename(dir));
    } finally {
      process.chdir(oldCwd);
      process.umask(oldMask);
    }
    assert.equal(second.digests.sha256, first.digests.sha256);
    assert.deepEqual(second.tarball, first.tarball);
    assert.deepEqual(first.files, ['SKILL.md', 'scripts/run.sh', 'skill.json']);
  } finally {
    await cleanup();
  }
});

test('a content change changes the digest', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await makeSkill(dir);
    const a = await packDir(dir);
    await writeFile(path.join(dir, 'scripts', 'run.sh'), '#!/bin/sh\necho bye\n');
    const b = await packDir(dir);
    assert.notEqual(a.digests.sha256, b.digests.sha256);
  } finally {
    await cleanup();
  }
});

test('packed entries have normalised headers and round-trip through the safe reader', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await makeSkill(dir);
    const packed = await packDir(dir);
    const listing = execFileSync('tar', ['-tvzf', '-'], { input: packed.tarball }).toString();
    assert.match(listing, /-rwxr-xr-x 0\/0 .* scripts\/run\.sh/);
    assert.match(listing, /-rw-r--r-- 0\/0 .* SKILL\.md/);
    assert.match(listing, /1985-10-26/);
    const files = await readTarball(packed.tarball);
    assert.deepEqual(
      files.map((f) => [f.path, f.executable]),
      [
        ['SKILL.md', false],
        ['scripts/run.sh', true],
        ['skill.json', false],
      ],
    );
  } finally {
    await cleanup();
  }
});

test('long paths survive packing (pax headers)', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const deep = path.join(dir, 'a'.repeat(60), 'b'.repeat(60));
    await mkdir(deep, { recursive: true });
    await writeFile(path.join(deep, 'c'.repeat(40) + '.txt'), 'x');
    const files = await readTarball((await packDir(dir)).tarball);
    assert.equal(files[0]?.path, `${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(40)}.txt`);
  } finally {
    await cleanup();
  }
});

test('symlinks and FIFOs are refused with their own codes', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await makeSkill(dir);
    await symlink('/etc/passwd', path.join(dir, 'link'));
    await assert.rejects(
      packDir(dir),
      (e: FormatError) => e.code === 'PACK_SYMLINK' && e.where === 'link',
    );
  } finally {
    await cleanup();
  }
  const second = await tempDir();
  try {
    await makeSkill(second.dir);
    execFileSync('mkfifo', [path.join(second.dir, 'pipe')]);
    await assert.rejects(packDir(second.dir), (e: FormatError) => e.code === 'PACK_SPECIAL_FILE');
  } finally {
    await second.cleanup();
  }
});

test('pack limits are enforced and configurable', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await makeSkill(dir);
    await writeFile(path.join(dir, 'big.bin'), Buffer.alloc(4096, 1));
    await assert.rejects(
      packDir(dir, { maxUnpackedBytes: 1000 }),
      (e: FormatError) => e.code === 'PACK_TOO_LARGE',
    );
    await assert.rejects(
      packDir(dir, { maxEntries: 2 }),
      (e: FormatError) => e.code === 'PACK_TOO_MANY_ENTRIES',
    );
    await assert.rejects(
      packDir(dir, { maxPackedBytes: 64 }),
      (e: FormatError) => e.code === 'PACK_TOO_LARGE',
    );
    const ok = await packDir(dir);
    assert.equal(ok.files.length, 4);
  } finally {
    await cleanup();
  }
});
