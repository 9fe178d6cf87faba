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
