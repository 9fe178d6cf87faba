/**
 * A literal prefilter for the prose rules: which rules can possibly match a text, from one pass
 * over it. From each rule pattern we derive literals that every match must contain (`send\b.{0,99}
 * ssh\s+key` cannot match a text without "send" and "ssh" and "key"), as clauses: each clause is
 * a set of literals one of which must occur. One Aho-Corasick pass over a segment tells which
 * literals occur; a rule whose clauses are not all met is skipped without running its regexes.
 *
 * Sound by construction, never an approximation: a clause only holds literals some part of every
 * match must spell, case-folded exactly as the regex engine folds them (the character classes of
 * the automaton are built by asking the engine which characters match each literal character,
 * with and without the `u` flag). A pattern the extractor does not fully understand yields no
 * clause, so its rule always runs.
 */

/** literals one of which occurs in every match */
type Clause = string[];

interface Info {
  /** every string the node can match, when few and known */
  exact: Set<string> | null;
  /** literals every match contains: all clauses hold */
  clauses: Clause[];
}

const EXACT_LIMIT = 32;
/** clauses whose shortest literal is shorter than this say little and cost matches */
const MIN_LITERAL = 3;
/** …unless no clause of the pattern has longer ones */
const MIN_SHORT = 2;

const ANY: Info = { exact: null, clauses: [] };
const EMPTY = (): Info => ({ exact: new Set(['']), clauses: [] });

class Unsupported extends Error {}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function charInfo(code: number): Info {
  if (isSurrogate(code) || code > 0xffff) return ANY;
  return { exact: new Set([String.fromCharCode(code)]), clauses: [] };
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** the clause a finite set of strings gives, or none when one of them is empty */
function clauseOf(set: Set<string>): Clause | undefined {
  if (!set.size || set.has('')) return undefined;
  return [...set];
}

function score(c: Clause): number {
  return Math.min(...c.map((s) => s.length)) * 100 - c.length;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const r = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('trailing');
    return r;
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Info;
    // exact: the union; clauses: one clause per branch (its best, or its exact set), joined
    let exact: Set<string> | null = new Set();
    for (const b of branches) {
      if (!b.exact || !exact) exact = null;
      else for (const s of b.exact) exact.add(s);
      if (exact && exact.size > EXACT_LIMIT) exact = null;
    }
    const joined = new Set<string>();
    for (const b of branches) {
      const own = b.exact ? clauseOf(b.exact) : undefined;
      const best = [...b.clauses, ...(own ? [own] : [])].sort((x, y) => score(y) - score(x))[0];
      if (!best) return { exact, clauses: [] };
      for (const s of best) joined.add(s);
    }
    return { exact, clauses: [[...joined]] };
  }

