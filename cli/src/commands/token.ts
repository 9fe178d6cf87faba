import type { Command } from 'commander';
import type { Role } from '@skillgate/registry';
import { dataHome } from '../config.js';
import { CliError } from '../errors.js';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

const ROLES = ['publisher', 'moderator', 'admin'];

export function register(program: Command): void {
  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description(
      'create a token directly on the data dir (bootstrap; the clear token is printed once)',
    )
    .requiredOption('--user <name>', 'user the token belongs to (created if new)')
    .option('--role <role...>', `roles: ${ROLES.join(', ')}`, ['publisher'])
    .option('--expires-in-days <n>', 'expiry in days')
    .option('--home <dir>', 'data dir (env SKILLGATE_HOME)')
    .option(
      '--database-url <url>',
      'PostgreSQL metadata (env DATABASE_URL)',
      process.env['DATABASE_URL'],
    )
    .action(
      async (
        o: {
          user: string;
          role: string[];
          expiresInDays?: string;
          home?: string;
          databaseUrl?: string;
        },
        cmd: Command,
      ) => {
        const bad = o.role.find((r) => !ROLES.includes(r));
        if (bad) throw new CliError('USAGE', `unknown role "${bad}" (roles: ${ROLES.join(', ')})`);
        const { createToken } = await import('@skillgate/registry');
        const issued = await createToken(dataHome(o.home), {
          user: o.user,
          roles: o.role as Role[],
          ...(o.expiresInDays ? { expiresInDays: Number(o.expiresInDays) } : {}),
          ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}),
        });
        if (globals(cmd).json) return printJson(issued);
        printLine(issued.token);
      },
    );
}
