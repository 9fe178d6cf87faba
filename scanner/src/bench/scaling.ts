/**
 * `npm run bench` (second part): how scan time grows with the length of an input, per shape. A
 * skill is a few files of a few hundred lines; what makes a scanner fall over in practice is not
 * the typical skill but one shape whose cost grows faster than its length (a 13 KB commander CLI
 * once took 1.5 s: each call of a chain resolved its callee twice, 2^n). Every shape here is
 * generated at three sizes, each 4x the last, and scanned; the growth exponent between two sizes
 * is log4(t(4n) / t(n)): 1 is linear, 2 quadratic. A shape whose exponent between the two largest
 * sizes is above 1.5 is printed as super-linear (the run exits 1 so a bench job notices); one whose
 * largest size scans in under 20 ms is too fast for its exponent to mean anything and is not judged.
 *
 * Bounded: three sizes, the best of five scans each (the least disturbed by other load), and a
 * shape stops growing once one scan takes more than two seconds. Inputs are inert text: reserved
 * hosts only, nothing is run.
 */
import { scanFiles, defaultRules, type ScanInputFile } from '../engine/scan.js';

type Shape = { name: string; files: (n: number) => Record<string, string> };

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const lines = (n: number, f: (i: number) => string) => range(n).map(f).join('\n') + '\n';
const skillMd =
  '---\nname: scaling-probe\ndescription: generated input for the scaling bench\n---\n';

export const SHAPES: readonly Shape[] = [
  {
    name: 'js call chain',
    files: (n) => ({
      'cli.js': `const { program } = require('commander');\nprogram${lines(n, (i) => `  .option('--o${i} <x>', 'option ${i}')`)};\nprogram.parse();\n`,
    }),
  },
  {
    name: 'py call chain',
    files: (n) => ({
      'x.py': `import pandas as pd\ndf = pd.DataFrame()\ndf = (df\n${lines(n, (i) => `  .rename(columns={'a${i}': 'b${i}'})`)})\n`,
    }),
  },
  {
    name: 'js functions calling the last',
    files: (n) => ({
      'f.js': lines(n, (i) =>
        i ? `function f${i}(x) { return f${i - 1}(x + '${i}'); }` : `function f0(x) { return x; }`,
      ),
    }),
  },
  {
    name: 'py functions calling the last',
    files: (n) => ({
      'f.py': lines(n, (i) =>
        i ? `def f${i}(x):\n    return f${i - 1}(x + '${i}')\n` : `def f0(x):\n    return x\n`,
      ),
    }),
  },
  {
    name: 'js modules requiring the next',
    files: (n) =>
      Object.fromEntries(
        range(n).map((i) => [
          `lib/m${i}.js`,
          i + 1 < n
            ? `const next = require('./m${i + 1}.js');\nmodule.exports = (x) => next(x + '${i}');\n`
            : `module.exports = (x) => x;\n`,
        ]),
      ),
  },
  {
    name: 'py modules importing the next',
    files: (n) =>
      Object.fromEntries(
        range(n).map((i) => [
          `pkg/m${i}.py`,
          i + 1 < n
            ? `from m${i + 1} import f as g\n\ndef f(x):\n    return g(x + '${i}')\n`
            : `def f(x):\n    return x\n`,
        ]),
      ),
  },
  {
    name: 'js string concatenation',
    files: (n) => ({
      's.js': `const s = ${range(n)
        .map((i) => `'p${i}'`)
        .join(' + ')};\n`,
    }),
  },
  {
    name: 'js minified (one line)',
    files: (n) => ({
      'bundle.min.js': `${range(n)
        .map((i) => `var a${i}="/api/v1/item${i}",b${i}=a${i}+"?q=${i}";`)
        .join('')}\n`,
    }),
  },
  {
    name: 'js env reads',
    files: (n) => ({ 'e.js': lines(n, (i) => `const v${i} = process.env.VAR_${i} || '';`) }),
  },
  {
    name: 'py dict literal',
    files: (n) => ({ 'd.py': `CONFIG = {\n${lines(n, (i) => `    'key${i}': 'value${i}',`)}}\n` }),
  },
  {
    name: 'py env reads',
    files: (n) => ({
      'e.py': `import os\n${lines(n, (i) => `v${i} = os.environ.get('VAR_${i}', '')`)}`,
    }),
  },
  {
    name: 'bash downloads',
    files: (n) => ({
      'get.sh': `#!/bin/bash\n${lines(n, (i) => `curl -fsS "https://api.example.com/v${i}" -o "out${i}.json"`)}`,
    }),
  },
  {
    // each value is the last one passed on (a chain whose values grew would be quadratic in its
    // output alone: the n-th value would be n pieces long)
    name: 'bash variable chain',
    files: (n) => ({
      'v.sh': `#!/bin/bash\nv0="$HOME/data"\n${lines(n, (i) => `v${i + 1}="$v${i}"`)}cat "$v${n}/x.json"\n`,
    }),
  },
  {
    name: 'bash variables from one base',
    files: (n) => ({
      'v.sh': `#!/bin/bash\nBASE="$HOME/data"\n${lines(n, (i) => `p${i}="$BASE/item${i}.json"; cat "$p${i}"`)}`,
    }),
  },
  {
    name: 'bash case arms',
    files: (n) => ({
      'c.sh': `#!/bin/bash\ncase "$1" in\n${lines(n, (i) => `  cmd${i}) out="run-${i}"; echo "$out" ;;`)}esac\n`,
    }),
  },
  {
    name: 'bash functions',
    files: (n) => ({
      'f.sh': `#!/bin/bash\n${lines(n, (i) => `f${i}() { ${i ? `f${i - 1} "$@"` : 'echo "$1"'}; }`)}f${n - 1} x\n`,
    }),
  },
  {
    name: 'markdown fenced blocks',
    files: (n) => ({
      'SKILL.md': `${skillMd}# Usage\n\n${lines(n, (i) => `Step ${i}:\n\n\`\`\`bash\npython3 scripts/run.py --item ${i} --out out${i}.json\n\`\`\`\n`)}`,
    }),
  },
  {
    name: 'markdown prose paragraphs',
    files: (n) => ({
      'SKILL.md': `${skillMd}${lines(n, (i) => `Paragraph ${i}: when the user asks for a report, read the data file, summarise it and write the result to the output folder. Keep the user informed of each step.\n`)}`,
    }),
  },
  {
    name: 'markdown one long line',
    files: (n) => ({
      'SKILL.md': `${skillMd}${range(n * 8)
        .map((i) => `word${i}`)
        .join(' ')}\n`,
    }),
  },
  {
    name: 'text lines',
    files: (n) => ({
      'notes.txt': lines(n, (i) => `note ${i}: see https://docs.example.com/p${i}`),
    }),
  },
  {
    // each variable repeats the one before it twice: expansion is memoised and bounded
    name: 'makefile variables and recipes',
    files: (n) => ({
      Makefile: `V0 := src\n${lines(n, (i) => `V${i + 1} = $(V${i}) $(V${i})`)}${lines(n, (i) => `t${i}: dep${i}\n\t@mkdir -p out/${i} && cc -o out/${i}/bin $(V${i % 20}) $$HOME/lib${i}.a`)}`,
    }),
  },
];

