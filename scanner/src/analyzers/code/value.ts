/**
 * Folded values shared by the JS and Python analyzers. A string may be partly known: each unknown
 * piece is the HOLE character, so `'https://' + host + '/x'` keeps its scheme and path.
 */

import { parse as parseYaml } from 'yaml';
import { parseIni, parseToml } from './config-text.js';
import { AGENT_HOMES, TRANSCRIPTS } from '../../engine/agents.js';
import { normalizePath } from '../../engine/links.js';
import { authField, carriedAsContent, valueInAuthField } from '../../capabilities/issuers.js';
import { homeward } from '../../capabilities/match.js';

export const HOLE = '\uFFFF';

export type Value =
  /**
   * `source`: the text carries data of that kind (`identity`: user name, e-mail, host name), the
   * strongest of its kinds (strongerSource); `also`: the other kinds it carries (a key concatenated
   * with downloaded text carries both, see concat and sourced)
   */
  | {
      kind: 'str';
      s: string;
      computed?: boolean;
      decodedFrom?: string;
      source?: string;
      also?: string[];
      /** the whole text of this file of the skill's own (`$SKILL/config.toml`), read (shippedRead) */
      file?: string;
      /**
       * the bytes a decoding of a constant gave (Python `bytes.fromhex(…)`, `b64decode(…)`), kept so
       * a loop over them (`bytes(b ^ 0x2a for b in blob)`) sees byte values, not characters
       */
      raw?: Buffer;
      /**
       * the data a serializer made this text of (JSON.stringify, json.dumps, URLSearchParams,
       * urlencode): a request body that is this text carries that data's fields (keysInContent)
       */
      built?: Value;
    }
  | { kind: 'num'; n: number }
  | { kind: 'list'; items: Value[] }
  | { kind: 'obj'; props: Map<string, Value> }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

/**
 * Characters the shell analyzer puts where an expansion carrying data of that kind stood in code
 * it hands to Python or JS (bash/interp.ts): a text holding one carries that kind, the mark itself
 * an unknown piece. A secret outranks an identity.
 */
export const SOURCE_MARKS = { identity: '\uF8F0', secret: '\uF8F1' } as const;
const MARKED = /[\uF8F0\uF8F1]/g;

export function str(
  s: string,
  extra: {
    computed?: boolean;
    decodedFrom?: string;
    source?: string;
    also?: string[];
    built?: Value;
  } = {},
): Value {
  if (s.includes(SOURCE_MARKS.identity) || s.includes(SOURCE_MARKS.secret)) {
    const marked = [
      ...(s.includes(SOURCE_MARKS.secret) ? ['secret'] : []),
      ...(s.includes(SOURCE_MARKS.identity) ? ['identity'] : []),
    ];
    const all = [...marked, ...(extra.source ? [extra.source] : []), ...(extra.also ?? [])];
    return str(s.replace(MARKED, HOLE), { ...extra, computed: true, ...labels(all) });
  }
  const v: Value = { kind: 'str', s };
  if (extra.computed) v.computed = true;
  if (extra.decodedFrom) v.decodedFrom = extra.decodedFrom;
  if (extra.source) v.source = extra.source;
  if (extra.source && extra.also?.length) v.also = extra.also;
  if (extra.built) v.built = extra.built;
  return v;
}

/** the most kinds a text keeps besides its strongest (also) */
const MAX_ALSO = 8;

/**
 * `source` and `also` of a text made of pieces carrying these kinds: the strongest
 * (strongerSource) and the others, each once
 */
export function labels(all: ReadonlyArray<string | undefined>): {
  source?: string;
  also?: string[];
} {
  let source: string | undefined;
  for (const x of all) source = strongerSource(source, x);
  if (source === undefined) return {};
  const also = [...new Set(all.filter((x): x is string => x !== undefined && x !== source))];
  return also.length ? { source, also: also.slice(0, MAX_ALSO) } : { source };
}

/** every kind a text carries: its source and also */
function kindsOf(v: Value | undefined): string[] {
  if (v?.kind !== 'str' || !v.source) return [];
  return v.also ? [v.source, ...v.also] : [v.source];
}

/**
 * The source of a value read from an environment variable named after a known issuer's credential
 * (`key:OPENAI_API_KEY`, see issuers.ts): where the request carrying it goes is checked against
 * the issuer's hosts.
 */
export const KEY_SOURCE = 'key:';

/**
 * The source of the whole text of a dotenv file: the skill's own (`$SKILL/.env`,
 * `$SKILL/config/.env`), the working folder's (`.env`, `Path.cwd() / '.env'`) or any other
 * (see dotenvFile): the user's keys, all at once. Only what carries the text whole keeps it (the
 * file object, the read text, `.strip()`, a concatenation or template, an object field, JSON,
 * base64); a value parsed out of it (split, a regex group, a dotenv parser's lookup) is one value,
 * judged by the key rules.
 */
