/**
 * The environment a skill sees (pure). Ours: sandbox-runtime passes the caller's environment
 * through; we strip it to the declared names. Secrets declared with `hosts` are replaced by a
 * placeholder here and swapped back by the proxy (see secrets.ts).
 */
import type { Capabilities } from '@skillgate/format';
import { SANDBOX_PATH } from './binaries.js';

/** Always present: a minimal PATH/HOME/LANG/TERM/TZ. */
export const BASE_ENV_NAMES = ['PATH', 'HOME', 'LANG', 'TERM', 'TZ'] as const;
export const MASK_PREFIX = 'SKILLGATE_MASKED_';

export interface MaskedSecret {
  name: string;
  /** the real value (never enters the sandbox) */
  real: string;
  /** what the sandboxed process sees instead */
  placeholder: string;
  /** manifest host entries (`host`, `host:port`, `*.host`) the real value may be sent to */
  hosts: string[];
}

export interface EnvPlan {
  env: Record<string, string>;
  secrets: MaskedSecret[];
  /** offered names that were not declared, so the skill does not see them */
  withheld: string[];
}

export function planEnv(
  offered: Readonly<Record<string, string | undefined>>,
  caps: Capabilities,
  home: string,
  mintPlaceholder: () => string,
): EnvPlan {
  const env: Record<string, string> = {
    PATH: SANDBOX_PATH,
    HOME: home,
    LANG: offered.LANG ?? 'C.UTF-8',
  };
  if (offered.TERM !== undefined) env.TERM = offered.TERM;
  // /etc/localtime is a symlink the mount plan cannot carry; a TZ keeps libc from looking for it
  env.TZ = offered.TZ ?? 'UTC';
  const declared = new Set<string>(BASE_ENV_NAMES);
  const secrets: MaskedSecret[] = [];
  for (const entry of caps.env ?? []) {
    const name = typeof entry === 'string' ? entry : entry.name;
    declared.add(name);
    const value = offered[name];
    if (value === undefined) continue;
    if (typeof entry === 'string') {
      env[name] = value;
    } else {
      const placeholder = `${MASK_PREFIX}${mintPlaceholder()}`;
      env[name] = placeholder;
      secrets.push({ name, real: value, placeholder, hosts: [...entry.hosts] });
    }
  }
  const withheld = Object.keys(offered)
    .filter((k) => offered[k] !== undefined && !declared.has(k))
    .sort();
  return { env, secrets, withheld };
}
