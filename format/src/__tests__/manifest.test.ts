import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  capabilitiesEqual,
  diffCapabilities,
  FormatError,
  manifestProblems,
  parseManifest,
  parseSkillMd,
  readSkillPackage,
} from '../index.js';

const good = {
  name: 'weather-brief',
  version: '1.2.3',
  description: 'Weather',
  capabilities: {
    network: ['api.example.com', '*.example.org:443'],
    fs: { read: ['./data/**'], write: ['./out/**'] },
    exec: ['git'],
    env: ['LOG_LEVEL', { name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
  },
};

test('a valid manifest parses', () => {
  assert.deepEqual(parseManifest(JSON.stringify(good)), good);
});

test('each broken field is named with the rule it breaks', () => {
  const cases: [unknown, string, RegExp][] = [
    [{ ...good, name: 'Bad Name' }, 'name', /allowed form/],
    [{ ...good, version: '1.2' }, 'version', /fewer than 5|semver/],
    [{ ...good, version: '1.2.x.y' }, 'version', /semver/],
    [
      { ...good, capabilities: { network: ['https://x.example/path'] } },
      'capabilities.network[0]',
      /allowed form/,
    ],
    [
      { ...good, capabilities: { env: [{ name: 'K', hosts: [] }] } },
      'capabilities.env[0].hosts',
      /fewer than 1/,
    ],
    [{ ...good, capabilities: { fs: { exec: [] } } }, 'capabilities.fs.exec', /not a known field/],
    [{ ...good, extra: 1 }, 'extra', /not a known field/],
    [{ name: 'x1', version: '1.0.0', capabilities: {} }, 'description', /required/],
  ];
  for (const [value, field, rule] of cases) {
    const problems = manifestProblems(value);
    const hit = problems.find((p) => p.field === field);
    assert.ok(hit, `expected a problem on ${field}, got ${JSON.stringify(problems)}`);
    assert.match(hit.rule, rule);
  }
});

test('a refused entry whose meaning is plain says what to write', () => {
  const cases: [object, string, RegExp][] = [
    [
      { network: ['https://api.example.com:8443/v1'] },
      'capabilities.network[0]',
      /; write "api\.example\.com:8443": a network entry is a host \(and port\), not a URL$/,
    ],
    [
      { network: ['api.example.com/v1'] },
      'capabilities.network[0]',
      /; write "api\.example\.com": a network entry is a host \(and port\), not a path$/,
    ],
    [
      { network: ['Api.Example.com'] },
      'capabilities.network[0]',
      /; write "api\.example\.com": host names are written in lower case$/,
    ],
    [
      { network: ['2001:db8::1'] },
      'capabilities.network[0]',
      /; write "\[2001:db8::1\]": an IPv6 address is written in brackets$/,
    ],
    [
      { env: [{ name: 'K', hosts: ['https://api.example.com'] }] },
      'capabilities.env[0].hosts[0]',
      /; write "api\.example\.com"/,
    ],
    [
      { exec: ['/usr/bin/git'] },
      'capabilities.exec[0]',
      /; write "git": an exec entry names the program, which is found on PATH, not its path$/,
    ],
    [
      { exec: ['git status --short'] },
      'capabilities.exec[0]',
      /; an exec entry is a program, or a program and one subcommand/,
    ],
    [
      { env: ['${NOTE_DIR}'] },
      'capabilities.env[0]',
      /; write "NOTE_DIR": an env entry is the variable's name$/,
    ],
  ];
  for (const [capabilities, field, rule] of cases) {
    const hit = manifestProblems({ ...good, capabilities }).find((p) => p.field === field);
    assert.ok(hit, `expected a problem on ${field}`);
    assert.match(hit.rule, rule);
  }
  // nothing to suggest: the form alone
  const plain = manifestProblems({ ...good, capabilities: { network: ['a b'] } });
  assert.match(plain[0]?.rule ?? '', /allowed form [^;]*$/);
});

test('parseManifest throws MANIFEST_JSON / MANIFEST_INVALID naming the field', () => {
  assert.throws(
    () => parseManifest('{'),
    (e: FormatError) => e.code === 'MANIFEST_JSON',
  );
  assert.throws(
    () => parseManifest(JSON.stringify({ ...good, capabilities: { exec: ['rm -rf /'] } })),
    (e: FormatError) =>
      e.code === 'MANIFEST_INVALID' &&
      e.where === 'capabilities.exec[0]' &&
      /capabilities\.exec\[0\]/.test(e.message),
  );
});

test('SKILL.md frontmatter parses, and its name must match skill.json', () => {
  const md = parseSkillMd('\uFEFF---\nname: weather-brief\ndescription: d\n---\n# Title\nbody\n');
  assert.equal(md.frontmatter['name'], 'weather-brief');
  assert.equal(md.bodyLine, 5);
  assert.throws(
    () => parseSkillMd('---\nname: [unclosed\n---\n'),
    (e: FormatError) => e.code === 'SKILLMD_FRONTMATTER',
  );
  const files = (name: string) => [
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(good)) },
    { path: 'SKILL.md', bytes: Buffer.from(`---\nname: ${name}\n---\n`) },
  ];
  assert.equal(readSkillPackage(files('weather-brief')).manifest.name, 'weather-brief');
  assert.throws(
    () => readSkillPackage(files('other')),
    (e: FormatError) => e.code === 'NAME_MISMATCH',
  );
  assert.throws(
    () => readSkillPackage(files('x').slice(1)),
    (e: FormatError) => e.code === 'MANIFEST_MISSING',
  );
});

test('capability equality ignores order; diffs list what was added and removed', () => {
  const reordered = {
    env: [{ name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }, 'LOG_LEVEL'],
    exec: ['git'],
    fs: { write: ['./out/**'], read: ['./data/**'] },
    network: ['*.example.org:443', 'api.example.com'],
  };
  assert.ok(capabilitiesEqual(good.capabilities, reordered));
  assert.ok(!capabilitiesEqual(good.capabilities, { ...reordered, exec: ['git', 'curl'] }));
  assert.ok(capabilitiesEqual({}, { network: [], fs: { read: [] } }));
  assert.deepEqual(
    diffCapabilities(good.capabilities, {
      ...reordered,
      network: ['api.example.com', 'new.example'],
    }),
    {
      added: ['network:new.example'],
      removed: ['network:*.example.org:443'],
    },
  );
});

test('frontmatter nested or sized past the limits is refused before YAML parsing', () => {
  const deep = `---\nx: ${'['.repeat(500)}${']'.repeat(500)}\n---\n`;
  const compact = `---\n${'- '.repeat(3000)}x\n---\n`;
  assert.throws(
    () => parseSkillMd(compact),
    (e: FormatError) => e.code === 'SKILLMD_FRONTMATTER' && /nested/.test(e.message),
  );
  assert.deepEqual(parseSkillMd('---\nlist:\n  - - a\n    - b\n---\n').frontmatter, {
    list: [['a', 'b']],
  });
  assert.throws(
    () => parseSkillMd(deep),
    (e: FormatError) => e.code === 'SKILLMD_FRONTMATTER' && /nested/.test(e.message),
  );
  const shallow = `---\nx: ${'['.repeat(10)}1${']'.repeat(10)}\ny: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["\n---\n`;
  assert.equal(typeof parseSkillMd(shallow).frontmatter['x'], 'object');
  const big = `---\ndescription: "${'a'.repeat(70 * 1024)}"\n---\n`;
  assert.throws(
    () => parseSkillMd(big),
    (e: FormatError) => e.code === 'SKILLMD_FRONTMATTER' && /bytes/.test(e.message),
  );
});