export const DOTENV_SOURCE = 'dotenv';

/** the file name of a dotenv file (not a template of one: `.env.example`) */
const DOTENV_NAME = /(?:^|\/)\.env(?:\.(?:local|production|prod|development|dev|staging|test))?$/;

/**
 * does a path name a dotenv file, in the skill or out of it: the folder may be unknown
 * (`Path.cwd() / '.env'`), the file name may not
 */
export function dotenvFile(p: Value | undefined): boolean {
  if (p?.kind !== 'str') return false;
  const name = p.s.slice(p.s.lastIndexOf('/') + 1);
  return !name.includes(HOLE) && DOTENV_NAME.test(p.s);
}

/**
 * The source of what the code read from a credential file of the user's (CREDENTIAL_FILE:
 * `~/.aws/credentials`, `~/.npmrc`, `~/.vault-token`, `~/.ssh/id_rsa`, `~/.openclaw/openclaw.json`,
 * a shell or REPL history with the passwords and tokens typed into it), and of
 * anything made of it (a parsed field, an encoding, a concatenation, a local function's return):
 * sent anywhere, it is traced exfiltration. A public key (`*.pub`), `known_hosts` or the ssh
 * `config` is no credential.
 */
export const CREDENTIAL_SOURCE = 'credential';

/**
 * the folders desktop crypto wallets keep their keys in (Exodus, Electrum's wallets, an Ethereum
 * keystore, Atomic's local storage): every file there is key material, whatever its name
 */
const WALLET_DIRS = String.raw`(?:(?:\.config|Library\/Application Support|AppData\/Roaming)\/Exodus\/exodus\.wallet|\.electrum\/wallets|\.ethereum\/keystore|(?:\.config|Library\/Application Support|AppData\/Roaming)\/atomic\/Local Storage\/leveldb)`;
const WALLET_DIR = new RegExp(
  String.raw`^(?:~|\/home\/[^/]+|\/Users\/[^/]+|\/root)\/${WALLET_DIRS}\/[^/]`,
);

/**
 * a credential file of the user's, by its folded path (`~/…` or an absolute home path); the file
 * name must be known, except in `~/.ssh` (any file there but a public key, `known_hosts`,
 * `authorized_keys` or the client `config`), a pod's Kubernetes service-account token, and a
 * process's environment (`/proc/<pid>/environ`: every secret it was started with). dotenv
 * files have their own source (DOTENV_SOURCE).
 */
const CREDENTIAL_FILE = new RegExp(
  String.raw`^(?:~|\/home\/[^/]+|\/Users\/[^/]+|\/root)\/(?:\.ssh\/(?!(?:[^/]*\/)*(?:[^/]*\.pub|known_hosts[^/]*|config|authorized_keys2?|[^/]*\.(?:sh|md|txt|log))$)[^/]+(?:\/[^/]+)*|\.aws\/(?:credentials|config)|\.azure\/[^/]*(?:token|profile|credential)[^/]*|\.config\/gcloud\/(?:[^/]+\/)*(?:credentials[^/]*|application_default_credentials\.json|access_tokens\.db)|\.kube\/config|\.docker\/config\.json|\.(?:netrc|npmrc|pypirc|pgpass|my\.cnf|git-credentials|vault-token|(?:bash|zsh|python|psql|mysql|node_repl)_history|zhistory|local\/share\/fish\/fish_history)|\.config\/gh\/hosts\.yml|\.${AGENT_HOMES}(?:\.json|\/(?!(?:workspace\/)?(?:skills|hooks|commands|agents|plugins|prompts)\/|media\/(?!(?:[^/]+\/)*[^/]*(?:cred|secret|token|auth|key|passw|\/\.)))[^/]+(?:\/[^/]+)*)|\.config\/(?:openclaw|claude|solana|gcloud|github-copilot)\/[^/]+(?:\/[^/]+)*|\.terraform\.d\/credentials\.tfrc\.json|${WALLET_DIRS}\/[^/]+(?:\/[^/]+)*|\.password-store\/.+\.gpg|\.gnupg\/(?:private-keys-v1\.d\/.+|secring\.gpg))$|^\/etc\/shadow$|^\/proc\/[^/]+\/environ$|^\/(?:var\/)?run\/secrets\/kubernetes\.io\/serviceaccount\/token$`,
);

/**
 * The field of an agent hook's input (Claude Code's, on the hook's stdin) naming the session's
 * transcript, and a stand-in for the file it names (under ~/.claude/projects: the whole
 * conversation, every secret pasted or printed in it); read out of an unknown object (the parsed
 * input), the field is that path
 */
