/**
 * What the value of an environment variable the code reads is, by its name alone (the same in
 * every language: `os.environ["X"]`, `os.getenv("X")`, `process.env.X`, `const { X } = process.env`).
 */
import { secretName } from '../../capabilities/clients.js';
import { issuerOf } from '../../capabilities/issuers.js';
import { IDENTITY_ENV, KEY_SOURCE, sourced, str, type Value } from './value.js';

/**
 * The home folder (`HOME`, `USERPROFILE`), or a value carrying where it came from: the user's
 * identity, an issuer's key (`key:OPENAI_API_KEY`), another secret the environment gives the
 * script (`NPM_TOKEN`); undefined for any other name.
 */
export function envValue(name: string): Value | undefined {
  if (name === 'HOME' || name === 'USERPROFILE') return str('~', { computed: true });
  // the user's login shell (`[os.environ.get('SHELL'), '-c', cmd]`, `spawn(process.env.SHELL,
  // ['-c', cmd])`): a shell, whichever it is; COMSPEC is Windows' cmd.exe
  if (name === 'SHELL') return str('/bin/sh', { computed: true });
  if (name === 'COMSPEC' || name === 'ComSpec') return str('cmd.exe', { computed: true });
  if (IDENTITY_ENV.test(name)) return sourced('identity');
  if (issuerOf({ env: name })) return sourced(KEY_SOURCE + name);
  if (secretName(name)) return sourced('envsecret');
  return undefined;
}

/** code that loads a dotenv file into the environment (python-dotenv, dotenv, Node's own) */
const LOADS_DOTENV =
  /\b(?:load_dotenv|dotenv_values|read_dotenv|loadEnvFile)\s*\(|\bdotenv['"]?\s*\)\s*\.config\s*\(|\bdotenv\.config\s*\(|['"]dotenv\/config['"]|\bdotenv\.load\s*\(/;
/** a string literal of the code naming a dotenv file (`'settings.env'`, `".env.local"`) */
const DOTENV_LITERAL = /['"]((?:[\w.-]+\/)*(?:\.env(?:\.[\w-]+)?|[\w-]+\.env))['"]/g;
/** templates of a dotenv file: no values anyone runs with */
const DOTENV_TEMPLATE =
  /\.(?:example|sample|template|dist|tmpl)$|(?:^|\/)(?:example|sample|template)\.env$/;
/**
 * a value that names where something is, not a secret: a URL, an address, a path, a host name,
 * or the name of another variable (`KEY_VAR=OPENAI_API_KEY`)
 */
const PLACE_VALUE =
  /^(?:[a-z][\w+.-]*:\/\/\S+|(?:~|\.{1,2})?\/\S*|~|\.?[\w-]+(?:\.[\w-]+)*\/[\w./-]*|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:\/\S*)?|[A-Z][A-Z0-9_]{2,})$/;

/**
 * The settings a dotenv file the skill ships gives the environment when the code loads it
 * (`load_dotenv()`, `load_dotenv('settings.env')`, `require('dotenv').config()`): a variable
 * of no known meaning (envValue says nothing of it) that such a file sets to a URL, an address, a
 * path or another variable's name holds that value, as a literal of the skill would, and so does
 * one whose name says secret set to a path (the file the secret is in). Keys of a known issuer and
 * other secrets set there stay the environment's. Empty when the code loads none.
 */
/**
 * shippedDotenv of a walker's file as a lookup by variable name, found on the first lookup: the
 * JS and Python walkers hand it to their folders (FoldHost.dotenv); `ctx` is the analyzer's
 */
export function dotenvLookup(
  code: string,
  dir: string | undefined,
  ctx: { sibling?: (p: string) => string | undefined; paths?: () => readonly string[] },
): (name: string) => string | undefined {
  let found: Map<string, string> | undefined;
  return (name) => (found ??= shippedDotenv(code, dir, ctx.sibling, ctx.paths?.())).get(name);
}

export function shippedDotenv(
  code: string,
  dir: string | undefined,
  sibling: ((p: string) => string | undefined) | undefined,
  /** the skill's files, where the code's own folder is not known: one dotenv file of the name */
  paths?: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (!sibling || !LOADS_DOTENV.test(code)) return out;
  const names = new Set(['.env']);
  for (const m of code.matchAll(DOTENV_LITERAL)) {
    if (names.size >= 16) break;
    names.add(m[1] as string);
  }
  for (const name of names) {
    if (DOTENV_TEMPLATE.test(name)) continue;
    const rel = name.replace(/^(?:\.\/)+/, '');
    const nested = dir === undefined ? paths?.filter((p) => p.endsWith(`/${rel}`)) : undefined;
    const text = [...(dir ? [`${dir}/${rel}`] : []), rel, ...(nested?.length === 1 ? nested : [])]
      .map((p) => sibling(p))
      .find((t) => t !== undefined);
    if (text === undefined || text.length > 1 << 16) continue;
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!m) continue;
      let v = m[2] as string;
      const q = /^(['"])(.*)\1$/.exec(v);
      v = q ? (q[2] as string) : v.replace(/\s+#.*$/, '');
      const key = m[1] as string;
      // (a name that says secret holding a path names the file the secret is in: `KEY_FILE=.ssh/id_rsa`)
      const meant = envValue(key);
      const secretPath =
        meant?.kind === 'str' && meant.source === 'envsecret' && /\//.test(v) && !/:\/\//.test(v);
      if (!out.has(key) && PLACE_VALUE.test(v) && (!meant || secretPath)) out.set(key, v);
    }
  }
  return out;
}
