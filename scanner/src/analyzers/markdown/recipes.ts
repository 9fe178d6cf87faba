/**
 * Build and task recipe files: the shell commands a Makefile, justfile, Dockerfile, dev container,
 * VS Code task, pre-commit hook, CI workflow, Taskfile, tox.ini or Procfile holds, as the shell
 * (or the interpreter the recipe names) would get them. A skill says "run `make setup`" and the
 * harm sits in the recipe: each recipe becomes a script whose lines stand where the recipe's lines
 * stand in the file (lines that hold no command are left empty), so the bash analyzer reads it
 * whole (continued lines, variables set and used) and its findings point into the recipe file.
 *
 * What each tool does to the text before its shell sees it is undone here: make's `$$` is `$`,
 * its `$(VAR)` the value the file gives VAR (or the environment's), `$(shell …)` the command
 * substitution it is; just's `{{var}}`; a Dockerfile's JSON-array form, ENV/ARG values (as shell
 * assignments, folded by the bash analyzer) and `RUN <<EOF` scripts; a workflow's
 * `${{ secrets.NAME }}`. A folder of the user's home mounted into a container (`docker run -v
 * $HOME:/h`, compose `volumes`, devcontainer `mounts`) is that folder: `/h/.aws` in the
 * container's commands is read as `$HOME/.aws`.
 */
import { escapeRegExp, type RuleLanguage } from '@skillgate/rules';
import { parse as parseJsoncText } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { lastAtMost, lineStarts } from '../../engine/lines.js';
import { shellWord } from './config.js';

export type RecipeKind =
  | 'make'
  | 'just'
  | 'docker'
  | 'compose'
  | 'devcontainer'
  | 'vscode-tasks'
  | 'workflow'
  | 'gitlab-ci'
  | 'pre-commit'
  | 'taskfile'
  | 'tox'
  | 'procfile'
  | 'cargo-alias';

export interface RecipeScript {
  /** 1-based line of the file where the script's first line stands */
  line: number;
  text: string;
  language: RuleLanguage;
}

export interface Recipes {
  kind: RecipeKind;
  scripts: RecipeScript[];
  /** tasks that run by themselves when the folder is opened (VS Code `runOn: folderOpen`) */
  autorun: Array<{ line: number; label: string; command: string }>;
  /** lines of the file that hold a command read here (the rest is left to the line scan) */
  covered: Set<number>;
}

export function recipeKind(path: string): RecipeKind | undefined {
  const p = path.toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (/^(?:gnu)?makefile$|\.mk$|^makefile\.[\w-]+$/.test(base)) return 'make';
  if (/^\.?justfile$|\.just$/.test(base)) return 'just';
  if (/^(?:docker|container)file(?:\.[\w.-]+)?$|\.(?:docker|container)file$/.test(base))
    return 'docker';
  if (/^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/.test(base)) return 'compose';
  if (/(?:^|\/)\.?devcontainer(?:\/[^/]+)?\/devcontainer\.json$|^\.devcontainer\.json$/.test(p))
    return 'devcontainer';
  if (/(?:^|\/)\.vscode\/tasks\.json$/.test(p)) return 'vscode-tasks';
  if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$|^action\.ya?ml$|\/action\.ya?ml$/.test(p))
    return 'workflow';
  if (/^\.gitlab-ci\.ya?ml$/.test(base)) return 'gitlab-ci';
  if (/^\.pre-commit-(?:config|hooks)\.ya?ml$/.test(base)) return 'pre-commit';
  if (/^taskfile(?:\.dist)?\.ya?ml$/.test(base)) return 'taskfile';
  if (base === 'tox.ini') return 'tox';
  if (base === 'procfile') return 'procfile';
  if (/(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p)) return 'cargo-alias';
  return undefined;
}

/** the most of the skill's files looked at for a home-folder mount */
const MOUNT_FILES = 400;

export function recipes(
  path: string,
  text: string,
  sibling?: (path: string) => string | undefined,
  /** the skill's files: any may declare the mounts (a script's `docker run -v`, a compose file) */
  paths: readonly string[] = [],
): Recipes | undefined {
  const kind = recipeKind(path);
  if (!kind) return undefined;
  const r: Recipes = { kind, scripts: [], autorun: [], covered: new Set() };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  switch (kind) {
    case 'make':
      makeRecipes(lines, r);
      break;
    case 'just':
      justRecipes(lines, r);
      break;
    case 'docker':
      dockerRecipes(lines, r);
      break;
    case 'procfile':
      procfileRecipes(lines, r);
      break;
    case 'tox':
      toxRecipes(lines, r);
      break;
    case 'cargo-alias':
      cargoAliasRecipes(lines, r);
      break;
    case 'devcontainer':
    case 'vscode-tasks':
      jsonRecipes(kind, text, r);
      break;
    default:
      yamlRecipes(kind, text, r);
  }
  // a container's commands see the home folders mounted into it as their own paths
  if (kind === 'docker' || kind === 'compose' || kind === 'devcontainer') {
    const others = paths.filter((p) => p !== path).slice(0, MOUNT_FILES);
    const mounts = homeMounts([text, ...others.map((p) => sibling?.(p) ?? '')].join('\n'));
    if (mounts.length) for (const s of r.scripts) s.text = mapMounts(s.text, mounts);
  }
  for (const s of r.scripts)
    s.text.split('\n').forEach((l, i) => {
      if (l.trim()) r.covered.add(s.line + i);
    });
  return r;
}

