/**
 * A loopback HTTP proxy in front of a real registry that rewrites chosen responses, standing in
 * for a compromised registry or mirror. Only 127.0.0.1 on both sides.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Rewrite = (path: string, body: Buffer, contentType: string) => Buffer | undefined;

export interface TamperProxy {
  url: string;
  rewrite: Rewrite | undefined;
  close(): Promise<void>;
}

export async function startTamperProxy(upstream: string): Promise<TamperProxy> {
  const state: { rewrite: Rewrite | undefined } = { rewrite: undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers))
          if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
        const up = await fetch(`${upstream}${req.url ?? '/'}`, {
          method: req.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
        });
        let body: Buffer = Buffer.from(await up.arrayBuffer());
        const type = up.headers.get('content-type') ?? 'application/octet-stream';
        const changed = state.rewrite?.(req.url ?? '/', body, type);
        if (changed) body = changed;
        res.writeHead(up.status, { 'content-type': type, 'content-length': body.length });
        res.end(body);
      })().catch((e: unknown) => {
        res.writeHead(502);
        res.end(String(e));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get rewrite() {
      return state.rewrite;
    },
    set rewrite(f) {
      state.rewrite = f;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
