/** Pull a network destination (host, port) out of folded call arguments. */
import { domainToASCII } from 'node:url';
import { HOLE, asText, type Value } from './value.js';

export interface Destination {
  host: string;
  port?: number;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ws: 80, wss: 443, ftp: 21 };

/**
 * host of a URL-ish text; a host whose left labels are computed keeps its literal suffix as
 * `*.suffix`. With `based`, a whole literal host followed by a piece computed at run time (a
 * client's `BASE_URL + path`, `f"{self.base}{request_path}"`) is that host: the computed piece
 * is the path. Callers leave `based` off for text made from downloaded data.
 */
export function destinationOfUrl(text: string, based = false): Destination | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([0-9]+))?/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const host = cleanHost(m[2] ?? '', based);
  if (!host) return undefined;
  const port = m[3] ? Number(m[3]) : DEFAULT_PORTS[scheme.replace(/^.*\+/, '')];
  return port !== undefined ? { host, port } : { host };
}

function cleanHost(raw: string, based = false): string | undefined {
  let h = raw.toLowerCase();
  // an international name is reached at its ASCII (punycode) form: `bücher.example` →
  // `xn--bcher-kva.example`, as a manifest must write it
  if (/[^\x00-\x7f]/.test(h) && !h.includes(HOLE)) h = domainToASCII(h) || h;
  if (!h.includes(HOLE)) return /^[a-z0-9.[\]:-]+$/.test(h) && h.length > 0 ? h : undefined;
  // `https://api.example.com` + path: one computed piece right after a whole host name
  const known = h.slice(0, h.indexOf(HOLE));
  if (
    based &&
    h
      .slice(known.length)
      .split('')
      .every((c) => c === HOLE) &&
    looksLikeHost(known)
  )
    return known;
  // `${data}.exfil.example` → *.exfil.example
  const suffix = /\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/.exec(h.slice(h.lastIndexOf(HOLE) + 1));
  return suffix ? `*.${suffix[1]}` : undefined;
}

function looksLikeHost(s: string): boolean {
  return (
    /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(s) ||
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) ||
    s === 'localhost'
  );
}

/** first destination found in the arguments: a URL, an options object, a (host, port) pair */
export function destinationOf(args: readonly Value[], receiver?: Value): Destination | undefined {
  const all = receiver ? [receiver, ...args] : args;
  // text made from downloaded data may carry its own host name on: no base host is trusted
  const based = (v: Value | undefined) => !(v?.kind === 'str' && v.source === 'remote');
  for (const a of all) {
    const t = asText(a);
    if (t) {
      const d = destinationOfUrl(t, based(a));
      if (d) return d;
    }
  }
  for (const a of all) {
    if (a.kind === 'obj') {
      // a request's URL, or a client's base URL (axios baseURL, got/ky prefixUrl)
      const urlValue =
        a.props.get('url') ??
        a.props.get('href') ??
        a.props.get('baseURL') ??
        a.props.get('prefixUrl');
      const url = asText(urlValue);
      if (url) {
        const d = destinationOfUrl(url, based(urlValue));
        if (d) return d;
      }
      const host = asText(a.props.get('hostname') ?? a.props.get('host'));
      if (host && !host.includes(HOLE)) {
        const [h, p] = host.split(':');
        const port = a.props.get('port');
        const n = port?.kind === 'num' ? port.n : p ? Number(p) : undefined;
        if (h)
          return n !== undefined && !Number.isNaN(n)
            ? { host: h.toLowerCase(), port: n }
            : { host: h.toLowerCase() };
      }
    }
    if (a.kind === 'list') {
      const d = destinationOf(a.items);
      if (d) return d;
    }
  }
  const host = all.map(asText).find((t): t is string => !!t && looksLikeHost(t));
  if (host) {
    const port = all.find((a): a is { kind: 'num'; n: number } => a.kind === 'num');
    return port ? { host: host.toLowerCase(), port: port.n } : { host: host.toLowerCase() };
  }
  return undefined;
}
