/**
 * `npm run fuzz -w @skillgate/test`: every target for FUZZ_RUNS generated cases (default 100,000),
 * each bounded by FUZZ_SECONDS (default 600) of wall clock, with seed FUZZ_SEED (default: random,
 * printed so that a failure can be replayed). FUZZ_ONLY=substring picks targets.
 * Each target runs in its own child process, so that a target that kills the process (a native
 * crash, an abort) is reported as a failure instead of ending the run.
 * Prints `target: N cases, F failures` per target; exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { outcomeLine, runTarget, summary } from './run.js';
import { TARGETS } from './targets.js';

function intEnv(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got ${v}`);
  return n;
}

const numRuns = intEnv('FUZZ_RUNS', 100_000);
const seconds = intEnv('FUZZ_SECONDS', 600);
const seed = intEnv('FUZZ_SEED', Math.floor(Math.random() * 2 ** 31));
const child = process.env.FUZZ_CHILD;

if (child !== undefined) {
  const entry = TARGETS.find((x) => x.name === child);
  if (!entry) throw new Error(`no fuzz target ${child}`);
  const t = await entry.load();
  if (t.name !== entry.name) throw new Error(`target ${entry.name} loaded as ${t.name}`);
  const r = await runTarget(t, { numRuns, seed, timeLimitMs: seconds * 1000 });
  console.log(summary(r) + `  [${(r.ms / 1000).toFixed(1)} s]`);
  console.log(`  outcomes: ${outcomeLine(r)}`);
  if (r.warnings) console.log(`  (${r.warnings} process warnings, first: ${r.firstWarning})`);
  for (const ex of r.examples) console.log(`  - ${ex.error}\n    input: ${ex.input}`);
  process.exitCode = r.failures > 0 ? 1 : 0;
} else {
  const only = (process.env.FUZZ_ONLY ?? '').toLowerCase();
  console.log(`fuzz: seed ${seed}, ${numRuns} cases per target, at most ${seconds} s each`);
  let failed = 0;
  for (const t of TARGETS.filter((x) => x.name.toLowerCase().includes(only))) {
    const res = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, FUZZ_CHILD: t.name, FUZZ_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: (seconds + 120) * 1000,
    });
    process.stdout.write(res.stdout);
    if (res.status !== 0) failed += 1;
    if (res.signal || !res.stdout.startsWith(`${t.name}:`)) {
      const last = res.stderr
        .split('\n')
        .filter((l) => /FATAL|Error/.test(l))
        .slice(0, 3);
      console.log(`${t.name}: process died (${res.signal ?? `exit ${res.status}`}), 1 failure`);
      for (const l of last) console.log(`  ${l.trim()}`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
