import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { CapabilityDiff } from '@skillgate/format';
import { printJson, printLine, progress } from '../output.js';
import { clientFor, globals } from './context.js';

async function askConsent(diff: CapabilityDiff, from: string, to: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  progress(`upgrading ${from} → ${to} adds capabilities:`);
  for (const c of diff.added) progress(`  + ${c}`);
  for (const c of diff.removed) progress(`  - ${c}`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question('accept the new capabilities? [y/N] ')).trim());
  } finally {
    rl.close();
  }
}

export function register(program: Command): void {
  program
    .command('install')
    .description(
      'resolve, download, verify and safely extract a skill; records skillgate-lock.json',
    )
    .argument('<spec>', 'name, name@version or name@range')
    .option('--root <dir>', 'project root holding skillgate-lock.json', '.')
    .option('--dir <dir>', 'folder for installed skills, relative to the root', 'skills')
    .option('--accept-capabilities', 'accept capabilities that an upgrade adds')
    .option('--trust-root <file>', 'trust material file (instead of the pinned one)')
    .option('--accept-new-trust-root', 'replace a pinned trust root that changed')
    .option('--require-tlog', 'refuse attestations without a transparency-log (Rekor) entry')
    .action(
      async (
        spec: string,
        o: {
          root: string;
          dir: string;
          acceptCapabilities?: boolean;
          trustRoot?: string;
          acceptNewTrustRoot?: boolean;
          requireTlog?: boolean;
        },
        cmd: Command,
      ) => {
        const client = clientFor(cmd);
        const { installSkill } = await import('../lib/install.js');
        const { attestationVerifier } = await import('./verify-hook.js');
        const r = await installSkill({
          spec,
          client,
          root: o.root,
          dir: o.dir,
          acceptCapabilities: o.acceptCapabilities,
          confirmCapabilities: askConsent,
          verifyAttestation: attestationVerifier({
            trustRootFile: o.trustRoot,
            acceptNewTrustRoot: o.acceptNewTrustRoot,
            requireTlog: o.requireTlog,
          }),
        });
        if (globals(cmd).json) return printJson(r);
        if (r.unchanged)
          return printLine(`${r.name}@${r.version} is already installed at ${r.path}`);
        if (
          r.capabilityDiff &&
          (r.capabilityDiff.added.length || r.capabilityDiff.removed.length)
        ) {
          for (const c of r.capabilityDiff.added) printLine(`  + ${c}`);
          for (const c of r.capabilityDiff.removed) printLine(`  - ${c}`);
        }
        printLine(
          `installed ${r.name}@${r.version}${r.previous ? ` (was ${r.previous})` : ''} at ${r.path}${r.signer ? `, signed by ${r.signer}` : ''}`,
        );
      },
    );
}