export const TRANSCRIPT_KEY = 'transcript_path';
export function transcriptPath(): Value {
  return str('~/.claude/projects/session/transcript.jsonl', { computed: true });
}

const SSH_DIR = /^(?:~|\/home\/[^/]+|\/Users\/[^/]+|\/root)\/\.ssh\/[^/]+$/;
/**
 * an agent's session transcripts (Claude Code's ~/.claude/projects/<project>/<session>.jsonl,
 * Codex's ~/.codex/sessions/…): each holds a whole conversation, every secret pasted or printed in
 * it, so one named at run time (a listing or glob of the folder) is a credential file as a key of
 * ~/.ssh is
 */
const TRANSCRIPTS_DIR = new RegExp(
  String.raw`^(?:~|\/home\/[^/]+|\/Users\/[^/]+|\/root)\/${TRANSCRIPTS}\/[^/]`,
);

export function credentialFile(p: Value | undefined): boolean {
  if (p?.kind !== 'str' || p.s.length > 512) return false;
  const written = p.s.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  // a path climbing out of the skill or the working folder to one (`$SKILL/../../.aws/credentials`)
  const s = homeward(written) ?? written;
  // (a file of ~/.ssh may be named at run time: `~/.ssh/${name}` is a key, `${name}.pub` is not)
  const name = s.slice(s.lastIndexOf('/') + 1);
  return (
    (!name.includes(HOLE) || SSH_DIR.test(s) || TRANSCRIPTS_DIR.test(s) || WALLET_DIR.test(s)) &&
    CREDENTIAL_FILE.test(s)
  );
}

/**
 * does a text in the value have a source that passes `test`, looking into lists and objects
 * (bounded); a test that never passes visits every source
 */
function anySource(v: Value | undefined, test: (source: string) => boolean, depth = 0): boolean {
  if (!v || depth > 4) return false;
  if (v.kind === 'str')
    return v.source !== undefined && (test(v.source) || (v.also?.some(test) ?? false));
  if (v.kind === 'list') return v.items.slice(0, 256).some((i) => anySource(i, test, depth + 1));
  if (v.kind === 'obj')
    return [...v.props.values()].slice(0, 256).some((i) => anySource(i, test, depth + 1));
  return false;
}

/** the issuer-named variables whose values these carry (looked into lists and objects, bounded) */
export function keysIn(values: ReadonlyArray<Value | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values)
    anySource(v, (s) => {
      if (s.startsWith(KEY_SOURCE)) out.add(s.slice(KEY_SOURCE.length));
      return false;
    });
  return [...out].sort();
}

/** every run-time piece of a folded text */
const HOLES = new RegExp(HOLE, 'g');

/**
 * The issuer-named variables these request bodies carry as content: in a property that does not
 * authenticate (`{ title, body: token }`, not `{ api_key: key }`, issuers.ts authField), or in a
 * body text that shows its shape and puts them in no authenticating field (carriedAsContent)
 */
export function keysInContent(bodies: ReadonlyArray<Value | undefined>): string[] {
  const out = new Set<string>();
  /** `named`: the value is a property of the body, named and not authenticating */
  const visit = (v: Value | undefined, depth: number, named: boolean): void => {
    if (!v || depth > 4) return;
    if (v.kind === 'list') for (const i of v.items.slice(0, 256)) visit(i, depth + 1, named);
    else if (v.kind === 'obj') {
      for (const [name, i] of [...v.props].slice(0, 256))
        if (!authField(name)) visit(i, depth + 1, true);
    } else if (v.kind === 'str' && v.built && (v.built.kind === 'obj' || v.built.kind === 'list')) {
      // a serialised object (`JSON.stringify(payload)`, `new URLSearchParams(fields)`), built
      // elsewhere: its fields say where each key stands, whatever the text shows
      visit(v.built, depth + 1, false);
    } else if (v.kind === 'str' && v.source !== undefined) {
      const keys = [v.source, ...(v.also ?? [])].filter((k) => k.startsWith(KEY_SOURCE));
      // a named property's text is content unless it puts the key in a field of its own
      // (`params: 'token=' + key`); a whole body's text must show where the key stands
      const content = named ? !valueInAuthField(v.s, HOLES) : carriedAsContent(v.s, HOLES);
      if (keys.length && content) for (const k of keys) out.add(k.slice(KEY_SOURCE.length));
    }
  };
  for (const b of bodies) visit(b, 0, false);
  return [...out].sort();
}

/**
 * The source of the job table `crontab -l` printed (Python's `subprocess.run(['crontab', '-l'],
 * …).stdout`), kept only by what gives its lines back with some taken out (`splitlines()`, a
 * comprehension keeping whole lines under a filter, `'\n'.join` of that): handed back to
 * `crontab -` alone it removes jobs and adds none, as `crontab -l | grep -v x | crontab -` does.
 */
