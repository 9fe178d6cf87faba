/** skillgate-lock.json: what is installed, with the integrity and capabilities that were accepted. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Capabilities } from '@skillgate/format';
import { CliError } from '../errors.js';

export const LOCKFILE = 'skillgate-lock.json';

export interface LockEntry {
  version: string;
  registry: string;
  /** where the skill is installed, relative to the lockfile */
  path: string;
  sha256: string;
  integrity: string;
  /** the capabilities the user accepted (equal to the attested ones) */
  capabilities: Capabilities;
  /** sha256 of the Sigstore bundle that was verified, and who signed it */
  bundleSha256?: string;
  signer?: string;
  installedAt: string;
}

export interface Lockfile {
  lockfileVersion: 1;
  skills: Record<string, LockEntry>;
}

export async function readLockfile(root: string): Promise<Lockfile> {
  const file = path.join(root, LOCKFILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { lockfileVersion: 1, skills: {} };
    throw e;
  }
  let parsed: Lockfile;
  try {
    parsed = JSON.parse(text) as Lockfile;
  } catch (cause) {
    throw new CliError('INPUT', `${file} is not valid JSON`, { cause });
  }
  if (parsed.lockfileVersion !== 1 || typeof parsed.skills !== 'object' || parsed.skills === null) {
    throw new CliError('INPUT', `${file} is not a skillgate lockfile (lockfileVersion 1)`);
  }
  return parsed;
}

/** Writes the lockfile atomically (temp file + rename), keys sorted for stable diffs. */
export async function writeLockfile(root: string, lock: Lockfile): Promise<void> {
  const skills = Object.fromEntries(
    Object.entries(lock.skills).sort(([a], [b]) => a.localeCompare(b)),
  );
  const file = path.join(root, LOCKFILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ lockfileVersion: 1, skills }, null, 2)}\n`);
  await rename(tmp, file);
}
