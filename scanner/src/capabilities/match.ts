/**
 * Does a declared capability entry cover an observed use? Hosts with port and wildcard rules,
 * fs globs, exec names with the implicit interpreter + POSIX plumbing allowance, env names.
 */
import { envName, POSIX_PLUMBING, type Capabilities } from '@skillgate/format';
import { boundedMemo } from '../engine/memo.js';

/** programs a skill may run without listing them (corpus README / DESIGN.md convention) */
export const IMPLICIT_EXEC: ReadonlySet<string> = new Set([
  // interpreters that run the skill's own scripts
  'python',
  'python3',
  'node',
  'bash',
  'sh',
  'tsx',
  'deno',
  'bun',
  // plain POSIX plumbing (the format's convention), then shell builtins and harmless file tools
  ...POSIX_PLUMBING,
  'echo',
  'printf',
  'pwd',
  'true',
  'false',
  'test',
  'basename',
  'dirname',
  'uniq',
  'sleep',
  'cd',
  'export',
  'read',
  'set',
  'exit',
  'cp',
  'mv',
  'touch',
]);

export function parseHostEntry(entry: string): { host: string; port?: string } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::([0-9]+|\*))?$/.exec(entry.toLowerCase());
  if (!m) return { host: entry.toLowerCase() };
  return m[2] ? { host: m[1] ?? '', port: m[2] } : { host: m[1] ?? '' };
}

export function hostAllowed(declared: readonly string[], host: string, port?: number): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return declared.some((entry) => {
    const d = parseHostEntry(entry);
    const hostOk =
      d.host === '*' || d.host === h || (d.host.startsWith('*.') && h.endsWith(d.host.slice(1)));
    if (!hostOk) return false;
    if (!d.port || d.port === '*' || port === undefined) return true;
    return Number(d.port) === port;
  });
}

/** compiled globs and normalised paths, kept across scans (cleared when they grow large) */
const globs = new Map<string, RegExp>();
const normalized = new Map<string, string>();
const MEMO_MAX = 4096;

function globToRegExp(glob: string): RegExp {
  return boundedMemo(globs, glob, MEMO_MAX, compileGlob);
}

function compileGlob(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** `~/x`, `./x` and `x` normalised so globs and observed paths compare. */
export function normalizePath(p: string): string {
  return boundedMemo(normalized, p, MEMO_MAX, normalizeUncached);
}

function normalizeUncached(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  s = s.replace(
    /^(?:\$HOME|\$\{HOME\}|%USERPROFILE%|\/home\/[^/]+|\/Users\/[^/]+|\/root)(?=\/|$)/,
    '~',
  );
  if (s.startsWith('./')) s = s.slice(2);
  return s.replace(/\/+/g, '/').replace(/\/$/, '');
}

export function pathAllowed(declared: readonly string[], observed: string): boolean {
  const o = normalizePath(observed);
  const outside = /^[~/$]/.test(o);
  return declared.some((g) => {
    const d = normalizePath(g);
    // a workspace glob never covers home or absolute paths
    if (outside !== /^[~/$]/.test(d)) return false;
    if (d === o || o.startsWith(`${d}/`)) return true;
    return globToRegExp(d).test(o);
  });
}

/**
 * the standard stores of credentials (SSH, cloud, container and package-registry credentials,
 * password stores, browser profiles, keychains, wallets, an agent's own login), as opposed to a
 * tool's or the user's own settings file (`~/.env.local`, `~/.config/tool/env`)
 */
const CREDENTIAL_STORE =
  /^~\/(?:\.ssh|\.aws|\.azure|\.gnupg|\.kube|\.docker|\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.password-store|\.config\/(?:gh|gcloud|google-chrome|chromium|BraveSoftware|microsoft-edge)|\.mozilla|Library\/(?:Keychains|Application Support)|snap\/|\.(?:claude|codex)\/\.?(?:credentials|auth)|\.(?:electrum|bitcoin|ethereum|solana))|^\/etc\/(?:shadow|passwd|ssh)|(?:^|\/)(?:id_(?:rsa|ed25519|ecdsa|dsa)|\.git-credentials|credentials\.json|Cookies|Login Data)(?:$|\/)|keychain/i;

export function isCredentialStore(p: string): boolean {
  return CREDENTIAL_STORE.test(normalizePath(p));
}

/** A path outside the workspace and the skill: the ones a manifest must name. */
export function isOutsideWorkspace(p: string): boolean {
  const s = normalizePath(p);
  if (s.startsWith('$SKILL')) return false;
  if (/^\/(?:tmp|var\/tmp)(?:\/|$)/.test(s)) return false;
  if (/^\/dev\/(?:null|stdin|stdout|stderr|tty|urandom|random|zero|fd\/)/.test(s)) return false;
  if (/^\/proc\/self\//.test(s)) return false;
  return s.startsWith('~') || s.startsWith('/');
}

export function execAllowed(declared: readonly string[], binary: string): boolean {
  const b = binary.slice(binary.lastIndexOf('/') + 1);
  if (IMPLICIT_EXEC.has(b)) return true;
  return declared.some((d) => d === b || d.split(' ')[0] === b || d.split(' ')[1] === b);
}

/** environment every process has; reading it is not a capability */
export const IMPLICIT_ENV: ReadonlySet<string> = new Set([
  'HOME',
  'PATH',
  'PWD',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TERM',
  'TMPDIR',
  'TMP',
  'TEMP',
  'SHELL',
  'USERPROFILE',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'XDG_DATA_HOME',
  'XDG_RUNTIME_DIR',
  'NODE_ENV',
  'CI',
  'NO_COLOR',
  'FORCE_COLOR',
  'COLUMNS',
  'LINES',
  'DEBUG',
  'TZ',
  'APPDATA',
  'LOCALAPPDATA',
  'PYTHONPATH',
  'VIRTUAL_ENV',
  'SKILL_DIR',
  'SKILLGATE_SKILL_DIR',
]);

export function envAllowed(declared: Capabilities['env'], name: string): boolean {
  if (IMPLICIT_ENV.has(name)) return true;
  return (declared ?? []).some((e) => envName(e) === name);
}
