/**
 * Text normalisation for prose matching, with a map back to raw offsets: invisible characters
 * removed, NFKC (fullwidth and compatibility forms), Latin look-alikes from Cyrillic/Greek inside
 * Latin words, emphasis markers dropped, runs of blanks collapsed, a typographic apostrophe inside a
 * word made the ASCII one. `ig\u200bnore` → `ignore`, `don’t` → `don't`.
 */
import { lastAtMost } from '../../engine/lines.js';

/** zero-width and other invisible formatting characters, variation selectors and tag characters */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Ο: 'O',
  Α: 'A',
  Ε: 'E',
  Ι: 'I',
  Κ: 'K',
  Ν: 'N',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Β: 'B',
  Μ: 'M',
  Η: 'H',
  Ζ: 'Z',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
};

/** a letter of any script (one UTF-16 unit is enough to tell an apostrophe's neighbours) */
const LETTER = /^\p{L}/u;

/** any look-alike letter (all are single UTF-16 code units) */
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`);

export interface Normalized {
  text: string;
  /** raw offset (UTF-16 index into the source segment) of each normalized character */
  readonly map: number[];
  /** `map[min(i, map.length - 1)] ?? 0` without building `map` */
  rawAt(i: number): number;
  /** some invisible characters were removed */
  hadInvisible: boolean;
}

/**
 * The normalized → raw offset map as runs where both advance together (plain text copies long
 * runs), built as characters are emitted; the per-character array is only made when asked for.
 */
class OffsetRuns {
  /** normalized offset and raw offset where each run starts */
  private readonly ns: number[] = [];
  private readonly rs: number[] = [];
  length = 0;
  private full: number[] | undefined;

  /** the next `n` normalized characters come from raw offsets `raw`, `raw + 1`, … */
  push(raw: number, n = 1): void {
    const last = this.ns.length - 1;
    if (last < 0 || (this.rs[last] as number) + (this.length - (this.ns[last] as number)) !== raw) {
      this.ns.push(this.length);
      this.rs.push(raw);
    }
    this.length += n;
  }

  pop(): void {
    this.length--;
    const last = this.ns.length - 1;
    if (this.ns[last] === this.length) {
      this.ns.pop();
      this.rs.pop();
    }
  }

  at(i: number): number {
    if (i < 0 || i >= this.length) return 0;
    const k = lastAtMost(this.ns, i);
    return (this.rs[k] as number) + (i - (this.ns[k] as number));
  }

  array(): number[] {
    if (!this.full) {
      const out: number[] = [];
      for (let r = 0; r < this.ns.length; r++) {
        const end = r + 1 < this.ns.length ? (this.ns[r + 1] as number) : this.length;
        for (let i = this.ns[r] as number, v = this.rs[r] as number; i < end; i++, v++) out.push(v);
      }
      this.full = out;
    }
    return this.full;
  }
}

class NormalizedText implements Normalized {
  constructor(
    public text: string,
    private readonly runs: OffsetRuns,
    public hadInvisible: boolean,
  ) {}

  get map(): number[] {
    return this.runs.array();
  }

  rawAt(i: number): number {
    return this.runs.at(Math.min(i, this.runs.length - 1));
  }
}

/** ASCII kept as is: not `*`, a newline or a blank */
function plainAscii(code: number): boolean {
  return code < 0x80 && code !== 42 && code !== 10 && code !== 32 && (code < 9 || code > 13);
}

/**
 * a line that ends a paragraph's run of lines: blank, a heading, a table row, a fence, a hard
 * break, a thematic break or setext underline (`---`, `***`, `___`, `===`; the closing `---` of a
 * frontmatter too: what follows it opens a block of its own)
 */
const SOFT_PREV_STOP =
  /^\s*$|^\s{0,3}(?:#{1,6}(?:\s|$)|\||`{3,}|~{3,})|\|\s*$| {2,}$|\\$|^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/;
/**
 * a step's label at the start of a line, written for a list item without a list marker ("Step 1:",
 * "**Step 2:**", "Step 3 -"): each such line is an item of a loose numbered list
 */
export const STEP_LABEL = String.raw`(?:\*\*|__)?step[ \t]+\d{1,3}[ \t]*(?:[:.)—–]|[ \t]-)(?:\*\*|__)?`;