/**
 * A cargo config's `[alias]` entries, each the cargo command it expands to when the user types
 * the alias (`b = "install --git URL"` is `cargo install --git URL`, `t = ["run", "--manifest-path",
 * "/tmp/x/Cargo.toml"]`); its runner, wrapper and linker values are read by the line scan
 */
function cargoAliasRecipes(lines: readonly string[], r: Recipes): void {
  let alias = false;
  lines.forEach((l, i) => {
    const head = /^\s*\[\s*([^\]]+?)\s*\]/.exec(l);
    if (head) {
      alias = (head[1] as string).toLowerCase() === 'alias';
      return;
    }
    const kv = alias ? /^\s*[\w"'-]+\s*=\s*(.*)$/.exec(l) : null;
    if (!kv) return;
    const v = (kv[1] as string).trim();
    // an array holds the words, a string is split on blanks as cargo splits it
    const str = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(v);
    const words = v.startsWith('[')
      ? [...v.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '')
      : (str?.[1] ?? str?.[2] ?? '').split(/\s+/).filter(Boolean);
    const cmd = words.map(shellWord).join(' ');
    if (cmd.trim()) r.scripts.push({ line: i + 1, text: `cargo ${cmd}`, language: 'bash' });
  });
}

/** a script of `n` lines from `first`, each line set by `at` (1-based file line → text) */
function add(r: Recipes, byLine: Map<number, string>, language: RuleLanguage = 'bash'): void {
  if (!byLine.size) return;
  const nums = [...byLine.keys()].sort((a, b) => a - b);
  const first = nums[0] as number;
  const last = nums[nums.length - 1] as number;
  const out: string[] = [];
  for (let n = first; n <= last; n++) out.push(byLine.get(n) ?? '');
  if (out.some((l) => l.trim())) r.scripts.push({ line: first, text: out.join('\n'), language });
}

// ---------------------------------------------------------------------------------------------
// make

const MAKE_ASSIGN =
  /^\s*(?:(?:export|override|private)\s+)*([^\s:#=]+)\s*(::?=|:::=|\?=|\+=|!=|=)\s*([\s\S]*)$/;
const MAKE_RULE = /^([^\t#:=\s][^:=]*?)::?(?!=)([\s\S]*)$/;
const MAKE_DIRECTIVE = /^\s*(?:-?include|sinclude|vpath|unexport)\b/;
/** make functions whose value is their (last) text argument, near enough for what it names */
const MAKE_SILENT = new Set(['info', 'warning', 'error', 'eval', 'origin', 'flavor']);
const MAKE_FUNCS = new Set([
  'wildcard',
  'abspath',
  'realpath',
  'strip',
  'sort',
  'notdir',
  'dir',
  'basename',
  'suffix',
  'firstword',
  'lastword',
  'subst',
  'patsubst',
  'filter',
  'filter-out',
  'findstring',
  'word',
  'wordlist',
  'words',
  'join',
  'foreach',
  'if',
  'or',
  'and',
  'value',
  'file',
  'let',
  'intcmp',
]);
const MAKE_AUTO: Record<string, string> = {
  '@': 'target',
  '<': 'prereq',
  '^': 'prereqs',
  '+': 'prereqs',
  '?': 'prereqs',
  '*': 'stem',
  '|': '',
  '%': 'member',
};

/** logical lines: a line ending in `\` continues on the next (the recipes' own are kept apart) */
function makeVars(lines: string[]): Map<string, string> {
  const vars = new Map<string, string>();
  let define: string | undefined;
  let defined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i] as string;
    if (define !== undefined) {
      if (/^\s*endef\b/.test(l)) {
        vars.set(define, defined.join('\n'));
        define = undefined;
      } else defined.push(l);
      continue;
    }
    if (l.startsWith('\t')) continue;
    while (/\\$/.test(l) && i + 1 < lines.length)
      l = l.slice(0, -1) + ' ' + (lines[++i] as string).trim();
    const d = /^\s*(?:(?:export|override)\s+)*define\s+([^\s=:]+)/.exec(l);
    if (d) {
      define = d[1] as string;
      defined = [];
      continue;
    }
    const m = MAKE_ASSIGN.exec(l);
    if (!m) continue;
    const [, name, op, raw] = m as unknown as [string, string, string, string];
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (op === '?=' && vars.has(name)) continue;
    if (op === '+=') vars.set(name, `${vars.get(name) ?? ''} ${value}`.trim());
    else if (op === '!=') vars.set(name, `$(shell ${value})`);
    else vars.set(name, value);
  }
  return vars;
}

function closing(s: string, open: number): number {
  const o = s[open] as string;
  const c = o === '(' ? ')' : '}';
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === o) depth++;
    else if (s[j] === c && --depth === 0) return j;
  }
  return -1;
}

