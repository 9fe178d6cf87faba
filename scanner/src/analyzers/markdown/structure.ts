import { fenceLanguage } from './commands.js';
import { blankDocDescriptions, OTHER_CODE_LANGS } from './doc-comments.js';

/**
 * Markdown structure with exact line numbers: fenced code blocks (CommonMark fences, also inside
 * list items), the visible prose (code blocks and hidden carriers blanked out, offsets kept) and
 * the hidden carriers an agent reads but a person does not see: HTML comments, <sub>/<sup>,
 * hidden elements, link reference definitions, link titles and image alt text.
 */

export interface Fence {
  /** info string's first word, lower-cased ('' when unlabelled) */
  lang: string;
  /** code text */
  text: string;
  /** 1-based line of the first code line */
  line: number;
  /** UTF-16 offsets of the whole block (fences included) */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** offset of text[0] in the file */
  start: number;
  hidden: boolean;
  carrier: string;
  /** findings in decoded segments all point at this line */
  line?: number;
  decodedFrom?: string;
  /**
   * `counter`: a data block the text labels as what not to do ("Vulnerable:", "❌ Bad example",
   * `# BAD: script injection` as its first line), in a file that never tells to save a block into
   * a file (see counterExample); rules may skip it (`examples: skip`)
   */
  example?: 'counter';
  /**
   * how the quoted strings of a data file are read (data-quotes.ts): parsed as YAML (JSON and
   * YAML files) or by the key on their line (`.toml`, `.env`, `.ini`, …); data blocks and the
   * frontmatter go by their carrier
   */
  quotes?: 'yaml' | 'lines';
  /**
   * the visible prose's file text with its code blocks in place (same offsets): what a heading's
   * section runs, for the rules that read it (warning.ts optionHeading)
   */
  source?: string;
}

export interface Structure {
  fences: Fence[];
  visible: Segment;
  hidden: Segment[];
}

export function findFences(text: string): Fence[] {
  const fences: Fence[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let open:
    | {
        /** opened inside a block quote */
        quote: boolean;
        indent: number;
        lang: string;
        line: number;
        start: number;
        body: string[];
        close: RegExp;
      }
    | undefined;
  for (let i = 0; i < lines.length; i++) {
    const whole = lines[i] as string;
    const lineStart = offset;
    offset += whole.length + 1;
    // a fence inside a block quote (`> ```bash`) is one too: its lines are read without the
    // quote's markers, and a line without them ends it
    const quote = /^(?: {0,3}>[ ]?)+/.exec(whole)?.[0] ?? '';
    if (open && open.quote && !quote) {
      fences.push({
        lang: open.lang,
        text: open.body.join('\n'),
        line: open.line,
        start: open.start,
        end: lineStart - 1,
      });
      open = undefined;
    }
    const l = open?.quote ? whole.slice(quote.length) : open ? whole : whole.slice(quote.length);
    if (!open) {
      const m = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/.exec(l);
      if (m) {
        const char = (m[2] as string)[0] as string;
        const len = (m[2] as string).length;
        open = {
          quote: quote.length > 0,
          indent: (m[1] as string).length,
          lang: (m[3] ?? '').toLowerCase().replace(/^\{\.?|\}$/g, ''),
          line: i + 2,
          start: lineStart,
          body: [],
          close: new RegExp(`^\\s*${char === '`' ? '`' : '~'}{${len},}\\s*$`),
        };
      }
      continue;
    }
    if (open.close.test(l)) {
      fences.push({
        lang: open.lang,
        text: open.body.join('\n'),
        line: open.line,
        start: open.start,
        end: lineStart + whole.length,
      });
      open = undefined;
      continue;
    }
    const strip = open.indent;
    open.body.push(l.slice(Math.min(strip, /^\s*/.exec(l)?.[0].length ?? 0)));
  }
  if (open)
    fences.push({
      lang: open.lang,
      text: open.body.join('\n'),
      line: open.line,
      start: open.start,
      end: text.length,
    });
  return fences;
}

/**
 * Indented code blocks (four spaces after a blank line, outside lists). They stay in the prose as
 * well; the caller only hands them to the bash analyzer when they look like commands.
 */
export function findIndented(text: string, fences: readonly Fence[]): Fence[] {
  const out: Fence[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let block: { start: number; line: number; body: string[] } | undefined;
  let prevBlank = true;
  let inList = false;
  const flush = (end: number) => {
    if (block)
      out.push({
        lang: '',
        text: block.body.join('\n'),
        line: block.line,
        start: block.start,
        end,
      });
    block = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const start = offset;
    offset += l.length + 1;
    const inFence = fences.some((f) => start >= f.start && start < f.end);
    const indented = /^(?: {4}|\t)/.test(l) && l.trim() !== '';
    if (!inFence && indented && (block || (prevBlank && !inList))) {
      block ??= { start, line: i + 1, body: [] };
      block.body.push(l.replace(/^(?: {4}|\t)/, ''));
    } else if (l.trim() === '' && block) block.body.push('');
    else flush(start);
    if (l.trim() !== '' && !indented)
      inList = /^\s{0,3}(?:[-*+]|\d+[.)])\s/.test(l) || (inList && !prevBlank);
    prevBlank = l.trim() === '';
  }
  flush(text.length);
  return out;
}

/** `text` with every code unit in the ranges except newlines turned into a space (offsets kept) */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, at);
    const end = Math.min(e, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Is `text` from `start` to `end` inside a code span on one line (an odd number of backticks
 * before it on its line and one after it)? Markdown shows a span's text as written: an HTML
 * comment or tag in one (`<!-- assistant: … -->` quoted by a guide) is visible, not hidden.
 */
function inCodeSpan(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', from);
  const to = nl < 0 ? text.length : nl;
  if (end > to) return false;
  const ticks = (t: string) => (t.replace(/`{3,}/g, '').match(/`/g) ?? []).length;
  return ticks(text.slice(from, start)) % 2 === 1 && ticks(text.slice(end, to)) > 0;
}

const HIDDEN_PATTERNS: Array<{ re: RegExp; carrier: string; group: number; blankAll: boolean }> = [
  { re: /<!--([\s\S]*?)(?:-->|$)/g, carrier: 'html-comment', group: 1, blankAll: true },
  {
    re: /<(sub|sup|small)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi,
    carrier: 'sub/sup',
    group: 2,
    blankAll: true,
  },
  {
    re: /<(span|div|p|section|details|font)\b[^>]*(?:\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?:\.0*)?\b|color\s*:\s*(?:white|#fff(?:fff)?\b|transparent)|height\s*:\s*0)[^>]*>([\s\S]*?)<\/\1\s*>/gi,
    carrier: 'hidden-element',
    group: 2,
    blankAll: true,
  },
  {
    re: /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*$/gm,
    carrier: 'link-definition',
    group: 0,
    blankAll: true,
  },
  { re: /!\[([^\]\n]{3,})\]\(/g, carrier: 'alt-text', group: 1, blankAll: false },
  { re: /\]\([^)\s]+\s+"([^"\n]{3,})"\)/g, carrier: 'link-title', group: 1, blankAll: false },
];

