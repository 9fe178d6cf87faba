import type { Command } from 'commander';
import { initSkill } from '../lib/init.js';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('init')
    .description('scaffold SKILL.md and skill.json (capabilities start empty: deny everything)')
    .argument('[dir]', 'skill folder', '.')
    .option('--name <name>', 'skill name (default: folder name)')
    .option('--description <text>', 'one-sentence description')
    .option('--force', 'overwrite existing files')
    .action(
      async (
        dir: string,
        o: { name?: string; description?: string; force?: boolean },
        cmd: Command,
      ) => {
        const r = await initSkill({ dir, ...o });
        if (globals(cmd).json) return printJson(r);
        printLine(
          `created ${r.files.join(', ')} in ${r.dir} for ${r.manifest.name}@${r.manifest.version}`,
        );
      },
    );
}
