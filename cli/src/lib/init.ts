import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  canonicalCapabilities,
  diffCapabilities,
  parseManifest,
  SKILL_NAME_PATTERN,
  type CapabilityDiff,
  type Manifest,
} from '@skillgate/format';
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

export interface InferOptions {
  dir: string;
  /** run the sandboxed dynamic stage too (default true where the host can) */
  dynamic?: boolean;
  /** write skill.json (default: only propose) */
  write?: boolean;
}

export interface InferResult {
  manifest: Manifest;
  /** what the proposal adds to and drops from the current skill.json */
  diff: CapabilityDiff;
  written: boolean;
  verdict: string;
}

/**
 * Proposes a least-privilege skill.json from what the scanner observed (static and dynamic), so
 * authors start from the capabilities their code really uses instead of writing them by hand.
 */
export async function inferManifest(opts: InferOptions): Promise<InferResult> {
  const dir = path.resolve(opts.dir);
  const { scanTarget } = await import('@skillgate/scanner'); // heavy: loaded only for --infer
  const report = await scanTarget(dir, { dynamic: opts.dynamic ?? true });
  let current: Manifest | undefined;
  try {
    current = parseManifest(await readFile(path.join(dir, 'skill.json'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const name =
    current?.name ??
    report.skill.name ??
    path
      .basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-');
  const observed = canonicalCapabilities(report.capabilities.observed);
  const manifest: Manifest = {
    name,
    version: current?.version ?? '0.1.0',
    description: current?.description ?? `What ${name} does, in one sentence.`,
    ...(current?.license ? { license: current.license } : {}),
    capabilities: observed,
  };
  const diff = diffCapabilities(current?.capabilities, observed);
  if (opts.write)
    await writeFile(path.join(dir, 'skill.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, diff, written: Boolean(opts.write), verdict: report.verdict };
}
