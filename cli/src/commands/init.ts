import type { Command } from 'commander';
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
    .option(
      '--infer',
      'propose skill.json capabilities from what the scanner observes (static + dynamic)',
    )
    .option('--write', 'with --infer: write the proposal to skill.json')
    .option('--no-dynamic', 'with --infer: static analysis only')
    .action(
      async (
        dir: string,
        o: {
          name?: string;
          description?: string;
          force?: boolean;
          infer?: boolean;
          write?: boolean;
          dynamic: boolean;
        },
        cmd: Command,
      ) => {
        const { inferManifest, initSkill } = await import('../lib/init.js');
        if (o.infer) {
          const inferred = await inferManifest({ dir, write: o.write, dynamic: o.dynamic });
          if (globals(cmd).json) return printJson(inferred);
          printLine(JSON.stringify(inferred.manifest, null, 2));
          for (const c of inferred.diff.added) printLine(`  + ${c}`);
          for (const c of inferred.diff.removed) printLine(`  - ${c}`);
          printLine(
            inferred.written ? 'wrote skill.json' : 'proposal only: re-run with --write to save it',
          );
          return;
        }
        const r = await initSkill({
          dir,
          name: o.name,
          description: o.description,
          force: o.force,
        });
        if (globals(cmd).json) return printJson(r);
        printLine(
          `created ${r.files.join(', ')} in ${r.dir} for ${r.manifest.name}@${r.manifest.version}`,
        );
      },
    );
}
