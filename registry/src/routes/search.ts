/** GET /v1/search: published skills by text, capability kinds, verdict and review. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import type { CapabilityKind } from '../store/types.js';
import { errorResponses, SearchResultSchema, VerdictSchema } from '../schemas.js';
import { skillSummary } from '../views.js';

const KIND = '(?:network|fs|exec|env)';

const search: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/search',
    {
      schema: {
        tags: ['skills'],
        summary: 'search published skills',
        querystring: Type.Object(
          {
            q: Type.Optional(
              Type.String({ maxLength: 200, description: 'text in the name or description' }),
            ),
            capability: Type.Optional(
              Type.Array(Type.String({ pattern: `^${KIND}(?:,${KIND})*$` }), {
                maxItems: 4,
                description: 'capability kinds the skill declares (repeatable or comma list)',
              }),
            ),
            verdict: Type.Optional(VerdictSchema),
            reviewed: Type.Optional(Type.Boolean()),
            sort: Type.Optional(
              Type.Union([Type.Literal('recent'), Type.Literal('name')], { default: 'recent' }),
            ),
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
            perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: SearchResultSchema,
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      const kinds = [
        ...new Set((q.capability ?? []).flatMap((c) => c.split(','))),
      ] as CapabilityKind[];
      const page = q.page ?? 1;
      const perPage = q.perPage ?? 20;
      const r = await app.skillgate.store.search({
        ...(q.q?.trim() ? { q: q.q.trim() } : {}),
        capabilities: kinds,
        ...(q.verdict ? { verdict: q.verdict } : {}),
        ...(q.reviewed !== undefined ? { reviewed: q.reviewed } : {}),
        sort: q.sort ?? 'recent',
        page,
        perPage,
      });
      return { total: r.total, page, perPage, items: r.items.map(skillSummary) };
    },
  );
};

export default fp(search, {
  name: 'skillgate-routes-search',
  fastify: '5.x',
  dependencies: ['skillgate-services'],
});
