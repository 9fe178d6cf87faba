/** Observe mode: run untrusted code once, record everything it tries, let nothing out. */

/** Per-run limits. A run that reaches one is stopped and the limit is reported as `limitHit`. */
export interface ObserveLimits {
  /** wall-clock time, enforced by a timer outside the sandbox */
  wallMs: number;
  /** CPU seconds per process (RLIMIT_CPU) */
  cpuSeconds: number;
  /** address space per process (RLIMIT_AS) */
  memoryBytes: number;
  /** processes of the sandbox user (RLIMIT_NPROC) */
  processes: number;
  /** largest file the sample may write (RLIMIT_FSIZE) */
  fileSizeBytes: number;
  /** stdout + stderr, counted together */
  outputBytes: number;
  /** size of each writable tmpfs (home, workspace, /tmp) */
  diskBytes: number;
}

export type LimitName = 'wall' | 'cpu' | 'memory' | 'pids' | 'fsize' | 'output';

export interface SkillFileInput {
  /** posix path inside the skill */
  path: string;
  bytes: Uint8Array;
  executable?: boolean;
}

export interface ObserveSpec {
  /** the skill, mounted read-only at `/skill` */
  files: readonly SkillFileInput[];
  /** argv to run inside the sandbox; cwd is `/workspace` */
  argv: string[];
  /** extra files for the writable workspace (a copy of the skill is never placed there) */
  workspaceFiles?: readonly SkillFileInput[];
  limits?: Partial<ObserveLimits>;
  /** make /workspace a git repository with one commit before the sample starts */
  gitWorkspace?: boolean;
  /** how long to keep watching detached processes after the sample exits (default 1500 ms) */
  graceMs?: number;
}

/** A secret planted for this run only; seeing its value anywhere proves where it went. */
export interface Canary {
  /** `env:OPENAI_API_KEY`, `file:~/.ssh/id_ed25519`... */
  id: string;
  /** `identity`: the machine's name and the user's git e-mail, sent out they fingerprint the user */
  kind: 'env' | 'file' | 'identity';
  /** sandbox path (files) or variable name (env) */
  location: string;
  value: string;
  /** the service this secret is for (npm's token goes to the npm registry): sending it there is its use */
  audience?: string[];
}

export interface DnsQuery {
  t: number;
  name: string;
  qtype: number;
  transport: 'udp' | 'tcp';
}

export interface TcpSession {
  t: number;
  family: 4 | 6;
  /** the address the sample connected to (before the redirect) */
  dst: string;
  port: number;
  /** the DNS name this address was handed out for, when it came from the sinkhole's resolver */
  name?: string;
  /** first bytes the sample sent */
  bytes: Buffer;
  /** when an HTTP request was answered with a script, the token that script prints if executed */
  token?: string;
  /** TLS SNI, HTTP Host */
  sni?: string;
  /** the sinkhole terminated TLS: `bytes` are the decrypted first bytes */
  tls?: boolean;
  host?: string;
  dropped?: boolean;
}

/** One traced system call (after the sample's first exec; bubblewrap's own setup is left out). */
export interface TraceEvent {
  pid: number;
  t: number;
  syscall: string;
  /** raw argument text as strace printed it */
  args: string;
  /** return value text (`0`, `-1 ENOENT (No such file or directory)`, `1234`) */
  ret: string;
  ok: boolean;
  /** the line as strace wrote it, for evidence */
  raw: string;
}

export interface ExecEvent {
  pid: number;
  ppid?: number;
  t: number;
  path: string;
  argv: string[];
  ok: boolean;
  raw: string;
}

export interface ObserveResult {
  argv: string[];
  exitCode: number | null;
  signal: string | null;
  limitHit?: LimitName;
  durationMs: number;
  cpuMs: number;
  peakMemoryBytes: number;
  setupMs: number;
  stdout: Buffer;
  stderr: Buffer;
  canaries: Canary[];
  dns: DnsQuery[];
  tcp: TcpSession[];
  udp: Buffer[];
  trace: TraceEvent[];
  execs: ExecEvent[];
  /** files in the workspace and home written during the run (first 256 KiB each, bounded) */
  written: { path: string; bytes: Buffer }[];
  /** processes created (fork, vfork, clone and clone3 that made a process) */
  forks: number;
  notes: string[];
}

/** The port the dynamic stage depends on; observe mode is one adapter. */
export interface ObserveSandbox {
  run(spec: ObserveSpec): Promise<ObserveResult>;
}

export interface Availability {
  available: boolean;
  /** plain words: what is missing */
  reason?: string;
}
