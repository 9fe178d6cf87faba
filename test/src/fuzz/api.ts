import fc from 'fast-check';
import { ERROR_CODES } from '@skillgate/registry';
import { parseResponse, rawExchange } from '../load/raw-http.js';
import { archiveInput } from './archives.js';
import {
  PUBLISHED,
  REJECTED,
  ROLES,
  SKILL,
  registryEnv,
  skillTarball,
  type RegistryEnv,
  type Role,
  type QuickState,
  type StoredState,
} from './registry-env.js';
import { mutateTarball, packMutation } from './skill-gen.js';
import { target, violated, within, type FuzzTarget } from './target.js';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';

/**
 * How a case reaches the app: `inject` runs the whole fastify request path (router, parsers,
 * validation, hooks, handlers) without a socket; `http` writes the request bytes on a real
 * loopback connection, so that node's HTTP parser and the client-error handler are fuzzed too.
 */
export type Transport = 'inject' | 'http';

export interface ApiCase {
  via?: Transport;
  method: Method;
  path: string;
  query: string;
  role: Role;
  contentType: string | undefined;
  body: Buffer | undefined;
  authorization: string | undefined;
}

/** Path parameter values: real ones, lookalikes, traversal, broken escapes, very long. */
const nameParam = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(SKILL, 'no-such-skill') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'h\u0435llo-skill', // Cyrillic e
      'HELLO-SKILL',
      'Hello-Skill',
      'hello_skill',
      '..',
      '%2e%2e',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      '%',
      '%E0%A4%A',
      '%C0%AE%C0%AE',
      '__proto__',
      'constructor',
      'a'.repeat(3000),
      '%F0%9F%98%80',
      'x;drop',
      '*',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
);

const versionParam = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(PUBLISHED, REJECTED, '9.9.9') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1.0',
      'latest',
      '..',
      '%2e%2e',
      '1.0.0-%F0%9D%94%9E',
      '99999999999999999999.0.0',
      '1.0.0%00',
      'v1.0.0',
      '1.0.0+build',
      '%',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map(encodeURIComponent) },
);

const routePath = fc.oneof(
  fc.constantFrom(
    '/v1/health',
    '/openapi.json',
    '/v1/schema/skill.json',
    '/v1/trust-root',
    '/v1/whoami',
    '/v1/tokens',
    '/v1/skills',
    '/v1/search',
  ),
  nameParam.map((n) => `/v1/skills/${n}`),
  nameParam.map((n) => `/v1/skills/${n}/owners`),
  fc
    .tuple(
      nameParam,
      versionParam,
      fc.constantFrom('', '/tarball', '/report', '/attestation', '/skill-md', '/nope'),
    )
    .map(([n, v, tail]) => `/v1/skills/${n}/versions/${v}${tail}`),
  fc.constantFrom(
    '/',
    '//v1//health',
    '/v1/../v1/health',
    '/v1/%2e%2e/health',
    '/V1/HEALTH',
    '/v1/health/',
    '/v2',
    '/index.html',
  ),
  fc
    .array(fc.string({ maxLength: 8 }), { maxLength: 5 })
    .map((s) => '/' + s.map(encodeURIComponent).join('/')),
);

