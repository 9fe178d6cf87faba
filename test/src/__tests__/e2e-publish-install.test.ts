/**
 * The foundation's end-to-end path over real HTTP on loopback, through the real binary:
 * serve → token create → init → publish (followed to a final state) → install → identical files.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, startServe, type Served } from '../e2e/cli.js';

let served: Served;
let work: string;

before(async () => {
  served = await startServe();
  work = await mkdtemp(path.join(tmpdir(), 'sg-e2e-'));
});

after(async () => {
  await served?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, p)));
    else out.push(p);
  }
  return out.sort();
}

test(
  'serve → token create → init → publish → install gives identical files',
  { timeout: 180_000 },
  async () => {
    const token = await runCli(
      ['token', 'create', '--user', 'alice', '--role', 'publisher', '--json'],
      {
        env: { SKILLGATE_HOME: served.home },
      },
    );
    assert.equal(token.code, 0, token.stderr);
    const { token: secret } = JSON.parse(token.stdout) as { token: string };
    assert.match(secret, /^sg_/);
    const env = { SKILLGATE_REGISTRY: served.url, SKILLGATE_TOKEN: secret };

    const src = path.join(work, 'word-counter');
    const init = await runCli(['init', src, '--description', 'Counts words in a text file.'], {
      env,
    });
    assert.equal(init.code, 0, init.stderr);
    await mkdir(path.join(src, 'scripts'));
    await writeFile(
      path.join(src, 'scripts', 'count.py'),
      'import sys\n\nwith open(sys.argv[1], encoding="utf-8") as f:\n    print(len(f.read().split()))\n',
    );
    const manifest = JSON.parse(await readFile(path.join(src, 'skill.json'), 'utf8')) as {
      capabilities: { fs: { read: string[] } };
    };
    manifest.capabilities.fs.read = ['./**/*.txt'];
    await writeFile(path.join(src, 'skill.json'), JSON.stringify(manifest, null, 2));

    // a dry run checks everything locally and uploads nothing
    const dry = await runCli(['publish', src, '--dry-run', '--no-dynamic', '--json'], { env });
    assert.equal(dry.code, 0, dry.stdout + dry.stderr);
    const dryResult = JSON.parse(dry.stdout) as {
      ok: boolean;
      checks: { check: string; ok: boolean }[];
    };
    assert.deepEqual(
      dryResult.checks.map((c) => [c.check, c.ok]),
      [
        ['manifest', true],
        ['pack', true],
        ['scan', true],
        ['token', true],
        ['trust-root', true],
      ],
    );
    assert.equal((await fetch(`${served.url}/v1/skills/word-counter`)).status, 404);

    const pub = await runCli(['publish', src, '--json'], { env });
    const lines = pub.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { event?: { type: string; state?: string }; result?: { state: string } },
      );
    const result = lines.at(-1)?.result;
    assert.equal(
      result?.state,
      'published',
      `publish ended ${result?.state}: ${pub.stdout}\n${pub.stderr}`,
    );
    assert.equal(pub.code, 0);
    const states = lines.filter((l) => l.event?.type === 'state').map((l) => l.event?.state);
    assert.ok(states.includes('validating'), `history shows the pipeline: ${states.join(' → ')}`);

    const app = path.join(work, 'app');
    await mkdir(app);
    const inst = await runCli(['install', 'word-counter@^0.1.0', '--root', app, '--json'], { env });
    assert.equal(inst.code, 0, inst.stderr);
    const installed = path.join(app, 'skills', 'word-counter');
    const srcFiles = await listFiles(src);
    assert.deepEqual(await listFiles(installed), srcFiles);
    for (const f of srcFiles) {
      assert.deepEqual(
        await readFile(path.join(installed, f)),
        await readFile(path.join(src, f)),
        f,
      );
    }
    const lock = JSON.parse(await readFile(path.join(app, 'skillgate-lock.json'), 'utf8')) as {
      skills: Record<string, { version: string; sha256: string; capabilities: unknown }>;
    };
    assert.equal(lock.skills['word-counter']?.version, '0.1.0');
    assert.deepEqual(lock.skills['word-counter']?.capabilities, manifest.capabilities);

    // a second publish of the same version is refused by the registry, and the CLI says so
    const again = await runCli(['publish', src, '--json'], { env });
    assert.equal(again.code, 3);
    assert.match(again.stderr, /SKILLGATE_ERR_VERSION_EXISTS/);
  },
);
