import type { Command } from 'commander';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'scan every skill of a labelled corpus (DIR/skills + DIR/labels.json); print recall, false positives, misses',
    )
    .argument('<dir>', 'corpus folder')
    .option(
      '--dynamic',
      'also run each sample in the observe sandbox (slower); shows which stage caught what',
    )
    .action(async (dir: string, o: { dynamic?: boolean }, cmd: Command) => {
      const { evaluateCorpus, formatEval } = await import('@skillgate/scanner');
      const result = await evaluateCorpus(dir, { dynamic: Boolean(o.dynamic) });
      if (globals(cmd).json) return printJson(result);
      printLine(formatEval(result));
    });
}
