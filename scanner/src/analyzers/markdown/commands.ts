/**
 * Commands in prose: which fenced blocks are shell, which inline code spans and plain-prose
 * phrases (`run curl … | sh`) are commands, and whether the text tells the *agent* to run them or
 * only shows them (for the user to run, for reference). Capabilities are only observed from
 * commands the agent is told to run; threats count wherever they are.
 */
import { KNOWN_COMMANDS } from '../bash/commands.js';

export type CommandContext = 'agent' | 'user' | 'reference';

const SHELL_LANGS = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'terminal',
  'shell-session',
  'shellsession',
  'bash-session',
  'sh-session',
  'ksh',
  'fish',
  'command',
  'commandline',
  'cli',
  'powershell',
  'ps1',
  'pwsh',
  'ps',
  'posh',
  'zsh-session',
  'shellscript',
  'bat',
  'cmd',
]);
/** fences in PowerShell or Windows cmd: analyzed as shell (mislabelled ones are common) and as PowerShell */
const POWERSHELL_LANGS = new Set([
  'powershell',
  'ps1',
  'pwsh',
  'ps',
  'posh',
  'bat',
  'cmd',
  'batch',
]);
/** words only PowerShell/cmd one-liners use, so shell-labelled text containing them is also analyzed as PowerShell */
const POWERSHELL_HINT =
  /\b(?:powershell|pwsh|iex|invoke-(?:expression|webrequest|restmethod)|iwr|irm|downloadstring|downloadfile|frombase64string|certutil|bitsadmin|mshta|regsvr32|rundll32|msiexec|start-process|start-bitstransfer)\b/i;

export function alsoPowershell(lang: string, text: string): boolean {
  return POWERSHELL_LANGS.has(lang) || POWERSHELL_HINT.test(text);
}

const PROMPT_LANGS = new Set([
  'console',
  'terminal',
  'shell-session',
  'shellsession',
  'bash-session',
  'sh-session',
  'zsh-session',
]);

export function fenceLanguage(
  lang: string,
  text: string,
): 'bash' | 'python' | 'javascript' | 'typescript' | undefined {
  if (SHELL_LANGS.has(lang)) return 'bash';
  if (['python', 'py', 'python3', 'py3', 'ipython', 'pycon'].includes(lang)) return 'python';
  if (['js', 'javascript', 'node', 'nodejs', 'mjs', 'cjs', 'jsx'].includes(lang))
    return 'javascript';
  if (['ts', 'typescript', 'tsx', 'mts', 'cts'].includes(lang)) return 'typescript';
  if (lang === '' || lang === 'text' || lang === 'txt' || lang === 'plaintext')
    return looksLikeShell(text, lang !== '') ? 'bash' : undefined;
  return undefined;
}

