/** A real registry (startServer) on 127.0.0.1 with a temp home, serving web/dist, plus API helpers. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packFiles } from '@skillgate/format';
import { createToken, defaultStages, startServer, type RunningServer } from '@skillgate/registry';
import { createKeylessSigner } from '@skillgate/signer';
import { startMockSigstore, type MockSigstore } from '@skillgate/signer/testing';
import type { SeedSkill } from './seeds.js';

/** web/dist, built by `npm run build -w @skillgate/web` */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface TestRegistry {
  url: string;
  tokens: { admin: string; publisher: string; moderator: string };
  sigstore: MockSigstore;
  /** publish through POST /v1/skills and wait until the pipeline stops (published, review, rejected) */
  publish(skill: SeedSkill): Promise<{ state: string }>;
  api<T>(
    method: string,
    route: string,
    token?: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

const FINAL = new Set(['published', 'review', 'rejected']);

export async function startTestRegistry(): Promise<TestRegistry> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'skillgate-web-e2e-'));
  const sigstore = await startMockSigstore();
  let server: RunningServer | undefined;
  try {
    const admin = (await createToken(home, { user: 'admin', roles: ['admin'] })).token;
    const publisher = (await createToken(home, { user: 'alice', roles: ['publisher'] })).token;
    const moderator = (await createToken(home, { user: 'mod', roles: ['moderator'] })).token;
    const signer = createKeylessSigner({
      fulcioURL: sigstore.fulcioURL,
      rekorURL: sigstore.rekorURL,
      tsaURL: sigstore.tsaURL,
      identityToken: () => Promise.resolve(sigstore.identityToken()),
    });
    // the production stages (static scan, sign), signing keyless against the local Sigstore mocks
    const { stages } = await defaultStages({ keyDir: path.join(home, 'keys'), signer });
    server = await startServer({
      home,
      host: '127.0.0.1',
      port: 0,
      logger: false,
      webDir: WEB_DIST,
      rateLimit: false,
      stages,
      trustRoot: () => sigstore.trustRoot,
    });
    const url = server.url;
    const api = async <T>(method: string, route: string, token?: string, body?: unknown) => {
      const headers: Record<string, string> = {};
      if (token) headers['authorization'] = `Bearer ${token}`;
      let payload: string | Uint8Array<ArrayBuffer> | undefined;
      if (Buffer.isBuffer(body)) {
        headers['content-type'] = 'application/gzip';
        payload = new Uint8Array(body);
      } else if (body !== undefined) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      const res = await fetch(url + route, { method, headers, body: payload });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
    };
    const publish = async (skill: SeedSkill) => {
      const { tarball } = packFiles(
        skill.files.map((f) => ({
          path: f.path,
          bytes: Buffer.from(f.text),
          executable: Boolean(f.executable),
        })),
      );
      const res = await api<{ state?: string; error?: unknown }>(
        'POST',
        '/v1/skills',
        publisher,
        tarball,
      );
      if (res.status !== 202)
        throw new Error(`publish ${skill.name}: ${res.status} ${JSON.stringify(res.body)}`);
      return waitForState(api, skill.name, skill.version, publisher);
    };
    const running = server;
    return {
      url,
      tokens: { admin, publisher, moderator },
      sigstore,
      publish,
      api,
      close: async () => {
        await running.close();
        await sigstore.close();
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await server?.close();
    await sigstore.close();
    await rm(home, { recursive: true, force: true });
    throw e;
  }
}

type Api = TestRegistry['api'];

/** Polls the version (bounded: 200 tries, 50 ms apart) until the pipeline stops. */
export async function waitForState(
  api: Api,
  name: string,
  version: string,
  token: string,
  accept: (state: string) => boolean = (s) => FINAL.has(s),
): Promise<{ state: string }> {
  let last = '';
  for (let i = 0; i < 200; i++) {
    const res = await api<{ state: string }>(
      'GET',
      `/v1/skills/${name}/versions/${version}`,
      token,
    );
    last = res.body?.state ?? String(res.status);
    if (res.status === 200 && accept(last)) return { state: last };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${name}@${version} stayed in state ${last}`);
}
