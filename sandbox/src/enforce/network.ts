/**
 * Manifest network entries → sandbox-runtime's allowlist, plus the matcher our proxy hooks use (pure).
 * Host-pattern matching for `allowedDomains` is sandbox-runtime's; `*` and `*:port` (any host) are not
 * expressible there, so those are decided in our ask callback (enforcer.ts).
 */
export interface NetworkPlan {
  /** entries handed to sandbox-runtime's `network.allowedDomains` */
  allowedDomains: string[];
  /** `*` / `*:*`: any host on any port */
  anyHost: boolean;
  /** `*:N`: any host on port N */
  anyHostPorts: number[];
}

export interface HostEntry {
  host: string;
  port: number | undefined;
}

/** Split `host`, `host:port`, `*.host:*`, `[::1]:8080` (port `*` = any). */
export function parseHostEntry(entry: string): HostEntry {
  const e = entry.trim().toLowerCase();
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+|\*))?$/.exec(e);
  if (!m?.[1]) return { host: e, port: undefined };
  const port = m[2] === undefined || m[2] === '*' ? undefined : Number(m[2]);
  return { host: m[1], port };
}

export function planNetwork(entries: readonly string[]): NetworkPlan {
  const plan: NetworkPlan = { allowedDomains: [], anyHost: false, anyHostPorts: [] };
  for (const raw of entries) {
    const { host, port } = parseHostEntry(raw);
    if (host === '*') {
      if (port === undefined) plan.anyHost = true;
      else plan.anyHostPorts.push(port);
      continue;
    }
    plan.allowedDomains.push(port === undefined ? host : `${host}:${port}`);
  }
  return plan;
}

const stripBrackets = (h: string) => h.replace(/^\[(.*)\]$/, '$1');

/** Does `host:port` fall under one manifest entry? */
export function matchesEntry(host: string, port: number, entry: string): boolean {
  const e = parseHostEntry(entry);
  if (e.port !== undefined && e.port !== port) return false;
  const h = stripBrackets(host.toLowerCase());
  const p = stripBrackets(e.host);
  if (p === '*') return true;
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && !/^[\d.]+$/.test(h) && !h.includes(':');
  return h === p;
}

export function matchesAny(host: string, port: number, entries: readonly string[]): boolean {
  return entries.some((e) => matchesEntry(host, port, e));
}

/** `host:port` as written in a manifest (IPv6 bracketed). */
export function hostPort(host: string, port: number): string {
  const h = stripBrackets(host);
  return h.includes(':') ? `[${h}]:${port}` : `${h}:${port}`;
}
