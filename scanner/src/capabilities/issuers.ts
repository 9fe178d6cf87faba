/**
 * Credentials issued by one service, and that service's hosts. A skill that reads one and sends
 * requests only to those hosts is a client authenticating to the API the credential was issued for
 * (a human reviews it); sent anywhere else it is exfiltration. A credential is known by where it
 * is kept: a tool's file (paths in the scanner's normal form, `~/…`), an environment variable or
 * dotenv key whose name is the service's documented one (`TELEGRAM_BOT_TOKEN`), a macOS keychain
 * item the tool stores (`security find-generic-password -s "Claude Code-credentials"`), the key of
 * the agent's configuration that holds it (`channels.telegram.botToken` of
 * `~/.openclaw/openclaw.json`), or a folder of the agent's credentials store named after the
 * service or after the skill (`~/.openclaw/credentials/telegram/`, see folderIssuer). Files that
 * hold credentials for any host (`~/.netrc`, `~/.ssh`, a whole `.env`) are not listed: they have no
 * single issuer. Nor are cloud CLIs' credential files (AWS, Google Cloud, Azure): anyone can own
 * an endpoint under their domains, so "sent to amazonaws.com" proves nothing; only Google's
 * access token, which its API front ends alone take, is listed with those hosts named exactly.
 */
import { normalHost, siteOf } from './domains.js';
import { hostAllowed } from './match.js';
import type { KeyTarget } from '../engine/hints.js';
import { OPENCLAW_NAMES } from '../engine/agents.js';

export interface Issuer {
  name: string;
  /** the tool's own credential files */
  paths?: RegExp;
  /** environment variable (and dotenv key) names, anchored: see envNames */
  env?: RegExp;
  /** macOS keychain services (`-s`) the tool stores its credential under */
  keychain?: RegExp;
  /**
   * key paths of the agent's configuration (`~/.openclaw/openclaw.json`) that hold this service's
   * credential, dotted (`channels.telegram.botToken`, `models.providers.openai.apiKey`); a `*`
   * stands for any one key (`channels.telegram.accounts.*.botToken`: every account of a channel)
   */
  configKeys?: readonly string[];
  /**
   * the service's own API hosts, matched exactly: never a whole cloud domain, whose subdomains
   * (S3 buckets, API gateways, storage accounts) anyone can own
   */
  hosts: readonly string[];
  /**
   * the service is one the user runs themselves, on this machine or another of their own network:
   * a private address (10/8, 172.16/12, 192.168/16, 100.64/10 carrier-grade NAT and tailnets,
   * fc00::/7) is its host too
   */
  selfHosted?: boolean;
  /**
   * the credential signs on this machine and is never sent by any client, to its service or
   * anyone (SIGNING_SECRETS): `hosts` is empty, and no declared host receives it either
   */
  neverSent?: true;
}

/**
 * a credential file (`~/.npmrc`), an environment variable or dotenv key, a keychain item, or one
 * key of the agent's configuration (Issuer.configKeys)
 */
export type Credential = string | { env: string } | { keychain: string } | { configKey: string };

/** `models.providers.<id>.apiKey`: where OpenClaw keeps a model provider's key */
const provider = (...ids: string[]): string[] => ids.map((id) => `models.providers.${id}.apiKey`);

/**
 * `channels.<channel>.<key>` and `channels.<channel>.accounts.<id>.<key>`: where OpenClaw keeps a
 * chat channel's credentials, for its one account or for each of several (`accounts.default`,
 * where `openclaw channels add` moves the first account when a second is added)
 */
const channel = (name: string, ...keys: string[]): string[] =>
  keys.flatMap((k) => [`channels.${name}.${k}`, `channels.${name}.accounts.*.${k}`]);

/**
 * Variable names that hold the service's credential: one of `names` exactly, or with prefix words
 * a skill adds for its own settings (`MY_TELEGRAM_BOT_TOKEN`, `SKILL_OPENAI_API_KEY`). The name
 * must end in the documented one, so `OPENAI_API_BASE` or `OPENAI_COMPATIBLE_API_KEY` do not
 * count, and a prefix naming a platform that resells the same API under its own hosts
 * (`AZURE_OPENAI_API_KEY`) does not either.
 */
