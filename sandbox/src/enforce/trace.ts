/**
 * Syscall audit of a sandboxed run with strace (ours: on Linux, bubblewrap reports nothing about what
 * it refused). strace follows the whole tree and writes one file per process; this module turns those
 * files into events (pure parsing; the caller reads the files).
 */
export const TRACED_SYSCALLS = [
  'open',
  'openat',
  'openat2',
  'creat',
  'stat',
  'lstat',
  'newfstatat',
  'statx',
  'access',
  'faccessat',
  'faccessat2',
  'execve',
  'execveat',
  'mkdir',
  'mkdirat',
  'rmdir',
  'unlink',
  'unlinkat',
  'rename',
  'renameat',
  'renameat2',
  'link',
  'linkat',
  'symlink',
  'symlinkat',
  'truncate',
  'connect',
  'chdir',
  'clone',
  'clone3',
  'fork',
  'vfork',
] as const;

/**
 * strace, run inside the sandbox as the parent of our helper (so bubblewrap's own setup is not traced,
 * which would cost more than the command) with its output on its stderr. The caller points that
 * stderr at a pipe to the host (fd 3) and gives the traced command its real stderr back (fd 4).
 * strace kills its tracees if it dies (PTRACE_O_EXITKILL), so a skill cannot shed the audit and go on.
 *
 * `-o /dev/stderr` rather than strace's default output on stderr: only with `-o` does `-f` put the
 * pid in front of every line. On stderr it prefixes `[pid N]` only while more than one process is
 * traced, so a line without one could be any process that happened to be alone, and a parent's
 * `clone` printed while an earlier child was still running carried its real pid instead of the
 * unprefixed one: the new child was cut off from the tree and its denials went unreported. fd 3
 * must be a real pipe for the open to work (trace-pipe.ts); no relay process runs in the sandbox,
 * which the skill could kill to blind the audit.
 */
export function straceArgv(strace: string, command: readonly string[]): string[] {
  return [
    strace,
    '-f',
    '-qq',
    '-o',
    '/dev/stderr',
    '-y',
    '--seccomp-bpf',
    '-e',
    `trace=${TRACED_SYSCALLS.join(',')}`,
    '-e',
    'signal=none',
    '--',
    ...command,
  ];
}

/**
 * Split strace's `-f -o` stream (`N  line` for every process; `<unfinished ...>`/`resumed>` pairs
 * joined) per process. Lines without a pid (strace's own messages) are not syscalls and are dropped.
 */
export function splitTraceStream(text: string): Map<number, string[]> {
  const byPid = new Map<number, string[]>();
  const pending = new Map<number, string>();
  for (const raw of text.split('\n')) {
    const m = /^(\d+) +(.*)$/.exec(raw);
    if (!m) continue;
    const pid = Number(m[1]);
    let line = m[2] as string;
    if (line.endsWith(' <unfinished ...>')) {
      pending.set(pid, line.slice(0, -' <unfinished ...>'.length));
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(line);
    if (resumed) {
      line = (pending.get(pid) ?? '') + (resumed[1] ?? '');
      pending.delete(pid);
    }
    const lines = byPid.get(pid) ?? [];
    lines.push(line);
    byPid.set(pid, lines);
  }
  return byPid;
}

export interface PathArg {
  /** absolute, or relative when the process's cwd was not yet known (see commandEvents) */
  path: string;
  write: boolean;
}

export interface TraceEvent {
  pid: number;
  syscall: string;
  ret: number;
  errno?: string;
  paths: PathArg[];
  /** connect(): the destination */
  addr?: { family: 'inet' | 'inet6'; host: string; port: number };
  /** clone/fork: the child pid */
  child?: number;
  /** execve: the argv strings */
  argv?: string[];
  /** the process's cwd as far as the trace showed it by then */
  cwd?: string;
}

const LINE =
  /^(\w+)\((.*)\)\s+=\s+(-?\d+|\?|0x[0-9a-f]+)(?:<[^>]*>)?(?: \/\* (\d+) in strace's PID NS \*\/)?(?:\s+(E[A-Z0-9]+))?/;
const STR = /(?:(AT_FDCWD|-?\d+)<((?:[^>\\]|\\.)*)>,\s*)?"((?:[^"\\]|\\.)*)"/g;
const WRITE_FLAGS = /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/;

