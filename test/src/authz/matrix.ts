/**
 * The authorization matrix: every route of the registry × every kind of caller → the status it
 * must answer. One table; the test runs every cell and fails when the app has a route the table
 * does not list (or the table lists a route the app no longer has).
 *
 * The seeded state (see ../fuzz/registry-env.ts): `hello-skill` owned by alice (role `owner`), with
 * 1.0.0 published, 0.9.0 rejected by the pipeline and 0.8.0 held for review; bob is `other`, maud `moderator`, root
 * `admin`; `revoked` and `expired` are alice's tokens that no longer work.
 */
import type { InjectOptions } from 'fastify';
import {
  IN_REVIEW,
  PUBLISHED,
  REJECTED,
  ROLES,
  SKILL,
  skillTarball,
  type Role,
} from '../fuzz/registry-env.js';

export type Expect = Record<Role, number>;

export interface MatrixRow {
  /** `METHOD /path/:param` exactly as the app registers it */
  route: string;
  /** what this row exercises, when a route has several */
  label: string;
  request: () => InjectOptions;
  expect: Expect;
  /** the request changes state: each cell gets a fresh registry */
  writes?: boolean;
}

/** A bad token is refused on every route, public ones included (it is never silently ignored). */
const BAD = { revoked: 401, expired: 401 } as const;

function everyone(status: number): Expect {
  return {
    anonymous: status,
    other: status,
    owner: status,
    moderator: status,
    admin: status,
    ...BAD,
  };
}

/** unpublished versions: hidden (404) from the public, visible to owners and moderators */
function ownersAndModerators(seen: number): Expect {
  return { anonymous: 404, other: 404, owner: seen, moderator: seen, admin: seen, ...BAD };
}

const v = (version: string, tail = '') => `/v1/skills/${SKILL}/versions/${version}${tail}`;

