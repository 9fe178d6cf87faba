/**
 * A cloud access token minted for one resource and sent only to that resource: `TOKEN=$(az
 * account get-access-token --resource "$ENV_URL" …)` then `curl -H "Authorization: Bearer $TOKEN"
 * "$ENV_URL/api/data/v9.2/…"`. Such a token is accepted only by the resource it names (its
 * audience), so the request is a client of that service calling it, as a stored credential sent
 * to its issuer's own API is (bash-exfiltration `issuer: exempt`); the URL is known only at run
 * time, but it is the very value the token was minted for. The same token sent to any other URL, a
 * literal host or another variable, to the resource's variable given a value of the script's own,
 * or put in the request's body, is still exfiltration.
 */
import type { CmdFact } from './facts.js';
import type { Val } from './values.js';

/** the variable a word is, whole (`"$ENV_URL"`, `${ENV_URL}`), or undefined */
function onlyVar(v: Val | undefined): string | undefined {
  // an option's value as the parser may keep it, with its name (`--resource="$URL"`)
  const raw = v?.raw.replace(/^"?--[\w-]+=/, '');
  const m = raw === undefined ? null : /^"?\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))"?$/.exec(raw);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** the value of a long option, given as `--opt value` or `--opt=value` (a word whose value is whole) */
function optionValue(f: CmdFact, names: readonly string[]): Val | undefined {
  for (const n of names) {
    const v = f.opts.get(n)?.[0];
    if (v) return v;
  }
  for (const [i, a] of f.args.entries()) {
    if (names.includes(a.s)) return f.args[i + 1];
    const eq = names.find((n) => a.raw.replace(/^"/, '').startsWith(`${n}=`));
    if (eq) {
      const raw = a.raw.replace(/^"/, '').slice(eq.length + 1);
      return { ...a, raw };
    }
  }
  return undefined;
}

/**
 * the environment variable an access-token command names as the token's resource (`az account
 * get-access-token --resource "$ENV_URL"`), or undefined for any other command or a resource that
 * is not one variable
 */
export function tokenAudienceVar(g: CmdFact): string | undefined {
  const pos = g.positional.map((p) => p.s);
  if (g.fam !== 'az' || pos[0] !== 'account' || pos[1] !== 'get-access-token') return undefined;
  return onlyVar(optionValue(g, ['--resource', '--resource-url']));
}

/** the HTTP clients whose operands are the URLs they request */
const URL_CLIENTS = new Set(['curl', 'wget']);

/**
 * Every URL `f` requests begins with the variable `name` (`"${ENV_URL}/api/…"`, `"$ENV_URL"`):
 * its operands and `--url` values, at least one, and no other.
 */
export function requestsOnly(f: CmdFact, name: string): boolean {
  if (!URL_CLIENTS.has(f.fam)) return false;
  const urls = [...f.positional, ...(f.opts.get('--url') ?? [])];
  const lead = new RegExp(`^"?\\$(?:\\{${name}\\}|${name}(?![\\w]))(?:[/?#"]|$)`);
  return urls.length > 0 && urls.every((u) => lead.test(u.raw));
}
