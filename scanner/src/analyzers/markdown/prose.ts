/**
 * Phrase rules over normalised prose, window by window (sentence or paragraph), with the
 * "mention, not use" exemptions for visible text: a phrase in quotes/backticks or a window that
 * reads as education or an example is talked about, not addressed to the agent.
 */
import { BudgetExceeded } from '../../engine/route.js';
import { publicHost } from '../../capabilities/domains.js';
import { live, type CompiledText } from './match.js';
import { normalize, STEP_LABEL, type Normalized } from './normalize.js';
import { literals, met } from './prefilter.js';
import {
  attackQuoteAt,
  catalogCellAt,
  catalogQuoteAt,
  optionDocAt,
  definitionAt,
  refusedQuoteAt,
  clausesAround,
  listCondition,
  reviewStepAfter,
  readOnlyLead,
  governingClause,
  mentionedAt,
  warnedAt,
  prohibitedItemAt,
} from './warning.js';
import { dataMention, keyedMention } from './data-quotes.js';
import { CONFIG_CARRIER, CONFIG_MARK } from './config.js';
import { DATA_CARRIERS, FRONTMATTER_CARRIER, type Segment } from './structure.js';

export interface PreparedSegment {
  seg: Segment;
  norm: Normalized;
  readonly sentences: Array<[number, number]>;
  readonly paragraphs: Array<[number, number]>;
  /** which prefilter literals occur in the normalised text (by literal id) */
  readonly found: Uint8Array;
}

/**
 * sentence ends: . ! ? followed by space/newline (。 anywhere, and ! ? before a CJK character, since
 * Chinese and Japanese put no space after them; NFKC has made ！？ ASCII), blank lines, list items and headings, and the
 * rows of a table of settings, whose first cell names one thing (`API_TOKEN`, `--limit`,
 * `~/.cache/x.json`): such a row is a record, so the path in one row and the URL in the next are
 * two values, not one instruction. Rows of other tables (numbered steps: `| 1 | read … |`,
 * `| 2 | send it to … |`) still run on into one another.
 */
const SENTENCE_END = new RegExp(
  String.raw`[.!?。！？]["')\]」』]*(?=\s)|[。！？]["')\]」』]*|[!?](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)]|#{1,6})\s)|\n(?=\s*${STEP_LABEL}\s)|\n(?=[ \t]*\|[ \t]*\x60?(?=[\w.$~/-]*[A-Za-z_])[\w.$~/-]+\x60?[ \t]*\|)`,
  'gi',
);

/**
 * The rows of a command's option list are records the same way (`--name NAME   Key name (file in
 * ~/.ssh/)` above `--email EMAIL   Email for the key comment`): a row opens with one or two flags,
 * each with at most one argument name, then two or more blanks and the flag's help. Blanks are
 * collapsed in the normalised text (and a soft line break of markdown prose read as one), so the
 * rows are found in the raw text and cut at their first normalised character.
 */
const FLAG = String.raw`(?:-[A-Za-z0-9]|--[A-Za-z][\w-]*)(?:[ =]<?[A-Za-z_][\w.|-]*>?)?`;
const OPTION_ROW = new RegExp(String.raw`^[ \t]*(?=-)${FLAG}(?:,[ \t]*${FLAG})?[ \t]{2,}\S`, 'gm');

/** `windows` cut again where an option row starts */
function optionRows(
  norm: Normalized,
  raw: string,
  windows: Array<[number, number]>,
): Array<[number, number]> {
  const at: number[] = [];
  for (const m of raw.matchAll(OPTION_ROW)) {
    // the first normalised character at or after the row's raw start
    let lo = 0;
    let hi = norm.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (norm.rawAt(mid) < m.index) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && lo < norm.text.length && lo !== at[at.length - 1]) at.push(lo);
  }
  if (!at.length) return windows;
  const out: Array<[number, number]> = [];
  let k = 0;
  for (const [a, b] of windows) {
    let s = a;
    while (k < at.length && (at[k] as number) <= a) k++;
    for (; k < at.length && (at[k] as number) < b; k++) {
      out.push([s, at[k] as number]);
      s = at[k] as number;
    }
    out.push([s, b]);
  }
  return out;
}

function spans(text: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => hasNonSpace(text, s, e));
}

const NON_SPACE = /\S/g;

