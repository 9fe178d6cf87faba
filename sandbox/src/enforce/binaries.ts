/**
 * Which programs a skill may execute, and where they are on this host (IO: reads the filesystem).
 * Ours, not sandbox-runtime's: srt has no notion of an executable allowlist.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { POSIX_PLUMBING } from '@skillgate/format';

/** PATH inside the sandbox (a fixed system PATH: user-level shims such as pyenv's are not mounted). */
export const SANDBOX_PATH = '/usr/local/bin:/usr/bin:/bin';
const HOST_SEARCH = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin'];

/** POSIX text plumbing that need not be declared (the format's convention). */
export const IMPLICIT_PLUMBING = POSIX_PLUMBING;
/** Shells (to run the skill's scripts and `sh -c`), `env` (for `#!/usr/bin/env X`) and no-op builtins. */
export const IMPLICIT_BASE = ['sh', 'bash', 'env', 'true', 'false', 'echo', 'printf'] as const;
/** Interpreters a skill's own scripts may name (by extension or shebang) without declaring them. */
export const KNOWN_INTERPRETERS = new Set([
  'python3',
  'python',
  'node',
  'bash',
  'sh',
  'dash',
  'perl',
  'ruby',
]);
const EXT_INTERPRETER: Record<string, string> = {
  '.py': 'python3',
  '.sh': 'bash',
  '.bash': 'bash',
  '.js': 'node',
  '.mjs': 'node',
  '.cjs': 'node',
  '.pl': 'perl',
  '.rb': 'ruby',
};

/** The interpreter a script names in its shebang (`#!/usr/bin/env python3` → python3), if any. */
export function shebangInterpreter(firstLine: string): string | undefined {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
  if (!m?.[1]) return undefined;
  const prog = path.posix.basename(m[1]);
  return prog === 'env' ? m[2] : prog;
}

/** Interpreters the skill's scripts need, from their extensions and shebangs (bounded walk). */
export function skillInterpreters(
  skillDir: string,
  maxFiles = 2000,
): { names: Set<string>; scripts: string[] } {
  const names = new Set<string>();
  const scripts: string[] = [];
  const stack = [skillDir];
  let seen = 0;
  while (stack.length > 0 && seen < maxFiles) {
    const dir = stack.pop() as string;
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== 'node_modules' && ent.name !== '.git') stack.push(p);
        continue;
      }
      if (!ent.isFile() || ++seen > maxFiles) continue;
      const byExt = EXT_INTERPRETER[path.extname(ent.name)];
      if (byExt) names.add(byExt);
      const head = readHead(p);
      const bang = head.startsWith('#!')
        ? shebangInterpreter(head.split('\n')[0] ?? '')
        : undefined;
      if (bang && KNOWN_INTERPRETERS.has(bang)) {
        names.add(bang);
        scripts.push(p);
      }
    }
  }
  return { names, scripts };
}

function readHead(p: string): string {
  const fd = fs.openSync(p, 'r');
  try {
    const buf = Buffer.alloc(256);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    fs.closeSync(fd);
  }
}

const CACHE_MS = 60_000;
const resolved = new Map<string, { at: number; path: string | undefined }>();

/** resolveBinary, remembered for a minute (a run looks up ~30 names; installs are rare). */
export function resolveBinaryCached(name: string): string | undefined {
  const hit = resolved.get(name);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.path;
  const p = resolveBinary(name);
  resolved.set(name, { at: Date.now(), path: p });
  return p;
}

/** The first `<dir>/<name>` on the system PATH that is an executable file (symlinks kept as named). */
export function resolveBinary(name: string): string | undefined {
  if (name.includes('/')) return undefined;
  for (const dir of HOST_SEARCH) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return canonicalDir(p);
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** `/bin/x` → `/usr/bin/x` on usr-merged systems: the directory part resolved, the name kept. */
function canonicalDir(p: string): string {
  return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
}

/** Directories of executables that are hidden inside the sandbox except for allowed entries. */
export function hostBinDirs(): string[] {
  const dirs = [
    '/usr/bin',
    '/usr/sbin',
    '/usr/local/bin',
    '/usr/local/sbin',
    '/usr/games',
    '/usr/local/games',
    '/bin',
    '/sbin',
  ];
  const out = new Set<string>();
  for (const d of dirs) {
    try {
      if (fs.lstatSync(d).isDirectory()) out.add(d);
    } catch {
      /* absent */
    }
  }
  return [...out];
}

/** Symlinked bin dirs of a usr-merged system (`/bin` → `/usr/bin`), so a path through one can be named. */
export function binDirAliases(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of ['/bin', '/sbin', '/usr/local/bin']) {
    try {
      if (fs.lstatSync(d).isSymbolicLink()) out[d] = fs.realpathSync(d);
    } catch {
      /* absent */
    }
  }
  return out;
}

/** The ELF program interpreters (dynamic loaders) present, needed to exec any dynamic binary. */
export function dynamicLoaders(): string[] {
  const candidates = [
    '/lib64/ld-linux-x86-64.so.2',
    '/lib/ld-linux-aarch64.so.1',
    '/lib/ld-linux-armhf.so.3',
    '/lib/ld-musl-x86_64.so.1',
    '/lib/ld-musl-aarch64.so.1',
  ];
  return candidates.filter((p) => fs.existsSync(p));
}
