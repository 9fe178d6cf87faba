/**
 * Packages a runner fetches and runs when the skill runs, by a spec that does not fix what runs:
 * `go run host.example/mod@latest` (a module path names a repository on its host; `@latest` or a
 * branch takes whatever that host serves then) and `npx -y @scope/pkg@latest` (a registry
 * package by a moving dist-tag, newest at run time). An exact version (`@v1.2.3`, a Go
 * pseudo-version of a commit, `@3.3.3`) is fixed: the module checksum database or the registry
 * keeps those bytes.
 */
import { baseName, type CmdFact } from './facts.js';
import { KNOWN_NPM_SCOPES, POPULAR_NPM, POPULAR_PYPI } from '../manifest/popular.js';

/** an exact version: Go's `v1.2.3` (and pseudo-versions `v0.0.0-…`), npm's or PyPI's `1.2.3` */
const EXACT = /^v?\d+\.\d+\.\d+(?:[-+.][\w.+-]*)?$/;
/** a Go module path: a host name with a dot as its first element */
const GO_MODULE = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/[^\s@]*)?@([^\s@]+)$/i;
/** the Go project's own module hosts: its tools (`golang.org/x/tools/cmd/stringer@latest`) */
const GO_OWN = /^(?:golang\.org|go\.googlesource\.com|go\.dev)$/i;
/** an npm spec `name@tag` or `@scope/name@tag`, or a PyPI one `name@tag` */
const REGISTRY_SPEC = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)@([^\s@/]+)$/i;

const NPM_POPULAR = new Set(POPULAR_NPM.map((n) => n.toLowerCase()));
const PYPI_POPULAR = new Set(POPULAR_PYPI.map((n) => n.toLowerCase()));
const NPM_SCOPES = new Set(KNOWN_NPM_SCOPES);

/**
 * `go run MODULE@VERSION` whose module is on a host other than the Go project's own and whose
 * version is not exact (`latest`, `master`, a branch or a query such as `>v1`)
 */
export function runsRemoteModule(f: CmdFact): boolean {
  if (f.fam !== 'go' || f.args[0]?.s !== 'run') return false;
  for (const a of f.args.slice(1)) {
    if (!a.known) continue;
    if (a.s === '--') break;
    const m = GO_MODULE.exec(a.s);
    if (m && !GO_OWN.test(m[1] as string) && !EXACT.test(m[2] as string)) return true;
  }
  return false;
}

/** a registry package named alone, without a version or tag: `tool`, `@scope/tool` */
const BARE_SPEC = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)$/i;
/** the option that answers yes to npx's "Need to install the following packages" */
const NPX_YES = /^(?:-y|--yes(?:=true)?)$/;

/**
 * A package runner (npx, pnpx, bunx, uvx, `pnpm dlx`, `yarn dlx`) runs a registry package that is
 * not among the popular ones (nor of a known publisher's npm scope, `@modelcontextprotocol/…`) by a moving tag (`@latest`, `@next`, `@canary`: not an exact version
 * nor a range of one), or by its name alone where that fetches the newest publish without asking:
 * `pnpm dlx`/`yarn dlx` always take the package from the registry, bunx does when the project has
 * no such bin and asks nobody, npx only once told yes (`-y`, `--yes`). A bare `npx tool` runs the
 * project's own bin first and asks before fetching one, so it is left alone; so is a bare `uvx
 * tool`, whose popular-package list (POPULAR_PYPI) lacks the linters and MCP servers skills name
 * that way (`uvx ruff check`), where `@latest` spelled out is a choice of the author's.
 */
export function runsMovingPackage(f: CmdFact): boolean {
  let spec: string | undefined;
  let pypi = false;
  let bareFetches = false;
  const runner = f.wrappers.find((w) => /^(?:npx|pnpx|bunx|uvx)$/.test(w));
  if (runner) {
    spec = f.program.known ? f.program.s : undefined;
    pypi = runner === 'uvx';
    bareFetches = runner === 'bunx' || npxTold(f, runner);
  } else if ((f.fam === 'pnpm' || f.fam === 'yarn') && f.args[0]?.s === 'dlx') {
    spec = f.args.slice(1).find((a) => a.known && !a.s.startsWith('-'))?.s;
    bareFetches = true;
  }
  // `npx -p pkg prettier`, `npm exec --package=pkg -- prettier`, `pnpm --package=pkg dlx tsc`:
  // the package named is fetched and put on PATH for the command, whatever the command's name
  // (an agent's shell has no terminal, so npx takes yes for its answer)
  if (runner !== 'uvx' && packageOptions(f).some((p) => moving(p, false, true))) return true;
  return !!spec && moving(spec, pypi, bareFetches);
}

