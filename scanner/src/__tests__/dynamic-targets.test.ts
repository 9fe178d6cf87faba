import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCanaries } from '../dynamic/canary.js';
import { markdownCommands, planRuns } from '../dynamic/targets.js';

describe('dynamic run planning', () => {
  it('orders lifecycle scripts, SKILL.md blocks and commands, then scripts', () => {
    const md = [
      '---',
      'name: x',
      '---',
      'Run `python3 scripts/a.py --all` to start.',
      '```console',
      '$ npm run build',
      'output line',
      '```',
      '```python',
      'print(1)',
      '```',
      '```',
      'echo {baseDir}',
      '```',
    ].join('\n');
    const { targets, extraFiles } = planRuns([
      { path: 'SKILL.md', bytes: Buffer.from(md) },
      {
        path: 'package.json',
        bytes: Buffer.from(JSON.stringify({ scripts: { postinstall: 'node x.js', test: 'no' } })),
      },
      { path: 'scripts/a.py', bytes: Buffer.from('print(1)') },
      { path: 'scripts/b.ts', bytes: Buffer.from('const a: number = 1; console.log(a)') },
      { path: 'bin/tool', bytes: Buffer.from('#!/bin/sh\necho hi') },
      { path: 'references/notes.md', bytes: Buffer.from('x') },
    ]);
    assert.deepEqual(
      targets.map((t) => [t.target, t.argv.join(' ')]),
      [
        ['package.json postinstall', 'sh -c node x.js'],
        ['SKILL.md:4 (inline command)', 'bash -c python3 scripts/a.py --all'],
        ['SKILL.md:5 (shell block)', 'bash -c npm run build'],
        ['SKILL.md:12 (shell block)', 'bash -c echo /skill'],
        ['bin/tool', 'sh /skill/bin/tool'],
        ['scripts/a.py', 'python3 /skill/scripts/a.py'],
        ['scripts/b.ts', 'node /skill/scripts/b.ts.skillgate.mjs'],
      ],
    );
    assert.match(Buffer.from(extraFiles[0]!.bytes).toString(), /const a = 1;/);
  });

  it('marks blocks the prose presents as illustrations', () => {
    const md =
      'Run this:\n\n```bash\npython3 a.py\n```\n\nFor reference, the API call looks like this:\n\n```bash\ncurl https://api.example.com\n```\n';
    assert.deepEqual(
      markdownCommands(md).map((c) => [c.text, c.reference ?? false]),
      [
        ['python3 a.py', false],
        ['curl https://api.example.com', true],
      ],
    );
  });

  it('ignores code spans that are not commands', () => {
    assert.deepEqual(markdownCommands('Set `LOG_LEVEL` and read `config.yaml`.'), []);
  });
});

describe('canary matching', () => {
  const c = [
    { id: 'env:K', kind: 'env' as const, location: 'K', value: 'sk-0123456789abcdef0123' },
  ];
  it('finds raw, url, base64, hex and base32 forms', () => {
    const v = 'sk-0123456789abcdef0123';
    for (const form of [
      v,
      encodeURIComponent(`x=${v}`),
      Buffer.from(`pre${v}`).toString('base64'),
      Buffer.from(v).toString('hex'),
    ]) {
      assert.equal(findCanaries(Buffer.from(`data=${form}&x=1`), c).length, 1, form);
    }
    assert.equal(findCanaries('nothing here 0123456789', c).length, 0);
  });
});