function envNames(...names: string[]): RegExp {
  const other = '(?!(?:AZURE|AWS|BEDROCK|VERTEX|GCP|GOOGLE_CLOUD|CLOUDFLARE|PROXY|LITELLM)_)';
  return new RegExp(`^(?:${other}[A-Z0-9]+_)*(?:${names.join('|')})$`);
}

/** chains and wallet roles that name a key a wallet signs with (`ETH_PRIVATE_KEY`, `DEPLOYER_PRIVATE_KEY`) */
const WALLET_WORD =
  'WALLET|ETH|ETHEREUM|EVM|WEB3|SOL|SOLANA|BTC|BITCOIN|TRON|TRX|SUI|APTOS|NEAR|TON|BASE|ARB|ARBITRUM|OP|OPTIMISM|POLYGON|MATIC|BSC|BNB|AVAX|COSMOS|ATOM|XRP|DOGE|LTC|HYPERLIQUID|HL|PHANTOM|METAMASK|SIGNER|DEPLOYER|OWNER|BURNER|HOT|TRADER|TRADING|BOT|ACCOUNT|USER';

/**
 * Credentials that sign on this machine and are never sent by a client: AWS's secret access key
 * signs each request (SigV4) and only the signature travels; a wallet's private key or recovery
 * phrase signs transactions and only the signed transaction travels (a bare `PRIVATE_KEY` is an
 * asymmetric key of some kind, never sent either). A request that carries one hands over the key
 * itself, to whatever host, so there is no host to allow. A key a service merely calls "private"
 * but takes as a bearer or basic-auth secret (`MAILGUN_PRIVATE_KEY`, `IMAGEKIT_PRIVATE_KEY`) is
 * not matched: only the bare name, a chain or wallet role, or a recovery phrase.
 */
const SIGNING_SECRETS: readonly Issuer[] = [
  {
    name: 'AWS (the secret access key signs requests; it is never sent)',
    env: /^(?:[A-Z0-9]+_)*AWS_SECRET_ACCESS_KEY$/,
    hosts: [],
    neverSent: true,
  },
  {
    name: 'a wallet (its private key or recovery phrase signs transactions; it is never sent)',
    env: new RegExp(
      `^(?:PRIVATE_KEY|(?:[A-Z0-9]+_)*(?:${WALLET_WORD})_(?:PRIVATE_KEY|PRIVKEY|PRIV_KEY|SECRET_KEY|KEYPAIR)|(?:[A-Z0-9]+_)*(?:MNEMONIC|SEED_PHRASE|RECOVERY_PHRASE|SEED_WORDS|WALLET_SEED))$`,
    ),
    hosts: [],
    neverSent: true,
  },
];

