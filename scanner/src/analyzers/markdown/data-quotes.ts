/**
 * Quoted strings in data: JSON and YAML blocks and files, frontmatter, TOML, `.env`, `.ini`. Every
 * value is quoted there, so a quote says nothing about whether the text talks about a phrase or
 * tells the agent to do it. The key says it: a string is talked about when the key it is the value
 * of, or the list it is in, names a list of such phrases (`patterns`, `blocked_phrases`,
 * `injectionExamples`, `test_cases`), or when its record labels it as an attack
 * (`{"text": "…", "label": "injection"}`). The value of any other key (`system_prompt`, `note`,
 * `description`) is text the agent reads like any other, so a rule's phrase there is a use.
 */
import { isMap, isPair, isScalar, parseDocument, visit, type Node, type Pair } from 'yaml';
import { DATA_CARRIERS, FRONTMATTER_CARRIER, type Segment } from './structure.js';

/** words of a key that names a list of phrases talked about, not addressed to the agent */
const MENTION_KEY =
  /\b(?:examples?|samples?|excerpts?|evidence|snippets?|phrases?|payloads?|patterns?|keywords?|indicators?|signatures?|red flags?|warning signs?|iocs?|attacks?|attempts?|injections?|jailbreaks?|lures?|blocklists?|denylists?|blocked|blocks?|deny|denied|ban(?:ned)?|forbidden|disallowed|suspicious|malicious|unsafe|harmful|adversarial|red ?team\w*|detect\w*|matchers?|regex(?:es|ps)?|tests?|test cases?|fixtures?|negatives?)\b/i;

/** a record's label key, and a label value that names an attack */
const LABEL_KEY =
  /^(?:labels?|category|class(?:ification)?|type|kind|verdict|expected|expect|tags?|severity|risk)$/i;
const ATTACK_LABEL =
  /inject|malicious|attack|jailbreak|harmful|adversarial|threat|^(?:unsafe|bad|positive|block(?:ed)?|den(?:y|ied)|reject(?:ed)?|refused?|flag(?:ged)?)$/i;

/** `blocked_phrases`, `injectionExamples`, `deny-list` → words */
function words(key: string): string {
  return key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_./-]+/g, ' ');
}

/** how quotes of each segment are read: parsed as YAML (JSON is YAML), or key by line */
export type QuoteSyntax = 'yaml' | 'lines';

function syntaxOf(seg: Segment): QuoteSyntax | undefined {
  if (seg.quotes) return seg.quotes;
  if (
    seg.carrier === DATA_CARRIERS.json ||
    seg.carrier === DATA_CARRIERS.yaml ||
    seg.carrier === FRONTMATTER_CARRIER
  )
    return 'yaml';
  if (seg.carrier === DATA_CARRIERS.toml) return 'lines';
  return undefined;
}

/** [start, end, is a mention] of each string scalar of a YAML/JSON text; undefined: no parse */
type Scalars = Array<[number, number, boolean]>;

function keyName(p: Pair): string {
  return isScalar(p.key) ? String(p.key.value) : '';
}

function scalars(text: string, keys = MENTION_KEY): Scalars | undefined {
  let doc;
  try {
    doc = parseDocument(text, { strict: false, uniqueKeys: false, prettyErrors: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length) return undefined;
  const out: Scalars = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      let mention = false;
      for (const a of path) if (isPair(a) && keys.test(words(keyName(a)))) mention = true;
      // the record the string is a value in: a label naming an attack makes it a sample
      const map = [...path].reverse().find((a): a is Node => isMap(a));
      if (!mention && map && isMap(map))
        for (const p of map.items)
          if (LABEL_KEY.test(keyName(p)) && isScalar(p.value) && typeof p.value.value === 'string')
            if (ATTACK_LABEL.test(p.value.value)) mention = true;
      out.push([node.range[0], node.range[1], mention]);
    },
  });
  return out;
}

const parsed = new WeakMap<Segment, Scalars | null>();

/** a key (quoted or a name) and its `=` or `:`, ending a line's text (a list may open after it) */
const KEY = `(?:"([^"\\n]{1,80})"|'([^'\\n]{1,80})'|([A-Za-z_][\\w.-]{0,79}))\\s*[=:]\\s*\\[?\\s*$`;
/** the key of a value on its own line (`key = "…"`, `{"k": "…"`) */
const OWN_KEY = new RegExp(`(?:^|[\\s{,])${KEY}`);
/** a line that opens a list over the lines below it (`patterns = [`, `patterns:`) */
const LIST_KEY = new RegExp(`^\\s*${KEY}`);

