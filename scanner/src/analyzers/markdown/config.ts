/**
 * What a skill puts into the agent's own configuration. Two views:
 *
 * - config segments: an instruction to write into an agent's settings, MCP, rules or memory file
 *   together with what it writes (the rest of its sentence, or the block it introduces), and every
 *   data block or data file that holds agent settings (MCP servers, hooks, permissions, approval
 *   and sandbox switches, API endpoints) with the paragraph that leads into it. Each is one window
 *   for the rules with `scope: config`, so "add this to ~/.claude/settings.json:" and the
 *   `"defaultMode": "bypassPermissions"` below it are read together; other rules never see them.
 * - MCP server command lines: `"command": "npx", "args": ["-y", "https://…/x.tgz"]` (JSON, TOML
 *   `[mcp_servers.x]`, YAML) is the command the agent's client runs, so it is analysed as one.
 */
import { lastAtMost, lineStarts } from '../../engine/lines.js';
import type { Fence, Segment } from './structure.js';

export const CONFIG_CARRIER = 'config';

/**
 * Stands between the instruction and what it writes in a config segment, so a rule can ask for a
 * word in the instruction only (`add(?=[\s\S]*\[\[config-block\]\])`): the `Write(*)` and
 * `Edit(*)` of a permission list are no instruction to write.
 */
export const CONFIG_MARK = '[[config-block]]';

/** files an agent loads as settings, MCP servers, standing instructions or memory, and the shell
 * startup files that define how it is launched (`alias codex=…`) */
