/**
 * The seeded, short version of `npm run fuzz`: every target for a few hundred cases with a fixed
 * seed, so that a regression reproduces identically. Counterexamples are printed in the failure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runTarget } from '../fuzz/run.js';
import { TARGETS } from '../fuzz/targets.js';

const SEED = 20261123;
const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 400);

for (const t of TARGETS) {
  test(`fuzz ${t.name}: ${RUNS} seeded cases hold every property`, async () => {
    const r = await runTarget(await t.load(), { numRuns: RUNS, seed: SEED, timeLimitMs: 60_000 });
    assert.equal(r.cases, RUNS, `ran ${r.cases} of ${RUNS} cases`);
    assert.deepEqual(r.examples, [], `${r.failures} failing cases`);
  });
}