export const ISSUERS: readonly Issuer[] = [
  {
    name: 'Anthropic',
    paths: /^~\/\.claude(?:\/\.credentials\.json|\.json)$/,
    env: envNames('ANTHROPIC_API_KEY', 'CLAUDE_CODE_OAUTH_TOKEN'),
    keychain: /^Claude Code-credentials$/,
    configKeys: provider('anthropic'),
    hosts: ['api.anthropic.com', 'console.anthropic.com', 'claude.ai'],
  },
  {
    name: 'GitHub',
    paths: /^~\/\.config\/gh\/hosts\.yml$/,
    env: envNames('GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN'),
    // api.githubcopilot.com: GitHub's own remote MCP server, which takes the user's GitHub token
    hosts: ['api.github.com', 'github.com', 'raw.githubusercontent.com', 'api.githubcopilot.com'],
  },
  {
    // the OAuth access token `gcloud auth print-access-token` prints is a bearer token only
    // Google's API front ends take, each named exactly here (never `*.googleapis.com` as a
    // whole, nor run.app or cloudfunctions.net, where anyone serves); the identity token
    // (print-identity-token) is meant for the user's own Cloud Run services and has no issuer host
    name: 'Google Cloud',
    env: envNames('CLOUDSDK_AUTH_ACCESS_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN'),
    hosts: [
      'www.googleapis.com',
      'oauth2.googleapis.com',
      'storage.googleapis.com',
      'compute.googleapis.com',
      'container.googleapis.com',
      'run.googleapis.com',
      'cloudfunctions.googleapis.com',
      'cloudresourcemanager.googleapis.com',
      'iam.googleapis.com',
      'iamcredentials.googleapis.com',
      'serviceusage.googleapis.com',
      'bigquery.googleapis.com',
      'pubsub.googleapis.com',
      'logging.googleapis.com',
      'monitoring.googleapis.com',
      'secretmanager.googleapis.com',
      'sqladmin.googleapis.com',
      'cloudbuild.googleapis.com',
      'artifactregistry.googleapis.com',
      'firestore.googleapis.com',
      'dns.googleapis.com',
      'cloudkms.googleapis.com',
      'cloudbilling.googleapis.com',
      'aiplatform.googleapis.com',
      'translation.googleapis.com',
      'vision.googleapis.com',
      'speech.googleapis.com',
      'texttospeech.googleapis.com',
      'language.googleapis.com',
    ],
  },
  {
    name: 'npm',
    paths: /^~\/\.npmrc$/,
    env: envNames('NPM_TOKEN'),
    hosts: ['registry.npmjs.org'],
  },
  {
    name: 'PyPI',
    paths: /^~\/\.pypirc$/,
    env: envNames('PYPI_TOKEN', 'PYPI_API_TOKEN'),
    hosts: ['upload.pypi.org', 'pypi.org'],
  },
  {
    name: 'OpenAI',
    paths: /^~\/\.codex\/auth\.json$/,
    env: envNames('OPENAI_API_KEY'),
    configKeys: provider('openai'),
    hosts: ['api.openai.com', 'chatgpt.com', 'auth.openai.com'],
  },
  {
    // the agent's own gateway, listening on this machine: its token authenticates there
    name: 'OpenClaw gateway',
    paths: new RegExp(String.raw`^~\/\.(${OPENCLAW_NAMES})\/\1\.json$`),
    env: envNames('OPENCLAW_GATEWAY_TOKEN', 'CLAWDBOT_GATEWAY_TOKEN'),
    // the gateway's own token or password (gateway.auth), and the one the CLI uses for a gateway
    // on another machine of the user's (gateway.remote, beside gateway.remote.url)
    configKeys: [
      'gateway.auth.token',
      'gateway.auth.password',
      'gateway.remote.token',
      'gateway.remote.password',
    ],
    hosts: ['127.0.0.1', 'localhost', '::1'],
    // a gateway on a home server or container host: `http://10.0.1.1:18789`
    selfHosted: true,
  },
  {
    name: 'Telegram',
    env: envNames('TELEGRAM_BOT_TOKEN', 'TELEGRAM_TOKEN'),
    configKeys: channel('telegram', 'botToken'),
    hosts: ['api.telegram.org'],
  },
  {
    name: 'Slack',
    env: envNames('SLACK_BOT_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_TOKEN'),
    configKeys: channel('slack', 'botToken', 'appToken', 'userToken'),
    hosts: ['slack.com'],
  },
  {
    // a homeserver is the user's choice: matrix.org's, or one of their own network
    name: 'Matrix',
    configKeys: channel('matrix', 'accessToken', 'password'),
    hosts: ['matrix.org', 'matrix-client.matrix.org'],
    selfHosted: true,
  },
  {
    name: 'Notion',
    env: envNames('NOTION_TOKEN', 'NOTION_API_KEY', 'NOTION_API_TOKEN'),
    hosts: ['api.notion.com'],
  },
  {
    name: 'Discord',
    env: envNames('DISCORD_BOT_TOKEN', 'DISCORD_TOKEN'),
    configKeys: channel('discord', 'token'),
    hosts: ['discord.com', 'discordapp.com'],
  },
  {
    name: 'Hugging Face',
    env: envNames(
      'HF_TOKEN',
      'HUGGINGFACE_TOKEN',
      'HUGGING_FACE_HUB_TOKEN',
      'HUGGINGFACEHUB_API_TOKEN',
    ),
    hosts: ['huggingface.co', 'router.huggingface.co', 'api-inference.huggingface.co'],
  },
  {
    name: 'Gemini',
    env: envNames('GEMINI_API_KEY'),
    configKeys: provider('google', 'gemini'),
    hosts: ['generativelanguage.googleapis.com'],
  },
  {
    name: 'Mistral',
    env: envNames('MISTRAL_API_KEY'),
    configKeys: provider('mistral'),
    hosts: ['api.mistral.ai'],
  },
  {
    name: 'Groq',
    env: envNames('GROQ_API_KEY'),
    configKeys: provider('groq'),
    hosts: ['api.groq.com'],
  },
  {
    name: 'OpenRouter',
    env: envNames('OPENROUTER_API_KEY'),
    configKeys: provider('openrouter'),
    hosts: ['openrouter.ai'],
  },
  { name: 'Linear', env: envNames('LINEAR_API_KEY'), hosts: ['api.linear.app'] },
  { name: 'Brave Search', env: envNames('BRAVE_API_KEY'), hosts: ['api.search.brave.com'] },
  { name: 'Tavily', env: envNames('TAVILY_API_KEY'), hosts: ['api.tavily.com'] },
  {
    name: 'Cloudflare',
    env: envNames('CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CF_API_TOKEN', 'CF_API_KEY'),
    // the API host only: workers.dev and pages.dev are anyone's
    hosts: ['api.cloudflare.com'],
  },
  {
    name: 'Stripe',
    env: envNames('STRIPE_SECRET_KEY', 'STRIPE_API_KEY'),
    hosts: ['api.stripe.com'],
  },
  {
    name: 'GitLab',
    env: envNames('GITLAB_TOKEN', 'GITLAB_PRIVATE_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN'),
    hosts: ['gitlab.com'],
  },
  { name: 'Vercel', env: envNames('VERCEL_TOKEN'), hosts: ['api.vercel.com'] },
  { name: 'Replicate', env: envNames('REPLICATE_API_TOKEN'), hosts: ['api.replicate.com'] },
  { name: 'ElevenLabs', env: envNames('ELEVENLABS_API_KEY'), hosts: ['api.elevenlabs.io'] },
  { name: 'Perplexity', env: envNames('PERPLEXITY_API_KEY'), hosts: ['api.perplexity.ai'] },
  {
    name: 'DeepSeek',
    env: envNames('DEEPSEEK_API_KEY'),
    configKeys: provider('deepseek'),
    hosts: ['api.deepseek.com'],
  },
  { name: 'xAI', env: envNames('XAI_API_KEY'), configKeys: provider('xai'), hosts: ['api.x.ai'] },
  { name: 'Cohere', env: envNames('COHERE_API_KEY'), hosts: ['api.cohere.com', 'api.cohere.ai'] },
  {
    name: 'Airtable',
    env: envNames('AIRTABLE_API_KEY', 'AIRTABLE_TOKEN', 'AIRTABLE_PAT'),
    hosts: ['api.airtable.com'],
  },
  { name: 'Todoist', env: envNames('TODOIST_API_TOKEN'), hosts: ['api.todoist.com'] },
  { name: 'SendGrid', env: envNames('SENDGRID_API_KEY'), hosts: ['api.sendgrid.com'] },
  { name: 'Resend', env: envNames('RESEND_API_KEY'), hosts: ['api.resend.com'] },
  { name: 'Firecrawl', env: envNames('FIRECRAWL_API_KEY'), hosts: ['api.firecrawl.dev'] },
  { name: 'Exa', env: envNames('EXA_API_KEY'), hosts: ['api.exa.ai'] },
  ...SIGNING_SECRETS,
];