const CONFIG_FILE =
  /(?:^|[\s`'"(/~])(?:settings(?:\.local)?\.json|\.claude\.json|claude_desktop_config\.json|mcp\.json|mcp_config\.json|cline_mcp_settings\.json|mcp_settings\.json|config\.toml|config\.ya?ml|openclaw\.json|\.cursorrules|\.windsurfrules|\.clinerules|\.cursor\/rules\b|\.roo\/rules\b|copilot-instructions\.md|(?:claude|agents|gemini|memory|soul|user|tools|identity|heartbeat|bootstrap|conventions)\.md|\.(?:zshrc|bashrc|bash_profile|zprofile|zshenv|profile)|config\.fish)\b/i;
/**
 * `Settings.json` / `Settings.local.json` capitalised outside an agent's folder: an app's own file
 * (a .NET, Unity or game project's); the agents' settings files are lower case. In a folder of an
 * agent (`.claude/Settings.local.json`, which a case-insensitive disk still loads) it counts.
 */
const APP_SETTINGS = /(?<!\.[\w-]+\/)\bSettings(?:\.local)?\.json\b/g;

/** does the text name a file an agent loads (CONFIG_FILE), an app's capitalised settings aside */
function namesConfigFile(text: string): boolean {
  return CONFIG_FILE.test(text.replace(APP_SETTINGS, (m) => ' '.repeat(m.length)));
}

/** the sentence asks for something to be written there */
const WRITE_VERB =
  /\b(?:add|adds|adding|append|appending|merge|merging|insert|write|writing|put|set|setting|place|paste|register|registering|save|store|record|copy|update|patch|edit|modify|include|enable)\b/i;
/** keys of agent settings in a data block or file */
const CONFIG_KEYS =
  /\b(?:mcpServers|mcp_servers|context_servers|hooks|permissions|defaultMode|approval_policy|approval-policy|sandbox_mode|sandbox-mode|dangerously\w*|skipDangerous\w*|enableAllProjectMcpServers|enabledMcpjsonServers|autoApprove|alwaysAllow|chat\.tools\.\w+|(?:ANTHROPIC|OPENAI|CLAUDE|GEMINI|GOOGLE_GEMINI)_(?:BASE|API)_(?:URL|BASE)|apiBaseUrl|baseURL)\b/;

/**
 * A segment is one window (prose windows stop at 4000 characters), so a long block is cut into
 * overlapping pieces that each carry the instruction: padding a settings file or the paragraph
 * before it never pushes a key out of the window or the mark out of the segment.
 */
const LEAD = 800;
const PIECE = 3000;
const OVERLAP = 500;
const MAX_PIECES = 40;

const DATA_LANGS = /^(?:json|jsonc|json5|ya?ml|toml|ini|conf|cfg)?$/i;

function segs(lead: string, body: string, start: number, line: number): Segment[] {
  // an instruction opens or closes its paragraph: a long one keeps both ends
  const shown = lead.length > LEAD ? `${lead.slice(0, LEAD / 2)} … ${lead.slice(-LEAD / 2)}` : lead;
  const head = `${shown}\n${CONFIG_MARK}\n`;
  const out: Segment[] = [];
  for (let i = 0; out.length < MAX_PIECES; i += PIECE - OVERLAP) {
    out.push({
      text: head + body.slice(i, i + PIECE),
      start,
      hidden: false,
      carrier: CONFIG_CARRIER,
      line,
    });
    if (i + PIECE >= body.length) break;
  }
  return out;
}

/** 1-based line of an offset, by binary search over the line starts of the text */
function lineFinder(text: string): (at: number) => number {
  const starts = lineStarts(text);
  return (at) => lastAtMost(starts, at) + 1;
}

/** a line of a file tree: drawing or indent, one path, and maybe a comment on it */
const TREE_LINE =
  /^[ \t│├└─┬┼|`+\\*-]*[\w.~@$-][\w./~@$-]*\/?(?:[ \t]+(?:#|\/\/|--|←|<-|→)[^\n]*)?[ \t]*$/;
/** a row of a markdown table whose first cell is a file's path or name (`| CLAUDE.md | … |`) */
const FILE_ROW =
  /^[ \t]*\|[ \t]*`?(?:~\/|\.{0,2}\/)?\.?[\w@$-][\w.@$-]*(?:\/[\w.@$-]+)*(?:\.\w+|\/)`?[ \t]*\|/;
/** a table's separator row (`|---|:---:|`) */
const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$/;

/**
 * Is a block a listing of files, not text to write: a file tree (every line a path, drawn or
 * indented, with its comment) or a table whose every row below the header names a file in its
 * first cell (a findings table of config files). What the paragraph before it asks to write is
 * not this block: documenting a layout or reporting on files plants nothing in them.
 */
function fileListing(block: string): boolean {
  const lines = block
    .replace(/^[ \t]*(?:`{3,}|~{3,})[^\n]*$/gm, '')
    .split('\n')
    .filter((l) => /\S/.test(l));
  if (lines.length < 2) return false;
  const rule = lines.findIndex((l) => TABLE_RULE.test(l));
  if (rule === 1) return lines.slice(2).length > 0 && lines.slice(2).every((l) => FILE_ROW.test(l));
  return lines.every((l) => TREE_LINE.test(l)) && lines.some((l) => /[./]/.test(l));
}

/** a header cell that grades what a row reports */
const GRADE_CELL = /^\s*\|?.*\|\s*(?:severity|risk(?:\s+level)?|cvss|impact|priority)\s*\|/i;

/**
 * Is the paragraph a findings table: its first line a header with a Severity or Risk column and
 * its second the rule under it? Each row reports what a review found in a file ("| High | Hook set
 * to auto-approve all Bash commands | .claude/settings.json |"); nothing in it is written there.
 */
function findingsTable(text: string): boolean {
  const [head = '', rule = ''] = text.split('\n', 2);
  return TABLE_RULE.test(rule) && GRADE_CELL.test(`${head.trim().replace(/^(?!\|)/, '|')}|`);
}

/**
 * Config segments of a markdown file: each paragraph of the visible prose that asks for a write
 * into an agent file, with the block right after it when the paragraph introduces one (ends in
 * `:` or is followed by a fence or a quote); and each data fence holding agent settings, with
 * the paragraph before it.
 */
export function markdownConfigSegments(
  raw: string,
  visible: string,
  fences: readonly Fence[],
): Segment[] {
  const out: Segment[] = [];
  const used = new Set<Fence>();
  const lineAt = lineFinder(raw);
  let fi = 0;
  const paragraphs: Array<{ at: number; text: string }> = [];
  for (let at = 0; at < visible.length;) {
    const m = /\n[ \t]*\n/g;
    m.lastIndex = at;
    const e = m.exec(visible);
    const end = e ? e.index : visible.length;
    const text = visible.slice(at, end);
    if (/\S/.test(text))
      paragraphs.push({ at: at + (text.length - text.trimStart().length), text: text.trim() });
    at = e ? e.index + e[0].length : visible.length;
  }
  for (let i = 0; i < paragraphs.length && out.length < 50; i++) {
    const { at, text } = paragraphs[i] as { at: number; text: string };
    if (!namesConfigFile(text) || !WRITE_VERB.test(text) || findingsTable(text)) continue;
    const end = at + text.length;
    // what the paragraph introduces: the next fence or the next paragraph (a quote, a line)
    // paragraphs and fences are both in file order
    while (fi < fences.length && (fences[fi] as Fence).start < end) fi++;
    const next = fences[fi];
    const fence =
      next && next.start - end < 2000 && !/\S/.test(visible.slice(end, next.start))
        ? next
        : undefined;
    let body = '';
    if (fence) {
      used.add(fence);
      body = raw.slice(fence.start, fence.end);
    } else if (/:\s*$/.test(text)) {
      body = paragraphs[i + 1]?.text ?? '';
    }
    if (fileListing(body)) body = '';
    out.push(...segs(text, body, at, lineAt(at)));
  }
  for (const f of fences) {
    if (used.has(f) || !DATA_LANGS.test(f.lang) || !CONFIG_KEYS.test(f.text)) continue;
    const before = visible.slice(Math.max(0, f.start - 600), f.start);
    const lead =
      before
        .trimEnd()
        .split(/\n[ \t]*\n/)
        .pop() ?? '';
    out.push(...segs(lead, raw.slice(f.start, f.end), f.start, lineAt(f.start)));
    if (out.length >= 200) break;
  }
  return out;
}

/** a data file (JSON, TOML, YAML…) holding agent settings: config segments named by its path */
export function fileConfigSegments(path: string, text: string): Segment[] {
  if (!/\.(?:json|jsonc|json5|toml|ya?ml|ini|conf|cfg)$/i.test(path) || !CONFIG_KEYS.test(text))
    return [];
  return segs(`(file ${path})`, text, 0, 1);
}

/** `${VAR}` or Cursor's `${env:VAR}`: a variable the MCP client expands in command, args, url and headers */
const CLIENT_VAR = /\$\{(?:env:)?([A-Za-z_]\w*)\}/g;
/** a text holding such a variable */
const HAS_CLIENT_VAR = /\$\{(?:env:)?[A-Za-z_]\w*\}/;

/** the entries of a mapping whose values are strings (none when `x` is no mapping) */
const stringEntries = (x: unknown): Array<[string, string]> =>
  x && typeof x === 'object' && !Array.isArray(x)
    ? Object.entries(x as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      )
    : [];

/**
 * A word of a config entry as the shell would read it: a word with a variable the client expands
 * keeps the expansion (in double quotes, anything else the shell reads there escaped), so the
 * bash analyzer sees `${GITHUB_TOKEN}` go where the word goes; any other word is quoted whole.
 */
export const shellWord = (w: string) => {
  if (/^[\w@%+=:,./~-]+$/.test(w)) return w;
  if (!HAS_CLIENT_VAR.test(w)) return `'${w.replace(/'/g, `'\\''`)}'`;
  const parts = w.split(CLIENT_VAR);
  // split with one capture group: text, name, text, name, …, text
  const body = parts.map((x, i) => (i % 2 ? `\${${x}}` : x.replace(/["\\`$]/g, '\\$&'))).join('');
  return `"${body}"`;
};

/** the request a client makes with these words (shell-quoted), as one command line */
const curlLine = (words: readonly string[]): string =>
  ['curl', ...words.map(shellWord)].join(' ').slice(0, 2000);

/**
 * A remote server entry (`url` with `headers`) whose url or headers hold a variable the client
 * expands, as the request the client makes: `curl -H "Authorization: Bearer ${GITHUB_TOKEN}"
 * "https://…"`, so where the user's token goes is judged like any request carrying it. An entry
 * with no such variable sends nothing of the user's and stays a config finding only.
 */
function remoteLine(o: Record<string, unknown>): string | undefined {
  const url = o['url'] ?? o['serverUrl'] ?? o['httpUrl'];
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return undefined;
  const headers = stringEntries(o['headers']);
  const words = [...headers.flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  if (!words.some((w) => HAS_CLIENT_VAR.test(w))) return undefined;
  return curlLine(words);
}

/** a script of the skill's own that a launcher runs (`server/index.js`, `./srv.py`) */
const OWN_SCRIPT = /^(?!-)(?![a-z][\w+.-]*:\/\/)[\w./-]*\.(?:m?js|cjs|ts|py)$/i;

/**
 * A local server entry of the skill's own script (`node server/index.js`) whose `env` hands it a
 * variable the client expands (`"GITHUB_TOKEN": "${GITHUB_TOKEN}"`) and a fixed URL (`"UPSTREAM":
 * "https://…"`), as the request the server is set up to make: `curl -H "GITHUB_TOKEN:
 * ${GITHUB_TOKEN}" "https://…"`, one per URL. The skill chose both the token and the address it
 * gives the server, so where the token may go is judged like any request carrying it (a GitHub
 * token with GitHub's API URL is its own service). A package the client runs (`npx pkg`) is not
 * the skill's code and is left to the rules on the entry.
 */
function handedLines(o: Record<string, unknown>, args: unknown): string[] {
  if (!Array.isArray(args) || !args.some((a) => typeof a === 'string' && OWN_SCRIPT.test(a)))
    return [];
  const values = stringEntries(o['env']);
  const expanded = values.filter(([, v]) => HAS_CLIENT_VAR.test(v));
  const urls = values.map(([, v]) => v).filter((v) => /^https?:\/\/[^\s$]+$/i.test(v));
  if (!expanded.length) return [];
  const headers = expanded.flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  return urls.map((u) => curlLine([...headers, u]));
}

function commandLine(command: unknown, args: unknown): string | undefined {
  if (typeof command !== 'string' || !command.trim()) return undefined;
  const list = Array.isArray(args) ? args.filter((a): a is string => typeof a === 'string') : [];
  // a command string with its own arguments is already a line (hooks, `command = "uvx x"`)
  if (!list.length) return undefined;
  return [command.trim(), ...list.map(shellWord)].join(' ').slice(0, 2000);
}

function jsonValue(text: string): unknown {
  const t = text.trim();
  const tries = [t, `{${t.replace(/,\s*$/, '')}}`];
  for (const c of tries) {
    try {
      return JSON.parse(c.replace(/^\s*\/\/.*$/gm, ''));
    } catch {
      // try the next shape
    }
  }
  return undefined;
}

function walk(v: unknown, out: string[], depth = 0): void {
  if (depth > 12 || out.length >= 50 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  // `command` + `args` (Claude, Cursor, Codex), `cmd` + `args` (Goose), or a command object with
  // `path` + `args` (Zed's context_servers)
  const cmd = o['command'] ?? o['cmd'];
  const launcher =
    cmd && typeof cmd === 'object' && !Array.isArray(cmd) ? (cmd as Record<string, unknown>) : o;
  const line = commandLine(launcher === o ? cmd : launcher['path'], launcher['args']);
  if (line) out.push(line, ...handedLines(o, launcher['args']));
  const remote = remoteLine(o);
  if (remote) out.push(remote);
  for (const x of Object.values(o)) walk(x, out, depth + 1);
}

const TOML_STRING = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;

/** `command = "npx"` and `args = ["-y", "…"]` in one TOML table */
function tomlLines(text: string, out: string[]): void {
  for (const table of text.split(/^\s*\[/m)) {
    const cmd = /^\s*command\s*=\s*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/m.exec(table);
    const args = /^\s*args\s*=\s*\[([\s\S]*?)\]/m.exec(table);
    if (!cmd || !args) continue;
    const list = [...(args[1] as string).matchAll(TOML_STRING)].map((m) =>
      (m[1] ?? m[2] ?? '').replace(/\\(["\\])/g, '$1'),
    );
    const line = commandLine(cmd[1] ?? cmd[2], list);
    if (line) out.push(line);
  }
}

/** `command: npx` (Goose: `cmd:`) with `args: [-y, x]` or an `args:` list of `- x` items below it (YAML) */
function yamlLines(text: string, out: string[]): void {
  for (const m of text.matchAll(
    /^([ \t]*)(?:-[ \t]+)?(?:command|cmd):[ \t]*["']?([^"'\n#]+?)["']?[ \t]*$/gm,
  )) {
    const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2000);
    const inline = /^\s*args:[ \t]*\[([^\]\n]*)\]/m.exec(rest);
    let list: string[] = [];
    if (inline)
      list = (inline[1] as string).split(',').map((s) => s.trim().replace(/^["']|["']$/g, ''));
    else {
      const block = /^\s*args:[ \t]*\n((?:[ \t]*-[ \t]+[^\n]*\n?)+)/m.exec(rest);
      if (block)
        list = [...(block[1] as string).matchAll(/^[ \t]*-[ \t]+(.*)$/gm)].map((x) =>
          (x[1] as string).trim().replace(/^["']|["']$/g, ''),
        );
    }
    const line = commandLine(m[2], list.filter(Boolean));
    if (line) out.push(line);
  }
}

/** the command lines of MCP server (and other launcher) entries in a data text */
export function configCommandLines(text: string): string[] {
  const launchers = /\b(?:command|cmd)\b/.test(text) && /\bargs\b/.test(text);
  // a remote entry with a client-expanded variable (remoteLine): JSON only
  const remotes = /\b(?:url|serverUrl|httpUrl)\b/.test(text) && /\$\{(?:env:)?[A-Za-z_]/.test(text);
  if (!launchers && !remotes) return [];
  const out: string[] = [];
  const v = jsonValue(text);
  if (v !== undefined) walk(v, out);
  else if (launchers) {
    tomlLines(text, out);
    yamlLines(text, out);
  }
  return [...new Set(out)];
}
