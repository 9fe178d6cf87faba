/**
 * Which credential a command's output holds, in the terms of the issuer table
 * (capabilities/issuers.ts): the files it reads; one named key of a dotenv file when the command
 * selects only that line (`grep '^OPENAI_API_KEY=' .env`, `sed -n 's/^KEY=//p' .env`,
 * `awk -F= '/^KEY=/{print $2}' .env`); a keychain item when it prints one item's password
 * (`security find-generic-password -s "Claude Code-credentials" -w`); a service's key of the
 * agent's configuration when it prints only that (`jq -r '.channels.telegram.botToken' CONFIG`). Anything else (a whole
 * dotenv file, a keychain dump, the environment) is `''`, a credential with no issuer.
 */
import { ANY_KEY, configKeyOf, isDotenv, type Credential } from '../../capabilities/issuers.js';
import { AGENT_CONFIG } from '../../engine/hints.js';
import type { CmdFact, Facts } from './facts.js';
import { UNKNOWN } from './values.js';

const NO_ISSUER: Credential[] = [''];

export function credentialsOf(f: CmdFact): Credential[] {
  if (f.name === 'security') return keychainItem(f);
  // `gh auth token` prints the token gh holds, GH_TOKEN's (as code/value.ts commandSource says)
  if (f.fam === 'gh' && f.positional[0]?.s === 'auth' && f.positional[1]?.s === 'token')
    return [{ env: 'GH_TOKEN' }];
  // `gcloud auth print-access-token` prints Google's OAuth access token (CLOUDSDK_AUTH_ACCESS_TOKEN's)
  if (
    f.fam === 'gcloud' &&
    f.positional.some((p) => p.s === 'auth') &&
    f.positional.some((p) => p.s === 'print-access-token')
  )
    return [{ env: 'CLOUDSDK_AUTH_ACCESS_TOKEN' }];
  if (f.configKey) return [{ configKey: f.configKey }];
  // a grep pattern given with -e may be taken for a file read: it is an argument of the command
  if (f.reads.some(isDotenv) && f.reads.every((r) => isDotenv(r) || f.args.some((a) => a.s === r)))
    return dotenvKey(f);
  return f.reads.length ? f.reads : NO_ISSUER;
}

/** `cat .env | grep '^KEY='`: what the one command a whole dotenv file is piped into selects */
export function pipedKey(reader: CmdFact): Credential[] {
  return reader.reads.length ? NO_ISSUER : dotenvKey(reader);
}

/** known argument texts; undefined when one is computed at run time */
function literalArgs(f: CmdFact): string[] | undefined {
  return f.args.every((a) => a.known) ? f.args.map((a) => a.s) : undefined;
}

/**
 * `security find-generic-password [-a "$USER"] -s SERVICE -w`: the password of that one item (the
 * subcommand and service written out; other values may be known only at run time)
 */
function keychainItem(f: CmdFact): Credential[] {
  const args = f.args.map((a) => (a.known ? a.s : UNKNOWN));
  if (args[0] !== 'find-generic-password') return NO_ISSUER;
  const opts = shortOptions(args.slice(1), 'acDGjlrsk');
  const service = opts.values.get('s');
  return opts.flags.has('w') && service && service !== UNKNOWN
    ? [{ keychain: service }]
    : NO_ISSUER;
}

/** short options, clustered or not (`-wa x`): letters given, and values of `valued` letters */
function shortOptions(
  args: readonly string[],
  valued: string,
): { flags: Set<string>; values: Map<string, string>; rest: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!/^-[A-Za-z0-9]+$/.test(a)) {
      rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      flags.add(c);
      if (valued.includes(c)) {
        const v = j < a.length - 1 ? a.slice(j + 1) : args[++i];
        if (v !== undefined) values.set(c, v);
        break;
      }
    }
  }
  return { flags, values, rest };
}

const NAME = '(?:export\\s+)?([A-Z][A-Z0-9_]*)';
/** a grep pattern that selects one key's line: `^KEY=`, `KEY=.*`, `(?<=^KEY=).*` */
const GREP_KEY = new RegExp(
  `^(?:\\^?${NAME}(?:\\\\?s\\*)?=?(?:\\.\\*|\\.\\+)?|\\(\\?<=\\^?${NAME}=\\)(?:\\.\\*|\\.\\+|\\\\S\\+))$`,
);
/** sed -n scripts that print one key's value: `s/^KEY=//p`, `/^KEY=/s/^[^=]*=//p` */
const SED_KEY = new RegExp(`^(?:s([/|#])\\^?${NAME}=\\1\\1p|\\/\\^?${NAME}=\\/s\\/[^/]*\\/\\/p)$`);
/** awk -F= programs that print one key's value: `/^KEY=/ {print $2}`, `$1=="KEY"{print $2}` */
const AWK_KEY = new RegExp(
  `^\\s*(?:\\/\\^?${NAME}=?\\/|\\$1\\s*==\\s*"${NAME}")\\s*\\{\\s*print\\s+\\$2\\s*;?\\s*\\}\\s*$`,
);