export const CRON_LISTING = 'cronlist';

/** an unknown text that carries data of kind `source` (e.g. the user's e-mail address) */
export function sourced(source: string): Value {
  return str(HOLE, { computed: true, source });
}

/**
 * The whole text of a data file of the skill's own at `path`, read (`fs.readFileSync(p, 'utf8')`,
 * `Path(p).read_text()`): shipped data that remembers its file, so a parser handed it later
 * (`JSON.parse(raw)`, `tomllib.loads(text)`) gives the file's values (shippedConfig)
 */
export function shippedRead(path: string | undefined): Value {
  const v = sourced('shipped');
  if (v.kind === 'str' && path !== undefined && !path.includes(HOLE)) v.file = path;
  return v;
}

/**
 * The source of a shipped text that is a plain template: no backtick or backslash, and at least one
 * `${…}` placeholder, each a plain path of names (`${data.name}`, `${row[0]}`). Placed inside a
 * template literal (`new Function('data', 'return `' + tpl + '`')`) it only fills in values; as
 * code on its own it is still shipped code (evaluate.ts, `carries: shipped`).
 */
export const TEMPLATE_SOURCE = 'shipped-template';

const PLACEHOLDER = /\$\{([^}]*)\}/g;
const PLAIN_PATH = /^\s*[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\[\d+\])*\s*$/;

