import fc from 'fast-check';
import { FormatError, parseManifest, parseSkillMd } from '@skillgate/format';
import { describeError, target, violated, type FuzzTarget } from './target.js';

const VALID_MANIFEST = {
  name: 'pdf-tools',
  version: '1.2.3',
  description: 'Extract text from PDF files',
  license: 'MIT',
  keywords: ['pdf'],
  capabilities: {
    network: ['api.example.com', '*.example.org:443'],
    fs: { read: ['./data/**', '$SKILL/**'], write: ['./out/**'] },
    exec: ['pdftotext'],
    env: ['LOG_LEVEL', { name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
  },
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values that stress a schema: wrong types, huge numbers, confusable and hostile strings. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    '',
    '1.2.3',
    '01.2.3',
    '1.2.3-\u0430lpha',
    '\u0440df-tools',
    'PDF-TOOLS',
    'pdf--tools',
    '../evil',
    'a'.repeat(5000),
    '*',
    '*:*',
    '[::1]:22',
    'api.example.com:99999',
    { name: 'X', hosts: [] },
    JSON.parse('{"__proto__": {"polluted": true}}') as Json,
    -0,
    1e308,
    [],
    {},
  ),
);

type Mutation = { path: string[]; op: 'delete' | 'set' | 'add'; key: string; value: Json };

const manifestKeys = [
  'name',
  'version',
  'description',
  'license',
  'keywords',
  'capabilities',
  'homepage',
  '$schema',
];
const capKeys = [
  'network',
  'fs',
  'exec',
  'env',
  'read',
  'write',
  '0',
  '1',
  'hosts',
  '__proto__',
  'constructor',
];

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(
    fc.constantFrom('capabilities', 'fs', 'env', 'network', 'exec', '0', '1', 'read'),
    { maxLength: 3 },
  ),
  op: fc.constantFrom('delete', 'set', 'set', 'add'),
  key: fc.oneof(fc.constantFrom(...manifestKeys, ...capKeys), fc.string({ maxLength: 6 })),
  value: hostileValue,
});

/** A copy of a generated value, so that constants shared between cases are never mutated (or made circular). */
function fresh(v: Json): Json {
  return JSON.parse(JSON.stringify(v)) as Json;
}

function applyMutation(root: Json, m: Mutation): void {
  let node: Json = root;
  for (const p of m.path) {
    if (node === null || typeof node !== 'object') return;
    const next: Json | undefined = Array.isArray(node) ? node[Number(p)] : node[p];
    if (next === undefined) break;
    node = next;
  }
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    const i = Number.parseInt(m.key, 10);
    if (m.op === 'delete' && Number.isInteger(i)) node.splice(i, 1);
    else if (m.op === 'add') node.push(fresh(m.value));
    else if (Number.isInteger(i) && i >= 0 && i < 64) node[i] = fresh(m.value);
    return;
  }
  if (m.op === 'delete') delete node[m.key];
  else
    Object.defineProperty(node, m.key, {
      value: fresh(m.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** Text-level damage on top of structural mutation: cut, insert or replace characters. */
const textEdit = fc.oneof(
  { weight: 6, arbitrary: fc.constant((s: string) => s) },
  { weight: 1, arbitrary: fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.constantFrom('{', '}', '"', '\\', ',', '\u0000', '\uD800', '[', ':', '1e999', 'null'),
      )
      .map(([n, c]) => (s: string) => {
        const i = n % (s.length + 1);
        return s.slice(0, i) + c + s.slice(i);
      }),
  },
);

export const manifestText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.nat(20000).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(mutation, { minLength: 1, maxLength: 5 }), textEdit)
      .map(([ms, edit]) => {
        const doc = structuredClone(VALID_MANIFEST) as Json;
        for (const m of ms) applyMutation(doc, m);
        return edit(JSON.stringify(doc));
      }),
  },
);

const NAME = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,63}$/;
const ALLOWED = new Set(manifestKeys);

function checkPrototypes(what: string): void {
  const probe: Record<string, unknown> = {};
  if ('polluted' in probe || 'polluted' in Object.prototype)
    violated(`${what} polluted Object.prototype`);
}