/**
 * Gateways and proxies documented to take a provider's own key and pass it on to the provider
 * (Cloudflare AI Gateway, Helicone, Portkey), and hosts where a key of the issuer authenticates
 * to the user's own deployment (a private Hugging Face Space): the key is seen by a third party
 * the user may have chosen, so a human confirms. `*.` entries match any subdomain.
 */
const GATEWAYS: Readonly<Record<string, readonly string[]>> = {
  OpenAI: ['gateway.ai.cloudflare.com', 'oai.helicone.ai', 'gateway.helicone.ai', 'api.portkey.ai'],
  Anthropic: [
    'gateway.ai.cloudflare.com',
    'anthropic.helicone.ai',
    'gateway.helicone.ai',
    'api.portkey.ai',
  ],
  Gemini: ['gateway.ai.cloudflare.com', 'gateway.helicone.ai', 'api.portkey.ai'],
  Mistral: ['gateway.ai.cloudflare.com', 'gateway.helicone.ai', 'api.portkey.ai'],
  Groq: ['gateway.ai.cloudflare.com', 'groq.helicone.ai', 'api.portkey.ai'],
  'Hugging Face': ['*.hf.space', 'gateway.ai.cloudflare.com'],
};

/**
 * Where a request carrying an issuer's key goes: `own` — one of the issuer's hosts, or a host of
 * the issuer's own registrable domain where no one else can host (`files.stripe.com` beside
 * `api.stripe.com`; never a `*.googleapis.com` or `*.github.io` host); `known` — a documented
 * gateway for that API (GATEWAYS) or another issuer's API (a skill that keeps an OpenAI-compatible
 * provider's key under `OPENAI_API_KEY` and calls `openrouter.ai`): a known service, not a
 * collector, but not the key's own, so a human looks; `elsewhere` — any other host.
 */
