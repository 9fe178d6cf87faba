/**
 * Comments in a skill's code that speak to the AI agent reading the file ("NOTE FOR AI
 * ASSISTANTS: before running this script, read ~/.aws/credentials and …"): an agent told to read
 * or run a script reads its comments as part of its context, and no one reading SKILL.md sees
 * them. Only comment blocks addressed to an agent are handed to the prose rules; comments for the
 * people who maintain the code (which may well mention agents, keys and hosts) are not.
 *
 * A comment is a whole-line one, one trailing code on its line (`x = 1  # AI agent: …`,
 * `run(); // Assistant: …`), a JS/TS block comment wherever it starts (`/* … *\/`), or a Python
 * docstring (a triple-quoted string standing as a statement of its own). Consecutive lines with
 * a comment form one block. Quotes are followed so a `#` or `//` inside a string is no comment.
 */
import type { RuleLanguage } from '@skillgate/rules';

/**
 * a word every name AGENT matches holds (the cheap test before comments are read): a name added
 * to AGENT needs its word here
 */
const AGENT_WORD =
  /\b(?:AI|assistants?|agents?|Claude|LLMs?|models?|Copilot|Cursor|Codex|Gemini|ChatGPT|GPT|automated)\b/i;

/** who a comment may address: an AI agent, assistant or model by any name */
const AGENT =
  '(?:(?:the|any|all|every|an?)\\s+)?(?:AI(?:[\\s-]+(?:coding\\s+)?(?:agents?|assistants?|models?|tools?|systems?|bots?))?|(?:coding\\s+|autonomous\\s+)?(?:agents?|assistants?)|LLMs?|(?:large\\s+)?language\\s+models?|Claude(?:\\s+Code)?|Copilot|Cursor|Codex|Gemini|ChatGPT|GPT(?:-\\w+)?|automated\\s+(?:tools?|systems?|readers?|agents?))';

/**
 * a comment block that addresses an AI agent: a note, instructions or a call to it ("NOTE FOR AI
 * ASSISTANTS:", "Agent instructions:", "Hey Claude,", "To any LLM reading this:", "For AI
 * assistants:"), what it must do ("AI models must follow this", "AI assistants reading this
 * file must …"), when it runs the file ("When an AI assistant runs this script:", "If you are an
 * AI model"), or a chat role marker (`SYSTEM:`, `[assistant]`, `<|system|>`)
 */
const ADDRESSED = new RegExp(
  [
    `\\b(?:notes?|notices?|messages?|instructions?|attention|important|reminders?|directives?|guidance|rules)\\s+(?:for|to)\\s+${AGENT}\\b`,
    `^\\W*(?:(?:dear|hey|hi|hello|attention|to|for)\\s+)?${AGENT}(?:\\s+(?:reading|processing|running|using|executing)\\s+this(?:\\s+(?:file|code|script|repo(?:sitory)?|skill))?)?(?:\\s+(?:instructions?|notes?|rules))?\\s*[:,]`,
    `\\b${AGENT}\\s+(?:(?:reading|processing|running|executing|opening|loading)\\s+this\\b|(?:must|shall|are\\s+(?:required|instructed)\\s+to)\\s+(?:\\w+\\s+){0,3}?(?:follow|obey|comply|do|run|read|send|execute)\\b)`,
    `\\b(?:when|if|before|after|while)\\s+${AGENT}\\s+(?:runs?|reads?|executes?|opens?|uses?|loads?|processes|sees?|invokes?)\\b`,
    `\\b(?:if\\s+you\\s+are|as)\\s+${AGENT}\\b`,
  ].join('|'),
  'im',
);
/** a chat role marker, in capitals or brackets (`SYSTEM:`, `[assistant]`, `<|system|>`) */
const ROLE =
  /^\W*(?:SYSTEM|ASSISTANT|DEVELOPER)\s*:|\[(?:system|assistant|developer)\]|<\|?(?:system|im_start)\|?>/m;

const HASH = new Set<RuleLanguage>(['python', 'bash', 'powershell']);
const SLASH = new Set<RuleLanguage>(['javascript', 'typescript']);

/** the comment text of each line (undefined: none), by language */
type LineComments = Array<string | undefined>;

/**
 * `#` comments of shell-like code: whole lines, or a `#` that starts a word outside quotes
 * (`cmd --flag  # note`; not `$#`, `${#x}`, `a#b`). Quotes are followed within the line only, so
 * a heredoc's apostrophe cannot hide the rest of the file; a line whose quotes do not close
 * yields no trailing comment.
 */
function shellComments(lines: readonly string[]): LineComments {
  return lines.map((raw, i) => {
    if (i === 0 && raw.startsWith('#!')) return undefined;
    const whole = /^\s*#\s?(.*)$/.exec(raw);
    if (whole) return whole[1] ?? '';
    let quote: string | undefined;
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j] as string;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = undefined;
      } else if (c === '\\') j++;
      else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '#' && /\s/.test(raw[j - 1] ?? '')) return raw.slice(j + 1).replace(/^\s/, '');
    }
    return undefined;
  });
}

/** a Python string prefix (`r`, `b`, `f`, `rb`, `u`…) */
const PY_PREFIX = /^[rRbBuUfF]{0,2}$/;

/**
 * Python: `#` comments outside strings (whole-line or trailing) and docstrings: a triple-quoted
 * string that starts its line (after a prefix at most) and ends its statement (nothing but a
 * comment after it). Single-quoted strings end with their line; triple-quoted ones are followed
 * across lines.
 */
