/** Finds the host programs observe mode needs and checks that the kernel lets us use them. */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';
import type { Availability } from './types.js';

const run = promisify(execFile);

export interface HostTools {
  bwrap: string;
  strace: string;
  unshare: string;
  ip: string;
  nft: string;
  python: string;
  setpriv?: string;
}

const SEARCH = ['/usr/bin', '/usr/sbin', '/bin', '/sbin', '/usr/local/bin', '/usr/local/sbin'];

function find(name: string): string | undefined {
  for (const dir of SEARCH) {
    try {
      accessSync(`${dir}/${name}`, constants.X_OK);
      return `${dir}/${name}`;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/** Tools by absolute path (never a PATH lookup: shims and wrappers stay out of the sandbox path). */
export function findHostTools(): { tools?: HostTools; missing: string[] } {
  const want = {
    bwrap: 'bwrap',
    strace: 'strace',
    unshare: 'unshare',
    ip: 'ip',
    nft: 'nft',
    python: 'python3',
  } as const;
  const found: Partial<HostTools> = {};
  const missing: string[] = [];
  for (const [key, bin] of Object.entries(want) as [keyof typeof want, string][]) {
    const p = find(bin);
    if (p) found[key] = p;
    else missing.push(bin);
  }
  found.setpriv = find('setpriv');
  if (missing.length) return { missing };
  return { tools: found as HostTools, missing };
}

let cached: Promise<Availability> | undefined;

/**
 * Whether this host can run observe mode: Linux, the tools present, network and mount namespaces,
 * and bubblewrap able to make an unprivileged user namespace. Cached after the first probe.
 */
export function observeAvailability(): Promise<Availability> {
  cached ??= probe();
  return cached;
}

async function probe(): Promise<Availability> {
  if (process.platform !== 'linux')
    return {
      available: false,
      reason: `the sandbox needs Linux namespaces; this host runs ${process.platform}`,
    };
  const { tools, missing } = findHostTools();
  if (!tools)
    return {
      available: false,
      reason: `missing programs: ${missing.join(', ')} (Debian packages bubblewrap, strace, iproute2, nftables, python3)`,
    };
  const root = process.getuid?.() === 0;
  try {
    const prefix = root ? ['--net', '--mount'] : ['-Urnm'];
    await run(tools.unshare, [...prefix, '/usr/bin/true'], { timeout: 5000 });
  } catch (e) {
    return {
      available: false,
      reason: `cannot create a network namespace (unshare): ${errText(e)}`,
    };
  }
  const bw = [
    tools.bwrap,
    '--unshare-all',
    '--die-with-parent',
    '--ro-bind',
    '/usr',
    '/usr',
    '--symlink',
    'usr/lib',
    '/lib',
    '--symlink',
    'usr/lib64',
    '/lib64',
    '--symlink',
    'usr/bin',
    '/bin',
    '--',
    '/usr/bin/true',
  ];
  try {
    if (root) {
      if (!tools.setpriv)
        return {
          available: false,
          reason: 'running as root needs setpriv (util-linux) to drop to an unprivileged uid',
        };
      await run(tools.setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', ...bw], {
        timeout: 5000,
      });
    } else {
      await run(bw[0]!, bw.slice(1), { timeout: 5000 });
    }
  } catch (e) {
    return {
      available: false,
      reason: `bubblewrap cannot create an unprivileged user namespace: ${errText(e)}`,
    };
  }
  return { available: true };
}

function errText(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n')[0]!.slice(0, 300);
}
