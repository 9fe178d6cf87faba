import type { Manifest } from '@skillgate/format';

/** What kind of capability a denied action would have needed. */
export type DeniedKind = 'fs.read' | 'fs.write' | 'network' | 'exec' | 'env' | 'secret';

/**
 * One action the sandbox refused (or, for `secret`, neutralised), named by the capability that
 * would have allowed it, in manifest terms: `wouldNeed` is what the author would have to declare.
 */
export interface DeniedAction {
  kind: DeniedKind;
  /** the path, `host:port`, binary or variable name the skill reached for */
  target: string;
  /** e.g. `network: evil.example:443`, `fs.read: ~/.ssh/id_rsa`, `exec: curl`, `env: AWS_SECRET` */
  wouldNeed: string;
  /** how it was stopped, e.g. `hidden`, `read-only`, `not on the allow list`, `masked` */
  detail?: string;
}

export interface RunSkillOptions {
  /** the installed skill directory (mounted read-only as `$SKILL`) */
  skillDir: string;
  /** the verified skill.json of that directory */
  manifest: Manifest;
  /** argv of the command to run (argv[0] is looked up on the sandbox PATH) */
  command: readonly string[];
  /** the agent's workspace: `./…` globs are relative to it and the command runs in it */
  workspace: string;
  /** environment offered to the skill (default `process.env`); only declared names get through */
  env?: Readonly<Record<string, string | undefined>>;
  /** JSONL file every denied action is appended to (one object per line) */
  auditFile?: string;
  /** called for every denied action as soon as it is known */
  onDenied?: (action: DeniedAction) => void;
  /**
   * Runs first; if it throws (or rejects) nothing is started and runSkill rethrows as
   * `EnforceError('VERIFY_FAILED')`. The CLI passes its lockfile + attestation check here.
   */
  verify?: () => void | Promise<void>;
  /** stdio for the child (default: inherit) */
  stdio?: 'inherit' | 'pipe' | 'ignore';
  /** with stdio 'pipe', receives the child's output */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  /** trace syscalls to report fs/exec denials (default true; needs strace). Enforcement does not depend on it. */
  audit?: boolean;
  /** kill the command after this many ms (default: none) */
  timeoutMs?: number;
}

export interface RunSkillResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  denied: DeniedAction[];
  /** false when syscall auditing (strace) was not available: fs/exec denials are then not reported */
  audited: boolean;
}

/** The enforce adapter of the sandbox port (the observe adapter is `ObserveSandbox`). */
export interface EnforceSandbox {
  run(options: RunSkillOptions): Promise<RunSkillResult>;
}
