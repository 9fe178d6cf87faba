/** Which optional routes this registry offers, read from its OpenAPI document (fetched once). */
import { ApiError, getJson, paths } from '../api/client.js';

let cached: Promise<Set<string>> | null = null;

interface OpenApiDoc {
  paths?: Record<string, Record<string, unknown>>;
}

/** `POST /v1/skills/{name}/versions/{version}/appeal` style keys (fastify's `:param` normalised to `{param}`). */
export function offeredRoutes(): Promise<Set<string>> {
  cached ??= getJson<OpenApiDoc>(paths.openapi(), { auth: false }).then(
    (doc) => {
      const out = new Set<string>();
      for (const [p, ops] of Object.entries(doc.paths ?? {})) {
        const norm = p.replace(/:([A-Za-z_]+)/g, '{$1}');
        for (const m of Object.keys(ops)) out.add(`${m.toUpperCase()} ${norm}`);
      }
      return out;
    },
    () => {
      cached = null;
      return new Set<string>();
    },
  );
  return cached;
}

export const APPEAL_ROUTE = 'POST /v1/skills/{name}/versions/{version}/appeal';
export const REVIEW_ROUTES = {
  queue: 'GET /v1/review',
  approve: 'POST /v1/skills/{name}/versions/{version}/approve',
  reject: 'POST /v1/skills/{name}/versions/{version}/reject',
  audit: 'GET /v1/skills/{name}/versions/{version}/audit',
  queues: 'GET /v1/admin/queues',
} as const;

/** Throws `ROUTE_MISSING` when the registry's OpenAPI document lists routes but not this one. */
export async function requireRoute(route: string): Promise<void> {
  const routes = await offeredRoutes();
  if (routes.size > 0 && !routes.has(route))
    throw new ApiError(404, 'ROUTE_MISSING', `the registry does not offer ${route}`);
}