const queryKey = fc.oneof(
  fc.constantFrom(
    'q',
    'capability',
    'verdict',
    'reviewed',
    'sort',
    'page',
    'perPage',
    '__proto__',
    'constructor',
    'q[]',
    'page[x]',
  ),
  fc.string({ maxLength: 6 }),
);
const queryValue = fc.oneof(
  fc.constantFrom(
    '',
    'hello',
    'network',
    'fs,exec',
    'network,network,nope',
    'pass',
    'review',
    'fail',
    'true',
    'yes',
    'recent',
    'name',
    '-1',
    '0',
    '1e9',
    '1.5',
    '99999999999999999999',
    'NaN',
    '%',
    '%zz',
    '%00',
    '\u202e',
    'x'.repeat(5000),
    "' OR 1=1 --",
    '%_%',
  ),
  fc.string({ maxLength: 16 }),
);
const query = fc
  .array(fc.tuple(queryKey, queryValue, fc.boolean()), { maxLength: 5 })
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : '?' +
        pairs
          .map(([k, v, raw]) =>
            raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
          )
          .join('&'),
  );

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const jsonish = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const tokenBody: fc.Arbitrary<Json> = fc.record<Record<string, Json>>(
  {
    user: fc.oneof(
      fc.constantFrom('carol', 'alice', 'Alice', '\u0430lice', '', '-x', 'a'.repeat(65)),
      fc.string({ maxLength: 8 }),
    ),
    roles: fc.oneof(
      fc.constant<Json>(['publisher']),
      fc.array(fc.constantFrom('publisher', 'moderator', 'admin', 'root', ''), { maxLength: 3 }),
      jsonish,
    ),
    expiresInDays: fc.oneof(
      fc.integer({ min: -5, max: 400 }),
      fc.constantFrom(0, 1e12, 0.5),
      jsonish,
    ),
    extra: jsonish,
  },
  { requiredKeys: [] },
);
const ownersBody: fc.Arbitrary<Json> = fc.record<Record<string, Json>>(
  {
    add: fc.oneof(
      fc.array(fc.constantFrom('bob', 'alice', 'nobody', 'BOB', '\u0432ob', ''), { maxLength: 3 }),
      jsonish,
    ),
    remove: fc.oneof(
      fc.array(fc.constantFrom('bob', 'alice', 'nobody', 'ALICE'), { maxLength: 3 }),
      jsonish,
    ),
    extra: jsonish,
  },
  { requiredKeys: [] },
);

const jsonBody: fc.Arbitrary<Buffer> = fc
  .tuple(fc.oneof(tokenBody, ownersBody, jsonish), fc.nat(40))
  .map(([v, cut]) => {
    const text = JSON.stringify(v);
    // now and then a body cut short, so that the JSON parser sees broken input
    return Buffer.from(cut === 0 ? text.slice(0, Math.floor(text.length / 2)) : text);
  });

/** New skills (fresh name or version) with a damaged tarball, or hostile archives, or junk. */
const tarballBody: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 3, arbitrary: archiveInput },
  {
    weight: 3,
    arbitrary: fc
      .record({
        name: fc.constantFrom(SKILL, 'fuzz-skill', 'fuzz-skill', 'h\u0435llo-skill', 'Hello-Skill'),
        version: fc.oneof(
          fc.constantFrom(PUBLISHED, REJECTED, '2.0.0', '1.0.0-rc.1', '1.0', '01.0.0'),
          fc.nat(100000).map((n) => `3.${n}.0`),
          fc.nat(100000).map((n) => `4.0.${n}`),
        ),
        mutation: fc.oneof(
          { weight: 1, arbitrary: packMutation },
          { weight: 1, arbitrary: fc.constant({ layer: 'none' as const }) },
        ),
      })
      .map((r) => mutateTarball(skillTarball({ name: r.name, version: r.version }), r.mutation)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)) },
);

const AUTH_VARIANTS = [
  'Bearer',
  'Bearer ',
  'bearer sg_short',
  'Basic YWxpY2U6cGFzcw==',
  'Bearer sg_' + 'A'.repeat(43),
  'Bearer sg_' + 'A'.repeat(43) + ' extra',
  'Bearer ' + 'x'.repeat(8000),
  'Bearer sg_\u0000' + 'A'.repeat(42),
];

const CONTENT_TYPES = [
  'application/gzip',
  'application/octet-stream',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/gzip; charset=utf-8',
  'APPLICATION/JSON',
  '',
];

const anyCase: fc.Arbitrary<ApiCase> = fc
  .record({
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<Method>('GET', 'POST', 'PUT') },
      { weight: 1, arbitrary: fc.constantFrom<Method>('HEAD', 'DELETE', 'PATCH', 'OPTIONS') },
    ),
    path: routePath,
    query,
    role: fc.constantFrom(...ROLES),
    authorization: fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...AUTH_VARIANTS) },
    ),
    contentType: fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    ),
    body: fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: jsonBody },
      { weight: 3, arbitrary: tarballBody },
    ),
  })
  .map((c) => {
    // aim tarballs at the publish route and JSON at the others most of the time
    if (c.method === 'POST' && c.path === '/v1/skills' && c.contentType === undefined)
      return { ...c, contentType: 'application/gzip' };
    if ((c.method === 'PUT' || c.path === '/v1/tokens') && c.contentType === undefined)
      return { ...c, contentType: 'application/json' };
    return c;
  });

