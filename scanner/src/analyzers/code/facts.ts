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
  /**
   * file writes (Python): what the code writes to the file this call opens or writes
   * (`f.write(x)` in `with open(P, 'w') as f`, `Path(P).write_text(x)`); absent when unseen
   */
  written?: Value[];
  /**
   * a read of the agent's configuration whose data is used only for the skill's own entry
   * (`JSON.parse(readFileSync(P)).skills.entries['<own>'].apiKey`, see evaluate.ts ownConfigs)
   */
  ownEntry?: boolean;
}

export type CodeFact =
  | CallFact
  | { kind: 'string'; value: string; line: number }
  | { kind: 'env-read'; name: string; line: number }
  | { kind: 'env-bulk'; line: number }
  | { kind: 'indirect-import'; target?: string; via: string; line: number }
  | { kind: 'decoded'; text: string; how: string; line: number; asCode?: boolean };

/**
 * Drops string facts that are part of a longer string fact on the same line (the pieces of
 * `base + '/upload'` beside the whole), and repeats of a fact.
 */
export function pruneStrings(facts: CodeFact[]): CodeFact[] {
  const byLine = new Map<number, Set<string>>();
  for (const f of facts) {
    if (f.kind !== 'string') continue;
    const same = byLine.get(f.line);
    if (same) same.add(f.value);
    else byLine.set(f.line, new Set([f.value]));
  }
  const inside = new Map<number, Set<string>>();
  for (const [line, values] of byLine) if (values.size > 1) inside.set(line, partOfLonger(values));
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (f.kind !== 'string') return true;
    const key = `${f.line}\0${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !inside.get(f.line)?.has(f.value);
  });
}

/**
 * The values that stand inside a longer value of the set. Comparing every value with every other
 * is quadratic in the strings of a line, and a minified bundle is one line of thousands: a 190 KB
 * one took a second. Containment is transitive, so a value need only be looked for in the values
 * no longer one contains; taken longest first, those are all known when a value is looked at, and
 * one search of their text (joined by NUL, once per length) answers for every value of a length.
 */
function partOfLonger(values: ReadonlySet<string>): Set<string> {
  const sorted = [...values].sort((a, b) => b.length - a.length);
  const out = new Set<string>();
  const kept: string[] = [];
  let text = '';
  for (let i = 0; i < sorted.length;) {
    const len = (sorted[i] as string).length;
    let j = i;
    for (; j < sorted.length && (sorted[j] as string).length === len; j++) {
      const v = sorted[j] as string;
      // no value of the same length can contain another (they differ); a NUL in v could match
      // across two joined values, so such a value is looked for in each
      const found =
        kept.length > 0 && (v.includes('\0') ? kept.some((o) => o.includes(v)) : text.includes(v));
      if (found) out.add(v);
    }
    for (let k = i; k < j; k++) if (!out.has(sorted[k] as string)) kept.push(sorted[k] as string);
    text = kept.join('\0');
    i = j;
  }
  return out;
}
