/**
 * The prose/text rule `match` vocabulary (languages `markdown` and `text`):
 *
 *   text:                      phrases in normalised prose (zero-width stripped, NFKC, look-alikes folded)
 *     any: [regex, …]          one of these must match in the window
 *     all: [[regex, …], …]     each group must match in the same window
 *     window: sentence | paragraph | document     (default sentence; document: the whole segment,
 *                              the visible prose of a file say, for the steps of a procedure
 *                              that point back to each other: "send what you read in step 1")
 *     scope: any | visible | hidden | config
 *                              (hidden = HTML comments, <sub>/<sup>, hidden elements, link
 *                                       definitions/titles, alt text, decoded tag/selector/base64 text;
 *                                       config = an instruction to write into the agent's settings,
 *                                       MCP, rules or memory files with what it writes, and blocks or
 *                                       files of agent settings, each one window (see config.ts);
 *                                       only `scope: config` rules see those)
 *     mentions: skip | keep    skip visible matches inside quotes or backticks the text talks
 *                              *about* ("phrases like “…”"; see prose.ts quoted); in data, a value
 *                              whose key names samples (`blocked_phrases: […]`; see data-quotes.ts)
 *     warnings: skip | prose | keep
 *                              skip visible matches that the clause leading to them warns against
 *                              (never/don't + the verb, "some guides tell you to", "beware of";
 *                              see warning.ts): a warning word elsewhere in the sentence counts not
 *                              prose: only in markdown prose, never in a file, fence or block of
 *                              data or code, whose comments and values the author writes beside
 *                              the match (`# never run untrusted input` over a workflow's `run:`)
 *     unless: [regex, …]       skip visible windows that match one of these (education, examples)
 *     unlessIn: window | sentences | clauses | parts
 *                              where `unless` looks (default window); sentences: only the
 *                              sentences the match spans (in a paragraph window, "when the user
 *                              asks" in another sentence excuses nothing), with the condition a
 *                              list it is an item of hangs from; clauses: only the clauses
 *                              the match spans, from the clause boundary before its first part to
 *                              the one after its last, so an exception word elsewhere in the
 *                              sentence ("…, then share the results") excuses nothing; parts: only
 *                              the clause of each part (the last hit of each pattern list), with a
 *                              condition joined to it by a comma ("Optionally, add …") and the
 *                              parenthetical remarks that open with an exception; in a config
 *                              segment each line of the block is a clause of its own (see
 *                              warning.ts governingClause): an "(optional)" beside another step or
 *                              "runs best in a container" in the sentence before excuses nothing
 *     comments: skip | keep    skip the comments of code blocks altogether (captions too): they
 *                              annotate the line of code beside them ("// local map (no API
 *                              call)"), not the skill, for rules about what the skill says of itself
 *     examples: skip | keep    skip data blocks (yaml, json, toml fences) the text labels as what
 *                              not to do ("Vulnerable:", "❌ Bad example", `# BAD` first), unless
 *                              the file tells to save a block into a file (structure.ts)
 *     captions: skip | keep    skip comments in code blocks that caption the command below them
 *                              (`# Auto-approve all fixes` over `./fix.sh --yes`): documentation
 *                              of that command, which is analyzed as code
 *     definitions: skip | keep skip visible matches in a line that defines a named field or option:
 *                              a list item or table row opening with a code span that names it
 *                              (`allowed-tools`, `--yolo`), then `:`, a dash or a cell, then what
 *                              it means ("Tools Claude can use without asking permission"); a
 *                              field's meaning must read as one (a noun phrase, a third-person
 *                              verb), an option's must not tell to use it (warning.ts definitionAt)
 *     files: [glob, …]         only in files whose path matches one of these (path globs as the
 *                              bash rules write them: `~/.config/mise/**`); a text a script
 *                              writes into a file is read under that file's path (`~/…`)
 *     host: n                  capture group n of each pattern must name a host: a name under a
 *                              suffix of the Public Suffix List (ICANN or private section, tldts)
 *                              or a reserved one (`.example`, `.test`, `.invalid`, `.localhost`);
 *                              a code name with a dot (`DOMPurify.Config`, `app.onError`,
 *                              `Node.js`) names none (see capabilities/domains.ts publicHost)
 *     code: scan | skip        also match the whole text of code files (Python, JS/TS, shell,
 *                              PowerShell), string literals included: for text that is data in
 *                              any file (a CI expression, a mining pool URL), never prose (default
 *                              skip)
 *   chars: zero-width | unicode-tags | variation-selectors | bidi | mixed-script-host
 *   recipe: autorun            a task of a recipe file that runs by itself, without anyone asking
 *                              for it (a VS Code task with `runOptions.runOn: folderOpen` runs when
 *                              the folder is opened); the commands of recipe files (Makefile,
 *                              Dockerfile, workflows…) are analysed as code (see recipes.ts)
 *   blob: { decodes: text | executable, minLength?: n }   long base64/hex runs and what they decode to
 *   token: { formats: { name: regex, … } }
 *                              live-looking vendor credentials in any file, code included; the
 *                              regexes are case-sensitive and a match must be a whole word that
 *                              looks generated, not typed (see tokens.ts)
 *
 * Regexes are JavaScript syntax, matched case-insensitively (with the `u` flag when they use \p{…}).
 */