/** is a text a plain template (TEMPLATE_SOURCE) */
export function plainTemplate(text: string): boolean {
  if (/[`\\]/.test(text) || text.length > 200_000) return false;
  const holes = [...text.matchAll(PLACEHOLDER)];
  // (a `${` left open would run on past the end of the text into the code after it)
  return (
    holes.length > 0 &&
    holes.every((m) => PLAIN_PATH.test(m[1] as string)) &&
    !text.replace(PLACEHOLDER, '').includes('${')
  );
}

/** a template's text read: a plain template (plainTemplate) is TEMPLATE_SOURCE, else shippedRead */
export function shippedTextRead(path: string | undefined, text: string | undefined): Value {
  return text !== undefined && plainTemplate(text) ? sourced(TEMPLATE_SOURCE) : shippedRead(path);
}

/**
 * an unknown text made of these values (serialised, encoded, put in a query string): it carries
 * every kind they carry (looked up one level into lists and objects, as kindsIn); UNKNOWN when
 * none
 */
export function sourcedFrom(values: ReadonlyArray<Value | undefined>): Value {
  const l = labels(kindsIn(values));
  return l.source ? str(HOLE, { computed: true, ...l }) : UNKNOWN;
}

/**
 * The value at `keys` inside `root` (`cfg.hooks.PostToolUse`), with an empty object made for each
 * missing step when `make`; undefined where a step is no object (or is missing and not made)
 */
export function objectAt(root: Value, keys: readonly string[], make: boolean): Value | undefined {
  let cur: Value = root;
  for (const k of keys) {
    if (cur.kind !== 'obj') return undefined;
    let next = cur.props.get(k);
    if (!next && make) cur.props.set(k, (next = { kind: 'obj', props: new Map() }));
    if (!next) return undefined;
    cur = next;
  }
  return cur;
}

/**
 * Serialised data (JSON.stringify, json.dumps) of a value that carries data of some kind: its
 * JSON text with a HOLE where each run-time piece stands, when it has one, so that a request body
 * keeps the fields its values stand in (keysInContent); a value with no text is one HOLE
 */
export function serializedFrom(v: Value, text: string | undefined): Value {
  // every kind inside, however deep the data (bounded): `{ files: { 'a.txt': { content: key } } }`
  const kinds: string[] = [];
  anySource(v, (s) => {
    kinds.push(s);
    return false;
  });
  const l = labels(kinds);
  return l.source ? str(text ?? HOLE, { computed: true, ...l, ...builtOf(v) }) : UNKNOWN;
}

/** the data a serialised text keeps for keysInContent (Value `built`): an object or a list */
const builtOf = (v: Value): { built?: Value } =>
  v.kind === 'obj' || v.kind === 'list' ? { built: v } : {};

/**
 * A form or query text made of these fields (`new URLSearchParams(fields)`, `qs.stringify`):
 * carries what they carry (sourcedFrom) and keeps the fields (Value `built`)
 */
export function encodedFrom(v: Value): Value {
  const out = sourcedFrom([v]);
  return out.kind === 'str' && v.kind === 'obj' ? { ...out, built: v } : out;
}

/** the kinds these values carry, looked up one level into lists and objects (bounded) */
export function kindsIn(values: ReadonlyArray<Value | undefined>): string[] {
  const out: string[] = [];
  for (const v of values) {
    out.push(...kindsOf(v));
    if (v?.kind === 'list') for (const i of v.items.slice(0, 64)) out.push(...kindsOf(i));
    if (v?.kind === 'obj')
      for (const i of [...v.props.values()].slice(0, 64)) out.push(...kindsOf(i));
  }
  return out;
}

/** strongerSource's order; a source not named here (remote, shipped) ranks 3, an issuer's key 2 */
const SOURCE_RANK = new Map([
  ['secret', 6],
  [CREDENTIAL_SOURCE, 5.5],
  [DOTENV_SOURCE, 5],
  ['identity', 4],
  ['envsecret', 1],
]);

function sourceRank(x: string | undefined): number {
  if (x === undefined) return 0;
  return SOURCE_RANK.get(x) ?? (x.startsWith(KEY_SOURCE) ? 2 : 3);
}

/**
 * Which of two sources a text made of both carries: a secret outranks the text of the skill's own
 * dotenv (DOTENV_SOURCE), which outranks an identity, and each
 * outranks `remote` (data the code downloaded, which matters only where it is loaded or run),
 * which outranks an issuer's key (KEY_SOURCE), which outranks another secret-named variable
 */
export function strongerSource(a: string | undefined, b: string | undefined): string | undefined {
  return sourceRank(b) > sourceRank(a) ? b : a;
}

/** does a value carry data of kind `source`, looking into lists and objects (bounded) */
export function carries(v: Value | undefined, source: string): boolean {
  // (a secret-named environment variable: an issuer's key is one)
  return anySource(v, (s) => s === source || (source === 'envsecret' && s.startsWith(KEY_SOURCE)));
}

/**
 * Does a value hold anything only known at run time (an argument, input, a file's text, the
 * time), looking into lists and objects (bounded): what a request carries beyond its fixed text.
 */
export function hasComputed(v: Value | undefined, depth = 0): boolean {
  if (!v || depth > 4) return false;
  switch (v.kind) {
    case 'unknown':
      return true;
    case 'str':
      return v.s.includes(HOLE);
    case 'list':
      return v.items.slice(0, 64).some((i) => hasComputed(i, depth + 1));
    case 'obj':
      return [...v.props.values()].slice(0, 64).some((i) => hasComputed(i, depth + 1));
    default:
      return false;
  }
}

/**
 * JSON.stringify of a value (Python's json.dumps with `python`: `, ` and `: ` between items): undefined
 * when a piece is wholly unknown or no JSON, and a piece of a string known only at run time stays a
 * HOLE in the text
 */
export function jsonText(v: Value, python = false): string | undefined {
  const [item, pair] = python ? [', ', ': '] : [',', ':'];
  switch (v.kind) {
    case 'str':
      return JSON.stringify(v.s);
    case 'num':
      return JSON.stringify(v.n);
    case 'list': {
      const items = v.items.map((x) => jsonText(x, python));
      return items.every((i) => i !== undefined) ? `[${items.join(item)}]` : undefined;
    }
    case 'obj': {
      const props = [...v.props].map(([k, x]) => {
        const t = jsonText(x, python);
        return t === undefined ? undefined : `${JSON.stringify(k)}${pair}${t}`;
      });
      return props.every((p) => p !== undefined) ? `{${props.join(item)}}` : undefined;
    }
    default:
      return undefined;
  }
}

/** commands whose output identifies the user or the machine */
export const IDENTITY_COMMAND =
  /^(?:\S*\/)?(?:whoami\b|hostname\b|hostnamectl\b|id\s+-u?n|uname\s+-n|scutil\s+--get\s+(?:ComputerName|LocalHostName)|git\s+(?:-\S+\s+)*(?:config\b.*\buser\.(?:email|name)\b|var\s+GIT_(?:AUTHOR|COMMITTER)_IDENT))/;
/**
 * What a command prints when it prints a stored credential (bash-exfiltration's password-manager
 * and cloud CLIs), as the source of its output captured by subprocess or child_process:
 * - `gh auth token` prints the GitHub token gh holds: the key of GH_TOKEN, so its issuer's hosts
 *   judge where it goes (api.github.com is gh's own client; any other host is cap-key-elsewhere);
 * - a password manager, the OS keychain, git's credential helper, a secret key export or a raw
 *   kubeconfig (`op read`, `bw get`, `pass show`, `vault kv get`, `security find-generic-password`,
 *   `secret-tool lookup`, `git credential fill`, `gpg --export-secret-keys`, `kubectl config view
 *   --raw`) print a secret no one service issued: sent anywhere it is exfiltration, as in bash;
 * - a cloud CLI's session credentials (`aws configure export-credentials`, `gcloud auth
 *   print-access-token`, `az account get-access-token`) are what a credential file holds, traced
 *   as one (a client of the cloud's own API sends them there).
 */
export function commandSource(cmd: string): string | undefined {
  // a shell handed the command line (`sh -c 'gh auth token'`, as an argv joined) prints the same
  const c = cmd
    .trim()
    .replace(/^(?:\S*\/)?(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*?-\w*c\s+(?=\S)/, '')
    .replace(/^(?:\S*\/)?(?:sudo\s+|env\s+(?:\w+=\S*\s+)*)?/, '');
  if (/^(?:\S*\/)?gh\s+auth\s+token\b/.test(c)) return `${KEY_SOURCE}GH_TOKEN`;
  if (SECRET_COMMAND.test(c)) return 'secret';
  if (CLOUD_CREDENTIAL_COMMAND.test(c)) return CREDENTIAL_SOURCE;
  if (printsDownload(c)) return 'remote';
  return undefined;
}

/**
 * A downloader that prints what it fetches (`curl -fsSL URL`, `wget -qO- URL`, one command, no
 * pipe or redirect): its output is downloaded data, as a fetch response is (`execFileSync('curl',
 * [...])` then `bash -c` of it is download-and-execute). Not one that saves to a file (`-o`, `-O`)
 * or prints only headers (`-I`).
 */
function printsDownload(c: string): boolean {
  if (/[|><;&`]/.test(c) || !(/(?:^|\s)(?:https?|ftp):\/\//.test(c) || c.includes(HOLE)))
    return false;
  if (/^(?:\S*\/)?curl\s/.test(c))
    return !/\s(?:-[a-zA-Z]*[oOI][a-zA-Z]*(?=\s|$)|--(?:output|remote-name|remote-name-all|head|output-dir)\b)/.test(
      c,
    );
  if (/^(?:\S*\/)?wget\s/.test(c))
    return /\s(?:-[a-zA-Z]*O\s*-|--output-document[= ]-|-[a-zA-Z]*O\s*\/dev\/stdout)(?=\s|$)/.test(
      c,
    );
  return false;
}

const SECRET_COMMAND =
  /^(?:\S*\/)?(?:op\s+(?:read|inject)\b|op\s+.*--reveal\b|bw\s+(?:get|export)\b|(?:pass|gopass)\s+show\b|vault\s+(?:read|kv\s+get)\b|kubectl\s+config\s+view\b.*--raw\b|gpg2?\s+.*--export-secret-(?:sub)?keys\b|security\s+(?:find-(?:generic|internet)-password|dump-keychain)\b|secret-tool\s+lookup\b|git\s+credential(?:-\S+)?\s+(?:fill|get)\b)/;

const CLOUD_CREDENTIAL_COMMAND =
  /^(?:\S*\/)?(?:aws\s+(?:--\S+\s+(?:\S+\s+)?)*(?:configure\s+export-credentials\b|configure\s+get\s+\S*(?:aws_secret_access_key|aws_session_token)\b)|gcloud\s+(?:\S+\s+){0,3}?print-(?:access|identity)-token\b|az\s+account\s+get-access-token\b)/;

/** environment variables that hold the user or host name */
export const IDENTITY_ENV =
  /^(?:USER|USERNAME|LOGNAME|HOSTNAME|COMPUTERNAME|USERDOMAIN|GIT_AUTHOR_EMAIL|GIT_COMMITTER_EMAIL|EMAIL)$/;

/** the string form of a value (HOLE for unknown), or undefined when it is not string-like */
export function asText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case 'str':
      return v.s;
    case 'num':
      return String(v.n);
    case 'list':
      return v.items.map((x) => asText(x) ?? HOLE).join(' ');
    default:
      return undefined;
  }
}

/** text with every piece known */
export function isKnown(v: Value | undefined): v is { kind: 'str'; s: string } {
  return v?.kind === 'str' && !v.s.includes(HOLE);
}

export function concat(parts: Array<Value | undefined>): Value {
  let s = '';
  let decodedFrom: string | undefined;
  const kinds: string[] = [];
  for (const p of parts) {
    if (p?.kind === 'str') {
      s += p.s;
      decodedFrom ??= p.decodedFrom;
      kinds.push(...kindsOf(p));
    } else if (p?.kind === 'num') s += String(p.n);
    else s += HOLE;
  }
  if (s.length > 1_000_000) return UNKNOWN;
  const extra: { computed: boolean; decodedFrom?: string; source?: string; also?: string[] } = {
    computed: true,
    ...labels(kinds),
  };
  if (decodedFrom) extra.decodedFrom = decodedFrom;
  return str(s, extra);
}

/** join path pieces the way path.join / os.path.join do (enough for matching) */
export function joinPath(parts: Array<Value | undefined>): Value {
  const texts = parts.map((p) => (p?.kind === 'str' ? p.s : HOLE));
  let out = '';
  for (const t of texts) {
    if (t.startsWith('/') || t.startsWith('~')) out = t;
    else out = out ? `${out.replace(/\/+$/, '')}/${t}` : t;
  }
  return str(out.replace(/\/\.\//g, '/'), { computed: true });
}

/**
 * The script's folder folds to `$SKILL` whatever the file's depth (`__dirname`,
 * `os.path.dirname(__file__)`), so `join(__dirname, '../../.env')` in `src/config/index.js`
 * reads `$SKILL/../../.env`: with the file's folder inside the skill known (`dir`), `..` that stay
 * inside the skill are resolved (`$SKILL/.env`); a path that leaves the skill is kept as it is.
 */
export function withinSkill(v: Value, dir: string | undefined): Value {
  if (dir === undefined || v.kind !== 'str' || !/^\$SKILL\/\.\.(?:\/|$)/.test(v.s)) return v;
  const inside = normalizePath([...dir.split('/'), ...v.s.slice('$SKILL/'.length).split('/')]);
  if (inside === undefined) return v;
  return { ...v, s: ['$SKILL', ...(inside ? [inside] : [])].join('/') };
}

/**
 * The folder a path inside the skill is in (`os.path.dirname`, `Path(...).parent`): the script's
 * own path gives its folder (`$SKILL`), a folder the one above (`$SKILL/..`, left for a join's
 * withinSkill to resolve against the file's folder, so `.parent.parent.parent` from `scripts/`
 * still leaves the skill). Undefined for any other path.
 */
export function skillParent(v: Value): Value | undefined {
  if (v.kind !== 'str' || !/^\$SKILL(?:\/|$)/.test(v.s) || v.s.includes(HOLE)) return undefined;
  if (v.s === '$SKILL/script') return str('$SKILL', { computed: true });
  const s = v.s.replace(/\/+$/, '');
  const up = s === '$SKILL' || s.endsWith('/..') ? `${s}/..` : s.slice(0, s.lastIndexOf('/'));
  return str(up, { computed: true });
}

/**
 * `urljoin(base, ref)` / `new URL(ref, base)` as far as matching needs: an absolute or
 * scheme-relative ref replaces the base; a ref starting with `/` keeps the base's origin; any
 * other ref replaces the base's last path piece. Unknown pieces stay unknown (HOLE), so a base
 * whose host is unknown still gives an unknown host.
 */
export function urljoin(base: Value | undefined, ref: Value | undefined): Value {
  if (ref?.kind !== 'str') return UNKNOWN;
  const extra = { computed: true, ...labels(kindsIn([base, ref])) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref.s)) return str(ref.s, extra);
  if (base?.kind !== 'str') return UNKNOWN;
  const m = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)/i.exec(base.s);
  if (!m) return UNKNOWN;
  const [, scheme, authority = '', path = ''] = m;
  if (ref.s.startsWith('//')) return str(scheme + ref.s, extra);
  if (ref.s.startsWith('/')) return str(scheme + authority + ref.s, extra);
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '/';
  return str(scheme + authority + dir + ref.s, extra);
}

export function decodeBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 4 || !/^[A-Za-z0-9+/_-]+=*$/.test(clean)) return undefined;
  return printable(
    Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64'),
  );
}

