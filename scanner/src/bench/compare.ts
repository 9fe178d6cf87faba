/**
 * `node dist/bench/compare.js BASE_DIST [CORPUS_DIR] [ROUNDS]`: this build's static scan against
 * another build's (BASE_DIST: a copy of a scanner `dist` folder, for instance the one built from
 * main before a change), in one process, skill by skill, with the bare parse as a third turn. On a
 * shared, loaded machine two bench runs differ by more than most changes gain; inside one run a
 * burst of load lands on both builds alike, so the per-round ratio new/base is what to read (its
 * spread says how far to trust it). Ratios only: no time here is a pass or a fail.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { collectFiles } from '@skillgate/format';
import { defaultRules, scanFiles, type ScanInputFile } from '../engine/scan.js';
import { parseOnly } from './parse-only.js';

interface ScanModule {
  defaultRules: typeof defaultRules;
  scanFiles: typeof scanFiles;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
};

async function main(): Promise<void> {
  const baseDir = process.argv[2];
  if (!baseDir) throw new Error('usage: compare.js BASE_DIST [CORPUS_DIR] [ROUNDS]');
  const dir =
    process.argv[3] ?? fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
  const rounds = Number(process.argv[4] ?? 10);
  const base = (await import(
    pathToFileURL(path.resolve(baseDir, 'engine/scan.js')).href
  )) as ScanModule;
  const root = path.join(dir, 'skills');
  const skills: ScanInputFile[][] = await Promise.all(
    (await readdir(root)).sort().map((id) => collectFiles(path.join(root, id))),
  );
  if (!skills.length) throw new Error(`no skills under ${root}`);
  const baseRules = base.defaultRules();
  const rules = defaultRules();
  // warm-up: JIT, grammars, rule caches of both builds
  for (const s of skills) {
    base.scanFiles(s, { rules: baseRules });
    scanFiles(s, { rules });
    parseOnly(s);
  }
  const timed = (f: () => unknown): number => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const newToBase: number[] = [];
  const baseToParse: number[] = [];
  const newToParse: number[] = [];
  const all = { base: 0, new: 0, parse: 0 };
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t = { base: 0, new: 0, parse: 0 };
    for (const [i, s] of skills.entries()) {
      // the three take turns going first, so the garbage one leaves is not always another's
      const steps: Array<() => void> = [
        () =>
          (t.base += timed(
            () => (sink += base.scanFiles(s, { rules: baseRules }).findings.length),
          )),
        () => (t.new += timed(() => (sink += scanFiles(s, { rules }).findings.length))),
        () => (t.parse += timed(() => (sink += parseOnly(s)))),
      ];
      for (let k = 0; k < steps.length; k++) (steps[(r + i + k) % steps.length] as () => void)();
    }
    newToBase.push(t.new / t.base);
    baseToParse.push(t.base / t.parse);
    newToParse.push(t.new / t.parse);
    for (const k of ['base', 'new', 'parse'] as const) all[k] += t[k];
  }
  const f = (x: number) => `${x.toFixed(3)}x`;
  console.log(`${skills.length} skills x ${rounds} rounds, builds interleaved skill by skill`);
  console.log(
    `  new/base per round: median ${f(median(newToBase))}, min ${f(Math.min(...newToBase))}, max ${f(Math.max(...newToBase))}; totals ${f(all.new / all.base)}`,
  );
  console.log(
    `  scan/parse per round: base median ${f(median(baseToParse))}, new median ${f(median(newToParse))}; totals base ${f(all.base / all.parse)}, new ${f(all.new / all.parse)}`,
  );
  console.log(`  (sink ${sink > 0 ? 'ok' : sink})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
