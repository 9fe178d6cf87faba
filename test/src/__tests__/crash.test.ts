/**
 * kill -9 of `serve` during publishes and blob writes, restart on the same data dir: no
 * half-visible version, nothing torn or unrecorded ever served, acknowledged uploads never lost,
 * in-flight versions finished or cleanly rejected, and no temp file of a killed writer left behind.
 * CRASH_KILLS (default 20) kill points against a light `startServer` child; CRASH_CLI_KILLS
 * (default 2) more against `skillgate serve` itself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashConsistency } from '../crash/run.js';
import { cliAvailable } from '../crash/serve-child.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const CLI_KILLS = Number(process.env.CRASH_CLI_KILLS ?? 2);

test(`${KILLS} kill -9 points (startServer child): the data dir stays consistent`, async () => {
  const r = await runCrashConsistency({ kind: 'light', kills: KILLS, bigBytes: 1024 * 1024 });
  assert.equal(r.kills.length, KILLS);
  assert.deepEqual(r.problems, []);
  // the kill points must really land mid-flight, or the test proves nothing
  assert.ok(
    r.kills.some((k) => k.sawTempBlob),
    'no kill landed during a blob write',
  );
  assert.ok(
    r.attempts.some((a) => a.status === undefined),
    'no kill landed during a publish',
  );
});

test(
  `${CLI_KILLS} kill -9 points of \`skillgate serve\`: the data dir stays consistent`,
  { skip: !cliAvailable() || CLI_KILLS === 0 },
  async () => {
    const r = await runCrashConsistency({ kind: 'cli', kills: CLI_KILLS, bigBytes: 1024 * 1024 });
    assert.equal(r.kills.length, CLI_KILLS);
    assert.deepEqual(r.problems, []);
  },
);
