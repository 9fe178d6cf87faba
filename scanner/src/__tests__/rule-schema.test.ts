import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  RuleError,
  loadRules,
  namedSet,
  namedSetPattern,
  type RuleLanguage,
} from '@skillgate/rules';
import { analyzers } from '../index.js';

const dir = (name: string) =>
  fileURLToPath(new URL(`../../src/__fixtures__/broken-rules/${name}/`, import.meta.url));
const matchers: Partial<Record<RuleLanguage, (m: Record<string, unknown>) => string[]>> = {};
for (const a of analyzers) for (const l of a.languages) matchers[l] ??= (m) => a.validateMatch(m);

function failure(name: string): RuleError {
  try {
    loadRules(dir(name), matchers);
  } catch (e) {
    assert.ok(e instanceof RuleError, `expected a RuleError, got ${String(e)}`);
    return e;
  }
  assert.fail(`rules in ${name} loaded without an error`);
}

describe('rule schema messages', () => {
  it('names a missing field', () => {
    const e = failure('missing-field');
    assert.equal(e.code, 'RULE_INVALID');
    assert.match(e.message, /js-missing-message\.yaml: missing field "message"/);
  });
  it('lists the allowed values of an enum', () => {
    const e = failure('bad-enum');
    assert.equal(e.code, 'RULE_INVALID');
    assert.match(e.message, /severity must be one of info, low, medium, high, critical/);
  });
  it('asks for the file to be named after the id', () => {
    const e = failure('wrong-name');
    assert.equal(e.code, 'RULE_ID_FILENAME');
    assert.match(e.message, /must be named after the rule id \(js-other-rule\.yaml\)/);
  });
  it('explains an unknown match key of the JavaScript analyzer', () => {
    const e = failure('bad-match');
    assert.equal(e.code, 'RULE_MATCH_INVALID');
    assert.match(e.message, /unknown match key "callee" \(allowed: call, /);
    assert.match(e.message, /say what to look for with exactly one of call, string/);
  });
  it('reports a broken regular expression', () => {
    const e = failure('bad-regex');
    assert.equal(e.code, 'RULE_MATCH_INVALID');
    assert.match(e.message, /string is not a valid regular expression/);
  });
  it('puts a named set in place of the list item that names it', () => {
    const rule = loadRules(dir('with-set'), matchers).byId('js-uses-set');
    assert.deepEqual(rule?.match.call, ['eval', 'fetch', 'axios.*', 'got']);
  });
  it('puts a set that holds another set in place of its name', () => {
    const rule = loadRules(dir('with-set'), matchers).byId('js-uses-nested-set');
    assert.deepEqual(rule?.match.call, ['fetch', 'axios.*', 'superagent']);
  });
  it('writes a set named inside a regular expression as a literal alternation', () => {
    const rule = loadRules(dir('with-set'), matchers).byId('js-string-set');
    assert.equal(rule?.match.string, String.raw`(?:^|/)\.(?:claude|codex)/settings\.json$`);
  });
  it('writes a set named inside a glob as braces, one item without them', () => {
    const rule = loadRules(dir('with-set'), matchers).byId('bash-glob-set');
    assert.deepEqual((rule?.match.command as { reads: string[] }).reads, [
      '~/.{claude,codex}/**',
      '~/.aider/x',
    ]);
  });
  it('puts a set of patterns into a regular expression as it is', () => {
    const rule = loadRules(dir('with-set'), matchers).byId('js-pattern-set');
    assert.equal(
      rule?.match.string,
      String.raw`(?:(?:^|/)\.aws/credentials$|(?:^|/)\.(?:claude|codex)/auth\.json$)`,
    );
  });
  it('refuses a set of patterns as a list item or inside a glob', () => {
    const item = failure('pattern-set-as-item');
    assert.equal(item.code, 'RULE_SET_INVALID');
    assert.match(
      item.message,
      /js-pattern-item\.yaml: match\.call\[0\] names the set "secret-paths", but it holds regular expressions \(patterns: true\): use it as \(\?set:secret-paths\)/,
    );
    const glob = failure('pattern-set-in-glob');
    assert.equal(glob.code, 'RULE_SET_INVALID');
    assert.match(
      glob.message,
      /bash-pattern-glob\.yaml: match\.command\.reads\[0\] names the set "secret-paths", but it holds regular expressions \(patterns: true\), so it cannot stand inside a glob/,
    );
  });
  it('names the item of a set of patterns that is no regular expression', () => {
    const e = failure('bad-pattern-set');
    assert.equal(e.code, 'RULE_SET_INVALID');
    assert.match(
      e.message,
      /sets\/broken\.yaml: the item "\(\?:\^\|\/\)\\\.ssh\/\(id_" is not a valid regular expression/,
    );
  });
  it('shares where secrets live between the JavaScript and Python rules', () => {
    const rules = loadRules(undefined, matchers);
    const js = rules.byId('js-sensitive-path')?.match.string as string;
    assert.equal(rules.byId('py-sensitive-path')?.match.string, js);
    assert.equal(js, namedSetPattern('sensitive-file-patterns'));
    const re = new RegExp(js);
    for (const p of ['~/.ssh/id_ed25519', '/home/u/.aws/credentials', '~/.codex/auth.json'])
      assert.match(p, re);
    for (const p of ['~/.ssh/id_ed25519.pub', '~/.claude/skills/x/SKILL.md'])
      assert.doesNotMatch(p, re);
  });
  it('names sets that hold each other', () => {
    const e = failure('cyclic-set');
    assert.equal(e.code, 'RULE_SET_INVALID');
    assert.match(e.message, /sets\/a\.yaml: the sets hold each other \(a → b → a\)/);
  });
  it('refuses a set whose items cannot stand inside a glob', () => {
    const e = failure('glob-comma-set');
    assert.equal(e.code, 'RULE_SET_INVALID');
    assert.match(
      e.message,
      /bash-glob-comma\.yaml: match\.command\.reads\[0\] names the set "stores", but its item "\/\{var\/,\}run\/secrets\/token" holds a brace or comma/,
    );
  });
  it('names an unknown set inside a regular expression', () => {
    const e = failure('unknown-set-in-text');
    assert.equal(e.code, 'RULE_SET_UNKNOWN');
    assert.match(e.message, /js-unknown-text-set\.yaml: match\.string names the set "nope"/);
  });
  it('gives the analyzers the agent names the rules use', () => {
    const rules = loadRules(undefined, matchers);
    const mcp = (rules.byId('bash-agent-mcp-add')?.match.command as { name: string[] }).name;
    assert.deepEqual(mcp, [...namedSet('mcp-clis')]);
    for (const name of namedSet('openclaw-family')) assert.ok(mcp.includes(name), name);
    assert.match('~/.qwen/settings.json', new RegExp(`^~/\\.${namedSetPattern('agent-homes')}/`));
    assert.throws(
      () => namedSet('no-such-set'),
      /no set "no-such-set" among the default rules' sets \(/,
    );
  });
  it('names an unknown set and where the rule names it', () => {
    const e = failure('unknown-set');
    assert.equal(e.code, 'RULE_SET_UNKNOWN');
    assert.match(
      e.message,
      /js-unknown-set\.yaml: match\.fileAlso\.call\[0\] names the set "js-network-call", which is not defined \(sets: none;/,
    );
  });
  it('asks a set for what it lacks', () => {
    const e = failure('bad-set');
    assert.equal(e.code, 'RULE_SET_INVALID');
    assert.match(e.message, /sets\/js-clients\.yaml: needs a "description"/);
  });
  it('shares the network callees of the default rules through sets', () => {
    const rules = loadRules(undefined, matchers);
    const egress = rules.byId('js-network-egress')?.match.call as string[];
    assert.ok(egress.includes('fetch') && egress.includes('wretch().*'));
    assert.deepEqual(
      (rules.byId('js-download-exec')?.match.fileAlso as { call: string[] }).call,
      egress,
    );
  });
  it('reports YAML syntax errors with the file name', () => {
    const e = failure('bad-yaml');
    assert.equal(e.code, 'RULE_YAML');
    assert.match(e.message, /^js-bad-yaml\.yaml: not valid YAML/);
  });
});
