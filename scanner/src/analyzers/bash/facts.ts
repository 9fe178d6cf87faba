/**
 * Per-command facts: the program actually run (after `sudo`, `env`, `nohup`, `xargs`… and quoting
 * tricks), its flags and arguments, the files it reads and writes, the hosts it contacts and
 * where it takes code from.
 */
import {
  BUILTINS,
  DOWNLOADERS,
  INTERPRETERS,
  KNOWN_COMMANDS,
  NON_READERS,
  OPTION_SPECS,
  READERS,
  WRAPPERS,
  SHELLS,
  family,
  interpreterOf,
} from './commands.js';
import { domainToASCII } from 'node:url';
import { globRegExp } from './glob.js';
import { litWord, type Cmd, type Script, type Word } from './ir.js';
import { Deep, Env, UNKNOWN, normPath, type Val } from './values.js';
import { readsSetting } from './credentials.js';
import { editText } from './decode.js';
import { agentSkillFolder } from '../../engine/hints.js';

export interface Host {
  host: string;
  port?: number;
}

/** paths that name the process's own stdin */
const STDIN_PATHS = /^(?:\/dev\/stdin|\/dev\/fd\/0|\/proc\/self\/fd\/0)$/;
const SHELL_VAR = /^"?\$\{?(?:SHELL|BASH|ZSH_NAME)\}?"?$/;
/** inline shell code that runs its stdin (`sh -c 'cat | sh'`, `bash -c 'eval "$(cat)"'`) */
const SH_RUNS_STDIN =
  /(?:^|[|;&({]\s*)(?:cat(?:\s+-)?\s*\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|(?:ba|z|da|k)?sh(?:\s+-s\b[^;&|)]*)?\s*(?:$|[;&)}])|(?:source|\.)\s+\/dev\/stdin\b|eval\s+"?\$\((?:cat|<\s*\/dev\/stdin)\b)/;
