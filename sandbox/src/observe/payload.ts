/** Pure readers for the first bytes a sample sent: HTTP request head, TLS ClientHello SNI. */

export interface HttpRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: Buffer;
}

const METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) (\S+) HTTP\/1\.[01]\r?\n/;

export function parseHttpRequest(bytes: Buffer): HttpRequest | undefined {
  const text = bytes.toString('latin1');
  const m = METHODS.exec(text);
  if (!m) return undefined;
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return {
    method: m[1]!,
    target: m[2]!,
    headers,
    body: end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 4),
  };
}

/** Server name from a TLS ClientHello (record type 22, handshake type 1, extension 0). */
export function tlsSni(b: Buffer): string | undefined {
  if (b.length < 43 || b[0] !== 0x16 || b[5] !== 0x01) return undefined;
  let p = 9 + 2 + 32; // record header 5 + handshake header 4, version 2, random 32
  const sidLen = b[p];
  if (sidLen === undefined) return undefined;
  p += 1 + sidLen;
  if (p + 2 > b.length) return undefined;
  p += 2 + b.readUInt16BE(p); // cipher suites
  const compLen = b[p];
  if (compLen === undefined) return undefined;
  p += 1 + compLen;
  if (p + 2 > b.length) return undefined;
  const extEnd = Math.min(b.length, p + 2 + b.readUInt16BE(p));
  p += 2;
  while (p + 4 <= extEnd) {
    const type = b.readUInt16BE(p);
    const len = b.readUInt16BE(p + 2);
    if (type === 0 && p + 9 <= extEnd) {
      const nameLen = b.readUInt16BE(p + 7);
      return b.subarray(p + 9, Math.min(extEnd, p + 9 + nameLen)).toString('latin1');
    }
    p += 4 + len;
  }
  return undefined;
}
