/**
 * `npm run bench -w @skillgate/scanner [-- CORPUS_DIR]`: static scan time per skill (median, p95)
 * on the corpus repeated to at least 1,000 skills, and the ratio to parsing the same files with
 * the same parsers and nothing else, measured interleaved in the same run. A second baseline,
 * the parse plus one visit of every node (reading its type), shows the floor of any analyzer that
 * looks at the whole tree, so the ratio can be split into what reading the tree costs and what the
 * analysis costs.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFiles } from '@skillgate/format';
import { defaultRules, scanFiles, type ScanInputFile } from '../engine/scan.js';
import { parseOnly } from './parse-only.js';

const TARGET = 1000;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

async function loadCorpus(dir: string): Promise<ScanInputFile[][]> {
  const root = path.join(dir, 'skills');
  const ids = (await readdir(root)).sort();
  return Promise.all(ids.map((id) => collectFiles(path.join(root, id))));
}

async function main(): Promise<void> {
  const dir =
    process.argv[2] ?? fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
  const skills = await loadCorpus(dir);
  if (!skills.length) throw new Error(`no skills under ${dir}/skills`);
  const rules = defaultRules();
  const rounds = Math.ceil(TARGET / skills.length);
  // warm-up: JIT, parser init, rule regex cache
  for (const s of skills) {
    parseOnly(s);
    parseOnly(s, undefined, 'every-node');
    scanFiles(s, { rules });
  }
  const scanMs: number[] = [];
  const parseMs: number[] = [];
  const readMs: number[] = [];
  const parseByLang: Record<string, number> = {};
  const readByLang: Record<string, number> = {};
  const scanByLang: Record<string, number> = {};
  let sink = 0;
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // the three measurements take turns going first, so garbage left by one (the scan allocates
  // most) is not always collected in the same one's time
  const steps: (() => void)[] = [];
  let current: ScanInputFile[] = [];
  steps.push(() => {
    const t = performance.now();
    sink += parseOnly(current, parseByLang);
    parseMs.push(performance.now() - t);
  });
  steps.push(() => {
    const t = performance.now();
    sink += parseOnly(current, readByLang, 'every-node');
    readMs.push(performance.now() - t);
  });
  steps.push(() => {
    const t = performance.now();
    const report = scanFiles(current, { rules });
    scanMs.push(performance.now() - t);
    sink += report.findings.length;
    for (const [k, v] of Object.entries(report.timings)) {
      if (k.startsWith('static.')) scanByLang[k.slice(7)] = (scanByLang[k.slice(7)] ?? 0) + v;
    }
  });
  // one ratio per round (every skill once, the three measurements interleaved skill by skill):
  // a burst of load from another process lands on all three sides of a round alike, so the spread
  // of these ratios shows how much to trust the run, and their median is steadier than the ratio
  // of two medians of ~0.3 ms samples
  const roundRatios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [s0, p0] = [scanMs.length, parseMs.length];
    for (const [i, s] of skills.entries()) {
      current = s;
      for (let k = 0; k < steps.length; k++) (steps[(r + i + k) % steps.length] as () => void)();
    }
    roundRatios.push(total(scanMs.slice(s0)) / total(parseMs.slice(p0)));
  }
  const s = [...scanMs].sort((a, b) => a - b);
  const p = [...parseMs].sort((a, b) => a - b);
  const rd = [...readMs].sort((a, b) => a - b);
  const rr = [...roundRatios].sort((a, b) => a - b);
  const result = {
    skills: scanMs.length,
    distinctSkills: skills.length,
    scan: { medianMs: quantile(s, 0.5), p95Ms: quantile(s, 0.95), totalMs: total(scanMs) },
    parseOnly: { medianMs: quantile(p, 0.5), p95Ms: quantile(p, 0.95), totalMs: total(parseMs) },
    parseAndRead: {
      medianMs: quantile(rd, 0.5),
      p95Ms: quantile(rd, 0.95),
      totalMs: total(readMs),
    },
    ratio: { median: quantile(s, 0.5) / quantile(p, 0.5), total: total(scanMs) / total(parseMs) },
    roundRatio: {
      median: quantile(rr, 0.5),
      min: rr[0] ?? 0,
      max: rr[rr.length - 1] ?? 0,
    },
    readRatio: {
      median: quantile(rd, 0.5) / quantile(p, 0.5),
      total: total(readMs) / total(parseMs),
    },
    scanToRead: {
      median: quantile(s, 0.5) / quantile(rd, 0.5),
      total: total(scanMs) / total(readMs),
    },
    sink,
  };
  const f = (x: number) => x.toFixed(3);
  console.log(
    `static scan of ${result.skills} skills (${result.distinctSkills} distinct, repeated ${rounds}x)`,
  );
  console.log(
    `  scan        median ${f(result.scan.medianMs)} ms  p95 ${f(result.scan.p95Ms)} ms  total ${f(result.scan.totalMs)} ms`,
  );
  console.log(
    `  parse only  median ${f(result.parseOnly.medianMs)} ms  p95 ${f(result.parseOnly.p95Ms)} ms  total ${f(result.parseOnly.totalMs)} ms`,
  );
  console.log(
    `  parse + read every node  median ${f(result.parseAndRead.medianMs)} ms  p95 ${f(result.parseAndRead.p95Ms)} ms  total ${f(result.parseAndRead.totalMs)} ms`,
  );
  console.log(
    `  ratio scan/parse: median ${result.ratio.median.toFixed(2)}x, total ${result.ratio.total.toFixed(2)}x (goal <= 1.5x, median <= 5 ms)`,
  );
  console.log(
    `  ratio per round (all ${skills.length} skills, interleaved): median ${result.roundRatio.median.toFixed(2)}x, min ${result.roundRatio.min.toFixed(2)}x, max ${result.roundRatio.max.toFixed(2)}x over ${rounds} rounds`,
  );
  console.log(
    `  of which reading the tree once: (parse + read)/parse median ${result.readRatio.median.toFixed(2)}x, total ${result.readRatio.total.toFixed(2)}x; scan/(parse + read) median ${result.scanToRead.median.toFixed(2)}x, total ${result.scanToRead.total.toFixed(2)}x`,
  );
  const analyzersMs = Object.values(scanByLang).reduce((a, b) => a + b, 0);
  console.log(
    `  engine (scan total outside the analyzers: decode, routing, manifest, capabilities, verdict) ${f(result.scan.totalMs - analyzersMs)} ms`,
  );
  console.log(
    '  per language (analyzer total incl. embedded code / bare parse total; parse + read every node / bare parse):',
  );
  for (const lang of Object.keys({ ...scanByLang, ...parseByLang }).sort()) {
    const a = scanByLang[lang] ?? 0;
    const b = parseByLang[lang] ?? 0;
    const r = readByLang[lang] ?? 0;
    const x = (n: number) => (b > 0 ? `${(n / b).toFixed(2)}x` : '-');
    console.log(
      `    ${lang.padEnd(11)} ${f(a).padStart(10)} ms / ${f(b).padStart(10)} ms = ${x(a).padStart(8)}   read ${x(r)}`,
    );
  }
  if (process.env['BENCH_JSON']) console.log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
