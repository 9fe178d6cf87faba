/**
 * Case-insensitive globs for rule patterns. Path globs: `*` stays within a path segment, `**`
 * crosses them, `{a,b}` alternates. Argument globs: `*` matches anything.
 */
/** bounded: a program path's glob comes from the scanned text (facts.ts globbedProgram) */
const cache = new Map<string, RegExp>();
const CACHE_MAX = 4096;

function escape(c: string): string {
  return c.replace(/[.+^$()|[\]\\/]/g, '\\$&');
}

export function globRegExp(glob: string, paths: boolean): RegExp {
  const key = `${paths ? 'p' : 'a'}\0${glob}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (paths && i === glob.length - 1 && re.endsWith('\\/')) {
          // `dir/**` also names the directory itself
          re = `${re.slice(0, -2)}(?:/.*)?`;
        } else if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += paths ? '[^/]*' : '.*';
    } else if (c === '?') re += paths ? '[^/]' : '.';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        const alts = glob.slice(i + 1, end).split(',');
        re += `(?:${alts.map((a) => [...a].map((x) => (x === '*' ? (paths ? '[^/]*' : '.*') : escape(x))).join('')).join('|')})`;
        i = end;
      }
    } else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
      re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else if (c === '\\' && i + 1 < glob.length) {
      re += escape(glob[i + 1] as string);
      i++;
    } else re += escape(c);
  }
  const rx = new RegExp(`^${re}$`, 'is');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, rx);
  return rx;
}

export function globAny(
  globs: readonly string[] | undefined,
  value: string,
  paths: boolean,
): boolean {
  if (!globs) return false;
  return globs.some((g) => globRegExp(g, paths).test(value));
}

/** Checks a glob compiles; returns a problem in plain words or undefined. */
export function globProblem(glob: unknown): string | undefined {
  if (typeof glob !== 'string' || !glob) return 'must be a non-empty string';
  try {
    globRegExp(glob, true);
    return undefined;
  } catch (e) {
    return `is not a valid glob (${(e as Error).message})`;
  }
}
