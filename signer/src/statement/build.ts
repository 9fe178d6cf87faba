import type { Capabilities } from '@skillgate/format';
import { SignerError } from '../errors.js';
import {
  PREDICATE_TYPE,
  SEVERITIES,
  STATEMENT_TYPE,
  type FindingsSummary,
  type Predicate,
  type Severity,
  type Statement,
} from './schema.js';
import { predicateProblems } from './validate.js';

export interface StatementInput {
  name: string;
  version: string;
  /** hex digests of the exact tarball bytes (format's `digestsOf`) */
  digests: { sha256: string; sha512: string };
  /** the capabilities of the tarball's skill.json, exactly as shipped */
  capabilities: Capabilities;
  verdict: 'pass' | 'review';
  /** required when verdict is 'review': who approved it */
  approver?: string;
  scanner: { version: string; rulesVersion: string };
  findings: FindingsSummary;
  scannedAt: Date | string;
}

/** `<name>@<version>`: the subject name of a skill tarball. */
export function subjectName(name: string, version: string): string {
  return `${name}@${version}`;
}

/** Counts by severity and the most frequent rule ids (ties by id), from the scanner's findings. */
export function summarizeFindings(
  findings: readonly { ruleId: string; severity: Severity }[],
  top = 5,
): FindingsSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const perRule = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  }
  const topRuleIds = [...perRule]
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.min(Math.max(top, 0), 10))
    .map(([id]) => id);
  return { total: findings.length, bySeverity, topRuleIds };
}

/** The in-toto Statement v1 for one vetted tarball. Throws STATEMENT_INVALID naming the field at fault. */
export function buildStatement(input: StatementInput): Statement {
  const scannedAt =
    input.scannedAt instanceof Date ? input.scannedAt.toISOString() : input.scannedAt;
  const predicate: Predicate = {
    skill: { name: input.name, version: input.version },
    capabilities: input.capabilities,
    verdict: input.verdict,
    ...(input.approver === undefined ? {} : { approver: input.approver }),
    scanner: { version: input.scanner.version, rulesVersion: input.scanner.rulesVersion },
    findings: input.findings,
    scannedAt,
  };
  const problems = predicateProblems(predicate);
  if (input.verdict === 'review' && !input.approver)
    problems.push('approver is required for a reviewed skill');
  const { sha256, sha512 } = input.digests;
  if (!/^[0-9a-f]{64}$/.test(sha256))
    problems.push('digests.sha256 must be 64 lowercase hex characters');
  if (!/^[0-9a-f]{128}$/.test(sha512))
    problems.push('digests.sha512 must be 128 lowercase hex characters');
  if (problems.length > 0) {
    throw new SignerError(
      'STATEMENT_INVALID',
      `cannot attest ${input.name}@${input.version}: ${problems.join('; ')}`,
    );
  }
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: subjectName(input.name, input.version), digest: { sha256, sha512 } }],
    predicateType: PREDICATE_TYPE,
    predicate,
  };
}
