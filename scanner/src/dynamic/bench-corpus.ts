/**
 * Bench: dynamic stage time per corpus skill (median, p95). Corpus samples run ONLY inside the
 * observe sandbox. `node dist/dynamic/bench-corpus.js [corpusDir]`
 * (default $SKILLGATE_CORPUS or ../shared/corpus next to the repository). Goal: median <= 5 s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '@skillgate/format';
import { BwrapObserveSandbox, observeAvailability } from '@skillgate/sandbox';
import { runDynamic } from './run.js';

const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const corpus =
  process.argv[2] ?? process.env['SKILLGATE_CORPUS'] ?? join(repo, '..', 'shared', 'corpus');
const skillsDir = join(corpus, 'skills');

function files(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split('\\').join('/'), bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

const availability = await observeAvailability();
if (!availability.available) {
  console.log(JSON.stringify({ bench: 'dynamic-corpus', skipped: availability.reason }));
  process.exit(0);
}
const sandbox = new BwrapObserveSandbox();
const times: { skill: string; ms: number; runs: number }[] = [];
for (const name of readdirSync(skillsDir).sort()) {
  const dir = join(skillsDir, name);
  const list = files(dir);
  let manifest: Manifest | undefined;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'skill.json'), 'utf8')) as Manifest;
  } catch {
    manifest = undefined;
  }
  const t = performance.now();
  const { summary } = await runDynamic(list, manifest, { sandbox, availability });
  times.push({ skill: name, ms: Math.round(performance.now() - t), runs: summary.runs.length });
}
const sorted = times.map((x) => x.ms).sort((a, b) => a - b);
const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
console.log(
  JSON.stringify({
    bench: 'dynamic-corpus',
    skills: times.length,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    goalMedianMs: 5000,
    perSkill: times,
  }),
);