/**
 * a line that starts a new block: blank, a list item (or a step's label), a heading, a quote, a
 * table row, a fence, HTML, a definition, a thematic break or setext underline
 */
const SOFT_NEXT_STOP = new RegExp(
  String.raw`^\s*(?:$|(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|={3,}[ \t]*$|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|${STEP_LABEL}(?:\s|$)|#{1,6}(?:\s|$)|>|\||\x60{3,}|~{3,}|<|\[\^?[^\]\n]*\]:)`,
  'i',
);

/**
 * The line break at `at` only wraps a paragraph (a soft break): the text reads on across it, as
 * a renderer shows it ("upload them to⏎https://…" is one sentence). Two lines both indented as
 * code stay apart.
 */
function softBreak(raw: string, at: number): boolean {
  const start = raw.lastIndexOf('\n', at - 1) + 1;
  const prev = raw.slice(start, at).replace(/\r$/, '');
  if (SOFT_PREV_STOP.test(prev)) return false;
  const end = raw.indexOf('\n', at + 1);
  const next = raw.slice(at + 1, end < 0 ? raw.length : end);
  if (SOFT_NEXT_STOP.test(next)) return false;
  return !(/^(?: {4}|\t)/.test(prev) && /^(?: {4}|\t)/.test(next));
}

/**
 * `soft`: the text is markdown prose, whose soft line breaks read as blanks (see softBreak);
 * other carriers (data, config, frontmatter) keep their lines.
 */
export function normalize(raw: string, soft = false): Normalized {
  const out: string[] = [];
  const map = new OffsetRuns();
  // output that is raw[copyFrom, copyTo) unchanged (most prose) is copied as one piece when
  // something else is emitted or skipped, not word by word
  let copyFrom = -1;
  let copyTo = -1;
  /** the last character emitted is the last one of that copy */
  let lastCopied = false;
  /** the last character emitted is a blank */
  let lastBlank = false;
  const flush = () => {
    if (copyTo > copyFrom) {
      out.push(raw.slice(copyFrom, copyTo));
      map.push(copyFrom, copyTo - copyFrom);
    }
    copyFrom = copyTo = -1;
  };
  const copy = (from: number, to: number) => {
    if (from !== copyTo) {
      flush();
      copyFrom = from;
    }
    copyTo = to;
    lastCopied = true;
  };
  // an emitted character outside the BMP (an emoji) is two UTF-16 units, as in the raw text: both
  // map to its raw offsets, or every offset after it would point one unit early
  const emit = (s: string, at: number) => {
    flush();
    out.push(s);
    map.push(at, s.length);
    lastCopied = false;
  };
  let hadInvisible = false;
  let lastSpace = false;
  let newlines = 0;
  let nonAscii = false;
  for (let i = 0; i < raw.length;) {
    const code = raw.charCodeAt(i);
    const at = i;
    // ASCII fast path
    if (code < 0x80) {
      i++;
      if (code === 42) continue; // `*` emphasis
      if (code === 10) {
        if (soft && newlines === 0 && softBreak(raw, at)) {
          if (lastSpace) continue;
          emit(' ', at);
          lastBlank = true;
          lastSpace = true;
          continue;
        }
        if (newlines >= 2) continue;
        newlines++;
        // a blank before a line break goes
        if (lastSpace && lastBlank) {
          if (lastCopied) copyTo--;
          else {
            out.pop();
            map.pop();
          }
        }
        copy(at, at + 1);
        lastBlank = false;
        lastSpace = true;
        continue;
      }
      if (code === 32 || code === 9 || code === 13 || code === 11 || code === 12) {
        if (lastSpace) continue;
        if (code === 32) copy(at, at + 1);
        else emit(' ', at);
        lastBlank = true;
        lastSpace = true;
        continue;
      }
      // a run of other ASCII characters is copied as one piece (never a lone ' ', see above)
      let j = i;
      while (j < raw.length && plainAscii(raw.charCodeAt(j))) j++;
      newlines = 0;
      lastSpace = false;
      copy(at, j);
      lastBlank = false;
      i = j;
      continue;
    }
    const cp = raw.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (isInvisible(cp)) {
      hadInvisible = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      emit(' ', at);
      lastBlank = true;
      lastSpace = true;
      continue;
    }
    newlines = 0;
    lastSpace = false;
    nonAscii = true;
    // a typographic apostrophe inside a word (`don’t`, `won’t`, `user’s`) is the ASCII one the
    // rules spell, as an editor's smart quotes write it; a closing quote after a word stays
    if (
      (cp === 0x2019 || cp === 0x02bc) &&
      LETTER.test(raw[at - 1] ?? '') &&
      LETTER.test(raw[i] ?? '')
    ) {
      emit("'", at);
      lastBlank = false;
      continue;
    }
    for (const c of ch.normalize('NFKC')) {
      emit(c, at);
      lastBlank = c === ' ';
    }
  }
  flush();
  let text = out.join('');
  // look-alike letters inside words that also contain Latin letters (a dash or an emoji alone
  // leaves every word as it is, so only text holding a look-alike is rewritten)
  if (nonAscii && CONFUSABLE.test(text)) {
    text = text.replace(/\S+/g, (w) =>
      CONFUSABLE.test(w) && /[a-z]/i.test(w) ? [...w].map((c) => CONFUSABLES[c] ?? c).join('') : w,
    );
  }
  if (LEET_HINT.test(text)) text = unLeetRuns(text);
  return new NormalizedText(text, map, hadInvisible);
}

