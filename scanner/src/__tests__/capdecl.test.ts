/**
 * Declared against observed capabilities (capabilities/compare.ts, match.ts). A skill.json that
 * declares what the skill does, in any spelling the manifest format allows, gets no
 * `cap-undeclared-*` finding; the same skill with one use more than it declares gets exactly that
 * finding and fails. The skills are in capdecl-skills.ts (their comment lists the spellings).
 *
 * What the comparison had wrong (numbers in the commit that adds this file):
 * - paths: a `..` segment was compared as text, so `~/.config/tool/../../.gitconfig` sat under a
 *   declared `~/.config/tool/`; `.` segments (`~/./x`) made a declared file miss; `dir/**` did
 *   not cover `dir` itself (`ls ~/notes`); `**\/package.json` matched `not-package.json`.
 * - hosts: an IPv6 literal in a shell URL, and an international name in JS/bash, gave no host at
 *   all; both sides now compare in the URL standard's form (punycode, compressed IPv6, no
 *   brackets, no trailing dot), and a `*.` wildcard never covers an address.
 * - programs: a versioned name (`pip3`, `python3.11`) against its family's declared name.
 * - environment: a variable the skill sets (`os.environ["X"] = …`, `process.env.X = …`) counted as
 *   read; `Deno.env.get("X")` and `Bun.env.X` were not seen.
 * A spelling the format refuses (a URL as a host, a program's path) stays a manifest-invalid
 * finding, whose message now says what to write.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASES, honestFiles, liarFiles, type CapCase } from './capdecl-skills.js';
import { scanCase } from './skills.js';
import {
  canonicalHost,
  execAllowed,
  hostAllowed,
  normalizePath,
  pathAllowed,
  programName,
} from '../capabilities/match.js';
import type { ScanReport } from '../types.js';

const undeclared = (r: ScanReport) =>
  r.findings
    .filter((f) => f.ruleId.startsWith('cap-undeclared-'))
    .map((f) => `${f.ruleId} ${f.message}`);

describe('capdecl: an honest manifest, in every spelling, gets no cap-undeclared finding', () => {
  for (const c of CASES)
    it(c.name, () => {
      const r = scanCase(c.name, honestFiles(c));
      assert.deepEqual(undeclared(r), []);
      assert.equal(r.verdict, 'pass', r.summary);
    });
});

/** the described use (`(network api.example.com:8080, seen by …)`) the liar's finding names */
const names = (c: CapCase, message: string) => message.includes(` ${c.liar.what},`);

describe('capdecl: the same skill with one undeclared use keeps that finding and fails', () => {
  for (const c of CASES)
    it(c.name, () => {
      const r = scanCase(c.name, liarFiles(c));
      const found = r.findings.filter((f) => f.ruleId.startsWith('cap-undeclared-'));
      assert.deepEqual(
        found.map((f) => f.ruleId),
        [c.liar.rule],
        JSON.stringify(found.map((f) => f.message)),
      );
      assert.ok(names(c, (found[0] as { message: string }).message), found[0]?.message);
      assert.equal(found[0]?.file, c.liar.file[0]);
      assert.equal(r.verdict, 'fail');
    });
});

describe('capdecl: paths compare after `.` and `..` are resolved', () => {
  it('normalises the home, `.` and `..`', () => {
    assert.equal(normalizePath('~/.config/tool/../../.gitconfig'), '~/.gitconfig');
    assert.equal(normalizePath('$HOME/./.config//tool/'), '~/.config/tool');
    assert.equal(normalizePath('${HOME}/a/b/../c'), '~/a/c');
    assert.equal(normalizePath('/home/alice/x/../y'), '~/y');
    assert.equal(normalizePath('~/../other/x'), '~/../other/x');
    assert.equal(normalizePath('./data/../out/x'), 'out/x');
    assert.equal(normalizePath('../x'), '../x');
    assert.equal(normalizePath('/etc/./ssh/../hosts'), '/etc/hosts');
    assert.equal(normalizePath('./'), '.');
  });
  it('a folder glob covers the folder, `**/` covers whole folders only', () => {
    assert.ok(pathAllowed(['~/notes/**'], '~/notes'));
    assert.ok(pathAllowed(['~/notes/**'], '~/notes/a/b.md'));
    assert.ok(!pathAllowed(['~/notes/**'], '~/notes-old/a.md'));
    assert.ok(pathAllowed(['~/p/**/package.json'], '~/p/package.json'));
    assert.ok(pathAllowed(['~/p/**/package.json'], '~/p/a/b/package.json'));
    assert.ok(!pathAllowed(['~/p/**/package.json'], '~/p/a/not-package.json'));
    assert.ok(!pathAllowed(['~/x/*.json'], '~/x/sub/a.json'));
    assert.ok(pathAllowed(['~/x/[ab].json'], '~/x/a.json'));
    assert.ok(!pathAllowed(['~/x/[ab].json'], '~/x/c.json'));
    assert.ok(pathAllowed(['~/x/[!.]*'], '~/x/a'));
    assert.ok(!pathAllowed(['~/x/[!.]*'], '~/x/.hidden'));
  });
  it('an observed glob is covered only by a declared glob at least as wide', () => {
    assert.ok(pathAllowed(['~/x/*'], '~/x/*'));
    assert.ok(!pathAllowed(['~/x/*'], '~/x/**'));
    assert.ok(pathAllowed(['~/x/**'], '~/x/**'));
    assert.ok(pathAllowed(['~/x/**'], '~/x/*/y.json'));
    assert.ok(!pathAllowed(['~/x/a.json'], '~/x/*.json'));
    assert.ok(pathAllowed(['~/x/*.json'], '~/x/*.json'));
    assert.ok(!pathAllowed(['~/x/*.json'], '~/x/*'));
  });
  it('a path climbing out of its root is covered by nothing wider than itself', () => {
    assert.ok(!pathAllowed(['~/.config/tool/**'], '~/.config/tool/../../.ssh/id_rsa'));
    assert.ok(!pathAllowed(['~/**'], '~/../bob/.ssh/id_rsa'));
    assert.ok(!pathAllowed(['~/**'], '$HOME/../bob/x'));
    assert.ok(pathAllowed(['~/.config/tool/'], '$HOME/.config/tool/./a/../b.toml'));
  });
});

