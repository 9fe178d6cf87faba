/**
 * Configuration files whose values are commands the tool runs by itself: a git config's
 * `core.fsmonitor` (every `git status`), `core.sshCommand`, `core.pager`, `credential.helper =
 * !…`, `alias.x = !…`, filters and diff drivers; cargo's `runner` (every `cargo run`/`test`),
 * `rustc-wrapper` and `linker` (every build), its `[alias]` entries (cargo commands); mise's task `run` lines and `[hooks]` (entering the
 * folder); ssh's local commands (ssh.ts). A script or program that writes such a file (a heredoc
 * into ~/.cargo/config.toml, `fs.writeFileSync('.git/config', …)`) has those commands run later,
 * by the user's own tools: each is read as the shell command it is.
 */
import { SSH_CONFIG, sshLocalCommands } from './ssh.js';

const GIT_CONFIG =
  /(?:^|\/)\.gitconfig$|(?:^|\/)\.config\/git\/config$|(?:^|\/)\.git\/config$|^\/etc\/gitconfig$/;
/** the user's own or the system's git config: what it sets holds in every repository */
export const GLOBAL_GIT_CONFIG = /^(?:~\/\.gitconfig|~\/\.config\/git\/config|\/etc\/gitconfig)$/;
export const CARGO_CONFIG = /(?:^|\/)\.cargo\/config(?:\.toml)?$/;
export const MISE_CONFIG =
  /(?:^|\/)\.?mise(?:\.[\w-]+)?\.toml$|(?:^|\/)\.config\/mise\/(?:config|conf\.d\/[^/]+)(?:\.[\w-]+)?\.toml$|(?:^|\/)\.mise\/config\.toml$/;

/**
 * The configuration files whose written text is read as the file itself, so the config rules
 * judge what it sets (the user's global or the system git config, cargo's and mise's configs),
 * whichever language writes it
 */
export const CONFIG_READ_AS_WRITTEN = new RegExp(
  [GLOBAL_GIT_CONFIG, CARGO_CONFIG, MISE_CONFIG].map((r) => r.source).join('|'),
);

/**
 * Start-up files of tools a user opens every day that run shell commands from their lines (vim's
 * and neovim's, tmux's, emacs', gdb's, psql's, IPython's, terminal emulators' Lua configs): the
 * files bash-tool-config-command reads when a script writes them. Text a program writes there is
 * read as the same write from a shell, so one rule judges every language's write.
 */
export const TOOL_RC =
  /^~\/(?:\.(?:vimrc|gvimrc|exrc|tmux\.conf|screenrc|emacs|gdbinit|lldbinit|psqlrc|sqliterc|Rprofile|irbrc|pryrc|wezterm\.lua)|\.pythonrc[^/]*|\.(?:vim|emacs\.d|ipython)\/.+|\.config\/(?:nvim|tmux|emacs|gdb|kitty|alacritty|wezterm)\/.+)$/;

/** a file whose text names commands its tool runs by itself */
export const TOOL_CONFIG = new RegExp(
  [SSH_CONFIG, GIT_CONFIG, CARGO_CONFIG, MISE_CONFIG].map((r) => r.source).join('|'),
);

/** the most lines and commands read from one file's text */
const MAX_LINES = 4096;
const MAX_COMMANDS = 32;

/** git config keys (section.key, subsection left out) whose value git runs as a command */
const GIT_COMMAND_KEYS =
  /^(?:core\.(?:fsmonitor|sshcommand|pager|editor|askpass|gitproxy)|credential\.helper|alias\.[^.]+|diff\.(?:external|textconv|command)|filter\.(?:clean|smudge|process)|merge\.driver|sequence\.editor|gpg\.program|pager\.[^.]+)$/;

/** a TOML or INI value: a quoted string (escapes of `"` undone) or the rest of the line */
function unquote(v: string): string {
  const t = v.trim();
  const m = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(t);
  if (m) return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string);
  return t.replace(/\s+[#;].*$/, '');
}

/**
 * the strings of a TOML array on one line joined: cargo's `["sh", "-c", "…"]` is one command's
 * words (`sep` a blank), mise's `run = ["a", "b"]` commands in turn (`sep` a newline)
 */
function tomlArray(v: string, sep: string): string | undefined {
  const t = v.trim();
  if (!t.startsWith('[')) return undefined;
  const items = [...t.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string),
  );
  return items.length ? items.join(sep) : undefined;
}