/** top-level comma-separated arguments of a make function */
function makeArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < s.length; j++) {
    const ch = s[j];
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(s.slice(from, j));
      from = j + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** longest text one expansion yields: variables that repeat each other (`A = $(B) $(B)`, `B = …`)
 * double at each level, and a recipe line is judged by its start */
const EXPANDED_MAX = 4000;

/** each variable's expansion, once per file (automatic variables do not reach a variable's value
 * here: they are placeholders) */
const expanded = new WeakMap<Map<string, string>, Map<string, string>>();

/** make's expansion of a recipe line or value, as the shell receives it */
export function makeExpand(s: string, vars: Map<string, string>, seen: string[] = []): string {
  if (seen.length > 12) return '';
  let out = '';
  for (let i = 0; i < s.length && out.length < EXPANDED_MAX; i++) {
    const ch = s[i] as string;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const n = s[i + 1];
    if (n === undefined) {
      out += '$';
      continue;
    }
    if (n === '$') {
      out += '$';
      i++;
      continue;
    }
    if (n === '(' || n === '{') {
      const j = closing(s, i + 1);
      if (j < 0) {
        out += s.slice(i);
        break;
      }
      out += makeRef(s.slice(i + 2, j), vars, seen);
      i = j;
      continue;
    }
    i++;
    out += n in MAKE_AUTO ? MAKE_AUTO[n] : makeVar(n, vars, seen);
  }
  return out.slice(0, EXPANDED_MAX);
}

function makeVar(name: string, vars: Map<string, string>, seen: string[]): string {
  const v = vars.get(name);
  if (v !== undefined && !seen.includes(name)) {
    let memo = expanded.get(vars);
    if (!memo) expanded.set(vars, (memo = new Map()));
    let x = memo.get(name);
    if (x === undefined) memo.set(name, (x = makeExpand(v, vars, [...seen, name])));
    return x;
  }
  if (name === 'MAKE') return 'make';
  if (name === 'CURDIR') return '$PWD';
  if (name === 'SHELL') return '/bin/sh';
  if (/^[@<^*?+][DF]$/.test(name)) return MAKE_AUTO[name[0] as string] ?? '';
  // a variable the file does not set is the environment's (make imports it)
  return /^[A-Za-z_]\w*$/.test(name) ? `\${${name}}` : '';
}

function makeRef(inner: string, vars: Map<string, string>, seen: string[]): string {
  const f = /^([a-z-]+)\s+([\s\S]*)$/.exec(inner);
  if (
    f &&
    (f[1] === 'shell' || MAKE_SILENT.has(f[1] as string) || MAKE_FUNCS.has(f[1] as string))
  ) {
    const [, fn, args] = f as unknown as [string, string, string];
    if (fn === 'shell') return `$(${makeExpand(args, vars, seen)})`;
    if (MAKE_SILENT.has(fn)) return '';
    const parts = makeArgs(args).map((a) => makeExpand(a, vars, seen).trim());
    return parts[parts.length - 1] ?? '';
  }
  if (f?.[1] === 'call') {
    // `$(call NAME,a,b)`: NAME's text (a `define` too) with `$(1)`, `$(2)` the arguments given
    const [name = '', ...given] = makeArgs(f[2] as string).map((a) =>
      makeExpand(a, vars, seen).trim(),
    );
    const body = vars.get(name.trim());
    if (body === undefined || seen.includes(name)) return '';
    const bound = body.replace(
      /\$(?:\((\d)\)|\{(\d)\}|(\d))/g,
      (_m, a?: string, b?: string, c?: string) =>
        (given[Number(a ?? b ?? c) - 1] ?? '').replace(/\$/g, '$$$$'),
    );
    return makeExpand(bound, vars, [...seen, name]);
  }
  if (f && (f[1] === 'addprefix' || f[1] === 'addsuffix')) {
    const parts = makeArgs(f[2] as string).map((a) => makeExpand(a, vars, seen).trim());
    const [fix, list] = [parts[0] ?? '', parts[1] ?? ''];
    return list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (f[1] === 'addprefix' ? fix + w : w + fix))
      .join(' ');
  }
  // `$(VAR:.c=.o)` is VAR with its words' endings changed: VAR's words are near enough
  const name = makeExpand(inner.replace(/:[^:]*=.*$/, ''), vars, seen).trim();
  return makeVar(name, vars, seen);
}

/** a recipe line as the shell gets it: a multi-line variable (a `define`) is one command per line */
const recipeLine = (body: string, vars: Map<string, string>) =>
  makeExpand(body, vars).replace(/\n+/g, '; ');

