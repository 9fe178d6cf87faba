import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { RuleError } from './errors.js';
import { parseYamlText } from './parsed.js';
import type { Rule, RuleLanguage, RuleSet } from './rule.js';
import { ruleSchema } from './schema.js';

/** rules/rules/ of this package (dist/ sits beside it). */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
/** rules/fixtures/<rule-id>/{positive,benign}*.ext */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const ajv = new Ajv({ allErrors: true, strict: false });
const checkRule = ajv.compile(ruleSchema);

function explain(e: ErrorObject): string {
  const where = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'the rule';
  switch (e.keyword) {
    case 'required':
      return `missing field "${String(e.params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(e.params.additionalProperty)}" (allowed: ${Object.keys(ruleSchema.properties).join(', ')})`;
    case 'enum':
      return `${where} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return `${where} has the wrong form (${(ruleSchema.properties as Record<string, { description?: string }>)[where]?.description ?? String(e.params.pattern)})`;
    default:
      return `${where} ${e.message ?? e.keyword}`;
  }
}

/** Validates one parsed rule document; returns the problems in plain words (empty = valid). */
export function ruleProblems(doc: unknown): string[] {
  if (checkRule(doc)) return [];
  return (checkRule.errors ?? []).map(explain);
}

/** the `.yaml`/`.yml` file names in `dir`, sorted */
export const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && (e.name.endsWith('.yaml') || e.name.endsWith('.yml')))
    .map((e) => e.name)
    .sort();

/** a list item `{ set: name }` */
const setRef = (x: unknown): string | undefined =>
  x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && 'set' in x
    ? String((x as { set: unknown }).set)
    : undefined;

/**
 * Named lists that rules share (`sets/<name>.yaml` beside the rules: `id`, `description`,
 * `items`), such as every callee that opens a network connection, which several rules need as
 * their own match or as `fileAlso`, or the folders coding agents keep in the user's home. A rule
 * writes `- set: <name>` as an item of any list in its match, `{set:<name>}` inside a glob (it
 * becomes `{a,b,c}`) or `(?set:<name>)` inside a regular expression (it becomes `(?:a|b|c)`, each
 * item matched literally); the loader puts the set's items there, so the analyzers only ever see
 * plain lists and strings. The analyzers' own code reads the same sets through namedSet.
 *
 * A set with `patterns: true` holds regular expressions instead of literal items (where secrets
 * live, as path patterns, shared by the JavaScript and Python rules): `(?set:<name>)` puts them in
 * as they are, `(?:a|b|c)`, and using such a set as a list item or inside a glob is an error.
 */
interface NamedSetDef {
  items: unknown[];
  patterns: boolean;
}

function loadSets(dir: string, hash: ReturnType<typeof createHash>): Map<string, NamedSetDef> {
  const sets = new Map<string, NamedSetDef>();
  const files = new Map<string, string>();
  if (!existsSync(dir)) return sets;
  for (const f of yamlFiles(dir)) {
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    hash.update(`sets/${f}`).update('\0').update(text).update('\0');
    let doc: unknown;
    try {
      doc = parseYamlText(text);
    } catch (cause) {
      throw new RuleError(
        'RULE_YAML',
        `sets/${f}: not valid YAML: ${(cause as Error).message}`,
        file,
        {
          cause,
        },
      );
    }
    const d = doc as {
      id?: unknown;
      description?: unknown;
      items?: unknown;
      patterns?: unknown;
    } | null;
    const id = f.replace(/\.ya?ml$/, '');
    if (!d || typeof d !== 'object' || d.id !== id)
      throw new RuleError('RULE_SET_INVALID', `sets/${f}: needs "id: ${id}" (the file name)`, file);
    if (typeof d.description !== 'string' || !d.description.trim())
      throw new RuleError(
        'RULE_SET_INVALID',
        `sets/${f}: needs a "description" saying what the set holds`,
        file,
      );
    if (
      !Array.isArray(d.items) ||
      !d.items.length ||
      d.items.some((x) => (typeof x !== 'string' || !x) && setRef(x) === undefined)
    )
      throw new RuleError(
        'RULE_SET_INVALID',
        `sets/${f}: "items" must be a non-empty list of strings (or "- set: <name>" for another set's items)`,
        file,
      );
    if (d.patterns !== undefined && typeof d.patterns !== 'boolean')
      throw new RuleError(
        'RULE_SET_INVALID',
        `sets/${f}: "patterns" must be true or false (true: the items are regular expressions)`,
        file,
      );
    if (d.patterns)
      for (const x of d.items as unknown[]) {
        if (typeof x !== 'string')
          throw new RuleError(
            'RULE_SET_INVALID',
            `sets/${f}: a set of patterns holds regular expressions, not "- set: <name>" items`,
            file,
          );
        try {
          new RegExp(x.replace(SET_IN_TEXT, '(?:x)'));
        } catch (cause) {
          throw new RuleError(
            'RULE_SET_INVALID',
            `sets/${f}: the item "${x}" is not a valid regular expression: ${(cause as Error).message}`,
            file,
            { cause },
          );
        }
      }
    sets.set(id, { items: d.items as unknown[], patterns: d.patterns === true });
    files.set(id, file);
  }
  // a set may hold another set (`- set: openclaw-family`): its items, in its place
  const resolving: string[] = [];
  const resolve = (id: string): NamedSetDef => {
    const file = files.get(id) as string;
    if (resolving.includes(id))
      throw new RuleError(
        'RULE_SET_INVALID',
        `sets/${path.basename(file)}: the sets hold each other (${[...resolving, id].join(' → ')})`,
        file,
      );
    resolving.push(id);
    const named = (name: string): NamedSetDef => {
      if (!sets.has(name))
        throw new RuleError(
          'RULE_SET_UNKNOWN',
          `sets/${path.basename(file)}: names the set "${name}", which is not defined (sets: ${[...sets.keys()].join(', ')})`,
          file,
        );
      return resolve(name);
    };
    const bad =
      (name: string) =>
      (why: string): never => {
        throw new RuleError(
          'RULE_SET_INVALID',
          `sets/${path.basename(file)}: names the set "${name}", but ${why}`,
          file,
        );
      };
    const def = sets.get(id) as NamedSetDef;
    const items = def.items.flatMap((x) => {
      const name = setRef(x);
      if (name !== undefined) return listItems(name, named(name), bad(name));
      // an item may name a set inside it too (`~/.{set:agent-homes}/**`)
      return [
        (x as string).replace(SET_IN_TEXT, (_, glob: string | undefined, re: string | undefined) =>
          setText(named((glob ?? re) as string), glob !== undefined, bad((glob ?? re) as string)),
        ),
      ];
    });
    resolving.pop();
    return { items, patterns: def.patterns };
  };
  for (const id of [...sets.keys()]) sets.set(id, resolve(id));
  return sets;
}