export function decodeHex(s: string): string | undefined {
  const clean = s.replace(/\s+|\\x|0x/g, '');
  if (clean.length < 2 || clean.length % 2 || !/^[0-9a-fA-F]+$/.test(clean)) return undefined;
  return printable(Buffer.from(clean, 'hex'));
}

/** decoded bytes as text if they look like text (not an image or compressed data) */
export function printable(buf: Buffer): string | undefined {
  const text = buf.toString('utf8');
  if (!text) return undefined;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / text.length < 0.05 ? text : undefined;
}

/** the largest shipped config file folded into values (shippedConfig) */
const MAX_SHIPPED_BYTES = 64 * 1024;
/** entries of one list or object, and nesting, kept of a shipped config file */
const MAX_SHIPPED_ITEMS = 256;
const MAX_SHIPPED_DEPTH = 8;

/**
 * The files of the skill a path of its own data names (`$SKILL/config.json`, `./cfg.json`), most
 * likely first: beside the script (`dir`, the script's folder inside the skill), then from the
 * skill's root (`$SKILL/…` after withinSkill resolved a `..`)
 */
export function shippedCandidates(path: string, dir: string | undefined): string[] {
  if (path.includes(HOLE)) return [];
  const rel = path.replace(/^\$SKILL(?:\/|$)/, '').replace(/^(?:\.\/)+/, '');
  if (!rel || rel.startsWith('../') || rel.startsWith('/')) return [];
  return dir ? [`${dir}/${rel}`, rel] : [rel];
}

