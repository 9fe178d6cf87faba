/** startServer over real HTTP on loopback: data dir, bootstrap token, web UI, limits, resume after restart. */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { digestsOf, readSkillPackage, readTarball } from '@skillgate/format';
import { issueToken } from '../auth/tokens.js';
import { createToken, openHome } from '../home.js';
import { startServer, type RunningServer } from '../server.js';
import { skillTarball, tempDir, type ErrorJson } from './helpers.js';

/** Streams `bytes` chunked (no Content-Length) and returns the status and body the server answers. */
function chunkedUpload(
  url: string,
  token: string,
  bytes: Buffer,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/v1/skills`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/gzip',
        'transfer-encoding': 'chunked',
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    let off = 0;
    const pump = () => {
      while (off < bytes.length) {
        const chunk = bytes.subarray(off, off + 16 * 1024);
        off += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function issueFor(server: RunningServer, user: string): Promise<string> {
  return (await issueToken(server.app.skillgate.store, { user, roles: ['publisher'] })).token;
}

describe('startServer', () => {
  let home: string;
  let web: string;
  let cleanup: () => Promise<void>;
  let server: RunningServer;
  let token: string;

  before(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    home = path.join(t.dir, 'home');
    web = path.join(t.dir, 'web');
    await mkdir(path.join(web, 'assets'), { recursive: true });
    await writeFile(path.join(web, 'index.html'), '<!doctype html><title>skillgate</title>');
    await writeFile(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    token = (await createToken(home, { user: 'alice', roles: ['publisher'] })).token;
    server = await startServer({
      home,
      host: '127.0.0.1',
      port: 0,
      webDir: web,
      logger: false,
      maxUploadBytes: 64 * 1024,
    });
  });
  after(async () => {
    await server.close();
    await cleanup();
  });

  it('lays out the data dir and listens on loopback', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.paths.database, path.join(home, 'registry.db'));
    const who = await fetch(`${server.url}/v1/whoami`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.deepEqual(await who.json(), { user: 'alice', roles: ['publisher'] });
  });

  it('serves the web UI at / with SPA fallback, and JSON errors under /v1', async () => {
    const root = await fetch(`${server.url}/`);
    assert.equal(root.status, 200);
    assert.match(await root.text(), /<title>skillgate/);
    const asset = await fetch(`${server.url}/assets/app.js`);
    assert.equal(await asset.text(), 'console.log(1)');
    const deep = await fetch(`${server.url}/skills/hello-skill`);
    assert.equal(deep.status, 200);
    assert.match(deep.headers.get('content-type') ?? '', /text\/html/);
    const api = await fetch(`${server.url}/v1/nope`);
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as ErrorJson).error.code, 'SKILLGATE_ERR_NOT_FOUND');
    const post = await fetch(`${server.url}/skills/x`, { method: 'POST' });
    assert.equal(post.status, 404);
  });

  it('publishes over HTTP and downloads the same bytes', async () => {
    const tgz = skillTarball({ name: 'http-skill' });
    const res = await fetch(`${server.url}/v1/skills`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
      body: tgz,
    });
    assert.equal(res.status, 202);
    let state = '';
    for (let i = 0; i < 100 && state !== 'published'; i++) {
      const v = await fetch(`${server.url}/v1/skills/http-skill/versions/1.0.0`, {
        headers: { authorization: `Bearer ${token}` },
      });
      state = ((await v.json()) as { state: string }).state;
      if (state !== 'published') await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(state, 'published');
    const dl = await fetch(`${server.url}/v1/skills/http-skill/versions/1.0.0/tarball`);
    const bytes = Buffer.from(await dl.arrayBuffer());
    assert.ok(bytes.equals(tgz));
    assert.equal(dl.headers.get('x-skillgate-sha256'), digestsOf(tgz).sha256);
  });

  it('error paths over real HTTP change no stored state', async () => {
    const snapshot = async () => ({
      counts: await server.app.skillgate.store.counts(),
      blobs: await server.app.skillgate.blobs.list(),
    });
    const bobToken = await issueFor(server, 'bob');
    const before = await snapshot();
    const post = (auth: string | undefined, body: Buffer) =>
      fetch(`${server.url}/v1/skills`, {
        method: 'POST',
        headers: {
          'content-type': 'application/gzip',
          ...(auth ? { authorization: `Bearer ${auth}` } : {}),
        },
        body,
      });
    const cases: [Response, number, string][] = [
      [
        await post(token, skillTarball({ name: 'http-skill', description: 'again' })),
        409,
        'SKILLGATE_ERR_VERSION_EXISTS',
      ],
      [
        await post(bobToken, skillTarball({ name: 'http-skill', version: '9.0.0' })),
        403,
        'SKILLGATE_ERR_NOT_OWNER',
      ],
      [
        await post(undefined, skillTarball({ name: 'other-skill' })),
        401,
        'SKILLGATE_ERR_UNAUTHORIZED',
      ],
      [
        await post(`sg_${'x'.repeat(43)}`, skillTarball({ name: 'other-skill' })),
        401,
        'SKILLGATE_ERR_UNAUTHORIZED',
      ],
      [
        await post(token, skillTarball({ name: 'other-skill', version: 'one' })),
        400,
        'SKILLGATE_ERR_MANIFEST_INVALID',
      ],
    ];
    for (const [res, status, code] of cases) {
      assert.equal(res.status, status);
      assert.equal(((await res.json()) as ErrorJson).error.code, code);
    }
    await server.app.skillgate.runner.idle();
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses an oversized upload with 413 whether or not it announces its length', async () => {
    const big = Buffer.alloc(200 * 1024, 7);
    const announced = await fetch(`${server.url}/v1/skills`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
      body: big,
    });
    assert.equal(announced.status, 413);
    assert.equal(
      ((await announced.json()) as ErrorJson).error.code,
      'SKILLGATE_ERR_PAYLOAD_TOO_LARGE',
    );
    const chunked = await chunkedUpload(server.url, token, big);
    assert.equal(chunked.status, 413);
    assert.equal(
      (JSON.parse(chunked.body) as ErrorJson).error.code,
      'SKILLGATE_ERR_PAYLOAD_TOO_LARGE',
    );
  });
});

describe('startServer resumes runs a previous process left unfinished', () => {
  it('a version left in received is published after a restart', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const tgz = skillTarball({ name: 'left-over' });
      // a process that stored an upload and died before its pipeline ran
      const opened = await openHome(dir);
      await opened.store.ensureUser('alice');
      const { manifest } = readSkillPackage(await readTarball(tgz));
      await opened.blobs.put(tgz);
      const r = await opened.store.recordUpload({
        name: 'left-over',
        version: '1.0.0',
        manifest,
        digests: digestsOf(tgz),
        size: tgz.length,
        skillMd: '',
        publisher: 'alice',
      });
      assert.ok(r.ok);
      await opened.store.close();
      const server = await startServer({ home: dir, port: 0, logger: false });
      try {
        await server.app.skillgate.runner.idle();
        const v = await fetch(`${server.url}/v1/skills/left-over/versions/1.0.0`);
        assert.equal(((await v.json()) as { state: string }).state, 'published');
      } finally {
        await server.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('createToken (bootstrap on the data dir)', () => {
  it('refuses a bad user name or role with a clear error and writes no token', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await assert.rejects(
        createToken(dir, { user: '../root' }),
        /user name "\.\.\/root" must match/,
      );
      await assert.rejects(
        createToken(dir, { user: 'ok', roles: ['root' as 'admin'] }),
        /unknown role "root"/,
      );
      const opened = await openHome(dir);
      try {
        assert.equal((await opened.store.counts()).tokens, 0);
      } finally {
        await opened.store.close();
      }
      const t = await createToken(dir, { user: 'ok', roles: ['admin'], expiresInDays: 7 });
      assert.deepEqual(t.roles, ['admin']);
      assert.ok(t.expiresAt);
    } finally {
      await cleanup();
    }
  });
});

describe('malformed HTTP', () => {
  it('gets a catalogue error body, not a crash', async () => {
    const { dir, cleanup } = await tempDir();
    const server = await startServer({ home: dir, port: 0, logger: false });
    try {
      const { port } = new URL(server.url);
      const reply = await new Promise<string>((resolve, reject) => {
        const sock = net.connect(Number(port), '127.0.0.1', () =>
          sock.write('GET /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'),
        );
        let out = '';
        sock.on('data', (c: Buffer) => (out += c.toString()));
        sock.on('close', () => resolve(out));
        sock.on('error', reject);
      });
      assert.match(reply, /^HTTP\/1\.1 400 /);
      const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) as ErrorJson;
      assert.equal(body.error.code, 'SKILLGATE_ERR_BAD_REQUEST');
      const health = await fetch(`${server.url}/v1/health`);
      assert.equal(health.status, 200, 'the server is still up');
    } finally {
      await server.close();
      await cleanup();
    }
  });
});
