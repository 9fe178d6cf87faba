/** Raw HTTP over a loopback socket, for requests no HTTP client would send. */
import net from 'node:net';

export interface RawExchange {
  /** everything the server sent */
  data: string;
  /** the server closed (or reset) the connection */
  closed: boolean;
  /** ms from connect until the server closed, or until we gave up */
  ms: number;
  /** HTTP status lines seen, in order */
  statuses: number[];
}

/**
 * Sends `chunks` on one connection (each after its delay), then waits until the server closes or
 * `waitMs` passes. Bounded in time whatever the server does.
 */
export function rawExchange(
  port: number,
  chunks: { delayMs?: number; data: string | Buffer }[],
  waitMs: number,
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ host: '127.0.0.1', port });
    let data = '';
    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const statuses = [...data.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
      resolve({ data, closed, ms: Date.now() - started, statuses });
    };
    socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      void (async () => {
        for (const c of chunks) {
          if (c.delayMs) await new Promise((r) => setTimeout(r, c.delayMs));
          if (closed || socket.destroyed) return;
          socket.write(c.data);
        }
      })();
      timer = setTimeout(finish, waitMs);
    });
  });
}

/** The JSON body of the first response in a raw exchange, if any. */
export function firstBody(x: RawExchange): unknown {
  const at = x.data.indexOf('\r\n\r\n');
  if (at < 0) return undefined;
  const rest = x.data.slice(at + 4);
  const end = rest.indexOf('HTTP/1.1 ');
  try {
    return JSON.parse(end >= 0 ? rest.slice(0, end) : rest);
  } catch {
    return undefined;
  }
}

export interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** the body, de-chunked, as UTF-8 */
  body: string;
}

/**
 * The first response in what a server sent on a `Connection: close` exchange: status, headers
 * (lower-case names, last one wins) and body (by content-length, chunked, or up to the close).
 * Undefined when no complete status line arrived.
 */
export function parseResponse(data: string, head = false): RawResponse | undefined {
  const bytes = Buffer.from(data, 'latin1');
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const lines = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const l of lines.slice(1)) {
    const colon = l.indexOf(':');
    if (colon > 0) headers[l.slice(0, colon).trim().toLowerCase()] = l.slice(colon + 1).trim();
  }
  let rest: Buffer = bytes.subarray(end + 4);
  if (head) rest = rest.subarray(0, 0);
  else if (/chunked/i.test(headers['transfer-encoding'] ?? '')) rest = dechunk(rest);
  else if (headers['content-length'] !== undefined)
    rest = rest.subarray(0, Number(headers['content-length']));
  return { statusCode: Number(status[1]), headers, body: rest.toString('utf8') };
}

function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (let guard = 0; guard < 100_000 && at < b.length; guard++) {
    const eol = b.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(b.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(b.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
