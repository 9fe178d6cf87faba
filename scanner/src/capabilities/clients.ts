/**
 * Is a skill that reads secrets and sends requests a client of the services that issued them?
 * Its secret reads name credentials of the issuer table (issuers.ts): a tool's file, a keychain
 * item, or, for a dotenv file, which holds keys for any service, the secret names the skill uses
 * (variables it reads, keys its files name). Every credential must belong to one issuer and every
 * request go to that issuer's hosts, either across the skill or file by file (a Telegram script
 * and an OpenAI script beside it, each reading its own key from the same `.env`).
 */
import {
  CREDENTIAL_WORD,
  isDotenv,
  issuerOf,
  namedIssuer,
  soleIssuer,
  type Credential,
  type Issuer,
} from './issuers.js';
import type { Finding } from '../types.js';

/** names that hold a secret when they are not a known issuer's (`AWS_SECRET_ACCESS_KEY`, `DB_URL`) */
const SECRET_NAME =
  /(?:^|_)(?:TOKEN|KEY|SECRET|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDENTIALS?|COOKIE|SESSION|DSN|PRIVATE|WEBHOOK|APIKEY)(?:_|$)|(?:DATABASE|DB|REDIS|MONGO(?:DB)?|POSTGRES|MYSQL)_UR[LI]$/;
/** an UPPER_SNAKE name, not a shell expansion (`$X`, `${X}`) or part of a longer word */
const ENV_NAME = /(?<![\w$]|\$\{)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?!\w)/g;
/**
 * a name assigned as a variable of the script at the start of a statement (`API_KEY=…`,
 * `API_KEY = …`, `const API_KEY =`, `export API_KEY=`), not a key named in a command
 * (`grep OPENAI_API_KEY= .env`)
 */