/** `text.slice(s, e).trim() !== ''` without the copy */
function hasNonSpace(text: string, s: number, e: number): boolean {
  NON_SPACE.lastIndex = s;
  const m = NON_SPACE.exec(text);
  return m !== null && m.index < e;
}

const PARAGRAPH_END = /\n\s*\n/g;

/**
 * Windows of data blocks are their entries: in JSON each string literal (keys and values; a
 * sentence never leaves its string) and each comment; a YAML or TOML entry runs to the next key,
 * list item or section (a block scalar's continuation lines stay with their key).
 */
const JSON_ENTRY = /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|#[^\n]*/g;

function entries(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(JSON_ENTRY)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const ENTRY_END: Record<string, RegExp> = {
  // a key is one word or a quoted string: `Step two: post it …` is a sentence, not a key
  [DATA_CARRIERS.yaml]:
    /\n(?=[ \t]*(?:-(?:[ \t]|\n|$)|(?:"[^"\n]*"|'[^'\n]*'|[\w./~$-]+):(?:[ \t]|\n|$)|\n|$))/g,
  [DATA_CARRIERS.toml]: /\n(?=[ \t]*(?:\[|(?:"[^"\n]*"|[\w.-]+)[ \t]*=|\n|$))/g,
};

/** a YAML entry whose value is a flow collection (`{…}`, `[…]`): its windows are its strings */
const FLOW_ENTRY = /^\s*(?:-\s+)?(?:(?:"[^"\n]*"|'[^'\n]*'|[\w./~$-]+)[ \t]*:\s*)?[{[]/;

/**
 * Windows of the frontmatter (see FRONTMATTER_CARRIER): each entry, cut into sentences, or into
 * its string literals when the value is a flow collection; `paragraphs` keeps an entry whole.
 */
function frontmatterWindows(text: string, whole: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans(text, ENTRY_END[DATA_CARRIERS.yaml] as RegExp)) {
    const entry = text.slice(s, e);
    const inner = FLOW_ENTRY.test(entry)
      ? entries(entry)
      : whole
        ? [[0, entry.length] as [number, number]]
        : spans(entry, SENTENCE_END);
    for (const [a, b] of inner) out.push([s + a, s + b]);
  }
  return out;
}

const FORM_OPEN = /<form\b/gi;
const FORM_CLOSE = /<\/form\s*>/gi;

/**
 * Paragraphs with an HTML form kept whole: a paragraph where a `<form` opens that no `</form>`
 * closes runs on over the blank lines inside the form (a page's fields set apart by blank lines
 * belong to the form that submits them), until the form closes, up to MAX_WINDOW characters
 */
function formsWhole(text: string, paras: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < paras.length; i++) {
    const [s, e0] = paras[i] as [number, number];
    let e = e0;
    const open = (a: number, b: number): number => {
      const t = text.slice(a, b);
      return (t.match(FORM_OPEN) ?? []).length - (t.match(FORM_CLOSE) ?? []).length;
    };
    let depth = open(s, e);
    while (depth > 0 && i + 1 < paras.length && e - s < MAX_WINDOW) {
      const next = paras[++i] as [number, number];
      depth += open(e, next[1]);
      e = next[1];
    }
    out.push([s, e]);
  }
  return out;
}

/** how far the pieces of a window longer than MAX_WINDOW overlap (longer than any rule's span) */
const WINDOW_OVERLAP = 1000;

/**
 * The windows with each one longer than MAX_WINDOW covered by overlapping pieces of that length.
 * A "sentence" that long is no sentence but a run of text without a stop (one line of JSON, a
 * source map's embedded sources); cut at its first MAX_WINDOW characters, an instruction placed
 * after them was never read (an exfiltration step 60 KB into a one-line source map passed).
 */
function covered(windows: Array<[number, number]>): Array<[number, number]> {
  if (windows.every(([s, e]) => e - s <= MAX_WINDOW)) return windows;
  const out: Array<[number, number]> = [];
  for (const [s, e] of windows) {
    if (e - s <= MAX_WINDOW) out.push([s, e]);
    else
      for (let a = s; ; a += MAX_WINDOW - WINDOW_OVERLAP) {
        out.push([a, Math.min(e, a + MAX_WINDOW)]);
        if (a + MAX_WINDOW >= e) break;
      }
  }
  return out;
}

/** windows are cut only for segments where some rule's patterns occur at all (most never) */
class Prepared implements PreparedSegment {
  private s: Array<[number, number]> | undefined;
  private p: Array<[number, number]> | undefined;
  private f: Uint8Array | undefined;
  private fv = -1;

  constructor(
    readonly seg: Segment,
    readonly norm: Normalized,
    private readonly only?: readonly number[],
  ) {}

  get sentences(): Array<[number, number]> {
    return (this.s ??= covered(this.sentenceSpans()));
  }

  private sentenceSpans(): Array<[number, number]> {
    // a config segment is one window: the instruction and what it writes
    if (this.seg.carrier === CONFIG_CARRIER) return [[0, this.norm.text.length]];
    if (this.seg.carrier === DATA_CARRIERS.json) return entries(this.norm.text);
    if (this.seg.carrier === FRONTMATTER_CARRIER) return frontmatterWindows(this.norm.text, false);
    const re = ENTRY_END[this.seg.carrier];
    return re
      ? spans(this.norm.text, re)
      : optionRows(this.norm, this.seg.text, spans(this.norm.text, SENTENCE_END));
  }

  get found(): Uint8Array {
    // rules compiled after the last pass may have brought literals it did not look for
    if (this.fv !== literals.version) {
      this.f = this.only
        ? literals.scanOnly(this.norm.text, this.only)
        : literals.scan(this.norm.text);
      this.fv = literals.version;
    }
    return this.f as Uint8Array;
  }

  get paragraphs(): Array<[number, number]> {
    // a data block has no paragraphs: its windows are its entries
    if (this.seg.carrier.startsWith('data-') || this.seg.carrier === CONFIG_CARRIER)
      return this.sentences;
    if (this.seg.carrier === FRONTMATTER_CARRIER)
      return (this.p ??= covered(frontmatterWindows(this.norm.text, true)));
    return (this.p ??= covered(formsWhole(this.norm.text, spans(this.norm.text, PARAGRAPH_END))));
  }
}

/** carriers of markdown prose, whose soft line breaks wrap sentences (normalize `soft`) */
const SOFT_CARRIERS = new Set(['prose', 'html-comment', 'hidden-element', 'sub/sup']);

/**
 * `only`: the segment is read for a few rules (match.ts gateLiterals of them, the same array each
 * time): only their literals are looked for, with the smaller automaton of those (the rules read
 * no other literal's mark)
 */
export function prepare(seg: Segment, only?: readonly number[]): PreparedSegment {
  return new Prepared(seg, normalize(seg.text, SOFT_CARRIERS.has(seg.carrier)), only);
}

/**
 * Where the quoted phrase or code span holding position `i` of `w` opens (its quote or backtick),
 * or -1 when `i` is in none.
 */
function quoteOpen(w: string, i: number): number {
  const before = w.slice(0, i);
  let open = -1;
  // code spans stay on one line; fence markers (```) are not spans
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(lineStart).replace(/`{3,}/g, (m) => ' '.repeat(m.length));
  // inside a code span, quotes are the code's
  if ((line.match(/`/g) ?? []).length % 2 === 1) return lineStart + line.lastIndexOf('`');
  // a quote escaped inside a string (`"says \\"…\\""` in JSON) opens a quote within it
  let outer = -1;
  let inner = -1;
  for (let k = before.indexOf('"'); k >= 0; k = before.indexOf('"', k + 1)) {
    if (outer >= 0 && before[k - 1] === '\\') inner = inner < 0 ? k : -1;
    else [outer, inner] = [outer < 0 ? k : -1, -1];
  }
  open = inner >= 0 ? inner : outer;
  const curly = Math.max(
    before.lastIndexOf('“'),
    before.lastIndexOf('«'),
    before.lastIndexOf('„'),
    before.lastIndexOf('「'),
    before.lastIndexOf('『'),
  );
  const close = Math.max(
    before.lastIndexOf('”'),
    before.lastIndexOf('»'),
    before.lastIndexOf('」'),
    before.lastIndexOf('』'),
  );
  if (curly > close) open = Math.max(open, curly);
  return open;
}

/**
 * Is position `i` of `w` inside a quoted phrase or code span that the text talks about (a
 * mention, not an instruction): "phrases like “ignore previous instructions”", "flag any text
 * containing `approve everything automatically`", "“ignore all previous instructions” is the
 * classic opener". A quote the sentence uses as its instruction ("Before answering, “ignore all
 * previous instructions”", "Follow this rule: “approve every tool call automatically”") is none.
 */
function quoted(p: PreparedSegment, s: number, w: string, i: number, prose: boolean): boolean {
  const open = quoteOpen(w, i);
  if (open < 0) return false;
  // in data every value is quoted: its key says whether it is talked about (`patterns: […]`) or
  // read (`system_prompt: "…"`); in code comments and captions quotes stay mentions
  if (!prose) {
    const data = dataMention(p.seg, p.norm.rawAt(s + open));
    if (data !== 'sentence') return data ?? true;
    // a quote inside a value the agent reads, or one no key holds: the sentence around it says
    // (an escaped quote, `\"` in JSON, is read without its backslash)
    const esc = w[open - 1] === '\\' ? 1 : 0;
    return mentionedAt(w.slice(0, open - esc) + w.slice(open), open - esc);
  }
  // a code span names a flag, a setting or a command (`--yolo`, `autoApprove`, `claude -p`),
  // whose use the code analyzers judge; only a sentence set in one is read as prose
  if (w[open] === '`') {
    const close = w.indexOf('`', open + 1);
    const span = w.slice(open + 1, close < 0 ? undefined : close);
    if (!SENTENCE_SPAN.test(span)) return true;
  }
  // a list item of nothing but quoted phrases under a label naming them as examples or an attack
  if (catalogQuoteAt(p.norm.text, s + open)) return true;
  // a line marked ✗ (refused) that holds only quoted phrases; read in the raw text, whose lines a
  // soft wrap has not joined
  if (refusedQuoteAt(p.seg.text, p.norm.rawAt(s + open))) return true;
  return mentionedAt(w, open);
}

/** is the match at `at` of window `w` (at `s`) inside a quote that is a catalog's entry */
function catalogEntry(text: string, s: number, w: string, at: number): boolean {
  const open = quoteOpen(w, at);
  return open >= 0 && catalogQuoteAt(text, s + open);
}

/** a code span holding a sentence: four or more plain words and nothing else */
const SENTENCE_SPAN = /^\s*[\p{L}'’]+(?:[\s,]+[\p{L}'’]+){3,}[\s.!]*$/u;

/**
 * A segment longer than this is checked for a rule pattern by pattern rather than by the
 * alternation of the rule's patterns: V8 finds where one pattern can start from its own first
 * characters or literal and skips the rest of the text, while an alternation of dozens of patterns
 * (some opening with lookbehinds) is tried at nearly every position. Measured: a 181 KB source map
 * read as text ~1,200 → ~310 ms a scan, a 43 KB SKILL.md ~400 → ~260 ms; on short segments (the
 * corpus's) one call of the alternation stays cheaper than dozens of calls.
 */
const LONG_SEGMENT = 2048;
/** windows longer than this are read in overlapping pieces (covered): no sentence or paragraph an agent follows is longer */
const MAX_WINDOW = 4000;
/** a document window is cut here: the steps of a skill's procedure come before */
const MAX_DOCUMENT = 64 * 1024;

/** Returns normalised offsets of hits (one per matching window). */

export function matchText(c: CompiledText, p: PreparedSegment, deadline = Infinity): number[] {
  if ((c.scope === 'config') !== (p.seg.carrier === CONFIG_CARRIER)) return [];
  if (c.scope === 'visible' && p.seg.hidden) return [];
  if (c.scope === 'hidden' && !p.seg.hidden) return [];
  if (c.captions === 'skip' && p.seg.carrier === 'code-caption') return [];
  if (
    c.comments === 'skip' &&
    (p.seg.carrier === 'code-comment' || p.seg.carrier === 'code-caption')
  )
    return [];
  if (c.examples === 'skip' && p.seg.example === 'counter') return [];
  const text = p.norm.text;
  const out: number[] = [];
  // literals first: one pass over the segment rules out most rules without running a regex
  if (c.pre && !met(c.pre, p.found)) return out;
  // only the patterns whose literals occur can match, here or in any window
  const any = c.any && live(c, 'any', c.any, c.anyWhere ?? [], c.anyEntry, p.found);
  const all = c.all?.map((g, k) =>
    live(c, `all${k}`, g, c.allWhere?.[k] ?? [], c.allEntries?.[k], p.found),
  );
  // cheap whole-segment check next: most rules match nowhere
  const somewhere = (re: RegExp) => re.test(text);
  const long = text.length > LONG_SEGMENT;
  /**
   * In a long segment, the patterns of a list that match somewhere in it, one by one (undefined
   * for a short segment or a list without copies): the windows are then checked with these alone,
   * each by itself, not by the list's alternation, which cost seconds on a 250 KB CSV read as text
   */
  const matching = (
    list: { keep?: Uint8Array },
    each: RegExp[] | undefined,
  ): RegExp[] | undefined =>
    long && each
      ? each.filter((re, k) => (!list.keep || list.keep[k] === 1) && re.test(text))
      : undefined;
  /** a list holds somewhere in the segment: its patterns that do (long), or its alternation */
  const holds = (
    list: { where: RegExp[]; keep?: Uint8Array },
    each: RegExp[] | undefined,
  ): RegExp[] | undefined | false => {
    const m = matching(list, each);
    return m ? m.length > 0 && m : list.where.some(somewhere) && undefined;
  };
  const liveAny = any && holds(any, c.anyEach);
  if (liveAny === false) return out;
  // each group in turn: a group that holds nowhere ends the check before the next is tested
  const liveAll: Array<RegExp[] | undefined> = [];
  for (const [k, g] of (all ?? []).entries()) {
    const m = holds(g, c.allEach?.[k]);
    if (m === false) return out;
    liveAll.push(m);
  }
  // a warning excuses a visible match; with `prose`, only one in markdown prose
  const prose = p.seg.carrier === 'prose';
  const warns = !p.seg.hidden && (c.warnings === 'skip' || (c.warnings === 'prose' && prose));
  let n = 0;
  const windows: ReadonlyArray<readonly [number, number]> =
    c.window === 'document'
      ? [[0, text.length]]
      : c.window === 'paragraph'
        ? p.paragraphs
        : p.sentences;
  for (const [s, e] of windows) {
    if ((++n & 63) === 0 && performance.now() > deadline)
      throw new BudgetExceeded('time budget exceeded');
    // sentences and paragraphs are MAX_WINDOW at most already (covered); the document is cut here
    const w = text.slice(s, c.window === 'document' ? Math.min(e, MAX_DOCUMENT) : e);
    // most windows hold none of the patterns: one alternation says so before pattern by pattern
    const inW = (re: RegExp) => re.test(w);
    if (any && !(liveAny ?? any.where).some(inW)) continue;
    if (all && !all.every((g, k) => (liveAll[k] ?? g.where).some(inW))) continue;
    let first = -1;
    let last = -1;
    // with `unlessIn: parts`, every hit of each pattern list, list by list
    const byParts = c.unlessIn === 'parts';
    const parts: Array<Array<[number, number]>> = [];
    let hits: Array<[number, number]> = [];
    const ok = (re: RegExp): boolean => {
      re.lastIndex = 0;
      let found = false;
      for (let m = re.exec(w); m; m = re.exec(w)) {
        const at = m.index;
        if (m[0].length === 0) re.lastIndex++;
        if (c.mentions === 'skip' && !p.seg.hidden && quoted(p, s, w, at, prose)) continue;
        // a name that looks like a host only by its dot (`DOMPurify.Config`) names none
        if (c.host !== undefined && !publicHost(m[c.host] ?? '')) continue;
        if (warns && warnedAt(w, at, at + m[0].length)) continue;
        if (warns && prose && attackQuoteAt(text, s + at)) continue;
        if (warns && prose && catalogCellAt(text, s + at)) continue;
        if (warns && prose && prohibitedItemAt(text, s + at)) continue;
        // an entry of a list of phrases to detect ("## Patterns to detect" over `- "Send the
        // contents of ~/.ssh/id_rsa to …"`), for the rules that read quotes too
        if (warns && prose && c.mentions === 'keep' && catalogEntry(text, s, w, at)) continue;
        // the description of a command-line option (`--yes` - Skip confirmation)
        if (warns && optionDocAt(p.seg.text, p.norm.rawAt(s + at))) continue;
        // a line that defines a field or an option (`allowed-tools`: Tools Claude can use …)
        if (
          c.definitions === 'skip' &&
          !p.seg.hidden &&
          definitionAt(p.seg.text, p.norm.rawAt(s + at), p.seg.source)
        )
          continue;
        // in a data block, a value whose key lists what is talked about (`examples`, `excerpt`)
        if (warns && !prose && keyedMention(p.seg, p.norm.rawAt(s + Math.max(quoteOpen(w, at), 0))))
          continue;
        if (first < 0 || at < first) first = at;
        last = Math.max(last, at + m[0].length);
        if (!byParts) return true;
        found = true;
        hits.push([at, at + m[0].length]);
      }
      return found;
    };
    const okIn =
      (keep: Uint8Array | undefined) =>
      (re: RegExp, k: number): boolean =>
        (!keep || keep[k] === 1) && ok(re);
    // by parts, each pattern of a list is tried (two settings in one block are two parts)
    const list = (group: readonly RegExp[], keep: Uint8Array | undefined): boolean => {
      if (!byParts) return group.some(okIn(keep));
      hits = [];
      const found = group.filter(okIn(keep)).length > 0;
      if (found) parts.push(hits);
      return found;
    };
    if (c.any && !list(c.any, any?.keep)) continue;
    if (c.all && !c.all.every((group, k) => list(group, all?.[k]?.keep))) continue;
    // a list item's clauses are joined to the condition the list hangs from, as a colon joins
    // them in one sentence ("If manually invoked:" over "- Skip confirmation")
    // … and a review step on the next line or item follows them ("Create all designs without
    // waiting for approval." over "2. Then show them to the user and ask which one to keep")
    // … and a sentence that first calls what it waives the confirmation for read-only ("The
    // explain command is read-only, so do not ask for confirmation"), from that claim on
    const listed = (clauses: string): string => {
      const lead = listCondition(text, s);
      const review = reviewStepAfter(text, e);
      const readOnly = readOnlyLead(w, first);
      const joined = review ? `${clauses} ${review}` : clauses;
      const led = lead ? `${lead} ${joined}` : joined;
      return readOnly ? `${readOnly} ${led}` : led;
    };
    if (c.unless && !p.seg.hidden) {
      const excused = byParts
        ? excusedParts(c.unless, w, parts, p.seg.carrier === CONFIG_CARRIER)
        : anyIn(
            c.unless,
            c.unlessIn === 'clauses'
              ? listed(clausesAround(w, first, last))
              : c.unlessIn === 'sentences'
                ? sentencesAround(text, s, w, first, last)
                : w,
          );
      if (excused) continue;
    }
    out.push(s + Math.max(first, 0));
  }
  return out;
}

/**
 * The sentences of window `w` (at `s` of `text`) that a match from `first` to `last` spans, after
 * the condition a list hangs from when the match is in one of its items ("When the user asks to
 * book:" over "- send their name to …", warning.ts listCondition).
 */
function sentencesAround(text: string, s: number, w: string, first: number, last: number): string {
  let from = 0;
  let to = w.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(w); m; m = SENTENCE_END.exec(w)) {
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
    const end = m.index + m[0].length;
    if (end <= first) from = end;
    else if (m.index >= last) {
      to = end;
      break;
    }
  }
  const lead = listCondition(text, s + from);
  const span = w.slice(from, to);
  return lead ? `${lead} ${span}` : span;
}

/**
 * Whether an exception excuses a match by its parts (`unlessIn: parts`): one list's part is
 * excused when the exception governs it (warning.ts governingClause), and the match when one of
 * its lists is. A list's hits in prose count by the last one (the instruction's verb nearest the
 * block); in a config segment each record line it hits is a part of its own, so an exception on
 * one setting's line does not excuse another setting in the same block.
 */
function excusedParts(
  unless: readonly RegExp[],
  w: string,
  parts: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  config: boolean,
): boolean {
  const excused = (t: string) => anyIn(unless, t);
  // an exception leads a text when it opens it, past brackets and emphasis
  const leads = (t: string): boolean => {
    const lead = t.replace(/^[\s([*_]+/u, '');
    return unless.some((re) => lead.search(re) === 0);
  };
  // in a config segment the lines of what it writes are records; its lead is prose
  const at = config ? w.indexOf(CONFIG_MARK) : -1;
  const lines = at < 0 ? w.length : Math.max(0, at - 1);
  return parts.some((hits) => {
    const inProse = hits.filter(([s]) => s < lines);
    const counted = [...hits.filter(([s]) => s >= lines), ...inProse.slice(-1)];
    return counted.every(([s, e]) => excused(governingClause(w, s, e, lines, leads)));
  });
}

/** does one of the (global or sticky) patterns match somewhere in `t` */
function anyIn(res: readonly RegExp[], t: string): boolean {
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(t);
  });
}

/** raw file offset of a normalised offset */
export function rawOffset(p: PreparedSegment, i: number): number {
  return p.seg.start + p.norm.rawAt(i);
}
