import type { Command } from 'commander';
import { dataHome } from '../config.js';
import { CliError } from '../errors.js';
import { printJson, printLine } from '../output.js';

export function register(program: Command): void {
  const audit = program.command('audit').description("the registry's hash-chained audit log");
  audit
    .command('verify')
    .description('check every entry of the audit log against its hash and the previous one')
    .option('--home <dir>', 'data dir (env SKILLGATE_HOME)')
    .option(
      '--database-url <url>',
      'PostgreSQL metadata (env DATABASE_URL)',
      process.env['DATABASE_URL'],
    )
    .action(async (o: { home?: string; databaseUrl?: string }, cmd: Command) => {
      const { verifyAuditLog } = await import('@skillgate/registry');
      let r;
      try {
        r = await verifyAuditLog({
          home: dataHome(o.home),
          ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}),
        });
      } catch (e) {
        throw new CliError('INPUT', (e as Error).message, { cause: e });
      }
      if (cmd.optsWithGlobals<{ json?: boolean }>().json) printJson(r);
      if (!r.ok)
        throw new CliError(
          'VERIFY',
          `audit log ${r.database}: entry ${r.seq} of ${r.entries} fails: ${r.problem}`,
        );
      if (!cmd.optsWithGlobals<{ json?: boolean }>().json)
        printLine(`audit log ${r.database}: ${r.entries} entries, chain intact (head ${r.head})`);
    });
}