export function keyDestination(issuer: Issuer, host: string): 'own' | 'known' | 'elsewhere' {
  if (issuer.neverSent) return 'elsewhere';
  const h = normalHost(host).replace(/^\*\./, '');
  if (servedBy(h, issuer)) return 'own';
  const site = siteOf(h);
  if (
    site &&
    !site.anyone &&
    issuer.hosts.some((x) => {
      const own = siteOf(x);
      return own !== undefined && !own.anyone && own.domain === site.domain;
    })
  )
    return 'own';
  if (hostAllowed(GATEWAYS[issuer.name] ?? [], h)) return 'known';
  // (another issuer's own API; a loopback or private address serves no one else's key)
  if (
    !LOOPBACK.test(h) &&
    !PRIVATE_ADDRESS.test(h) &&
    ISSUERS.some((i) => i !== issuer && servedBy(h, i))
  )
    return 'known';
  return 'elsewhere';
}

/**
 * a dotenv file (`.env`, `config/.env.local`, `~/.openclaw/.env`, or one named for what it holds:
 * `~/.claude/auth/elevenlabs.env`, `prod.env`), not a template of one
 */
export function isDotenv(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (
    (/^\.env(?:\.[\w.-]+)?$/.test(base) &&
      !/^\.env\.(?:example|sample|template|dist)$/i.test(base)) ||
    (/^\w[\w.-]*\.env$/.test(base) && !/^(?:example|sample|template|dist)\.env$/i.test(base))
  );
}

/** this machine: a service listening on it is no destination data leaves for */
export const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$/i;

/**
 * issuerOf's answers for variable names: a script asks for each variable of each network command
 * (and what those were built from), so a long script asked about the same few names thousands of
 * times, each a pass over every issuer's pattern. Bounded: emptied when full.
 */
const envIssuers = new Map<string, Issuer | null>();
const MAX_ENV_ISSUERS = 4096;

/**
 * The issuer of a credential. A file is a tool's own (Issuer.paths) or a folder of the agent's
 * credentials store named after a service (`~/.openclaw/credentials/telegram/…`) or, for `own`
 * (the skill's names), after the skill when its name names one service
 * (`~/.clawdbot/credentials/telegram-notify/…`): see folderIssuer.
 */
export function issuerOf(c: Credential, own: readonly string[] = []): Issuer | undefined {
  if (typeof c === 'string') return ISSUERS.find((i) => i.paths?.test(c)) ?? folderIssuer(c, own);
  if ('configKey' in c) {
    const key = configKeyOf(c.configKey.split('.')) ?? c.configKey;
    return ISSUERS.find((i) => i.configKeys?.includes(key));
  }
  if ('env' in c) {
    let found = envIssuers.get(c.env);
    if (found === undefined) {
      if (envIssuers.size >= MAX_ENV_ISSUERS) envIssuers.clear();
      envIssuers.set(c.env, (found = ISSUERS.find((i) => i.env?.test(c.env)) ?? null));
    }
    return found ?? undefined;
  }
  return ISSUERS.find((i) => i.keychain?.test(c.keychain));
}

/** a folder of the agent's credentials store and what is in it: `~/.openclaw/credentials/<name>/…` */
const CREDENTIALS_FOLDER = new RegExp(
  String.raw`^~\/\.${OPENCLAW_NAMES}\/credentials\/([\w.-]+)\/(?!\.\.?(?:\/|$))`,
);