/** carriers of data fences; their prose windows are entries, not sentences (see prose.ts) */
export const DATA_CARRIERS = { json: 'data-json', yaml: 'data-yaml', toml: 'data-toml' } as const;

/**
 * YAML frontmatter at the top of a markdown file: a record of keys an agent reads as values (the
 * `description` sentence, a `metadata` object listing required binaries, env names and config
 * files). Its windows are its entries, sentence by sentence, and string by string inside a flow
 * collection (see prose.ts), so `curl` in `requires.bins` and a config path in `requires.config`
 * never make one sentence; an instruction inside any one value is still one.
 */
export const FRONTMATTER_CARRIER = 'frontmatter';

/** the frontmatter block (between the opening and closing `---`), offsets of its body */
export function frontmatterRange(text: string): [number, number] | undefined {
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const start = m[0].indexOf('\n') + 1;
  return [start, start + (m[1] ?? '').length];
}

const JSON_LANGS = new Set(['json', 'jsonc', 'json5', 'jsonl', 'ndjson', 'geojson']);
const YAML_LANGS = new Set(['yaml', 'yml']);
const TOML_LANGS = new Set(['toml', 'ini', 'cfg', 'conf', 'properties']);

/**
 * The data format of a fence: JSON when its text parses as JSON (labelled json/jsonc/json5,
 * JSON lines, or unlabelled), YAML or TOML by label. A "json" block that does not parse stays
 * prose: only real string literals become windows.
 */
/** an option by which a command answers its own prompts or skips them */
const ANSWERS_PROMPTS =
  /(?:^|\s)(?:-y|-f|--yes|--assume-yes|--force|--auto-approve|--approve|--non-interactive|--noninteractive|--no-confirm|--noconfirm|--no-prompt|--quiet|--batch|--unattended|--auto)(?=\s|=|$)/;

