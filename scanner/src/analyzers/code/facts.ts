/** What a code analyzer observed, in a form rules can match independent of the language. */
import type { Value } from './value.js';

/**
 * The longest canonical name (see CallFact.callee) a chain of members and calls is given; past it
 * the chain is unknown. Rules name short ones (`http.request().write`); without a bound a builder
 * chain (`program.option(..)` or `df.rename(..)` 200 times) built, at every call, a name as long
 * as the chain: cubic time in its length.
 */
export const MAX_CALLEE_NAME = 512;

export interface CallFact {
  kind: 'call';
  /** canonical callee: `child_process.exec`, `subprocess.run`, `net.Socket().connect`, `fetch` */
  callee: string;
  args: Value[];
  /** keyword arguments (Python) or properties of a trailing options object (JS) */
  options: Map<string, Value>;
  /**
   * arguments that are names of things, by keyword or by position (`"1"`), resolved:
   * `yaml.load(s, Loader=yaml.UnsafeLoader)` → Loader: `yaml.UnsafeLoader` (Python only)
   */
  names?: Map<string, string>;
  /** the value the method is called on, when it folds (e.g. `Path('~/.ssh').read_text()`) */
  receiver?: Value;
  line: number;
  /** network calls: whether the call can carry local data out (see sends.ts); absent when unknown */
  sends?: boolean;
  /**
   * network calls: values handed to the request by the methods called on its result (superagent
   * `.set('Authorization', …)`, `.set({ 'X-Api-Key': key })`, `.auth(…)`, `.send(…)`), which go
   * where the request goes
   */
  carried?: Value[];
}

export type CodeFact =
  | CallFact
  | { kind: 'string'; value: string; line: number }
  | { kind: 'env-read'; name: string; line: number }
  | { kind: 'env-bulk'; line: number }
  | { kind: 'indirect-import'; target?: string; via: string; line: number }
  | { kind: 'decoded'; text: string; how: string; line: number; asCode?: boolean };

/** drop string facts that are part of a longer string fact on the same line */
export function pruneStrings(facts: CodeFact[]): CodeFact[] {
  const byLine = new Map<number, string[]>();
  for (const f of facts) {
    if (f.kind !== 'string') continue;
    const same = byLine.get(f.line);
    if (same) same.push(f.value);
    else byLine.set(f.line, [f.value]);
  }
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (f.kind !== 'string') return true;
    const key = `${f.line}\0${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !(byLine.get(f.line) ?? []).some(
      (o) => o !== f.value && o.length > f.value.length && o.includes(f.value),
    );
  });
}