export function unescapeStrace(s: string): string {
  if (!s.includes('\\')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = s[++i] ?? '';
    if (n === 'x') {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(s.slice(i)) as RegExpExecArray;
      bytes.push(Number.parseInt(m[0], 8));
      i += m[0].length - 1;
    } else {
      const map: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, '"': 34, '\\': 92 };
      bytes.push(map[n] ?? n.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function resolve(dir: string | undefined, p: string): string {
  if (p.startsWith('/') || dir === undefined) return p;
  const joined = `${dir}/${p}`.split('/');
  const out: string[] = [];
  for (const seg of joined) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** The strings of execve's argv array, which starts at `start` (a `[`); `]` inside strings is skipped. */
function execArgv(args: string, start: number): string[] {
  const re = /"((?:[^"\\]|\\.)*)"|\]/g;
  re.lastIndex = start + 1;
  const out: string[] = [];
  for (let m = re.exec(args); m && m[0] !== ']'; m = re.exec(args))
    out.push(unescapeStrace(m[1] ?? ''));
  return out;
}

/** Which string arguments of a syscall are paths, and which of those are written. */
function pathSlots(syscall: string, flags: string): { index: number; write: boolean }[] {
  switch (syscall) {
    case 'open':
    case 'openat':
    case 'openat2':
      return [{ index: 0, write: WRITE_FLAGS.test(flags) }];
    case 'creat':
    case 'mkdir':
    case 'mkdirat':
    case 'rmdir':
    case 'unlink':
    case 'unlinkat':
    case 'truncate':
      return [{ index: 0, write: true }];
    case 'rename':
    case 'renameat':
    case 'renameat2':
      return [
        { index: 0, write: true },
        { index: 1, write: true },
      ];
    case 'link':
    case 'linkat':
    case 'symlink':
    case 'symlinkat':
      return [{ index: 1, write: true }];
    case 'execve':
    case 'execveat':
    case 'stat':
    case 'lstat':
    case 'newfstatat':
    case 'statx':
    case 'access':
    case 'faccessat':
    case 'faccessat2':
    case 'chdir':
      return [{ index: 0, write: false }];
    default:
      return [];
  }
}

/** Parse one process's strace output (execve argv is kept only where it holds `marker`). */
export function parseTrace(pid: number, text: string, marker?: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  let cwd: string | undefined;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, syscall = '', args = '', retRaw = '', hostPid, errno] = m;
    const ret = retRaw === '?' ? Number.NaN : Number(retRaw);
    const ev: TraceEvent = { pid, syscall, ret, paths: [], cwd };
    if (errno) ev.errno = errno;
    if (syscall === 'clone' || syscall === 'clone3' || syscall === 'fork' || syscall === 'vfork') {
      if (ret > 0) ev.child = hostPid === undefined ? ret : Number(hostPid);
      events.push(ev);
      continue;
    }
    if (syscall === 'connect') {
      const v4 = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/.exec(
        args,
      );
      const v6 =
        /sa_family=AF_INET6, sin6_port=htons\((\d+)\).*inet_pton\(AF_INET6, "([^"]+)"/.exec(args);
      if (v4) ev.addr = { family: 'inet', host: v4[2] as string, port: Number(v4[1]) };
      else if (v6) ev.addr = { family: 'inet6', host: v6[2] as string, port: Number(v6[1]) };
      events.push(ev);
      continue;
    }
    const strs: { dir: string | undefined; value: string }[] = [];
    const argvStart = syscall === 'execve' ? args.indexOf('[') : -1;
    for (const s of args.matchAll(STR)) {
      if (argvStart !== -1 && (s.index ?? 0) > argvStart) break;
      const dirAnn = s[2] === undefined ? undefined : unescapeStrace(s[2]);
      if (s[1] === 'AT_FDCWD' && dirAnn) cwd = dirAnn;
      strs.push({ dir: dirAnn ?? cwd, value: unescapeStrace(s[3] ?? '') });
    }
    if (syscall === 'execve' && argvStart !== -1 && marker !== undefined && args.includes(marker))
      ev.argv = execArgv(args, argvStart);
    for (const slot of pathSlots(syscall, args)) {
      const s = strs[slot.index];
      if (s) ev.paths.push({ path: resolve(s.dir, s.value), write: slot.write });
    }
    if (syscall === 'chdir' && ret === 0 && ev.paths[0]) cwd = ev.paths[0].path;
    ev.cwd = cwd;
    events.push(ev);
  }
  return events;
}

/**
 * Keep only what the skill's command did: the process that exec'd our helper (marker in its argv),
 * from the helper's exec of the command on, and all its descendants — not bubblewrap's setup nor
 * sandbox-runtime's relays.
 */
export function commandEvents(byPid: Map<number, TraceEvent[]>, marker: string): TraceEvent[] {
  let root: number | undefined;
  for (const [pid, evs] of byPid) {
    if (
      evs.some(
        (e) => e.syscall === 'execve' && e.ret === 0 && e.argv?.some((a) => a.startsWith(marker)),
      )
    )
      root = pid;
  }
  if (root === undefined) return [];
  const out: TraceEvent[] = [];
  // children inherit the cwd their parent had when it forked; relative paths resolve against it
  const queue: { pid: number; cwd: string | undefined }[] = [{ pid: root, cwd: undefined }];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const { pid, cwd: inherited } = queue.shift() as { pid: number; cwd: string | undefined };
    if (seen.has(pid)) continue;
    seen.add(pid);
    let evs = byPid.get(pid) ?? [];
    if (pid === root) {
      // skip the sandbox's and the helper's own start-up: keep from the helper's exec of the command
      const helper = evs.findIndex(
        (e) => e.syscall === 'execve' && e.ret === 0 && e.argv?.some((a) => a.startsWith(marker)),
      );
      const rest = evs.slice(helper + 1);
      const exec = rest.findIndex((e) => e.syscall === 'execve');
      evs = exec === -1 ? [] : rest.slice(exec);
    }
    for (const e of evs) {
      const cwd = e.cwd ?? inherited;
      const paths = e.paths.map((p) =>
        p.path.startsWith('/') ? p : { ...p, path: resolve(cwd, p.path) },
      );
      out.push({ ...e, cwd, paths });
      if (e.child !== undefined) queue.push({ pid: e.child, cwd });
    }
  }
  return out;
}