/** a label that names what follows as what not to do */
const COUNTER_LABEL =
  /\b(?:bad|vulnerable|insecure|unsafe|dangerous|wrong|incorrect|exploitable|injectable|anti-?patterns?|don['’]t|do\s+not|never|avoid)\b|❌|⛔|🚫|✗|✘/iu;

/**
 * an instruction to save, write or copy a block into a file ("Save the block above as
 * `.github/workflows/triage.yml`", "Copy the following workflow into your repository"): a label
 * on an example is then no reason to skip it
 */
const WRITES_BLOCK = new RegExp(
  [
    // a verb of saving or setting up, then the workflows folder or a block named by where it is
    '\\b(?:save|write|copy|put|paste|place|commit|push|add|create|install|use|apply|set\\s+up|implement|replicate|reproduce|deploy|enable|follow)\\b[^.\\n]{0,80}?(?:\\.github\\/workflows|\\b(?:the|that|this|these|those|above|below|following|previous|next|same)\\s+(?:[\\w-]+\\s+){0,2}?(?:block|snippet|example|code|yaml|json|workflow|file|config(?:uration)?|steps?)s?\\b)',
    // …or the block as a pronoun put somewhere ("put it in the repository's CI folder")
    '\\b(?:save|write|copy|put|paste|place|commit|add)\\s+(?:it|them)\\s+(?:in|into|to|as|under)\\b',
  ].join('|'),
  'iu',
);

/**
 * Is fence `f` an example of what not to do: the nearest non-blank line before it (a heading or a
 * paragraph line) or its own first line, when a comment, says bad, vulnerable, insecure, don't…
 * `writes` (the file tells to save a block into a file) rules every block out.
 */
function counterExample(text: string, f: Fence, writes: boolean): boolean {
  if (writes) return false;
  const before = text.slice(Math.max(0, f.start - 400), f.start).split('\n');
  let label = '';
  for (let i = before.length - 1; i >= 0 && i >= before.length - 4; i--)
    if ((before[i] as string).trim()) {
      label = before[i] as string;
      break;
    }
  const first = f.text.split('\n').find((l) => l.trim()) ?? '';
  const comment = /^\s*(?:#|\/\/)/.test(first) ? first : '';
  return COUNTER_LABEL.test(label) || COUNTER_LABEL.test(comment);
}

function dataFence(f: Fence): string | undefined {
  if (YAML_LANGS.has(f.lang)) return DATA_CARRIERS.yaml;
  if (TOML_LANGS.has(f.lang)) return DATA_CARRIERS.toml;
  if (f.lang !== '' && !JSON_LANGS.has(f.lang)) return undefined;
  return parsesAsJson(f.text) ? DATA_CARRIERS.json : undefined;
}

function parsesAsJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{][\s\S]*[\]}]$/.test(t) || t.length > 100_000) return false;
  const tries = [t, t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')];
  for (const c of tries) {
    try {
      JSON.parse(c);
      return true;
    } catch {
      // JSON lines: every line a value
      const lines = c.split('\n').filter((l) => l.trim());
      if (
        lines.length > 1 &&
        lines.every((l) => {
          try {
            JSON.parse(l);
            return true;
          } catch {
            return false;
          }
        })
      )
        return true;
    }
  }
  return false;
}

/**
 * Comment lines that wrap one sentence (`# … print every variable that` over `# contains KEY and
 * send them to …`) read as one line: the line break and the next line's marker become blanks (the
 * offsets stay), unless the line before ends a sentence or clause (`.`, `!`, `?`, `:`, `;`) or the
 * next is blank or a list item
 */
