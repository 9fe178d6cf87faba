/**
 * Manifest path globs ↔ absolute host paths (pure). Manifest paths are relative to the workspace
 * unless they start with `~` (the user's home), `$SKILL` (the installed skill) or `$WORKSPACE`.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';

export interface PathContext {
  skillDir: string;
  workspace: string;
  home: string;
}

/**
 * The absolute glob a manifest entry stands for. The home may be written `~`, `$HOME` or
 * `${HOME}` (the scanner's normalizePath reads all three as the home, so what it judges declared
 * is what runs here).
 */
export function absoluteGlob(entry: string, ctx: PathContext): string {
  const e = entry.trim().replace(/^(?:\$HOME|\$\{HOME\})(?=\/|$)/, '~');
  const under = (root: string, rest: string) => path.posix.normalize(path.posix.join(root, rest));
  if (e === '$SKILL' || e.startsWith('$SKILL/'))
    return under(ctx.skillDir, e.slice('$SKILL'.length));
  if (e === '$WORKSPACE' || e.startsWith('$WORKSPACE/'))
    return under(ctx.workspace, e.slice('$WORKSPACE'.length));
  if (e === '~' || e.startsWith('~/')) return under(ctx.home, e.slice(1));
  if (e.startsWith('/')) return path.posix.normalize(e);
  return under(ctx.workspace, e);
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * The literal directory a glob starts from: everything before its first wildcard segment
 * (`/ws/out/**` → `/ws/out`, `/ws/out/*.json` → `/ws/out`, `/ws/a.txt` → `/ws/a.txt`).
 */
export function literalPrefix(absGlob: string): string {
  const segs = absGlob.split('/');
  const i = segs.findIndex((s) => GLOB_CHARS.test(s));
  if (i === -1) return absGlob;
  const p = segs.slice(0, i).join('/');
  return p === '' ? '/' : p;
}

/** True when `absPath` is matched by the glob or lies beneath a path the glob matches. */
export function coveredBy(absPath: string, absGlobs: readonly string[]): boolean {
  return absGlobs.some((g) => {
    const bare = g.replace(/\/\*\*$/, '');
    if (absPath === bare || absPath.startsWith(bare.endsWith('/') ? bare : `${bare}/`)) return true;
    return picomatch.isMatch(absPath, g, { dot: true });
  });
}

/** How a host path is written in a manifest: `$SKILL/…`, `./…`, `~/…`, or absolute. */
export function manifestPath(absPath: string, ctx: PathContext): string {
  const rel = (root: string) => {
    if (absPath === root) return '';
    return absPath.startsWith(`${root}/`) ? absPath.slice(root.length + 1) : undefined;
  };
  const s = rel(ctx.skillDir);
  if (s !== undefined) return s === '' ? '$SKILL' : `$SKILL/${s}`;
  const w = rel(ctx.workspace);
  if (w !== undefined) return w === '' ? '.' : `./${w}`;
  const h = rel(ctx.home);
  if (h !== undefined) return h === '' ? '~' : `~/${h}`;
  return absPath;
}

/** `$SKILL/…` and `$WORKSPACE/…` at the start of a command's arguments, expanded (no shell involved). */
export function expandArgv(argv: readonly string[], ctx: PathContext): string[] {
  return argv.map((a) => (/^\$(SKILL|WORKSPACE)(\/|$)/.test(a) ? absoluteGlob(a, ctx) : a));
}
