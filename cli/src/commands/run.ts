import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { printJson, progress } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('run')
    .description(
      'verify an installed skill, then run a command with exactly its declared capabilities',
    )
    .argument('<skill>', 'installed skill name')
    .argument('<command...>', 'the command to run (after --)')
    .option('--workspace <dir>', "the agent's workspace", '.')
    .option('--root <dir>', 'project root holding skillgate-lock.json', '.')
    .option('--timeout <seconds>', 'kill the command after this long')
    .action(
      async (
        skill: string,
        command: string[],
        o: { workspace: string; root: string; timeout?: string },
        cmd: Command,
      ) => {
        if (command.length === 0) throw new CliError('USAGE', 'give the command to run after --');
        // the sandbox stack loads only for this command (see bin.ts)
        const { shutdownEnforcer } = await import('@skillgate/sandbox');
        const { runSkill } = await import('../lib/run.js');
        const json = globals(cmd).json;
        try {
          const r = await runSkill({
            skill,
            command,
            workspace: o.workspace,
            root: o.root,
            ...(o.timeout ? { timeoutMs: Number(o.timeout) * 1000 } : {}),
            onDenied: (a) =>
              progress(`skillgate: denied ${a.kind} ${a.target} — would need ${a.wouldNeed}`),
          });
          if (json) printJson(r);
          process.exitCode = r.exitCode ?? 1;
        } finally {
          await shutdownEnforcer();
        }
      },
    );
}
