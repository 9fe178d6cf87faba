/**
 * No prose or text rule excuses a match by a warning word anywhere in its window.
 *
 * Rules used to carry `unless` lists of negations and attributions (never, don't, attackers,
 * malicious, untrusted, detect…) tested on the whole sentence or paragraph, and each was an
 * evasion: a workflow's `# never mind`, "The sync needs no login.", "(it is not malicious)". A
 * warning counts only when it governs the clause leading to the match (`warnings: skip`, see
 * analyzers/markdown/warning.ts); what `unless` may still hold are a rule's own exceptions, and a
 * window-wide list of them must not answer to the warning vocabulary. This test fails when a rule
 * brings such a list back.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { defaultRules } from '../index.js';

/** phrases a warning is made of; an `unless` pattern matching one of them is a warning list */
const WARNING_WORDS = [
  'never',
  "don't",
  'do not',
  'avoid',
  'attackers',
  'malicious',
  'malware',
  'untrusted',
  'detect',
  'injection',
  'beware',
  'scam',
];

it('no prose or text rule skips a window for a warning word anywhere in it', () => {
  const offenders: string[] = [];
  for (const rule of defaultRules().rules) {
    const text = (rule.match as { text?: { unless?: string[]; unlessIn?: string } }).text;
    if (!text?.unless || text.unlessIn === 'clauses') continue;
    for (const src of text.unless) {
      const re = new RegExp(src, 'iu');
      // a warning word standing alone, as a list would hold it ("never", "attackers")
      const hit = WARNING_WORDS.find((w) => re.test(` ${w} `));
      if (hit) offenders.push(`${rule.id}: '${hit}'`);
    }
  }
  assert.deepEqual(offenders, []);
});