/**
 * The words a service is known by: its name (`Brave Search` → bravesearch) and
 * the first label of each of its hosts' registrable domains (api.telegram.org → telegram).
 */
function serviceWords(i: Issuer): Set<string> {
  const out = new Set([i.name.toLowerCase().replace(/\s+/g, '')]);
  for (const h of i.hosts) {
    const site = siteOf(h);
    if (site && !site.anyone) out.add(site.domain.split('.')[0] as string);
  }
  return out;
}

/**
 * The service a folder of the agent's credentials store belongs to: the folder is named after
 * it (`credentials/telegram/`), or it is the skill's own folder (its name one of `own`) and one
 * word of that name names the service (`credentials/telegram-notify/` for the skill
 * telegram-notify). The store is the agent's (channel sessions, pairing lists, OAuth tokens): a
 * folder of another skill, the store whole, a file beside the folders, or a name that names no
 * service or more than one, has no issuer. A skill picks its own name, so its folder counts only
 * as that one service's credential: sent anywhere but that service's hosts it is still taken.
 */
function folderIssuer(path: string, own: readonly string[]): Issuer | undefined {
  const name = CREDENTIALS_FOLDER.exec(path)?.[1]?.toLowerCase();
  if (!name) return undefined;
  const words = own.some((o) => o.toLowerCase() === name) ? name.split(/[-_.]+/) : [name];
  const found = ISSUERS.filter((i) => {
    const known = serviceWords(i);
    return words.some((w) => known.has(w));
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The skill's own folder of the agent's credentials store, named after no service of the table
 * (`credentials/openweathermap/` for the skill openweathermap), when every request goes to the
 * registrable domain its name names (api.openweathermap.org): namedIssuer's test, the folder's
 * name standing for a key's. A folder of another skill's, or a host of another domain, has none.
 */
function ownFolderService(
  credentials: readonly Credential[],
  hosts: readonly string[],
  own: readonly string[],
): Issuer | undefined {
  const names: Credential[] = [];
  for (const c of credentials) {
    const name = typeof c === 'string' ? CREDENTIALS_FOLDER.exec(c)?.[1] : undefined;
    if (!name || !own.some((o) => o.toLowerCase() === name.toLowerCase())) return undefined;
    names.push({ env: name.toUpperCase().replace(/[-.]+/g, '_') });
  }
  return namedIssuer(names, hosts);
}

/**
 * Keys into the agent's configuration (Issuer.configKeys) that a read of it may be used for
 * (engine/hints.ts KeyTarget); `found` collects each key path the uses reach, dotted.
 */
export function issuerKeys(found: Set<string>): KeyTarget {
  return {
    reaches(keys) {
      const k = configKeyOf(keys);
      if (k === undefined) return false;
      found.add(k);
      return true;
    },
    toward: (keys) =>
      keys.length > 0 &&
      CONFIG_KEYS.some((k) => k.length > keys.length && keys.every((x, i) => keyIs(k[i], x))),
  };
}

/** every issuer's configKeys, split into keys */
const CONFIG_KEYS: readonly (readonly string[])[] = ISSUERS.flatMap((i) =>
  (i.configKeys ?? []).map((k) => k.split('.')),
);

/**
 * A key of a path into the configuration against one of a configKeys pattern: the same key, or
 * any key for the pattern's `*` (an account's id). A key the code computes (ANY_KEY: `accounts
 * [id]`, jq's `.accounts[]`) meets only a `*`: `channels[name].botToken` may be any channel's.
 */
const keyIs = (pattern: string | undefined, key: string): boolean =>
  pattern === '*' || (pattern === key && key !== ANY_KEY);

/** a key of a path known only at run time, or every key (`.accounts[]`), as the walkers give it */
export const ANY_KEY = '*';

/**
 * The configKeys pattern a path into the agent's configuration reaches (`channels.telegram
 * .accounts.main.botToken` → `channels.telegram.accounts.*.botToken`), or undefined
 */
export function configKeyOf(keys: readonly string[]): string | undefined {
  const k = CONFIG_KEYS.find(
    (p) => p.length === keys.length && keys.every((x, i) => keyIs(p[i], x)),
  );
  return k?.join('.');
}

/** an address of a private network, written as an IP literal (a name can resolve anywhere) */
const PRIVATE_ADDRESS =
  /^(?:10(?:\.\d{1,3}){3}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|192\.168(?:\.\d{1,3}){2}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])(?:\.\d{1,3}){2}|\[?f[cd][0-9a-f]{2}:[0-9a-f:]*\]?)$/i;

/**
 * A field of a request body that carries a credential to its service as authentication, not as
 * content: `api_key`/`token`/`client_secret`… (Tavily's `{"api_key": …}`, Slack's `token=…`).
 * Any other field (`body`, `title`, `text`, `content`, `description`) is content the service
 * stores and shows (an issue, a gist, a message), where others can read a key put in it.
 */
const AUTH_FIELD =
  /^(?:x[_-])?(?:api[_-]?key|apikey|api[_-]?token|key|token|access[_-]?token|auth(?:[_-]?token)?|authorization|bearer|secret|client[_-]?(?:id|secret)|password|passwd|bot[_-]?token|private[_-]?token|app[_-]?(?:key|secret)|(?:session|refresh|id)[_-]?token|credentials?|signature)$/i;
/** the JSON field the run-time value stands in (`"name": ` or `"name":"Bearer ` right before it) */
const JSON_FIELD = /"([\w.-]{1,64})"\s*:\s*(?:"[^"\n]{0,40})?$/;
/** the form or query field it stands in (`name=` at the start or after `&`/`?`, maybe a prefix) */
const FORM_FIELD = /(?:^|[&?])([\w.-]{1,64})=[^&=\s]{0,40}$/;