function makeRecipes(lines: string[], r: Recipes): void {
  const vars = makeVars(lines);
  // `SHELL := python3`: the recipes are that interpreter's code, each line a program of its own
  // unless `.ONESHELL:` makes the recipe one
  const shell = vars.get('SHELL');
  const lang =
    shell === undefined ? 'bash' : (interpreterLanguage(makeExpand(shell, vars)) ?? 'bash');
  const oneShell = lang === 'bash' || lines.some((l) => /^\.ONESHELL\s*:/.test(l));
  let recipe: Map<number, string> | undefined;
  let continued = false;
  let define = false;
  const flush = () => {
    if (recipe && oneShell) add(r, recipe, lang);
    else if (recipe) for (const [n, l] of recipe) add(r, new Map([[n, l]]), lang);
    recipe = undefined;
  };
  const parseTime = (i: number, l: string) => {
    // `$(shell …)` outside a recipe runs when make reads the file, whatever the target
    const subs: string[] = [];
    for (
      let k = l.indexOf('$(shell');
      k >= 0 && subs.length < 20;
      k = l.indexOf('$(shell', k + 1)
    ) {
      const j = closing(l, k + 1);
      if (j < 0) break;
      subs.push(makeExpand(l.slice(k + 8, j), vars));
    }
    const bang = MAKE_ASSIGN.exec(l);
    if (bang && bang[2] === '!=') subs.push(makeExpand(bang[3] as string, vars));
    if (subs.length) add(r, new Map([[i + 1, subs.join('; ')]]));
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (define) {
      if (/^\s*endef\b/.test(l)) define = false;
      continue;
    }
    if (l.startsWith('\t') && (recipe || continued)) {
      recipe ??= new Map();
      const body = continued ? l.slice(1) : l.slice(1).replace(/^[\s@+-]+/, '');
      recipe.set(i + 1, recipeLine(body, vars));
      continued = /\\$/.test(l);
      continue;
    }
    continued = false;
    if (!l.trim() || /^\s*#/.test(l)) continue;
    if (/^\s*(?:(?:export|override)\s+)*define\s/.test(l)) {
      define = true;
      flush();
      continue;
    }
    // conditionals do not end a recipe; other directives do
    if (/^\s*(?:ifeq|ifneq|ifdef|ifndef|else|endif)\b/.test(l)) continue;
    if (MAKE_DIRECTIVE.test(l)) {
      flush();
      continue;
    }
    const assign = MAKE_ASSIGN.exec(l);
    if (assign && !/^[^=]*:[^=]/.test(l.slice(0, l.indexOf(assign[2] as string)))) {
      flush();
      parseTime(i, l);
      continue;
    }
    const rule = MAKE_RULE.exec(l);
    flush();
    if (!rule) {
      parseTime(i, l);
      continue;
    }
    recipe = new Map();
    parseTime(i, rule[1] as string);
    const rest = rule[2] as string;
    const semi = rest.indexOf(';');
    if (semi >= 0) recipe.set(i + 1, recipeLine(rest.slice(semi + 1).trim(), vars));
    else parseTime(i, rest);
  }
  flush();
}

// ---------------------------------------------------------------------------------------------
// just

/** a just expression as the shell would get it: strings, `+` and `/` joins, env and home calls */
function justExpr(e: string, vars: Map<string, string>, params: Set<string>, depth = 0): string {
  const x = e.trim();
  if (depth > 8) return '';
  const parts: string[] = [];
  const re =
    /"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|(env_var(?:_or_default)?|env)\(\s*["']([^"']+)["'][^)]*\)|(home_dir(?:ectory)?|justfile_dir(?:ectory)?|invocation_dir(?:ectory)?)\(\s*\)|([A-Za-z_][\w-]*)|(\/)|\+/g;
  for (const m of x.matchAll(re)) {
    if (parts.join('').length > EXPANDED_MAX) break;
    if (m[1] !== undefined) parts.push(m[1].replace(/\\(.)/g, '$1'));
    else if (m[2] !== undefined) parts.push(m[2]);
    else if (m[3] !== undefined) parts.push(`$(${m[3]})`);
    else if (m[5] !== undefined) parts.push(`\${${m[5]}}`);
    else if (m[6] !== undefined) parts.push(/^home/.test(m[6]) ? '$HOME' : '.');
    else if (m[7] !== undefined) {
      const v = vars.get(m[7]);
      if (params.has(m[7])) parts.push(`\${${m[7].replace(/-/g, '_')}}`);
      else if (v !== undefined)
        parts.push(justExpr(v, vars, params, depth + 1).slice(0, EXPANDED_MAX));
      else parts.push(m[7]);
    } else if (m[8] !== undefined) parts.push('/');
  }
  return parts.join('');
}

