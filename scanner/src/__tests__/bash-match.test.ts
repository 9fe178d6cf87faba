/** The bash match vocabulary: validation messages and glob semantics. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globRegExp } from '../analyzers/bash/glob.js';
import { validateBashMatch } from '../analyzers/bash/match.js';

describe('bash match vocabulary', () => {
  it('accepts commands, flows, capabilities and any', () => {
    assert.deepEqual(
      validateBashMatch({
        any: [
          {
            command: {
              name: ['curl'],
              flags: ['-d'],
              reads: ['~/.ssh/**'],
              notPaths: ['**/*.pub'],
            },
          },
          { flow: { from: [{ name: ['curl'] }], to: [{ name: ['sh'] }], into: 'code' } },
          { capability: 'network' },
        ],
      }),
      [],
    );
  });

  it('names the problem', () => {
    assert.match(validateBashMatch({ command: { nam: ['x'] } }).join(), /unknown key "nam"/);
    assert.match(
      validateBashMatch({ flow: { from: [{ name: ['x'] }], into: 'stdin' } }).join(),
      /into must be one of code, data, file/,
    );
    assert.match(validateBashMatch({ capability: 'disk' }).join(), /capability must be one of/);
    assert.match(validateBashMatch({ command: { name: [] } }).join(), /non-empty list/);
    assert.match(validateBashMatch({ command: {}, flow: {} }).join(), /exactly one of/);
  });

  it('path globs keep * inside a segment, ** crosses segments and names the directory itself', () => {
    assert.ok(globRegExp('~/.ssh/id_*', true).test('~/.ssh/id_rsa'));
    assert.ok(!globRegExp('~/.ssh/*', true).test('~/.ssh/a/b'));
    assert.ok(globRegExp('~/.aws/**', true).test('~/.aws'));
    assert.ok(globRegExp('**/.env', true).test('.env'));
    assert.ok(globRegExp('**/.env', true).test('app/.env'));
    assert.ok(globRegExp('[0-7][1357][0-7]', false).test('755'));
    assert.ok(globRegExp('*stratum+tcp://*', false).test('-o=stratum+tcp://pool.example.org:3333'));
  });
});
