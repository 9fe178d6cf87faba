/**
 * Registrable domains, from the Public Suffix List (tldts), with its private section: a platform
 * where anyone gets a host of their own under one name (`github.io`, `vercel.app`, `workers.dev`,
 * an S3 endpoint) is a public suffix, so `alice.github.io` is alice's domain, not GitHub's. What
 * the list does not know, domains whose every subdomain or path is anyone's endpoint (request
 * bins, webhook catchers, out-of-band testing hosts, tunnels, cloud domains), is kept below as data.
 */
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';

/**
 * Registrable domains (as the list's ICANN section gives them) under which anyone gets an endpoint
 * of their own the Public Suffix List does not name: request bins and webhook catchers, out-of-band
 * interaction hosts, tunnels, and cloud or app platforms whose customer hosts the list covers only
 * in part (`res.openai.azure.com`, `x.up.railway.app` beside `railway.app`).
 */
export const ANYONE_HOSTS: ReadonlySet<string> = new Set([
  // request bins, webhook catchers, out-of-band (OAST) and DNS-log services
  'beeceptor.com',
  'burpcollaborator.net',
  'canarytokens.com',
  'ceye.io',
  'dnslog.cn',
  'hookbin.com',
  'interact.sh',
  'mockbin.org',
  'oast.fun',
  'oast.live',
  'oast.me',
  'oast.online',
  'oast.pro',
  'oast.site',
  'oastify.com',
  'pipedream.net',
  'postb.in',
  'ptsv2.com',
  'ptsv3.com',
  'requestbin.com',
  'requestbin.net',
  'requestcatcher.com',
  'requestrepo.com',
  'smee.io',
  'webhook.cool',
  'webhook.site',
  // tunnels to a machine of anyone's
  'bore.pub',
  'localhost.run',
  'lhr.life',
  'loca.lt',
  'localtunnel.me',
  'pinggy.io',
  'pinggy.link',
  'playit.gg',
  'serveo.net',
  'serveousercontent.com',
  'zrok.io',
  // cloud and app platforms the list covers only in part
  'amazonaws.com',
  'azure.com',
  'azurecontainerapps.io',
  'cloudflarestorage.com',
  'firebaseio.com',
  'glitch.me',
  'koyeb.app',
  'modal.run',
  'railway.app',
  'windows.net',
]);

export interface Site {
  /** the registrable domain: the public suffix and one label left of it (`acme.co.uk`) */
  domain: string;
  /** anyone can run a host there: a public suffix of the list's private section, or ANYONE_HOSTS */
  anyone: boolean;
}

/**
 * A host name as the scanner compares it: lower case, no trailing dot, no port, no brackets, an
 * international name in its ASCII (punycode) form.
 */
export function normalHost(host: string): string {
  let h = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(h);
  if (bracketed) h = bracketed[1] as string;
  else if (/^[^:]*:\d+$/.test(h)) h = h.slice(0, h.lastIndexOf(':'));
  h = h.replace(/\.+$/, '');
  if (/[^\x00-\x7f]/.test(h)) h = domainToASCII(h) || h;
  return h;
}

/**
 * The registrable domain of a host and whether anyone can host under it; undefined for an address,
 * a single label (`localhost`), or a name that is itself a public suffix (`co.uk`, `github.io`).
 * A host whose left labels are computed (`*.ns.example`) is read from its constant part.
 */
export function siteOf(host: string): Site | undefined {
  const h = normalHost(host).replace(/^\*\./, '');
  if (!h || h.includes(':')) return undefined;
  const p = parse(h, { allowPrivateDomains: true });
  if (p.isIp || !p.domain) return undefined;
  const anyone = p.isPrivate === true || ANYONE_HOSTS.has(parse(h).domain ?? p.domain);
  return { domain: p.domain, anyone };
}

/** the registrable domain of a host (`wallet-data.kryptogo.app` → `kryptogo.app`), not an address */
export const registrable = (host: string): string | undefined => siteOf(host)?.domain;

/**
 * A declared network entry that lets anyone receive the data: `*` (any host, any port), a public
 * suffix as a host or under a wildcard (`com`, `*.co.uk`, `*.vercel.app`, `*.github.io`: every
 * customer's host of a platform, every domain of a TLD), or a wildcard over a domain where anyone
 * gets an endpoint (`*.amazonaws.com`, `*.webhook.site`). A name the list does not know
 * (`localhost`, an intranet `buildbox`, a reserved `*.test`) is no public suffix.
 */
export function anyoneEntry(entry: string): boolean {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(?:[0-9]+|\*))?$/.exec(entry.trim().toLowerCase());
  const host = m ? (m[1] as string) : entry.trim().toLowerCase();
  if (host === '*') return true;
  const wild = host.startsWith('*.');
  const h = normalHost(host.replace(/^\*\./, ''));
  if (!h || h.includes(':')) return false;
  const p = parse(h, { allowPrivateDomains: true });
  if (p.isIp) return false;
  if (p.publicSuffix === h && (p.isIcann === true || p.isPrivate === true)) return true;
  return wild && ANYONE_HOSTS.has(h);
}

/** the top-level names reserved for documentation and tests (RFC 2606, RFC 6761) */
const RESERVED_TLDS: ReadonlySet<string> = new Set(['example', 'test', 'invalid', 'localhost']);

/**
 * Whether a dotted name is a host name a reader takes for an address: its last labels are a
 * suffix of the Public Suffix List (ICANN or private section: `pypi.org`, `bun.sh`, `user.github.io`)
 * or a reserved top-level name (`docs.example`). A code name that has a dot (`DOMPurify.Config`,
 * `app.onError`, `Node.js`, `res.json`) ends in no suffix the list knows, so it names no host.
 */
export function publicHost(name: string): boolean {
  const h = normalHost(name);
  if (!h.includes('.') || h.includes(':')) return false;
  const p = parse(h, { allowPrivateDomains: true });
  if (p.isIp) return false;
  if (p.isIcann === true || p.isPrivate === true) return true;
  return RESERVED_TLDS.has(h.slice(h.lastIndexOf('.') + 1));
}
