/**
 * `node dist/eval/cli.js DIR [--json]`: corpus evaluation (DIR/skills + DIR/labels.json), static
 * stage only. Exit 0 when it ran; the numbers are the result. Exit 2 for a bad DIR.
 */
import { evaluateCorpus, formatEval } from './evaluate.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: eval DIR [--json]   (DIR holds skills/<id>/ and labels.json)');
  process.exit(2);
}
evaluateCorpus(dir)
  .then((r) => {
    console.log(args.includes('--json') ? JSON.stringify(r, null, 2) : formatEval(r));
  })
  .catch((e: unknown) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
