import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SKILL_NAME_PATTERN, type Manifest } from '@skillgate/format';
import { CliError } from '../errors.js';

export interface InitOptions {
  dir: string;
  name?: string;
  description?: string;
  /** overwrite existing files */
  force?: boolean;
}

export interface InitResult {
  dir: string;
  files: string[];
  manifest: Manifest;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Scaffolds SKILL.md + skill.json with an empty (deny-everything) capability set. */
export async function initSkill(opts: InitOptions): Promise<InitResult> {
  const dir = path.resolve(opts.dir);
  const name =
    opts.name ??
    path
      .basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  if (!new RegExp(SKILL_NAME_PATTERN).test(name)) {
    throw new CliError(
      'INPUT',
      `"${name}" is not a valid skill name (lowercase letters, digits and single hyphens, 2–64 chars); pass --name`,
    );
  }
  const description = opts.description ?? `What ${name} does, in one sentence.`;
  const manifest: Manifest = {
    name,
    version: '0.1.0',
    description,
    license: 'Apache-2.0',
    capabilities: { network: [], fs: { read: [], write: [] }, exec: [], env: [] },
  };
  const skillMd = `---\nname: ${name}\ndescription: ${JSON.stringify(description)}\n---\n\n# ${name}\n\nInstructions for the agent: when to use this skill and how.\n`;
  const files: [string, string][] = [
    ['skill.json', `${JSON.stringify(manifest, null, 2)}\n`],
    ['SKILL.md', skillMd],
  ];
  await mkdir(dir, { recursive: true });
  for (const [f] of files) {
    if (!opts.force && (await exists(path.join(dir, f)))) {
      throw new CliError('INPUT', `${path.join(dir, f)} already exists; pass --force to overwrite`);
    }
  }
  for (const [f, text] of files) await writeFile(path.join(dir, f), text);
  return { dir, files: files.map(([f]) => f), manifest };
}
