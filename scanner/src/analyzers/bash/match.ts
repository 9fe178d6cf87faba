/**
 * The bash rule `match` vocabulary: validated in plain words, evaluated against command facts.
 *
 *   match:
 *     command: CommandPattern              a command (after resolving sudo/env/nohup/xargs/quoting)
 *     flow: { from: [CommandPattern], to?: [CommandPattern], into: code | data | file,
 *             digest?: unpinned | pinned }
 *                                          output of a `from` command reaches a `to` command as
 *                                          code it runs, as any input, or as a file it is given;
 *                                          `digest: unpinned` leaves out flows through a file the
 *                                          command runs only after a check against a digest
 *                                          pinned in the script, `pinned` keeps only those
 *     capability: exec | network | network-dynamic | fs.read | fs.write | env
 *     output: text                         what the script prints to the agent (echo/printf/heredoc
 *                                          text not redirected or piped) holds something the prose
 *                                          rules flag; their findings come with the hit
 *     any: [match, …]                      any of several matches
 *
 *   CommandPattern keys (all optional, all must hold):
 *     name, flags, notFlags, args, allArgs, notArgs, input, reads, lists, writes, redirectTo, wrappers,
 *     notPaths, notContent, declares, notDeclares, notAfter, notStdin, notOutput, job, notJob, notCopy,
 *     notWriter, carries, agentJob, reaches,
 *     client, notClient, installs, program, runs
 */
import { homeward } from '../../capabilities/match.js';
import type { CmdFact } from './facts.js';
import { globProblem, globRegExp } from './glob.js';
import { installedLookalike } from './lookalike.js';
import { UNKNOWN } from './values.js';
import { runsMovingPackage, runsRemoteModule, setsScriptShell } from './runners.js';

export interface CommandPattern {
  name?: string[];
  flags?: string[];
  notFlags?: string[];
  args?: string[];
  allArgs?: string[];
  notArgs?: string[];
  input?: string[];
  reads?: string[];
  lists?: string[];
  writes?: string[];
  redirectTo?: string[];
  wrappers?: string[];
  notPaths?: string[];
  notContent?: string[];
  declares?: string[];
  notDeclares?: string[];
  notAfter?: string[];
  notStdin?: string[];
  notOutput?: string[];
  job?: string[];
  notJob?: string[];
  notCopy?: string[];
  notWriter?: string[];
  carries?: string[];
  client?: string[];
  notClient?: string[];
  agentJob?: string[];
  reaches?: string[];
  installs?: string[];
  program?: string[];
  runs?: string[];
}

export type Capability = 'exec' | 'network' | 'network-dynamic' | 'fs.read' | 'fs.write' | 'env';

export type BashMatch =
  | { command: CommandPattern }
  | {
      flow: {
        from: CommandPattern[];
        to?: CommandPattern[];
        into: 'code' | 'data' | 'file';
        digest?: 'unpinned' | 'pinned';
        issuer?: 'exempt';
      };
    }
  | { capability: Capability }
  | { output: 'text' }
  | { any: BashMatch[] };

