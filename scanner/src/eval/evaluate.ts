/**
 * Corpus evaluation: scan every skill under DIR/skills with DIR/labels.json and measure recall
 * (malicious → fail), false positives (benign → fail), review rate, per category, with every miss
 * and the stage that caught each malicious sample.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { scanTarget, type FullScanOptions } from '../full-scan.js';
import type { ScanReport, Verdict } from '../types.js';
import { findingVerdict } from '../verdict/verdict.js';

export interface Label {
  label: 'malicious' | 'benign';
  categories: string[];
  expect?: string[];
  notes?: string;
  difficulty?: string;
  languages?: string[];
}

export interface SampleResult {
  id: string;
  label: Label['label'];
  categories: string[];
  verdict: Verdict;
  summary: string;
  /** rule ids that made the verdict (fail or review findings) */
  decisive: string[];
  /** analyzers whose findings alone would fail the sample (`dynamic` for the sandbox run) */
  caughtBy: string[];
  /** which stage's findings would fail the sample on their own */
  stages: { static: boolean; dynamic: boolean };
  ms: number;
}

export interface CategoryStats {
  total: number;
  fail: number;
  review: number;
  pass: number;
}

export interface EvalResult {
  samples: SampleResult[];
  malicious: number;
  benign: number;
  /** malicious samples with verdict fail / malicious samples */
  recall: number;
  /** benign samples with verdict fail / benign samples */
  falsePositiveRate: number;
  benignFail: number;
  benignReview: number;
  reviewRate: number;
  perCategory: Record<string, CategoryStats>;
  misses: Array<{ id: string; label: string; verdict: Verdict; reason: string }>;
}

function stageOf(ruleId: string, decodedFrom: string | undefined): string {
  const base = ruleId.startsWith('cap-')
    ? 'capabilities'
    : ruleId.split('-')[0] === 'js'
      ? 'javascript'
      : ruleId.split('-')[0] === 'py'
        ? 'python'
        : (ruleId.split('-')[0] ?? 'engine');
  return decodedFrom ? `${base} (decoded: ${decodedFrom})` : base;
}

function sampleResult(id: string, label: Label, report: ScanReport, ms: number): SampleResult {
  const decisive = report.findings.filter(
    (f) => findingVerdict(f) === report.verdict && report.verdict !== 'pass',
  );
  const failing = report.findings.filter((f) => findingVerdict(f) === 'fail');
  return {
    id,
    label: label.label,
    categories: label.categories,
    verdict: report.verdict,
    summary: report.summary,
    decisive: [...new Set(decisive.map((f) => f.ruleId))],
    caughtBy: [
      ...new Set(
        failing.map((f) => (f.stage === 'dynamic' ? 'dynamic' : stageOf(f.ruleId, f.decodedFrom))),
      ),
    ].sort(),
    stages: {
      static: failing.some((f) => f.stage !== 'dynamic'),
      dynamic: failing.some((f) => f.stage === 'dynamic'),
    },
    ms,
  };
}

/** Static only unless `options.dynamic` is set (each sample then also runs in the observe sandbox). */
export async function evaluateCorpus(
  dir: string,
  options: FullScanOptions = {},
): Promise<EvalResult> {
  const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    Label
  >;
  const present = new Set(await readdir(path.join(dir, 'skills')));
  const samples: SampleResult[] = [];
  for (const id of Object.keys(labels).sort()) {
    if (!present.has(id)) continue;
    const t0 = performance.now();
    const report = await scanTarget(path.join(dir, 'skills', id), {
      ...options,
      dynamic: options.dynamic ?? false,
    });
    samples.push(sampleResult(id, labels[id] as Label, report, performance.now() - t0));
  }
  const mal = samples.filter((s) => s.label === 'malicious');
  const ben = samples.filter((s) => s.label === 'benign');
  const perCategory: Record<string, CategoryStats> = {};
  for (const s of samples) {
    for (const c of s.categories) {
      const k = `${s.label}:${c}`;
      const st = (perCategory[k] ??= { total: 0, fail: 0, review: 0, pass: 0 });
      st.total++;
      st[s.verdict]++;
    }
  }
  const misses = [
    ...mal
      .filter((s) => s.verdict !== 'fail')
      .map((s) => ({
        id: s.id,
        label: s.label,
        verdict: s.verdict,
        reason: s.verdict === 'review' ? `only review: ${s.summary}` : 'no threat found',
      })),
    ...ben
      .filter((s) => s.verdict !== 'pass')
      .map((s) => ({ id: s.id, label: s.label, verdict: s.verdict, reason: s.summary })),
  ];
  const benignFail = ben.filter((s) => s.verdict === 'fail').length;
  const benignReview = ben.filter((s) => s.verdict === 'review').length;
  return {
    samples,
    malicious: mal.length,
    benign: ben.length,
    recall: mal.length ? mal.filter((s) => s.verdict === 'fail').length / mal.length : 0,
    falsePositiveRate: ben.length ? benignFail / ben.length : 0,
    benignFail,
    benignReview,
    reviewRate: samples.length
      ? samples.filter((s) => s.verdict === 'review').length / samples.length
      : 0,
    perCategory,
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEval(r: EvalResult): string {
  const lines: string[] = [];
  const malFail = Math.round(r.recall * r.malicious);
  lines.push(`recall (malicious → fail): ${malFail}/${r.malicious} = ${pct(r.recall)}`);
  lines.push(
    `false positives (benign → fail): ${r.benignFail}/${r.benign} = ${pct(r.falsePositiveRate)}`,
  );
  lines.push(
    `benign → review: ${r.benignReview}/${r.benign}; overall review rate ${pct(r.reviewRate)}`,
  );
  lines.push('', 'per category (fail / review / pass of total):');
  for (const [k, s] of Object.entries(r.perCategory).sort())
    lines.push(`  ${k.padEnd(40)} ${s.fail}/${s.review}/${s.pass} of ${s.total}`);
  const mal = r.samples.filter((x) => x.label === 'malicious' && x.verdict === 'fail');
  const only = (a: 'static' | 'dynamic', b: 'static' | 'dynamic') =>
    mal.filter((x) => x.stages[a] && !x.stages[b]).length;
  lines.push(
    '',
    `caught (fail) by stage: static only ${only('static', 'dynamic')}, dynamic only ${only('dynamic', 'static')}, both ${mal.filter((x) => x.stages.static && x.stages.dynamic).length}`,
  );
  lines.push('', 'malicious samples, caught by:');
  for (const s of r.samples.filter((x) => x.label === 'malicious')) {
    lines.push(
      `  ${s.verdict.padEnd(6)} ${s.id.padEnd(32)} ${s.caughtBy.join(', ') || '-'}  [${s.decisive.join(', ')}]`,
    );
  }
  lines.push('', r.misses.length ? 'misses:' : 'misses: none');
  for (const m of r.misses) lines.push(`  ${m.label} ${m.id} → ${m.verdict}: ${m.reason}`);
  return lines.join('\n');
}