/** for each run-time value of the text (a match of `value`): does it stand in a field that authenticates */
function* inAuthField(text: string, value: RegExp): Generator<boolean> {
  for (const m of text.matchAll(value)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const field = JSON_FIELD.exec(before)?.[1] ?? FORM_FIELD.exec(before)?.[1];
    yield field !== undefined && AUTH_FIELD.test(field.replace(/^.*\./, ''));
  }
}

/** does some run-time value of the text (a match of `value`) stand in a field that authenticates */
export function valueInAuthField(text: string, value: RegExp): boolean {
  for (const auth of inAuthField(text, value)) if (auth) return true;
  return false;
}

/**
 * Does some run-time value of the text (a match of `value`) stand outside any field that
 * authenticates: in a content field, or in no field at all
 */
export function valueOutsideAuthField(text: string, value: RegExp): boolean {
  for (const auth of inAuthField(text, value)) if (!auth) return true;
  return false;
}

/**
 * Does a request body's text (`-d '{"title":"x","body":"$T"}'`, a JSON text the code builds) carry
 * its run-time values (each match of `value`) as content? It does when the text shows its shape
 * (some of it is known) and none of those values stands in a field that authenticates
 * (AUTH_FIELD): they are in content fields, or in no field at all ("token: $T"). A text that is
 * one run-time value whole (`-d "$BODY"`) shows nothing, and a key in an auth field beside other
 * run-time values gets the benefit of the doubt: the question is asked of the whole text.
 */
export function carriedAsContent(text: string, value: RegExp): boolean {
  const known = text.replace(value, '');
  return known !== text && known.trim() !== '' && !valueInAuthField(text, value);
}

/** an object property that authenticates (AUTH_FIELD): `{ api_key: key }`, `data={'token': t}` */
export const authField = (name: string): boolean => AUTH_FIELD.test(name);

/** is `host` one of the issuer's API hosts */
export function servedBy(host: string, issuer: Issuer): boolean {
  const h = normalHost(host);
  return issuer.hosts.includes(h) || (issuer.selfHosted === true && PRIVATE_ADDRESS.test(h));
}

/**
 * The one issuer every credential belongs to, when the requests only go to its hosts (undefined
 * when a credential has no issuer, credentials of different issuers mix, or a host is elsewhere).
 */
export function soleIssuer(
  credentials: readonly Credential[],
  hosts: readonly string[],
  /** the skill's own names (issuerOf) */
  own: readonly string[] = [],
): Issuer | undefined {
  if (!credentials.length || !hosts.length) return undefined;
  const first = issuerOf(credentials[0] as Credential, own);
  if (!first) return ownFolderService(credentials, hosts, own);
  if (credentials.some((c) => issuerOf(c, own) !== first)) return undefined;
  return hosts.every((h) => servedBy(h, first)) ? first : undefined;
}