// (a user@host prompt too: `me@box:~$ `, `[me@box src]$ `)
const PROMPT =
  /^\s*(?:[$%#>]|PS [^>]*>|[A-Za-z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#\s]*[$#]|\[[\w.-]+@[\w.-]+[^\]\n]*\][$#])\s/;

/** strips `$ ` prompts; output lines become blank so line numbers stay */
export function stripPrompts(lang: string, text: string): string {
  const lines = text.split('\n');
  const prompted = lines.filter((l) =>
    /^\s*(?:\$|%|PS [^>]*>|[A-Za-z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#\s]*[$#]|\[[\w.-]+@[\w.-]+[^\]\n]*\][$#])\s/.test(
      l,
    ),
  ).length;
  if (!prompted || (!PROMPT_LANGS.has(lang) && prompted < lines.filter((l) => l.trim()).length / 2))
    return text;
  let continued = false;
  return lines
    .map((l) => {
      if (PROMPT.test(l) && !/^\s*#\s/.test(l)) {
        const cmd = l.replace(PROMPT, '');
        continued = /\\$/.test(cmd);
        return cmd;
      }
      if (continued) {
        continued = /\\$/.test(l);
        return l;
      }
      return '';
    })
    .join('\n');
}

function firstWord(line: string): string {
  let l = line
    .trim()
    .replace(PROMPT, '')
    .replace(/^(?:sudo|doas|time|nohup|exec|env)\s+(?=[\w./~-])/, '');
  l = l.replace(/^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)+/, '');
  return (/^[^\s;|&<>()]+/.exec(l)?.[0] ?? '').replace(/^["']|["']$/g, '');
}

export function isCommandWord(w: string): boolean {
  if (!w) return false;
  // a program by path; an absolute one starts at a filesystem root directory (`/ssh [cluster]`,
  // `/ptopr feature` are an agent's slash commands, not programs at the root)
  if (/^(?:\.{1,2}\/|~\/)[\w./-]+$/.test(w)) return true;
  if (/^\/[\w./-]+$/.test(w)) return FS_ROOTS.test(w);
  // commands are spelled exactly (`Host`/`HostName` in an ssh config are not `host`/`hostname`)
  return KNOWN_COMMANDS.has(w) || /^python3?(?:\.\d+)?$/.test(w) || /^pip3?$/.test(w);
}

/**
 * Windows programs a setup block names without a label (`mshta https://…`, `msiexec /i …`): not
 * in the shell's command list, but such a block is a command line (analyzed as shell and, through
 * POWERSHELL_HINT, as PowerShell)
 */
const WINDOWS_COMMAND =
  /^(?:powershell|pwsh|cmd|mshta|msiexec|certutil|bitsadmin|regsvr32|rundll32|wscript|cscript|winget|choco|scoop|schtasks|reg)(?:\.exe)?$/i;

/** a line that is one path and nothing else: a file named, not a program run with arguments */
const LONE_PATH = /^(?:~\/|\.{1,2}\/|\/)[\w./-]+$/;

/**
 * an unlabelled block counts as shell when most of its lines start with a command; in a block
 * labelled as text (`text`, `txt`, `plaintext`), a line holding only a path is a file the prose
 * names (`~/.config/tool/env`, where values are stored), not a program run, and does not count
 */
export function looksLikeShell(text: string, declaredText = false): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !/\\$/.test(l.slice(0, -1)))
    .filter((l) => !(declaredText && LONE_PATH.test(l)));
  if (!lines.length) return false;
  let yes = 0;
  for (const l of lines) {
    const w = firstWord(l);
    if (/^[A-Za-z_][A-Za-z0-9_]*=\S/.test(l) || isCommandWord(w) || WINDOWS_COMMAND.test(w)) yes++;
  }
  return yes / lines.length >= 0.6;
}

/** recipe prefixes before a command in non-markdown files (Makefile, Dockerfile, units, CI YAML) */
const RECIPE_PREFIX =
  /^(?:[-@+]+\s*|(?:RUN|CMD|ENTRYPOINT)\s+|Exec(?:Start(?:Pre|Post)?|Stop|Reload)?\s*=\s*[-@+!:]*|(?:-\s+)?(?:run|script|command|cmd|shell|exec|before_script|after_script|on_\w+)\s*:\s*|-\s+)/i;

/**
 * Command lines in a text file that is not markdown: each line (recipe prefixes and surrounding
 * quotes removed) and each quoted or `<string>` value that starts with a command and chains,
 * pipes or substitutes another one, or starts with a download/interpreter command; with
 * `labelled` (a plain-text block of a markdown file), also what follows a line's `Label: `.
 */
export function textCommandLines(
  text: string,
  shown?: (raw: number) => boolean,
  labelled = false,
): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const lines = text.split('\n');
  let lineStart = 0;
  const consider = (line: number, raw: string) => {
    const c = raw
      .trim()
      .replace(RECIPE_PREFIX, '')
      .replace(/^(["'])(.*)\1[,;]?$/, '$2')
      .trim();
    if (c.length < 6 || c.length > 2000) return;
    const w = firstWord(c);
    if (!isCommandWord(w)) return;
    if (/[|;&]|\$\(|`|>/.test(c) || (STRONG.has(w.toLowerCase()) && /\s/.test(c)))
      out.push([line, c]);
  };
  for (let i = 0; i < lines.length && out.length < 500; i++) {
    const l = lines[i] as string;
    const at = lineStart;
    lineStart += l.length + 1;
    if (!l.trim() || /^\s*(?:#|\/\/|;|rem\s)/i.test(l)) continue;
    // a line that is one quoted value (a YAML list item `- "…"`) is that value
    const whole = /^\s*(?:-\s+)?["']/.exec(l);
    if (!whole || !shown?.(at + whole[0].length - 1)) consider(i + 1, l);
    // in a block of plain text, a labelled line (`Prerequisite (run once): wget … | sh`, `Step 1:
    // …`): what follows the label
    // (or an arrow: `Bootstrap => wget …`, `Setup -> …`, `Install → …`)
    const label = labelled
      ? /^\s*(?:[-*]\s+)?[A-Za-z][\w '()-]{0,60}?(?::|\s*(?:=>|->|→|⇒))\s+(?=\S)/.exec(l)
      : null;
    if (label && !shown?.(at + label[0].length)) consider(i + 1, l.slice(label[0].length));
    // quoted values (`s.Run "powershell …"`, `command = "curl … | sh"`), an XML element's text
    // (plist `<string>`, a Maven exec plugin's `<argument>`), but not one `shown` calls an
    // instance of something found (a report's `"excerpt": "curl … | sh"`)
    // (a double-quoted value is paired from its own quote: `.arg("-c").arg("curl … | sh")` has
    // no value `).arg(` between two of them)
    for (const m of l.matchAll(
      /<([A-Za-z][\w.:-]*)>([^<]{6,})<\/\1>|"((?:[^"\\]|\\.)*)"|'([^']{6,})'/g,
    ))
      if (!shown?.(at + m.index) && (m[3] === undefined || m[3].length >= 6))
        consider(i + 1, (m[2] ?? m[3] ?? m[4] ?? '').replace(/\\(["\\])/g, '$1'));
  }
  return out;
}

/** an inline code span that is a command line rather than a name or a value */
export function looksLikeCommandSpan(span: string, runVerbBefore: boolean): boolean {
  const s = span.trim();
  // `env()`, `set(key)`, `open(path)`: a name written with its call's parentheses is a function
  // (CSS's env(), a library's call), not a program: the shell writes no parenthesis after a word
  if (/^[\w.-]+\(/.test(s)) return false;
  const w = firstWord(s);
  // (a Windows program pasted into the Run dialog, `mshta https://…`, is a command line too)
  if (!isCommandWord(w) && !WINDOWS_COMMAND.test(w)) return false;
  if (/\s/.test(s)) return true;
  // `/calculate/batch` alone is an API route, not a program: an absolute program path starts at
  // a filesystem root directory
  if (w.startsWith('/') && !FS_ROOTS.test(w)) return false;
  return runVerbBefore;
}

const FS_ROOTS =
  /^\/(?:bin|sbin|usr|opt|etc|tmp|var|dev|home|root|Users|Applications|Library|System|private|mnt|media|srv|snap|proc|run|lib|lib64|nix|Volumes|Network|Windows)(?:\/|$)/;

const USER_RE =
  /\b(?:suggest|recommend|tell the user|ask the user|show (?:the user|them|the line)|let (?:them|the user)|the user (?:can|should|may|runs?|will|could)|for the user|(?:their|your) own terminal|user'?s terminal|explain,? do not execute|do not (?:run|execute)|don'?t (?:run|execute)|never run|the user edits)\b/i;
const REFERENCE_RE =
  /\b(?:for reference|for example|e\.g\.|looks like|equivalent|under the hood|the script does (?:it|this|that) for you|sample output|example (?:request|call|usage|output|response)|output:)/i;
const DOC_USER_RE =
  /\b(?:explain,? do not execute|the user runs (?:these|the) commands|never run (?:these|any) commands yourself|do not run (?:these|any) commands yourself)\b/i;
const RUN_VERB_RE =
  /\b(?:run|execute|exec|invoke|launch|start|type|paste|enter|call|install|use|first|then|with)\b[^.\n]{0,30}$/i;

export function classify(before: string, doc: string): CommandContext {
  const tail = before.slice(-300);
  if (USER_RE.test(tail) || DOC_USER_RE.test(doc)) return 'user';
  if (REFERENCE_RE.test(tail)) return 'reference';
  return 'agent';
}

export function runVerbBefore(before: string): boolean {
  return RUN_VERB_RE.test(before.slice(-60));
}

/** verbs that introduce a command written in plain prose (`run curl -s … | sh`) */
const PROSE_CMD_RE = /\b(?:run|execute|exec|type|paste|enter|invoke)\s*:?\s+(?=\S)/gi;
const STRONG = new Set([
  'curl',
  'wget',
  'bash',
  'sh',
  'zsh',
  'python',
  'python3',
  'node',
  'perl',
  'ruby',
  'php',
  'nc',
  'ncat',
  'socat',
  'ssh',
  'eval',
  'source',
  'base64',
  'echo',
  'chmod',
  'crontab',
  'osascript',
  'security',
  'powershell',
  'pwsh',
  'iex',
  'iwr',
  'sudo',
  'git',
  'npm',
  'npx',
  'pip',
  'pip3',
  'cat',
  'tar',
  'zip',
  'scp',
  'rsync',
  'launchctl',
  'systemctl',
]);
const CMD_END =
  /[.;!?](?=\s|$)|\n\s*\n|\s(?:and|then|but|so|before|after|because|which|while|without|to make|so that)\s(?![-|&])/i;

/** commands written in plain prose after a run verb: [offset in text, command] */
export function proseCommands(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  PROSE_CMD_RE.lastIndex = 0;
  for (const m of text.matchAll(PROSE_CMD_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = text.slice(at, at + 600);
    const w = /^[\w.-]+/.exec(rest)?.[0]?.toLowerCase();
    if (!w || !STRONG.has(w)) continue;
    const end = CMD_END.exec(rest);
    const cmd = (end ? rest.slice(0, end.index) : rest).trim();
    if (cmd.includes(' ')) out.push([at, cmd]);
  }
  return out;
}

/** a secret-named variable: `ANTHROPIC_API_KEY`, `GITHUB_TOKEN`, `DB_PASSWORD` */
const SECRET_NAME = String.raw`[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:API_?KEY|KEY|TOKEN|SECRET|PASSWORD|PAT)`;
/** a URL whose query hands a secret-named variable as a value (`?key=$X_API_KEY`, `{X_TOKEN}`, `<X_SECRET>`) */
const URL_WITH_SECRET = new RegExp(
  String.raw`(https?://[^\s\`'"<>(){}$]+?[?&][\w.-]+=)(?:\$\{?|\{\{?\s*|<)(${SECRET_NAME})(?:\s*\}\}?|>)?`,
  'g',
);
/** a URL with an empty last value that the sentence completes ("… `?key=` with that value appended") */
const URL_APPENDED =
  /(https?:\/\/[^\s`'"<>(){}$]+?[?&][\w.-]+=)(?=[\s`'")]|$)[^.\n]{0,80}?\b(?:with|plus|and)\s+(?:that|the|this|its|your|their|the\s+user['’]s)\s+(?:value|key|token|secret)\s+(?:appended|added|attached|at\s+the\s+end)/g;
const SECRET_MENTION = new RegExp(String.raw`\b${SECRET_NAME}\b`, 'g');
/** a secret-named variable sent to a URL in words ("send the user's OPENAI_API_KEY to https://…") */
const SENT_TO_URL = new RegExp(
  String.raw`(?<!\b(?:[Nn]ever|[Nn]ot|[Dd]on['’]t|[Dd]o\s+not)\s+)\b(?:[Ss]end|[Pp]ost|[Ss]ubmit|[Uu]pload|[Ff]orward|[Tt]ransmit)\s+(?:the\s+(?:user['’]s\s+)?|your\s+|their\s+)?[\`'"]?\$?\{?(${SECRET_NAME})\}?[\`'"]?(?:\s+(?:value|variable|key|token))?\s+(?:to|at)\s+[\`'"<]?(https?://[^\s\`'"<>(){}]+)`,
  'g',
);

/**
 * a URL and a secret-named variable whose value the sentence makes one of its query parameters
 * ("send a GET request to https://… with the value of $ANTHROPIC_API_KEY as the `k` parameter")
 */
const URL_PARAM_VALUE = new RegExp(
  String.raw`(https?://[^\s\`'"<>(){}$]+?)[.,;:]?[\`'">]?\s+(?:with|adding|appending|passing|putting|and\s+(?:add|append|pass|put))\s+(?:the\s+)?(?:value|contents?)\s+of\s+(?:the\s+|your\s+)?[\`'"]?\$?\{?(${SECRET_NAME})\}?[\`'"]?(?:\s+(?:variable|key|token))?\s+(?:as|in|for|into)\s+(?:the\s+|a\s+|its\s+)?[\`'"]?([\w.-]{1,40})[\`'"]?\s+(?:query\s+)?(?:parameter|param|argument|field|value)\b`,
  'g',
);

/**
 * Requests the text asks for in words, with a secret in the URL or sent to one (`open
 * https://…/enable?key=$ANTHROPIC_API_KEY with your web fetch tool`, "fetch `https://…?key=` with
 * that value appended" after a step naming the variable, "send OPENAI_API_KEY to https://…", "GET
 * https://… with the value of X_TOKEN as the `k` parameter"):
 * [offset, the request as a curl command],
 * so the command rules judge where the key goes as they judge `curl "https://…?key=$KEY"` (a key
 * sent to its own service is a client; to any other host it leaves).
 */
export function proseSecretRequests(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const m of text.matchAll(URL_WITH_SECRET))
    out.push([m.index ?? 0, `curl -s "${m[1] as string}\${${m[2] as string}}"`]);
  for (const m of text.matchAll(SENT_TO_URL))
    out.push([
      m.index ?? 0,
      `curl -s -d "\${${m[1] as string}}" "${(m[2] as string).replace(/[.,;:!?]+$/, '')}"`,
    ]);
  for (const m of text.matchAll(URL_PARAM_VALUE)) {
    const url = (m[1] as string).replace(/[.,;:!?]+$/, '');
    const join = url.includes('?') ? '&' : '?';
    out.push([m.index ?? 0, `curl -s "${url}${join}${m[3] as string}=\${${m[2] as string}}"`]);
  }
  for (const m of text.matchAll(URL_APPENDED)) {
    const at = m.index ?? 0;
    // the variable the value was taken from: the last one named in the 600 characters before
    const before = text.slice(Math.max(0, at - 600), at);
    const named = [...before.matchAll(SECRET_MENTION)].pop()?.[0];
    if (named) out.push([at, `curl -s "${m[1] as string}\${${named}}"`]);
    if (out.length >= 32) break;
  }
  return out;
}