const PATTERN_KEYS: Record<keyof CommandPattern, string> = {
  name: 'program names or globs (`curl`, `python*`), matched after resolving wrappers and paths',
  flags:
    'options, any of which must be present (`-e`, `--exec`); short options match inside clusters like `-fNR`',
  notFlags: 'options none of which may be present',
  args: 'globs, one of which some argument must match (`*` matches anything)',
  allArgs: 'globs, each of which some argument must match',
  notArgs: 'globs no argument may match',
  input: 'globs matched against heredoc/herestring text',
  reads:
    'path globs (`~/.ssh/id_*`, `**/.env`) of files the command reads (their contents: listing or sizing a path with ls, du, stat, wc, file, tree or a find that runs nothing is not reading it)',
  lists:
    'path globs of paths the command only lists or sizes (ls, du, stat, wc, file, tree, a find that runs nothing): names, sizes and times, not contents',
  writes: 'path globs of files the command writes (redirects, tee, cp, curl -o…)',
  redirectTo: 'path globs of redirect targets (`/dev/tcp/*`)',
  wrappers: 'wrapper programs, one of which must have started the command (`sudo`)',
  notPaths:
    'path globs that reads/lists/writes/redirectTo must not match to count (`**/*.pub`, `/dev/tcp/127.*/**`); as in .gitignore, a glob starting with `!` takes back the paths the globs above it left out, and the last glob a path matches decides (`~/.openclaw/workspace/?*/**` then `!~/.openclaw/workspace/memory/**`)',
  notContent:
    'globs: when the text the command writes is statically known (echo/printf arguments, heredoc) and every line matches one, it does not count (a glob starting with `!` takes back the lines the globs above it let through, the last glob a line matches deciding); lines with `$(`, backticks, `;|&<>` or a world-writable directory (/tmp, /var/tmp, /dev/shm) never match',
  declares:
    '`env`: (command matches) what the command writes is only environment declarations (`export NAME="value"` of a variable that runs no code and redirects no traffic, its name fixed by the script and its value typed or passed in, not another command\'s output), comments, blank lines, or a line sourcing (`source F`, `[ -f F ] && . F`) an owner-only file the script itself filled with such declarations',
  notDeclares:
    '`env`: (command matches) the command does not count when `declares: [env]` holds or it writes nothing (`touch`)',
  agentJob:
    '`remote`, `local`, `message`: the command schedules an agent job (`openclaw cron add`, an agent CLI with `--schedule`/`--cron`/`--every`) whose payload fetches/runs remote code, sends data or touches credentials (`remote`), runs a program or script or is only known at run time (`local`, recurring jobs only), or is a plain prompt (`message`)',
  notStdin:
    "`pruned-list`: (command matches) the command does not count when all it reads on stdin, through a pipe, is its own program's listing (`crontab -l`) with lines taken out (`grep -v PAT`, `sed '/PAT/d'`, `awk '!/PAT/'`, sort, uniq): it removes entries, it adds none",
  notOutput:
    '`discarded`: (command matches) the command does not count when its standard output goes nowhere (its last stdout redirect is `>/dev/null` or `&>/dev/null`): it only tests whether what it asks for exists (`security find-generic-password -s NAME -w &>/dev/null || security add-generic-password …`), nothing reads what it prints; `2>/dev/null` alone, a pipe or a capture still count',
  job: "`own`: (command matches) the job the command installs runs only the skill's own scripts (by the script's folder, `{baseDir}`, or the agent's skills folder under the skill's own name), with their interpreter, output to a log or nowhere, and no loader or search-path setting: the table `crontab -` reads (through a pipe from its own listing, line filters, echo/printf, or a heredoc), a launchd plist (ProgramArguments) or systemd unit (Exec lines) it writes, or a `launchctl`/`systemctl` command loading such a file the script wrote",
  notJob: '`own`: (command matches) the command does not count when `job: [own]` holds',
  notCopy:
    '`shipped`: (command matches) the command does not count when it is a `cp` or `install` of files the skill ships (each source a file of the skill the script does not write, by a literal path or one under the script\'s folder): the code put in place is scanned with the skill and judged by its own findings; `argument`: when it is an `ln`, `cp` or `install` whose every source is a path under a folder the user passes to the script (`$1`, `${1:?…}`, through variables: `src="$repo/.zshrc"` after `repo=$1`): the user\'s own file (a dotfiles repository) put in place',
  notWriter:
    "`completion`: (command matches) the command does not count when what it writes is a program's own shell completion script: a program (not a text printer, copier, downloader or interpreter) run with a completion subcommand or option (`gh completion -s bash`, `rustup completions zsh`, `pip completion --bash`, `register-python-argcomplete tool`), writing by a redirect or through `tee` fed only by such programs",
  carries:
    "`identity`: a value the command sends (a DNS name it resolves, an HTTP client's URL or request body) carries the user or host name (`whoami`, `hostname`, `$USER`, `git config user.email`…); a host name only when the identity sits in the labels left of a constant domain (`$(whoami).x.example`, not `$(hostname).local` or `$USER@host`); `secret`: a name the command resolves carries a secret-named environment variable (`$GITHUB_TOKEN`, directly or through the commands that print it), never only an HTTP request (API authentication); `computed`: an HTTP client sends something only known at run time (an expansion in its URL, data, form or header values, or a file's text); `credential`: an HTTP client (or gh, which publishes all its words) sends a secret anywhere (a secret-named environment variable in its URL, data, form or header values, or the output of a command the exfiltration rules take secrets from, a credential file it reads or is fed), for destinations where no token of the user's authenticates",
  reaches:
    '`remote`: the command reaches another machine, a host it names or one only known at run time (scp/rsync between local paths such as `"$(mktemp -d)"` or `~/x` does not)',
  client:
    "`issuer`: (command matches) the command prints one credential of a known issuer (capabilities/issuers.ts: a keychain item, a tool's file, one dotenv key) and that value reaches only network commands that send to the issuer's own API hosts (at least one), and no command that writes a file",
  notClient: '`issuer`: (command matches) the command does not count when `client: [issuer]` holds',
  installs:
    '`lookalike`: the command installs a package by name (`pip install`, `python3 -m pip install`, `uv pip install`, `uv add`, `npm install|i|add`, `pnpm add`, `yarn add`, `bun add`) named one edit away from a popular package of that registry (manifest/popular.ts, as manifest-typosquat-dependency: five letters or more, not popular itself, not the same name with a version digit; scoped npm names, paths and URLs are not names)',
  program:
    '`computed`: the program word is only known at run time (a variable or substitution whose value the scan cannot compute: `$c -fsSL URL` after `c` was built in a loop or read from a process), so what runs is whatever the script made of it',
  runs: "`remote-module`: `go run MODULE@VERSION` of a module on a host other than the Go project's own (golang.org) by a version that is not exact (`@latest`, a branch, a query); `moving-tag`: a package runner (npx, pnpx, bunx, uvx, `pnpm dlx`, `yarn dlx`) runs a registry package that is not a popular one (manifest/popular.ts) by a moving tag (`@latest`, `@next`), not an exact version or a range, or by its name alone where the runner fetches it without asking (`pnpm dlx`, `yarn dlx`, bunx, `npx -y`); `script-shell`: npm's script-shell is set (`npm config set script-shell P`, a `script-shell=P` line written to an .npmrc) to a program other than a system shell (sh, bash, zsh, cmd.exe, pwsh)",
  notAfter:
    'argument globs (`unload`, `bootout`): the command does not count when an earlier command of the same program had one of them and named the same subject (the last argument, compared by base name without a .plist/.service extension): `launchctl unload X; launchctl load X` restarts a job that exists',
};

