/**
 * `node dist/bench/observe.js`. Observe-mode start-up overhead: an empty `/usr/bin/true` run in the sandbox (network namespace,
 * sinkhole, honeypot, strace, bubblewrap) against running `/usr/bin/true` directly, median of N.
 */
import { spawnSync } from 'node:child_process';
import { BwrapObserveSandbox, observeAvailability } from '../observe/index.js';

const N = Number(process.env['BENCH_RUNS'] ?? 30);

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!,
  };
}

const avail = await observeAvailability();
if (!avail.available) {
  console.log(JSON.stringify({ bench: 'observe-startup', skipped: avail.reason }));
  process.exit(0);
}
const direct: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  spawnSync('/usr/bin/true');
  direct.push(performance.now() - t);
}
const sandbox = new BwrapObserveSandbox();
const observed: number[] = [];
const inside: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  const r = await sandbox.run({ files: [], argv: ['/usr/bin/true'], graceMs: 0 });
  observed.push(performance.now() - t);
  inside.push(r.durationMs);
}
const d = stats(direct);
const o = stats(observed);
console.log(
  JSON.stringify({
    bench: 'observe-startup',
    runs: N,
    directMs: { median: +d.median.toFixed(1), p95: +d.p95.toFixed(1) },
    observeMs: { median: +o.median.toFixed(1), p95: +o.p95.toFixed(1) },
    sampleWallInsideMs: stats(inside),
    overheadMedianMs: +(o.median - d.median).toFixed(1),
    goalMs: 150,
  }),
);
