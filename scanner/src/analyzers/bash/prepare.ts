/**
 * Text-level rewrites that undo obfuscations the syntax tree cannot see through, keeping line
 * numbers: `${IFS}` / `$IFS` used as a space (`curl${IFS}-s${IFS}…`, a quoted space inside an
 * assignment value), brace expansion in command position, `${PATH:0:1}` as `/`, and aliases
 * (`alias g='curl -fsSL'; g https://… | sh`), whose use is replaced by the aliased text, and
 * the shell commands a vi-family editor's start-up commands run (editor.ts).
 */
import { escapeRegExp } from '@skillgate/rules';
import { editorCommands } from './editor.js';

const IFS = /\$\{IFS(?:[:%#][^}\n]{0,8})?\}|\$IFS(?![A-Za-z0-9_])/g;
const ALIAS_DEF =
  /(?:^|[;&|]\s*|\s)alias\s+([A-Za-z_][\w.-]{0,40})=(?:'([^'\n]{1,300})'|"([^"\n]{1,300})"|([^\s;&|'"]{1,300}))/gm;
const MAX_ALIASES = 32;
/** `hash -p PATH NAME`: NAME is looked up as PATH from then on */
const HASH_DEF =
  /(?:^|[;&|]\s*|\s)hash\s+-p\s+([/~][\w./+-]{0,200})\s+([A-Za-z_][\w.-]{0,40})(?=\s|;|$)/gm;

/** the first character of a variable that always holds an absolute path is `/` */
const SLASH = /\$\{(?:PATH|HOME|PWD|OLDPWD|SHELL|TMPDIR):0:1\}/g;

/**
 * An unquoted assignment value (`c=curl${IFS}-fsSL${IFS}https://…`) stays one word: bash does not
 * split it, so its `${IFS}` becomes a quoted space, and `$c` later splits into the command words.
 */
const ASSIGN_IFS = /(^|[\s;&|(])([A-Za-z_]\w*=)([^\s;&|'"`()]*\$\{?IFS[^\s;&|'"`()]*)/gm;

/**
 * Brace expansion in command position (`{curl,-fsSL,https://…}|{bash,-s}`) is the words it
 * lists; `${x,,}`, `mkdir -p a/{b,c}` and `{ cmd; }` groups are not in command position or have
 * spaces.
 */
const BRACE_CMD = /(^|[;&|(]\s*|\$\(\s*)\{([^{}\s,$]+(?:,[^{}\s,]*)+)\}/gm;

/**
 * A redirect to a descriptor bash picks and names (`exec {fd}<>/dev/tcp/H/P`, `{log}>>f`):
 * tree-sitter-bash reads `{fd}` as an argument, so the redirect is written with a number instead.
 */
const NAMED_FD = /(^|[\s;&|(])\{[A-Za-z_]\w*\}(?=<>|>>|[<>][^(]|[<>]$)/gm;

/** a heredoc's operator and delimiter word (`<<EOF`, `<<-'END'`, `<< "X"`, `<<\\EOF`) */
const HEREDOC_START = /(?<!<)<<(-?)[ \t]*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)"|\\?([A-Za-z_]\w*))/g;

/**
 * tree-sitter-bash ends a heredoc at the first line that begins with its delimiter (`  ControlMaster
 * auto` ends `<<'C'`), where bash ends it only at a line that is the delimiter: the rest of the
 * text written would be read as commands and the file's content cut short. A delimiter that a
 * line of its body begins with is renamed (at the operator and on its closing line), so both read
 * the same body. Lines keep their numbers.
 */
function uniqueHeredocs(text: string): string {
  if (!text.includes('<<')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.includes('<<')) continue;
    let next = i + 1;
    const edits: Array<[number, string, string]> = [];
    for (const m of line.matchAll(HEREDOC_START)) {
      const dash = m[1] === '-';
      const delim = (m[2] ?? m[3] ?? m[4]) as string;
      const close = (l: string) => (dash ? l.replace(/^\t+/, '') : l) === delim;
      let end = next;
      while (end < lines.length && !close(lines[end] as string)) end++;
      if (end >= lines.length) break;
      const body = lines.slice(next, end);
      if (body.some((l) => l.trimStart().startsWith(delim))) {
        let fresh = `${delim}_SG`;
        while (body.some((l) => l.trimStart().startsWith(fresh))) fresh += 'Q';
        edits.push([m.index ?? 0, m[0], m[0].replace(delim, fresh)]);
        lines[end] = (lines[end] as string).replace(delim, fresh);
        changed = true;
      }
      next = end + 1;
    }
    let rewritten = line;
    for (const [at, from, to] of edits.reverse())
      rewritten = rewritten.slice(0, at) + to + rewritten.slice(at + from.length);
    lines[i] = rewritten;
    i = next - 1;
  }
  return changed ? lines.join('\n') : text;
}

export function prepareShell(text: string): string {
  let out = editorCommands(uniqueHeredocs(text));
  if (out.includes('IFS')) {
    out = out.replace(ASSIGN_IFS, (_, pre: string, name: string, value: string) =>
      value.replace(IFS, "' '").startsWith("' '") ? _ : pre + name + value.replace(IFS, "' '"),
    );
    out = out.replace(IFS, ' ');
  }
  if (out.includes(',') && out.includes('{'))
    out = out.replace(BRACE_CMD, (_, pre: string, inner: string) => pre + inner.replace(/,/g, ' '));
  if (out.includes(':0:1}')) out = out.replace(SLASH, '/');
  if (out.includes('}<') || out.includes('}>'))
    out = out.replace(NAMED_FD, (_, pre: string) => `${pre}9`);
  if (!out.includes('alias') && !out.includes('hash')) return out;
  const aliases = new Map<string, string>();
  // `hash -p /usr/bin/curl get`: the name runs that program, as an alias of it would
  for (const m of out.matchAll(HASH_DEF)) {
    if (aliases.size >= MAX_ALIASES) break;
    const [path, name] = [m[1] as string, m[2] as string];
    if (path.split('/').pop() !== name) aliases.set(name, path);
  }
  for (const m of out.matchAll(ALIAS_DEF)) {
    if (aliases.size >= MAX_ALIASES) break;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const name = m[1] as string;
    // an alias of itself with options (`alias ls='ls --color'`) changes nothing we look at
    if (value.trim() && value.trim().split(/\s+/)[0] !== name) aliases.set(name, value);
  }
  if (!aliases.size) return out;
  const names = [...aliases.keys()].map(escapeRegExp).join('|');
  const use = new RegExp(
    `(^|[;&|(]\\s*|\\$\\(\\s*|\\b(?:then|do|else|sudo|nohup|exec)\\s+|^\\s+)(${names})(?=[ \\t]|$|;|\\|)`,
    'gm',
  );
  return out
    .split('\n')
    .map((line) =>
      /^\s*alias\s/.test(line)
        ? line
        : line.replace(use, (_, pre: string, n: string) => pre + (aliases.get(n) ?? n)),
    )
    .join('\n');
}