const KNOWN_CODES = new Set<string>(ERROR_CODES);

let env: RegistryEnv | undefined;

function sameState(a: QuickState, b: QuickState): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a.counts) as (keyof StoredState['counts'])[])
    if (a.counts[k] !== b.counts[k]) out.push(`${k} ${a.counts[k]} -> ${b.counts[k]}`);
  if (a.blobWrites !== b.blobWrites) out.push(`${b.blobWrites - a.blobWrites} blob write(s)`);
  return out;
}

/**
 * Per case the cheap state (row counts, blob write counter) is compared, and the state after one
 * case is the state before the next (the pipeline is idle between cases). Every FULL_CHECK_EVERY
 * cases the blob directory itself is listed: it must have changed exactly when the counter did.
 */
const FULL_CHECK_EVERY = 250;
let last:
  | { env: RegistryEnv; quick: QuickState; full: StoredState; fullWrites: number; cases: number }
  | undefined;

async function fullCheck(e: RegistryEnv, quick: QuickState): Promise<void> {
  const full = await e.state();
  const prev = last?.env === e ? last : undefined;
  last = { env: e, quick, full, fullWrites: quick.blobWrites, cases: 0 };
  if (prev && prev.full.blobs.join() !== full.blobs.join() && prev.fullWrites === quick.blobWrites)
    violated('the blob directory changed without a write through the blob store');
}

interface Answer {
  statusCode: number;
  body: string;
}

