/**
 * What package.json, requirements.txt, pyproject.toml and node-gyp's binding.gyp say about
 * install-time behaviour.
 */
import { POPULAR_NPM, POPULAR_PYPI } from './popular.js';

export type ManifestFact =
  | { kind: 'lifecycle'; name: string; command: string; line: number }
  | { kind: 'script'; name: string; command: string; line: number }
  | { kind: 'requirement'; source: 'url' | 'vcs' | 'index' | 'local'; line: number }
  | { kind: 'dependency'; source: 'url' | 'vcs' | 'local'; line: number }
  /** a command the package puts on PATH under this name (package.json `bin`) */
  | { kind: 'bin'; name: string; line: number }
  /** a command node-gyp runs while it configures the build at `npm install` (`<!(cmd)`) */
  | { kind: 'gyp'; command: string; line: number }
  /** a dependency named one edit away from a popular package of its registry (`reqeusts`) */
  | { kind: 'lookalike'; name: string; of: string; line: number };

/** scripts npm runs by itself on install (npm docs, "Life Cycle Scripts") */
export const LIFECYCLE = new Set([
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
  'prepublish',
  'preuninstall',
  'uninstall',
  'postuninstall',
]);

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) return 1;
  let n = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

function depSource(spec: string): 'url' | 'vcs' | 'local' | undefined {
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(spec)) return 'vcs';
  if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec)) return 'vcs'; // GitHub shorthand user/repo
  if (/^https?:\/\//i.test(spec)) return /\.git(?:#.*)?$/.test(spec) ? 'vcs' : 'url';
  if (/^(?:file:|link:|\.{0,2}\/)/.test(spec)) return 'local';
  return undefined;
}

export function packageJsonFacts(text: string): ManifestFact[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!doc || typeof doc !== 'object') return [];
  const pkg = doc as Record<string, unknown>;
  const out: ManifestFact[] = [];
  const scripts = pkg['scripts'];
  if (scripts && typeof scripts === 'object') {
    for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
      if (typeof command !== 'string') continue;
      const line = lineOf(text, `"${name}"`);
      out.push(
        LIFECYCLE.has(name)
          ? { kind: 'lifecycle', name, command, line }
          : { kind: 'script', name, command, line },
      );
    }
  }
  const bin = pkg['bin'];
  if (bin && typeof bin === 'object')
    for (const name of Object.keys(bin as Record<string, unknown>))
      out.push({ kind: 'bin', name, line: lineOf(text, `"${name}"`) });
  for (const field of [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
  ]) {
    const deps = pkg[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      const source = depSource(spec);
      if (source) out.push({ kind: 'dependency', source, line: lineOf(text, `"${name}"`) });
      const of = lookalikeOf(name, 'npm');
      if (of) out.push({ kind: 'lookalike', name, of, line: lineOf(text, `"${name}"`) });
    }
  }
  return out;
}

