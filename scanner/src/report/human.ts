/** Human-readable report: verdict and why, findings grouped by file with the evidence line. */
import { capabilityEntries, type Capabilities } from '@skillgate/format';
import type { Finding, ScanReport } from '../types.js';
import { severityRank } from '../verdict/verdict.js';

function caps(label: string, c: Capabilities | undefined): string {
  const entries = capabilityEntries(c);
  return `  ${label.padEnd(11)} ${entries.length ? entries.join(', ') : '(none)'}`;
}

export function formatHuman(
  report: ScanReport,
  opts: { minSeverity?: Finding['severity'] } = {},
): string {
  const min = severityRank(opts.minSeverity ?? 'info');
  const out: string[] = [];
  // a skill.json that does not validate is no manifest to compare with, but it is there
  const name = report.skill.name
    ? `${report.skill.name}@${report.skill.version ?? '?'}`
    : report.findings.some((f) => f.ruleId === 'manifest-invalid')
      ? '(skill with an invalid skill.json)'
      : '(skill without skill.json)';
  out.push(`${name}: ${report.verdict.toUpperCase()}`);
  out.push(report.summary);
  const shown = report.findings.filter((f) => severityRank(f.severity) >= min);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out.push('', file || '(skill)');
    list.sort((a, b) => a.line - b.line || severityRank(b.severity) - severityRank(a.severity));
    for (const f of list) {
      const where = f.line > 0 ? `L${f.line}` : '-';
      out.push(`  ${where.padEnd(6)} ${f.severity.padEnd(8)} ${f.ruleId}: ${f.message}`);
      if (f.evidence) out.push(`         > ${f.evidence}`);
      if (f.decodedFrom) out.push(`         (found in text decoded from ${f.decodedFrom})`);
      if (f.remediation && severityRank(f.severity) >= severityRank('medium'))
        out.push(`         fix: ${f.remediation}`);
    }
  }
  out.push('', 'capabilities:');
  out.push(caps('declared', report.capabilities.declared));
  out.push(caps('observed', report.capabilities.observed));
  out.push(caps('undeclared', report.capabilities.undeclared));
  if (report.capabilities.hints) out.push(caps('hints', report.capabilities.hints));
  return out.join('\n');
}
