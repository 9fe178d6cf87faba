/**
 * Pure parsing of `strace -f -ttt -yy -o FILE` output into events. strace splits a call that
 * another process interrupts into `<unfinished ...>` / `<... name resumed>` halves; they are joined
 * per pid here.
 */
import type { ExecEvent, TraceEvent } from './types.js';

export const TRACED_SYSCALLS = [
  'execve',
  'execveat',
  'connect',
  'bind',
  'listen',
  'open',
  'openat',
  'openat2',
  'creat',
  'rename',
  'renameat',
  'renameat2',
  'unlink',
  'unlinkat',
  'clone',
  'clone3',
  'fork',
  'vfork',
  'dup2',
  'dup3',
  'kill',
] as const;

const LINE = /^(\d+)\s+(\d+\.\d+)\s+(.*)$/;

export interface ParsedTrace {
  events: TraceEvent[];
  /** `+++ killed by SIGX +++` and `--- SIGX ... ---` lines per pid */
  signals: { pid: number; signal: string; fatal: boolean }[];
}

export function parseStrace(text: string): ParsedTrace {
  const pending = new Map<number, string>();
  const events: TraceEvent[] = [];
  const signals: ParsedTrace['signals'] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const pid = Number(m[1]);
    const t = Number(m[2]);
    let body = m[3] ?? '';
    if (body.startsWith('+++ killed by ')) {
      const sig = /killed by (SIG[A-Z0-9]+)/.exec(body)?.[1];
      if (sig) signals.push({ pid, signal: sig, fatal: true });
      continue;
    }
    if (body.startsWith('--- ')) {
      const sig = /^--- (SIG[A-Z0-9]+)/.exec(body)?.[1];
      if (sig) signals.push({ pid, signal: sig, fatal: false });
      continue;
    }
    if (body.startsWith('+++')) continue;
    if (body.endsWith('<unfinished ...>')) {
      pending.set(pid, body.slice(0, -'<unfinished ...>'.length).trimEnd());
      continue;
    }
    const resumed = /^<\.\.\. ([a-z0-9_]+) resumed>(.*)$/.exec(body);
    if (resumed) {
      const head = pending.get(pid) ?? `${resumed[1]}(`;
      pending.delete(pid);
      const tail = resumed[2] ?? '';
      body =
        head + (head.endsWith('(') || tail.startsWith(')') ? '' : ', ') + tail.replace(/^,\s*/, '');
    }
    const ev = parseCall(pid, t, body, line);
    if (ev) events.push(ev);
  }
  return { events, signals };
}

function parseCall(pid: number, t: number, body: string, raw: string): TraceEvent | undefined {
  const open = body.indexOf('(');
  if (open <= 0) return undefined;
  const syscall = body.slice(0, open);
  if (!/^[a-z0-9_]+$/.test(syscall)) return undefined;
  const eq = body.lastIndexOf(') = ');
  if (eq < 0) {
    // `exit_group(0) = ?` and calls cut off by the end of the process
    const q = body.lastIndexOf(') = ?');
    if (q < 0) return { pid, t, syscall, args: body.slice(open + 1), ret: '?', ok: false, raw };
    return { pid, t, syscall, args: body.slice(open + 1, q), ret: '?', ok: false, raw };
  }
  const args = body.slice(open + 1, eq);
  const ret = body.slice(eq + 4).trim();
  return { pid, t, syscall, args, ret, ok: !ret.startsWith('-1') && ret !== '?', raw };
}

/** Reads C string literals as strace prints them (`"a\nb\x01"`), returning the bytes as latin1 text. */
export function readCString(s: string, start: number): { value: string; end: number } | undefined {
  if (s[start] !== '"') return undefined;
  let out = '';
  let i = start + 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      let end = i + 1;
      if (s.startsWith('...', end)) end += 3;
      return { value: out, end };
    }
    if (c === '\\') {
      const n = s[i + 1];
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        v: '\v',
        f: '\f',
        '"': '"',
        '\\': '\\',
      };
      if (n !== undefined && simple[n] !== undefined) {
        out += simple[n];
        i += 2;
        continue;
      }
      if (n === 'x') {
        out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
      if (oct) {
        out += String.fromCharCode(parseInt(oct[0], 8));
        i += 1 + oct[0].length;
        continue;
      }
      out += n ?? '';
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return undefined;
}

/** All string literals in an argument text, in order. */
export function cStrings(args: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '"') {
      const r = readCString(args, i);
      if (!r) break;
      out.push(r.value);
      i = r.end - 1;
    }
  }
  return out;
}