  private sequence(): Info {
    const clauses: Clause[] = [];
    let exact: Set<string> | null = new Set(['']);
    // the run of adjacent exact parts, spelled out
    let run: Set<string> | null = new Set(['']);
    const flush = () => {
      const c = run ? clauseOf(run) : undefined;
      if (c) clauses.push(c);
      run = new Set(['']);
    };
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.quantified();
      clauses.push(...part.clauses);
      exact = exact && part.exact ? product(exact, part.exact) : null;
      if (part.exact) {
        const next: Set<string> | null = run ? product(run, part.exact) : null;
        if (next) run = next;
        else {
          flush();
          run = new Set(part.exact);
        }
      } else flush();
    }
    flush();
    return { exact, clauses };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return atom;
    if (this.peek() === '?') this.i++;
    if (atom.exact === null && atom.clauses.length === 0 && min === 0) return ANY;
    if (min === 0) {
      // optional: nothing required; exact only for x? of a small set
      if (max === 1 && atom.exact) return { exact: new Set(['', ...atom.exact]), clauses: [] };
      return ANY;
    }
    let exact: Set<string> | null = null;
    if (atom.exact && min === max && min <= 4) {
      exact = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
    }
    const own = atom.exact ? clauseOf(atom.exact) : undefined;
    return { exact, clauses: [...atom.clauses, ...(own ? [own] : [])] };
  }

  private atom(): Info {
    const c = this.peek();
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        this.i++;
        return ANY;
      case '^':
      case '$':
        this.i++;
        return EMPTY();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
        throw new Unsupported(`unexpected ${c}`);
      default: {
        if ((c === ']' || c === '}') && this.unicode) throw new Unsupported('lone bracket');
        const code = this.src.charCodeAt(this.i);
        this.i++;
        return charInfo(code);
      }
    }
  }

  private group(): Info {
    this.i++; // (
    let kind: 'capture' | 'look' | 'negative' = 'capture';
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        kind = rest[1] === '=' ? 'look' : 'negative';
        this.i += 2;
      } else if (rest === '?<=' || rest === '?<!') {
        kind = rest[2] === '=' ? 'look' : 'negative';
        this.i += 3;
      } else if (rest.startsWith('?<')) {
        const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i));
        if (!m) throw new Unsupported('group name');
        this.i += m[0].length;
      } else throw new Unsupported('group kind');
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // a lookaround matches no characters; what a positive one looks at is in the text all the same
    if (kind === 'look') return { exact: new Set(['']), clauses: inner.clauses };
    if (kind === 'negative') return EMPTY();
    return inner;
  }

  /** one escape outside a class */
  private escape(): Info {
    const e = this.peek(1);
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return EMPTY();
    }
    if (/[1-9]/.test(e)) {
      // a backreference (or an Annex B octal escape): any text
      this.i += 2;
      while (/[0-9]/.test(this.peek())) this.i++;
      return ANY;
    }
    if (e === 'k') {
      this.i += 2;
      const m = /^<[^>]*>/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return ANY;
    }
    const code = this.escapedChar(false);
    return code === undefined ? ANY : charInfo(code);
  }

  /** the code of the char an escape at `i` stands for (undefined: a set of chars); advances */
  private escapedChar(inClass: boolean): number | undefined {
    this.i++; // backslash
    const e = this.peek();
    this.i++;
    switch (e) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return undefined;
      case 'p':
      case 'P':
        if (this.unicode) {
          const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
          if (!m) throw new Unsupported('property');
          this.i += m[0].length;
          return undefined;
        }
        return e.charCodeAt(0);
      case 'n':
        return 10;
      case 'r':
        return 13;
      case 't':
        return 9;
      case 'v':
        return 11;
      case 'f':
        return 12;
      case 'b':
        if (inClass) return 8;
        throw new Unsupported('\\b');
      case '0':
        if (/[0-9]/.test(this.peek())) throw new Unsupported('octal');
        return 0;
      case 'c': {
        const l = this.peek();
        if (/[A-Za-z]/.test(l)) {
          this.i++;
          return l.charCodeAt(0) % 32;
        }
        throw new Unsupported('\\c');
      }
      case 'x': {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsupported('\\x');
        this.i += 2;
        return parseInt(m[0], 16);
      }
      case 'u': {
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i));
        if (m) {
          this.i += 4;
          return parseInt(m[0], 16);
        }
        const b = this.unicode ? /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i)) : null;
        if (!b) throw new Unsupported('\\u');
        this.i += b[0].length;
        return parseInt(b[1] as string, 16);
      }
      case '':
        throw new Unsupported('trailing backslash');
      default:
        if (/[1-9]/.test(e)) throw new Unsupported('class backreference');
        return e.charCodeAt(0);
    }
  }

  private charClass(): Info {
    this.i++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let known = true;
    const item = (): number | undefined => {
      if (this.peek() === '\\') return this.escapedChar(true);
      const code = this.src.charCodeAt(this.i);
      this.i++;
      return code;
    };
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const from = item();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        const to = item();
        if (from === undefined || to === undefined) {
          if (this.unicode) throw new Unsupported('class range of sets');
          known = false;
          continue;
        }
        if (to - from > 8 || to < from) known = false;
        else for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      if (from === undefined || isSurrogate(from) || from > 0xffff) known = false;
      else chars.add(String.fromCharCode(from));
    }
    this.i++; // ]
    if (negated || !known || !chars.size || chars.size > EXACT_LIMIT) return ANY;
    return { exact: chars, clauses: [] };
  }
}

/**
 * The clauses every match of `source` meets (empty: nothing known, always run the regex). Each
 * clause is a list of literals, one of which every match contains (case-insensitively).
 */
const extracted = new Map<string, Clause[]>();

export function requiredLiterals(source: string, unicode: boolean): Clause[] {
  const key = `${unicode ? 'u' : ''}/${source}`;
  let out = extracted.get(key);
  if (!out) extracted.set(key, (out = extract(source, unicode)));
  return out.map((c) => [...c]);
}