/** parseManifest: only FormatError naming the field; what it accepts really fits the schema. */
export const manifestTarget: FuzzTarget = target<string>({
  name: 'skill.json/parseManifest',
  arbitrary: () => manifestText,
  async check(text) {
    let m: ReturnType<typeof parseManifest>;
    try {
      m = parseManifest(text);
    } catch (e) {
      if (!(e instanceof FormatError)) violated(`threw ${describeError(e)}, not a FormatError`, e);
      if (e.code !== 'MANIFEST_JSON' && e.code !== 'MANIFEST_INVALID')
        violated(`unexpected code ${e.code}`);
      if (typeof e.where !== 'string' || e.where === '')
        violated(`FormatError ${e.code} without a where`);
      checkPrototypes('parseManifest');
      return e.code;
    }
    checkPrototypes('parseManifest');
    if (typeof m !== 'object' || m === null) violated('accepted a non-object');
    for (const k of Object.keys(m)) if (!ALLOWED.has(k)) violated(`accepted unknown field ${k}`);
    if (!NAME.test(m.name)) violated(`accepted name ${JSON.stringify(m.name)}`);
    if (!/^\d+\.\d+\.\d+/.test(m.version))
      violated(`accepted version ${JSON.stringify(m.version)}`);
    if (typeof m.description !== 'string' || m.description === '')
      violated('accepted an empty description');
    if (
      typeof m.capabilities !== 'object' ||
      m.capabilities === null ||
      Array.isArray(m.capabilities)
    )
      violated('accepted capabilities that are not an object');
    const again = parseManifest(JSON.stringify(m));
    if (JSON.stringify(again) !== JSON.stringify(m))
      violated('accepted manifest does not re-parse to itself');
    return 'accepted';
  },
});

const YAML_PIECES = [
  'name: pdf-tools',
  'description: Extract text',
  'name: [a, b]',
  'name: &a [*a]',
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'x: !!js/function "function(){}"',
  'x: !!binary aGVsbG8=',
  'x: !!set {a, b}',
  'x: !!timestamp 2001-12-14t21:59:43.10-05:00',
  'x: !!float .nan',
  '? [complex, key]\n: value',
  '<<: {merged: true}',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {polluted: true}}',
  'name: one\nname: two',
  '\tname: tabbed',
  '%YAML 1.1',
  '--- !!map',
  '...',
  '- a list',
  '"unterminated',
  'x: |\n  block\n  text',
  'x: >-\n  folded',
  'x: 0x1F',
  'x: 1e400',
  'x: @reserved',
  'x: `backtick',
  'k: {a: {b: {c: {d: {e: {f: {g: 1}}}}}}}',
];

export const skillMdText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(5000), fc.constantFrom('[', '{a: ', '- ')).map(([n, open]) => {
      const close = open === '[' ? ']' : open === '{a: ' ? '}' : '';
      return `---\nx:\n  ${open.repeat(n)}1${close.repeat(n)}\n---\n`;
    }),
  },
  {
    weight: 8,
    arbitrary: fc
      .record({
        bom: fc.boolean(),
        open: fc.constantFrom('---\n', '---\n', '---\n', '---\r\n', '--- \n', '---', '----\n', ''),
        lines: fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 20 })), {
          maxLength: 6,
        }),
        eol: fc.constantFrom('\n', '\r\n', '\r'),
        close: fc.constantFrom(
          '\n---\n',
          '\n---\n',
          '\n---\n',
          '\n---',
          '\r\n---\r\n',
          '\n--- \n',
          '\n...\n',
          '',
        ),
        body: fc.string({ maxLength: 60 }),
      })
      .map((r) => `${r.bom ? '\uFEFF' : ''}${r.open}${r.lines.join(r.eol)}${r.close}${r.body}`),
  },
);

/** parseSkillMd: only FormatError; a frontmatter that parses is a plain mapping; body is a suffix. */
export const skillMdTarget: FuzzTarget = target<string>({
  name: 'SKILL.md/parseSkillMd',
  arbitrary: () => skillMdText,
  async check(text) {
    let r: ReturnType<typeof parseSkillMd>;
    try {
      r = parseSkillMd(text);
    } catch (e) {
      if (!(e instanceof FormatError)) violated(`threw ${describeError(e)}, not a FormatError`, e);
      if (e.code !== 'SKILLMD_FRONTMATTER') violated(`unexpected code ${e.code}`);
      if (typeof e.where !== 'string' || e.where === '') violated('FormatError without a where');
      checkPrototypes('parseSkillMd');
      return e.code;
    }
    checkPrototypes('parseSkillMd');
    const fm: unknown = r.frontmatter;
    if (typeof fm !== 'object' || fm === null || Array.isArray(fm))
      violated('frontmatter is not a mapping');
    if (!text.endsWith(r.body)) violated('body is not the tail of the file');
    if (!Number.isInteger(r.bodyLine) || r.bodyLine < 1) violated(`bodyLine ${r.bodyLine}`);
    const lines = text.replace(/^\uFEFF/, '').split('\n').length;
    if (r.bodyLine > lines + 1) violated(`bodyLine ${r.bodyLine} past the end (${lines} lines)`);
    return Object.keys(r.frontmatter).length > 0 ? 'accepted' : 'accepted-empty';
  },
});