/** `s` matched literally inside a regular expression */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `{set:name}` in a glob, `(?set:name)` in a regular expression */
const SET_IN_TEXT = /\{set:([\w.-]+)\}|\(\?set:([\w.-]+)\)/g;

/** a set's items in place of a `- set: <name>` list item; a set of patterns has none */
function listItems(name: string, set: NamedSetDef, bad: (why: string) => never): unknown[] {
  if (set.patterns)
    bad(
      `it holds regular expressions (patterns: true): use it as (?set:${name}) inside a regular expression, not as a list item`,
    );
  return set.items;
}

/**
 * a set's items as a glob alternation `{a,b,c}` or a regular expression's `(?:a|b|c)`: literal
 * items escaped, a set of patterns' items as they are
 */
function setText(set: NamedSetDef, glob: boolean, bad: (why: string) => never): string {
  const items = set.items as string[];
  if (!glob) return `(?:${(set.patterns ? items : items.map(escapeRegExp)).join('|')})`;
  if (set.patterns)
    bad('it holds regular expressions (patterns: true), so it cannot stand inside a glob');
  const odd = items.find((x) => /[{},]/.test(x));
  if (odd !== undefined)
    bad(`its item "${odd}" holds a brace or comma, so it cannot stand inside a glob's {a,b}`);
  // a glob's braces need two items to be an alternation (`{a}` is the text {a})
  return items.length > 1 ? `{${items.join(',')}}` : (items[0] as string);
}

let defaultSets: Map<string, NamedSetDef> | undefined;

/**
 * The items of a named set of the default rules (`rules/rules/sets/<name>.yaml`), for analyzer
 * code that needs the same list as the rules (the agent CLIs that register MCP servers, the
 * folders agents keep in the user's home). Throws RuleError naming the sets there are when the
 * name is not one of them.
 */
export function namedSet(name: string): readonly string[] {
  return defaultSet(name).items as string[];
}

