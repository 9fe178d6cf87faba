/**
 * Declared secrets on the wire. The substitution itself is sandbox-runtime's (its SentinelRegistry
 * swaps placeholder → real value in headers and bodies, per credential, only at that credential's
 * hosts; on plain HTTP because we set `allowPlaintextInject`). sandbox-runtime gates by host only, so
 * this request filter (ours) adds the port check and the reporting: a request that carries a
 * placeholder to a host the secret is not declared for is reported, and blocked outright when
 * sandbox-runtime would otherwise inject there (same host, undeclared port).
 *
 * HTTPS: when a run has secrets, srt terminates TLS for the secrets' hosts only (tlsExcludes), so
 * substitution and this filter see those requests; every other host keeps an opaque CONNECT tunnel,
 * where a placeholder stays a placeholder (fails closed) and is not reported.
 */
import type { MaskedSecret } from './env.js';
import { hostPort, matchesAny, parseHostEntry } from './network.js';
import type { DeniedAction } from './types.js';

const MAX_BODY_SCAN = 1 << 20;

/** Host patterns (ports dropped) for sandbox-runtime's registry. */
export function injectHosts(secret: MaskedSecret): string[] {
  return [...new Set(secret.hosts.map((h) => parseHostEntry(h).host))];
}

export interface SecretVerdict {
  allow: boolean;
  denied: DeniedAction[];
}

/** Pure decision for one request, given where it goes and the text it carries. */
export function judgeRequest(
  host: string,
  port: number,
  text: string,
  secrets: readonly MaskedSecret[],
): SecretVerdict {
  const denied: DeniedAction[] = [];
  let allow = true;
  for (const s of secrets) {
    if (!text.includes(s.placeholder)) continue;
    if (matchesAny(host, port, s.hosts)) continue;
    const sameHost = injectHosts(s).some((h) => matchesAny(host, port, [h]));
    if (sameHost) allow = false;
    const target = `${s.name} -> ${hostPort(host, port)}`;
    denied.push({
      kind: 'secret',
      target,
      wouldNeed: `env: ${s.name} -> ${hostPort(host, port)}`,
      detail: sameHost ? 'request blocked (port not declared for this secret)' : 'sent masked',
    });
  }
  return { allow, denied };
}

/** URL, headers and up to 1 MiB of body, as one string to search for placeholders. */
export async function requestText(request: Request): Promise<string> {
  const parts = [request.url];
  request.headers.forEach((v, k) => parts.push(`${k}: ${v}`));
  if (request.body) {
    const reader = request.body.getReader();
    let size = 0;
    const chunks: Uint8Array[] = [];
    while (size < MAX_BODY_SCAN) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      chunks.push(value);
      size += value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
    parts.push(Buffer.concat(chunks).toString('latin1'));
  }
  return parts.join('\n');
}

/**
 * Declared hosts srt must not terminate TLS for: every declared host pattern that is not one of a
 * secret's hosts (an any-host entry cannot be excluded; such runs terminate all HTTPS).
 */
export function tlsExcludes(
  declared: readonly string[],
  secrets: readonly MaskedSecret[],
): string[] {
  const secretHosts = new Set(secrets.flatMap(injectHosts));
  const out = new Set<string>();
  for (const e of declared) {
    const { host } = parseHostEntry(e);
    if (host === '*' || secretHosts.has(host)) continue;
    if ([...secretHosts].some((h) => matchesAny(h, 0, [host]) || matchesAny(host, 0, [h])))
      continue;
    out.add(host);
  }
  return [...out];
}