function extract(source: string, unicode: boolean): Clause[] {
  let info: Info;
  try {
    info = new Parser(source, unicode).parse();
  } catch {
    return [];
  }
  const own = info.exact ? clauseOf(info.exact) : undefined;
  const all = [...info.clauses, ...(own ? [own] : [])];
  const seen = new Set<string>();
  const out: Clause[] = [];
  // two-letter literals (`7z`, `to`) occur nearly everywhere: kept only when nothing longer is known
  const shortest = (c: Clause) => Math.min(...c.map((s) => s.length));
  const floor = all.some((c) => shortest(c) >= MIN_LITERAL) ? MIN_LITERAL : MIN_SHORT;
  for (const c of all) {
    if (shortest(c) < floor) continue;
    // a literal that contains another of the same clause adds nothing
    const sorted = [...new Set(c)].sort((a, b) => a.length - b.length);
    const kept = sorted.filter((s, k) => !sorted.slice(0, k).some((t) => s.includes(t)));
    const key = [...kept].sort().join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(kept);
  }
  return out;
}

const nonAsciiCache = new Map<string, Map<number, number[]>>();

/**
 * Which non-ASCII literal characters each text character matches case-insensitively (with or
 * without `u`): asked of the regex engine for every BMP character, since Unicode case folding
 * links characters no table here would list (the Ohm sign and omega, old Cyrillic letter forms).
 * Once per set of characters; non-ASCII literals are few (the multilingual phrases).
 */
function nonAsciiMatches(chars: number[]): Map<number, number[]> {
  const key = chars.join(',');
  let out = nonAsciiCache.get(key);
  if (out) return out;
  out = new Map();
  if (chars.length) {
    const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
    const set = chars.map(hex).join('');
    const anyI = new RegExp(`[${set}]`, 'i');
    const anyIU = new RegExp(`[${set}]`, 'iu');
    const one = chars.map((c) => [new RegExp(hex(c), 'i'), new RegExp(hex(c), 'iu')] as const);
    for (let t = 0; t < 65536; t++) {
      if (isSurrogate(t)) continue;
      const ch = String.fromCharCode(t);
      if (!anyI.test(ch) && !anyIU.test(ch)) continue;
      const hits = chars.filter((_, k) => one[k]?.[0].test(ch) || one[k]?.[1].test(ch));
      out.set(t, hits);
    }
  }
  nonAsciiCache.set(key, out);
  return out;
}

/**
 * One Aho-Corasick automaton over some of the literals, as a dense table on character classes
 * (the class of a text character: which literal characters it matches case-insensitively).
 */
class Automaton {
  /** 16 bits: the non-ASCII literals (Chinese, Japanese, Korean words) use hundreds of classes */
  private readonly classOf = new Uint16Array(65536);
  private readonly nc: number;
  private readonly delta: Uint16Array | Int32Array;
  /** per state: literal ids it ends (its own and those of its suffix links) */
  private readonly outputs: Array<number[] | undefined>;
  private readonly hasOutput: Uint8Array;
  /** a text without a match of this cannot hold one of the literals (undefined: any text can) */
  readonly gate: RegExp | undefined;

