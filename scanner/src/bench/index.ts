/**
 * `npm run bench -w @skillgate/scanner [-- CORPUS_DIR]`: static scan time per skill (median, p95)
 * on the corpus repeated to at least 1,000 skills, and the ratio to parsing the same files with
 * the same parsers and nothing else, measured interleaved in the same run.
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
    scanFiles(s, { rules });
  }
  const scanMs: number[] = [];
  const parseMs: number[] = [];
  const parseByLang: Record<string, number> = {};
  const scanByLang: Record<string, number> = {};
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const s of skills) {
      let t = performance.now();
      sink += parseOnly(s, parseByLang);
      parseMs.push(performance.now() - t);
      t = performance.now();
      const report = scanFiles(s, { rules });
      scanMs.push(performance.now() - t);
      sink += report.findings.length;
      for (const [k, v] of Object.entries(report.timings)) {
        if (k.startsWith('static.')) scanByLang[k.slice(7)] = (scanByLang[k.slice(7)] ?? 0) + v;
      }
    }
  }
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const s = [...scanMs].sort((a, b) => a - b);
  const p = [...parseMs].sort((a, b) => a - b);
  const result = {
    skills: scanMs.length,
    distinctSkills: skills.length,
    scan: { medianMs: quantile(s, 0.5), p95Ms: quantile(s, 0.95), totalMs: total(scanMs) },
    parseOnly: { medianMs: quantile(p, 0.5), p95Ms: quantile(p, 0.95), totalMs: total(parseMs) },
    ratio: { median: quantile(s, 0.5) / quantile(p, 0.5), total: total(scanMs) / total(parseMs) },
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
    `  ratio scan/parse: median ${result.ratio.median.toFixed(2)}x, total ${result.ratio.total.toFixed(2)}x (goal <= 1.5x, median <= 5 ms)`,
  );
  const analyzersMs = Object.values(scanByLang).reduce((a, b) => a + b, 0);
  console.log(
    `  engine (scan total outside the analyzers: decode, routing, manifest, capabilities, verdict) ${f(result.scan.totalMs - analyzersMs)} ms`,
  );
  console.log('  per language (analyzer total incl. embedded code / bare parse total):');
  for (const lang of Object.keys({ ...scanByLang, ...parseByLang }).sort()) {
    const a = scanByLang[lang] ?? 0;
    const b = parseByLang[lang] ?? 0;
    console.log(
      `    ${lang.padEnd(11)} ${f(a).padStart(10)} ms / ${f(b).padStart(10)} ms = ${b > 0 ? (a / b).toFixed(2) : '-'}x`,
    );
  }
  if (process.env['BENCH_JSON']) console.log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
