import type { Command } from 'commander';
import { EXIT } from '../errors.js';
import type { PublishEvent } from '../lib/publish.js';
import { printLine, progress } from '../output.js';
import { clientFor, globals } from './context.js';

function describe(e: PublishEvent): string {
  switch (e.type) {
    case 'packed':
      return `packed ${e.name}@${e.version} (${e.files} files, ${e.bytes} bytes, sha256 ${e.sha256.slice(0, 12)}…)`;
    case 'uploaded':
      return `uploaded; state ${e.state}`;
    case 'state':
      return `  ${e.at}  ${e.state}${e.stage ? ` [${e.stage}]` : ''}${e.reason ? ` — ${e.reason}` : ''}`;
    case 'final':
      return `final state: ${e.state}${e.verdict ? ` (verdict ${e.verdict})` : ''}${e.signed ? ', signed' : ''}`;
  }
}

export function register(program: Command): void {
  program
    .command('publish')
    .description('pack, upload and follow the vetting pipeline until a final state')
    .argument('[dir]', 'skill folder', '.')
    .option('--no-follow', 'return as soon as the upload is accepted')
    .option('--timeout <seconds>', 'how long to follow', '600')
    .option('--dry-run', 'check manifest, pack, scan, token and trust root locally; upload nothing')
    .option('--no-dynamic', 'with --dry-run: static analysis only')
    .action(
      async (
        dir: string,
        o: { follow: boolean; timeout: string; dryRun?: boolean; dynamic: boolean },
        cmd: Command,
      ) => {
        const json = globals(cmd).json;
        const { publishDryRun } = await import('../lib/dry-run.js');
        const { publishSkill } = await import('../lib/publish.js');
        if (o.dryRun) {
          const r = await publishDryRun({ dir, client: clientFor(cmd), dynamic: o.dynamic });
          if (json) printLine(JSON.stringify(r));
          else
            for (const c of r.checks)
              printLine(`${c.ok ? 'ok  ' : 'FAIL'} ${c.check}: ${c.detail}`);
          if (!r.ok) process.exitCode = EXIT.outcome;
          return;
        }
        const result = await publishSkill({
          dir,
          client: clientFor(cmd),
          follow: o.follow,
          timeoutMs: Number(o.timeout) * 1000,
          // --json streams one event per line (NDJSON), then the result object on the last line
          onEvent: (e) => (json ? printLine(JSON.stringify({ event: e })) : progress(describe(e))),
        });
        if (json) printLine(JSON.stringify({ result }));
        else
          printLine(
            `${result.name}@${result.version}: ${result.state}${result.reason ? ` — ${result.reason}` : ''}`,
          );
        if (o.follow && result.state !== 'published') process.exitCode = EXIT.outcome;
      },
    );
}