/** the packages `-p`/`--package` names to npx, `npm exec`, `pnpm dlx` or `yarn dlx` */
function packageOptions(f: CmdFact): string[] {
  const words = f.cmd.words.map((w) => w.raw.replace(/^(["'])(.*)\1$/, '$2'));
  const at = words.findIndex((w) => /^(?:npx|pnpx|npm|pnpm|yarn|bunx)$/.test(baseName(w)));
  if (at < 0) return [];
  const out: string[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i] as string;
    const eq = /^--package=(.+)$/.exec(w);
    if (eq) out.push(eq[1] as string);
    else if ((w === '-p' || w === '--package') && words[i + 1]) out.push(words[++i] as string);
    else if (w === '--') break;
    else if (!w.startsWith('-') && !/^(?:exec|x|dlx)$/.test(w)) break;
  }
  return out.filter((p) => !/[$`\s]/.test(p));
}

/** a registry spec by a moving tag, or by its name alone where `bareFetches` */
function moving(spec: string, pypi: boolean, bareFetches: boolean): boolean {
  const m = REGISTRY_SPEC.exec(spec) ?? (bareFetches ? BARE_SPEC.exec(spec) : null);
  if (!m) return false;
  const tag = m[2];
  if (tag !== undefined && (EXACT.test(tag) || /^[\d^~<>=*]/.test(tag))) return false;
  const name = (m[1] as string).toLowerCase();
  if (!pypi && NPM_SCOPES.has(name.split('/')[0] as string)) return false;
  return !(pypi ? PYPI_POPULAR : NPM_POPULAR).has(name);
}

/** `npx -y …`/`pnpx --yes …`: the runner word `runner` of the command is followed by a yes */
function npxTold(f: CmdFact, runner: string): boolean {
  const words = f.cmd.words.map((w) => w.raw.replace(/^(["'])(.*)\1$/, '$2'));
  const at = words.findIndex((w) => baseName(w) === runner);
  if (at < 0) return false;
  for (const w of words.slice(at + 1)) {
    if (NPX_YES.test(w)) return true;
    if (!w.startsWith('-')) return false;
  }
  return false;
}

/** a system shell, by path or name, as npm's script-shell may name one (`/bin/bash`, `cmd.exe`) */
const SYSTEM_SHELL =
  /^["']?(?:(?:\/usr)?(?:\/local)?\/bin\/|\/opt\/homebrew\/bin\/|[a-z]:\\(?:[^"'\n]*\\)?)?(?:ba|z|da|k|fi)?sh(?:\.exe)?["']?$|^["']?(?:[a-z]:\\(?:[^"'\n]*\\)?)?(?:cmd|pwsh|powershell)(?:\.exe)?["']?$/i;
/** `script-shell=VALUE` in .npmrc text */
const NPMRC_SHELL = /^[ \t]*script[-_]shell[ \t]*=[ \t]*(\S.*?)[ \t]*$/gim;

/**
 * npm's `script-shell` set to a program other than a system shell: every `npm run`, install
 * script and `npx` then runs through that program. Set by `npm|pnpm|yarn config set script-shell
 * P` (`npm set …`, `script-shell=P`), or by the text an .npmrc write holds (echo/printf words, a
 * heredoc).
 */
export function setsScriptShell(f: CmdFact): boolean {
  const words = f.args.map((a) => (a.known ? a.s : '\uFFFF'));
  if (/^(?:npm|pnpm|yarn)$/.test(f.fam)) {
    const at = words.findIndex((w) => /^script[-_]shell(?:=|$)/.test(w));
    if (at < 0 || !words.slice(0, at).includes('set')) return false;
    const w = words[at] as string;
    const value = w.includes('=') ? w.slice(w.indexOf('=') + 1) : words[at + 1];
    return value !== undefined && !SYSTEM_SHELL.test(value);
  }
  if (!f.writes.some((w) => /(?:^|\/)\.npmrc$/.test(w))) return false;
  const text = [f.input ?? '', ...words].join('\n');
  for (const m of text.matchAll(NPMRC_SHELL)) if (!SYSTEM_SHELL.test(m[1] as string)) return true;
  return false;
}
