import type { Command } from 'commander';
import { capabilityEntries } from '@skillgate/format';
import type { SkillDetail, VersionDetail } from '../api-types.js';
import { enc } from '../client.js';
import { printJson, printLine } from '../output.js';
import { clientFor, globals } from './context.js';

export function register(program: Command): void {
  program
    .command('info')
    .description('show a skill, or one version with its state and history')
    .argument('<spec>', 'name or name@version')
    .action(async (spec: string, _o: unknown, cmd: Command) => {
      const { parseSpec } = await import('../lib/install.js');
      const client = clientFor(cmd);
      const { name, range } = parseSpec(spec);
      if (range === 'latest' && !spec.includes('@')) {
        const skill = await client.get<SkillDetail>(`/v1/skills/${enc(name)}`);
        if (globals(cmd).json) return printJson(skill);
        printLine(`${skill.name} — ${skill.description}`);
        printLine(`owners: ${skill.owners.join(', ')}   latest: ${skill.distTags.latest ?? '-'}`);
        for (const v of skill.versions)
          printLine(`  ${v.version}  ${v.state}${v.verdict ? ` (${v.verdict})` : ''}`);
        return;
      }
      const v = await client.get<VersionDetail>(`/v1/skills/${enc(name)}/versions/${enc(range)}`);
      if (globals(cmd).json) return printJson(v);
      printLine(`${v.name}@${v.version} — ${v.description}`);
      printLine(
        `state: ${v.state}${v.stage ? ` [${v.stage}]` : ''}   verdict: ${v.verdict ?? '-'}   signed: ${v.signed ? 'yes' : 'no'}`,
      );
      printLine(`sha256: ${v.integrity.sha256}`);
      printLine(`capabilities: ${capabilityEntries(v.manifest.capabilities).join(', ') || 'none'}`);
      for (const h of v.history)
        printLine(
          `  ${h.at}  ${h.state}${h.stage ? ` [${h.stage}]` : ''}${h.reason ? ` — ${h.reason}` : ''}`,
        );
    });
}