/** the one key a command selects from a dotenv file, by grep, `sed -n` or `awk -F=` */
function dotenvKey(f: CmdFact): Credential[] {
  const args = literalArgs(f);
  if (!args) return NO_ISSUER;
  // every operand but the one key selector must be a dotenv file
  const operands = (rest: string[]) => rest.filter((a) => !isDotenv(a));
  const key = (m: RegExpExecArray | null): Credential[] => {
    const name = m?.slice(1).find((g) => g !== undefined && /^[A-Z]/.test(g));
    return name ? [{ env: name }] : NO_ISSUER;
  };
  if (f.fam === 'grep' || f.name === 'egrep') {
    // only options that keep the selection to matching lines (no -v, -A/-B/-C, -f, -r)
    const o = shortOptions(
      args.filter((a) => a !== '--'),
      'em',
    );
    if ([...o.flags].some((c) => !'EFPhiosqwxme'.includes(c))) return NO_ISSUER;
    const patterns = o.values.has('e') ? [o.values.get('e') as string] : [];
    const rest = operands(o.rest);
    if (!patterns.length && rest.length === 1) patterns.push(rest.shift() as string);
    if (patterns.length !== 1 || rest.length) return NO_ISSUER;
    return key(GREP_KEY.exec(patterns[0] as string));
  }
  if (f.fam === 'sed') {
    const rest = operands(args.filter((a) => a !== '-n'));
    return args.includes('-n') && rest.length === 1
      ? key(SED_KEY.exec(rest[0] as string))
      : NO_ISSUER;
  }
  if (f.fam === 'awk' || f.fam === 'gawk' || f.fam === 'mawk') {
    const sep = args.findIndex((a) => a === '-F=' || a === '-F');
    if (sep < 0 || (args[sep] === '-F' && args[sep + 1] !== '=')) return NO_ISSUER;
    const rest = operands(
      args.filter((_, i) => i !== sep && !(args[sep] === '-F' && i === sep + 1)),
    );
    return rest.length === 1 ? key(AWK_KEY.exec(rest[0] as string)) : NO_ISSUER;
  }
  return NO_ISSUER;
}

/**
 * a setting that says where a device or service is, not a secret: a host name or address (not a
 * URL, which can hold a token or a webhook's key, nor a port of the agent's configuration, which a
 * local gateway's token goes to and a human confirms)
 */
const SETTING_NAME = /(?:^|[._-])(?:host|hostname|address|addr|ip|server|domain)$/i;
/**
 * in a dotenv file also the port a service of the skill's listens on (`grep '^PORT=' .env` for a
 * health check on localhost)
 */
const DOTENV_SETTING_NAME = /(?:^|[._-])(?:host|hostname|address|addr|ip|server|domain|port)$/i;
/** words that make a name a secret whatever else it says (`WEBHOOK_URL`, `DATABASE_URL`, `.auth.host`) */
const SECRET_WORD =
  /token|key|secret|pass|auth|cred|cookie|session|private|bearer|webhook|dsn|database|(?:^|[._-])db[._-]|redis|mongo|postgres|mysql/i;