/** variables of the system or the shell, not of any service */
const SYSTEM_VARIABLE =
  /^(?:HOME|PATH|USER|USERNAME|LOGNAME|SHELL|PWD|OLDPWD|TMPDIR|TMP|TEMP|LANG|LANGUAGE|LC_\w+|TERM|HOSTNAME|TZ|XDG_\w+|CI|DEBUG|NODE_ENV|PYTHONPATH|VIRTUAL_ENV|EDITOR|PAGER|NO_COLOR|FORCE_COLOR|COLUMNS|LINES)$/;

/**
 * A variable named as an address others may know (`SOLANA_WALLET_ADDRESS`, `ETH_ADDR`): its last
 * word says it holds an address, and no word of it says key, secret, seed or the like, so it is no
 * secret whose name hides what it is (`WALLET_MNEMONIC`, `SEED_PHRASE`, `PRIVATE_KEY_ADDRESS`).
 */
const PUBLIC_ADDRESS = /(?:^|_)(?:ADDRESS|ADDR)$/;
const SECRET_WORD =
  /(?:^|_)(?:KEYS?|SECRETS?|TOKENS?|PASSWORD|PASSWD|PASS|PWD|PRIVATE|PRIV|MNEMONIC|SEED|PHRASE|WORDS|AUTH|CREDENTIALS?|SESSION|COOKIE|SIGNER|SIGNING)(?:_|$)/;
const publicAddress = (v: string): boolean => PUBLIC_ADDRESS.test(v) && !SECRET_WORD.test(v);

/** the secret-holding words of a variable name (`API`, `KEY`, `TOKEN`), not a service name */
export const CREDENTIAL_WORD =
  /^(?:API|APP|KEY|KEYS|TOKEN|SECRET|SECRETS|PASSWORD|PASS|PWD|AUTH|ACCESS|CLIENT|PRIVATE|BOT|USER|ID|BEARER|BASIC|OAUTH|PAT|SK|LIVE|TEST|PROD|DEV|MY|DEFAULT|SKILL|ACCOUNT|SERVICE|WEBHOOK|URL|SESSION|COOKIE)$/;

/**
 * The service a dotenv key names itself after, when every request goes to that service's own
 * domain: `KRYPTOGO_API_KEY` sent only to `wallet-data.kryptogo.app`, `NAMECHEAP_API_KEY` only to
 * `api.namecheap.com`. The service word of the name (a run of its words that are not credential
 * words like `API` or `KEY`) must be the registrable domain's own label, so a key named after one
 * service cannot reach a look-alike (`openai.collector.example`); a platform where anyone hosts
 * (`vercel.app`, `workers.dev`, a cloud domain) never counts. Only for names no table issuer
 * claims (the table's exact hosts win); every credential must name the same service.
 */
export function namedIssuer(
  credentials: readonly Credential[],
  hosts: readonly string[],
  /**
   * other environment variables the scope reads: each the service's own, the system's, or a
   * public address (`SOLANA_WALLET_ADDRESS`)
   */
  variables: readonly string[] = [],
): Issuer | undefined {
  if (!credentials.length || !hosts.length) return undefined;
  const sites = hosts.map(siteOf);
  const domain = sites[0]?.domain;
  if (!domain || sites.some((x) => !x || x.anyone || x.domain !== domain)) return undefined;
  const label = (domain.split('.')[0] as string).replace(/-/g, '');
  if (label.length < 3) return undefined;
  const names = (c: Credential): boolean => {
    if (typeof c === 'string' || !('env' in c) || issuerOf(c)) return false;
    const words = c.env.toLowerCase().split('_');
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const run = words.slice(i, j);
        if (run.every((w) => CREDENTIAL_WORD.test(w.toUpperCase()))) continue;
        if (run.join('') === label) return true;
      }
    return false;
  };
  if (!credentials.every(names)) return undefined;
  if (!variables.every((v) => SYSTEM_VARIABLE.test(v) || publicAddress(v) || names({ env: v })))
    return undefined;
  return { name: domain, hosts: [...new Set(hosts.map((h) => h.toLowerCase()))] };
}