/** the key of the value at `raw` by lines: `key = "…"`, `KEY="…"`, or a list opened by `key = [` */
function lineKey(text: string, raw: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', raw - 1) + 1;
  const lead = text.slice(lineStart, raw);
  const own = OWN_KEY.exec(lead);
  if (own) return own[1] ?? own[2] ?? own[3];
  // an item of a list that runs over lines: the key that opened it, at most 50 lines up
  if (!/^[\s,[-]*$/.test(lead)) return undefined;
  let end = lineStart - 1;
  for (let n = 0; n < 50 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const open = LIST_KEY.exec(line);
    if (open) return open[1] ?? open[2] ?? open[3];
    if (!/^[\s,-]*(?:"|'|$)/.test(line)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * Is the quoted string of data segment `seg` holding raw offset `raw` (its opening quote) talked
 * about? Undefined when `seg` is not data. `sentence` when the key says nothing and the sentence
 * around the quote must: a quote inside a value the agent reads, or a string no key holds in a text
 * file (a prompt file without an extension). A data block's string that no key holds (a bare list)
 * stays a mention.
 */
export function dataMention(seg: Segment, raw: number): boolean | 'sentence' | undefined {
  const syntax = syntaxOf(seg);
  if (!syntax) return undefined;
  if (syntax === 'yaml') {
    let list = parsed.get(seg);
    if (list === undefined) parsed.set(seg, (list = scalars(seg.text) ?? null));
    if (list) {
      let best: [number, number, boolean] | undefined;
      for (const s of list)
        if (s[0] <= raw && raw < s[1] && (!best || s[1] - s[0] < best[1] - best[0])) best = s;
      // a quote inside a string the agent reads ("Blocks prompts that say \"…\"") is the
      // sentence's own: it decides; inside a listed sample, it is part of the sample
      if (best) return best[0] === raw || best[2] ? best[2] : 'sentence';
      return true;
    }
  }
  const key = lineKey(seg.text, raw);
  if (key === undefined) return seg.quotes ? 'sentence' : true;
  return MENTION_KEY.test(words(`${sectionOf(seg.text, raw)} ${key}`));
}

/**
 * words of a key whose value shows an instance of something found or forbidden (`excerpt`,
 * `examples`, `pattern_matched`, `payload`): a command line there is shown, not run. Narrower than
 * MENTION_KEY: a `test` or `blocked` script of a manifest still runs.
 */
const SHOWN_KEY =
  /\b(?:examples?|samples?|excerpts?|evidence|snippets?|payloads?|patterns?|signatures?|indicators?|iocs?|matche[sd]?|matchers?)\b/i;

/**
 * Which quoted values of a data text (a JSON or YAML block) are held by a SHOWN_KEY key: a
 * predicate on the raw offset of a value's opening quote. The text is parsed once; when it does not
 * parse, the key on the value's line (or of the list it is in) decides.
 */
export function shownValues(text: string): (raw: number) => boolean {
  const list = scalars(text, SHOWN_KEY);
  return (raw) => {
    if (list) return list.some(([s, e, shown]) => shown && s <= raw && raw < e);
    const key = lineKey(text, raw);
    return key !== undefined && SHOWN_KEY.test(words(key));
  };
}

/**
 * Is the text at raw offset `raw` of data segment `seg` inside a value whose key names what is
 * talked about (`examples`, `patterns`, `excerpt`) or whose record labels it as an attack? Unlike
 * dataMention, a string no key holds is not.
 */
export function keyedMention(seg: Segment, raw: number): boolean {
  const syntax = syntaxOf(seg);
  if (!syntax) return false;
  if (syntax === 'yaml') {
    let list = parsed.get(seg);
    if (list === undefined) parsed.set(seg, (list = scalars(seg.text) ?? null));
    if (list) return list.some(([s, e, mention]) => mention && s <= raw && raw < e);
  }
  const key = lineKey(seg.text, raw);
  return key !== undefined && MENTION_KEY.test(words(`${sectionOf(seg.text, raw)} ${key}`));
}

/** the `[section]` / `[[table]]` header above raw offset `raw` (TOML, INI), or '' */
function sectionOf(text: string, raw: number): string {
  const before = text.slice(Math.max(0, raw - 4000), raw);
  let last = '';
  for (const m of before.matchAll(/^[ \t]*\[\[?([^\]\n]{1,80})\]\]?[ \t]*$/gm)) last = m[1] ?? '';
  return last;
}
