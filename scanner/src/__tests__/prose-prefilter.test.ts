/**
 * The prose rules' literal prefilter (markdown/prefilter.ts) skips a rule for a text only when no
 * match is possible there. These tests hold it to that: the literals it derives from a pattern
 * are in every match the regex engine finds, whatever the case or the Unicode case-folding twin
 * of a letter, so findings never depend on the prefilter.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_FIXTURES_DIR } from '@skillgate/rules';
import { defaultRules } from '../index.js';
import { literals, met, requiredLiterals } from '../analyzers/markdown/prefilter.js';

const unicode = (s: string) => /\\[pP]\{|\\u\{/.test(s);

function holds(source: string, text: string): boolean {
  const clauses = requiredLiterals(source, unicode(source));
  return met([[clauses.map((c) => c.map((l) => literals.id(l)))]], literals.scan(text));
}

function texts(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) texts(p, out);
    else if (/\.(?:md|txt|html?)$/i.test(e)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('prose prefilter', () => {
  it('derives the literals every match must contain', () => {
    assert.deepEqual(requiredLiterals(String.raw`\bsend\b.{0,20}ssh\s+keys?`, false), [
      ['send'],
      ['ssh'],
      ['key'],
    ]);
    // an alternation gives one clause from each branch; a branch that can be anything gives none
    assert.deepEqual(
      requiredLiterals(String.raw`(?:upload|e-?mail)\w*`, false).map((c) => c.sort()),
      [['e-mail', 'email', 'upload']],
    );
    assert.deepEqual(requiredLiterals('foo|.+', false), []);
    // optional, negated and lookbehind parts require nothing; a positive lookahead does
    assert.deepEqual(requiredLiterals('(?<!not )(?:run)?(?=now)[^x]+later', false), [
      ['now'],
      ['later'],
    ]);
    // what it cannot read, it does not guess at
    assert.deepEqual(requiredLiterals('abc(?', false), []);
  });

  it('finds literals whatever their case and case-folding twins', () => {
    assert.ok(holds('secret', 'my SeCrEt'));
    assert.ok(holds(String.raw`\p{L}*ssh`, 'an ſſh key')); // ſ folds to s with the u flag
    assert.ok(holds('kubeconfig', 'the \u212aUBECONFIG')); // the Kelvin sign folds to k
    assert.ok(holds('ω', 'Ω')); // the Ohm sign folds to omega
    assert.ok(!holds('secret', 'nothing to see'));
  });

  it('finds the same literals in a text however often and after whatever it scanned', () => {
    // the automaton notes the states a scan passes in the automaton itself: a scan that left
    // them noted would miss the literals of the next text that passes them
    const ids = ['secret', 'token', 'kubeconfig'].map((l) => literals.id(l));
    const hit = (text: string) => ids.map((id) => literals.scan(text)[id] === 1);
    const text = 'a secret and a TOKEN';
    const first = hit(text);
    assert.deepEqual(first, [true, true, false]);
    assert.deepEqual(hit('the secret token of the kubeconfig'), [true, true, true]);
    assert.deepEqual(hit(text), first);
    assert.deepEqual(hit('nothing'), [false, false, false]);
    assert.deepEqual(hit(text), first);
  });

  it('only ſ and the Kelvin sign fold to ASCII letters among non-ASCII characters', () => {
    const i = /[a-z]/i;
    const iu = /[a-z]/iu;
    const folding: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (i.test(ch) || iu.test(ch)) folding.push(c);
    }
    assert.deepEqual(folding, [0x17f, 0x212a]);
  });

  it('never rules out a text where a prose rule pattern matches', () => {
    const pool = texts(DEFAULT_FIXTURES_DIR);
    const all = pool.join('\n');
    pool.push(all.toUpperCase(), all.replace(/s/g, 'ſ').replace(/k/gi, '\u212a'));
    let checked = 0;
    for (const rule of defaultRules().rules) {
      const t = (rule.match as { text?: { any?: string[]; all?: string[][] } }).text;
      if (!t) continue;
      for (const source of [...(t.any ?? []), ...(t.all ?? []).flat()])
        for (const flags of unicode(source) ? ['giu'] : ['gi', 'giu'])
          for (const text of pool)
            for (const m of text.matchAll(new RegExp(source, flags))) {
              if (!m[0]) continue;
              checked++;
              // the match alone (a positive lookahead may look past it: then the whole text)
              assert.ok(
                holds(source, m[0]) || holds(source, text),
                `${rule.id}: /${source}/ matched ${JSON.stringify(m[0])} but its literals were not found`,
              );
            }
    }
    assert.ok(checked > 100, `only ${checked} matches checked`);
  });
});
