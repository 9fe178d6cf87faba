import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { packDir, readSkillPackage, readTarball } from '@skillgate/format';
import { printJson, printLine } from '../output.js';
import { globals } from './context.js';

export function register(program: Command): void {
  program
    .command('pack')
    .description('pack a skill folder into a deterministic .tgz')
    .argument('[dir]', 'skill folder', '.')
    .option('-o, --out <file>', 'output file (default: <name>-<version>.tgz)')
    .action(async (dir: string, o: { out?: string }, cmd: Command) => {
      const packed = await packDir(dir);
      const { manifest } = readSkillPackage(await readTarball(packed.tarball));
      const out = path.resolve(o.out ?? `${manifest.name}-${manifest.version}.tgz`);
      await writeFile(out, packed.tarball);
      const result = {
        file: out,
        name: manifest.name,
        version: manifest.version,
        files: packed.files,
        bytes: packed.tarball.length,
        ...packed.digests,
      };
      if (globals(cmd).json) return printJson(result);
      printLine(
        `${manifest.name}@${manifest.version}: ${packed.files.length} files, ${packed.tarball.length} bytes`,
      );
      printLine(`sha256 ${packed.digests.sha256}`);
      printLine(`wrote ${out}`);
    });
}
