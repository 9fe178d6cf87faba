import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('scan')
    .description(
      'scan a skill folder or .tgz: static analysis, then the sandboxed dynamic stage where the host can run it',
    )
    .argument('<path>', 'skill folder or .tgz')
    .option('--sarif', 'print SARIF 2.1.0 (GitHub code scanning)')
    .option('--no-dynamic', 'static analysis only')
    .action(async (target: string, o: { sarif?: boolean; dynamic: boolean }, cmd: Command) => {
      const json = globals(cmd).json;
      if (json && o.sarif) throw new CliError('USAGE', '--json and --sarif are exclusive');
      const { formatHuman, scanTarget, toSarif } = await import('@skillgate/scanner');
      const report = await scanTarget(target, { dynamic: o.dynamic });
      if (o.sarif) printJson(toSarif(report));
      else if (json) printJson(report);
      else printLine(formatHuman(report));
      process.exitCode = report.verdict === 'pass' ? EXIT.ok : EXIT.outcome;
    });
}
