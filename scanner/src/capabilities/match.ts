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

/** compiled globs, normalised paths and hosts, kept across scans (cleared when they grow large) */
const MEMO_MAX = 4096;

export function parseHostEntry(entry: string): { host: string; port?: string } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::([0-9]+|\*))?$/.exec(entry.toLowerCase());
  if (!m) return { host: entry.toLowerCase() };
  return m[2] ? { host: m[1] ?? '', port: m[2] } : { host: m[1] ?? '' };
}

const hosts = new Map<string, string>();

/**
 * A host as a connection reaches it, so a declared entry and an observed host compare however
 * either is spelled: lower case, no trailing dot, no brackets around an IPv6 address, and the URL
 * standard's form of the name (an international name in punycode, `bücher.example` →
 * `xn--bcher-kva.example`; an IPv6 address compressed, `2001:0db8:0:0::1` → `2001:db8::1`; an IPv4
 * address in dotted decimal). A `*.` wildcard keeps its star; what the URL parser refuses stays
 * as written.
 */
export function canonicalHost(host: string): string {
  return boundedMemo(hosts, host, MEMO_MAX, canonicalHostUncached);
}

function canonicalHostUncached(host: string): string {
  let h = host.trim().toLowerCase().replace(/\.+$/, '');
  const wild = h.startsWith('*.');
  if (wild) h = h.slice(2);
  const bare = h.replace(/^\[(.*)\]$/, '$1');
  if (h === '*' || bare === '') return host.trim().toLowerCase();
  let out = bare;
  try {
    const u = new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}/`).hostname;
    out = u.replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '') || bare;
  } catch {
    // not a host the URL standard parses: compared as written
  }
  return wild ? `*.${out}` : out;
}

/** an IP address literal (a `*.` wildcard never covers one) */
const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/;

/** the names of this machine's loopback interface: one endpoint, however the manifest names it */
const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '::1']);

export function hostAllowed(declared: readonly string[], host: string, port?: number): boolean {
  const h = canonicalHost(host);
  return declared.some((entry) => {
    const e = parseHostEntry(entry);
    const d = canonicalHost(e.host);
    const hostOk =
      d === '*' ||
      d === h ||
      (LOOPBACK_NAMES.has(d) && LOOPBACK_NAMES.has(h)) ||
      (d.startsWith('*.') && h.endsWith(d.slice(1)) && !IP_LITERAL.test(h));
    if (!hostOk) return false;
    if (!e.port || e.port === '*' || port === undefined) return true;
    return Number(e.port) === port;
  });
}

const globs = new Map<string, RegExp>();
const normalized = new Map<string, string>();

function globToRegExp(glob: string): RegExp {
  return boundedMemo(globs, glob, MEMO_MAX, compileGlob);
}

function compileGlob(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        const whole =
          (i === 1 || glob[i - 2] === '/') && (i + 1 === glob.length || glob[i + 1] === '/');
        if (whole && glob[i + 1] === '/') {
          // `a/**/b`: any number of whole folders between, none included (`a/b`)
          re += '(?:[^/]*/)*';
          i++;
        } else if (whole && re.endsWith('/')) {
          // `a/**`: the folder itself and everything beneath it
          re = `${re.slice(0, -1)}(?:/.*)?`;
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      // a character class (`[ab]`, `[!.]`, `[0-9]`): one character of a name, never `/`
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      const neg = body.startsWith('!') || body.startsWith('^');
      const set = (neg ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&').replace(/\//g, '');
      re += neg ? `[^/${set}]` : `[${set}]`;
      i = end;
    } else if (c === '{') {
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

/**
 * `~/x`, `./x` and `x` normalised so globs and observed paths compare: the home written as
 * `$HOME`, `${HOME}` or a home folder becomes `~`, `.` segments go and a `..` segment takes the
 * folder before it away (`~/.config/tool/../../.ssh/id_rsa` is `~/.ssh/id_rsa`). A `..` that leaves
 * the home, the root or the workspace stays at the front (`~/../x`, `../x`), where no declared
 * path of another form covers it.
 */
export function normalizePath(p: string): string {
  return boundedMemo(normalized, p, MEMO_MAX, normalizeUncached);
}

function normalizeUncached(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  s = s.replace(
    /^(?:\$HOME|\$\{HOME\}|%USERPROFILE%|\/home\/[^/]+|\/Users\/[^/]+|\/root|(?:\/[a-z]|[A-Za-z]:)\/Users\/[^/]+)(?=\/|$)/,
    '~',
  );
  const absolute = s.startsWith('/');
  const parts = s.split('/');
  const root = absolute ? '' : parts[0] === '~' || parts[0] === '$SKILL' ? parts[0] : undefined;
  const rest = root !== undefined ? parts.slice(1) : parts;
  const out: string[] = [];
  for (const seg of rest) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  if (root === undefined) return out.join('/') || (s.startsWith('.') ? '.' : '');
  if (root === '') return `/${out.join('/')}`;
  return out.length ? `${root}/${out.join('/')}` : root;
}

/** how many folders a normalised path climbs above its root (`../../x` 2, `$SKILL/../x` 1, `~/x` 0) */
function climbs(p: string): number {
  return p.split('/').filter((seg) => seg === '..').length;
}

/** the root a normalised path starts from: the home, the skill, the file system's or the workspace */
function rootOf(p: string): string {
  return p.startsWith('~') ? '~' : p.startsWith('$') ? '$' : p.startsWith('/') ? '/' : '.';
}

export function pathAllowed(declared: readonly string[], observed: string): boolean {
  const o = normalizePath(observed);
  // a path that climbs out of its root (`~/../x`, `../x`, `$SKILL/../../.aws`) is covered only by a
  // declared path that climbs as far from the same root (`../notes.txt`, `../shared/**`): never by
  // a glob of the workspace (`./**`, `**`) nor by one that climbs less (`../**` for `../../x`)
  const up = climbs(o);
  const root = rootOf(o);
  const probe = globProbe(o);
  return declared.some((g) => {
    const d = normalizePath(g);
    if (climbs(d) !== up) return false;
    // a workspace glob never covers home or absolute paths, nor the skill's
    if (rootOf(d) !== root) return false;
    if (d === o || o.startsWith(`${d}/`)) return true;
    return globToRegExp(d).test(probe);
  });
}

/**
 * An observed path that is itself a glob or has computed parts (`~/x/**` of a recursive glob,
 * `~/x/*` of a name known at run time) as a path the declared glob must cover: a `**` stands for
 * folders within folders, a `*` for some name, so a declared `~/x/*` covers `~/x/*` and not
 * `~/x/**`, and a declared file covers neither.
 */
function globProbe(o: string): string {
  return o.replace(/\*\*/g, '\u0001/\u0001').replace(/\*/g, '\u0001');
}

/**
 * the standard stores of credentials (SSH, cloud, container and package-registry credentials,
 * password stores, browser profiles, keychains, wallets, an agent's own login), as opposed to a
 * tool's or the user's own settings file (`~/.env.local`, `~/.config/tool/env`)
 */
const CREDENTIAL_STORE =
  /^~\/(?:\.ssh|\.aws|\.azure|\.gnupg|\.kube|\.docker|\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.password-store|\.config\/(?:gh|gcloud|google-chrome|chromium|BraveSoftware|microsoft-edge)|\.mozilla|Library\/(?:Keychains|Application Support)|snap\/|\.(?:claude|codex)\/\.?(?:credentials|auth)|\.(?:electrum|bitcoin|ethereum|solana))|^\/etc\/(?:shadow|passwd|ssh)|(?:^|\/)(?:id_(?:rsa|ed25519|ecdsa|dsa)|\.git-credentials|credentials\.json|Cookies|Login Data)(?:$|\/)|keychain/i;

/**
 * A path that climbs out of the working folder or the skill (`../../.ssh/id_rsa`,
 * `$SKILL/../../../.aws/credentials`) reaches the home from a folder a few levels down it: the
 * same path under `~` (`~/.ssh/id_rsa`), so a credential store is one however far up a script
 * climbs to it. Undefined for a path that does not climb.
 */
export function homeward(p: string): string | undefined {
  const m = /^(?:\$SKILL\/)?(?:\.\/)*(?:\.\.\/)+(?!\.\.?\/)(.+)$/.exec(p);
  return m ? `~/${m[1] as string}` : undefined;
}

export function isCredentialStore(p: string): boolean {
  return CREDENTIAL_STORE.test(normalizePath(p));
}

/** A path outside the workspace and the skill: the ones a manifest must name. */
export function isOutsideWorkspace(p: string): boolean {
  const s = normalizePath(p);
  // a relative path that climbs out of the workspace (`../x`, `../../.ssh/id_rsa`), or a path of
  // the skill's that climbs out of the skill (`path.join(__dirname, '..', '..', '.aws')` is
  // `$SKILL/../../.aws` once the script's own folder is resolved): somewhere else on the machine
  if (/^(?:\$SKILL\/)?\.\.(?:\/|$)/.test(s)) return true;
  if (s.startsWith('$SKILL')) return false;
  if (/^\/(?:tmp|var\/tmp)(?:\/|$)/.test(s)) return false;
  if (/^\/dev\/(?:null|stdin|stdout|stderr|tty|urandom|random|zero|fd\/)/.test(s)) return false;
  if (/^\/proc\/self\//.test(s)) return false;
  return s.startsWith('~') || s.startsWith('/');
}

/**
 * Tools installed under a versioned name beside the plain one (`pip3`, `pip3.12`, `python3.11`,
 * `ruby3.2`, `node20`): one program, so a declared `pip` covers `pip3` and a declared `pip3`
 * covers `pip`. Only these families: elsewhere digits are part of the name (`base64`, `bzip2`).
 */
const VERSIONED =
  /^(pip|python|ruby|gem|perl|php|lua|node|nodejs|gcc|g\+\+|clang|clang\+\+)[0-9]+(?:\.[0-9]+)*$/;

/**
 * A program's name as the manifest names it: the last part of a path (`/usr/bin/git` → `git`,
 * `C:\\Tools\\git.exe` → `git`), and a versioned name as its family's (VERSIONED).
 */
export function programName(binary: string): string {
  const b = binary
    .slice(Math.max(binary.lastIndexOf('/'), binary.lastIndexOf('\\')) + 1)
    .replace(/\.exe$/i, '');
  return VERSIONED.exec(b)?.[1] ?? b;
}

/** programs that fetch a package and run its program: `npx prettier` runs prettier */
const PACKAGE_RUNNERS: ReadonlySet<string> = new Set(['npx', 'pnpx', 'bunx', 'uvx']);

/**
 * Does a declared exec entry cover running `binary` (with `sub`, its first argument when that is a
 * plain word)? A one-word entry (`git`) covers the program whatever it is given. A two-word entry
 * covers only what it names: `npm test` covers `npm test`, not `npm install x` nor an `npm` whose
 * first argument is unknown; `npx prettier` covers prettier (which the shell analyzer sees run
 * through npx) and `npx prettier`, never npx running another package.
 */
export function execAllowed(declared: readonly string[], binary: string, sub?: string): boolean {
  const b = programName(binary);
  if (IMPLICIT_EXEC.has(b)) return true;
  return declared.some((entry) => {
    const [first = '', second] = entry.split(' ');
    const program = programName(first);
    if (second === undefined) return program === b;
    // a runner's package by its name, whatever version it is asked for (`prettier@3.3.3`)
    if (PACKAGE_RUNNERS.has(program) && second === b.replace(/(?<=.)@[^@/]*$/, '')) return true;
    return program === b && sub === second;
  });
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