/** the first of shippedCandidates the skill ships, with its text (`sibling` reads a skill file) */
export function shippedFile(
  path: string,
  dir: string | undefined,
  sibling: ((p: string) => string | undefined) | undefined,
): { path: string; text: string } | undefined {
  for (const p of shippedCandidates(path, dir)) {
    const text = sibling?.(p);
    if (text !== undefined) return { path: p, text };
  }
  return undefined;
}

/**
 * The values of a JSON, YAML, TOML or INI file the skill ships (its own config: `config.json`,
 * `settings.yaml`, `config.toml`, `settings.ini`; config-text.ts), read by the code (`json.load(open(Path(__file__).parent / 'config.json'))`,
 * `require('./config.json')`): what it holds is known, so a URL in it is a literal of the skill
 * like one written in the code. Each text keeps `source: 'shipped'` (data the skill ships, for
 * the rules that run it). Undefined for another kind of file, one over 64 KiB or one that does not
 * parse; YAML aliases are refused.
 */
export function shippedConfig(path: string, text: string | undefined): Value | undefined {
  if (text === undefined || text.length > MAX_SHIPPED_BYTES) return undefined;
  let data: unknown;
  try {
    if (/\.json$/i.test(path)) data = JSON.parse(text);
    else if (/\.ya?ml$/i.test(path)) data = parseYaml(text, { maxAliasCount: 0 });
    else if (/\.toml$/i.test(path)) data = parseToml(text);
    else if (/\.(?:ini|cfg|conf)$/i.test(path)) data = parseIni(text);
    else return undefined;
  } catch {
    return undefined;
  }
  const v = dataValue(data, 'shipped');
  return v.kind === 'obj' || v.kind === 'list' ? v : undefined;
}