const GET_ROWS: MatrixRow[] = [
  {
    route: 'GET /openapi.json',
    label: 'OpenAPI document',
    request: () => ({ method: 'GET', url: '/openapi.json' }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/health',
    label: 'health',
    request: () => ({ method: 'GET', url: '/v1/health' }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/schema/skill.json',
    label: 'manifest schema',
    request: () => ({ method: 'GET', url: '/v1/schema/skill.json' }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/trust-root',
    label: 'trust root',
    request: () => ({ method: 'GET', url: '/v1/trust-root' }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/whoami',
    label: 'whoami',
    request: () => ({ method: 'GET', url: '/v1/whoami' }),
    expect: { ...everyone(200), anonymous: 401 },
  },
  {
    route: 'GET /v1/search',
    label: 'search',
    request: () => ({ method: 'GET', url: '/v1/search?q=hello' }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/skills/:name',
    label: 'skill',
    request: () => ({ method: 'GET', url: `/v1/skills/${SKILL}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version',
    label: 'published version',
    request: () => ({ method: 'GET', url: v(PUBLISHED) }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version',
    label: 'rejected version',
    request: () => ({ method: 'GET', url: v(REJECTED) }),
    expect: ownersAndModerators(200),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/tarball',
    label: 'published tarball',
    request: () => ({ method: 'GET', url: v(PUBLISHED, '/tarball') }),
    expect: everyone(200),
  },
  // a rejected version is never served, to anyone; its existence is only told to those who may see it
  {
    route: 'GET /v1/skills/:name/versions/:version/tarball',
    label: 'rejected tarball',
    request: () => ({ method: 'GET', url: v(REJECTED, '/tarball') }),
    expect: ownersAndModerators(404),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/report',
    label: 'published report',
    request: () => ({ method: 'GET', url: v(PUBLISHED, '/report') }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/report',
    label: 'rejected report',
    request: () => ({ method: 'GET', url: v(REJECTED, '/report') }),
    expect: ownersAndModerators(200),
  },
  // the test registry has no signing stage: published versions are unsigned, so no attestation
  {
    route: 'GET /v1/skills/:name/versions/:version/attestation',
    label: 'unsigned attestation',
    request: () => ({ method: 'GET', url: v(PUBLISHED, '/attestation') }),
    expect: everyone(404),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/attestation',
    label: 'rejected attestation',
    request: () => ({ method: 'GET', url: v(REJECTED, '/attestation') }),
    expect: ownersAndModerators(404),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/skill-md',
    label: 'published SKILL.md',
    request: () => ({ method: 'GET', url: v(PUBLISHED, '/skill-md') }),
    expect: everyone(200),
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/skill-md',
    label: 'rejected SKILL.md',
    request: () => ({ method: 'GET', url: v(REJECTED, '/skill-md') }),
    expect: ownersAndModerators(404),
  },
];

const WRITE_ROWS: MatrixRow[] = [
  {
    route: 'POST /v1/tokens',
    label: 'issue a token',
    request: () => ({
      method: 'POST',
      url: '/v1/tokens',
      payload: { user: 'carol', roles: ['publisher'] },
    }),
    expect: { anonymous: 401, other: 403, owner: 403, moderator: 403, admin: 201, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/tokens',
    label: 'issue an admin token',
    request: () => ({
      method: 'POST',
      url: '/v1/tokens',
      payload: { user: 'mallory', roles: ['admin'] },
    }),
    expect: { anonymous: 401, other: 403, owner: 403, moderator: 403, admin: 201, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/skills',
    label: 'publish a new version of an owned name',
    request: () => ({
      method: 'POST',
      url: '/v1/skills',
      headers: { 'content-type': 'application/gzip' },
      payload: skillTarball({ version: '1.1.0' }),
    }),
    // only owners publish under a name; roles do not override ownership
    expect: { anonymous: 401, other: 403, owner: 202, moderator: 403, admin: 403, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/skills',
    label: 'publish a new name',
    request: () => ({
      method: 'POST',
      url: '/v1/skills',
      headers: { 'content-type': 'application/gzip' },
      payload: skillTarball({ name: 'fresh-skill', version: '1.0.0' }),
    }),
    expect: { anonymous: 401, other: 202, owner: 202, moderator: 202, admin: 202, ...BAD },
    writes: true,
  },
  {
    route: 'PUT /v1/skills/:name/owners',
    label: 'add an owner',
    request: () => ({
      method: 'PUT',
      url: `/v1/skills/${SKILL}/owners`,
      payload: { add: ['bob'] },
    }),
    expect: { anonymous: 401, other: 403, owner: 200, moderator: 403, admin: 403, ...BAD },
    writes: true,
  },
];

const mod = (status: number): Expect => ({
  anonymous: 401,
  other: 403,
  owner: 403,
  moderator: status,
  admin: status,
  ...BAD,
});

const post = (url: string, payload: object) => () => ({ method: 'POST' as const, url, payload });

/** Moderation, appeals, owner actions and the audit log (pipeline issue). */
const MODERATION_ROWS: MatrixRow[] = [
  {
    route: 'GET /v1/review',
    label: 'review queue',
    request: () => ({ method: 'GET', url: '/v1/review' }),
    expect: mod(200),
  },
  {
    route: 'GET /v1/audit',
    label: 'whole audit log',
    request: () => ({ method: 'GET', url: '/v1/audit' }),
    expect: { anonymous: 401, other: 403, owner: 403, moderator: 403, admin: 200, ...BAD },
  },
  {
    route: 'GET /v1/admin/queues',
    label: 'queue dashboard (job counts per stage)',
    request: () => ({ method: 'GET', url: '/v1/admin/queues' }),
    expect: { anonymous: 401, other: 403, owner: 403, moderator: 403, admin: 200, ...BAD },
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/audit',
    label: 'audit of a published version',
    request: () => ({ method: 'GET', url: v(PUBLISHED, '/audit') }),
    expect: { anonymous: 401, other: 403, owner: 200, moderator: 200, admin: 200, ...BAD },
  },
  {
    route: 'GET /v1/skills/:name/versions/:version/audit',
    label: 'audit of a rejected version',
    request: () => ({ method: 'GET', url: v(REJECTED, '/audit') }),
    expect: { anonymous: 401, other: 404, owner: 200, moderator: 200, admin: 200, ...BAD },
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/approve',
    label: 'approve a version in review',
    request: post(v(IN_REVIEW, '/approve'), {}),
    expect: mod(200),
    writes: true,
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/reject',
    label: 'reject a version in review',
    request: post(v(IN_REVIEW, '/reject'), { reason: 'no' }),
    expect: mod(200),
    writes: true,
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/appeal',
    label: 'appeal a rejection',
    request: post(v(REJECTED, '/appeal'), { message: 'please look again' }),
    // only the owner appeals; others who may see it are told they are not owners, the rest see nothing
    expect: { anonymous: 401, other: 404, owner: 200, moderator: 403, admin: 403, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/retry',
    label: 'retry a verdict rejection (not retryable)',
    request: post(v(REJECTED, '/retry'), {}),
    expect: { anonymous: 401, other: 404, owner: 409, moderator: 409, admin: 409, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/yank',
    label: 'owner yanks a published version',
    request: post(v(PUBLISHED, '/yank'), {}),
    expect: { anonymous: 401, other: 403, owner: 200, moderator: 403, admin: 403, ...BAD },
    writes: true,
  },
  {
    route: 'POST /v1/skills/:name/versions/:version/revoke',
    label: 'moderator revokes a published version',
    request: post(v(PUBLISHED, '/revoke'), { reason: 'malware' }),
    expect: mod(200),
    writes: true,
  },
  {
    route: 'POST /v1/rescan',
    label: 'rescan a skill',
    request: post('/v1/rescan', { name: SKILL }),
    expect: mod(202),
    writes: true,
  },
];

/** HEAD answers exactly as GET does (fastify registers it beside every GET route). */
function withHead(rows: MatrixRow[]): MatrixRow[] {
  return rows.flatMap((r) =>
    r.route.startsWith('GET ')
      ? [
          r,
          {
            ...r,
            route: r.route.replace(/^GET /, 'HEAD '),
            request: () => ({ ...r.request(), method: 'HEAD' as const }),
          },
        ]
      : [r],
  );
}

export const MATRIX: MatrixRow[] = [
  ...withHead([...GET_ROWS, ...MODERATION_ROWS.filter((r) => r.route.startsWith('GET '))]),
  ...WRITE_ROWS,
  ...MODERATION_ROWS.filter((r) => !r.route.startsWith('GET ')),
];

export { ROLES };
