/** Thin fetch wrapper for the registry's public JSON API (same origin). */
import { getToken } from './session.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** `SKILLGATE_ERR_*` from the registry, `ROUTE_MISSING` for a 404 the API did not answer, `NETWORK` */
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** the registry has no such route (yet): fastify's default 404 has no `error.code` */
  get routeMissing(): boolean {
    return this.code === 'ROUTE_MISSING';
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown } | string;
  message?: unknown;
}

async function toError(res: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    // not JSON
  }
  const e = typeof body.error === 'object' && body.error !== null ? body.error : undefined;
  if (e && typeof e.code === 'string') {
    const msg = typeof e.message === 'string' ? e.message : res.statusText;
    return new ApiError(res.status, e.code, msg, typeof e.field === 'string' ? e.field : undefined);
  }
  if (res.status === 404)
    return new ApiError(404, 'ROUTE_MISSING', 'the registry does not offer this route');
  const msg =
    typeof body.message === 'string' ? body.message : `HTTP ${res.status} ${res.statusText}`;
  return new ApiError(res.status, `HTTP_${res.status}`, msg);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  signal?: AbortSignal;
  /** send the session token (default: whenever there is one) */
  auth?: boolean;
  token?: string;
}

async function send(path: string, accept: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept };
  const token = opts.token ?? (opts.auth === false ? null : getToken());
  if (token) headers['authorization'] = `Bearer ${token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method: opts.method ?? 'GET', headers, body, signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'the registry could not be reached');
  }
  if (!res.ok) throw await toError(res);
  return res;
}

export async function getJson<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, 'application/json', opts);
  return (await res.json()) as T;
}

export async function getText(path: string, opts: RequestOptions = {}): Promise<string> {
  const res = await send(path, 'text/markdown, text/plain', opts);
  return res.text();
}

export async function postJson<T>(
  path: string,
  body: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const res = await send(path, 'application/json', { ...opts, method: 'POST', body });
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as T;
}

const enc = encodeURIComponent;
export const paths = {
  search: (params: URLSearchParams) => `/v1/search?${params.toString()}`,
  skill: (name: string) => `/v1/skills/${enc(name)}`,
  version: (name: string, v: string) => `/v1/skills/${enc(name)}/versions/${enc(v)}`,
  report: (name: string, v: string) => `${paths.version(name, v)}/report`,
  attestation: (name: string, v: string) => `${paths.version(name, v)}/attestation`,
  skillMd: (name: string, v: string) => `${paths.version(name, v)}/skill-md`,
  approve: (name: string, v: string) => `${paths.version(name, v)}/approve`,
  reject: (name: string, v: string) => `${paths.version(name, v)}/reject`,
  appeal: (name: string, v: string) => `${paths.version(name, v)}/appeal`,
  audit: (name: string, v: string) => `${paths.version(name, v)}/audit`,
  review: () => '/v1/review',
  queues: () => '/v1/admin/queues',
  whoami: () => '/v1/whoami',
  openapi: () => '/openapi.json',
};
