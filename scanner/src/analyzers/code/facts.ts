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
  /**
   * a method of an object bound to a name (`router.swap(…)`, `router.functions.swap(…).transact()`):
   * the known texts the object was made with (`new ethers.Contract(ROUTER, …)`,
   * `w3.eth.contract(address=ROUTER)`: the router's address, lowercased)
   */
  madeWith?: string[];
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
   * network calls: what the methods called on the request or connection send as its body
   * (`req.write(x)`, `req.end(x)`, http.client `conn.request(method, url, body, headers)`)
   */
  bodies?: Value[];
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
  /**
   * a read of the agent's configuration whose data is used only for services' credentials: the
   * key paths it reaches (`channels.telegram.botToken`, capabilities/issuers.ts configKeys)
   */
  configKeys?: string[];
  /**
   * a read of a config file used only for settings that are no secret (`cfg.read(P)` then
   * `cfg.get('default', 'region')`, python/ini.ts): see evaluate.ts onlyChecked
   */
  settingOnly?: boolean;
  /**
   * the call as made with one item of the list a loop runs over (JS loopArgs): the loop variable
   * may be used elsewhere in the body unexpanded, so such a call proves no path only checked
   */
  loopItem?: true;
  /**
   * a call in a function the file exports and never calls itself, whose first argument is the
   * function's parameter (a fetch wrapper's URL): the importing files' calls name it
   */
  byCaller?: boolean;
}

export type CodeFact =
  | CallFact
  | {
      kind: 'string';
      value: string;
      line: number;
      /**
       * the string is only shown, never used as a value: a bare string statement (a docstring),
       * a message handed to print as is, or (JS) an entry of a list only compared with (a deny
       * list of paths, see javascript/compared.ts), or (Python) the pattern of a regular
       * expression, which is compared with texts
       */
      shown?: true;
      /** the pattern of a regular expression (`re.compile(r'xmrig|/dev/tcp/')`): never a command */
      pattern?: true;
      /**
       * (Python) a path only handed to an SSH client library as the identity it logs in with
       * (paramiko `key_filename=`, `pkey=RSAKey.from_private_key_file(…)`): as `ssh -i KEY`, an
       * option of the login, not a file read to be sent
       */
      keyFile?: true;
    }
  | { kind: 'env-read'; name: string; line: number }
  | { kind: 'env-bulk'; line: number }
  | { kind: 'indirect-import'; target?: string; via: string; line: number }
  | { kind: 'decoded'; text: string; how: string; line: number; asCode?: boolean };

/**
 * Drops, in place, the facts a local wrapper's body records at a call whose first argument is the
 * wrapper's own parameter (`paramFacts`: fact -> wrapper name), for each wrapper that is called
 * (`calls`) and never escapes (`escapes`): its calls record the same request with the caller's
 * arguments. Shared by the JS and Python walkers' dropParamFacts. A wrapper the file only exports
 * (`exported`, never called or otherwise used here) keeps its facts, marked `byCaller`.
 */
export function dropWrapperBodyFacts(
  facts: CodeFact[],
  paramFacts: ReadonlyMap<CodeFact, string>,
  escapes: ReadonlySet<string>,
  calls: ReadonlyMap<string, number>,
  exported: ReadonlySet<string> = new Set(),
): void {
  for (const [f, n] of paramFacts)
    if (f.kind === 'call' && exported.has(n) && !escapes.has(n) && !calls.get(n)) f.byCaller = true;
  const drop = (f: CodeFact): boolean => {
    const n = paramFacts.get(f);
    return n !== undefined && !escapes.has(n) && (calls.get(n) ?? 0) > 0;
  };
  if (!facts.some(drop)) return;
  const kept = facts.filter((f) => !drop(f));
  facts.length = 0;
  facts.push(...kept);
}

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
 * one took a second. For the few strings of an ordinary line the direct search is cheapest; past
 * that, one Aho-Corasick automaton of all the values finds, in time linear in their total length,
 * every value that occurs inside another.
 */