  constructor(
    entries: Array<[string, number]>,
    charClass: ReadonlyMap<number, number>,
    textClasses: ReadonlyMap<number, number>,
    gated: boolean,
  ) {
    // the global classes this automaton's literals use, renumbered densely from 1
    const local = new Map<number, number>();
    for (const [s] of entries)
      for (let k = 0; k < s.length; k++) {
        const g = charClass.get(s.charCodeAt(k)) as number;
        if (!local.has(g)) local.set(g, local.size + 1);
      }
    const nc = (this.nc = local.size + 1);
    // gated: every literal holds a non-ASCII character, so a text can only hold one of them if
    // it has a character of such a character's class (an ASCII one too: s matches ſ with `u`)
    const gate = new Set<number>();
    if (gated)
      for (const [s] of entries)
        for (let k = 0; k < s.length; k++)
          if (s.charCodeAt(k) >= 0x80) gate.add(charClass.get(s.charCodeAt(k)) as number);
    let wide = '';
    for (const [t, g] of textClasses) {
      const l = local.get(g);
      if (l === undefined) continue;
      this.classOf[t] = l;
      if (gate.has(g)) wide += `\\u${t.toString(16).padStart(4, '0')}`;
    }
    this.gate = gated ? new RegExp(`[${wide}]`) : undefined;
    const cls = (c: number) => local.get(charClass.get(c) as number) as number;
    // trie
    const next: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    for (const [s, id] of entries) {
      let st = 0;
      for (let k = 0; k < s.length; k++) {
        const cl = cls(s.charCodeAt(k));
        let n = next[st]?.get(cl);
        if (n === undefined) {
          n = next.length;
          next.push(new Map());
          ends.push([]);
          next[st]?.set(cl, n);
        }
        st = n;
      }
      ends[st]?.push(id);
    }
    const delta =
      next.length < 65536 ? new Uint16Array(next.length * nc) : new Int32Array(next.length * nc);
    const fail = new Int32Array(next.length);
    const outputs = new Array<number[] | undefined>(next.length);
    const queue: number[] = [];
    for (let cl = 0; cl < nc; cl++) {
      const n = next[0]?.get(cl);
      delta[cl] = n ?? 0;
      if (n !== undefined) queue.push(n);
    }
    for (let q = 0; q < queue.length; q++) {
      const st = queue[q] as number;
      const own = ends[st] ?? [];
      const inherited = outputs[fail[st] as number] ?? [];
      outputs[st] = own.length || inherited.length ? [...own, ...inherited] : undefined;
      for (let cl = 0; cl < nc; cl++) {
        const n = next[st]?.get(cl);
        const viaFail = delta[(fail[st] as number) * nc + cl] as number;
        if (n !== undefined) {
          fail[n] = viaFail;
          delta[st * nc + cl] = n;
          queue.push(n);
        } else delta[st * nc + cl] = viaFail;
      }
    }
    this.delta = delta;
    this.outputs = outputs;
    this.hasOutput = Uint8Array.from(outputs, (o) => (o ? 1 : 0));
  }

  /**
   * marks in `found` the literals that occur in `text`. The states that end a literal are noted
   * the first time they are passed (hasOutput 1 → 2 while the scan runs, the list says which) and
   * their literals marked after the loop: no array as long as the automaton's states per text.
   */
  scan(text: string, found: Uint8Array): void {
    const { delta, classOf, hasOutput, outputs, nc } = this;
    const passed: number[] = [];
    let st = 0;
    for (let k = 0; k < text.length; k++) {
      st = delta[st * nc + (classOf[text.charCodeAt(k)] as number)] as number;
      if (hasOutput[st] === 1) {
        hasOutput[st] = 2;
        passed.push(st);
      }
    }
    for (const q of passed) {
      hasOutput[q] = 1;
      for (const id of outputs[q] as number[]) found[id] = 1;
    }
  }
}

/**
 * All literals of all compiled rules, matched in one pass (two automata: literals spelled in
 * ASCII, and the few with other characters, run only over texts that hold one of those). Literals
 * are registered as rules are loaded; the automata are rebuilt when new ones arrive.
 */
class Literals {
  private ids = new Map<string, number>();
  private list: string[] = [];
  /** the class of each literal character (chars one text character matches share a class) */
  private charClass = new Map<number, number>();
  /** text character → class, for every character that matches some literal character */
  private textClass = new Map<number, number>();
  private built = -1;
  private automata: Automaton[] = [];
  version = 0;

