import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { RuleError } from './errors.js';
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

export type MatcherValidator = (match: Record<string, unknown>) => string[];

/**
 * Loads every `*.yaml` rule in `dir`, validating metadata, the id/filename pairing, uniqueness and
 * (when given) each language's matcher schema. Throws RuleError on the first bad file.
 */
export function loadRules(
  dir: string = DEFAULT_RULES_DIR,
  matchers: Partial<Record<RuleLanguage, MatcherValidator>> = {},
): RuleSet {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const hash = createHash('sha256');
  const rules: Rule[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    hash.update(f).update('\0').update(text).update('\0');
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch (cause) {
      throw new RuleError('RULE_YAML', `${f}: not valid YAML: ${(cause as Error).message}`, file, {
        cause,
      });
    }
    const problems = ruleProblems(doc);
    if (problems.length) throw new RuleError('RULE_INVALID', `${f}: ${problems.join('; ')}`, file);
    const rule = { ...(doc as Omit<Rule, 'source'>), source: file };
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