function partOfLonger(values: ReadonlySet<string>): Set<string> {
  let total = 0;
  for (const v of values) total += v.length;
  return values.size * total <= 1 << 20
    ? partOfLongerDirect(values)
    : partOfLongerAutomaton(values);
}

/**
 * Containment is transitive, so a value need only be looked for in the values no longer one
 * contains; taken longest first, those are all known when a value is looked at, and one search of
 * their text (joined by NUL, once per length) answers for every value of a length.
 */
export function partOfLongerDirect(values: ReadonlySet<string>): Set<string> {
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

/**
 * The same answer as partOfLongerDirect from an Aho-Corasick automaton of the values: each value's
 * text is run through it once, and every pattern that ends at a position is inside that value,
 * unless it is the value itself. A value's pattern, once marked, has all of its dictionary-suffix
 * chain marked too, so the walk down that chain stops at the first marked pattern: every pattern
 * is marked once, and the work is linear in the total length of the values.
 */
export function partOfLongerAutomaton(values: ReadonlySet<string>): Set<string> {
  const list = [...values];
  // trie: node 0 is the root; edges keyed by node * 2^16 + UTF-16 code unit
  const edge = new Map<number, number>();
  const depth: number[] = [0];
  /** the value (index in list) that ends at a node, or -1 */
  const ends: number[] = [-1];
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as string;
    let n = 0;
    for (let k = 0; k < v.length; k++) {
      const key = n * 0x10000 + v.charCodeAt(k);
      let next = edge.get(key);
      if (next === undefined) {
        next = depth.length;
        depth.push((depth[n] as number) + 1);
        ends.push(-1);
        edge.set(key, next);
      }
      n = next;
    }
    ends[n] = i;
  }
  const size = depth.length;
  const fail = new Int32Array(size);
  /** the nearest node on the failure chain (excluding the node) where a value ends, or -1 */
  const dict = new Int32Array(size).fill(-1);
  const children: number[][] = Array.from({ length: size }, () => []);
  const codes: number[][] = Array.from({ length: size }, () => []);
  for (const [key, child] of edge) {
    const parent = Math.floor(key / 0x10000);
    children[parent]?.push(child);
    codes[parent]?.push(key % 0x10000);
  }
  const step = (n: number, c: number): number => {
    for (;;) {
      const next = edge.get(n * 0x10000 + c);
      if (next !== undefined) return next;
      if (n === 0) return 0;
      n = fail[n] as number;
    }
  };
  // breadth first, so a node's failure target (shallower) is done before it
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q] as number;
    const kids = children[n] as number[];
    const cs = codes[n] as number[];
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k] as number;
      const f = n === 0 ? 0 : step(fail[n] as number, cs[k] as number);
      fail[child] = f;
      dict[child] = (ends[f] as number) >= 0 ? f : (dict[f] as number);
      queue.push(child);
    }
  }
  const marked = new Uint8Array(size);
  const out = new Set<string>();
  const mark = (from: number): void => {
    for (let d = from; d >= 0 && !marked[d]; d = dict[d] as number) {
      marked[d] = 1;
      out.add(list[ends[d] as number] as string);
    }
  };
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as string;
    let n = 0;
    for (let k = 0; k < v.length; k++) {
      n = step(n, v.charCodeAt(k));
      // the pattern ending here spans the whole value only at its last position, and is then
      // the value itself: not inside another
      const self = k === v.length - 1 && depth[n] === v.length;
      if ((ends[n] as number) >= 0 && !self) mark(n);
      else mark(dict[n] as number);
    }
  }
  // the empty value is inside any other
  if (values.has('') && values.size > 1) out.add('');
  return out;
}

/**
 * pseudo-callees of the facts an agent tool's handler gives (javascript/tools.ts,
 * python/tools.ts): a text it returns to the model, and a send of a file it reads and returns
 */
export const TOOL_RESULT = 'agent-tool.result';
export const TOOL_READ_SENT = 'agent-tool.read-and-sent';