/** a jq/yq filter that is one path (`.a.b.host`, `.a["host"]`), with at most a literal default */
const JQ_PATH =
  /^\s*((?:\.[A-Za-z_][\w-]*|\[\s*"[^"]+"\s*\])+)\s*(?:\/\/\s*(?:"[^"\\$]*"|empty|null|\d[\d.]*))?\s*$/;

/**
 * a jq/yq filter that is one path, also with quoted keys (`.skills.entries."my-skill".apiKey`)
 * and every value of an object (`.channels.telegram.accounts[].botToken`, `[]?` too)
 */
const JQ_KEYS =
  /^\s*((?:\.[A-Za-z_][\w-]*|\.?\[\s*"[^"]+"\s*\]|\."[^"]+"|\.?\[\]\??)+)\s*(?:\/\/\s*(?:"[^"\\$]*"|empty|null|\d[\d.]*))?\s*$/;

/**
 * The keys of the one path a jq/yq command prints (`jq -r '.skills.entries["x"].apiKey' F` →
 * skills, entries, x, apiKey), or undefined when its filter is anything else.
 */
export function jqPath(f: CmdFact): string[] | undefined {
  if (f.fam !== 'jq' && f.fam !== 'yq') return undefined;
  const filter = f.positional[0];
  if (!filter?.known || f.flags.has('-f') || f.flags.has('--from-file')) return undefined;
  // `jq --arg n NAME '.skills.entries[$n]'`: a variable given with --arg stands for its value
  const named = jqArgs(f);
  const text = filter.s.replace(/\[\s*\$([A-Za-z_]\w*)\s*\]/g, (m, n: string) => {
    const v = named.get(n);
    return v !== undefined && !/["\\]/.test(v) ? `["${v}"]` : m;
  });
  // `.skills.entries[$n] | .apiKey`: paths piped one into the next are one path (a default only
  // at the end)
  const parts = text.split('|');
  const paths = parts.map((p, i) => (i < parts.length - 1 ? JQ_STEP : JQ_KEYS).exec(p)?.[1]);
  if (paths.includes(undefined)) return undefined;
  return [
    ...paths.join('').matchAll(/\.([A-Za-z_][\w-]*)|\[\s*"([^"]+)"\s*\]|\."([^"]+)"|(\[\])/g),
  ].map((m) => (m[4] ? ANY_KEY : (m[1] ?? m[2] ?? m[3])) as string);
}

/**
 * `cat CONFIG | jq -r '.a.b'`: the one jq/yq filter a plain `cat` of one file pipes the text
 * into, reading nothing else; undefined when the text goes anywhere else too (`| tee F | jq`)
 */
export function soleJqReader(facts: readonly CmdFact[], f: CmdFact): CmdFact | undefined {
  if (f.fam !== 'cat' || f.cmd.redirects.length || f.positional.length !== 1) return undefined;
  const readers = facts.filter((g) => g.cmd.stdin.includes(f.cmd.id));
  const g = readers[0];
  return readers.length === 1 && g && (g.fam === 'jq' || g.fam === 'yq') && !g.reads.length
    ? g
    : undefined;
}

/**
 * Mark the commands that print only one service's credential of the agent's configuration
 * (CmdFact.configKey, the issuers.ts configKeys pattern it reaches): `jq -r
 * '.channels.telegram.botToken' CONFIG`, `.channels.telegram.accounts[].botToken`, `cat CONFIG |
 * jq -r '…'`, whose cat is the read, or a function's jq whose path its calls give (`get() { jq -r
 * ".$1" CONFIG; }; get channels.telegram.botToken`, byCalls)
 */
export function markConfigKeys(all: Facts): void {
  const facts = all.facts;
  for (const f of facts) {
    if (!f.reads.length || !f.reads.every((r) => AGENT_CONFIG.test(r))) continue;
    const g = soleJqReader(facts, f) ?? f;
    const keys = jqPath(g) ?? byCalls(all, g);
    const key = keys.length ? configKeyOf(keys) : undefined;
    if (key !== undefined) f.configKey = key;
  }
}

/**
 * `entry() { jq -r ".skills.entries[\"$1\"].apiKey" CONFIG; }; entry weather`: the path of a
 * function body's jq when every call of the function was evaluated again (Facts.bindCallArguments)
 * and all give the same path; else none
 */
export function byCalls(all: Facts, f: CmdFact): string[] {
  const fn = [...all.script.functionSpans].find(([, [from, to]]) => f.id >= from && f.id < to)?.[0];
  const inst = all.instances.get(f.id);
  if (fn === undefined || all.partlyBound.has(fn) || !inst?.length) return [];
  const paths = inst.map((i) => jqPath(i)?.join('\0'));
  const first = paths[0];
  return first !== undefined && paths.every((p) => p === first) ? first.split('\0') : [];
}

/** one path of a jq pipe before its last (no default) */
const JQ_STEP = /^\s*((?:\.[A-Za-z_][\w-]*|\.?\[\s*"[^"]+"\s*\]|\."[^"]+"|\.?\[\]\??)+)\s*$/;

/** the known values of a jq command's `--arg NAME VALUE` pairs, by name */
function jqArgs(f: CmdFact): Map<string, string> {
  const out = new Map<string, string>();
  const words = f.opts.get('--arg') ?? [];
  for (let i = 0; i + 1 < words.length; i += 2) {
    const [n, v] = [words[i], words[i + 1]];
    if (n?.known && v?.known) out.set(n.s, v.s);
  }
  return out;
}

/**
 * The command prints one named setting of a config file that is a location, not a secret: `jq -r
 * '.skills.hue.host // "192.168.1.20"' ~/.openclaw/openclaw.json`, `grep '^BRIDGE_HOST=' .env`,
 * `grep '^PORT=' .env`. The name must end in a location word (host, address, ip…; port in a
 * dotenv file) and hold no secret word anywhere in its path (token, key, auth, webhook,
 * database…).
 */
export function readsSetting(f: CmdFact): boolean {
  if (!f.reads.length) return false;
  let name: string | undefined;
  let setting = SETTING_NAME;
  if (f.fam === 'jq' || f.fam === 'yq') {
    const filter = f.positional[0];
    if (!filter?.known || f.flags.has('-f') || f.flags.has('--from-file')) return false;
    const m = JQ_PATH.exec(filter.s);
    name = m?.[1]?.replace(/\[\s*"([^"]+)"\s*\]/g, '.$1');
  } else if (f.reads.every((r) => isDotenv(r) || f.args.some((a) => a.s === r))) {
    const keys = dotenvKey(f);
    const k = keys.length === 1 ? keys[0] : undefined;
    if (k && typeof k === 'object' && 'env' in k) name = k.env;
    setting = DOTENV_SETTING_NAME;
  }
  return name !== undefined && setting.test(name) && !SECRET_WORD.test(name);
}
