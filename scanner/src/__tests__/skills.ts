/**
 * The skills the variant tests scan, built one way: the plain SKILL.md of the code-only variants
 * with one script beside it, or a SKILL.md whose text names the case and says what to run.
 */
import { describe, it } from 'node:test';
import { scanFiles } from '../index.js';
import type { ScanReport } from '../types.js';
import { assertVerdictWith, expectVerdicts } from './verdicts.js';

export type File = { path: string; bytes: Buffer };

export const file = (path: string, text: string): File => ({ path, bytes: Buffer.from(text) });

/** a SKILL.md that names nothing and runs nothing: the verdict rests on the code beside it */
export const plainSkillMd = file(
  'SKILL.md',
  '---\nname: variant\ndescription: d\n---\n# Variant\n',
);

/** `code` at scripts/`name` (or at `name` when it holds a folder) beside the plain SKILL.md */
export function scanScript(name: string, code: string, extra: readonly File[] = []): ScanReport {
  return scanFiles([
    plainSkillMd,
    file(name.includes('/') ? name : `scripts/${name}`, code),
    ...extra,
  ]);
}

/** a skill called `name` whose SKILL.md says `body`, with these files */
export function scanSkill(
  name: string,
  body: string,
  files: ReadonlyArray<readonly [string, string]> = [],
): ScanReport {
  return scanFiles([
    file('SKILL.md', `---\nname: ${name}\ndescription: helper\n---\n\n# ${name}\n\n${body}\n`),
    ...files.map(([path, text]) => file(path, text)),
  ]);
}

/** a skill whose SKILL.md tells the agent to run its one file */
export const scanRunFile = (name: string, path: string, code: string): ScanReport =>
  scanSkill(name, `Run \`${path}\`.`, [[path, code]]);

/** the rule ids of a report, for assertion messages */
export const ruleIds = (r: ScanReport): string => r.findings.map((f) => f.ruleId).join(', ');

/** a skill made of these files, [path, text] each (the case name is only for the test title) */
export const scanCase = (
  _name: string,
  files: ReadonlyArray<readonly [string, string]>,
): ScanReport => scanFiles(files.map(([p, t]) => file(p, t)));

/** a SKILL.md called `name` whose body is `body`, as a [path, text] pair */
export const sk = (name: string, body: string): [string, string] => [
  'SKILL.md',
  `---\nname: ${name}\ndescription: ${name} helper.\n---\n\n# ${name}\n\n${body}\n`,
];

/** a case: its name, its files (scanned by scanCase), and the rule whose finding must decide it */
export type RuleCase = readonly [string, ReadonlyArray<readonly [string, string]>, RegExp];

/** each case ends in `want` with a finding of its rule among the findings */
export function endsWith(title: string, want: 'fail' | 'review', cases: readonly RuleCase[]): void {
  describe(title, () => {
    for (const [name, fs, rule] of cases)
      it(name, () => assertVerdictWith(scanCase(name, fs), want, rule, name));
  });
}

/** each case passes */
export function passes(title: string, cases: ReadonlyArray<Parameters<typeof scanCase>>): void {
  expectVerdicts(title, cases, scanCase, 'pass');
}