/** A request target as a client puts it on the wire: every byte outside printable ASCII %-escaped. */
function wireTarget(target: string): string {
  return target.replace(/[^\x21-\x7e]/gu, (ch) =>
    [...Buffer.from(ch, 'utf8')]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

async function send(e: RegistryEnv, c: ApiCase, headers: Record<string, string>): Promise<Answer> {
  const withBody = c.body !== undefined && c.method !== 'GET' && c.method !== 'HEAD';
  if (c.via !== 'http') {
    const res = await e.app.inject({
      method: c.method,
      url: c.path + c.query,
      headers,
      ...(withBody ? { payload: c.body } : {}),
    });
    return { statusCode: res.statusCode, body: res.body };
  }
  if (e.port === undefined) throw new Error('an http case needs an env opened with listen');
  const head = [
    `${c.method} ${wireTarget(c.path + c.query)} HTTP/1.1`,
    'host: 127.0.0.1',
    'connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ...(withBody ? [`content-length: ${c.body?.length ?? 0}`] : []),
  ];
  const bytes = Buffer.concat([
    Buffer.from(head.join('\r\n') + '\r\n\r\n', 'utf8'),
    ...(withBody && c.body ? [c.body] : []),
  ]);
  const x = await rawExchange(e.port, [{ data: bytes }], 9_000);
  const res = parseResponse(x.data, c.method === 'HEAD');
  if (!res)
    violated(
      `${c.method} ${c.path} over HTTP: no answer (${x.closed ? 'closed' : 'timed out'} after ${x.ms} ms, got ${JSON.stringify(x.data.slice(0, 80))})`,
    );
  return res;
}

/**
 * Sends one request (through app.inject, or over loopback HTTP when `via` says so) and checks the
 * answer and the stored state.
 */
export async function checkApiCase(e: RegistryEnv, c: ApiCase): Promise<string> {
  if (!last || last.env !== e) await fullCheck(e, await e.quickState());
  const before = (last as NonNullable<typeof last>).quick;
  const headers: Record<string, string> = { ...e.headers(c.role) };
  if (c.authorization !== undefined) headers.authorization = c.authorization;
  if (c.contentType !== undefined) headers['content-type'] = c.contentType;
  let res: Answer;
  try {
    res = await within(send(e, c, headers), 10_000, `${c.method} ${c.path} (${c.via ?? 'inject'})`);
  } catch (err) {
    last = undefined; // the next case reads the state afresh
    throw err;
  }
  // the state after this case is the state before the next, whatever the checks below say
  const after = await e.quickState();
  const changed = sameState(before, after);
  const l = last as NonNullable<typeof last>;
  l.quick = after;
  if (++l.cases >= FULL_CHECK_EVERY) await fullCheck(e, after);
  if (res.statusCode >= 500)
    violated(
      `${c.method} ${c.path}${c.query.slice(0, 80)} -> ${res.statusCode} ${res.body.slice(0, 300)}`,
    );
  if (res.statusCode >= 400 && c.method !== 'HEAD') {
    let code: unknown;
    try {
      code = (JSON.parse(res.body) as { error?: { code?: unknown } }).error?.code;
    } catch {
      violated(`${res.statusCode} answer is not JSON: ${res.body.slice(0, 120)}`);
    }
    if (typeof code !== 'string' || !KNOWN_CODES.has(code))
      violated(`${res.statusCode} answer has no catalogue code: ${res.body.slice(0, 200)}`);
  }
  const reads = c.method === 'GET' || c.method === 'HEAD' || c.method === 'OPTIONS';
  if (changed.length && (res.statusCode >= 400 || reads))
    violated(
      `${c.method} ${c.path} -> ${res.statusCode} changed stored state: ${changed.join(', ')}`,
    );
  return c.via === 'http' ? `http ${res.statusCode}` : `${res.statusCode}`;
}

/** The registry API through app.inject: never a 5xx, catalogue errors only, no write on rejection. */
export const apiTarget: FuzzTarget = target<ApiCase>({
  name: 'api/registry',
  arbitrary: () => apiCase,
  async setup() {
    env = await registryEnv({}, { listen: true });
  },
  async teardown() {
    await env?.close();
    env = undefined;
  },
  async check(c) {
    if (!env) throw new Error('api target used without setup');
    return checkApiCase(env, c);
  },
});

const sometimesRole = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<Role>('owner', 'admin', 'other') },
  { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
);

/** Requests aimed at one route each, with the body that route expects (more often valid), plus any request. */
const routedCase: fc.Arbitrary<ApiCase> = fc.oneof(
  { weight: 3, arbitrary: anyCase },
  {
    weight: 3,
    arbitrary: fc.record({
      method: fc.constant<Method>('POST'),
      path: fc.constant('/v1/skills'),
      query: fc.constant(''),
      role: sometimesRole,
      authorization: fc.constant(undefined),
      contentType: fc.constantFrom(
        'application/gzip',
        'application/octet-stream',
        'application/json',
      ),
      body: tarballBody,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constant<Method>('POST'),
      path: fc.constant('/v1/tokens'),
      query: fc.constant(''),
      role: sometimesRole,
      authorization: fc.constant(undefined),
      contentType: fc.constant('application/json'),
      body: jsonBody,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constant<Method>('PUT'),
      path: nameParam.map((n) => `/v1/skills/${n}/owners`),
      query: fc.constant(''),
      role: sometimesRole,
      authorization: fc.constant(undefined),
      contentType: fc.constant('application/json'),
      body: fc.oneof(
        ownersBody.map((b) => Buffer.from(JSON.stringify(b))),
        jsonBody,
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.constant<Method>('GET'),
      path: fc.constant('/v1/search'),
      query,
      role: fc.constantFrom(...ROLES),
      authorization: fc.constant(undefined),
      contentType: fc.constant(undefined),
      body: fc.constant(undefined),
    }),
  },
);

/** One case in HTTP_EVERY goes over a real loopback socket, the others through app.inject. */
const HTTP_EVERY = 8;
export const apiCase: fc.Arbitrary<ApiCase> = fc
  .tuple(routedCase, fc.nat(HTTP_EVERY - 1))
  .map(([c, n]) => ({ ...c, via: n === 0 ? 'http' : 'inject' }));
