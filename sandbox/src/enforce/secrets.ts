/**
 * Declared secrets on the wire. The substitution itself is sandbox-runtime's (its SentinelRegistry
 * swaps placeholder → real value in headers and bodies, per credential, only at that credential's
 * hosts; on plain HTTP because we set `allowPlaintextInject`). sandbox-runtime gates by host only, so
 * this request filter (ours) adds the port check and the reporting: a request that carries a
 * placeholder to a host the secret is not declared for is reported, and blocked outright when
 * sandbox-runtime would otherwise inject there (same host, undeclared port).
 *
 * Limit: HTTPS is tunnelled (CONNECT) without TLS termination, so neither this filter nor the
 * substitution sees inside it: a secret sent over HTTPS reaches the server as the placeholder (fails
 * closed — never the real value) and is not reported.
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
