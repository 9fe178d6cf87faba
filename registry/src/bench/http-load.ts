/**
 * A keep-alive load loop on node:http (native llhttp parser, body bytes counted and dropped).
 * Used next to autocannon because autocannon turns every body chunk into a JS string
 * (`pipelinedRequestsQueue.addBody`: `req.body += data`), so for 1 MiB bodies it measures itself.
 */
import http from 'node:http';

export interface LoadResult {
  requests: number;
  bytes: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

function once(url: string, agent: http.Agent): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** `connections` concurrent request loops for `seconds` (and at most `maxRequests` in all). */
export async function httpLoad(
  url: string,
  opts: { connections: number; seconds: number; maxRequests?: number },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const r: LoadResult = { requests: 0, bytes: 0, errors: 0, non2xx: 0, seconds: 0 };
  const max = opts.maxRequests ?? 1_000_000;
  const start = performance.now();
  const end = start + opts.seconds * 1000;
  const loop = async () => {
    while (performance.now() < end && r.requests + r.errors < max) {
      try {
        const res = await once(url, agent);
        r.requests += 1;
        r.bytes += res.bytes;
        if (res.status < 200 || res.status > 299) r.non2xx += 1;
      } catch {
        r.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  r.seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return r;
}
