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

/**
 * A red-team round: each attack it fixed and each second phrasing fails with a finding of the rule
 * `decidedBy` names for it, its look-alikes pass, and the attacks caught before it still fail.
 */
export function redTeamRound<C extends readonly [string, ...unknown[]]>(
  round: number,
  cases: {
    fixed: readonly C[];
    shapes: readonly C[];
    lookalikes: readonly C[];
    caught: readonly C[];
  },
  decidedBy: Readonly<Record<string, string>>,
  scan: (...c: C) => ScanReport,
): void {
  for (const [title, list] of [
    [`red-team round ${round}: attacks fail`, cases.fixed],
    [`red-team round ${round}: second phrasings fail`, cases.shapes],
  ] as const)
    describe(title, () => {
      for (const c of list)
        it(c[0], () => {
          const rule = decidedBy[c[0]];
          assert.ok(rule, `no rule listed for ${c[0]}`);
          assertVerdictWith(scan(...c), 'fail', new RegExp(`^${rule}$`), c[0]);
        });
    });
  expectVerdicts(`red-team round ${round}: look-alikes pass`, cases.lookalikes, scan, 'pass');
  expectVerdicts(
    `red-team round ${round}: attacks main caught already still fail`,
    cases.caught,
    scan,
    'fail',
  );
}

/**
 * A held-out set: its malicious skills and their rewordings fail, its benign look-alikes pass, and
 * each case the set fixed fails with a finding of the rule `fixed` names for it.
 */
export function heldOutSet<S>(
  label: string,
  sets: {
    MALICIOUS: Readonly<Record<string, S>>;
    REWORDINGS: Readonly<Record<string, S>>;
    BENIGN: Readonly<Record<string, S>>;
  },
  scan: (name: string, skill: S) => ScanReport,
  fixed: ReadonlyArray<readonly [string, RegExp]> = [],
): void {
  const cases = (o: Readonly<Record<string, S>>) => Object.entries(o);
  expectVerdicts(`${label}: the malicious skills (fail)`, cases(sets.MALICIOUS), scan, 'fail');
  expectVerdicts(
    `${label}: rewordings of the malicious skills (fail)`,
    cases(sets.REWORDINGS),
    scan,
    'fail',
  );
  expectVerdicts(`${label}: the benign look-alikes (pass)`, cases(sets.BENIGN), scan, 'pass');
  if (!fixed.length) return;
  describe(`${label}: the cases fixed fail on the rule of their technique`, () => {
    const all: Readonly<Record<string, S>> = { ...sets.MALICIOUS, ...sets.REWORDINGS };
    for (const [name, rule] of fixed)
      it(name, () => {
        const skill = all[name];
        if (!skill) throw new Error(`no case ${name}`);
        assertVerdictWith(scan(name, skill), 'fail', rule, name);
      });
  });
}
