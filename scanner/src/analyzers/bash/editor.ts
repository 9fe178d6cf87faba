/**
 * Shell commands an editor runs for its start-up commands: `vim -c 'w !curl … @- URL' FILE` hands
 * FILE's text to curl on its stdin, `vim -c '!sh x.sh'` runs a command, `ex -sc '%!cmd' FILE`
 * filters FILE through one. The line is rewritten as the shell would see those commands
 * (`cat FILE | curl … @- URL`), so the analyses of pipes, reads and sends apply; line numbers are
 * kept. Only a command on one line is read; a vimscript file (`-S`) is not.
 */

/** vi-family editors that run `-c` / `+` commands at start-up */
const EDITOR =
  /(?:^|[;&|(]\s*|\b(?:then|do|else|sudo|exec|command)\s+|^\s+)((?:\/[\w./-]*\/)?(?:vim|vi|nvim|ex|view|gvim|vimdiff|rvim|rview)\b)/gm;

/** options of vim that take the next word as their value (other than `-c` / `--cmd`) */
const VALUE_OPTIONS = new Set(['-u', '-U', '-i', '-T', '-s', '-w', '-W', '-t', '-q', '-S', '-r']);
/** `-c`, or flags that take no value joined before it (`ex -sc 'CMD'`) */
const CMD_OPTION = /^-[eEsnRbNlZmMyAHFd]*c$/;

interface Token {
  /** the word as written */
  raw: string;
  /** the word with its quotes removed */
  text: string;
  /** where the word ends in the text */
  end: number;
}

/** shell words of `s` from `at` up to an unquoted `;`, `&`, `|`, `#` or the end of the line */
function words(s: string, at: number): Token[] {
  const out: Token[] = [];
  let i = at;
  while (i < s.length) {
    while (s[i] === ' ' || s[i] === '\t') i++;
    const c = s[i];
    if (c === undefined || c === '\n' || c === ';' || c === '&' || c === '|' || c === '#') break;
    if (c === ')' || c === '`') break;
    let raw = '';
    let text = '';
    while (i < s.length && !/[\s;&|)`]/.test(s[i] as string)) {
      const q = s[i] as string;
      if (q === "'" || q === '"') {
        const end = s.indexOf(q, i + 1);
        if (end < 0) return out;
        let inner = s.slice(i + 1, end);
        // a double-quoted `\"` inside a double-quoted string (bash removes the backslash)
        if (q === '"') {
          let e = end;
          while (s[e - 1] === '\\') {
            const next = s.indexOf(q, e + 1);
            if (next < 0) return out;
            e = next;
          }
          inner = s.slice(i + 1, e).replace(/\\(["\\$`])/g, '$1');
          raw += s.slice(i, e + 1);
          text += inner;
          i = e + 1;
          continue;
        }
        raw += s.slice(i, end + 1);
        text += inner;
        i = end + 1;
        continue;
      }
      if (q === '\\' && i + 1 < s.length) {
        raw += s.slice(i, i + 2);
        text += s[i + 1];
        i += 2;
        continue;
      }
      raw += q;
      text += q;
      i++;
    }
    if (!raw) break;
    out.push({ raw, text, end: i });
  }
  return out;
}

/** an ex range before a command (`%`, `1,$`, `.`, `'a,'b`) */
const RANGE = String.raw`(?:%|(?:\d+|\.|\$|'[a-z<>])(?:\s*,\s*(?:\d+|\.|\$|'[a-z<>]))?)`;
/** `:w !cmd` (the buffer on cmd's stdin), with an optional range */
const WRITE_TO = new RegExp(String.raw`^(?:${RANGE})?\s*w(?:r(?:i(?:t(?:e)?)?)?)?\s+!(.+)$`);
/** `:%!cmd` (the lines given through cmd) */
const FILTER = new RegExp(String.raw`^${RANGE}\s*!(.+)$`);
/** `:!cmd`, `:r !cmd` (cmd runs; its output read into the buffer) */
const RUN = /^(?:r(?:e(?:a(?:d)?)?)?\s*)?!(.+)$/;
/** `:call system('cmd')` */
const SYSTEM = /^call\s+system\(\s*(['"])(.+)\1\s*\)\s*$/;

/**
 * The shell text one ex command runs, with `buffer` the shell words that give the buffer's text
 * (`cat 'f'`), undefined for none; `%` (the file's name) is the first file.
 */
function shellOf(
  cmd: string,
  buffer: string | undefined,
  file: string | undefined,
): string | undefined {
  const c = cmd
    .trim()
    .replace(/^:+\s*/, '')
    .replace(/^(?:sil(?:ent)?!?|exe(?:cute)?)\s+/, '')
    .trim();
  const name = (s: string): string => (file ? s.replace(/(?<![\w%\\])%(?![\w%])/g, file) : s);
  let m = WRITE_TO.exec(c) ?? FILTER.exec(c);
  if (m) return buffer ? `${buffer} | ${name(m[1] as string)}` : name(m[1] as string);
  m = RUN.exec(c);
  if (m) return name(m[1] as string);
  m = SYSTEM.exec(c);
  if (m) return name(m[2] as string);
  return undefined;
}

/** `text` with each vi-family command line that runs shell commands written as those commands */
export function editorCommands(text: string): string {
  if (!/\b(?:vim?|nvim|ex|view|gvim|vimdiff|rvim|rview)\b/.test(text) || !text.includes('!'))
    return text;
  const edits: Array<[number, number, string]> = [];
  EDITOR.lastIndex = 0;
  for (const m of text.matchAll(EDITOR)) {
    const at = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    const ws = words(text, at);
    if (ws.length < 2) continue;
    const cmds: string[] = [];
    const files: string[] = [];
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i] as Token;
      if (CMD_OPTION.test(w.text) || w.text === '--cmd') {
        const v = ws[++i];
        if (v) cmds.push(v.text);
      } else if (w.text.startsWith('+') && w.text.length > 1) {
        const v = w.text.slice(1);
        if (!/^(?:\d+|\/.*)$/.test(v)) cmds.push(v);
      } else if (VALUE_OPTIONS.has(w.text)) i++;
      else if (w.text === '-') files.push('-');
      else if (!w.text.startsWith('-')) files.push(w.raw);
    }
    if (!cmds.length) continue;
    const real = files.filter((f) => f !== '-');
    const buffer = real.length ? `cat ${real.join(' ')}` : files.length ? 'cat' : undefined;
    const shell = cmds
      .map((c) => shellOf(c, buffer, real[0]))
      .filter((c): c is string => c !== undefined);
    if (!shell.length) continue;
    const end = (ws[ws.length - 1] as Token).end;
    // keep the line count: the rewrite stays on the editor's line
    const out = shell.join('; ').replace(/\n/g, ' ');
    edits.push([at, end, out]);
  }
  let out = text;
  for (const [s, e, r] of edits.reverse()) out = out.slice(0, s) + r + out.slice(e);
  return out;
}