/**
 * The command's standard output goes nowhere: its last redirect of stdout (`>`, `>>`, `>|` with no
 * descriptor or 1, `&>`, `&>>`) is to /dev/null (`security find-generic-password -s X &>/dev/null`
 * tests that an item exists). A dup (`>&2`) keeps it on the terminal, where the agent reads it.
 */
export function outputDiscarded(f: CmdFact): boolean {
  let nowhere = false;
  for (const r of f.cmd.redirects) {
    const toStdout =
      r.op === '&>' ||
      r.op === '&>>' ||
      ((r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '>&') &&
        (r.fd === undefined || r.fd === '1'));
    if (!toStdout) continue;
    nowhere = r.target?.raw.replace(/^(["'])(.*)\1$/, '$2') === '/dev/null';
  }
  return nowhere;
}

/** programs whose output is text the script chose, a copy, a download or code they run */
const NOT_COMPLETION_PRINTERS =
  /^(?:echo|printf|cat|tee|cp|install|mv|ln|dd|sed|awk|gawk|perl|ruby|php|python|node|deno|bun|sh|bash|zsh|dash|ksh|fish|eval|source|curl|wget|base64|xxd|openssl|gzip|zcat|tar|unzip|head|tail|env|sudo|exec|command|xargs)$/;
const COMPLETION_WORD =
  /^(?:completions?|complete|(?:gen(?:erate)?|shell)[-_]?completions?|--(?:gen(?:erate)?[-_]?)?completions?(?:=\S*)?|--completion[-_]script(?:=\S*)?)$/i;
const SHELL_WORD =
  /^(?:-{0,2}(?:bash|zsh|fish)|--shell=(?:bash|zsh|fish)|bash_source|zsh_source|fish_source)$/;

/**
 * The command prints a program's own shell completion script: a program that is not a text
 * printer, copier, downloader or interpreter, run with a completion subcommand or option among its
 * first three words and a shell named (`gh completion -s bash`, `rustup completions zsh`, `pip
 * completion --bash`), or with `completion` alone (`npm completion`), or
 * `register-python-argcomplete NAME`. What it prints is the program's, not the skill's text.
 */
export function printsOwnCompletion(f: CmdFact): boolean {
  if (f.fam === 'register-python-argcomplete') return f.positional.length > 0;
  if (NOT_COMPLETION_PRINTERS.test(f.fam) || f.code.stdin || f.code.words.length) return false;
  const words = f.args.map((a) => a.s);
  const at = words.slice(0, 3).findIndex((w) => COMPLETION_WORD.test(w));
  if (at < 0) return false;
  return (
    words.some((w) => SHELL_WORD.test(w) || /=(?:bash|zsh|fish)$/.test(w)) ||
    (words.length === 1 && /^completions?$/.test(words[0] as string))
  );
}

/** a known written text that is only harmless declarations (each line matches a glob) */
export function contentIsOnly(text: string | undefined, globs: readonly string[]): boolean {
  if (text === undefined) return false;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.length > 0 &&
    lines.every(
      (l) => !/\$\(|`|[;|&<>]|\/(?:var\/)?tmp\b|\/dev\/shm\b/.test(l) && lineExempt(l, globs),
    )
  );
}

/** the last glob a line matches decides, a `!glob` taking the line back (as in notPaths) */
function lineExempt(line: string, globs: readonly string[]): boolean {
  let exempt = false;
  for (const g of globs) {
    const not = g.startsWith('!');
    if (globRegExp(not ? g.slice(1) : g, false).test(line)) exempt = !not;
  }
  return exempt;
}

const CAPS: readonly Capability[] = [
  'exec',
  'network',
  'network-dynamic',
  'fs.read',
  'fs.write',
  'env',
];
const INTO = ['code', 'data', 'file'];

function stringList(v: unknown, where: string, problems: string[], glob = false): void {
  if (!Array.isArray(v) || v.length === 0) {
    problems.push(`${where} must be a non-empty list of strings`);
    return;
  }
  v.forEach((x, i) => {
    const p = glob
      ? globProblem(x)
      : typeof x === 'string' && x
        ? undefined
        : 'must be a non-empty string';
    if (p) problems.push(`${where}[${i}] ${p}`);
  });
}

/** the pattern keys whose list holds words from a fixed vocabulary, and those words */
const KEY_WORDS: Readonly<Record<string, readonly string[]>> = {
  agentJob: ['remote', 'local', 'message'],
  installs: ['lookalike'],
  program: ['computed'],
  runs: ['remote-module', 'moving-tag', 'script-shell'],
  reaches: ['remote'],
  client: ['issuer'],
  notClient: ['issuer'],
  declares: ['env'],
  notDeclares: ['env'],
  notStdin: ['pruned-list'],
  notOutput: ['discarded'],
  notCopy: ['shipped', 'argument'],
  notWriter: ['completion'],
  job: ['own'],
  notJob: ['own'],
  carries: ['identity', 'secret', 'computed', 'credential'],
};

function validatePattern(p: unknown, where: string, problems: string[]): void {
  if (!p || typeof p !== 'object' || Array.isArray(p)) {
    problems.push(
      `${where} must be a mapping with keys from: ${Object.keys(PATTERN_KEYS).join(', ')}`,
    );
    return;
  }
  const keys = Object.keys(p);
  if (!keys.length)
    problems.push(
      `${where} is empty; give at least one of ${Object.keys(PATTERN_KEYS).join(', ')}`,
    );
  for (const k of keys) {
    if (!(k in PATTERN_KEYS)) {
      problems.push(
        `${where} has unknown key "${k}" (allowed: ${Object.keys(PATTERN_KEYS).join(', ')})`,
      );
      continue;
    }
    stringList((p as Record<string, unknown>)[k], `${where}.${k}`, problems, true);
    const words = KEY_WORDS[k];
    const v = (p as Record<string, unknown>)[k];
    if (words && Array.isArray(v) && v.some((x) => !words.includes(x as string)))
      problems.push(`${where}.${k} may only list: ${words.join(', ')}`);
  }
}

export function validateBashMatch(
  match: Record<string, unknown>,
  where = 'match',
  depth = 0,
): string[] {
  const problems: string[] = [];
  const keys = Object.keys(match);
  const allowed = ['command', 'flow', 'capability', 'output', 'any'];
  if (keys.length !== 1 || !allowed.includes(keys[0] as string)) {
    problems.push(
      `${where} must have exactly one of ${allowed.join(', ')} (found: ${keys.join(', ') || 'nothing'})`,
    );
    return problems;
  }
  const k = keys[0] as string;
  const v = match[k];
  if (k === 'command') validatePattern(v, `${where}.command`, problems);
  else if (k === 'output') {
    if (v !== 'text')
      problems.push(
        `${where}.output must be text (what the script prints, scanned by the prose rules)`,
      );
  } else if (k === 'capability') {
    if (!CAPS.includes(v as Capability))
      problems.push(`${where}.capability must be one of ${CAPS.join(', ')}`);
  } else if (k === 'flow') {
    if (!v || typeof v !== 'object' || Array.isArray(v))
      problems.push(`${where}.flow must be a mapping with from, to (optional) and into`);
    else {
      const f = v as Record<string, unknown>;
      for (const key of Object.keys(f))
        if (!['from', 'to', 'into', 'digest', 'issuer'].includes(key))
          problems.push(
            `${where}.flow has unknown key "${key}" (allowed: from, to, into, digest, issuer)`,
          );
      if (f['issuer'] !== undefined && f['issuer'] !== 'exempt')
        problems.push(
          `${where}.flow.issuer must be exempt (a credential sent only to its own service does not count)`,
        );
      if (f['digest'] !== undefined && f['digest'] !== 'unpinned' && f['digest'] !== 'pinned')
        problems.push(`${where}.flow.digest must be unpinned or pinned`);
      if (!Array.isArray(f['from']) || !f['from'].length)
        problems.push(`${where}.flow.from must be a non-empty list of command patterns`);
      else f['from'].forEach((p, i) => validatePattern(p, `${where}.flow.from[${i}]`, problems));
      if (f['to'] !== undefined) {
        if (!Array.isArray(f['to']) || !f['to'].length)
          problems.push(`${where}.flow.to must be a non-empty list of command patterns`);
        else f['to'].forEach((p, i) => validatePattern(p, `${where}.flow.to[${i}]`, problems));
      }
      if (!INTO.includes(f['into'] as string))
        problems.push(`${where}.flow.into must be one of ${INTO.join(', ')}`);
    }
  } else {
    if (!Array.isArray(v) || !v.length)
      problems.push(`${where}.any must be a non-empty list of matches`);
    else if (depth > 3) problems.push(`${where}.any is nested too deeply`);
    else
      v.forEach((m, i) => {
        if (!m || typeof m !== 'object' || Array.isArray(m))
          problems.push(`${where}.any[${i}] must be a mapping`);
        else
          problems.push(
            ...validateBashMatch(m as Record<string, unknown>, `${where}.any[${i}]`, depth + 1),
          );
      });
  }
  return problems;
}

/**
 * A glob list compiled to one alternation (the globs are anchored, flag-identical regexes, so
 * "some glob matches" is "the alternation matches"), answers memoized per value: the same
 * arguments and paths come back command after command and file after file.
 */
interface Globs {
  rx: RegExp;
  memo: Map<string, boolean>;
}

function globs(list: string[] | undefined, paths: boolean): Globs | undefined {
  if (!list) return undefined;
  const parts = list.map((x) => globRegExp(x, paths));
  // an empty list matches nothing, as `[].some(...)` did
  const rx =
    parts.length === 1
      ? (parts[0] as RegExp)
      : new RegExp(parts.length ? parts.map((r) => `(?:${r.source})`).join('|') : '(?!)', 'is');
  return { rx, memo: new Map() };
}

/** only short values (names, flags, most arguments and paths) are memoized, at most MEMO_SIZE per list: the memo lives as long as the rules, so its memory stays small */
const MEMO_LEN = 64;
const MEMO_SIZE = 1024;

function some(g: Globs | undefined, v: string): boolean {
  if (g === undefined) return false;
  if (v.length > MEMO_LEN) return g.rx.test(v);
  let hit = g.memo.get(v);
  if (hit === undefined) {
    hit = g.rx.test(v);
    if (g.memo.size < MEMO_SIZE) g.memo.set(v, hit);
  }
  return hit;
}

/**
 * notPaths with `!` globs (see PATTERN_KEYS), as one test: the last glob a path matches decides,
 * so the runs are folded from the first (`a, !b, c` leaves out `c | (not b and a)`)
 */
function ordered(list: readonly string[]): Globs {
  let out = '(?!)';
  for (let i = 0; i < list.length;) {
    const keep = (list[i] as string).startsWith('!');
    let j = i;
    while (j < list.length && (list[j] as string).startsWith('!') === keep) j++;
    const run = list
      .slice(i, j)
      .map((g) => `(?:${globRegExp(keep ? g.slice(1) : g, true).source})`)
      .join('|');
    out = keep ? `(?!${run})(?:${out})` : `${run}|${out}`;
    i = j;
  }
  return { rx: new RegExp(out, 'is'), memo: new Map() };
}

interface Compiled {
  name?: Globs;
  test?: (f: CmdFact) => boolean;
  testNamed?: (f: CmdFact) => boolean;
  flags?: string[];
  flagGlobs?: Globs;
  notFlags?: string[];
  notFlagGlobs?: Globs;
  args?: Globs;
  /** each glob on its own: every one must match some argument */
  allArgs?: Globs[];
  notArgs?: Globs;
  input?: Globs;
  reads?: Globs;
  /** the literal folders the `reads` globs lie in (`~/.kube/config` → `~/.kube/`) */
  readDirs?: string[];
  lists?: Globs;
  writes?: Globs;
  redirectTo?: Globs;
  wrappers?: Globs;
  notPaths?: Globs;
  remote?: boolean;
  lookalike?: boolean;
  computed?: boolean;
  remoteModule?: boolean;
  movingTag?: boolean;
  scriptShell?: boolean;
}

const compiledPatterns = new WeakMap<CommandPattern, Compiled>();

function compile(p: CommandPattern): Compiled {
  let c = compiledPatterns.get(p);
  if (c) return c;
  const a = (g?: string[]) => globs(g, false);
  const P = (g?: string[]) => globs(g, true);
  const star = (g?: string[]) => g?.filter((x) => x.includes('*'));
  c = {
    name: a(p.name),
    flags: p.flags?.filter((x) => !x.includes('*')),
    flagGlobs: a(star(p.flags)),
    notFlags: p.notFlags?.filter((x) => !x.includes('*')),
    notFlagGlobs: a(star(p.notFlags)),
    args: a(p.args),
    allArgs: p.allArgs?.map((x) => globs([x], false) as Globs),
    notArgs: a(p.notArgs),
    input: a(p.input),
    reads: P(p.reads),
    ...(p.reads ? { readDirs: p.reads.map(literalDir).filter((d) => d.length > 2) } : {}),
    lists: P(p.lists),
    writes: P(p.writes),
    redirectTo: P(p.redirectTo),
    wrappers: a(p.wrappers),
    notPaths: p.notPaths?.some((g) => g.startsWith('!')) ? ordered(p.notPaths) : P(p.notPaths),
    ...(p.reaches?.includes('remote') ? { remote: true } : {}),
    ...(p.installs?.includes('lookalike') ? { lookalike: true } : {}),
    ...(p.program?.includes('computed') ? { computed: true } : {}),
    ...(p.runs?.includes('remote-module') ? { remoteModule: true } : {}),
    ...(p.runs?.includes('moving-tag') ? { movingTag: true } : {}),
    ...(p.runs?.includes('script-shell') ? { scriptShell: true } : {}),
  };
  compiledPatterns.set(p, c);
  return c;
}

/** the folder part of a glob before its first wildcard: `~/.ssh/id_*` → `~/.ssh/`, `**\/.env` → `` */
function literalDir(glob: string): string {
  const wild = glob.search(/[*?[{]/);
  const lit = wild < 0 ? glob : glob.slice(0, wild);
  return lit.slice(0, lit.lastIndexOf('/') + 1);
}

/** a folder read whole holds a file the globs name (`tar czf o.tgz ~/.kube` reads ~/.kube/config) */
function holdsRead(c: Compiled, tree: string): boolean {
  const dir = tree.replace(/\/+$/, '') + '/';
  if (dir.length < 3 || some(c.notPaths, tree)) return false;
  return c.readDirs?.some((d) => d.startsWith(dir)) ?? false;
}

/**
 * the path matches `g` and not `not`, or (capabilities/match.ts homeward) the path it climbs to
 * taken under the home does (`../../.ssh/id_rsa` as `~/.ssh/id_rsa`)
 */
function pathHit(g: Globs | undefined, not: Globs | undefined, p: string): boolean {
  if (some(g, p) && !some(not, p)) return true;
  const h = homeward(p);
  return h !== undefined && some(g, h) && !some(not, h);
}

/** flags: exact options, or globs such as `-p*` for attached values (7z -pSECRET) */
function flagHit(f: CmdFact, exact: string[] | undefined, g: Globs | undefined): boolean {
  if (exact?.some((x) => f.flags.has(x))) return true;
  return g !== undefined && f.args.some((a) => some(g, a.s));
}

/** `named`: the caller knows the command's name or family passes the name test */
/** every key of the pattern holds for the command (the order of the checks is only their cost) */
function matches(c: Compiled, f: CmdFact, named = false): boolean {
  if (!named && c.name && !some(c.name, f.name) && !some(c.name, f.fam)) return false;
  if (c.input && !(f.input !== undefined && some(c.input, f.input))) return false;
  // listing or sizing a path (`ls ~/.ssh`, `du -sh ~/.claude`) does not read it; `lists` matches
  // it; nor does printing one location setting of a config (`jq -r .hue.host ~/.openclaw/…`)
  if (
    c.reads &&
    (f.listOnly ||
      f.settingOnly ||
      (!f.reads.some((r) => pathHit(c.reads, c.notPaths, r) && !f.ownReads?.includes(r)) &&
        !f.trees.some((t) => holdsRead(c, t))))
  )
    return false;
  if (c.lists && !(f.listOnly && f.reads.some((r) => pathHit(c.lists, c.notPaths, r))))
    return false;
  // a skill copying its own files into its own folder of an agent's skills directory installs
  // itself (install.ts): no write a pattern is about
  // nor does one putting a file back from the backup the script made of it (restore.ts), nor a
  // log or state file written in its own installed folder (own.ts)
  if (
    c.writes &&
    (f.installs ||
      !f.writes.some(
        (w) =>
          some(c.writes, w) &&
          !some(c.notPaths, w) &&
          !f.restores?.includes(w) &&
          !f.ownWrites?.includes(w),
      ))
  )
    return false;
  if (c.redirectTo && !f.redirectTargets.some((t) => some(c.redirectTo, t) && !some(c.notPaths, t)))
    return false;
  if (c.wrappers && !f.wrappers.some((w) => some(c.wrappers, w))) return false;
  if (c.remote && !f.hosts.length && !f.dynamicHost) return false;
  // options and arguments last: each one is a glob test, and most commands have several, while
  // the checks above fail at once for a command that reads, writes or redirects nothing
  if ((c.flags || c.flagGlobs) && !flagHit(f, c.flags, c.flagGlobs)) return false;
  if ((c.notFlags || c.notFlagGlobs) && flagHit(f, c.notFlags, c.notFlagGlobs)) return false;
  if (c.args && !f.args.some((x) => some(c.args, x.s))) return false;
  if (c.allArgs && !c.allArgs.every((g) => f.args.some((x) => some(g, x.s)))) return false;
  if (c.notArgs && f.args.some((x) => some(c.notArgs, x.s))) return false;
  if (c.lookalike && !installedLookalike(f)) return false;
  if (c.computed && !f.program.s.includes(UNKNOWN)) return false;
  if (
    (c.remoteModule || c.movingTag || c.scriptShell) &&
    !(
      (c.remoteModule && runsRemoteModule(f)) ||
      (c.movingTag && runsMovingPackage(f)) ||
      (c.scriptShell && setsScriptShell(f))
    )
  )
    return false;
  return true;
}

export function patternMatches(p: CommandPattern, f: CmdFact): boolean {
  return matches(compile(p), f);
}

/** `patternMatches` with the pattern compiled once, for testing many commands */
export function commandMatcher(p: CommandPattern): (f: CmdFact) => boolean {
  const c = compile(p);
  return (c.test ??= (f) => matches(c, f));
}

/** `commandMatcher` for commands whose name or family is known to pass the pattern's name test */
export function namedCommandMatcher(p: CommandPattern): (f: CmdFact) => boolean {
  const c = compile(p);
  return (c.testNamed ??= (f) => matches(c, f, true));
}

/**
 * The pattern's program-name test alone (undefined when it has no `name`): a command whose name
 * and family both fail it cannot match, so callers index commands by name and skip them.
 */
export function commandNameTest(p: CommandPattern): ((name: string) => boolean) | undefined {
  const g = compile(p).name;
  return g && ((v: string) => some(g, v));
}

/** a `name` entry that is a plain program name: it matches a name equal to it but for ASCII case */
const LITERAL_NAME = /^[A-Za-z0-9._+-]+$/;
/** a name of ASCII characters only (no other character folds onto an ASCII letter in a glob test) */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The program-name tests of many patterns (a rule set's), asked once per program name instead of
 * once per pattern and command: `accepting(name)` gives the positions of the patterns whose name
 * test (`commandNameTest`) passes. Names made only of plain program names are looked up in one
 * map (the globs are `^name$` tested case-insensitively, so on an ASCII name that is equality of
 * the lower-cased strings, and a non-ASCII name never equals an ASCII one); a pattern with any
 * other name entry (`xmrig*`) is tested with its own globs.
 */
export class NameIndex {
  /** the position of each pattern given, by pattern */
  readonly slots = new Map<CommandPattern, number>();
  private readonly literal = new Map<string, number[]>();
  private readonly other: Array<[number, Globs]> = [];

  constructor(patterns: readonly CommandPattern[]) {
    for (const p of patterns) {
      const g = compile(p).name;
      if (!g || !p.name || this.slots.has(p)) continue;
      const slot = this.slots.size;
      this.slots.set(p, slot);
      if (!p.name.every((n) => LITERAL_NAME.test(n))) {
        this.other.push([slot, g]);
        continue;
      }
      for (const n of new Set(p.name.map((x) => x.toLowerCase()))) {
        const list = this.literal.get(n);
        if (list) list.push(slot);
        else this.literal.set(n, [slot]);
      }
    }
  }

  /** the positions of the patterns whose name test accepts `name`, each once */
  accepting(name: string): number[] {
    const out = ASCII.test(name) ? [...(this.literal.get(name.toLowerCase()) ?? [])] : [];
    for (const [slot, g] of this.other) if (some(g, name)) out.push(slot);
    return out;
  }
}