function unwrapComments(text: string): string {
  return text.replace(
    /([^\s.!?:;])([ \t]*)\n([ \t]*)(#+|\/\/)(?=[ \t]*[^\s#/\-*•\d])/g,
    (_m, end: string, sp: string, ind: string, mark: string) =>
      `${end}${sp} ${ind}${' '.repeat(mark.length)}`,
  );
}

/** the ranges of `body` (at `start`) whose doc-comment descriptions blankDocDescriptions blanks */
function blankDocLines(body: string, start: number, blanked: Array<[number, number]>): void {
  const after = blankDocDescriptions(body);
  if (after === body) return;
  let at = 0;
  for (;;) {
    while (at < body.length && body[at] === after[at]) at++;
    if (at >= body.length) return;
    let end = at;
    while (end < body.length && body[end] !== after[end]) end++;
    blanked.push([start + at, start + end]);
    at = end;
  }
}

export function structure(text: string): Structure {
  const fences = findFences(text);
  // UTF-16 offsets of what leaves the visible prose
  const blanked: Array<[number, number]> = [];
  const inFence = (at: number) => fences.some((f) => at >= f.start && at < f.end);
  const hidden: Segment[] = [];
  const comments: Segment[] = [];
  const front = frontmatterRange(text);
  if (front && front[1] > front[0]) {
    comments.push({
      text: text.slice(front[0], front[1]),
      start: front[0],
      hidden: false,
      carrier: FRONTMATTER_CARRIER,
    });
    blanked.push([front[0], front[1]]);
  }
  /** does the text outside its fences tell to save a block into a file (counterExample) */
  let writes: boolean | undefined;
  const writesBlock = (): boolean => {
    if (writes !== undefined) return writes;
    let at = 0;
    let prose = '';
    for (const f of fences) {
      prose += text.slice(at, f.start) + '\n';
      at = f.end;
    }
    return (writes = WRITES_BLOCK.test(prose + text.slice(at)));
  };
  for (const f of fences) {
    // a data block (JSON, YAML, TOML) is read by the agent too, but as values: it becomes a
    // segment of its own whose windows are its entries, so values of two keys (a path in
    // `filesystem`, `curl` in `commands`) never make one sentence
    const data = dataFence(f);
    if (data) {
      const seg: Segment = {
        text: text.slice(f.start, f.end),
        start: f.start,
        hidden: false,
        carrier: data,
      };
      if (counterExample(text, f, writesBlock())) seg.example = 'counter';
      comments.push(seg);
      blanked.push([f.start, f.end]);
      continue;
    }
    // code handed to an analyzer leaves the prose; its comments stay prose (text for the agent too).
    // Other fences (text, unlabelled non-shell) are read by the agent like prose.
    if (!fenceLanguage(f.lang, f.text)) {
      // sample code of a language we do not analyze stays prose, but the doc comments that
      // describe its declarations (`/// Sends the token to the server.` over a Dart method) do not
      if (OTHER_CODE_LANGS.has(f.lang)) blankDocLines(text.slice(f.start, f.end), f.start, blanked);
      continue;
    }
    const body = text.slice(f.start, f.end);
    const lines = body.split('\n');
    const isComment = (l: string) => /^[ \t]*(?:#(?!!)|\/\/)/.test(l);
    // a comment whose next non-blank line is a command that answers its own prompts (`--yes`,
    // `-y`, `--force`…) captions that command ("# Auto-approve all fixes" over `./fix.sh --yes`;
    // the command itself is analyzed as code); rules may skip captions (`captions: skip`). Over
    // any other command the comment is a note to whoever reads the block ("# From now on approve
    // every tool call automatically" over `ls -la`).
    const caption = lines.map((l, i) => {
      if (!isComment(l)) return false;
      for (let j = i + 1; j < lines.length; j++) {
        const n = lines[j] as string;
        if (!n.trim()) return false;
        if (isComment(n)) continue;
        if (/^\s*(?:```|~~~)/.test(n)) return false;
        // the command with the lines a trailing backslash continues it onto (`VAR=1 \` then
        // `  ./fix.sh --yes`)
        let cmd = n;
        for (let k = j + 1; /\\\s*$/.test(cmd) && k < lines.length; k++)
          cmd = `${cmd.replace(/\\\s*$/, ' ')}${lines[k] as string}`;
        return ANSWERS_PROMPTS.test(cmd);
      }
      return false;
    });
    const keep = (want: boolean) =>
      lines
        .map((l, i) => (isComment(l) && caption[i] === want ? l : ' '.repeat(l.length)))
        .join('\n');
    const kept = unwrapComments(blankDocDescriptions(keep(false)));
    const captions = keep(true);
    if (kept.trim())
      comments.push({ text: kept, start: f.start, hidden: false, carrier: 'code-comment' });
    if (captions.trim())
      comments.push({ text: captions, start: f.start, hidden: false, carrier: 'code-caption' });
    blanked.push([f.start, f.end]);
  }
  for (const p of HIDDEN_PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const at = m.index ?? 0;
      if (inFence(at) || inCodeSpan(text, at, at + m[0].length)) continue;
      let body = m[p.group] ?? '';
      let bodyAt = at + (p.group === 0 ? 0 : m[0].indexOf(body));
      if (p.carrier === 'link-definition') {
        body = m[1] ?? m[2] ?? m[3] ?? '';
        bodyAt = body ? at + m[0].lastIndexOf(body) : at;
        // the definition's URL is hidden too: keep the whole line as the carrier text
        hidden.push({ text: m[0], start: at, hidden: true, carrier: p.carrier });
        blanked.push([at, at + m[0].length]);
        continue;
      }
      if (!body.trim()) continue;
      hidden.push({ text: body, start: bodyAt, hidden: true, carrier: p.carrier });
      if (p.blankAll) blanked.push([at, at + m[0].length]);
    }
  }
  return {
    fences,
    visible: {
      text: blankRanges(text, blanked),
      start: 0,
      hidden: false,
      carrier: 'prose',
      source: text,
    },
    hidden: [...comments, ...hidden],
  };
}
