/**
 * The shape shared by the variant tests: a list of named cases, a scan per case, and the verdict
 * each must end in. A failing case names the findings that decided it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScanReport, Verdict } from '../types.js';

/** what a case must end in: a verdict, any verdict but one, or a verdict chosen by case name */
export type Expected = Verdict | { not: Verdict } | ((name: string) => Verdict);

function why(r: ScanReport): string {
  return JSON.stringify(
    r.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.evidence]),
  );
}

export function expectVerdicts<C extends readonly [string, ...unknown[]]>(
  title: string,
  cases: readonly C[],
  scan: (...c: C) => ScanReport,
  want: Expected,
): void {
  describe(title, () => {
    for (const c of cases)
      it(c[0], () => {
        const r = scan(...c);
        if (typeof want === 'object') assert.notEqual(r.verdict, want.not, why(r));
        else assert.equal(r.verdict, typeof want === 'function' ? want(c[0]) : want, why(r));
      });
  });
}

/**
 * A report ends in `want` (a verdict, or any verdict but one) and a finding of `rule` is among its
 * findings; `label` (the case name) leads the messages.
 */
export function assertVerdictWith(
  r: ScanReport,
  want: Verdict | { not: Verdict },
  rule: RegExp,
  label = '',
): void {
  const ids = [...new Set(r.findings.map((f) => f.ruleId))].join(', ');
  const lead = label ? `${label}: ` : '';
  if (typeof want === 'object')
    assert.notEqual(r.verdict, want.not, `${lead}${r.summary} (${ids})`);
  else assert.equal(r.verdict, want, `${lead}${r.summary} (${ids})`);
  assert.ok(
    r.findings.some((f) => rule.test(f.ruleId)),
    `${lead}expected ${rule.source}; got ${ids}`,
  );
}