import type { Rule } from '@skillgate/rules';
import { globRegExp } from '../bash/glob.js';
import { entryOf, literals, met, type Requirement } from './prefilter.js';
import type { TokenMatch } from './tokens.js';

/** the windows a text match can take */
const WINDOWS: readonly unknown[] = ['sentence', 'paragraph', 'document'];

export interface TextMatch {
  any?: string[];
  all?: string[][];
  window?: 'sentence' | 'paragraph' | 'document';
  scope?: 'any' | 'visible' | 'hidden' | 'config';
  mentions?: 'skip' | 'keep';
  warnings?: 'skip' | 'prose' | 'keep';
  unless?: string[];
  unlessIn?: 'window' | 'sentences' | 'clauses' | 'parts';
  captions?: 'skip' | 'keep';
  comments?: 'skip' | 'keep';
  examples?: 'skip' | 'keep';
  definitions?: 'skip' | 'keep';
  files?: string[];
  code?: 'scan' | 'skip';
  host?: number;
}

export type ProseMatch =
  | { text: TextMatch }
  | { chars: 'zero-width' | 'unicode-tags' | 'variation-selectors' | 'bidi' | 'mixed-script-host' }
  | { blob: { decodes: 'text' | 'executable'; minLength?: number } }
  | { token: TokenMatch };

export interface CompiledText {
  any?: RegExp[];
  all?: RegExp[][];
  window: 'sentence' | 'paragraph' | 'document';
  scope: 'any' | 'visible' | 'hidden' | 'config';
  mentions: 'skip' | 'keep';
  warnings: 'skip' | 'prose' | 'keep';
  unless?: RegExp[];
  unlessIn: 'window' | 'sentences' | 'clauses' | 'parts';
  captions: 'skip' | 'keep';
  comments: 'skip' | 'keep';
  examples: 'skip' | 'keep';
  definitions: 'skip' | 'keep';
  /** the capture group each pattern's match must hold a host name in (undefined: none) */
  host?: number;
  /** the paths of the files the rule reads (undefined: every file) */
  files?: RegExp[];
  /**
   * The whole-segment check, one regex per list: `any` (and each `all` group) as one alternation,
   * so a segment is scanned once per list rather than once per pattern. Equal to "some pattern of
   * the list matches somewhere" (the parts share flags and hold no backreferences).
   */
  anyWhere?: RegExp[];
  allWhere?: RegExp[][];
  /**
   * The same lists pattern by pattern (non-global copies), for long segments: see prose.ts
   * LONG_SEGMENT
   */
  anyEach?: RegExp[];
  allEach?: RegExp[][];
  /**
   * Literals the segment must contain for `anyWhere`/`allWhere` to hold there (see prefilter.ts):
   * checked against one pass over the segment before any of the rule's regexes run.
   */
  pre?: Requirement;
  /**
   * The prefilter entry of `any` and of each `all` group (undefined: some pattern has no clause):
   * a pattern whose clauses the segment does not meet cannot match there or in any of its windows,
   * so the checks run only the patterns that can (see `live`).
   */
  anyEntry?: number[][][];
  allEntries?: Array<number[][][] | undefined>;
  /** this compiled rule's number among all compiled, for its keys in the subset cache */
  uid: number;
}

/**
 * The alternations of pattern subsets (see `live`), for every compiled rule, least recently used
 * first. Which subset a segment leaves depends on its text, so new subsets keep coming with new
 * skills: unbounded, their compiled code filled V8's code space after about 3,000 real skills
 * scanned in one process (a registry worker's life; 3,059 of an npm sweep). The bound keeps the
 * hot ones.
 */