/**
 * Parsed data as fold values: strings (marked `source` when given), numbers, lists and objects,
 * MAX_SHIPPED_DEPTH deep and MAX_SHIPPED_ITEMS wide; null and anything deeper are unknown.
 */
function dataValue(d: unknown, source?: 'shipped', depth = 0): Value {
  const text = (t: string) => str(t, source ? { computed: true, source } : { computed: true });
  if (typeof d === 'string') return text(d);
  if (typeof d === 'number') return { kind: 'num', n: d };
  if (typeof d === 'boolean') return text(String(d));
  if (depth >= MAX_SHIPPED_DEPTH || d === null || typeof d !== 'object') return UNKNOWN;
  if (Array.isArray(d))
    return {
      kind: 'list',
      items: d.slice(0, MAX_SHIPPED_ITEMS).map((x) => dataValue(x, source, depth + 1)),
    };
  const props = new Map<string, Value>();
  for (const [k, x] of Object.entries(d).slice(0, MAX_SHIPPED_ITEMS))
    props.set(k, dataValue(x, source, depth + 1));
  return { kind: 'obj', props };
}

/**
 * The values of a JSON text written in the code (`JSON.parse('{"u": "https://…"}')`, Python's
 * `json.loads('…')`): strings, numbers, lists and objects, as bounded as shippedConfig's; undefined
 * for text that is not JSON or holds a piece the fold does not know
 */
export function literalJson(text: string): Value | undefined {
  if (text.includes(HOLE) || text.length > MAX_SHIPPED_BYTES) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return dataValue(data);
}

/**
 * A text a call made of a shipped config file's text (shippedConfig: `b64decode(cfg['rules'][0])`,
 * `''.join(…)`, `.decode()`) is still data the skill ships: known text a call returns keeps
 * source 'shipped' when its receiver or an argument (`inputs`, asked only then) is such text
 */
export function keepsShipped(v: Value, inputs: () => readonly Value[]): Value {
  if (v.kind !== 'str' || v.source || v.s.includes(HOLE)) return v;
  if (!inputs().some((x) => x.kind === 'str' && carries(x, 'shipped') && !x.s.includes(HOLE)))
    return v;
  return { ...v, source: 'shipped', computed: true };
}

/**
 * The text parts of an MCP tool result (JS or Python) that hold something: a string, a list of
 * them, or the `text` and `content` of a result object or content item
 * ({content: [{type: 'text', text}]}), blank ones left out.
 */
export function toolResultTexts(v: Value): Value[] {
  const out: Value[] = [];
  const walk = (x: Value, depth: number): void => {
    if (depth > 4 || out.length > 32) return;
    if (x.kind === 'str') out.push(x);
    else if (x.kind === 'list') for (const i of x.items.slice(0, 32)) walk(i, depth + 1);
    else if (x.kind === 'obj') {
      const text = x.props.get('text');
      if (text) walk(text, depth + 1);
      const content = x.props.get('content');
      if (content) walk(content, depth + 1);
    }
  };
  walk(v, 0);
  return out.filter((t) => t.kind === 'str' && t.s.replaceAll(HOLE, '').trim());
}
