import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  partOfLongerAutomaton,
  partOfLongerDirect,
  pruneStrings,
  type CodeFact,
} from '../analyzers/code/facts.js';
import { rng as prng } from './rng.js';

const sorted = (s: Set<string>) => [...s].sort();

test('the automaton finds exactly the values that stand inside another, as the direct search does', () => {
  // small alphabets (with NUL and a surrogate pair's halves) so values contain each other often
  const alphabets = ['ab', 'abc', 'a\0b', 'ab\ud83d\ude00', '/ap?q=1'];
  for (let seed = 1; seed <= 400; seed++) {
    const rnd = prng(seed);
    const alphabet = alphabets[seed % alphabets.length] as string;
    const values = new Set<string>();
    const count = 2 + Math.floor(rnd() * 40);
    for (let i = 0; i < count; i++) {
      let v = '';
      const len = Math.floor(rnd() * 9);
      for (let k = 0; k < len; k++) v += alphabet[Math.floor(rnd() * alphabet.length)];
      values.add(v);
    }
    if (values.size < 2) continue;
    assert.deepEqual(
      sorted(partOfLongerAutomaton(values)),
      sorted(partOfLongerDirect(values)),
      `seed ${seed}: ${JSON.stringify([...values])}`,
    );
  }
});

test('a minified line of thousands of strings keeps only the strings no longer one holds', () => {
  const facts: CodeFact[] = [];
  for (let i = 0; i < 4000; i++) {
    facts.push({ kind: 'string', value: `/api/v1/item${i}`, line: 1 });
    facts.push({ kind: 'string', value: `?q=${i}`, line: 1 });
    facts.push({ kind: 'string', value: `/api/v1/item${i}?q=${i}`, line: 1 });
  }
  facts.push({ kind: 'string', value: 'https://upload.example.net/in', line: 1 });
  const kept = pruneStrings(facts).map((f) => (f.kind === 'string' ? f.value : ''));
  assert.equal(kept.length, 4001);
  assert.ok(kept.includes('/api/v1/item3999?q=3999'));
  assert.ok(kept.includes('https://upload.example.net/in'));
  assert.ok(!kept.includes('/api/v1/item3999'));
  assert.ok(!kept.includes('?q=3999'));
});
