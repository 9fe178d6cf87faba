/** Grouping and anchors for a scan report's findings. */
import type { Finding, Severity } from '../api/types.js';
import { slug } from './format.js';

export const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const rank = (s: Severity) => {
  const i = SEVERITY_ORDER.indexOf(s);
  return i < 0 ? SEVERITY_ORDER.length : i;
};

export interface AnchoredFinding extends Finding {
  /** DOM id, stable for the same report so links to the evidence keep working */
  anchor: string;
}

export interface FileGroup {
  file: string;
  findings: AnchoredFinding[];
  worst: Severity;
}

export function groupFindings(findings: Finding[]): FileGroup[] {
  const used = new Map<string, number>();
  const anchored = findings.map((f): AnchoredFinding => {
    const base = `finding-${slug(f.file || 'skill')}-l${f.line}-${slug(f.ruleId)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...f, anchor: n === 1 ? base : `${base}-${n}` };
  });
  const byFile = new Map<string, AnchoredFinding[]>();
  for (const f of anchored) {
    const key = f.file || '(whole skill)';
    const list = byFile.get(key) ?? [];
    list.push(f);
    byFile.set(key, list);
  }
  return [...byFile.entries()]
    .map(([file, list]) => {
      list.sort((a, b) => a.line - b.line || rank(a.severity) - rank(b.severity));
      const worst = list.reduce<Severity>(
        (w, f) => (rank(f.severity) < rank(w) ? f.severity : w),
        'info',
      );
      return { file, findings: list, worst };
    })
    .sort((a, b) => rank(a.worst) - rank(b.worst) || a.file.localeCompare(b.file));
}

export function countBy<K extends string>(xs: Finding[], key: (f: Finding) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const f of xs) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}
