/**
 * The analyzers' one-time work (grammars loaded, the prose rules' literal automata built,
 * patterns compiled on first use) happens before the first scan's clock starts. It used to count
 * against the first skill's budget: on a loaded machine that work took 0.5–6 s, and the suite's
 * first scan in a process ended `unanalyzable` (review) instead of fail.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Analyzer, AnalyzerContext, SourceFile } from '../analyzer.js';
import { analyzers } from '../analyzers/index.js';
import { defaultRules, scanFiles } from '../engine/scan.js';
import { file } from './skills.js';

/** the default analyzers, each recording the files it is given and the deadline it runs under */
function spied(): { list: Analyzer[]; calls: Array<[string, number]> } {
  const calls: Array<[string, number]> = [];
  const list = analyzers.map((a): Analyzer => ({
    ...a,
    validateMatch: (m) => a.validateMatch(m),
    analyze: (f: SourceFile, rules, ctx: AnalyzerContext) => {
      if (ctx.depth === undefined || ctx.depth === 0) calls.push([f.path, ctx.deadline]);
      return a.analyze(f, rules, ctx);
    },
  }));
  return { list, calls };
}

const skill = [
  file('SKILL.md', '---\nname: notes\ndescription: d\n---\n\nRun `python3 tidy.py`.\n'),
  file('tidy.py', 'print("tidy")\n'),
];

it('the first scan with a rule set warms the analyzers up outside its budget, once', () => {
  const { list, calls } = spied();
  const rules = defaultRules(analyzers);
  const first = scanFiles(skill, { analyzers: list, rules, budgetMs: 60_000 });
  assert.equal(first.verdict, 'pass');
  const own = calls.findIndex(([p]) => p === 'tidy.py');
  assert.ok(own > 0, `the skill's own file was analyzed after a warm-up: ${JSON.stringify(calls)}`);
  const warm = calls.slice(0, own);
  // every language of the warm-up was analyzed, with no deadline
  for (const p of ['SKILL.md', 'run.sh', 'main.py', 'main.js', 'main.ts', 'main.ps1'])
    assert.ok(
      warm.some(([q, d]) => q === p && d === Infinity),
      `${p} warmed up without a deadline: ${JSON.stringify(warm)}`,
    );
  // the skill's own files ran under its budget
  for (const [p, d] of calls.slice(own)) assert.ok(Number.isFinite(d), `${p} had a deadline`);
  // a second scan with the same rules and analyzers does not warm up again
  calls.length = 0;
  scanFiles(skill, { analyzers: list, rules, budgetMs: 60_000 });
  assert.deepEqual(
    calls.map(([p]) => p),
    ['SKILL.md', 'tidy.py'],
  );
});

it('SKILLGATE_SCAN_BUDGET_MS sets the default budget, and a bad value is refused by name', () => {
  const saved = process.env['SKILLGATE_SCAN_BUDGET_MS'];
  try {
    process.env['SKILLGATE_SCAN_BUDGET_MS'] = 'five seconds';
    assert.throws(() => scanFiles(skill), /SKILLGATE_SCAN_BUDGET_MS must be a positive number/);
    process.env['SKILLGATE_SCAN_BUDGET_MS'] = '-1';
    assert.throws(() => scanFiles(skill), /not "-1"/);
    // a budget of a nanosecond is over before the first file
    process.env['SKILLGATE_SCAN_BUDGET_MS'] = '0.000001';
    const r = scanFiles(skill);
    assert.ok(
      r.findings.some((f) => f.ruleId === 'unanalyzable'),
      JSON.stringify(r.findings),
    );
    // an explicit budget wins over the variable
    assert.equal(scanFiles(skill, { budgetMs: 60_000 }).verdict, 'pass');
  } finally {
    if (saved === undefined) delete process.env['SKILLGATE_SCAN_BUDGET_MS'];
    else process.env['SKILLGATE_SCAN_BUDGET_MS'] = saved;
  }
});
