/**
 * Limits and abuse: rate limits per IP and per token, upload size, slow bodies (slow-loris),
 * request-smuggling-style framing, and names that impersonate other skills.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registryEnv, skillTarball, type RegistryEnv } from '../fuzz/registry-env.js';
import { firstBody, rawExchange } from '../load/raw-http.js';
import { serverEnv, type ServerEnv } from '../load/server-env.js';

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

// registryEnv's setup publishes with the owner token itself, so each test gets its own registry
// and states the per-token budget it means instead of inheriting what the setup used up.
describe('rate limits on write routes', () => {
  let env: RegistryEnv;
  before(async () => {
    env = await registryEnv({ rateLimit: { max: 3, timeWindow: '1 minute', maxPerToken: 1000 } });
  });
  after(() => env.close());

  const publishFrom = (ip: string, version: string, role: 'owner' | 'other' = 'owner') =>
    env.app.inject({
      method: 'POST',
      url: '/v1/skills',
      remoteAddress: ip,
      headers: { 'content-type': 'application/gzip', ...env.headers(role) },
      payload: skillTarball({ version }),
    });

  test('one IP is cut off past the limit with 429 RATE_LIMITED and nothing stored; another IP is not', async () => {
    for (let i = 0; i < 3; i++)
      assert.equal((await publishFrom('192.0.2.10', `5.0.${i}`)).statusCode, 202);
    const before = await env.state();
    const limited = await publishFrom('192.0.2.10', '5.0.9');
    assert.equal(limited.statusCode, 429);
    assert.equal(errorCode(limited.body), 'SKILLGATE_ERR_RATE_LIMITED');
    assert.ok(limited.headers['retry-after'], 'Retry-After header');
    assert.deepEqual(await env.state(), before, 'a limited request stores nothing');
    assert.equal(
      (await publishFrom('192.0.2.11', '5.0.9')).statusCode,
      202,
      'other IPs keep their own budget',
    );
  });
});

describe('per-token write limit', () => {
  let env: RegistryEnv;
  before(async () => {
    env = await registryEnv({ rateLimit: { max: 3, timeWindow: '1 minute', maxPerToken: 6 } });
  });
  after(() => env.close());

  const publishFrom = (ip: string, version: string) =>
    env.app.inject({
      method: 'POST',
      url: '/v1/skills',
      remoteAddress: ip,
      headers: { 'content-type': 'application/gzip', ...env.headers('owner') },
      payload: skillTarball({ version }),
    });

  test('one token is cut off past the limit wherever it connects from', async () => {
    // A token spread over many addresses (a botnet, rotating proxies) must not multiply its budget.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await publishFrom(`198.51.100.${i + 1}`, `6.0.${i}`)).statusCode); // 1 per address: never the address limit
    assert.ok(
      statuses.includes(429),
      `6 publishes with one token from 6 IPs, limit 3: got ${statuses.join(', ')} (no per-token limit)`,
    );
  });
});

describe('over real HTTP on loopback', () => {
  let env: ServerEnv;
  before(async () => {
    env = await serverEnv({ maxUploadBytes: 64 * 1024 });
  });
  after(() => env.close());

  test('an upload over the size limit gets 413 before the body is read, and stores nothing', async () => {
    const before = await env.state();
    const head =
      `POST /v1/skills HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${env.tokens.alice}\r\n` +
      `Content-Type: application/gzip\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`;
    // send the headers and only 1 KiB of the 50 MiB announced: the answer must not wait for the rest
    const x = await rawExchange(env.port, [{ data: head }, { data: Buffer.alloc(1024) }], 5000);
    assert.equal(x.statuses[0], 413, x.data.slice(0, 200));
    assert.equal(
      (firstBody(x) as { error?: { code?: string } })?.error?.code,
      'SKILLGATE_ERR_PAYLOAD_TOO_LARGE',
    );
    assert.deepEqual(await env.state(), before);
  });

  test('a chunked upload that grows past the limit gets 413 and stores nothing', async () => {
    const before = await env.state();
    const chunk = Buffer.alloc(16 * 1024, 7);
    const parts = [
      {
        data:
          `POST /v1/skills HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${env.tokens.alice}\r\n` +
          `Content-Type: application/gzip\r\nTransfer-Encoding: chunked\r\n\r\n`,
      },
      ...Array.from({ length: 8 }, () => ({
        data: Buffer.concat([
          Buffer.from(`${chunk.length.toString(16)}\r\n`),
          chunk,
          Buffer.from('\r\n'),
        ]),
      })),
      { data: '0\r\n\r\n' },
    ];
    const x = await rawExchange(env.port, parts, 5000);
    assert.equal(x.statuses[0], 413, x.data.slice(0, 200));
    assert.deepEqual(await env.state(), before);
  });

  test('slow-loris: the server bounds how long a request body may take', () => {
    // With no request timeout a client that dribbles a body one byte at a time holds a connection
    // (and its buffers) forever; a few thousand such clients exhaust the server.
    const s = env.server.app.server;
    assert.ok(
      s.requestTimeout > 0 && s.requestTimeout <= 120_000,
      `server.requestTimeout is ${s.requestTimeout} ms (0 = never): a dribbled body is never cut off`,
    );
    assert.ok(
      s.headersTimeout > 0 && s.headersTimeout <= 60_000,
      `headersTimeout ${s.headersTimeout}`,
    );
  });

  test('slow-loris: a dribbled body is cut off within the request timeout', async (t) => {
    const s = env.server.app.server;
    // Node checks timeouts every connectionsCheckingInterval (30 s by default).
    const budget = s.requestTimeout + 35_000;
    if (!(s.requestTimeout > 0 && budget <= 70_000)) {
      t.skip(`request timeout ${s.requestTimeout} ms: not bounded tightly enough to wait for here`);
      return;
    }
    const head =
      `POST /v1/skills HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${env.tokens.alice}\r\n` +
      `Content-Type: application/gzip\r\nContent-Length: 50000\r\n\r\n`;
    const drip = Array.from({ length: Math.ceil(budget / 500) + 20 }, () => ({
      delayMs: 500,
      data: 'x',
    }));
    const x = await rawExchange(env.port, [{ data: head }, ...drip], budget + 10_000);
    assert.ok(x.closed, `connection still open after ${x.ms} ms of dribbling`);
    assert.ok(x.ms <= budget, `cut off after ${x.ms} ms, budget ${budget}`);
    if (x.statuses.length) assert.equal(x.statuses[0], 408);
  });

  // Each is framing a front proxy and the server could read differently: the server must refuse it
  // with 400 (not 5xx, not a guess), and close the connection so nothing after it is parsed.
  const SMUGGLING: { name: string; head: string; body: string }[] = [
    {
      name: 'Content-Length and Transfer-Encoding together',
      head: 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n',
      body: '0\r\n\r\nGET /v1/whoami HTTP/1.1\r\nHost: x\r\n\r\n',
    },
    {
      name: 'two different Content-Length headers',
      head: 'Content-Length: 4\r\nContent-Length: 40\r\n',
      body: '{}{}',
    },
    { name: 'Content-Length list', head: 'Content-Length: 4, 40\r\n', body: '{}{}' },
    {
      name: 'obs-fold (header continued on the next line)',
      head: 'X-Folded: a\r\n b\r\nContent-Length: 2\r\n',
      body: '{}',
    },
    {
      name: 'obs-fold of Transfer-Encoding',
      head: 'Transfer-Encoding:\r\n chunked\r\nContent-Length: 2\r\n',
      body: '{}',
    },
    {
      name: 'Transfer-Encoding: chunked, identity',
      head: 'Transfer-Encoding: chunked, identity\r\n',
      body: '2\r\n{}\r\n0\r\n\r\n',
    },
    {
      name: 'space before the colon',
      head: 'Transfer-Encoding : chunked\r\nContent-Length: 2\r\n',
      body: '{}',
    },
    {
      name: 'bad chunk size',
      head: 'Transfer-Encoding: chunked\r\n',
      body: 'zz\r\n{}\r\n0\r\n\r\n',
    },
    { name: 'bare LF line ends', head: 'Content-Length: 2\n', body: '{}' },
    { name: 'NUL in a header value', head: 'X-A: a\u0000b\r\nContent-Length: 2\r\n', body: '{}' },
    { name: 'negative Content-Length', head: 'Content-Length: -1\r\n', body: '{}' },
  ];

  for (const s of SMUGGLING) {
    test(`smuggling-style framing refused with 400: ${s.name}`, async () => {
      const before = await env.state();
      const req =
        `POST /v1/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${env.tokens.admin}\r\n` +
        `Content-Type: application/json\r\n${s.head}\r\n${s.body}`;
      const x = await rawExchange(env.port, [{ data: req }], 3000);
      assert.equal(x.statuses[0], 400, `got ${x.data.slice(0, 160) || '(nothing)'}`);
      assert.equal(x.statuses.length, 1, `more than one response: ${x.statuses.join(', ')}`);
      assert.ok(x.closed, 'the connection is closed after a framing error');
      assert.equal(
        (firstBody(x) as { error?: { code?: string } })?.error?.code,
        'SKILLGATE_ERR_BAD_REQUEST',
      );
      assert.deepEqual(await env.state(), before);
    });
  }
});

describe('names that impersonate others', () => {
  let env: RegistryEnv;
  before(async () => {
    env = await registryEnv();
  });
  after(() => env.close());

  const publishAs = (role: 'owner' | 'other', name: string) =>
    env.app.inject({
      method: 'POST',
      url: '/v1/skills',
      headers: { 'content-type': 'application/gzip', ...env.headers(role) },
      payload: skillTarball({ name, version: '1.0.0' }),
    });

  // hello-skill belongs to alice (owner); bob (other) tries names that read the same.
  const UNICODE_AND_CASE = [
    'h\u0435llo-skill', // Cyrillic е
    'hello-sk\u0456ll', // Ukrainian і
    '\uff48ello-skill', // fullwidth h
    'hello\u2010skill', // Unicode hyphen
    'hello-skill\u200b', // zero-width space
    'he\u006c\u0301lo-skill', // combining mark
    'Hello-Skill',
    'HELLO-SKILL',
  ];
  for (const name of UNICODE_AND_CASE) {
    test(`refused: ${JSON.stringify(name)}`, async () => {
      const before = await env.state();
      const res = await publishAs('other', name);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(errorCode(res.body), 'SKILLGATE_ERR_MANIFEST_INVALID');
      assert.deepEqual(await env.state(), before);
    });
  }

  // Within ASCII, Unicode's confusable skeletons (UTS #39) still map 1→l, 0→o, rn→m, vv→w:
  // `he11o-skill` reads as `hello-skill`. A different publisher must not get such a name.
  const ASCII_LOOKALIKES = ['he11o-skill', 'hell0-skill', 'hello-ski1l', 'hello-skil1'];
  for (const name of ASCII_LOOKALIKES) {
    test(`refused for another publisher: ASCII lookalike ${name}`, async () => {
      const before = await env.state();
      const res = await publishAs('other', name);
      assert.ok(
        res.statusCode === 403 || res.statusCode === 409,
        `${res.statusCode} ${res.body.slice(0, 160)}`,
      );
      assert.deepEqual(await env.state(), before);
    });
  }
});