const SIZES = [128, 512, 2048];
const REPEATS = 5;
/** below this a time is mostly noise: an exponent ending there is not judged */
const JUDGED_MS = 20;
const SLOW_MS = 2000;
const SUPERLINEAR = 1.5;

export interface ShapeResult {
  name: string;
  /** best time at each size analyzed in full */
  ms: number[];
  /** the first size the scan gave up on (an `unanalyzable` finding: too deep, over budget) */
  gaveUp?: { size: number; why: string };
  /** log4(t(4n)/t(n)) for each step between sizes */
  exponents: number[];
}

function toFiles(files: Record<string, string>): ScanInputFile[] {
  const all = { 'SKILL.md': skillMd, ...files };
  return Object.entries(all).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
}

export function measureScaling(shapes: readonly Shape[] = SHAPES): ShapeResult[] {
  const rules = defaultRules();
  const out: ShapeResult[] = [];
  for (const shape of shapes) {
    const ms: number[] = [];
    let gaveUp: ShapeResult['gaveUp'];
    for (const n of SIZES) {
      const files = toFiles(shape.files(n));
      let best = Infinity;
      for (let r = 0; r < REPEATS && !gaveUp; r++) {
        const t = performance.now();
        // a generous budget: the point is how long the work takes, not where the budget cuts it
        const report = scanFiles(files, { rules, budgetMs: 60_000 });
        best = Math.min(best, performance.now() - t);
        const lost = report.findings.find((f) => f.ruleId === 'unanalyzable');
        // a file given up on took only as long as it took to give up: no time for its size
        if (lost) gaveUp = { size: n, why: lost.message };
        if (best > SLOW_MS) break;
      }
      if (gaveUp) break;
      ms.push(best);
      if (best > SLOW_MS) break;
    }
    const exponents = ms
      .slice(1)
      .map((t, i) => Math.log(Math.max(t, 0.01) / Math.max(ms[i] as number, 0.01)) / Math.log(4));
    out.push({ name: shape.name, ms, exponents, ...(gaveUp ? { gaveUp } : {}) });
  }
  return out;
}

function main(): void {
  const results = measureScaling();
  console.log(
    `scaling: scan time per shape at sizes ${SIZES.join(' / ')} (best of ${REPEATS}); exponent log4(t(4n)/t(n)), 1 = linear`,
  );
  let worst = 0;
  for (const r of results) {
    const judged = (r.ms[r.ms.length - 1] ?? 0) >= JUDGED_MS;
    const last = judged ? (r.exponents[r.exponents.length - 1] ?? 0) : 0;
    worst = Math.max(worst, last);
    const flag = last > SUPERLINEAR ? '  SUPER-LINEAR' : '';
    console.log(
      `  ${r.name.padEnd(32)} ${r.ms.map((t) => t.toFixed(2).padStart(9)).join(' ')} ms   exponent ${r.exponents.map((e) => e.toFixed(2)).join(' ')}${flag}`,
    );
    if (r.gaveUp) console.log(`    at ${r.gaveUp.size}: unanalyzable (review): ${r.gaveUp.why}`);
  }
  console.log(
    `  worst exponent between the two largest sizes: ${worst.toFixed(2)} (limit ${SUPERLINEAR})`,
  );
  if (worst > SUPERLINEAR) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