/** inline code of another language that reads its stdin and evaluates what it read */
export const READS_STDIN =
  /sys\.stdin|\binput\s*\(|open\s*\(\s*0\b|\/dev\/stdin|fileinput|readFileSync\s*\(\s*0\b|process\.stdin|<STDIN>|<>|\$stdin|\bSTDIN\b|\bgets\b|\bARGF\b|php:\/\/stdin/;
const EVALUATES =
  /\b(?:exec|eval|compile|system|Function|runInThisContext|runInNewContext|instance_eval|popen|execSync|spawnSync)\b/;
/** an awk program that hands its input to a shell (`{system($0)}`, `print | "sh"`) */
const AWK_RUNS = /\bsystem\s*\(|\|\s*"(?:\/bin\/)?(?:ba|z|da)?sh\b/;

/** git clone options whose value is the next word */
const CLONE_VALUE_OPTS =
  /^(?:--depth|--branch|-b|--origin|-o|--config|-c|--reference|--reference-if-able|--separate-git-dir|--jobs|-j|--filter|--shallow-since|--shallow-exclude|--template|--upload-pack|-u|--server-option)$/;

export interface CmdFact {
  id: number;
  cmd: Cmd;
  /** basename of the program run, as written after resolution (`curl`) */
  name: string;
  /** family key (`python3.12` → `python`) */
  fam: string;
  /** the program word as resolved (`/usr/bin/curl`, `~/.cache/x`) */
  program: Val;
  wrappers: string[];
  args: Val[];
  flags: Set<string>;
  /** option → values (`-o` → [file]) */
  opts: Map<string, Val[]>;
  positional: Val[];
  reads: string[];
  /**
   * the folders among `reads` that the command reads whole, files and subfolders (`tar czf o.tgz
   * ~/.kube`, `zip -r`, `cp -r`, `rsync`): a folder that holds a credential file reads it
   */
  trees: string[];
  /**
   * the command only reports names, sizes, times or counts of the paths in `reads` (`ls`, `du`,
   * `stat`, `wc`, `find` without an action that runs a program): their contents are not read
   */
  listOnly?: boolean;
  /**
   * the command prints one named setting that says where something is (`jq -r .hue.host
   * ~/.openclaw/openclaw.json`, `grep '^BRIDGE_HOST=' .env`): no secret of the file it reads
   */
  settingOnly?: boolean;
  /**
   * the paths among `reads` that are the skill's own files in the agent's folders (own.ts:
   * `~/.openclaw/private/<own>.env`, `~/.openclaw/skills/<own>/…`): no secret of the agent's
   */
  ownReads?: string[];
  /** writes of state files in the skill's own installed folder (own.ts markOwnReads) */
  ownWrites?: string[];
  /**
   * the command prints only this service's credential of the agent's configuration, dotted
   * (`channels.telegram.botToken`, credentials.ts markConfigKeys)
   */
  configKey?: string;
  writes: string[];
  /**
   * the command copies the skill's own files into the skill's own folder in an agent's skills
   * directory (install.ts): installing itself, which the `writes` patterns leave alone
   */
  installs?: boolean;
  /**
   * the targets it puts back from the backup the script made of them (restore.ts): their own
   * earlier contents, which the `writes` patterns leave alone
   */
  restores?: string[];
  /**
   * every write whose target is wholly unknown went to a fresh temporary file (`T=$(mktemp)`,
   * `curl -o "$T"`): a new name, never a file that already exists (see Facts.writersOf)
   */
  freshUnknown?: boolean;
  /**
   * the file names of its redirect writes whose path is wholly unknown but whose last part the
   * script fixes (`c="$STATE/cache.json"; … > "$c"`: `cache.json`), one per such write; null once
   * one names no file (see Facts.writersOf)
   */
  unknownNames?: string[] | null;
  /**
   * the last parts of the targets of its copies, moves and links (`ln -s … "$wt/node_modules"`:
   * `node_modules`) whose path is wholly unknown but whose last part the script fixes: what was
   * written there may be a folder, so no part of a path under it is known (see Facts.writersOf)
   */
  unknownTrees?: string[];
  /**
   * one of its writes to a wholly unknown path goes to a path made from what `mktemp` printed
   * (`> "$tmp"`, `git clone URL "$(mktemp -d)"`): it may have filled a temp file (see Flow.out)
   */
  tempTarget?: boolean;
  hosts: Host[];
  /** the command reaches the network but the host is only known at run time */
  dynamicHost: boolean;
  /** where this command takes code from */
  code: { stdin: boolean; words: Val[]; scripts: Val[] };
  /** the folder the command runs in, when a `cd` before it named one (see Facts) */
  cwd?: string;
  /** stdin is taken as arguments (xargs) */
  stdinAsArgs: boolean;
  /** `xargs -I R`: each R in the words is an item read (now UNKNOWN in their text) */
  stdinItems?: boolean;
  redirectTargets: string[];
  /** the archives an extractor unpacks (`unzip A -d D`, `7z x A -oD`): what it writes is made of them */
  unpacks?: string[];
  /** heredoc / herestring text fed to stdin */
  input?: string;
  inputVal?: Val;
  inputLine?: number;
  /** the file a `<` redirect feeds to the command's stdin (`mapfile -t a < list.txt`) */
  stdinFile?: Val;
}

/** programs whose output is a local path */
const LOCAL_PATH_PRINTERS = new Set(['mktemp', 'pwd', 'dirname', 'realpath', 'readlink']);

/**
 * programs that report what a path is (names, sizes, times, counts, type) without printing its
 * contents: listing or sizing a credential store is not reading it
 */
const LISTERS = new Set(['ls', 'du', 'stat', 'wc', 'find', 'file', 'tree']);
/** find actions that run a program on what it finds, or copy file contents out (`-fprint` names only) */
const FIND_RUNS = /^-(?:exec|execdir|ok|okdir)$/;
/** a script or program file (running one is execution, not reading a secret) */
const CODE_FILE = /\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|php|lua)$/i;
/** a file name followed by more words: a message about a path, not a path */
const MESSAGE = /\S\.[A-Za-z0-9]{1,8}\s+\S/;

/**
 * Inline code whose every expansion is the whole of a quoted literal handed to a JSON parser
 * (`node -e "console.log(JSON.parse('$RESP').url)"`, `python3 -c "print(json.loads('$R')['id'])"`):
 * a response read as data, not run. The fixed rest must not evaluate, import or spawn anything,
 * so `eval(JSON.parse('$R').code)` or `exec(json.loads('$R')['c'])` still runs what was fetched.
 */
const JSON_LITERAL: Partial<Record<string, RegExp>> = {
  javascript: /JSON\.parse\(\s*(['"])\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)\1\s*\)/g,
  python: /json\.loads\(\s*(['"])\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)\1\s*\)/g,
};
const RUNS_CODE =
  /\b(?:eval|Function|exec|execSync|execFile|spawn|spawnSync|fork|import|require|vm|child_process|system|popen|subprocess|compile|__import__|getattr|globals|setattr|open|write|writeFile|writeFileSync)\b|[`\\]|\$\(/;
function dataLiteralOnly(w: Val, language: string | undefined): boolean {
  const re = language ? JSON_LITERAL[language] : undefined;
  if (!re || !w.vars.length) return false;
  const text = w.raw.replace(/^"|"$/g, '');
  const rest = text
    .replace(re, 'null')
    // Python's own `import json` / `import sys, json` loads no code of the response's choosing
    .replace(/\bimport\s+(?:json|sys)(?:\s*,\s*(?:json|sys))*\s*(?:;|$)/g, '');
  return rest !== text && !/\$/.test(rest) && !RUNS_CODE.test(rest);
}
/** options naming where a program writes (`--output DIR`, `-o FILE`) */
const OUTPUT_OPT =
  /^(?:-o|--out|--output|--output-dir|--outdir|--out-dir|--dest|--destination|--target-dir)$/;

function isOption(s: string): boolean {
  return s.length > 1 && s.startsWith('-') && s !== '--';
}

interface Parsed {
  flags: Set<string>;
  opts: Map<string, Val[]>;
  positional: Val[];
  /** index in args of the first positional (for wrappers) */
  firstPositional: number;
}

/** tar's first word as old-style option letters: a mode (create, extract, list, append, update, diff) among letters */
const OLD_TAR = /^(?=[a-zA-Z]*[ctxrudA])[a-zA-Z]{1,12}$/;

/** Parses options by the program's spec; stops at the first positional when `stopAtPositional`. */
export function parseOptions(fam: string, args: Val[], stopAtPositional: boolean): Parsed {
  const spec = OPTION_SPECS[fam] ?? {};
  const flags = new Set<string>();
  const opts = new Map<string, Val[]>();
  const positional: Val[] = [];
  let firstPositional = args.length;
  const put = (k: string, v: Val | undefined) => {
    flags.add(k);
    if (v) opts.set(k, [...(opts.get(k) ?? []), v]);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Val;
    const s = a.s;
    if (s === '--') {
      if (firstPositional === args.length) firstPositional = i + 1;
      for (let j = i + 1; j < args.length; j++) positional.push(args[j] as Val);
      break;
    }
    if (i === 0 && (fam === 'tar' || fam === 'bsdtar') && OLD_TAR.test(s)) {
      // old-style bundled letters without a dash (`tar czf out.tgz dir`): each value-taking
      // letter takes the next word in turn
      for (const letter of s)
        put(`-${letter}`, spec.short?.includes(letter) ? args[++i] : undefined);
      continue;
    }
    if (!isOption(s) || (fam === 'nslookup' && s === '-')) {
      if (firstPositional === args.length) firstPositional = i;
      if (stopAtPositional) break;
      positional.push(a);
      continue;
    }
    if (s.startsWith('--')) {
      const eq = s.indexOf('=');
      if (eq > 0) put(s.slice(0, eq), { ...a, s: s.slice(eq + 1) });
      else if (spec.long?.includes(s.slice(2))) put(s, args[++i]);
      else if (spec.pairs?.includes(s.slice(2))) {
        // `--arg NAME VALUE`: both words in order
        put(s, args[++i]);
        put(s, args[++i]);
      } else put(s, undefined);
      continue;
    }
    // a cluster of short options; a value-taking letter swallows the rest or the next word
    for (let j = 1; j < s.length; j++) {
      const letter = s[j] as string;
      const key = `-${letter}`;
      if (spec.short?.includes(letter)) {
        const rest = s.slice(j + 1);
        put(key, rest ? { ...a, s: rest } : args[++i]);
        break;
      }
      flags.add(key);
      // single-dash long options (`-command`, `-in`): remember the whole word too
      if (j === 1 && s.length > 2) flags.add(s);
    }
  }
  return { flags, opts, positional, firstPositional };
}

const URL_RE =
  /\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s/@'"]*@)?(\[[0-9a-f:]+\]|[^\s/:?#'"\\]+)(?::([0-9]+))?/gi;
const DEFAULT_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ftp: 21,
  ftps: 990,
  ssh: 22,
  sftp: 22,
  git: 9418,
  ws: 80,
  wss: 443,
  rsync: 873,
};
const HOSTISH =
  /^(?:\[[0-9a-f:]+\]|[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?(?:\.[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?)+|localhost)$/i;

/** `a.b.example` stays; `…chunk….ns.example` becomes `*.ns.example`; all-unknown gives undefined */
function cleanHost(h: string): string | undefined {
  let s = h.toLowerCase().replace(/\.$/, '');
  // an international name is reached at its ASCII (punycode) form (`bücher.example` →
  // `xn--bcher-kva.example`), as a manifest must write it
  if (/[^\x00-\x7f]/.test(s) && !s.includes(UNKNOWN)) s = domainToASCII(s) || s;
  if (s.includes(UNKNOWN)) {
    const tail = s.slice(s.lastIndexOf(UNKNOWN) + 1);
    const dot = tail.indexOf('.');
    if (dot < 0) return undefined;
    s = `*${tail.slice(dot)}`;
    if (s.split('.').length < 3) return undefined;
  }
  return HOSTISH.test(s) && /[a-z]/i.test(s.replace(/\*/g, ''))
    ? s
    : /^[0-9.]+$/.test(s) && s.split('.').length === 4
      ? s
      : undefined;
}

export function urlHosts(s: string): Host[] {
  const out: Host[] = [];
  // URL_RE needs `://`
  if (!s.includes('://')) return out;
  for (const m of s.matchAll(URL_RE)) {
    const scheme = (m[1] as string).toLowerCase().replace(/^git\+/, '');
    // an IPv6 literal keeps its brackets (`http://[2001:db8::1]/`), as the other analyzers give it
    const host = cleanHost(m[2] as string);
    if (!host) continue;
    const port = m[3] ? Number(m[3]) : DEFAULT_PORTS[scheme];
    out.push(port !== undefined ? { host, port } : { host });
  }
  return out;
}

/**
 * The host of a URL spelt out before any part known only at run time
 * (`API="https://api.example/bot${TOKEN}"; curl "$API/send"`): the word's value has only UNKNOWN
 * for such a variable, its partial value (values.ts) keeps `https://api.example/bot…`. The host
 * must end at `/`, `?` or `#` before the first unknown part: `https://api.example${SUFFIX}` may
 * go on as `.elsewhere.example`, and `https://${H}/x` names no host.
 */
function partialUrlHosts(v: Val): Host[] {
  if (v.partial === v.s || !v.partial.includes('://')) return [];
  const cut = v.partial.split(UNKNOWN)[0] ?? '';
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^\s/?#'"\\]+)[/?#]/i.exec(cut);
  return m ? urlHosts(m[1] as string) : [];
}

function userHost(s: string): string | undefined {
  const at = s.lastIndexOf('@');
  let h = at >= 0 ? s.slice(at + 1) : s;
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  return cleanHost(h);
}

/**
 * An unquoted variable in command position whose value is known and holds blanks
 * (`c='curl -fsSL https://…'; $c | bash`, `c=curl\${IFS}-fsSL…`) is split into words by the shell:
 * the program and its arguments. Quoted (`"$c"`) it stays one word.
 */
function splitCommandVar(w0: Word | undefined, words: Val[], ifs?: string): Val[] {
  const v0 = words[0];
  // the positional parameters `set --` gave (`"$@"`, `$*`), split as the shell split them: at
  // blanks and at the characters of a known IFS (`IFS=,; set -- curl,-fsSL,URL; "$@"`)
  if (w0 && v0?.known && /^"?\$(?:[@*]|\{[@*]\})"?$/.test(w0.raw)) {
    const seps = `\\s${(ifs ?? '').replace(/[\\\]^-]/g, '\\$&')}`;
    const parts = v0.s.split(new RegExp(`[${seps}]+`)).filter(Boolean);
    if (parts.length < 2 || parts.length > 64) return words;
    return [...parts.map((s) => ({ ...v0, s, raw: s, partial: s })), ...words.slice(1)];
  }
  // an array's elements are words of their own, quoted or not (`get=(curl -fsSL); "${get[@]}" URL`)
  if (
    !w0 ||
    !v0 ||
    !v0.known ||
    !/^(?:\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\})|"\$\{[A-Za-z_]\w*\[@\]\}"|\$\{[A-Za-z_]\w*\[[@*]\]\})$/.test(
      w0.raw,
    )
  )
    return words;
  const parts = v0.s.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 64) return words;
  return [...parts.map((s) => ({ ...v0, s, raw: s, partial: s })), ...words.slice(1)];
}

/** `"${a[@]}"`, `${a[*]}`: all the elements of an array, one word each */
const ARRAY_ALL = /^(?:"\$\{[A-Za-z_]\w*\[@\]\}"|\$\{[A-Za-z_]\w*\[[@*]\]\})$/;

/** a known value's words (at most 64; more, or an unknown value, stays one word) */
function splitKnown(v: Val): Val[] {
  if (!v.known) return [v];
  const parts = v.s.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 64) return [v];
  return parts.map((s) => ({ ...v, s, raw: s, partial: s }));
}

/** Resolves wrappers; returns the index of the real program word in `words` and the wrappers. */
function resolveProgram(words: Val[]): {
  start: number;
  wrappers: string[];
  stdinAsArgs: boolean;
  inlineCode?: Val;
  /** `find ROOT … -exec PROG … {} \;`: the folder each `{}` stands under, and where -exec ends */
  found?: { root: string; end: number };
  /** `xargs -I R`: the text each item read replaces in the words after it */
  replace?: string;
} {
  let i = 0;
  const wrappers: string[] = [];
  let stdinAsArgs = false;
  let replace: string | undefined;
  for (let guard = 0; guard < 12 && i < words.length; guard++) {
    const w = words[i] as Val;
    const name = baseName(w.s);
    const fam = family(name);
    // `find … -exec sh -c 'CODE' _ {} \;`: the shell runs CODE for each match
    if (fam === 'find') {
      const x = words.findIndex(
        (a, j) =>
          j > i &&
          /^-(?:exec|execdir|ok|okdir)$/.test(a.s) &&
          SHELLS.has(family(baseName(words[j + 1]?.s ?? ''))) &&
          /^-[a-zA-Z]*c[a-zA-Z]*$/.test(words[j + 2]?.s ?? ''),
      );
      if (x > 0) {
        wrappers.push(name);
        i = x + 1;
        continue;
      }
      // `find D -name '*.sh' -exec bash {} \;`, `find D -type f -exec {} \;`: each file found
      // under D is run (the file is a match under D, `D/…`)
      const e = words.findIndex((a, j) => j > i && /^-(?:exec|execdir)$/.test(a.s));
      const prog = words[e + 1]?.s ?? '';
      const end = words.findIndex((a, j) => j > e + 1 && /^(?:\\?;|\+)$/.test(a.s));
      const root = words[i + 1]?.s;
      if (
        e > 0 &&
        root !== undefined &&
        !/^[-(!]/.test(root) &&
        (prog === '{}' ||
          (interpreterOf(baseName(prog)) !== undefined &&
            words.slice(e + 2, end < 0 ? undefined : end).some((a) => a.s === '{}')))
      ) {
        wrappers.push(name);
        return {
          start: e + 1,
          wrappers,
          stdinAsArgs,
          found: { root: normPath(root), end: end < 0 ? words.length : end },
        };
      }
      break;
    }
    // `cmd /c start "" x.exe`, `cmd.exe //c x.exe` (Git Bash), `start "" x.exe`: cmd runs the
    // rest of its line, start the program named after its window title and options
    if ((fam === 'cmd' || fam === 'cmd.exe') && /^\/\/?[ck]$/i.test(words[i + 1]?.s ?? '')) {
      if (i + 2 >= words.length) break;
      wrappers.push(name);
      // `cmd /c "npm install && npm run build"`: one quoted line, read as a shell's inline code
      const line = words[i + 2] as Val;
      if (i + 3 === words.length && line.known && /\s/.test(line.s.trim()))
        return { start: words.length, wrappers, stdinAsArgs, inlineCode: line };
      i += 2;
      continue;
    }
    if (
      /^start(?:\.exe)?$/i.test(name) &&
      (wrappers.some((x) => /^cmd/i.test(x)) ||
        words[i + 1]?.s === '' ||
        /\.(?:exe|bat|cmd|com|msi|scr)$/i.test(words[i + 1]?.s ?? ''))
    ) {
      let j = i + 1;
      const rest = words.length - j;
      // a quoted first word is the window's title when a program follows it
      if (rest > 1 && /^["']/.test(words[j]?.raw ?? '')) j++;
      while (j < words.length && /^\/[a-z]+$/i.test(words[j]?.s ?? ''))
        j += /^\/d$/i.test(words[j]?.s ?? '') ? 2 : 1;
      if (j >= words.length) break;
      wrappers.push(name);
      i = j;
      continue;
    }
    if (!WRAPPERS.has(fam)) break;
    const rest = words.slice(i + 1);
    // `coproc CMD ARGS`, `coproc NAME { CMD ARGS; }`: CMD runs with its stdin and stdout on the
    // NAME (COPROC) array's file descriptors
    if (fam === 'coproc') {
      let skip = 0;
      if (rest[1]?.s === '{' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest[0]?.s ?? '')) skip = 2;
      else if (rest[0]?.s === '{') skip = 1;
      if (skip >= rest.length) break;
      wrappers.push(name);
      i = i + 1 + skip;
      continue;
    }
    if (fam === 'command' && rest.some((a) => a.s === '-v' || a.s === '-V')) break;
    if (fam === 'busybox') {
      wrappers.push(name);
      i += 1;
      continue;
    }
    const p = parseOptions(fam, rest, true);
    // `env -S 'sh -c "…"'`: the string is split into the command and its arguments
    const split =
      fam === 'env' ? (p.opts.get('-S') ?? p.opts.get('--split-string'))?.[0] : undefined;
    if (split) {
      wrappers.push(name);
      return { start: words.length, wrappers, stdinAsArgs, inlineCode: split };
    }
    if (
      (fam === 'su' || fam === 'flock' || fam === 'runuser') &&
      (p.opts.get('-c') ?? p.opts.get('--command'))
    ) {
      wrappers.push(name);
      return {
        start: words.length,
        wrappers,
        stdinAsArgs,
        inlineCode: (p.opts.get('-c') ?? p.opts.get('--command'))?.[0] as Val,
      };
    }
    // `script -qc 'CMD' /dev/null`: script runs CMD in a shell (its log file is the positional)
    if (fam === 'script') {
      const at = rest.findIndex((a) => /^-[a-zA-Z]*c$/.test(a.s) || a.s === '--command');
      const code = at >= 0 ? rest[at + 1] : undefined;
      if (code) {
        wrappers.push(name);
        return { start: words.length, wrappers, stdinAsArgs, inlineCode: code };
      }
    }
    let skip = p.firstPositional;
    // (and `env $(cat .env | xargs) CMD`: an unquoted substitution before the command expands to
    // the assignments it prints)
    if (fam === 'env')
      while (
        skip < rest.length - 1 &&
        (/^[A-Za-z_][A-Za-z0-9_]*=/.test((rest[skip] as Val).s) ||
          (!(rest[skip] as Val).known &&
            /^(?:\$\(|`)[\s\S]*(?:\)|`)$/.test((rest[skip] as Val).raw)))
      )
        skip++;
    if (fam === 'timeout' || fam === 'taskset' || fam === 'chrt' || fam === 'flock') skip += 1;
    if (fam === 'su' || fam === 'runuser') skip = rest.length;
    if (fam === 'watch' && rest.length - skip === 1) {
      wrappers.push(name);
      return { start: words.length, wrappers, stdinAsArgs, inlineCode: rest[skip] as Val };
    }
    if (fam === 'xargs') {
      stdinAsArgs = true;
      // `xargs -I{} scp k root@{}:/tmp`: each item read stands where the replacement string is
      replace =
        (p.opts.get('-I') ?? p.opts.get('--replace'))?.[0]?.s ??
        (p.flags.has('-i') ? '{}' : undefined);
    }
    wrappers.push(name);
    if (skip >= rest.length)
      return { start: i, wrappers: wrappers.slice(0, -1), stdinAsArgs, replace };
    i = i + 1 + skip;
  }
  return { start: i, wrappers, stdinAsArgs, replace };
}

/** variables whose file a program runs or loads when it starts (a shell's start-up file, a preload) */
const CODE_ENV = new Set(['BASH_ENV', 'ENV', 'LD_PRELOAD', 'DYLD_INSERT_LIBRARIES']);

export function baseName(s: string): string {
  const t = s.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1);
}

/**
 * `/u?r/b?n/c?rl`: a program path with an unquoted glob in its name runs what the shell finds;
 * when one program we know matches the name, it is that program (`/usr/bin/curl`)
 */
function globbedProgram(w0: Word | undefined, words: Val[]): Val[] {
  const v0 = words[0];
  if (!w0 || !v0?.known || !v0.s.includes('/') || /['"\\]/.test(w0.raw)) return words;
  const name = baseName(v0.s);
  if (!/[?*[]/.test(name) || name.length > 64) return words;
  const re = globRegExp(name, true);
  const hits = [...KNOWN_COMMANDS].filter((n) => re.test(n));
  if (hits.length !== 1) return words;
  const s = `/usr/bin/${hits[0] as string}`;
  return [{ ...v0, s, partial: s }, ...words.slice(1)];
}

/** `"$@"`, `$*`: all the positional parameters, one word each */
const SPREAD = /^"?\$(?:[@*]|\{[@*]\})"?$/;

/** a redirect that keeps output on the terminal or drops it: `>&2`, `2>&1`, `>/dev/null` */
const TERMINAL_REDIRECT = /^(?:[<>]&|&?>>?&?)(?:[0-9]|-|\/dev\/(?:null|stderr|stdout))?$/;

/** commands that only print, test or leave: a function made of them prints what it is handed */
const PRINT_ONLY = new Set([
  'echo',
  'printf',
  'exit',
  'return',
  'true',
  'false',
  ':',
  'local',
  'test',
  '[',
  '[[',
  'shift',
]);

/** a word standing for an evaluated value (its sources kept as a substitution) */
function valWord(v: Val): Word {
  if (v.known && !v.sources.size) return { parts: [{ k: 'lit', s: v.s }], raw: v.raw };
  return { parts: [{ k: 'sub', cmds: [...v.sources], proc: false }], raw: v.raw };
}

/** a word that uses a positional parameter (`$1`, `${2:-x}`, `"$@"`) */
function usesParams(w: Word): boolean {
  return /\$\{?[1-9@*]/.test(w.raw);
}

/** adds what an evaluation of a body command with a call's arguments names to the body's fact */
function mergeFact(into: CmdFact, inst: CmdFact): void {
  const add = (to: string[], from: string[]) => {
    for (const x of from) if (!to.includes(x)) to.push(x);
  };
  add(into.writes, inst.writes);
  add(into.reads, inst.reads);
  for (const h of inst.hosts)
    if (!into.hosts.some((x) => x.host === h.host && x.port === h.port)) into.hosts.push(h);
  const addVals = (to: Val[], from: Val[]) => {
    for (const v of from)
      if (!to.some((x) => x.s === v.s && x.known && v.known && !v.sources.size)) to.push(v);
  };
  addVals(into.code.words, inst.code.words);
  addVals(into.code.scripts, inst.code.scripts);
  addVals(into.positional, inst.positional);
  addVals(into.args, inst.args);
  into.code.stdin ||= inst.code.stdin;
}

/** container CLIs whose `cp SRC DEST` copies between a container and this machine */
/** an scp/rsync/sftp operand on another machine: `user@host:path`, `host:path`, `rsync://…` */
const REMOTE_OPERAND = /^(?:[a-z][\w+.-]*:\/\/|(?:[\w.-]+@)?[\w.-]+:(?!\/\/))/i;

const CONTAINER_CP = new Set(['docker', 'podman', 'nerdctl', 'kubectl']);
/** programs that print secrets and take a file to write them to instead (`bw export --output F`) */
const SECRET_EXPORTERS = new Set(['bw', 'op', 'gpg', 'gpg2', 'security']);
/** a container's path in their `cp` (`NAME:/path`, `ns/pod:/path`), not a local one */
const IN_CONTAINER = /^(?![~./])[\w.-]+(?:\/[\w.-]+)?:/;

/** commands that read the folders they name whole: archivers and recursive copies */
function readsWhole(f: CmdFact): boolean {
  const flag = (re: RegExp) => [...f.flags].some((x) => re.test(x));
  switch (f.fam) {
    case 'tar':
      return flag(/^-?[a-z]*c/) || f.flags.has('--create');
    case 'zip':
      return flag(/^-[a-zA-Z]*r/) || f.flags.has('--recurse-paths');
    case 'cp':
    case 'scp':
      return flag(/^-[a-zA-Z]*[rRa]/) || f.flags.has('--recursive') || f.flags.has('--archive');
    case 'rsync':
    case 'ditto':
    case 'bsdtar':
      return true;
    case 'git':
      return f.positional[0]?.s === 'add';
  }
  return false;
}

function looksLikePath(s: string): boolean {
  return s.split(UNKNOWN).join('').length > 0 && !/^[()!]$/.test(s);
}

/**
 * A home dotfile whose name the script fixes only in part, by its family's pieces: `~/.` then an
 * unknown part then `rc`, `profile`, `login` or `env` (`"$HOME/.$(basename "$SHELL")rc"`,
 * `~/.${SHELL##*\/}rc`, `~/.${sh}_profile`, `~/.${x}profile`, `~/.${sh}_login`, `~/.${x}env`) is the
 * user's shell's startup file under whichever name it has (.bashrc, .bash_profile or .zprofile,
 * .bash_login or .zlogin, .zshenv); it stands for one (`~/.bashrc`, `~/.bash_profile`,
 * `~/.bash_login`, `~/.zshenv`) so the startup-file rules read it. A dotfile named by an unknown
 * part alone (`~/.$name`) or with another ending (`~/.${app}config`, `~/.${app}.env`) names no
 * family.
 */
const STARTUP_FAMILY = /^~\/\.\u0001+(rc|_?profile|_?login|env)$/;
const STAND_IN: Readonly<Record<string, string>> = {
  rc: '~/.bashrc',
  profile: '~/.bash_profile',
  _profile: '~/.bash_profile',
  login: '~/.bash_login',
  _login: '~/.bash_login',
  env: '~/.zshenv',
};

function startupStandIn(v: Val): string | undefined {
  if (!v.partial.includes(UNKNOWN)) return undefined;
  const m = STARTUP_FAMILY.exec(normPath(v.partial));
  return m ? STAND_IN[m[1] as string] : undefined;
}

export class Facts {
  readonly env: Env;
  readonly facts: CmdFact[] = [];
  /** normalised path → commands that write it */
  readonly writers = new Map<string, number[]>();
  /** a function body's command → its evaluations with the arguments of each call */
  readonly instances = new Map<number, CmdFact[]>();
  /**
   * a call's id → the commands its function's body runs from the call's own words (`run() {
   * "$@"; }; run curl URL`: the curl), whose output is the call's output
   */
  readonly callRuns = new Map<number, number[]>();
  /** functions with a call that was not evaluated again (or none with arguments) */
  readonly partlyBound = new Set<string>();
  /** function name → whether its body only prints (see printsOnly) */
  private readonly printers = new Map<string, boolean>();

  constructor(readonly script: Script) {
    this.env = new Env(script, editText);
    this.env.run();
    // `cd ~ && zip -r /tmp/b.zip .ssh .aws`, `cd ~/.ssh && git add -A`, `cd /tmp && git clone
    // URL`: after a `cd` to the home folder, a folder under it or an absolute one (known
    // statically), relative paths are under that folder (the script's commands in order; a `cd`
    // to an unknown folder ends it)
    let cwd: string | undefined;
    // folders earlier commands wrote (a clone, an unpacked archive): a `cd` into one is followed
    // too, so `git clone URL "$W/b"; cd "$W/b" && ./install.sh` runs a file of the clone
    const wrote = new Set<string>();
    for (const c of script.cmds) {
      const f = this.fact(c);
      if (f.fam === 'cd') {
        const to = normPath(f.positional[0]?.s ?? '~').replace(
          /^(?:\$HOME|\$\{HOME\})(?=\/|$)/,
          '~',
        );
        cwd =
          !f.positional.length || to === '~'
            ? '~'
            : /^(?:~\/|\/)[^/]/.test(to) && !to.includes(UNKNOWN)
              ? to.replace(/\/+$/, '')
              : /^[^/~]/.test(to) && !to.includes(UNKNOWN) && cwd && !to.startsWith('-')
                ? normPath(`${cwd}/${to}`)
                : undefined;
        const made = to.replace(/\/+$/, '');
        if (cwd === undefined && f.positional.length && wrote.has(made)) cwd = made;
      } else if (cwd) {
        const base = cwd;
        f.cwd = cwd;
        const rel = (p: string) =>
          p === '.'
            ? base
            : /^(?:\.\.?$|\.\.\/|[/~-]|[a-z][a-z0-9+.-]*:)/i.test(p) || p.includes(UNKNOWN)
              ? p
              : `${base}/${p.replace(/^\.\//, '')}`;
        f.reads = f.reads.map(rel);
        f.trees = f.trees.map(rel);
        f.writes = f.writes.map(rel);
        // `./install.sh`, `bash install.sh`: a file of that folder is run
        if (/^\.\/[^/]/.test(f.program.s)) f.program = { ...f.program, s: rel(f.program.s) };
        f.code.scripts = f.code.scripts.map((v) => (v.known ? { ...v, s: rel(v.s) } : v));
      }
      // a pull into a folder known here updates code from elsewhere; one into an agent's skills
      // folder or the script's own (a skill updating itself) or an unknown one is left out, so
      // running the files after it is judged as before (an own update is not told apart yet)
      if (f.fam === 'git' && f.positional[0]?.s === 'pull')
        f.writes = f.writes.filter(
          (w) => w !== '.' && !w.startsWith(UNKNOWN) && agentSkillFolder(w) === undefined,
        );
      for (const w of f.writes) wrote.add(w.replace(/\/+$/, ''));
      this.facts.push(f);
    }
    // what `git add` stages leaves the machine only through a push: to the user's own remote
    // (`git push origin`) that is the user's business; to a URL the script names (`git push
    // https://…`, `git remote add x https://…`, or a new repository the script creates and pushes
    // the folder to, `gh repo create NAME --source=. --push`) it is a read of the folder sent there
    if (
      !this.facts.some(
        (f) =>
          (f.fam === 'git' &&
            f.hosts.length &&
            /^(?:push|remote)$/.test(f.positional[0]?.s ?? '')) ||
          (f.fam === 'gh' &&
            f.positional[0]?.s === 'repo' &&
            f.positional[1]?.s === 'create' &&
            f.args.some((a) => /^--push$/.test(a.s))),
      )
    )
      for (const f of this.facts)
        if (f.fam === 'git' && f.positional[0]?.s === 'add') {
          f.reads = [];
          f.trees = [];
        }
    this.bindCallArguments();
    this.bindLoopValues();
    for (const f of this.facts)
      for (const w of f.writes) {
        const list = this.writers.get(w) ?? [];
        list.push(f.id);
        this.writers.set(w, list);
      }
  }

  /**
   * `for f in ~/.docker/config.json ~/.kube/config; do curl -F "f=@$f" …; done` (or `for h in
   * $HOSTS` with HOSTS="a b", split into its words): the commands of a
   * loop body that use the loop variable are evaluated again with each of its words (the first 16,
   * small bodies), and the files, hosts and code they then name are added to the body's facts, as
   * a function body's are for each call.
   */
  private bindLoopValues(): void {
    const env = this.env;
    let budget = 4000;
    for (const loop of this.script.loops) {
      const [e0, e1] = loop.events;
      const events = this.script.events.slice(e0, e1);
      // the loop variable and the names the body assigns from it
      const names = new Set([loop.name]);
      const used = (w: Word) => [...names].some((n) => new RegExp(`\\$\\{?${n}\\b`).test(w.raw));
      for (const e of events) if (e.t === 'assign' && used(e.a.value)) names.add(e.a.name);
      // a command uses the variable in its words or its redirects (`printf … >> "$rc"`)
      const uses = (c: Cmd | undefined) =>
        !!c &&
        (c.words.some(used) ||
          c.redirects.some((r) => (r.target && used(r.target)) || (r.body && used(r.body))));
      if (!events.some((e) => e.t === 'cmd' && uses(this.script.cmds[e.id]))) continue;
      for (const word of loopWords(loop.values, env).slice(0, 16)) {
        if ((budget -= e1 - e0) < 0) return;
        const saved = env.vars;
        env.vars = new Map(saved);
        try {
          env.assign({ name: loop.name, value: word, append: false, line: 0 });
          for (const e of events) {
            if (e.t === 'assign') env.assign(e.a);
            else {
              const cmd = this.script.cmds[e.id];
              const base = this.facts[e.id];
              if (!cmd || !base || !uses(cmd)) continue;
              const inst = this.fact(cmd);
              if (
                base.program.s.includes(UNKNOWN) &&
                inst.name &&
                !inst.program.s.includes(UNKNOWN) &&
                !this.script.functions.has(inst.name)
              ) {
                // `for ed in code cursor; do "$ed" --install-extension F; done`: the word is the
                // program, so each one is a command of its own at the body's line
                inst.id = this.facts.length;
                inst.cmd = { ...cmd, id: inst.id };
                this.facts.push(inst);
                continue;
              }
              mergeFact(base, inst);
              if (readsWhole(inst))
                for (const t of inst.trees) if (!base.trees.includes(t)) base.trees.push(t);
            }
          }
        } finally {
          env.vars = saved;
        }
      }
    }
  }

  /**
   * `fetch() { curl -o "$2" "$1"; }; fetch https://x/t tool`: the commands of a function body are
   * evaluated again with the positional parameters of each call (its first calls, small bodies),
   * and the files, hosts and code they then name are added to the body's facts.
   */
  private bindCallArguments(): void {
    const spans = this.script.functionSpans;
    if (!spans.size) return;
    const calls = new Map<string, number>();
    const env = this.env;
    /** statements evaluated again, over all calls: a script of many big helpers stays cheap */
    let budget = 4000;
    /** scp/rsync in a body: whether some call made it reach another machine */
    const copyRemote = new Map<CmdFact, boolean>();
    /** functions with a call that was not evaluated again */
    const partly = this.partlyBound;
    for (const c of this.facts.slice()) {
      const span = spans.get(c.name);
      if (!span || c.wrappers.length) continue;
      const [from, to, e0, e1] = span;
      if (c.id >= from && c.id < to) continue;
      if (!c.args.length) {
        partly.add(c.name);
        continue;
      }
      const n = (calls.get(c.name) ?? 0) + 1;
      calls.set(c.name, n);
      if (n > 16 || e1 - e0 > 200 || (budget -= e1 - e0) < 0) {
        partly.add(c.name);
        continue;
      }
      const events = this.script.events.slice(e0, e1);
      if (
        !events.some((e) =>
          e.t === 'cmd' ? this.script.cmds[e.id]?.words.some(usesParams) : usesParams(e.a.value),
        )
      )
        continue;
      const saved = env.vars;
      env.vars = new Map(saved);
      const bind = (name: string, vals: Val[]) => {
        const known = vals.every((v) => v.known);
        const sources = new Set<number>();
        for (const v of vals) for (const x of v.sources) sources.add(x);
        const deep = new Deep(vals.map((v) => [...v.vars]));
        env.vars.set(name, {
          value: known ? vals.map((v) => v.s).join(' ') : undefined,
          sources,
          deep,
          partial: vals.map((v) => v.partial).join(' '),
          shaped: vals.map((v) => v.shaped ?? UNKNOWN).join(' '),
        });
      };
      const argWords = c.args.map(valWord);
      c.args.slice(0, 9).forEach((a, i) => bind(String(i + 1), [a]));
      bind('@', c.args);
      bind('*', c.args);
      try {
        for (const e of events) {
          if (e.t === 'assign') env.assign(e.a);
          else {
            const cmd0 = this.script.cmds[e.id];
            const base = this.facts[e.id];
            if (!cmd0 || !base) continue;
            // `"$@"` stands for the call's arguments, one word each
            const spread = cmd0.words.some((w) => SPREAD.test(w.raw));
            const cmd = spread
              ? { ...cmd0, words: cmd0.words.flatMap((w) => (SPREAD.test(w.raw) ? argWords : [w])) }
              : cmd0;
            const inst = this.fact(cmd);
            if (
              spread &&
              base.program.s.includes(UNKNOWN) &&
              inst.name &&
              !inst.program.s.includes(UNKNOWN) &&
              !this.script.functions.has(inst.name)
            ) {
              // `run() { "$@"; }; run curl -o t URL`: the body runs the call's program, a command
              // of its own at the call site
              const id = this.facts.length;
              inst.id = id;
              inst.cmd = {
                ...cmd,
                id,
                stdin: cmd0.stdin.length ? cmd0.stdin : c.cmd.stdin,
                line: c.cmd.line,
                column: c.cmd.column,
                endLine: c.cmd.endLine,
                start: c.cmd.start,
                end: c.cmd.end,
                ...(cmd0.guards || c.cmd.guards
                  ? { guards: [...(cmd0.guards ?? []), ...(c.cmd.guards ?? [])] }
                  : {}),
              };
              this.facts.push(inst);
              const runs = this.callRuns.get(c.id) ?? [];
              runs.push(id);
              this.callRuns.set(c.id, runs);
            } else {
              mergeFact(base, inst);
              const list = this.instances.get(base.id) ?? [];
              list.push(inst);
              this.instances.set(base.id, list);
              if (base.fam === 'scp' || base.fam === 'rsync')
                copyRemote.set(
                  base,
                  (copyRemote.get(base) ?? false) || inst.dynamicHost || inst.hosts.length > 0,
                );
            }
          }
        }
      } finally {
        env.vars = saved;
      }
    }
    // `b() { rsync -a "$1/" "$2/"; }; b ~/.x "$(mktemp -d)"`: a copy whose operands every call
    // makes local reaches no machine, although the body alone cannot tell
    for (const [base, remote] of copyRemote) {
      const fn = [...spans].find(([, [from, to]]) => base.id >= from && base.id < to)?.[0];
      if (!remote && fn !== undefined && !partly.has(fn) && !base.hosts.length)
        base.dynamicHost = false;
    }
  }

  private fact(c: Cmd): CmdFact {
    let words = splitCommandVar(
      c.words[0],
      c.words.map((w) => this.env.eval(w)),
      this.env.vars.get('IFS')?.value,
    );
    words = globbedProgram(c.words[0], words);
    // `tar czf - "${files[@]}"`: an array's elements are arguments of their own
    if (c.words.some((w, i) => i > 0 && ARRAY_ALL.test(w.raw)))
      words = words.flatMap((v, i) => (i > 0 && ARRAY_ALL.test(v.raw) ? splitKnown(v) : [v]));
    const resolved = resolveProgram(words);
    const { start, wrappers, stdinAsArgs, inlineCode, found, replace } = resolved;
    if (replace) {
      // each item read from stdin is known only at run time
      const item = (w: Val): Val =>
        w.s.includes(replace) ? { ...w, s: w.s.replaceAll(replace, UNKNOWN), known: false } : w;
      words = [...words.slice(0, start + 1), ...words.slice(start + 1).map(item)];
    }
    if (found) {
      // each `{}` is a file under the folder find searched
      const under = (w: Val): Val =>
        w.s === '{}' ? { ...w, s: `${found.root}/${UNKNOWN}`, known: false } : w;
      words = [...words.slice(0, start), ...words.slice(start, found.end).map(under)];
    }
    // cmd and start look in the current folder before PATH: `cmd /c start "" setup.exe` runs the
    // setup.exe a download just wrote there
    const here = words[start];
    if (
      here?.known &&
      !here.s.includes('/') &&
      !here.s.includes('\\') &&
      wrappers.some((x) => /^(?:cmd|start)(?:\.exe)?$/i.test(x)) &&
      /\.(?:exe|bat|cmd|com|msi|scr|ps1|vbs|js|hta)$/i.test(here.s)
    )
      words = [...words.slice(0, start), { ...here, s: `./${here.s}` }, ...words.slice(start + 1)];
    const program = words[start] ??
      (inlineCode
        ? { s: 'sh', known: true, sources: new Set<number>(), vars: [], raw: 'sh', partial: 'sh' }
        : words[0]) ?? {
        s: '',
        known: true,
        sources: new Set<number>(),
        vars: [],
        raw: '',
        partial: '',
      };
    // a URL or package spec run by a package runner (`npx https://x/p.tgz`, `uvx --from
    // git+https://…`) is no path: its last segment names no program, the whole spec is what runs
    // `"$SHELL"`, `${BASH}`: the user's shell
    const name = SHELL_VAR.test(program.raw)
      ? 'sh'
      : wrappers.length && /^[a-z][\w+.-]+:(?!\\)/i.test(program.s)
        ? program.s
        : baseName(program.s);
    const fam = family(name);
    const args = inlineCode
      ? ['-c', inlineCode].map((x) =>
          typeof x === 'string'
            ? { s: x, known: true, sources: new Set<number>(), vars: [], raw: x, partial: x }
            : x,
        )
      : words.slice(start + 1);
    const parsed = parseOptions(fam, args, false);
    const f: CmdFact = {
      id: c.id,
      cmd: c,
      name,
      fam,
      program,
      wrappers,
      args,
      flags: parsed.flags,
      opts: parsed.opts,
      positional: parsed.positional,
      reads: [],
      trees: [],
      writes: [],
      hosts: [],
      dynamicHost: false,
      code: { stdin: false, words: [], scripts: [] },
      stdinAsArgs,
      ...(replace ? { stdinItems: true } : {}),
      redirectTargets: [],
    };
    this.redirects(f);
    this.codeSinks(f);
    this.files(f);
    this.network(f);
    return f;
  }

  private redirects(f: CmdFact): void {
    for (const r of f.cmd.redirects) {
      if (r.op === '<<' || r.op === '<<-') {
        if (r.body) {
          const v = this.env.eval(r.body);
          f.input = v.s;
          f.inputVal = v;
          if (r.bodyLine !== undefined) f.inputLine = r.bodyLine;
        }
        continue;
      }
      if (r.op === '<<<') {
        if (r.target) {
          const v = this.env.eval(r.target);
          f.input = `${v.s}\n`;
          f.inputVal = v;
        }
        continue;
      }
      if (!r.target) continue;
      const t = this.env.eval(r.target);
      const target = normPath(t.s);
      if (/^[0-9-]+$/.test(target) && r.op.includes('&')) continue;
      f.redirectTargets.push(target);
      if (r.op === '<' && (r.fd === undefined || r.fd === '0')) f.stdinFile = t;
      // `done < <(jq … "$F")` reads what the process prints (Flow.redirectSource), no file a
      // command may have written (a clone into an unknown folder)
      const proc =
        r.target.parts.length === 1 && r.target.parts[0]?.k === 'sub' && r.target.parts[0].proc;
      if (r.op.startsWith('<') && !r.op.includes('>')) {
        if (!proc) f.reads.push(target);
      } else if (r.op === '<>') {
        f.reads.push(target);
        this.pushWrite(f, target, t);
      } else this.pushWrite(f, target, t);
    }
  }

  /** records a write of `target` (the normalised `v`), noting whether it went to a fresh temp file */
  private pushWrite(f: CmdFact, target: string, v: Val): void {
    f.writes.push(target);
    const standIn = startupStandIn(v);
    if (standIn && standIn !== target) f.writes.push(standIn);
    if (target !== UNKNOWN) return;
    f.freshUnknown = f.freshUnknown !== false && this.freshTemp(v);
    if (this.fromTemp(v)) f.tempTarget = true;
    // the value keeps the known parts of a partly known variable (values.ts `partial`): a file
    // name after the last slash that no unknown part touches is the name of the file written
    const slash = v.partial.lastIndexOf('/');
    const name = slash >= 0 ? v.partial.slice(slash + 1) : '';
    if (f.unknownNames === null) return;
    if (!name || name.includes(UNKNOWN) || name === '.' || name === '..') f.unknownNames = null;
    else (f.unknownNames ??= []).push(name);
  }

  /**
   * every write of `f` to a wholly unknown path is a redirect into a file whose name the script
   * fixes, and none of those names is `name`: `f` wrote neither the file `…/name` nor a folder
   * holding it (a redirect makes a file, not a folder); or a copy, move or link to a target whose
   * name the script fixes and that is none of `parts` (the known parts of the path after its
   * last unknown one: `lib`, `config.sh` of `$DIR/lib/config.sh`), as it may be a folder
   */
  namedElsewhere(f: CmdFact | undefined, name: string, parts: readonly string[]): boolean {
    if (!f || f.unknownNames === null) return false;
    const names = f.unknownNames ?? [];
    const trees = f.unknownTrees ?? [];
    if (!names.length && !trees.length) return false;
    if (names.includes(name) || trees.some((t) => parts.includes(t))) return false;
    return f.writes.filter((w) => w === UNKNOWN).length === names.length + trees.length;
  }

  /** a value made from what `mktemp` printed (`$tmp`, `$tmp/x`) */
  private fromTemp(v: Val): boolean {
    for (const id of v.sources) {
      const w = this.script.cmds[id]?.words[0]?.parts;
      if (w?.length === 1 && w[0]?.k === 'lit' && baseName(w[0].s) === 'mktemp') return true;
    }
    return false;
  }

  /** a value that is only what `mktemp` printed: a file or folder created with a new name */
  freshTemp(v: Val): boolean {
    if (v.s !== UNKNOWN || !v.sources.size) return false;
    for (const id of v.sources) {
      const w = this.script.cmds[id]?.words[0]?.parts;
      const name = w?.length === 1 && w[0]?.k === 'lit' ? baseName(w[0].s) : undefined;
      if (name !== 'mktemp') return false;
    }
    return true;
  }

  private codeSinks(f: CmdFact): void {
    this.codeSinksInner(f);
    // `BASH_ENV=/tmp/x bash -c …`, `LD_PRELOAD=/tmp/h.so ls`: the file the variable names is run
    // (sourced by the shell, or loaded into the program) before the command's own code
    for (const e of f.cmd.env)
      if (CODE_ENV.has(e.name)) {
        const v = this.env.eval(e.value);
        if (v.known && /^[~/.]/.test(v.s)) f.code.scripts.push(v);
      }
    // inline code that runs what it reads on stdin
    if (!f.code.stdin) {
      const interp = interpreterOf(f.name);
      const code = f.code.words.filter((w) => w.known).map((w) => w.s);
      if (
        code.some((c) =>
          interp === 'sh' ? SH_RUNS_STDIN.test(c) : READS_STDIN.test(c) && EVALUATES.test(c),
        )
      )
        f.code.stdin = true;
      else if (/^(?:g|m|n|busybox-)?awk$/.test(f.fam) && !f.opts.has('-f')) {
        const prog = f.positional[0];
        if (prog?.known && AWK_RUNS.test(prog.s)) f.code.stdin = true;
      }
    }
    // `. /dev/stdin <<< "$(curl …)"`, `bash /dev/fd/0`: a script path that is stdin reads code from stdin
    const fromStdin = f.code.scripts.filter((s) => STDIN_PATHS.test(s.s));
    if (fromStdin.length) {
      f.code.scripts = f.code.scripts.filter((s) => !fromStdin.includes(s));
      f.code.stdin = true;
    }
  }

  private codeSinksInner(f: CmdFact): void {
    if (f.fam === 'eval') {
      f.code.words.push(...f.args);
      return;
    }
    // `trap 'CODE' EXIT`: the shell runs CODE when one of the signals named after it comes
    if (f.fam === 'trap') {
      const [code, ...signals] = f.args.filter((a) => a.s !== '--');
      if (code && signals.length && !/^-/.test(code.s)) f.code.words.push(code);
      return;
    }
    if (f.fam === 'iex' || f.fam === 'invoke-expression') {
      // PowerShell: `iwr … | iex`, `iex (iwr …)`
      if (f.args.length) f.code.words.push(...f.args);
      else f.code.stdin = true;
      return;
    }
    if (f.fam === 'source' || f.fam === '.') {
      // fish's `curl … | source` (no file, or `-`) runs its stdin
      if (f.args[0] && f.args[0].s !== '-') f.code.scripts.push(f.args[0]);
      else f.code.stdin = true;
      return;
    }
    if (f.fam === 'at' || f.fam === 'batch') {
      // the job's commands come from stdin or from `-f file`
      const file = f.opts.get('-f')?.[0];
      if (file) f.code.scripts.push(file);
      else if (!['-l', '-r', '-d', '-c'].some((x) => f.flags.has(x))) f.code.stdin = true;
      return;
    }
    // Tcl's shells run a script file, or their stdin (`curl … | tclsh`)
    if (/^(?:tclsh|wish)[0-9.]*$|^expect$/.test(f.fam)) {
      const first = f.positional[0];
      if (first && first.s !== '-') f.code.scripts.push(first);
      else if (!f.flags.has('-c')) f.code.stdin = true;
      return;
    }
    const interp = interpreterOf(f.name);
    if (!interp) return;
    const spec = INTERPRETERS[interp];
    if (!spec) return;
    if (interp === 'sh') {
      const c = [...f.flags].some((x) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(x) || x === '-c');
      const hasC =
        c || f.args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.s) && !a.s.startsWith('--'));
      if (hasC) {
        if (f.positional[0]) f.code.words.push(f.positional[0]);
        // `curl … | xargs -0 sh -c`: the code string comes from stdin
        else if (f.stdinAsArgs) f.code.stdin = true;
      } else if (f.positional[0] && f.positional[0].s !== '-' && !f.flags.has('-s'))
        f.code.scripts.push(f.positional[0]);
      else f.code.stdin = true;
      return;
    }
    let parsedOnly = false;
    for (const k of spec.code) {
      const v = f.opts.get(k);
      const run = v?.filter((w) => !dataLiteralOnly(w, spec.language));
      if (v && run?.length !== v.length) parsedOnly = true;
      if (run) f.code.words.push(...run);
      else if (interp === 'deno' && f.positional[0]?.s === k && f.positional[1])
        f.code.words.push(f.positional[1]);
    }
    if (f.code.words.length || parsedOnly) return;
    if (spec.noStdin?.some((k) => f.flags.has(k))) return;
    // `deno run FILE`, `bun run FILE`, `go run FILE`; `-` as the program is stdin (`curl … |
    // deno run -A -`); go runs nothing but `go run`, and never its stdin
    const sub = interp === 'deno' || interp === 'bun' || interp === 'go';
    const first =
      sub && f.positional[0]?.s === 'run'
        ? f.positional[1]
        : interp === 'go'
          ? undefined
          : f.positional[0];
    if (first && first.s !== '-') f.code.scripts.push(first);
    else if ((interp !== 'deno' && interp !== 'go') || first?.s === '-') f.code.stdin = true;
  }

  private files(f: CmdFact): void {
    const pos = f.positional.map((p) => normPath(p.s));
    const fam = f.fam;
    // writes
    if (fam === 'tee') {
      f.writes.push(...pos);
      for (const p of f.positional) {
        const standIn = startupStandIn(p);
        if (standIn && !f.writes.includes(standIn)) f.writes.push(standIn);
      }
    }
    // `install -d DIR…` makes folders, as mkdir does: no file written, none read
    const makesDirs = fam === 'install' && (f.flags.has('-d') || f.flags.has('--directory'));
    if (
      (fam === 'cp' || fam === 'mv' || (fam === 'install' && !makesDirs) || fam === 'ln') &&
      pos.length >= 2
    ) {
      const target = pos[pos.length - 1] as string;
      f.writes.push(target);
      const partial = f.positional[f.positional.length - 1]?.partial ?? '';
      const name = partial.slice(partial.lastIndexOf('/') + 1);
      if (
        target === UNKNOWN &&
        partial.includes('/') &&
        name &&
        !name.includes(UNKNOWN) &&
        name !== '.' &&
        name !== '..'
      )
        (f.unknownTrees ??= []).push(name);
    }
    if (fam === 'sed' && (f.flags.has('-i') || [...f.flags].some((x) => x.startsWith('-i'))))
      f.writes.push(...pos.slice(1));
    // a copy out of a container into this machine (`docker cp NAME:/out/x ~/.bashrc`, podman,
    // nerdctl, `kubectl cp POD:/x DEST`): the destination is written; `NAME:/path` is the container's
    if (CONTAINER_CP.has(fam) && f.positional[0]?.s === 'cp' && pos.length === 3) {
      const dest = pos[2] as string;
      if (!IN_CONTAINER.test(dest)) f.writes.push(dest);
    }
    // a copy from another machine (`scp u@h:x /tmp/x`, `rsync rsync://h/x /tmp/x`, `sftp
    // h:x /tmp/x`) writes its last operand here
    if (
      (fam === 'scp' || fam === 'rsync' || fam === 'sftp') &&
      pos.length >= 2 &&
      f.positional.slice(0, -1).some((p) => REMOTE_OPERAND.test(p.s)) &&
      !REMOTE_OPERAND.test(f.positional[f.positional.length - 1]?.s ?? '')
    )
      f.writes.push(pos[pos.length - 1] as string);
    // aria2c saves to `-o NAME` in `-d DIR` (or the address's last part)
    if (fam === 'aria2c') {
      const dir = (f.opts.get('-d') ?? f.opts.get('--dir'))?.[0]?.s;
      const outs = [...(f.opts.get('-o') ?? []), ...(f.opts.get('--out') ?? [])].map((o) => o.s);
      if (!outs.length)
        for (const u of this.urlArgs(f)) outs.push(baseName(u.replace(/[?#].*$/, '')));
      for (const o of outs) f.writes.push(normPath(dir && !o.startsWith('/') ? `${dir}/${o}` : o));
    }
    if (fam === 'dd')
      for (const a of f.args) if (a.s.startsWith('of=')) f.writes.push(normPath(a.s.slice(3)));
    if (fam === 'touch') f.writes.push(...pos);
    // archives created from files (`zip -r out.zip ~/.ssh`, `tar czf out.tgz dir`, `7z a out.7z dir`)
    if (fam === 'zip' && pos[0]) f.writes.push(pos[0]);
    if (fam === '7z' && f.positional[0]?.s === 'a' && pos[1]) f.writes.push(pos[1]);
    if (fam === 'tar' && [...f.flags].some((x) => /^-?[a-z]*c/.test(x)))
      for (const v of [...(f.opts.get('-f') ?? []), ...(f.opts.get('--file') ?? [])])
        if (v.s !== '-') f.writes.push(normPath(v.s));
    // a file operand at /dev/tcp or /dev/udp (`dd of=/dev/tcp/H/P`, `tee /dev/udp/H/P`, `cp x
    // /dev/tcp/H/P`) opens the socket as a redirect there does
    for (const w of f.writes)
      if (/^\/dev\/(?:tcp|udp)\//.test(w) && !f.redirectTargets.includes(w))
        f.redirectTargets.push(w);
    if (fam === 'curl') {
      for (const o of [...(f.opts.get('-o') ?? []), ...(f.opts.get('--output') ?? [])])
        if (o.s !== '-') this.pushWrite(f, normPath(o.s), o);
      if (f.flags.has('-O') || f.flags.has('--remote-name'))
        for (const u of this.urlArgs(f)) f.writes.push(baseName(u.replace(/[?#].*$/, '')));
    }
    // a password manager, GnuPG or the macOS keychain told where to put what it exports
    // (`bw export --output F`, `op document get X --out-file F`, `gpg --export-secret-keys -o F`,
    // `security export -o F`): the file holds what the command would have printed
    if (SECRET_EXPORTERS.has(fam))
      for (const k of ['-o', '--output', '--out-file', '--outfile'])
        for (const o of f.opts.get(k) ?? []) if (o.s !== '-') this.pushWrite(f, normPath(o.s), o);
    if (fam === 'wget') {
      const o = [...(f.opts.get('-O') ?? []), ...(f.opts.get('--output-document') ?? [])];
      const dir = (f.opts.get('-P') ?? f.opts.get('--directory-prefix'))?.[0];
      if (o.length) {
        for (const x of o) if (x.s !== '-') this.pushWrite(f, normPath(x.s), x);
      } else
        for (const u of this.urlArgs(f)) {
          const b = baseName(u.replace(/[?#].*$/, '')) || 'index.html';
          f.writes.push(normPath(dir ? `${dir.s}/${b}` : b));
        }
    }
    if (fam === 'git' && f.positional[0]?.s === 'clone') {
      // clone's own options that take a value (`--depth 1`, `-b main`) are no repository or folder
      const words = f.args.slice(f.args.findIndex((a) => a.s === 'clone') + 1);
      const pos: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = (words[i] as Val).s;
        if (CLONE_VALUE_OPTS.test(w)) i++;
        else if (!w.startsWith('-')) pos.push(w);
      }
      const url = pos[0];
      const dir = pos[1] ?? (url ? baseName(url).replace(/\.git$/, '') : undefined);
      if (dir) f.writes.push(normPath(dir));
      if (dir !== undefined && normPath(dir) === UNKNOWN) {
        const v = f.args.find((a) => a.s === dir && a.sources.size);
        if (v && this.fromTemp(v)) f.tempTarget = true;
      }
      // git clones only into a folder that is new or empty: into a wholly unknown one it made a
      // new folder and overwrote no file that exists, such as one the skill ships (Facts.writersOf)
      if (dir && normPath(dir) === UNKNOWN) f.freshUnknown = f.freshUnknown !== false;
    }
    // `git pull`, `git -C D pull`: the working tree (D, or the current folder, made absolute in
    // the constructor when a `cd` named it) takes what the remote holds
    if (fam === 'git' && f.positional[0]?.s === 'pull')
      f.writes.push(normPath(f.opts.get('-C')?.[0]?.s ?? '.'));
    if (fam === 'unzip') for (const d of f.opts.get('-d') ?? []) f.writes.push(normPath(d.s));
    if (fam === 'unzip' && f.positional[0]) f.unpacks = [normPath(f.positional[0].s)];
    if (
      (fam === '7z' || fam === '7za' || fam === 'unrar') &&
      /^x$|^e$/.test(f.positional[0]?.s ?? '')
    ) {
      const a = f.positional[1];
      if (a) f.unpacks = [normPath(a.s)];
      for (const o of f.args) if (/^-o./.test(o.s)) f.writes.push(normPath(o.s.slice(2)));
      if (fam === 'unrar' && f.positional[2]) f.writes.push(normPath(f.positional[2].s));
    }
    if (fam === 'tar' && [...f.flags].some((x) => /^-?[a-z]*x/.test(x) || x === '-x'))
      for (const d of [...(f.opts.get('-C') ?? []), ...(f.opts.get('--directory') ?? [])])
        f.writes.push(normPath(d.s));
    // reads
    if (fam === 'curl') {
      for (const k of [
        '-d',
        '--data',
        '--data-binary',
        '--data-urlencode',
        '--data-ascii',
        '--json',
        '-F',
        '--form',
        '-T',
        '--upload-file',
        '-K',
        '--config',
      ])
        for (const v of f.opts.get(k) ?? []) {
          const m = /^(?:[^=@<]*=)?[@<]?(.*)$/.exec(v.s);
          const isFile =
            k === '-T' ||
            k === '--upload-file' ||
            k === '-K' ||
            k === '--config' ||
            /^(?:[^=]*=)?[@<]/.test(v.s);
          if (m && isFile && m[1] && m[1] !== '-') f.reads.push(normPath(m[1].replace(/;.*$/, '')));
        }
    } else if (fam === 'http' || fam === 'https' || fam === 'xh') {
      // httpie request items that embed or upload a file: `k=@FILE` (its text), `k:=@FILE` (its
      // JSON), `k@FILE` (a multipart upload)
      for (const a of f.positional) {
        const m = /^[\w.[\]-]*(?::=|=)?@([^@].*)$/.exec(a.s);
        if (m?.[1] && !/^https?:/i.test(a.s)) f.reads.push(normPath(m[1].replace(/;.*$/, '')));
      }
    } else if (fam === 'wget') {
      for (const k of ['--post-file', '--body-file', '-i', '--input-file'])
        for (const v of f.opts.get(k) ?? []) f.reads.push(normPath(v.s));
    } else if (fam === 'mosquitto_pub') {
      // `-f FILE`: the file's text is the message published
      for (const k of ['-f', '--file'])
        for (const v of f.opts.get(k) ?? []) f.reads.push(normPath(v.s));
    } else if (fam === 'openssl') {
      f.args.forEach((a, i) => {
        if (a.s === '-in' && f.args[i + 1]) f.reads.push(normPath((f.args[i + 1] as Val).s));
      });
    } else if (fam === 'dd') {
      for (const a of f.args) if (a.s.startsWith('if=')) f.reads.push(normPath(a.s.slice(3)));
    } else if (makesDirs) {
      // folders made, none read
    } else if (READERS.has(fam)) {
      let list = pos;
      const given = (...keys: string[]) => keys.some((k) => f.flags.has(k));
      if (fam === 'grep' || fam === 'egrep' || fam === 'fgrep' || fam === 'rg') {
        // the pattern is the first operand unless -e or -f gives it; a -f file is read
        if (!given('-e', '-f', '--regexp', '--file')) list = pos.slice(1);
        const files = [...(f.opts.get('-f') ?? []), ...(f.opts.get('--file') ?? [])];
        list = [...list, ...files.map((v) => normPath(v.s))];
      }
      if (
        (fam === 'sed' || fam === 'awk' || fam === 'jq' || fam === 'yq') &&
        !given('-f', '-e', '--file', '--expression')
      )
        list = pos.slice(1);
      // `jq --slurpfile NAME FILE`, `--rawfile NAME FILE`: the file is read too
      if (fam === 'jq')
        for (const o of ['--slurpfile', '--rawfile'])
          (f.opts.get(o) ?? []).forEach((v, i) => {
            if (i % 2 === 1) list = [...list, normPath(v.s)];
          });
      if (
        (fam === 'cp' ||
          fam === 'mv' ||
          fam === 'install' ||
          fam === 'ln' ||
          fam === 'scp' ||
          fam === 'rsync') &&
        list.length > 1
      )
        list = list.slice(0, -1);
      if (fam === 'zip') list = list.slice(1);
      if (fam === 'tar' && [...f.flags].some((x) => /^-?[a-z]*[xt]/.test(x)))
        list = (f.opts.get('-f') ?? []).map((v) => normPath(v.s));
      else if (fam === 'tar') {
        // `tar czf - -C ~ .ssh`: the names are in the folder -C changes to
        const dir = (f.opts.get('-C') ?? f.opts.get('--directory'))?.[0];
        const base = dir ? normPath(dir.s).replace(/\/+$/, '') : undefined;
        if (base && !base.includes(UNKNOWN))
          list = list.map((p) => (/^[~/]/.test(p) ? p : `${base}/${p.replace(/^\.\//, '')}`));
      }
      if (
        fam === 'git' ||
        fam === 'curl' ||
        fam === 'wget' ||
        fam === 'nc' ||
        fam === 'ncat' ||
        fam === 'socat'
      )
        list = [];
      // `git add -A`, `git add .ssh`: what is staged is read whole, to be committed and pushed
      if (fam === 'git' && f.positional[0]?.s === 'add') {
        const named = f.positional.slice(1).map((v) => normPath(v.s));
        list = named.length && !f.flags.has('-A') && !f.flags.has('--all') ? named : ['.'];
      }
      // tee writes the files it names
      if (fam === 'tee') list = [];
      // running a program file is execution, not reading a secret (`bash ~/.x/skills/y/run.sh`)
      if (interpreterOf(f.name))
        list = f.code.scripts.map((s) => normPath(s.s)).filter((p) => !CODE_FILE.test(p));
      if (fam === 'find') {
        const stop = f.args.findIndex((a) => /^[-(!]/.test(a.s));
        list = (stop < 0 ? f.args : f.args.slice(0, stop)).map((a) => normPath(a.s));
      }
      if (
        LISTERS.has(fam) &&
        !f.reads.length &&
        !(fam === 'find' && f.args.some((a) => FIND_RUNS.test(a.s)))
      )
        f.listOnly = true;
      const read = list.filter((p) => p && looksLikePath(p) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(p));
      f.reads.push(...read);
      if (readsWhole(f)) f.trees.push(...read);
      if (readsSetting(f)) f.settingOnly = true;
    } else if (!NON_READERS.has(fam)) {
      // unknown programs and the script's own functions: an argument naming a file outside the
      // workspace is most likely read, unless it is the destination of an output option
      // (`--output DIR`) or a message that mentions a path (`"~/.x/config.json exists"`)
      const dest = new Set<Val>();
      f.args.forEach((a, i) => {
        const next = f.args[i + 1];
        if (OUTPUT_OPT.test(a.s) && next) dest.add(next);
      });
      f.reads.push(
        ...f.positional
          .filter((v) => !dest.has(v) && !MESSAGE.test(v.s))
          .map((v) => normPath(v.s))
          .filter((p) => /^(?:~\/|\/etc\/|\/var\/|\/proc\/|\.env(?:\.|$))/.test(p)),
      );
    }
  }

  private urlArgs(f: CmdFact): string[] {
    const out: string[] = [];
    for (const a of [...f.positional, ...(f.opts.get('--url') ?? [])])
      if (
        /^[a-z][a-z0-9+.-]*:\/\//i.test(a.s) ||
        (f.fam === 'curl' || f.fam === 'wget'
          ? /^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:\/|$)/i.test(a.s)
          : false)
      )
        out.push(a.s);
    return out;
  }

  /**
   * the script's function `name` only prints to the terminal (echo/printf, exit/return, tests,
   * `command -v`, other such functions of the script; no redirect into a file or /dev/tcp): `die
   * "install it from https://…"` connects nowhere
   */
  private printsOnly(name: string, seen = new Set<string>()): boolean {
    const memo = this.printers.get(name);
    if (memo !== undefined) return memo;
    const span = this.script.functionSpans.get(name);
    if (!span || seen.has(name)) return false;
    seen.add(name);
    let only = true;
    for (let id = span[0]; id < span[1] && only; id++) {
      const cmd = this.script.cmds[id];
      const words = cmd?.words ?? [];
      const first = words[0];
      // printed to the terminal only: a line written into a file (`echo "$2" >> "$1"`) may be code
      // that connects later (a shell rc, a crontab), and /dev/tcp connects now
      if (cmd?.redirects.some((r) => !TERMINAL_REDIRECT.test(`${r.op}${r.target?.raw ?? ''}`))) {
        only = false;
        break;
      }
      const lit = first?.parts.length === 1 && first.parts[0]?.k === 'lit' ? first.raw : undefined;
      only =
        lit !== undefined &&
        (PRINT_ONLY.has(lit) ||
          (lit === 'command' && /^-[vV]$/.test(words[1]?.raw ?? '')) ||
          (this.script.functions.has(lit) && this.printsOnly(lit, seen)));
    }
    this.printers.set(name, only);
    return only;
  }

  private network(f: CmdFact): void {
    const hosts: Host[] = [];
    // a URL printed or tested is not a connection, nor one handed to a function that only prints it
    if (
      !BUILTINS.has(f.fam) &&
      !NON_READERS.has(f.fam) &&
      !(this.script.functions.has(f.name) && this.printsOnly(f.name))
    )
      for (const a of f.args) {
        const named = urlHosts(a.s);
        hosts.push(...(named.length ? named : partialUrlHosts(a)));
      }
    for (const t of f.redirectTargets) {
      const m = /^\/dev\/(?:tcp|udp)\/([^/]+)\/([0-9]+|[^/]*)/.exec(t);
      if (m) {
        const h = cleanHost(m[1] as string);
        if (h)
          hosts.push(
            /^[0-9]+$/.test(m[2] as string) ? { host: h, port: Number(m[2]) } : { host: h },
          );
        else f.dynamicHost = true;
      }
    }
    const fam = f.fam;
    const pos = f.positional;
    if ((fam === 'curl' || fam === 'wget') && !hosts.length) {
      for (const a of pos) {
        const m = /^([a-z0-9.-]+\.[a-z]{2,})(?::(\d+))?(?:\/|$)/i.exec(a.s);
        if (m)
          hosts.push(
            m[2]
              ? { host: (m[1] as string).toLowerCase(), port: Number(m[2]) }
              : { host: (m[1] as string).toLowerCase() },
          );
      }
    }
    if (fam === 'ssh' || fam === 'autossh' || fam === 'mosh' || fam === 'sftp') {
      const first = pos[0];
      const h = first && !first.s.includes('://') ? userHost(first.s) : undefined;
      const port = Number((f.opts.get('-p') ?? [])[0]?.s ?? (fam === 'mosh' ? NaN : 22));
      if (h) hosts.push(Number.isFinite(port) ? { host: h, port } : { host: h });
      else if (first) f.dynamicHost = true;
    }
    if (fam === 'scp' || fam === 'rsync') {
      for (const a of pos)
        if (/^[^/~.][^/]*:/.test(a.s) && !a.s.includes('://')) {
          const h = userHost(a.s);
          if (h) hosts.push(fam === 'scp' ? { host: h, port: 22 } : { host: h });
        }
    }
    if (fam === 'git') {
      for (const a of pos)
        if (/^[A-Za-z0-9_.-]+@[^:/]+:/.test(a.s)) {
          const h = userHost(a.s);
          if (h) hosts.push({ host: h, port: 22 });
        }
    }
    if (
      (fam === 'nc' || fam === 'ncat' || fam === 'telnet') &&
      !f.flags.has('-l') &&
      !f.flags.has('--listen')
    ) {
      const h = pos[0] ? cleanHost(pos[0].s) : undefined;
      const p = pos[1] && /^[0-9]+$/.test(pos[1].s) ? Number(pos[1].s) : undefined;
      if (h) hosts.push(p !== undefined ? { host: h, port: p } : { host: h });
      else if (pos[0]) f.dynamicHost = true;
    }
    if (fam === 'mosquitto_pub') {
      // the broker: `-h HOST [-p PORT]`, or `-L mqtt://HOST[:PORT]/topic`
      const hv = (f.opts.get('-h') ?? f.opts.get('--host') ?? [])[0];
      const h = hv ? cleanHost(hv.s) : undefined;
      const pv = (f.opts.get('-p') ?? f.opts.get('--port') ?? [])[0]?.s;
      const p = pv && /^[0-9]+$/.test(pv) ? Number(pv) : 1883;
      if (h) hosts.push({ host: h, port: p });
      else if (hv) f.dynamicHost = true;
      for (const u of [...(f.opts.get('-L') ?? []), ...(f.opts.get('--url') ?? [])]) {
        const m = /^mqtts?:\/\/(?:[^@/]*@)?([^:/]+)(?::([0-9]+))?/i.exec(u.s);
        if (m?.[1]) hosts.push({ host: m[1].toLowerCase(), port: Number(m[2] ?? 1883) });
      }
    }
    if (fam === 'socat') {
      for (const a of pos) {
        const m =
          /^(?:tcp|tcp4|tcp6|udp|udp4|udp6|openssl|ssl|tcp-connect|udp-connect|openssl-connect|socks4a?|proxy):([^:,]+):([0-9]+)/i.exec(
            a.s,
          );
        if (m) {
          const h = cleanHost(m[1] as string);
          if (h) hosts.push({ host: h, port: Number(m[2]) });
        }
      }
    }
    if (fam === 'openssl') {
      f.args.forEach((a, i) => {
        if (a.s === '-connect' && f.args[i + 1]) {
          const [h, p] = (f.args[i + 1] as Val).s.split(':');
          const ch = h ? cleanHost(h) : undefined;
          if (ch) hosts.push(p ? { host: ch, port: Number(p) } : { host: ch });
        }
      });
    }
    if (
      fam === 'nslookup' ||
      fam === 'dig' ||
      fam === 'host' ||
      fam === 'drill' ||
      fam === 'ping' ||
      fam === 'ping6' ||
      fam === 'traceroute' ||
      fam === 'mtr' ||
      fam === 'whois'
    ) {
      const names = pos.filter(
        (a) =>
          !a.s.startsWith('+') && !/^(?:a|aaaa|mx|txt|ns|cname|any|soa|ptr|srv|in)$/i.test(a.s),
      );
      // whois asks its server (`-h`, else the registry's) on port 43 about the name it is given
      const first =
        (fam === 'whois' && (f.opts.get('-h') ?? f.opts.get('--host'))?.[0]) || names[0];
      if (first) {
        const h = cleanHost(first.s.replace(/^@/, ''));
        if (h)
          hosts.push(
            fam === 'ping' || fam === 'ping6' || fam === 'traceroute' || fam === 'mtr'
              ? { host: h }
              : { host: h, port: fam === 'whois' ? 43 : 53 },
          );
        else f.dynamicHost = true;
      }
    }
    if (
      !hosts.length &&
      (DOWNLOADERS.has(fam) ||
        fam === 'nc' ||
        fam === 'ncat' ||
        fam === 'socat' ||
        fam === 'telnet' ||
        fam === 'ssh' ||
        fam === 'scp' ||
        fam === 'rsync' ||
        fam === 'nslookup' ||
        fam === 'dig' ||
        fam === 'host')
    ) {
      const copy = fam === 'scp' || fam === 'rsync';
      if (f.args.some((a) => !a.known && !a.s.startsWith('-') && !(copy && this.localPath(a))))
        f.dynamicHost = true;
    }
    f.hosts = dedupeHosts(hosts);
  }

  /**
   * An scp/rsync operand that can only be a local path: absolute, home- or dot-relative, or built
   * from commands that print local paths (`"$(mktemp -d)/"`, `"$(pwd)"`), never `host:path`.
   */
  private localPath(v: Val): boolean {
    // a variable built from a local folder and a run-time part (`d="$ROOT/$(date +%s)"`)
    if (/^[/~.]/.test(v.s) || /^[/~.]/.test(v.partial)) return true;
    if (!v.sources.size || !v.s.startsWith(UNKNOWN) || /^[^/]*:/.test(v.s.slice(1))) return false;
    for (const id of v.sources) {
      const w = this.script.cmds[id]?.words[0]?.parts;
      const name = w?.length === 1 && w[0]?.k === 'lit' ? baseName(w[0].s) : undefined;
      if (!name || !LOCAL_PATH_PRINTERS.has(name)) return false;
    }
    return true;
  }

  /** Commands whose output flows into a path (the writers of it or of a parent directory). */
  writersOf(path: string, shipped = false): number[] {
    const out: number[] = [];
    // a file the skill ships (`$DIR/env.sh`, see shipped.ts) is no fresh temp file: a command that
    // wrote only to `$(mktemp)` paths (a new, random name) did not write it
    const base = baseName(path);
    const known = path !== UNKNOWN && !!base && !base.includes(UNKNOWN);
    const named = shipped && known;
    let p = path;
    for (let guard = 0; guard < 32 && p; guard++) {
      let w = this.writers.get(p);
      // a write to a wholly unknown path may be any file or folder, unless the script fixed the
      // name of the file it wrote (`c="$STATE/geo.json"; curl … > "$c"` wrote no `$DIR/lib.sh`),
      // as it is for the same path written out (`> "$STATE/geo.json"`)
      if (w && p === UNKNOWN && known) {
        const parts = path
          .slice(path.lastIndexOf(UNKNOWN) + 1)
          .split('/')
          .filter(Boolean);
        w = w.filter((id) => !this.namedElsewhere(this.facts[id], base, parts));
      }
      if (w)
        out.push(...(named && p === UNKNOWN ? w.filter((id) => !this.facts[id]?.freshUnknown) : w));
      const slash = p.lastIndexOf('/');
      if (slash <= 0) break;
      p = p.slice(0, slash);
    }
    return out;
  }
}

function dedupeHosts(h: Host[]): Host[] {
  const seen = new Set<string>();
  return h.filter((x) => {
    const k = `${x.host}:${x.port ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * the words a loop runs over: its list, or for one unquoted expansion (`for h in $HOSTS`) the
 * words its known value splits into (none when unknown or one word: the loop's own pass saw it)
 */
function loopWords(values: readonly Word[], env: Env): readonly Word[] {
  if (values.length !== 1) return values;
  const v = env.eval(values[0] as Word);
  const fields = v.known ? v.s.split(/[ \t\n]+/).filter(Boolean) : [];
  return fields.length > 1 ? fields.map(litWord) : [];
}
