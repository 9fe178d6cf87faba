/** Helpers every analyzer uses to turn a rule hit into a Finding with evidence. */
import type { Rule } from '@skillgate/rules';
import type { CapabilityUse, Finding } from '../types.js';
import { lineStarts } from './lines.js';

const EVIDENCE_MAX = 300;

/** The trimmed text of a 1-based line, cut to a few hundred characters. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end - start > EVIDENCE_MAX * 4) end = start + EVIDENCE_MAX * 4;
  return clip(text.slice(start, end).trim());
}

/** line starts of a text, for many evidence lookups in one file */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly source: string) {
    this.starts = lineStarts(source);
  }

  text(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    let end =
      this.starts[line] !== undefined ? (this.starts[line] as number) - 1 : this.source.length;
    if (end - start > EVIDENCE_MAX * 4) end = start + EVIDENCE_MAX * 4;
    return clip(this.source.slice(start, end).trim());
  }
}

export function clip(s: string, max = EVIDENCE_MAX): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export interface HitPlace {
  file: string;
  line: number;
  column?: number;
  evidence?: string;
  capability?: CapabilityUse;
  /** replaces the rule message (e.g. to name the host or binary) */
  message?: string;
  /** network findings: whether the use can carry local data out */
  sends?: boolean;
  /** dynamic network findings: the destination comes from the user's own config */
  destination?: 'user-config';
}

export function findingFor(rule: Rule, at: HitPlace): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    category: rule.category,
    message: at.message ?? rule.message,
    file: at.file,
    line: at.line,
    remediation: rule.remediation,
    stage: 'static',
  };
  if (at.column !== undefined) f.column = at.column;
  if (at.evidence) f.evidence = clip(at.evidence);
  if (at.capability) f.capability = at.capability;
  if (rule.threat) f.threat = rule.threat;
  if (at.sends !== undefined) f.sends = at.sends;
  if (at.destination) f.destination = at.destination;
  return f;
}

/** One finding per (rule, file, line, capability): analyzers may report the same hit twice. */
export function dedupe(findings: Finding[]): Finding[] {
  // capabilities are compared (as JSON) only between findings that agree on everything else:
  // most findings share their rule, file and line with no other
  const seen = new Map<string, { first: Finding; caps?: Set<string> }>();
  const capKey = (f: Finding) => JSON.stringify(f.capability ?? null);
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.decodedFrom ?? ''}`;
    const entry = seen.get(key);
    if (!entry) {
      seen.set(key, { first: f });
      return true;
    }
    entry.caps ??= new Set([capKey(entry.first)]);
    const cap = capKey(f);
    if (entry.caps.has(cap)) return false;
    entry.caps.add(cap);
    return true;
  });
}

/**
 * Of what the prose rules find in text a script prints, what counts as instructions to the agent
 * (override, conceal, exfiltrate, auto-approve, hidden text): not the commands in it, and not a
 * setup hint to download and run something ("install uv: curl … | sh"), which the script's own
 * code is judged for.
 */
export function injectionFinding(f: Finding): boolean {
  return (
    f.severity !== 'info' &&
    /^(?:prose|md|text)-/.test(f.ruleId) &&
    f.threat !== 'download-exec' &&
    f.threat !== 'remote-code'
  );
}