  id(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(literal, id);
      this.list.push(literal);
      this.version++;
    }
    return id;
  }

  private buildClasses(): void {
    const chars = new Set<number>();
    for (const s of this.list) for (let k = 0; k < s.length; k++) chars.add(s.charCodeAt(k));
    if ([...chars].every((c) => this.charClass.has(c))) return;
    // union-find over literal chars: two that one text character matches share a class
    const parent = new Map([...chars].map((c) => [c, c]));
    const find = (c: number): number => {
      let r = c;
      while (parent.get(r) !== r) r = parent.get(r) as number;
      return r;
    };
    const hitsOf = new Map<number, number[]>();
    const hit = (t: number, c: number) => {
      const h = hitsOf.get(t);
      if (!h) hitsOf.set(t, [c]);
      else if (!h.includes(c)) {
        parent.set(find(h[0] as number), find(c));
        h.push(c);
      }
    };
    for (const c of chars) {
      hit(c, c);
      if (c >= 0x80) continue;
      // an ASCII letter matches its other case, and with the `u` flag ſ (s) and the Kelvin sign
      // (k), the only characters whose simple case folding is ASCII (checked in the tests)
      const ch = String.fromCharCode(c);
      for (const o of [ch.toLowerCase(), ch.toUpperCase()]) hit(o.charCodeAt(0), c);
      if (c === 0x73 || c === 0x53) hit(0x17f, c);
      if (c === 0x6b || c === 0x4b) hit(0x212a, c);
    }
    for (const [t, cs] of nonAsciiMatches([...chars].filter((c) => c >= 0x80)))
      for (const c of cs) hit(t, c);
    const classIds = new Map<number, number>();
    this.charClass.clear();
    for (const c of chars) {
      const root = find(c);
      let id = classIds.get(root);
      if (id === undefined) classIds.set(root, (id = classIds.size + 1));
      this.charClass.set(c, id);
    }
    this.textClass.clear();
    for (const [t, hits] of hitsOf)
      this.textClass.set(t, this.charClass.get(hits[0] as number) as number);
  }

  /** the automata of some literals (by id, ascending): one for ASCII ones, one for the others */
  private automataOf(ids: readonly number[]): Automaton[] {
    const ascii: Array<[string, number]> = [];
    const other: Array<[string, number]> = [];
    for (const id of ids) {
      const s = this.list[id] as string;
      (/^[\0-\x7f]*$/.test(s) ? ascii : other).push([s, id]);
    }
    const out: Automaton[] = [];
    if (ascii.length) out.push(new Automaton(ascii, this.charClass, this.textClass, false));
    if (other.length) out.push(new Automaton(other, this.charClass, this.textClass, true));
    return out;
  }

  private build(): void {
    this.buildClasses();
    this.automata = this.automataOf(this.list.map((_, id) => id));
    this.subsets = new WeakMap();
    this.built = this.version;
  }

  /** which literals occur in `text` (by id) */
  scan(text: string): Uint8Array {
    if (this.built !== this.version) this.build();
    return this.run(this.automata, text);
  }

  /**
   * automata of sets of literals (scanOnly), by the ids array itself: its callers keep one array
   * per rule list (match.ts gateLiterals), so a scan looks its automata up without building a key
   */
  private subsets = new WeakMap<readonly number[], Automaton[]>();

  /**
   * Which of the literals `ids` (ascending) occur in `text`; no other literal is marked. An
   * automaton of a few rules' literals has a small table where the one of all literals is large,
   * so a text read for only those rules (a code file's `code: scan` gate) is scanned faster; the
   * literals it finds are the ones `scan` finds among `ids`. Pass the same array for the same set:
   * its automata are kept by the array.
   */
  scanOnly(text: string, ids: readonly number[]): Uint8Array {
    if (this.built !== this.version) this.build();
    let automata = this.subsets.get(ids);
    if (!automata) this.subsets.set(ids, (automata = this.automataOf(ids)));
    return this.run(automata, text);
  }

  private run(automata: readonly Automaton[], text: string): Uint8Array {
    const found = new Uint8Array(this.list.length);
    for (const a of automata) if (!a.gate || a.gate.test(text)) a.scan(text, found);
    return found;
  }
}

export const literals = new Literals();

/**
 * What a text must contain for a rule to match there, as literal ids: every entry (the rule's
 * `any` list, each `all` group) must hold; an entry holds when one of its patterns has all of its
 * clauses met; a clause is met when one of its literals occurs.
 */
export type Requirement = number[][][][];

/** the entry of "some pattern of `sources` matches" (undefined: some pattern has no clause) */
export function entryOf(
  sources: string[],
  unicode: (s: string) => boolean,
): number[][][] | undefined {
  const alternatives: number[][][] = [];
  for (const s of sources) {
    const clauses = requiredLiterals(s, unicode(s));
    if (!clauses.length) return undefined;
    alternatives.push(clauses.map((c) => c.map((l) => literals.id(l))));
  }
  return alternatives;
}

export function met(req: Requirement, found: Uint8Array): boolean {
  return req.every((alternatives) =>
    alternatives.some((clauses) => clauses.every((c) => c.some((id) => found[id] === 1))),
  );
}
