#!/usr/bin/env node
/**
 * The `skillgate` command. Each sub-command lives in commands/<name>.ts, parses its flags, calls
 * one library function and prints the typed result (`--json` for machines). Exit codes: see errors.ts.
 */
import { Command, CommanderError } from 'commander';
import { FormatError } from '@skillgate/format';
import { CliError, EXIT } from './errors.js';
import { register as evaluate } from './commands/eval.js';
import { register as info } from './commands/info.js';
import { register as init } from './commands/init.js';
import { register as install } from './commands/install.js';
import { register as pack } from './commands/pack.js';
import { register as publish } from './commands/publish.js';
import { register as run } from './commands/run.js';
import { register as scan } from './commands/scan.js';
import { register as search } from './commands/search.js';
import { register as serve } from './commands/serve.js';
import { register as token } from './commands/token.js';
import { register as verify } from './commands/verify.js';
import { register as worker } from './commands/worker.js';
import { register as audit } from './commands/audit.js';
import { VERSION } from './version.js';

const program = new Command('skillgate')
  .description('publish, vet, verify, install and run AI-agent skills')
  .version(VERSION)
  .option('--registry <url>', 'registry URL (env SKILLGATE_REGISTRY)')
  .option('--token <token>', 'API token (env SKILLGATE_TOKEN)')
  .option('--json', 'machine-readable output')
  .showHelpAfterError()
  .exitOverride();

for (const register of [
  init,
  pack,
  scan,
  publish,
  info,
  search,
  install,
  verify,
  run,
  serve,
  token,
  evaluate,
  worker,
  audit,
])
  register(program);

function fail(code: number, message: string, json: boolean, extra?: object): void {
  if (json) process.stdout.write(`${JSON.stringify({ error: { message, ...extra } })}\n`);
  process.stderr.write(`skillgate: ${message}\n`);
  process.exitCode = code;
}

/** What a file-system error means to the person who typed the path, naming the path. */
const FS_PROBLEM: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder where a file was expected',
  EEXIST: 'already exists',
};

function fsMessage(e: NodeJS.ErrnoException): string {
  const problem = FS_PROBLEM[e.code ?? ''];
  return problem && e.path ? `${e.path}: ${problem}` : e.message;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const json = process.argv.includes('--json');
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (e instanceof CliError) {
    fail(e.exitCode, e.message, json, { code: e.code, ...(e.detail ? { detail: e.detail } : {}) });
  } else if (e instanceof FormatError) {
    fail(EXIT.usage, e.message, json, { code: e.code, where: e.where });
  } else if (
    ['ENOENT', 'ENOTDIR', 'EACCES', 'EISDIR', 'EEXIST'].includes(
      (e as NodeJS.ErrnoException).code ?? '',
    )
  ) {
    const err = e as NodeJS.ErrnoException;
    fail(EXIT.usage, fsMessage(err), json, {
      code: err.code,
      ...(err.path ? { path: err.path } : {}),
    });
  } else {
    fail(EXIT.registry, (e as Error).stack ?? String(e), json);
  }
}