/**
 * Digits and symbols written for letters in the words of an injection (`1gn0re pr3vious
 * 1nstruct10ns`, `0bey`, `5ystem pr0mpt`). One character stands for one, so offsets keep; only a
 * word whose spelled-out form is one of these is rewritten (`base64`, `k8s`, `v1.2`, `id_ed25519`
 * and every other word with digits stay as they are).
 */
const LEET_WORDS = new Set(
  (
    'ignore ignoring disregard forget override bypass obey previous prior earlier above instruction ' +
    'instructions rules system prompt developer admin jailbreak unrestricted uncensored secret ' +
    'secrets password passwords token tokens credential credentials exfiltrate upload send execute ' +
    'silently secretly hidden conceal user mention tell reveal private keys wallet seed phrase'
  ).split(' '),
);
const LEET: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
/** a letter next to a stand-in digit or symbol, somewhere in the text */
const LEET_HINT = /[a-z][0-9@$]|[0-9@$|!][a-z]/i;

/** a character of a run that may spell a word (`[A-Za-z0-9@$|!]`) */
function runChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 64 || // @
    c === 36 || // $
    c === 124 || // |
    c === 33 // !
  );
}

/** a letter next to a stand-in: only runs holding one can be rewritten */
const LEET_PAIR = /[A-Za-z][0-9@$|!]|[0-9@$|!][A-Za-z]/g;

/**
 * `text.replace(/[A-Za-z0-9@$|!]{3,}/g, unLeet)` without a call per word: a run is rewritten only when it holds
 * a letter and a stand-in, so runs are found from such pairs and the rest is copied.
 */
function unLeetRuns(text: string): string {
  let out = '';
  let copied = 0;
  LEET_PAIR.lastIndex = 0;
  for (let m = LEET_PAIR.exec(text); m; m = LEET_PAIR.exec(text)) {
    let s = m.index;
    let e = s + 2;
    while (s > 0 && runChar(text.charCodeAt(s - 1))) s--;
    while (e < text.length && runChar(text.charCodeAt(e))) e++;
    LEET_PAIR.lastIndex = e;
    if (e - s < 3) continue;
    const w = text.slice(s, e);
    const f = unLeet(w);
    if (f === w) continue;
    out += text.slice(copied, s) + f;
    copied = e;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function unLeet(w: string): string {
  if (!/[a-z]/i.test(w) || !/[0-9@$|!]/.test(w)) return w;
  // `1`, `|` and `!` stand for i or l
  for (const one of ['i', 'l']) {
    const f = w.replace(/[0-9@$|!]/g, (c) =>
      c === '1' || c === '|' || c === '!' ? one : (LEET[c] ?? c),
    );
    if (LEET_WORDS.has(f.toLowerCase())) return f;
  }
  return w;
}
