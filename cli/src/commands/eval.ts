import type { Command } from 'commander';
import { evaluateCorpus, formatEval } from '@skillgate/scanner';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'scan every skill of a labelled corpus (DIR/skills + DIR/labels.json); print recall, false positives, misses',
    )
    .argument('<dir>', 'corpus folder')
    .action(async (dir: string, _o: unknown, cmd: Command) => {
      const result = await evaluateCorpus(dir);
      if (globals(cmd).json) return printJson(result);
      printLine(formatEval(result));
    });
}
