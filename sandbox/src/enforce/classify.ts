/**
 * Trace events → denied actions, each named by the capability that would have allowed it (pure;
 * `hostExists` is passed in). A failed lookup counts as a denial only when the thing exists on the
 * host — the sandbox hid it — so interpreters probing for optional files do not show up.
 */
import * as path from 'node:path';
import type { DeniedAction } from './types.js';
import type { EnforcePolicy } from './policy.js';
import { coveredBy, manifestPath } from './paths.js';
import { hostPort, matchesAny } from './network.js';
import type { TraceEvent } from './trace.js';

const LOOKUP_FAIL = new Set(['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR']);
const WRITE_FAIL = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT']);
const EXEC_SYSCALLS = new Set(['execve', 'execveat']);
const STAT_SYSCALLS = new Set([
  'stat',
  'lstat',
  'newfstatat',
  'statx',
  'access',
  'faccessat',
  'faccessat2',
]);
/** srt's in-sandbox proxy listeners */
const PROXY_PORTS = new Set([3128, 1080]);

export interface ClassifyContext {
  policy: EnforcePolicy;
  declaredNetwork: readonly string[];
  hostExists: (p: string) => boolean;
}

/**
 * Writes that need no capability: the sandbox's private tmp (srt's TMPDIR and files directly in /tmp),
 * directories the command itself created in tmp, and /dev, /proc, /sys.
 */
function isScratch(p: string, policy: EnforcePolicy, hostExists: (p: string) => boolean): boolean {
  const { home, workspace, skillDir } = policy.ctx;
  if (/^\/(proc|sys|dev)(\/|$)/.test(p) && !p.startsWith('/dev/shm/')) return true;
  const under = (root: string) => p === root || p.startsWith(`${root}/`);
  if (under(home) || under(workspace) || under(skillDir)) return false;
  if (!/^\/(tmp|var\/tmp|dev\/shm)\//.test(p)) return false;
  if (p.startsWith('/tmp/claude/')) return true;
  const dir = path.dirname(p);
  return ['/tmp', '/var/tmp', '/dev/shm'].includes(dir) || !hostExists(dir);
}

export function classify(events: readonly TraceEvent[], c: ClassifyContext): DeniedAction[] {
  const out = new Map<string, DeniedAction>();
  const add = (a: DeniedAction) =>
    out.set(`${a.kind}\0${a.target}`, out.get(`${a.kind}\0${a.target}`) ?? a);
  const { policy } = c;
  const inBinDir = (p: string) => policy.binDirs.includes(path.dirname(p));
  const execName = (p: string) => path.basename(p);
  const allowedExec = new Set(policy.execAllowed.values());

  const canon = (p: string) => {
    const target = policy.binDirAliases[path.dirname(p)];
    return target ? path.join(target, path.basename(p)) : p;
  };

  // paths the command itself created: a failed look-up before the creation is not a denial
  const created = new Set<string>();
  for (const e of events)
    if (e.ret >= 0) for (const p of e.paths) if (p.write) created.add(canon(p.path));
  const existedBefore = (p: string) => c.hostExists(p) && !created.has(p);

  for (const e of events) {
    if (e.syscall === 'connect') {
      if (!e.addr || e.ret === 0 || e.errno === 'EINPROGRESS') continue;
      const { host, port } = e.addr;
      if (PROXY_PORTS.has(port) && (host === '127.0.0.1' || host === '::1')) continue;
      if (matchesAny(host, port, c.declaredNetwork)) continue;
      const target = hostPort(host, port);
      add({
        kind: 'network',
        target,
        wouldNeed: `network: ${target}`,
        detail: 'direct connection (no route out)',
      });
      continue;
    }
    for (const { path: raw, write } of e.paths) {
      const p = canon(raw);
      if (!p.startsWith('/')) continue;
      const shown = manifestPath(p, policy.ctx);
      if (EXEC_SYSCALLS.has(e.syscall)) {
        if (e.ret === 0) continue;
        const hidden = e.errno === 'ENOENT' && existedBefore(p) && !allowedExec.has(p);
        if (e.errno === 'EACCES' || hidden) {
          const name = inBinDir(p) ? execName(p) : shown;
          add({
            kind: 'exec',
            target: name,
            wouldNeed: `exec: ${execName(p)}`,
            detail: hidden ? 'hidden' : 'not executable',
          });
        }
        continue;
      }
      if (STAT_SYSCALLS.has(e.syscall)) {
        if (e.ret === 0 || e.errno !== 'ENOENT' || !existedBefore(p)) continue;
        if (inBinDir(p)) {
          if (!allowedExec.has(p))
            add({
              kind: 'exec',
              target: execName(p),
              wouldNeed: `exec: ${execName(p)}`,
              detail: 'hidden',
            });
        } else if (!coveredBy(p, policy.readGlobs)) {
          add({ kind: 'fs.read', target: shown, wouldNeed: `fs.read: ${shown}`, detail: 'hidden' });
        }
        continue;
      }
      if (write) {
        if (isScratch(p, policy, c.hostExists)) continue;
        if (e.ret >= 0 || Number.isNaN(e.ret)) {
          // it worked, so it landed in a sandbox-private tmpfs unless it was declared
          if (!coveredBy(p, policy.writeGlobs) && !coveredBy(p, policy.writeRoots))
            add({
              kind: 'fs.write',
              target: shown,
              wouldNeed: `fs.write: ${shown}`,
              detail: 'discarded (private tmpfs)',
            });
        } else if (e.errno && WRITE_FAIL.has(e.errno)) {
          const parentHidden = e.errno === 'ENOENT' && c.hostExists(path.dirname(p));
          if (e.errno !== 'ENOENT' || parentHidden) {
            const declared = coveredBy(p, policy.writeGlobs);
            add({
              kind: 'fs.write',
              target: shown,
              wouldNeed: `fs.write: ${shown}`,
              detail: declared
                ? 'protected path (never writable)'
                : e.errno === 'EROFS'
                  ? 'read-only'
                  : 'hidden',
            });
          }
        }
        continue;
      }
      if (
        e.ret < 0 &&
        e.errno &&
        LOOKUP_FAIL.has(e.errno) &&
        existedBefore(p) &&
        !coveredBy(p, policy.readGlobs)
      ) {
        if (inBinDir(p)) continue;
        add({ kind: 'fs.read', target: shown, wouldNeed: `fs.read: ${shown}`, detail: 'hidden' });
      }
    }
  }
  return [...out.values()];
}
