import { Ajv, type ErrorObject } from 'ajv';
import semver from 'semver';
import { FormatError } from './errors.js';
import { ManifestSchema, type Manifest } from './manifest-schema.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile<Manifest>(ManifestSchema);

export interface FieldProblem {
  /** JSON-pointer-like path of the field, e.g. `capabilities.network[0]` */
  field: string;
  /** the rule broken, in words */
  rule: string;
}

/**
 * Where an ajv error points, as `.capabilities.network[0]` (empty for the root): property steps
 * with a leading dot, array steps in brackets, plus the missing or unknown property it names.
 * Shared by every ajv-validated document (skill.json, attestation predicates, API requests).
 */
export function ajvErrorPath(e: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): string {
  const parts = e.instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`));
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required' && typeof params['missingProperty'] === 'string')
    parts.push(`.${params['missingProperty']}`);
  if (e.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string')
    parts.push(`.${params['additionalProperty']}`);
  return parts.join('');
}

function fieldOf(e: ErrorObject): string {
  return ajvErrorPath(e).replace(/^\./, '') || '(root)';
}

function ruleOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'pattern':
      return `does not match the allowed form ${String(e.params.pattern)}`;
    case 'type':
      return `must be of type ${String(e.params.type)}`;
    case 'uniqueItems':
      return 'must not list the same entry twice';
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * Validates a parsed skill.json. Returns every problem (field + rule broken), most specific first;
 * an empty list means the manifest is valid.
 */
export function manifestProblems(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!check(value)) {
    const seen = new Set<string>();
    // anyOf/oneOf produce noise for union members; keep the first error per field.
    for (const e of check.errors ?? []) {
      if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
      const p = { field: fieldOf(e), rule: ruleOf(e) };
      const key = `${p.field}:${p.rule}`;
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
    return problems;
  }
  if (!semver.valid(value.version)) {
    problems.push({ field: 'version', rule: `"${value.version}" is not a valid semver version` });
  }
  return problems;
}

/** Parses and validates skill.json text; throws FormatError naming the field at fault. */
export function parseManifest(text: string, file = 'skill.json'): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new FormatError(
      'MANIFEST_JSON',
      `${file} is not valid JSON: ${(cause as Error).message}`,
      file,
      {
        cause,
      },
    );
  }
  const problems = manifestProblems(value);
  const first = problems[0];
  if (first) {
    const all = problems.map((p) => `${p.field} ${p.rule}`).join('; ');
    throw new FormatError('MANIFEST_INVALID', `${file}: ${all}`, first.field);
  }
  return value as Manifest;
}

/** The manifest JSON Schema as published by the registry (`/v1/schema/skill.json`). */
export const manifestJsonSchema: object = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://skillgate.example/schema/skill.json',
  title: 'skillgate skill.json',
  ...JSON.parse(JSON.stringify(ManifestSchema)),
};
