import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/skillgate.js', import.meta.url));

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
}

test('a path that does not exist is a usage error naming the path, not a stack trace', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-fserr-'));
  try {
    const missing = path.join(dir, 'no-such-skill');
    const human = run(['scan', missing, '--no-dynamic']);
    assert.equal(human.status, 2);
    assert.equal(human.stderr.trim(), `skillgate: ${missing}: no such file or folder`);

    const json = run(['scan', missing, '--no-dynamic', '--json']);
    assert.equal(json.status, 2);
    assert.deepEqual(JSON.parse(json.stdout), {
      error: { message: `${missing}: no such file or folder`, code: 'ENOENT', path: missing },
    });

    const file = path.join(dir, 'plain.txt');
    await writeFile(file, 'not a folder');
    const under = run(['scan', path.join(file, 'SKILL.md'), '--no-dynamic']);
    assert.equal(under.status, 2);
    assert.match(
      under.stderr,
      /plain\.txt\/SKILL\.md: a part of this path is a file, not a folder/,
    );
    assert.doesNotMatch(under.stderr, /\n\s+at /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
