/**
 * GuardDog-style verdict: a threat of high or critical severity fails the skill; a lesser threat,
 * a file that could not be analyzed or a high-risk capability (risky but declared) sends it to a
 * human; everything else passes. The summary says why in one line.
 */
import type { Finding, Severity, Verdict } from '../types.js';

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function findingVerdict(f: Finding): Verdict {
  const r = RANK[f.severity];
  if (f.category === 'threat')
    return r >= RANK.high ? 'fail' : r >= RANK.medium ? 'review' : 'pass';
  return r >= RANK.high ? 'review' : 'pass';
}

export function severityRank(s: Severity): number {
  return RANK[s];
}

function where(f: Finding): string {
  return f.line > 0 ? `${f.file}:${f.line}` : f.file;
}

export function decideVerdict(findings: readonly Finding[]): { verdict: Verdict; summary: string } {
  const fails = findings.filter((f) => findingVerdict(f) === 'fail');
  const reviews = findings.filter((f) => findingVerdict(f) === 'review');
  const byWeight = (a: Finding, b: Finding) => RANK[b.severity] - RANK[a.severity];
  if (fails.length) {
    const top = [...fails].sort(byWeight)[0] as Finding;
    const ids = [...new Set(fails.map((f) => f.ruleId))];
    return {
      verdict: 'fail',
      summary: `fail: ${fails.length} threat finding${fails.length > 1 ? 's' : ''} (${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''}); worst: ${top.message} at ${where(top)}`,
    };
  }
  if (reviews.length) {
    const top = [...reviews].sort(byWeight)[0] as Finding;
    const ids = [...new Set(reviews.map((f) => f.ruleId))];
    return {
      verdict: 'review',
      summary: `review: ${reviews.length} finding${reviews.length > 1 ? 's' : ''} need a human (${ids.slice(0, 4).join(', ')}); first: ${top.message} at ${where(top)}`,
    };
  }
  const notes = findings.length;
  return {
    verdict: 'pass',
    summary: notes
      ? `pass: no threats; ${notes} informational finding${notes > 1 ? 's' : ''} on declared or harmless behaviour`
      : 'pass: no findings',
  };
}