describe('capdecl: hosts compare in the URL standard form', () => {
  it('canonical forms', () => {
    assert.equal(canonicalHost('[2001:0DB8:0:0::1]'), '2001:db8::1');
    assert.equal(canonicalHost('bücher.example'), 'xn--bcher-kva.example');
    assert.equal(canonicalHost('API.Example.com.'), 'api.example.com');
    assert.equal(canonicalHost('*.Example.org'), '*.example.org');
    assert.equal(canonicalHost('*'), '*');
  });
  it('matches declared entries however either side is spelled', () => {
    assert.ok(hostAllowed(['[2001:db8::1]:8443'], '2001:db8:0:0:0:0:0:1', 8443));
    assert.ok(!hostAllowed(['[2001:db8::1]:8443'], '[2001:db8::2]', 8443));
    assert.ok(!hostAllowed(['[2001:db8::1]:8443'], '[2001:db8::1]', 443));
    assert.ok(hostAllowed(['xn--bcher-kva.example'], 'bücher.example', 443));
    assert.ok(hostAllowed(['*.example.org'], 'a.b.example.org', 443));
    assert.ok(!hostAllowed(['*.example.org'], 'example.org', 443));
    assert.ok(!hostAllowed(['*.example.org'], 'badexample.org', 443));
    assert.ok(!hostAllowed(['*.2.0.192'], '192.0.2.10', 80));
    assert.ok(hostAllowed(['localhost:3000'], '127.0.0.1', 3000));
    assert.ok(hostAllowed(['127.0.0.1:3000'], '[::1]', 3000));
    assert.ok(!hostAllowed(['localhost:3000'], '127.0.0.1', 3001));
    assert.ok(!hostAllowed(['localhost'], '192.0.2.1', 80));
  });
});

describe('capdecl: programs by name, path or versioned name', () => {
  it('names', () => {
    assert.equal(programName('/usr/bin/git'), 'git');
    assert.equal(programName('pip3.12'), 'pip');
    assert.equal(programName('python3'), 'python');
    assert.equal(programName('base64'), 'base64');
    assert.equal(programName('bzip2'), 'bzip2');
    assert.equal(programName('C:\\Tools\\git.exe'), 'git');
  });
  it('declared entries', () => {
    assert.ok(execAllowed(['pip'], 'pip3'));
    assert.ok(execAllowed(['pip3'], '/usr/local/bin/pip'));
    assert.ok(execAllowed(['git'], '/usr/bin/git'));
    assert.ok(!execAllowed(['git'], 'gitk'));
    assert.ok(!execAllowed(['base'], 'base64'));
    assert.ok(execAllowed(['npx prettier'], 'prettier'));
    assert.ok(!execAllowed(['npx prettier'], 'eslint'));
  });
});

describe('capdecl: a spelling the format refuses is a manifest error that says what to write', () => {
  const skill = (caps: object, script: readonly [string, string]) =>
    scanCase('invalid', [
      ['SKILL.md', '---\nname: inv-host\ndescription: d\n---\n# inv\n\nRun the script.\n'],
      [
        'skill.json',
        JSON.stringify({
          name: 'inv-host',
          version: '1.0.0',
          description: 'd',
          capabilities: caps,
        }),
      ],
      script,
    ]);
  const cases: ReadonlyArray<readonly [string, object, readonly [string, string], RegExp]> = [
    [
      'a URL as a host',
      { network: ['https://api.example.com/v1'] },
      ['scripts/a.py', 'import requests\nrequests.get("https://api.example.com/v1/x")\n'],
      /capabilities\.network\[0\].*write "api\.example\.com": a network entry is a host \(and port\), not a URL/,
    ],
    [
      "a program's path",
      { exec: ['/usr/bin/git'] },
      ['scripts/a.sh', '#!/bin/sh\n/usr/bin/git status\n'],
      /capabilities\.exec\[0\].*write "git": an exec entry names the program/,
    ],
    [
      'a host in capitals',
      { network: ['API.example.com'] },
      ['scripts/a.js', "await fetch('https://api.example.com/x');\n"],
      /write "api\.example\.com": host names are written in lower case/,
    ],
    [
      'an IPv6 address without brackets',
      { network: ['2001:db8::1'] },
      ['scripts/a.js', "await fetch('http://[2001:db8::1]/x');\n"],
      /write "\[2001:db8::1\]": an IPv6 address is written in brackets/,
    ],
    [
      'an env var written as shell',
      { env: ['$NOTE_DIR'] },
      ['scripts/a.sh', '#!/bin/sh\necho "$NOTE_DIR"\n'],
      /write "NOTE_DIR": an env entry is the variable's name/,
    ],
  ];
  for (const [name, caps, script, message] of cases)
    it(name, () => {
      const r = skill(caps, script);
      const invalid = r.findings.filter((f) => f.ruleId === 'manifest-invalid');
      assert.equal(invalid.length, 1);
      assert.match(invalid[0]?.message ?? '', message);
      // the misspelled entry declares nothing, so the use it meant is undeclared (capdecl2: a
      // broken manifest never softens a verdict)
      assert.equal(r.verdict, 'fail');
      assert.ok(r.findings.some((f) => f.ruleId.startsWith('cap-undeclared-')));
    });
});
