import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseManifest } from '@skillgate/format';
import { inferManifest, initSkill } from '../lib/init.js';

test('init --infer proposes the capabilities the code uses, and --write saves a valid manifest', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-infer-'));
  try {
    await initSkill({ dir, name: 'forecast-fetch', description: 'Fetches a forecast.' });
    await mkdir(path.join(dir, 'scripts'));
    await writeFile(
      path.join(dir, 'scripts', 'fetch.py'),
      [
        'import os, urllib.request',
        'key = os.environ["FORECAST_KEY"]',
        'req = urllib.request.Request("https://api.forecast.example/v1/today", headers={"Authorization": key})',
        'with open("./report.txt", "w") as out:',
        '    out.write(urllib.request.urlopen(req).read().decode())',
        '',
      ].join('\n'),
    );
    const proposal = await inferManifest({ dir, dynamic: false });
    assert.equal(proposal.written, false);
    const caps = proposal.manifest.capabilities;
    assert.ok(
      caps.network?.some((h) => h.startsWith('api.forecast.example')),
      JSON.stringify(caps),
    );
    assert.ok(caps.env?.includes('FORECAST_KEY'), JSON.stringify(caps));
    assert.ok(proposal.diff.added.some((c) => c.startsWith('network:api.forecast.example')));
    // nothing written without --write
    assert.deepEqual(
      parseManifest(await readFile(path.join(dir, 'skill.json'), 'utf8')).capabilities.network,
      [],
    );

    const written = await inferManifest({ dir, dynamic: false, write: true });
    assert.equal(written.written, true);
    const saved = parseManifest(await readFile(path.join(dir, 'skill.json'), 'utf8'));
    assert.equal(saved.name, 'forecast-fetch');
    assert.deepEqual(saved.capabilities, written.manifest.capabilities);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