const ASSIGNED =
  /(?:^|[;&|{(]|\bthen|\bdo)[ \t]*(?:(?:export|local|readonly|declare(?:[ \t]+-\w+)?|const|let|var)[ \t]+)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[ \t]*[+:]?=(?!=)/gm;

/** a statement that loads a dotenv file into the environment rather than reading its text */
const DOTENV_LOAD = /^(?:source|\.)\s|\bload_dotenv\s*\(|\bdotenv['"]?\)?\.config\s*\(/;
/** reads of a file by Python or JS code, whose text the analyzers' folds follow to every send */
const TEXT_FOLLOWED = /^(?:py|js)-sensitive-path$/;
/** a parser that hands back every key at once (`dotenv_values(p)`, `dotenv.parse(text)`) */
const ALL_KEYS = /\bdotenv_values\s*\(|\bdotenv['"]?\)?\.parse\s*\(|\bparse_dotenv\s*\(/;

/**
 * a name that holds an address, not a secret, though a secret word stands inside it
 * (`ACTIONS_ID_TOKEN_REQUEST_URL`, `AUTH_SERVER_URL`, `TOKEN_ENDPOINT`): a webhook URL, which
 * carries its token, or a database URL, which carries its password, stays a secret
 */
const ADDRESS_NAME = /_(?:REQUEST_URL|SERVER_URL|ENDPOINT|HOST|HOSTNAME|PORT)$/;

export const secretName = (n: string): boolean =>
  issuerOf({ env: n }) !== undefined || (SECRET_NAME.test(n) && !ADDRESS_NAME.test(n));

/**
 * The secret names a text refers to as environment variables or dotenv keys (`env["OPENAI_API_KEY"]`,
 * `process.env.NOTION_TOKEN`, `grep '^GITHUB_TOKEN=' .env`): UPPER_SNAKE names that are a known
 * issuer's or look like secrets, leaving out the script's own variables (assigned and never quoted).
 */
function secretNames(text: string): string[] {
  const assigned = new Set([...text.matchAll(ASSIGNED)].map((m) => m[1] as string));
  const out = new Set<string>();
  for (const m of text.matchAll(ENV_NAME)) {
    const n = m[0];
    const quoted = /["'`]/.test(text[m.index - 1] ?? '');
    if (assigned.has(n) && !quoted && !text.includes(`"${n}`) && !text.includes(`'${n}`)) continue;
    if (secretName(n)) out.add(n);
  }
  return [...out];
}

export interface ClientScope {
  findings: readonly Finding[];
  /** sensitive reads and bulk secret reads */
  secretReads: readonly Finding[];
  /** network findings that can carry data to a host nobody declared */
  sendingSinks: readonly Finding[];
  /** the paths a secret read names */
  readPaths: (f: Finding) => string[];
  fileText?: ((file: string) => string | undefined) | undefined;
  /** the skill's own names: its folder of the agent's credentials store (issuers.ts issuerOf) */
  own?: () => readonly string[];
}

const hostOf = (f: Finding): string => (f.capability as { host: string }).host;

/** the one issuer of these reads when these sinks only reach its hosts */
function sole(
  s: ClientScope,
  reads: readonly Finding[],
  sinks: readonly Finding[],
  /** variables read anywhere in the skill count, not only in these files */
  skillWide: boolean,
) {
  if (!reads.length || !sinks.length) return undefined;
  const files = new Set([...reads, ...sinks].map((f) => f.file));
  let names: Credential[] | undefined;
  // a dotenv read gives the secret names its scope uses; a read on a sending line sends the file
  const used = (): Credential[] => {
    if (names) return names;
    const found = new Set<string>();
    for (const f of s.findings)
      if (
        (skillWide || files.has(f.file)) &&
        f.capability?.kind === 'env' &&
        secretName(f.capability.name)
      )
        found.add(f.capability.name);
    for (const file of files) for (const n of secretNames(s.fileText?.(file) ?? '')) found.add(n);
    return (names = found.size ? [...found].map((env) => ({ env })) : ['']);
  };
  const sendsAt = new Set(sinks.map((f) => `${f.file}:${f.line}`));
  // the agent's configuration read only for services' credentials: those keys (Finding.configKeys)
  const credentials = reads.map((f): Credential[] =>
    f.configKeys?.length
      ? f.configKeys.map((configKey) => ({ configKey }))
      : s
          .readPaths(f)
          .flatMap((p) =>
            !isDotenv(p) ? [p] : sendsAt.has(`${f.file}:${f.line}`) ? [''] : used(),
          ),
  );
  if (credentials.some((c) => !c.length)) return undefined;
  const hosts = sinks.map(hostOf);
  // a dotenv the script only loads into its environment (`source .env`, `set -a; . ./.env`,
  // Python's `load_dotenv(path)`, Node's `dotenv.config({ path })`), whose keys it sends only to
  // the service they are named after: a client of an API the table does not list (a read of the
  // file's text, `dotenv_values`, or a tool's credential file needs the table's exact hosts)
  // A Python or JS script that reads the file's text and picks its keys out by hand (split on
  // lines and '=', into a dict or os.environ / process.env) counts too: the folds follow that
  // text (value.ts DOTENV_SOURCE), so the text sent whole, or anything carrying it whole, is its
  // own critical finding (py/js-dotenv-send) whatever this decides; a parser's dict of every key
  // (`dotenv_values`) is not followed and still needs the table's hosts
  const loadsOnly = onlyLoaded(s, reads);
  // …and every other variable the scope reads from the environment is the service's own setting
  // (`NAMECHEAP_API_USER`) or the system's (`HOME`): a key named after the destination must not
  // carry along a value whose name hides what it is (`$WALLET_MNEMONIC`, `$SEED`)
  const variables = (): string[] =>
    s.findings
      .filter((f) => (skillWide || files.has(f.file)) && f.capability?.kind === 'env')
      .map((f) => (f.capability as { name: string }).name);
  return (
    soleIssuer(credentials.flat(), hosts, s.own?.()) ??
    (loadsOnly ? namedIssuer(credentials.flat(), hosts, variables()) : undefined)
  );
}

/** every read is of a dotenv file the script only loads or picks keys from by hand (sole) */
const onlyLoaded = (s: ClientScope, reads: readonly Finding[]): boolean =>
  reads.every(
    (f) =>
      (DOTENV_LOAD.test(f.evidence ?? '') ||
        (TEXT_FOLLOWED.test(f.ruleId) && !ALL_KEYS.test(f.evidence ?? ''))) &&
      s.readPaths(f).length > 0 &&
      s.readPaths(f).every(isDotenv),
  );

/** the environment variables a line of code names: `$X`, `${X}`, `getenv("X")`, `environ["X"]`, `process.env.X` */
const LINE_VARIABLE =
  /\$\{?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b|\b(?:getenv|environ(?:\.get)?)\s*[([]\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']|\bprocess\.env(?:\.|\[["'])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;

/**
 * Keys of a loaded dotenv file for several services, each request carrying on its own line only
 * keys named after the domain it goes to (`$WEATHER_API_KEY` to api.weather.example,
 * `$NEWS_API_KEY` to api.news.example): each request is namedIssuer's client on its own. A request
 * naming no key (one carried in another variable may be anyone's), a key beside a value whose name
 * hides what it is, or a key sent to another service's domain has none.
 */
function perRequest(s: ClientScope): Issuer[] | undefined {
  if (!s.secretReads.length || s.sendingSinks.length < 2 || !onlyLoaded(s, s.secretReads))
    return undefined;
  const out = new Map<string, Issuer>();
  for (const f of s.sendingSinks) {
    const names = [...(f.evidence ?? '').matchAll(LINE_VARIABLE)].map(
      (m) => (m[1] ?? m[2] ?? m[3]) as string,
    );
    const keys = names.filter(secretName);
    const one = keys.length
      ? namedIssuer(
          keys.map((env) => ({ env })),
          [hostOf(f)],
          names,
        )
      : undefined;
    if (!one) return undefined;
    out.set(one.name, one);
  }
  return [...out.values()];
}

/**
 * The issuers the skill is a client of, when every secret it reads goes only to the service that
 * issued it: one issuer across the skill, or one per file when each file that reads a secret also
 * sends and each file that sends also reads (a file sending what another read is not followed
 * here). Undefined otherwise.
 */
export function clientIssuers(s: ClientScope): Issuer[] | undefined {
  const whole = sole(s, s.secretReads, s.sendingSinks, true);
  if (whole) return [whole];
  const each = perRequest(s);
  if (each) return each;
  const files = new Set(s.secretReads.map((f) => f.file));
  if (files.size < 2 || s.sendingSinks.some((f) => !files.has(f.file))) return undefined;
  const out = new Set<Issuer>();
  for (const file of files) {
    const one = sole(
      s,
      s.secretReads.filter((f) => f.file === file),
      s.sendingSinks.filter((f) => f.file === file),
      false,
    );
    if (!one) return undefined;
    out.add(one);
  }
  return [...out];
}

/** a variable named as an address (`JIRA_DOMAIN`, `GITLAB_HOST`, `CONFLUENCE_URL`, `API_BASE_URL`) */
const ADDRESS_VARIABLE =
  /_(?:DOMAIN|HOST|HOSTNAME|URL|BASE_URL|BASEURL|ENDPOINT|SERVER|INSTANCE|SITE)$/;
/** a value the user is to fill in (`yourcompany.atlassian.net`, `<your-domain>`, `{host}`) */
const PLACEHOLDER = /your|<|\{|\bx{3,}|\bmy-?(?:company|org|domain|instance|site)|company/i;

/** the service a variable belongs to by its first word (`JIRA` of `JIRA_API_TOKEN` and `JIRA_DOMAIN`) */
const serviceWord = (n: string): string | undefined => {
  const w = n.split('_')[0] as string;
  return n.includes('_') && w.length >= 3 && !CREDENTIAL_WORD.test(w) ? w : undefined;
};

/**
 * A loaded dotenv's keys sent only to the address the user configured for their service: every
 * request whose destination is known only at run time takes its host from an environment variable
 * (`https://${JIRA_DOMAIN}/rest/api/3/search`, bash's hostVariable), each file that sends loads the
 * dotenv itself (and each that loads it sends), the skill ships no such dotenv of its own, and
 * every secret-named variable a sending file reads belongs to the same service as that host
 * (`JIRA_API_TOKEN` beside `JIRA_DOMAIN`, `GITLAB_TOKEN` beside `GITLAB_HOST`). The services
 * (their first words) when so, undefined otherwise: a self-hosted or per-company service the
 * skill cannot name, held for a human (compare.ts), where a token sent beside a host of another
 * name (`$WEBHOOK_URL`) or to a literal host nobody declared is not.
 */
export function configuredServices(
  s: ClientScope,
  runtimeSinks: readonly Finding[],
): string[] | undefined {
  if (!runtimeSinks.length || !s.secretReads.length || !onlyLoaded(s, s.secretReads))
    return undefined;
  const readFiles = new Set(s.secretReads.map((f) => f.file));
  const sinkFiles = new Set(runtimeSinks.map((f) => f.file));
  if (
    [...readFiles].some((f) => !sinkFiles.has(f)) ||
    [...sinkFiles].some((f) => !readFiles.has(f))
  )
    return undefined;
  // a dotenv the skill ships holds the values its author chose, the host among them
  const shipped = s.secretReads
    .flatMap((f) => s.readPaths(f))
    .some((p) => s.fileText?.(p.replace(/^(?:\.\/)+/, '')) !== undefined);
  if (shipped) return undefined;
  const texts = [...new Set(['SKILL.md', ...s.findings.map((f) => f.file)])].map(
    (file) => s.fileText?.(file) ?? '',
  );
  const out = new Set<string>();
  for (const sink of runtimeSinks) {
    const v = sink.hostVariable;
    const word = v && ADDRESS_VARIABLE.test(v) && !secretName(v) ? serviceWord(v) : undefined;
    if (!v || !word) return undefined;
    // the skill's own text gives the variable a real host (`JIRA_DOMAIN=collect.example.com`):
    // the author chose where the keys go ("yourcompany.atlassian.net", `<your-domain>` are the
    // user's to fill in)
    const given = new RegExp(String.raw`\b${v}\s*[=:]\s*["'\x60]?([^\s"'\x60]+)`, 'g');
    for (const t of texts)
      for (const m of t.matchAll(given))
        if (/[\w-]\.[a-z]{2,}/i.test(m[1] as string) && !PLACEHOLDER.test(m[1] as string))
          return undefined;
    const keys = s.findings.filter(
      (f) => f.file === sink.file && f.capability?.kind === 'env' && secretName(f.capability.name),
    );
    if (keys.some((f) => serviceWord((f.capability as { name: string }).name) !== word))
      return undefined;
    out.add(word);
  }
  return [...out];
}
