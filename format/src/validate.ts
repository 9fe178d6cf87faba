import { Ajv, type ErrorObject } from 'ajv';
import semver from 'semver';
import { FormatError } from './errors.js';
import {
  ENV_NAME_PATTERN,
  EXEC_PATTERN,
  HOST_PATTERN,
  ManifestSchema,
  type Capabilities,
  type EnvEntry,
  type Manifest,
} from './manifest-schema.js';

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

/** the value an ajv error points at (`/capabilities/network/0`) */
function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const step of pointer.split('/').slice(1)) {
    const key = step.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const HOST_RE = new RegExp(HOST_PATTERN);

/**
 * What the author most likely meant, for an entry the schema refuses but whose meaning is plain:
 * a URL or a path where a host goes (`https://api.example.com/v1` → `api.example.com`), a host in
 * capitals, an IPv6 address without brackets, a program's path where its name goes
 * (`/usr/bin/git` → `git`), an environment variable written as shell (`$TOKEN` → `TOKEN`).
 */
function entryHint(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^capabilities\.(?:network|env\[\d+\]\.hosts)\[\d+\]$/.test(field)) {
    let host: string | undefined;
    let why = '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
      try {
        const u = new URL(v);
        host = u.port ? `${u.hostname}:${u.port}` : u.hostname;
        why = 'a network entry is a host (and port), not a URL';
      } catch {
        return undefined;
      }
    } else if (/^[^/]+\/./.test(v)) {
      host = v.slice(0, v.indexOf('/')).toLowerCase();
      why = 'a network entry is a host (and port), not a path';
    } else if (v !== v.toLowerCase()) {
      host = v.toLowerCase();
      why = 'host names are written in lower case';
    } else if (/^[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*$/.test(v)) {
      host = `[${v}]`;
      why = 'an IPv6 address is written in brackets';
    }
    return host && HOST_RE.test(host) ? `write "${host}": ${why}` : undefined;
  }
  if (/^capabilities\.exec\[\d+\]$/.test(field)) {
    if (/[/\\]/.test(v) && !/\s/.test(v)) {
      const name = v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1);
      if (/^[A-Za-z0-9._+-]+$/.test(name))
        return `write "${name}": an exec entry names the program, which is found on PATH, not its path`;
    }
    if (v.split(/\s+/).length > 2)
      return 'an exec entry is a program, or a program and one subcommand ("npx prettier"), not a command line';
    return undefined;
  }
  if (/^capabilities\.env\[\d+\](?:\.name)?$/.test(field)) {
    const m =
      /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(v) ?? /^process\.env\.([A-Za-z_]\w*)$/.exec(v);
    return m ? `write "${m[1]}": an env entry is the variable's name` : undefined;
  }
  return undefined;
}

function ruleOf(e: ErrorObject, root: unknown): string {
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'pattern': {
      const hint = entryHint(fieldOf(e), valueAt(root, e.instancePath));
      return `does not match the allowed form ${String(e.params.pattern)}${hint ? `; ${hint}` : ''}`;
    }
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
      const p = { field: fieldOf(e), rule: ruleOf(e, value) };
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

/**
 * The capability entries of a skill.json that fails validation which are each in a form the
 * schema allows (a host of the host form, a path, a program's name, an environment variable's
 * name or a name with its hosts), as a capability set; undefined when the text is no JSON object.
 * What a broken manifest is judged against: nothing it spells wrong counts as declared, and what
 * it does declare rightly still does, so a fix of one entry changes only that entry's judgement.
 */
export function validCapabilityEntries(text: string): Capabilities | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const caps = (value as Record<string, unknown>)['capabilities'];
  const obj = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const c = obj(caps);
  const strings = (v: unknown, rx?: RegExp): string[] =>
    Array.isArray(v)
      ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x.length > 0))].filter(
          (x) => !rx || rx.test(x),
        )
      : [];
  const env: EnvEntry[] = [];
  if (Array.isArray(c['env']))
    for (const e of c['env']) {
      if (typeof e === 'string') {
        if (ENV_RE.test(e)) env.push(e);
        continue;
      }
      const o = obj(e);
      const hosts = strings(o['hosts'], HOST_RE);
      if (typeof o['name'] === 'string' && ENV_RE.test(o['name']) && hosts.length)
        env.push({ name: o['name'], hosts });
    }
  const fs = obj(c['fs']);
  return {
    network: strings(c['network'], HOST_RE),
    fs: { read: strings(fs['read']), write: strings(fs['write']) },
    exec: strings(c['exec'], EXEC_RE),
    env,
  };
}

const ENV_RE = new RegExp(ENV_NAME_PATTERN);
const EXEC_RE = new RegExp(EXEC_PATTERN);

/** The manifest JSON Schema as published by the registry (`/v1/schema/skill.json`). */
export const manifestJsonSchema: object = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://skillgate.example/schema/skill.json',
  title: 'skillgate skill.json',
  ...JSON.parse(JSON.stringify(ManifestSchema)),
};