function defaultSet(name: string): NamedSetDef {
  defaultSets ??= loadSets(path.join(DEFAULT_RULES_DIR, 'sets'), createHash('sha256'));
  const set = defaultSets.get(name);
  if (!set)
    throw new RuleError(
      'RULE_SET_UNKNOWN',
      `no set "${name}" among the default rules' sets (${[...defaultSets.keys()].join(', ')})`,
      path.join(DEFAULT_RULES_DIR, 'sets'),
    );
  return set;
}

/**
 * a named set as the source of a regular expression alternation, `(?:a|b|c)`: items literal, or
 * as they are for a set of patterns
 */
export const namedSetPattern = (name: string): string =>
  setText(defaultSet(name), false, () => {
    throw new Error('unreachable: a regular expression takes every set');
  });

/** `value` with every `- set: name` list item replaced by that set's items, in place of the item */
function expandSets(
  value: unknown,
  where: string,
  sets: ReadonlyMap<string, NamedSetDef>,
  unknown: (where: string, name: string, why?: string) => never,
): unknown {
  if (Array.isArray(value))
    return value.flatMap((x, i) => {
      const name = setRef(x);
      if (name === undefined) return [expandSets(x, `${where}[${i}]`, sets, unknown)];
      const at = `${where}[${i}]`;
      const set = sets.get(name) ?? unknown(at, name);
      return listItems(name, set, (why) => unknown(at, name, why));
    });
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, expandSets(v, `${where}.${k}`, sets, unknown)]),
    );
  if (typeof value === 'string')
    return value.replace(SET_IN_TEXT, (_, glob: string | undefined, re: string | undefined) => {
      const name = (glob ?? re) as string;
      const set = sets.get(name) ?? unknown(where, name);
      return setText(set, glob !== undefined, (why) => unknown(where, name, why));
    });
  return value;
}

export type MatcherValidator = (match: Record<string, unknown>) => string[];

/**
 * Loads every `*.yaml` rule in `dir`, validating metadata, the id/filename pairing, uniqueness and
 * (when given) each language's matcher schema. Throws RuleError on the first bad file.
 */
export function loadRules(
  dir: string = DEFAULT_RULES_DIR,
  matchers: Partial<Record<RuleLanguage, MatcherValidator>> = {},
): RuleSet {
  const files = yamlFiles(dir);
  const hash = createHash('sha256');
  const sets = loadSets(path.join(dir, 'sets'), hash);
  const rules: Rule[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    hash.update(f).update('\0').update(text).update('\0');
    let doc: unknown;
    try {
      doc = parseYamlText(text);
    } catch (cause) {
      throw new RuleError('RULE_YAML', `${f}: not valid YAML: ${(cause as Error).message}`, file, {
        cause,
      });
    }
    const problems = ruleProblems(doc);
    if (problems.length) throw new RuleError('RULE_INVALID', `${f}: ${problems.join('; ')}`, file);
    const rule = { ...(doc as Omit<Rule, 'source'>), source: file };
    rule.match = expandSets(rule.match, 'match', sets, (where, name, why) => {
      if (why)
        throw new RuleError(
          'RULE_SET_INVALID',
          `${f}: ${where} names the set "${name}", but ${why}`,
          file,
        );
      throw new RuleError(
        'RULE_SET_UNKNOWN',
        `${f}: ${where} names the set "${name}", which is not defined (sets: ${[...sets.keys()].join(', ') || 'none'}; a set is sets/<name>.yaml beside the rules)`,
        file,
      );
    }) as Record<string, unknown>;
    if (path.basename(f).replace(/\.ya?ml$/, '') !== rule.id) {
      throw new RuleError(
        'RULE_ID_FILENAME',
        `${f}: the file must be named after the rule id (${rule.id}.yaml)`,
        file,
      );
    }
    const prev = ids.get(rule.id);
    if (prev)
      throw new RuleError(
        'RULE_DUPLICATE',
        `${f}: rule id ${rule.id} is already defined in ${prev}`,
        file,
      );
    ids.set(rule.id, f);
    for (const lang of rule.languages) {
      const validate = matchers[lang];
      const bad = validate ? validate(rule.match) : [];
      if (bad.length)
        throw new RuleError(
          'RULE_MATCH_INVALID',
          `${f}: match for ${lang}: ${bad.join('; ')}`,
          file,
        );
    }
    rules.push(rule);
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    rules,
    version: hash.digest('hex').slice(0, 16),
    byId: (id) => byId.get(id),
    forLanguage: (lang) => rules.filter((r) => r.languages.includes(lang)),
  };
}
