import type { Command } from 'commander';
import { capabilityEntries } from '@skillgate/format';
import type { SearchResult } from '../api-types.js';
import { printJson, printLine } from '../output.js';
import { clientFor, globals } from './context.js';

export function register(program: Command): void {
  program
    .command('search')
    .description('search published skills')
    .argument('[query]', 'words in the name or description', '')
    .option(
      '--capability <kinds>',
      'only skills using these capability kinds (network,fs,exec,env)',
    )
    .option('--verdict <verdict>', 'pass or review')
    .option('--sort <order>', 'recent or name', 'recent')
    .option('--page <n>', 'page number', '1')
    .action(
      async (
        query: string,
        o: { capability?: string; verdict?: string; sort: string; page: string },
        cmd: Command,
      ) => {
        const qs = new URLSearchParams({ q: query, sort: o.sort, page: o.page });
        if (o.capability) qs.set('capability', o.capability);
        if (o.verdict) qs.set('verdict', o.verdict);
        const r = await clientFor(cmd).get<SearchResult>(`/v1/search?${qs.toString()}`);
        if (globals(cmd).json) return printJson(r);
        printLine(`${r.total} skill(s)`);
        for (const s of r.items) {
          printLine(
            `${s.name}@${s.version}  ${s.signed ? 'signed' : 'unsigned'}  ${s.description}`,
          );
          const caps = capabilityEntries(s.capabilities);
          if (caps.length) printLine(`    ${caps.join('  ')}`);
        }
      },
    );
}
