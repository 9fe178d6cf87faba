/** A real `startServer` on 127.0.0.1 (free port) over a temp data dir, with tokens. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createToken,
  startServer,
  type RunningServer,
  type ServerOptions,
  type TableCounts,
} from '@skillgate/registry';

export interface ServerEnv {
  server: RunningServer;
  port: number;
  home: string;
  tokens: { alice: string; bob: string; admin: string };
  state(): Promise<{ counts: TableCounts; blobs: string[] }>;
  close(): Promise<void>;
}

export async function serverEnv(
  opts: Omit<ServerOptions, 'home' | 'port' | 'host'> = {},
): Promise<ServerEnv> {
  const home = await mkdtemp(path.join(tmpdir(), 'sg-serve-'));
  const tok = async (user: string, roles: ('publisher' | 'admin')[]) =>
    (await createToken(home, { user, roles })).token;
  const tokens = {
    alice: await tok('alice', ['publisher']),
    bob: await tok('bob', ['publisher']),
    admin: await tok('root', ['admin']),
  };
  const server = await startServer({
    home,
    host: '127.0.0.1',
    port: 0,
    logger: false,
    rateLimit: false,
    ...opts,
  });
  const port = Number(new URL(server.url).port);
  return {
    server,
    port,
    home,
    tokens,
    state: async () => {
      await server.app.skillgate.runner.idle();
      return {
        counts: await server.app.skillgate.store.counts(),
        blobs: (await server.app.skillgate.blobs.list()).sort(),
      };
    },
    close: async () => {
      await server.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}
