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
