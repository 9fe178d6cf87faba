/**
 * `skillgate run` and the library call agent runtimes embed: verify the installed skill (lockfile
 * digest + attestation against the pinned trust root) before anything runs, then run the command
 * in the sandbox's enforce mode with exactly the skill's declared capabilities.
 */
import path from 'node:path';
import { runSkill as enforce, type DeniedAction, type RunSkillResult } from '@skillgate/sandbox';
import { CliError } from '../errors.js';
import { readLockfile } from './lockfile.js';
import { pinnedTrust } from './trust.js';
import { verifyInstalled, type InstalledSkill } from './verify.js';

export interface RunOptions {
  /** the installed skill's name (a key of skillgate-lock.json) */
  skill: string;
  command: readonly string[];
  /** the agent's workspace (default cwd) */
  workspace?: string;
  /** project root holding skillgate-lock.json (default cwd) */
  root?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** JSONL audit of denied actions (default `<root>/.skillgate/audit.jsonl`) */
  auditFile?: string;
  onDenied?: (a: DeniedAction) => void;
  stdio?: 'inherit' | 'pipe' | 'ignore';
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  timeoutMs?: number;
}

export interface RunResult extends RunSkillResult {
  skill: string;
  version: string;
}

export async function runSkill(opts: RunOptions): Promise<RunResult> {
  const root = path.resolve(opts.root ?? '.');
  const lock = await readLockfile(root);
  const entry = lock.skills[opts.skill];
  if (!entry)
    throw new CliError(
      'NOT_FOUND',
      `${opts.skill} is not installed in ${root} (no entry in skillgate-lock.json)`,
    );
  // verified before anything runs; a failure throws here and nothing starts
  const trust = await pinnedTrust(entry.registry);
  const installed: InstalledSkill = await verifyInstalled(root, opts.skill, entry, trust);
  const result = await enforce({
    skillDir: installed.dir,
    manifest: installed.manifest,
    command: opts.command,
    workspace: path.resolve(opts.workspace ?? '.'),
    env: opts.env,
    auditFile: opts.auditFile ?? path.join(root, '.skillgate', 'audit.jsonl'),
    onDenied: opts.onDenied,
    stdio: opts.stdio,
    onStdout: opts.onStdout,
    onStderr: opts.onStderr,
    timeoutMs: opts.timeoutMs,
  });
  return { ...result, skill: opts.skill, version: entry.version };
}
