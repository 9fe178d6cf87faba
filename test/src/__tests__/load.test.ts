/** A short smoke run of the mixed load (npm run bench runs the long one) with the write audit. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReport, runMixedLoad } from '../load/mixed.js';

test('mixed load for 2 s: no 5xx, no lost or duplicated writes, every blob matches', async () => {
  const r = await runMixedLoad({ seconds: 2, connections: 4, seedSkills: 3 });
  const text = formatReport(r);
  assert.equal(r.serverErrors, 0, text);
  assert.ok(r.publishes.accepted > 0, `no publish was accepted:\n${text}`);
  assert.deepEqual(
    r.audit,
    { lost: [], duplicated: [], unexpected: [], badBlobs: [], notFinal: [] },
    text,
  );
  assert.equal(r.errors, 0, text);
});
