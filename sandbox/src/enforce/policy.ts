/**
 * A skill's declared capabilities → the sandbox policy (pure: every host fact is passed in).
 *
 * What goes to sandbox-runtime (bubblewrap mounts): `denyRead: ['/', …bin dirs]` with the declared
 * reads, the skill, the system dirs an interpreter needs and each allowed binary bound back
 * (`allowRead`), and the declared write roots (`allowWrite`). What is ours: the exec allowlist,
 * applied inside the sandbox with Landlock (landlock.ts) on top of hiding undeclared binaries.
 */
import type { Capabilities } from '@skillgate/format';
import { IMPLICIT_BASE, IMPLICIT_PLUMBING } from './binaries.js';
import { absoluteGlob, coveredBy, literalPrefix, type PathContext } from './paths.js';

/** System paths an interpreter needs to start (never user data, never /etc/shadow or ssh config). */
export const SYSTEM_READ = [
  '/usr',
  '/lib',
  '/lib64',
  '/lib32',
  '/libx32',
  '/etc/ld.so.cache',
  '/etc/ld.so.conf',
  '/etc/ld.so.conf.d',
  '/etc/timezone',
  '/etc/passwd',
  '/etc/group',
  '/etc/nsswitch.conf',
  '/etc/hosts',
  '/etc/resolv.conf',
  '/etc/host.conf',
  '/etc/gai.conf',
  '/etc/protocols',
  '/etc/services',
  '/etc/mime.types',
  '/etc/os-release',
  '/etc/debian_version',
  '/etc/ssl',
  '/etc/ca-certificates',
  '/etc/ca-certificates.conf',
  '/etc/alternatives',
  '/etc/python3',
  '/etc/python3.11',
  '/etc/locale.alias',
  '/etc/ldap',
  '/etc/krb5.conf',
  '/etc/gss',
  '/etc/gnutls',
  '/etc/inputrc',
  '/etc/magic',
] as const;

export interface HostFacts {
  /** name → absolute path of the program on this host, if installed */
  resolve: (name: string) => string | undefined;
  /** directories of executables to hide (bin dirs) */
  binDirs: string[];
  /** symlinks to bin dirs (`/bin` → `/usr/bin`) */
  binDirAliases: Record<string, string>;
  /** dynamic loaders (must be executable for any dynamic binary to start) */
  loaders: string[];
  /** interpreters the skill's scripts name, and the scripts that have a shebang */
  interpreters: Set<string>;
  shebangScripts: string[];
  /** files the sandbox machinery itself needs visible (srt's seccomp helper, socat, our python helper) */
  machinery: string[];
  /** which of the SYSTEM_READ paths exist here */
  exists: (p: string) => boolean;
}

export interface EnforcePolicy {
  ctx: PathContext;
  /** absolute globs the skill may read (declared + `$SKILL`) */
  readGlobs: string[];
  /** absolute globs the skill may write (declared) */
  writeGlobs: string[];
  /** directories/files bound writable (the literal part of each write glob) */
  writeRoots: string[];
  /** program name → host path, for every program the skill may exec */
  execAllowed: Map<string, string>;
  /** declared programs not installed here */
  execMissing: string[];
  /** paths Landlock grants EXECUTE on inside the sandbox */
  execPaths: string[];
  binDirs: string[];
  binDirAliases: Record<string, string>;
  filesystem: {
    denyRead: string[];
    allowRead: string[];
    allowWrite: string[];
    denyWrite: string[];
  };
}

export function buildPolicy(caps: Capabilities, ctx: PathContext, host: HostFacts): EnforcePolicy {
  const readGlobs = [ctx.skillDir, ...(caps.fs?.read ?? []).map((g) => absoluteGlob(g, ctx))];
  const writeGlobs = (caps.fs?.write ?? []).map((g) => absoluteGlob(g, ctx));
  // the skill never writes itself, even if a write glob covers it
  const writeRoots = [...new Set(writeGlobs.map(literalPrefix))].filter(
    (r) => r !== ctx.skillDir && !r.startsWith(`${ctx.skillDir}/`),
  );

  const declared = (caps.exec ?? []).map((e) => e.split(' ')[0] as string);
  const names = new Set<string>([
    ...IMPLICIT_BASE,
    ...IMPLICIT_PLUMBING,
    ...host.interpreters,
    ...declared,
  ]);
  const execAllowed = new Map<string, string>();
  const execMissing: string[] = [];
  for (const n of names) {
    const p = host.resolve(n);
    if (p) execAllowed.set(n, p);
    else if (declared.includes(n)) execMissing.push(n);
  }
  const execPaths = [
    ...new Set([...execAllowed.values(), ...host.loaders, ...host.shebangScripts]),
  ];

  // reads: hide everything, then bind back. The workspace root is made an empty directory when no
  // declared read covers it, so the command still has somewhere to run.
  const denyRead = ['/', ...host.binDirs];
  if (!coveredBy(ctx.workspace, readGlobs)) denyRead.push(ctx.workspace);
  const allowRead = [
    ...SYSTEM_READ.filter((p) => host.exists(p)),
    ...readGlobs,
    ...execAllowed.values(),
    ...host.machinery,
  ];
  return {
    ctx,
    readGlobs,
    writeGlobs,
    writeRoots,
    execAllowed,
    execMissing,
    execPaths,
    binDirs: host.binDirs,
    binDirAliases: host.binDirAliases,
    filesystem: {
      denyRead,
      allowRead: [...new Set(allowRead)],
      allowWrite: writeRoots,
      denyWrite: [ctx.skillDir],
    },
  };
}
