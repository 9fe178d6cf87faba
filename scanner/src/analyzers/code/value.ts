/**
 * Folded values shared by the JS and Python analyzers. A string may be partly known: each unknown
 * piece is the HOLE character, so `'https://' + host + '/x'` keeps its scheme and path.
 */

export const HOLE = '\uFFFF';

export type Value =
  | { kind: 'str'; s: string; computed?: boolean; decodedFrom?: string }
  | { kind: 'num'; n: number }
  | { kind: 'list'; items: Value[] }
  | { kind: 'obj'; props: Map<string, Value> }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

export function str(s: string, extra: { computed?: boolean; decodedFrom?: string } = {}): Value {
  const v: Value = { kind: 'str', s };
  if (extra.computed) v.computed = true;
  if (extra.decodedFrom) v.decodedFrom = extra.decodedFrom;
  return v;
}

/** the string form of a value (HOLE for unknown), or undefined when it is not string-like */
export function asText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case 'str':
      return v.s;
    case 'num':
      return String(v.n);
    case 'list':
      return v.items.map((x) => asText(x) ?? HOLE).join(' ');
    default:
      return undefined;
  }
}

/** text with every piece known */
export function isKnown(v: Value | undefined): v is { kind: 'str'; s: string } {
  return v?.kind === 'str' && !v.s.includes(HOLE);
}

export function concat(parts: Array<Value | undefined>): Value {
  let s = '';
  let decodedFrom: string | undefined;
  for (const p of parts) {
    if (p?.kind === 'str') {
      s += p.s;
      decodedFrom ??= p.decodedFrom;
    } else if (p?.kind === 'num') s += String(p.n);
    else s += HOLE;
  }
  if (s.length > 1_000_000) return UNKNOWN;
  return decodedFrom ? str(s, { computed: true, decodedFrom }) : str(s, { computed: true });
}

/** join path pieces the way path.join / os.path.join do (enough for matching) */
export function joinPath(parts: Array<Value | undefined>): Value {
  const texts = parts.map((p) => (p?.kind === 'str' ? p.s : HOLE));
  let out = '';
  for (const t of texts) {
    if (t.startsWith('/') || t.startsWith('~')) out = t;
    else out = out ? `${out.replace(/\/+$/, '')}/${t}` : t;
  }
  return str(out.replace(/\/\.\//g, '/'), { computed: true });
}

export function decodeBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 4 || !/^[A-Za-z0-9+/_-]+=*$/.test(clean)) return undefined;
  return printable(
    Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64'),
  );
}

export function decodeHex(s: string): string | undefined {
  const clean = s.replace(/\s+|\\x|0x/g, '');
  if (clean.length < 2 || clean.length % 2 || !/^[0-9a-fA-F]+$/.test(clean)) return undefined;
  return printable(Buffer.from(clean, 'hex'));
}

/** decoded bytes as text if they look like text (not an image or compressed data) */
export function printable(buf: Buffer): string | undefined {
  const text = buf.toString('utf8');
  if (!text) return undefined;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / text.length < 0.05 ? text : undefined;
}
