import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { RuleError, loadRules, type RuleLanguage } from '@skillgate/rules';
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