function justInterpolate(line: string, vars: Map<string, string>, params: Set<string>): string {
  return line
    .replace(/\{\{\{\{/g, '\u0000')
    .replace(/\{\{([\s\S]*?)\}\}/g, (_, e: string) => justExpr(e, vars, params))
    .replace(/\u0000/g, '{{');
}

function justRecipes(lines: string[], r: Recipes): void {
  const vars = new Map<string, string>();
  const ASSIGN = /^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.+)$/;
  for (let i = 0; i < lines.length; i++) {
    const m = ASSIGN.exec(lines[i] as string);
    if (!m) continue;
    vars.set(m[1] as string, m[2] as string);
    // a backtick runs when just loads the file
    const ticks = [...(m[2] as string).matchAll(/`([^`]+)`/g)].map((t) => t[1] as string);
    if (ticks.length) add(r, new Map([[i + 1, ticks.join('; ')]]));
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (/^\s/.test(l) || ASSIGN.test(l) || /^\s*(?:#|\[|set\s|alias\s|import\s|mod\s)/.test(l))
      continue;
    const h = /^@?([A-Za-z_][\w-]*)((?:\s+[^:]*?)?)\s*:(?!=)(.*)$/.exec(l);
    if (!h) continue;
    const params = new Set(
      [...(h[2] as string).matchAll(/[+*$]?([A-Za-z_][\w-]*)(?:=(?:"[^"]*"|'[^']*'|\S+))?/g)].map(
        (p) => p[1] as string,
      ),
    );
    const body = new Map<number, string>();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const b = lines[j] as string;
      if (b.trim() && !/^\s/.test(b)) break;
      if (b.trim()) body.set(j + 1, b);
    }
    if (!body.size) continue;
    const first = [...body.values()][0] as string;
    const shebang = /^\s*#!(.*)$/.exec(first);
    const out = new Map<number, string>();
    for (const [n, b] of body) {
      const t = b.replace(/^\s+/, '');
      out.set(n, justInterpolate(shebang ? t : t.replace(/^[@-]+\s*/, ''), vars, params));
    }
    const lang: RuleLanguage = shebang
      ? (interpreterLanguage(shebang[1] as string) ?? 'bash')
      : 'bash';
    add(r, out, lang);
    i = j - 1;
  }
}

function interpreterLanguage(cmd: string): RuleLanguage | undefined {
  if (/\bpython[0-9.]*\b/.test(cmd)) return 'python';
  if (/\b(?:node|deno|bun)\b/.test(cmd)) return 'javascript';
  if (/\b(?:pwsh|powershell)\b/i.test(cmd)) return 'powershell';
  if (/\b(?:ba|z|k|da)?sh\b/.test(cmd)) return 'bash';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

/** an exec-form (JSON array) command as a shell line: `sh -c SCRIPT` is SCRIPT */
export function execForm(words: unknown[]): string | undefined {
  if (!words.length || !words.every((w) => typeof w === 'string')) return undefined;
  const w = words as string[];
  if (/^(?:\/(?:usr\/)?bin\/)?(?:ba|z|da)?sh$/.test(w[0] as string) && /^-\w*c$/.test(w[1] ?? ''))
    return w[2] ?? '';
  return w.map(shellWord).join(' ');
}

const DOCKER_FLAGS = /^(?:\s*--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S+))?)+\s*/;

/** `ADD [--checksum=sha256:HEX] URL… DEST`: each remote source fetched to DEST (a git URL cloned) */
function dockerAdd(rest: string): string | undefined {
  const flags = DOCKER_FLAGS.exec(rest)?.[0] ?? '';
  const body = rest.slice(flags.length).trim();
  let words: unknown;
  try {
    words = /^\[/.test(body) ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
  const ws = Array.isArray(words) ? words.map(String) : body.split(/\s+/);
  const dest = ws[ws.length - 1] ?? '';
  const sum = /--checksum=sha256:([0-9a-f]{64})\b/i.exec(flags)?.[1];
  const cmds: string[] = [];
  for (const src of ws.slice(0, -1)) {
    if (/^git@|^https?:\/\/\S+\.git(?:#\S*)?$/.test(src)) {
      cmds.push(`git clone ${shellWord(src.replace(/#.*$/, ''))} ${shellWord(dest)}`);
      continue;
    }
    if (!/^(?:https?|ftp):\/\//.test(src)) continue;
    const file = dest.endsWith('/')
      ? dest +
        (src
          .replace(/[?#].*$/, '')
          .split('/')
          .pop() ?? '')
      : dest;
    // a digest given with the download is checked before anything after it runs (a pin)
    const check = sum ? ` && echo ${shellWord(`${sum}  ${file}`)} | sha256sum -c - || exit 1` : '';
    cmds.push(`curl -fsSL ${shellWord(src)} -o ${shellWord(file)}${check}`);
  }
  return cmds.length ? cmds.join('; ') : undefined;
}

function dockerRecipes(lines: string[], r: Recipes): void {
  const out = new Map<number, string>();
  const langs: RecipeScript[] = [];
  /** what reads the shell form of RUN, CMD and ENTRYPOINT (a `SHELL [...]` before them) */
  let shell: RuleLanguage = 'bash';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (!l.trim() || /^\s*#/.test(l)) continue;
    // the instruction's lines: continued by a trailing backslash
    const start = i;
    const parts: string[] = [l];
    while (/\\\s*$/.test(lines[i] as string) && i + 1 < lines.length) {
      i++;
      const c = lines[i] as string;
      parts.push(/^\s*#/.test(c) ? '' : c);
    }
    const m = /^\s*(?:ONBUILD\s+)?(\w+)\s*([\s\S]*)$/i.exec(parts[0] as string);
    if (!m) continue;
    let key = (m[1] as string).toUpperCase();
    let rest = m[2] as string;
    if (key === 'HEALTHCHECK') {
      const c = /^(?:.*?\s)?CMD\s+([\s\S]*)$/i.exec(rest);
      if (!c) continue;
      key = 'CMD';
      rest = c[1] as string;
    }
    if (key === 'ENV' || key === 'ARG') {
      const kv = /^([A-Za-z_]\w*)\s+(?!\S*=)(.+)$/.exec(rest.trim());
      const pairs = kv
        ? `${kv[1]}=${shellWord((kv[2] as string).trim())}`
        : rest.replace(/\\\s*$/, '').trim();
      if (/=/.test(pairs)) out.set(start + 1, `${key === 'ENV' ? 'export ' : ''}${pairs}`);
      for (let k = 1; k < parts.length; k++) out.set(start + 1 + k, (parts[k] as string).trim());
      continue;
    }
    if (key === 'ADD') {
      const fetched = dockerAdd(rest);
      if (fetched) out.set(start + 1, fetched);
      continue;
    }
    if (key === 'SHELL') {
      // `SHELL ["python3", "-c"]`: later shell-form lines are that language's code; a script
      // after `-c` (`["/bin/sh", "-c", "…"]`) runs at each of them, and a program that is no
      // interpreter known here is run with their text
      let words: unknown;
      try {
        words = JSON.parse([rest, ...parts.slice(1)].join('\n').replace(/\\\s*\n/g, ' '));
      } catch {
        continue;
      }
      if (!Array.isArray(words) || !words.length || !words.every((w) => typeof w === 'string'))
        continue;
      const w = words as string[];
      const lang = interpreterLanguage(w[0] as string);
      shell = lang ?? 'bash';
      const c = w.findIndex((x, k) => k > 0 && /^-\w*c$/.test(x));
      const script = c > 0 && lang !== 'powershell' ? w[c + 1] : undefined;
      if (script !== undefined && shell === 'bash') out.set(start + 1, script);
      else if (script !== undefined) langs.push({ line: start + 1, text: script, language: shell });
      else if (!lang) out.set(start + 1, w.map(shellWord).join(' '));
      continue;
    }
    if (key !== 'RUN' && key !== 'CMD' && key !== 'ENTRYPOINT') continue;
    if (key === 'RUN') rest = rest.replace(DOCKER_FLAGS, '');
    // `RUN <<EOF` (or `RUN python3 <<EOF`): the here-document is the script
    const here = /^([^<]*?)<<-?\s*["']?(\w+)["']?\s*$/.exec(rest.trim());
    if (here && parts.length === 1) {
      const body = new Map<number, string>();
      let j = i + 1;
      for (; j < lines.length && (lines[j] as string).trim() !== here[2]; j++)
        body.set(j + 1, lines[j] as string);
      const lang = interpreterLanguage((here[1] as string) || 'sh') ?? 'bash';
      if (lang === 'bash') for (const [n, b] of body) out.set(n, b);
      else {
        const s: Recipes = { ...r, scripts: [] };
        add(s, body, lang);
        langs.push(...s.scripts);
      }
      i = j;
      continue;
    }
    const joined = [rest, ...parts.slice(1)].join('\n');
    if (/^\s*\[/.test(rest)) {
      try {
        const words = JSON.parse(joined.replace(/\\\s*\n/g, ' ')) as unknown;
        const cmd = Array.isArray(words) ? execForm(words) : undefined;
        if (cmd !== undefined) {
          out.set(start + 1, cmd);
          continue;
        }
      } catch {
        // not JSON: the shell form
      }
    }
    if (shell !== 'bash') {
      const s: Recipes = { ...r, scripts: [] };
      add(s, new Map(parts.map((p, k) => [start + 1 + k, k ? p : rest])), shell);
      langs.push(...s.scripts);
      continue;
    }
    out.set(start + 1, rest);
    for (let k = 1; k < parts.length; k++) out.set(start + 1 + k, parts[k] as string);
  }
  add(r, out);
  r.scripts.push(...langs);
}

// ---------------------------------------------------------------------------------------------
// Procfile, tox.ini

function procfileRecipes(lines: string[], r: Recipes): void {
  lines.forEach((l, i) => {
    const m = /^([\w.-]+)\s*:\s*(\S.*)$/.exec(l);
    if (m) add(r, new Map([[i + 1, m[2] as string]]));
  });
}

function toxRecipes(lines: string[], r: Recipes): void {
  const subst = (s: string) =>
    s
      .replace(/\{(?:toxinidir|toxworkdir|envdir|envtmpdir|envsitepackagesdir)\}/g, '.')
      .replace(/\{envpython\}/g, 'python')
      .replace(/\{(?!env:)[^{}]*\}/g, '')
      .replace(/\{env:([A-Za-z_]\w*)(?::[^}]*)?\}/g, '${$1}');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(commands(?:_pre|_post)?|install_command)\s*=\s*(.*)$/.exec(lines[i] as string);
    if (!m) continue;
    const body = new Map<number, string>();
    if ((m[2] as string).trim()) body.set(i + 1, subst(m[2] as string).replace(/^-\s*/, ''));
    let j = i + 1;
    for (; j < lines.length && /^\s+\S|^\s*$/.test(lines[j] as string); j++)
      body.set(j + 1, subst((lines[j] as string).trim()).replace(/^-\s*/, ''));
    add(r, body);
    i = j - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON: devcontainer.json, .vscode/tasks.json

const DEVCONTAINER_KEYS = [
  'initializeCommand',
  'onCreateCommand',
  'updateContentCommand',
  'postCreateCommand',
  'postStartCommand',
  'postAttachCommand',
];

/**
 * JSON with comments and trailing commas, read by jsonc-parser as VS Code reads devcontainer.json
 * and tasks.json: tolerant of errors, so a file VS Code still runs (a missing comma, an unclosed
 * object) is not skipped here; undefined only when nothing could be read
 */
export function parseJsonc(text: string): unknown {
  return parseJsoncText(text, [], { allowTrailingComma: true });
}

function jsonRecipes(kind: RecipeKind, text: string, r: Recipes): void {
  const doc = parseJsonc(text);
  if (!doc || typeof doc !== 'object') return;
  const starts = lineStarts(text);
  const lineAt = (needle: string, from = 0): number => {
    const at = text.indexOf(needle, from);
    return at < 0 ? 0 : lastAtMost(starts, at) + 1;
  };
  /** the line of a string value: its JSON spelling, else the key that holds it */
  const place = (s: string, key: string): number =>
    lineAt(JSON.stringify(s).slice(1, -1)) || lineAt(`"${key}"`) || 1;
  const command = (v: unknown, key: string): void => {
    if (typeof v === 'string') add(r, new Map([[place(v, key), v]]));
    else if (Array.isArray(v)) {
      const cmd = execForm(v);
      if (cmd !== undefined)
        add(r, new Map([[place(String(v[v.length - 1] ?? v[0]), key) || 1, cmd]]));
    } else if (v && typeof v === 'object')
      for (const x of Object.values(v as Record<string, unknown>)) command(x, key);
  };
  const o = doc as Record<string, unknown>;
  if (kind === 'devcontainer') {
    for (const k of DEVCONTAINER_KEYS) if (k in o) command(o[k], k);
    return;
  }
  const tasks = Array.isArray(o['tasks']) ? (o['tasks'] as unknown[]) : [];
  for (const t of tasks.slice(0, 200)) {
    if (!t || typeof t !== 'object') continue;
    const task = t as Record<string, unknown>;
    const lines: string[] = [];
    for (const v of [task, task['linux'], task['osx'], task['windows']]) {
      if (!v || typeof v !== 'object') continue;
      const x = v as Record<string, unknown>;
      const c = typeof x['command'] === 'string' ? x['command'] : undefined;
      if (!c) continue;
      const args = Array.isArray(x['args'])
        ? (x['args'] as unknown[]).map((a) =>
            typeof a === 'string'
              ? a
              : a && typeof a === 'object' && typeof (a as { value?: unknown }).value === 'string'
                ? ((a as { value: string }).value as string)
                : '',
          )
        : [];
      // a shell task's command is a command line; a process task's is one program
      const shell = (x['type'] ?? task['type']) !== 'process';
      const line = [shell ? c : shellWord(c), ...args.map(shellWord)].join(' ');
      lines.push(line);
      add(r, new Map([[place(c, 'command'), line]]));
    }
    if (task['type'] === 'npm' && typeof task['script'] === 'string')
      lines.push(`npm run ${shellWord(task['script'])}`);
    const runOn = (task['runOptions'] as { runOn?: unknown } | undefined)?.runOn;
    if (runOn === 'folderOpen') {
      const label = typeof task['label'] === 'string' ? task['label'] : '';
      r.autorun.push({
        line: lineAt('folderOpen') || 1,
        label,
        command: lines.join('; ') || (label ? `the task "${label}"` : 'a task'),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// YAML: workflows, GitLab CI, pre-commit, Taskfile, compose

const YAML_KEYS: Partial<Record<RecipeKind, RegExp>> = {
  workflow: /^run$/,
  'gitlab-ci': /^(?:script|before_script|after_script)$/,
  'pre-commit': /^entry$/,
  taskfile: /^(?:cmds?|cmd)$/,
  compose: /^(?:command|entrypoint)$/,
};

/** `${{ secrets.NAME }}` is the secret NAME; another expression a value the shell cannot see */
const ghExpr = (s: string) =>
  s.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, e: string) => {
    const m = /^(?:secrets|env|vars)\.([A-Za-z_]\w*)$/.exec(e);
    return m ? `\${${m[1]}}` : 'EXPR';
  });

function yamlRecipes(kind: RecipeKind, text: string, r: Recipes): void {
  const keys = YAML_KEYS[kind];
  if (!keys) return;
  let doc;
  try {
    doc = parseDocument(text, { strict: false, uniqueKeys: false, prettyErrors: false });
  } catch {
    return;
  }
  const starts = lineStarts(text);
  const lineOf = (at: number) => lastAtMost(starts, at) + 1;
  const one = (node: unknown, language: RuleLanguage): void => {
    if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const first = lineOf(node.range[0]) + (block ? 1 : 0);
      // a block scalar's lines stand where they are written; a flow scalar is one line
      const value = kind === 'workflow' ? ghExpr(node.value) : node.value;
      const ls = block ? value.replace(/\n$/, '').split('\n') : [value.replace(/\n/g, ' ')];
      add(r, new Map(ls.map((l, k) => [first + k, l])), language);
    } else if (isSeq(node)) {
      // an exec-form list (compose `command: ["sh", "-c", …]`) or a list of commands
      const words = node.items.map((x) => (isScalar(x) ? x.value : undefined));
      if (kind === 'compose' && words.every((w) => typeof w === 'string') && node.range) {
        const cmd = execForm(words);
        if (cmd !== undefined) add(r, new Map([[lineOf(node.range[0]), cmd]]));
        return;
      }
      // (a Taskfile's `- cmd: …` item is a pair of its own the visitor reaches)
      for (const x of node.items) if (!isMap(x)) one(x, language);
    }
  };
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key) || !keys.test(String(pair.key.value))) return;
      // a step's `shell:` names what reads its `run:`
      const parent = path[path.length - 1] as Node | undefined;
      let language: RuleLanguage = 'bash';
      if (isMap(parent)) {
        const sh = parent.items.find((p) => isScalar(p.key) && p.key.value === 'shell');
        const v = sh && isScalar(sh.value) ? String(sh.value.value) : '';
        language = (v && interpreterLanguage(v)) || (/\bcmd\b/.test(v) ? 'powershell' : 'bash');
      }
      one(pair.value, language);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// home folders mounted into a container

const HOME_REF = String.raw`(?:\$HOME|\$\{HOME\}|~|\$\{localEnv:HOME\}|\$\{localEnv:USERPROFILE\}|%USERPROFILE%|\/(?:Users|home)\/[\w.-]+)`;
/** `-v HOME[/sub]:/target`, a compose `- HOME[/sub]:/target` list item */
const VOLUME = new RegExp(
  String.raw`(?:(?:-v|--volume)[=\s]+|^\s*-\s+)["']?(${HOME_REF})((?:\/[^:\s"']*)?):(\/[^:\s"',]+)`,
  'gm',
);
/** `--mount type=bind,source=HOME/sub,target=/x` or devcontainer's `source=…,target=…` */
const MOUNT = new RegExp(
  String.raw`(?:src|source)=(${HOME_REF})((?:\/[^,\s"']*)?)[^\s"']*?,(?:[\w-]+=[^,\s"']*,)*?(?:dst|target|destination)=(\/[^,\s"']+)|(?:dst|target|destination)=(\/[^,\s"']+),(?:[\w-]+=[^,\s"']*,)*?(?:src|source)=(${HOME_REF})((?:\/[^,\s"']*)?)`,
  'g',
);

/** [container path, home-relative path] pairs a skill's files mount */
export function homeMounts(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(VOLUME)) out.push([m[3] as string, m[2] ?? '']);
  for (const m of text.matchAll(MOUNT))
    out.push(m[3] ? [m[3], m[2] ?? ''] : [m[4] as string, m[6] ?? '']);
  return out
    .map(([t, s]): [string, string] => [t.replace(/\/+$/, ''), s.replace(/\/+$/, '')])
    .filter(([t]) => t.length > 1)
    .slice(0, 20);
}

/** a container path under a home mount as the home path it is */
export function mapMounts(script: string, mounts: Array<[string, string]>): string {
  let s = script;
  // the longest target first, so `/h/.aws` beats `/h`
  for (const [target, sub] of [...mounts].sort((a, b) => b[0].length - a[0].length))
    s = s.replace(
      new RegExp(String.raw`(?<![\w.$/~-])${escapeRegExp(target)}(?=/|[\s"';|&)]|$)`, 'gm'),
      `$HOME${sub}`,
    );
  return s;
}