export function requirementsFacts(text: string): ManifestFact[] {
  const out: ManifestFact[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    let source: 'url' | 'vcs' | 'index' | 'local' | undefined;
    const option =
      /^(?:-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host)(?:\s*=\s*|\s+|$)(\S*)/.exec(
        line,
      );
    // `--index-url https://pypi.org/simple` names the default index (as pyproject.toml's does)
    if (option) {
      if (!PYPI.test(option[1] ?? '') || !/^(?:-i|--index-url|--extra-index-url)/.test(line))
        source = 'index';
    } else if (/(?:^|[\s@])(?:git|hg|svn|bzr)\+[a-z]+:\/\//i.test(line)) source = 'vcs';
    else if (/(?:^|[\s@])(?:https?|ftp):\/\//i.test(line)) source = 'url';
    else if (/^(?:-e|--editable)\s/.test(line) || /^(?:\.{1,2}\/|\/|file:)/.test(line))
      source = 'local';
    if (source) out.push({ kind: 'requirement', source, line: i + 1 });
    else {
      const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
      const of = name && lookalikeOf(name, 'pypi');
      if (name && of) out.push({ kind: 'lookalike', name, of, line: i + 1 });
    }
  });
  return out;
}

/** the default Python package index: a source or index that names it changes nothing */
const PYPI = /^["']?https?:\/\/(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)\//i;

/**
 * What pyproject.toml asks installers to fetch from elsewhere than the default index, line by line
 * (no TOML parser: a line is judged by its own text and the table header above it):
 * - a PEP 508 direct reference in any quoted requirement (`"name @ https://…"`, `"x @ git+https://…"`,
 *   in project.dependencies, optional-dependencies, build-system.requires, dependency groups):
 *   url / vcs / local;
 * - a Poetry/PDM/uv source table entry `{ url = "https://…" }` / `{ git = "…" }` / `{ path = … }`;
 * - an index: `url = "https://…"` under [[tool.uv.index]], [[tool.poetry.source]],
 *   [[tool.pdm.source]], or `index-url` / `extra-index-url` / `find-links` under [tool.uv] or
 *   [tool.pip]; an index at pypi.org is the default and does not count.
 */
export function pyprojectFacts(text: string): ManifestFact[] {
  const out: ManifestFact[] = [];
  let table = '';
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      table = (header[1] as string).toLowerCase();
      return;
    }
    let source: 'url' | 'vcs' | 'index' | 'local' | undefined;
    const direct = /["'][A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*@\s*([a-z][\w+.-]*):\/\//i.exec(line);
    if (direct) {
      const scheme = (direct[1] as string).toLowerCase();
      source = /^(?:git|hg|svn|bzr)\+/.test(scheme)
        ? 'vcs'
        : scheme === 'file'
          ? 'local'
          : /^(?:https?|ftp)$/.test(scheme)
            ? 'url'
            : undefined;
    }
    if (!source && /=\s*\{[^}]*\bgit\s*=\s*["']/.test(line)) source = 'vcs';
    const url = /=\s*\{[^}]*\burl\s*=\s*(["'][^"']*["'])/.exec(line);
    if (!source && url && !PYPI.test(url[1] as string)) source = 'url';
    if (!source && /=\s*\{[^}]*\bpath\s*=\s*["']/.test(line)) source = 'local';
    if (!source) {
      const index =
        /^(?:tool\.uv\.index|tool\.poetry\.source|tool\.pdm\.source)$/.test(table) &&
        /^url\s*=\s*(["'][^"']*["'])/.exec(line);
      const setting =
        /^(?:tool\.uv|tool\.uv\.pip|tool\.pip)$/.test(table) &&
        /^(?:index-url|extra-index-url|find-links|index_url|extra_index_url)\s*=\s*\[?\s*(["'][^"']*["'])/.exec(
          line,
        );
      const value = (index || setting || undefined)?.[1];
      if (value !== undefined && /^["']https?:\/\//i.test(value) && !PYPI.test(value))
        source = 'index';
    }
    if (source) out.push({ kind: 'requirement', source, line: i + 1 });
  });
  return out;
}

/** a word quoted for the shell as it is (gyp hands an action's items to exec, one argv word each) */
const shQuote = (w: string): string =>
  /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`;

/**
 * binding.gyp (and the .gyp/.gypi files it includes): npm runs `node-gyp rebuild` on install for a
 * package that has one, and gyp runs the command of each `<!(cmd)` and `<!@(cmd)` expansion while
 * it reads the file. Each command, as written (a list form `<!(['a', 'b'])` is left out); and the
 * argv of each target's `'action': [...]` (and a rule's), which the build runs to make its
 * outputs, as the shell words it is.
 */
export function gypFacts(text: string): ManifestFact[] {
  const out: ManifestFact[] = [];
  const action = /['"]action['"]\s*:\s*\[/g;
  const item = /\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")\s*(,\s*\]|,|\])/y;
  for (let m = action.exec(text); m && out.length < 64; m = action.exec(text)) {
    const words: string[] = [];
    item.lastIndex = action.lastIndex;
    let closed = false;
    for (let k = item.exec(text); k && words.length < 256; k = item.exec(text)) {
      words.push((k[1] ?? k[2] ?? '').replace(/\\(.)/g, '$1'));
      if (k[3] !== ',') {
        closed = true;
        break;
      }
    }
    if (closed && words.length)
      out.push({
        kind: 'gyp',
        command: words.map(shQuote).join(' '),
        line: lineOf(text, text.slice(m.index, item.lastIndex)),
      });
  }
  const open = /<!@?\(/g;
  for (let m = open.exec(text); m && out.length < 64; m = open.exec(text)) {
    let depth = 1;
    let i = open.lastIndex;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    if (depth) break;
    const command = text.slice(open.lastIndex, i - 1).trim();
    if (command && !command.startsWith('['))
      out.push({ kind: 'gyp', command, line: lineOf(text, m[0] + text.slice(open.lastIndex, i)) });
    open.lastIndex = i;
  }
  return out;
}

/** is `a` one insertion, deletion, substitution or swap of two neighbours away from `b` */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const PYPI_SET = new Set(POPULAR_PYPI);
const NPM_SET = new Set(POPULAR_NPM);

/**
 * The popular package a dependency name imitates: one edit away (`reqeusts`, `expresss`,
 * `lodahs`), at least five letters long, not popular itself, and not the same name with a
 * version digit added or dropped (`markdown2`, `jinja`, `boto`: real packages of their own).
 */
export function lookalikeOf(raw: string, registry: 'pypi' | 'npm'): string | undefined {
  const name = registry === 'pypi' ? raw.toLowerCase().replace(/[-_.]+/g, '-') : raw;
  const popular = registry === 'pypi' ? PYPI_SET : NPM_SET;
  if (name.length < 5 || popular.has(name) || name.startsWith('@')) return undefined;
  for (const p of popular) {
    if (p.length < 5 || !oneEdit(name, p)) continue;
    if (name.replace(/\d+$/, '') === p.replace(/\d+$/, '')) continue;
    return p;
  }
  return undefined;
}
