/** Which optional routes this registry offers, read from its OpenAPI document (fetched once). */
import { getJson, paths } from '../api/client.js';

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