function gitCommands(text: string): string[] {
  const out: string[] = [];
  let section = '';
  for (const line of text.split(/\r?\n/, MAX_LINES)) {
    const head = /^\s*\[\s*([\w.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
    if (head) {
      section = (head[1] as string).toLowerCase();
      continue;
    }
    const kv = /^\s*([\w-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv || !section) continue;
    const key = `${section}.${(kv[1] as string).toLowerCase()}`;
    if (!GIT_COMMAND_KEYS.test(key)) continue;
    let v = unquote(kv[2] as string);
    // an alias or credential helper runs in the shell only after `!`; a helper named plainly is
    // `git credential-NAME` (store, cache, manager), a boolean fsmonitor is git's own daemon
    if (key.startsWith('alias.') || key === 'credential.helper') {
      if (v.startsWith('!')) v = v.slice(1);
      else if (key.startsWith('alias.') || !/^[/~]/.test(v)) continue;
    }
    if (key === 'core.fsmonitor' && /^(?:true|false|yes|no|on|off|0|1)$/i.test(v)) continue;
    if (v.trim()) out.push(v.trim());
    if (out.length >= MAX_COMMANDS) break;
  }
  return out;
}

function tomlCommands(text: string, sep: string, keys: RegExp, sectionKeys?: RegExp): string[] {
  const out: string[] = [];
  let section = '';
  const lines = text.split(/\r?\n/, MAX_LINES);
  for (let i = 0; i < lines.length && out.length < MAX_COMMANDS; i++) {
    const line = lines[i] as string;
    const head = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line);
    if (head) {
      section = (head[1] as string).toLowerCase();
      continue;
    }
    const kv = /^\s*([\w"'.-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = (kv[1] as string).replace(/["']/g, '').toLowerCase();
    if (!keys.test(key) && !(sectionKeys?.test(`${section}.${key}`) ?? false)) continue;
    const raw = kv[2] as string;
    // a multi-line string (`run = '''` … `'''`): its lines up to the closing quotes
    const multi = /^\s*('''|""")(.*)$/.exec(raw);
    if (multi) {
      const close = multi[1] as string;
      const body: string[] = [];
      let rest = multi[2] as string;
      let j = i;
      for (; j < lines.length && j < i + 200; j++) {
        const at = rest.indexOf(close);
        if (at >= 0) {
          body.push(rest.slice(0, at));
          break;
        }
        body.push(rest);
        rest = lines[j + 1] ?? '';
      }
      i = j;
      const script = body.join('\n').trim();
      if (script) out.push(script);
      continue;
    }
    const v = tomlArray(raw, sep) ?? unquote(raw);
    if (v.trim()) out.push(v.trim());
  }
  return out;
}

/** the commands that the tool reading `path` runs from its text (none for other files) */
export function configCommands(path: string, text: string): string[] {
  if (SSH_CONFIG.test(path)) return sshLocalCommands(text);
  if (GIT_CONFIG.test(path)) return gitCommands(text);
  if (CARGO_CONFIG.test(path))
    return [
      ...tomlCommands(text, ' ', /^(?:runner|rustc-wrapper|rustc-workspace-wrapper|linker)$/),
      // an `[alias]` is the cargo command it expands to (`b = "install --git URL"` is `cargo
      // install --git URL` each time the user types `cargo b`)
      ...tomlCommands(text, ' ', /^$/, /^alias\.[\w-]+$/).map((v) => `cargo ${v}`),
    ].slice(0, MAX_COMMANDS);
  if (MISE_CONFIG.test(path))
    return tomlCommands(
      text,
      '\n',
      /^(?:run|run_windows)$/,
      /^hooks\.(?:enter|leave|cd|preinstall|postinstall)$/,
    );
  return [];
}