/** execve("/path", ["a", "b"], ...) -> path and argv */
export function execArgs(ev: TraceEvent): { path: string; argv: string[] } | undefined {
  let args = ev.args;
  if (ev.syscall === 'execveat') args = args.slice(args.indexOf(',') + 1).trimStart();
  const path = readCString(args, 0);
  if (!path) return undefined;
  const rest = args.slice(path.end);
  const lb = rest.indexOf('[');
  if (lb < 0) return { path: path.value, argv: [] };
  let depth = 0;
  let i = lb;
  for (; i < rest.length; i++) {
    const c = rest[i];
    if (c === '"') {
      const r = readCString(rest, i);
      if (!r) break;
      i = r.end - 1;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  return { path: path.value, argv: cStrings(rest.slice(lb, i + 1)) };
}

export interface ConnectTarget {
  family: 'inet' | 'inet6' | 'unix' | 'other';
  host?: string;
  port?: number;
  path?: string;
}

export function connectTarget(ev: TraceEvent): ConnectTarget {
  const a = ev.args;
  if (a.includes('AF_INET6')) {
    const port = /sin6_port=htons\((\d+)\)/.exec(a)?.[1];
    const host = /inet_pton\(AF_INET6, "([^"]+)"/.exec(a)?.[1];
    return { family: 'inet6', host, port: port ? Number(port) : undefined };
  }
  if (a.includes('AF_INET')) {
    const port = /sin_port=htons\((\d+)\)/.exec(a)?.[1];
    const host = /inet_addr\("([^"]+)"\)/.exec(a)?.[1];
    return { family: 'inet', host, port: port ? Number(port) : undefined };
  }
  if (a.includes('AF_UNIX'))
    return { family: 'unix', path: /sun_path=(@?"[^"]*")/.exec(a)?.[1]?.replace(/"/g, '') };
  return { family: 'other' };
}

/** Path an open-like call names (first string argument). */
export function openPath(ev: TraceEvent): string | undefined {
  return cStrings(ev.args)[0];
}

const WRITE_FLAGS = /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/;
export function opensForWrite(ev: TraceEvent): boolean {
  if (ev.syscall === 'creat') return true;
  return WRITE_FLAGS.test(ev.args);
}

/** The pid a successful fork-like call created, if it made a process (not a thread). */
export function forkChild(ev: TraceEvent): number | undefined {
  if (!['clone', 'clone3', 'fork', 'vfork'].includes(ev.syscall) || !ev.ok) return undefined;
  if (ev.args.includes('CLONE_THREAD')) return undefined;
  const translated = /\/\* (\d+) in strace's PID NS \*\//.exec(ev.ret)?.[1];
  const n = Number.parseInt(translated ?? ev.ret, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** strace cuts long strings (-s), so a traced argument need only be a prefix of the real one. */
function sameArgv(traced: readonly string[], argv: readonly string[]): boolean {
  if (traced.length !== argv.length) return false;
  return traced.every((t, i) => (argv[i] ?? '').startsWith(t) && (t.length > 0 || argv[i] === ''));
}

/**
 * Keeps only what the sample did: the process that exec'd `argv` after bubblewrap (or, without
 * argv, the second successful exec) and everything it started. Returns the events, the exec list and fork count.
 */
export function sampleView(
  events: TraceEvent[],
  argv?: readonly string[],
): {
  events: TraceEvent[];
  execs: ExecEvent[];
  forks: number;
} {
  const parent = new Map<number, number>();
  for (const ev of events) {
    const child = forkChild(ev);
    if (child !== undefined) parent.set(child, ev.pid);
  }
  let execCount = 0;
  let root: number | undefined;
  let rootIndex = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if ((ev.syscall === 'execve' || ev.syscall === 'execveat') && ev.ok) {
      execCount++;
      if (execCount < 2) continue;
      if (argv && !sameArgv(execArgs(ev)?.argv ?? [], argv)) continue;
      root = ev.pid;
      rootIndex = i;
      break;
    }
  }
  if (root === undefined) return { events: [], execs: [], forks: 0 };
  const inTree = (pid: number): boolean => {
    for (
      let p: number | undefined = pid, hops = 0;
      p !== undefined && hops < 10000;
      p = parent.get(p), hops++
    ) {
      if (p === root) return true;
    }
    return false;
  };
  const kept = events.slice(rootIndex).filter((ev) => inTree(ev.pid));
  const execs: ExecEvent[] = [];
  let forks = 0;
  for (const ev of kept) {
    if (forkChild(ev) !== undefined) forks++;
    if (ev.syscall === 'execve' || ev.syscall === 'execveat') {
      const a = execArgs(ev);
      if (a)
        execs.push({
          pid: ev.pid,
          ppid: parent.get(ev.pid),
          t: ev.t,
          path: a.path,
          argv: a.argv,
          ok: ev.ok,
          raw: ev.raw,
        });
    }
  }
  return { events: kept, execs, forks };
}
