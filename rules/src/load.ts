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

/**
 * Named lists that rules share (`sets/<name>.yaml` beside the rules: `id`, `description`,
 * `items`), such as every callee that opens a network connection, which several rules need as
 * their own match or as `fileAlso`. A rule writes `- set: <name>` as an item of any list in its
 * match; the loader puts the set's items there, so the analyzers only ever see plain lists.
 */
function loadSets(dir: string, hash: ReturnType<typeof createHash>): Map<string, unknown[]> {
  const sets = new Map<string, unknown[]>();
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
    const d = doc as { id?: unknown; description?: unknown; items?: unknown } | null;
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
      d.items.some((x) => typeof x !== 'string' || !x)
    )
      throw new RuleError(
        'RULE_SET_INVALID',
        `sets/${f}: "items" must be a non-empty list of strings`,
        file,
      );
    sets.set(id, d.items as string[]);
  }
  return sets;
}

/** a list item `{ set: name }` */
const setRef = (x: unknown): string | undefined =>
  x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && 'set' in x
    ? String((x as { set: unknown }).set)
    : undefined;

/** `value` with every `- set: name` list item replaced by that set's items, in place of the item */
function expandSets(
  value: unknown,
  where: string,
  sets: ReadonlyMap<string, unknown[]>,
  unknown: (where: string, name: string) => never,
): unknown {
  if (Array.isArray(value))
    return value.flatMap((x, i) => {
      const name = setRef(x);
      if (name === undefined) return [expandSets(x, `${where}[${i}]`, sets, unknown)];
      return sets.get(name) ?? unknown(`${where}[${i}]`, name);
    });
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, expandSets(v, `${where}.${k}`, sets, unknown)]),
    );
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
    rule.match = expandSets(rule.match, 'match', sets, (where, name) => {
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