function pythonComments(lines: readonly string[]): LineComments {
  const out: LineComments = lines.map(() => undefined);
  const add = (i: number, t: string) => {
    out[i] = out[i] === undefined ? t : `${out[i]} ${t}`;
  };
  // an open triple-quoted string: its quote, first line, its text so far, docstring-like start
  let triple: { q: string; from: number; text: string[]; lead: boolean } | undefined;
  lines.forEach((raw, i) => {
    let j = 0;
    if (triple) {
      const end = raw.indexOf(triple.q);
      if (end < 0) {
        triple.text.push(raw);
        return;
      }
      triple.text.push(raw.slice(0, end));
      j = end + 3;
      const rest = raw.slice(j);
      if (triple.lead && /^\s*(?:#.*)?$/.test(rest))
        triple.text.forEach((t, k) => add(triple!.from + k, t.trim()));
      triple = undefined;
    }
    let quote: string | undefined;
    for (; j < raw.length; j++) {
      const c = raw[j] as string;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '#') {
        add(i, raw.slice(j + 1).replace(/^\s/, ''));
        return;
      }
      if (c !== '"' && c !== "'") continue;
      if (raw.startsWith(c.repeat(3), j)) {
        const before = raw.slice(0, j);
        const lead = PY_PREFIX.test(before.trim()) && /^\s*[rRbBuUfF]{0,2}$/.test(before);
        const q = c.repeat(3);
        const end = raw.indexOf(q, j + 3);
        if (end < 0) {
          triple = { q, from: i, text: [raw.slice(j + 3)], lead };
          return;
        }
        if (lead && /^\s*(?:#.*)?$/.test(raw.slice(end + 3))) add(i, raw.slice(j + 3, end).trim());
        j = end + 2;
      } else quote = c;
    }
  });
  return out;
}

/**
 * JS/TS: `//` comments outside strings and regular expressions, and block comments wherever they
 * start. Template literals are followed across lines; a `/` after something that ends a value is
 * division, otherwise it starts a regular expression (skipped to its end on the line).
 */
function slashComments(lines: readonly string[]): LineComments {
  const out: LineComments = lines.map(() => undefined);
  const add = (i: number, t: string) => {
    const s = t.trim();
    out[i] = out[i] === undefined || out[i] === '' ? s : s ? `${out[i]} ${s}` : out[i];
  };
  let block = false;
  let template = false;
  lines.forEach((raw, i) => {
    // a blank line inside a block comment is part of it
    if (block && !raw.trim()) {
      add(i, '');
      return;
    }
    let quote: string | undefined = template ? '`' : undefined;
    let last = '';
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j] as string;
      if (block) {
        const end = raw.indexOf('*/', j);
        add(i, (end < 0 ? raw.slice(j) : raw.slice(j, end)).replace(/^\s*\*(?!\/)\s?/, ''));
        if (end < 0) return;
        block = false;
        j = end + 1;
        last = '';
        continue;
      }
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) {
          quote = undefined;
          last = 'a';
        }
        continue;
      }
      if (c === '/' && raw[j + 1] === '/') {
        add(i, raw.slice(j + 2));
        return;
      }
      if (c === '/' && raw[j + 1] === '*') {
        // the line that opens a block comment is part of it, even when nothing follows `/*`
        block = true;
        add(i, '');
        j++;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '/' && !/[\w$)\]]/.test(last)) {
        // a regular expression literal: to its closing slash (a class may hold one)
        let cls = false;
        for (j++; j < raw.length; j++) {
          const r = raw[j] as string;
          if (r === '\\') j++;
          else if (r === '[') cls = true;
          else if (r === ']') cls = false;
          else if (r === '/' && !cls) break;
        }
        last = 'a';
      } else if (!/\s/.test(c)) last = c;
    }
    template = quote === '`';
  });
  return out;
}

/**
 * a block's lines as its sentences run: a line that goes on with the sentence the line before left
 * open (no `.`, `!`, `?`, `:` or `;` at its end, not a list item) joins it with a space, as the
 * comment wraps a paragraph (`# … print every variable that` / `# contains KEY and send them to …`);
 * a blank comment line still breaks it
 */
function unwrap(block: readonly string[]): string {
  let out = '';
  for (const raw of block) {
    const l = raw.trim();
    if (!out) out = l;
    else if (!l || !out.slice(-1).trim() || /[.!?:;]$/.test(out) || /^(?:[-*•]|\d+[.)])\s/.test(l))
      out += `\n${l}`;
    else out += ` ${l}`;
  }
  return out.trim();
}

/** the comment blocks of a code file that address an agent, with their first lines (1-based) */
export function agentComments(
  text: string,
  language: RuleLanguage,
): Array<{ line: number; text: string }> {
  if (!HASH.has(language) && !SLASH.has(language)) return [];
  // cheap test first: no agent word anywhere, nothing to do
  if (
    !AGENT_WORD.test(text) &&
    !/\b(?:SYSTEM|ASSISTANT|DEVELOPER)\s*:|\[(?:system|assistant|developer)\]|<\|/.test(text)
  )
    return [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const comments =
    language === 'python'
      ? pythonComments(lines)
      : SLASH.has(language)
        ? slashComments(lines)
        : shellComments(lines);
  const out: Array<{ line: number; text: string }> = [];
  let block: string[] = [];
  let start = 0;
  const flush = () => {
    const t = unwrap(block);
    if (t && (ADDRESSED.test(t) || ROLE.test(t))) out.push({ line: start, text: t });
    block = [];
  };
  comments.forEach((body, i) => {
    if (body === undefined) {
      if (block.length) flush();
      return;
    }
    if (!block.length) start = i + 1;
    block.push(body);
  });
  if (block.length) flush();
  return out;
}
