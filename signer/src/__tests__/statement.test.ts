import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { buildStatement, subjectName, summarizeFindings } from '../statement/build.js';
import {
  PAYLOAD_TYPE,
  PREDICATE_JSON_SCHEMA,
  PREDICATE_TYPE,
  STATEMENT_TYPE,
} from '../statement/schema.js';
import { predicateProblems } from '../statement/validate.js';
import { statementPayload } from '../signer.js';
import { CAPS, throwsCode } from './fixtures.js';

const digests = { sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) };
const input = {
  name: 'weather-report',
  version: '1.2.3',
  digests,
  capabilities: CAPS,
  verdict: 'pass' as const,
  scanner: { version: '0.1.0', rulesVersion: '2026.11.1' },
  findings: summarizeFindings([]),
  scannedAt: new Date('2026-11-23T12:00:00Z'),
};

describe('buildStatement', () => {
  it('makes an in-toto Statement v1 whose subject is name@version with both digests', () => {
    const s = buildStatement(input);
    assert.equal(s._type, STATEMENT_TYPE);
    assert.equal(s.predicateType, PREDICATE_TYPE);
    assert.deepEqual(s.subject, [{ name: 'weather-report@1.2.3', digest: digests }]);
    assert.equal(s.predicate.scannedAt, '2026-11-23T12:00:00.000Z');
    assert.deepEqual(s.predicate.capabilities, CAPS, 'capabilities exactly as shipped');
    assert.equal('approver' in s.predicate, false);
    assert.equal(subjectName('a-b', '0.0.1'), 'a-b@0.0.1');
    assert.equal(PAYLOAD_TYPE, 'application/vnd.in-toto+json');
    assert.deepEqual(JSON.parse(statementPayload(s).toString('utf8')), s);
  });

  it('needs an approver for a reviewed skill', () => {
    throwsCode(
      () => buildStatement({ ...input, verdict: 'review' }),
      'STATEMENT_INVALID',
      /approver/,
    );
    assert.equal(
      buildStatement({ ...input, verdict: 'review', approver: 'mod@example.com' }).predicate
        .approver,
      'mod@example.com',
    );
  });

  it('names every field at fault', () => {
    const e = throwsCode(
      () =>
        buildStatement({
          ...input,
          name: 'Bad Name',
          digests: { sha256: 'xyz', sha512: digests.sha512 },
          capabilities: { network: ['not a host!'] },
          scannedAt: 'yesterday',
        }),
      'STATEMENT_INVALID',
    );
    for (const field of ['skill.name', 'capabilities.network[0]', 'scannedAt', 'digests.sha256']) {
      assert.ok(e.message.includes(field), `${field} in: ${e.message}`);
    }
  });
});

describe('summarizeFindings', () => {
  it('counts by severity and ranks rule ids by frequency, then id', () => {
    const s = summarizeFindings(
      [
        { ruleId: 'b-rule', severity: 'low' },
        { ruleId: 'a-rule', severity: 'low' },
        { ruleId: 'c-rule', severity: 'high' },
        { ruleId: 'c-rule', severity: 'high' },
        { ruleId: 'd-rule', severity: 'info' },
      ],
      3,
    );
    assert.deepEqual(s, {
      total: 5,
      bySeverity: { critical: 0, high: 2, medium: 0, low: 2, info: 1 },
      topRuleIds: ['c-rule', 'a-rule', 'b-rule'],
    });
    assert.equal(summarizeFindings([], 50).topRuleIds.length, 0);
  });
});

describe('predicate JSON Schema', () => {
  it('is a standalone JSON Schema that a fresh ajv accepts and that agrees with predicateProblems', () => {
    const check = new Ajv({ strict: false, validateFormats: false }).compile(PREDICATE_JSON_SCHEMA);
    const good = buildStatement(input).predicate;
    assert.equal(check(good), true);
    assert.deepEqual(predicateProblems(good), []);
    const bad = { ...good, verdict: 'fail' };
    assert.equal(check(bad), false);
    assert.ok(predicateProblems(bad).some((p) => p.startsWith('verdict')));
    assert.equal(PREDICATE_JSON_SCHEMA.$id, `${PREDICATE_TYPE}/schema.json`);
  });
});