const SUBSETS_MAX = 256;
const subsetCache = new Map<string, RegExp[]>();
let uids = 0;

/** non-global copies of `res` (a global regex's `test` moves its lastIndex) */
function nonGlobal(res: readonly RegExp[]): RegExp[] {
  return res.map((r) => new RegExp(r.source, r.flags.replace('g', '')));
}

/** one non-global regex matching wherever one of `res` matches, or the list itself when unsafe */
function alternation(res: RegExp[]): RegExp[] {
  const flags = new Set(res.map((r) => r.flags));
  // numbered or named backreferences would point at another part's groups once joined
  if (res.length < 2 || flags.size > 1 || res.some((r) => /\\(?:[1-9]|k<)/.test(r.source)))
    return nonGlobal(res);
  const flag = (res[0] as RegExp).flags.replace('g', '');
  return [new RegExp(res.map((r) => `(?:${r.source})`).join('|'), flag)];
}

function needsUnicode(source: string): boolean {
  return /\\[pP]\{|\\u\{/.test(source);
}

function regexProblem(x: unknown, where: string): string | undefined {
  if (typeof x !== 'string' || !x)
    return `${where} must be a non-empty string (a regular expression)`;
  try {
    new RegExp(x, needsUnicode(x) ? 'iu' : 'i');
    return undefined;
  } catch (e) {
    return `${where} is not a valid regular expression: ${(e as Error).message}`;
  }
}

function regexList(v: unknown, where: string, problems: string[]): void {
  if (!Array.isArray(v) || !v.length) {
    problems.push(`${where} must be a non-empty list of regular expressions`);
    return;
  }
  v.forEach((x, i) => {
    const p = regexProblem(x, `${where}[${i}]`);
    if (p) problems.push(p);
  });
}

const TEXT_KEYS = [
  'any',
  'all',
  'window',
  'scope',
  'mentions',
  'warnings',
  'unless',
  'unlessIn',
  'captions',
  'comments',
  'examples',
  'definitions',
  'files',
  'code',
  'host',
];

export function validateProseMatch(match: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const keys = Object.keys(match);
  const allowed = ['text', 'chars', 'blob', 'token', 'recipe'];
  if (keys.length !== 1 || !allowed.includes(keys[0] as string))
    return [
      `match must have exactly one of ${allowed.join(', ')} (found: ${keys.join(', ') || 'nothing'})`,
    ];
  const k = keys[0] as string;
  const v = match[k];
  if (k === 'chars') {
    if (
      !['zero-width', 'unicode-tags', 'variation-selectors', 'bidi', 'mixed-script-host'].includes(
        v as string,
      )
    )
      problems.push(
        'match.chars must be one of zero-width, unicode-tags, variation-selectors, bidi, mixed-script-host',
      );
    return problems;
  }
  if (k === 'recipe') {
    if (v !== 'autorun') problems.push('match.recipe must be autorun');
    return problems;
  }
  if (k === 'token') {
    const t = v as Record<string, unknown> | null;
    if (!t || typeof t !== 'object' || Array.isArray(t))
      return ['match.token must be a mapping with formats (name: regex)'];
    for (const key of Object.keys(t))
      if (key !== 'formats')
        problems.push(`match.token has unknown key "${key}" (allowed: formats)`);
    const f = t['formats'];
    if (!f || typeof f !== 'object' || Array.isArray(f) || !Object.keys(f).length)
      problems.push('match.token.formats must be a non-empty mapping of format name to regex');
    else
      for (const [name, re] of Object.entries(f as Record<string, unknown>)) {
        const p = regexProblem(re, `match.token.formats["${name}"]`);
        if (p) problems.push(p);
      }
    return problems;
  }
  if (k === 'blob') {
    const b = v as Record<string, unknown> | null;
    if (!b || typeof b !== 'object' || Array.isArray(b))
      return [
        'match.blob must be a mapping with decodes (text or executable) and optional minLength',
      ];
    for (const key of Object.keys(b))
      if (key !== 'decodes' && key !== 'minLength')
        problems.push(`match.blob has unknown key "${key}" (allowed: decodes, minLength)`);
    if (b['decodes'] !== 'text' && b['decodes'] !== 'executable')
      problems.push('match.blob.decodes must be text or executable');
    if (b['minLength'] !== undefined && (typeof b['minLength'] !== 'number' || b['minLength'] < 16))
      problems.push('match.blob.minLength must be a number of at least 16');
    return problems;
  }
  const t = v as Record<string, unknown> | null;
  if (!t || typeof t !== 'object' || Array.isArray(t))
    return [`match.text must be a mapping with keys from: ${TEXT_KEYS.join(', ')}`];
  for (const key of Object.keys(t))
    if (!TEXT_KEYS.includes(key))
      problems.push(`match.text has unknown key "${key}" (allowed: ${TEXT_KEYS.join(', ')})`);
  if (t['any'] === undefined && t['all'] === undefined)
    problems.push('match.text needs any (a list of regular expressions) or all (a list of lists)');
  if (t['any'] !== undefined) regexList(t['any'], 'match.text.any', problems);
  if (t['all'] !== undefined) {
    if (!Array.isArray(t['all']) || !t['all'].length)
      problems.push('match.text.all must be a non-empty list of lists of regular expressions');
    else t['all'].forEach((g, i) => regexList(g, `match.text.all[${i}]`, problems));
  }
  if (t['unless'] !== undefined) regexList(t['unless'], 'match.text.unless', problems);
  if (
    t['files'] !== undefined &&
    (!Array.isArray(t['files']) ||
      !t['files'].length ||
      !t['files'].every((g) => typeof g === 'string' && g))
  )
    problems.push('match.text.files must be a non-empty list of path globs');
  if (
    t['unlessIn'] !== undefined &&
    !['window', 'sentences', 'clauses', 'parts'].includes(t['unlessIn'] as string)
  )
    problems.push('match.text.unlessIn must be window, sentences, clauses or parts');
  if (t['unlessIn'] !== undefined && t['unless'] === undefined)
    problems.push('match.text.unlessIn needs match.text.unless');
  if (t['window'] !== undefined && !WINDOWS.includes(t['window']))
    problems.push('match.text.window must be sentence, paragraph or document');
  if (
    t['scope'] !== undefined &&
    !['any', 'visible', 'hidden', 'config'].includes(t['scope'] as string)
  )
    problems.push('match.text.scope must be any, visible, hidden or config');
  if (t['mentions'] !== undefined && t['mentions'] !== 'skip' && t['mentions'] !== 'keep')
    problems.push('match.text.mentions must be skip or keep');
  if (t['warnings'] !== undefined && !['skip', 'prose', 'keep'].includes(t['warnings'] as string))
    problems.push('match.text.warnings must be skip, prose or keep');
  if (
    t['host'] !== undefined &&
    (typeof t['host'] !== 'number' || !Number.isInteger(t['host']) || t['host'] < 1)
  )
    problems.push('match.text.host must be the number of a capture group (1 or more)');
  if (t['captions'] !== undefined && t['captions'] !== 'skip' && t['captions'] !== 'keep')
    problems.push('match.text.captions must be skip or keep');
  if (t['comments'] !== undefined && t['comments'] !== 'skip' && t['comments'] !== 'keep')
    problems.push('match.text.comments must be skip or keep');
  if (t['examples'] !== undefined && t['examples'] !== 'skip' && t['examples'] !== 'keep')
    problems.push('match.text.examples must be skip or keep');
  if (t['definitions'] !== undefined && t['definitions'] !== 'skip' && t['definitions'] !== 'keep')
    problems.push('match.text.definitions must be skip or keep');
  if (t['code'] !== undefined && t['code'] !== 'scan' && t['code'] !== 'skip')
    problems.push('match.text.code must be scan or skip');
  // a valid rule's literals join the prefilter now, so its automaton is built once for all rules
  if (!problems.length) prefilterOf(t as TextMatch);
  return problems;
}

/** the prefilter requirement of a text match: its `any` list and each `all` group must hold */
function prefilterOf(t: TextMatch): Requirement | undefined {
  const pre = [t.any, ...(t.all ?? [])]
    .filter((l): l is string[] => l !== undefined)
    .map((l) => entryOf(l, needsUnicode))
    .filter((e) => e !== undefined);
  return pre.length ? pre : undefined;
}

/**
 * The patterns of one list (`res`, with its prefilter entry) that can match a segment whose
 * literals are `found`, as the whole-list alternation (`where`) when all can, else as the
 * alternation of those that can, and which ones (undefined: all).
 */
export function live(
  c: CompiledText,
  list: string,
  res: RegExp[],
  where: RegExp[],
  entry: number[][][] | undefined,
  found: Uint8Array,
): { where: RegExp[]; keep?: Uint8Array } {
  if (!entry) return { where };
  const keep = new Uint8Array(res.length);
  let n = 0;
  entry.forEach((clauses, k) => {
    if (clauses.every((cl) => cl.some((id) => found[id] === 1))) {
      keep[k] = 1;
      n++;
    }
  });
  if (n === res.length) return { where };
  const key = `${c.uid}:${list}:${keep.join('')}`;
  let sub = subsetCache.get(key);
  if (sub) subsetCache.delete(key);
  else sub = alternation(res.filter((_, k) => keep[k] === 1));
  subsetCache.set(key, sub);
  if (subsetCache.size > SUBSETS_MAX) subsetCache.delete(subsetCache.keys().next().value as string);
  return { where: sub, keep };
}

const compiled = new WeakMap<Rule, CompiledText>();

export function compileText(rule: Rule): CompiledText | undefined {
  const t = (rule.match as ProseMatch & { text?: TextMatch }).text;
  if (!t) return undefined;
  let c = compiled.get(rule);
  if (!c) {
    // the `u` flag makes case-insensitive matching ~20× slower; only patterns that need it get it
    const rx = (s: string) => new RegExp(s, needsUnicode(s) ? 'giu' : 'gi');
    c = {
      window: t.window ?? 'sentence',
      scope: t.scope ?? 'any',
      mentions: t.mentions ?? 'keep',
      warnings: t.warnings ?? 'keep',
      unlessIn: t.unlessIn ?? 'window',
      captions: t.captions ?? 'keep',
      comments: t.comments ?? 'keep',
      examples: t.examples ?? 'keep',
      definitions: t.definitions ?? 'keep',
      uid: uids++,
    };
    if (t.any) c.any = t.any.map(rx);
    if (t.all) c.all = t.all.map((g) => g.map(rx));
    if (t.unless) c.unless = t.unless.map(rx);
    if (t.files) c.files = t.files.map((g) => globRegExp(g, true));
    if (t.host !== undefined) c.host = t.host;
    if (c.any) c.anyWhere = alternation(c.any);
    if (c.all) c.allWhere = c.all.map(alternation);
    if (c.any) c.anyEach = nonGlobal(c.any);
    if (c.all) c.allEach = c.all.map(nonGlobal);
    const pre = prefilterOf(t);
    if (pre) c.pre = pre;
    if (t.any) {
      const e = entryOf(t.any, needsUnicode);
      if (e) c.anyEntry = e;
    }
    if (t.all) c.allEntries = t.all.map((g) => entryOf(g, needsUnicode));
    compiled.set(rule, c);
  }
  return c;
}

/** the literals the rules' prefilters name, ascending (null: some rule has none), per rule list */
const gateIds = new WeakMap<readonly Rule[], number[] | null>();

export function gateLiterals(rules: readonly Rule[]): number[] | null {
  let ids = gateIds.get(rules);
  if (ids === undefined) {
    const all = new Set<number>();
    for (const r of rules) {
      const pre = compileText(r)?.pre;
      if (!pre) {
        all.clear();
        ids = null;
        break;
      }
      for (const entry of pre)
        for (const p of entry) for (const c of p) for (const id of c) all.add(id);
    }
    if (ids === undefined) ids = [...all].sort((a, b) => a - b);
    gateIds.set(rules, ids);
  }
  return ids;
}

/**
 * Can any of these text rules match in `text`? A gate before the text analyzer reads a whole code
 * file for its `code: scan` rules (engine/route.ts): a rule with literals needs them in the text.
 * They are looked for in the raw text and in the text with emphasis markers dropped and blanks
 * collapsed (what normalize() does to ASCII); text with any other character always passes the
 * gate, since only the full pass folds invisible characters, look-alikes and compatibility forms.
 */
export function mayMatchText(text: string, rules: readonly Rule[]): boolean {
  if (!/^[\x00-\x7f]*$/.test(text)) return true;
  // a rule without literals may match anywhere
  const ids = gateLiterals(rules);
  if (!ids) return true;
  const can = (found: Uint8Array) => rules.some((r) => met(compileText(r)?.pre ?? [], found));
  // the literals of the raw text alone often decide; those of the lighter text only add to them
  const found = literals.scanOnly(text, ids);
  if (can(found)) return true;
  const lite = literals.scanOnly(text.replace(/[*_~]+/g, '').replace(/\s+/g, ' '), ids);
  for (let i = 0; i < found.length; i++) if (lite[i] === 1) found[i] = 1;
  return can(found);
}
