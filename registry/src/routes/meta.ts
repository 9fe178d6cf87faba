/** Health, the skill.json schema, the trust root and whoami. */
import { manifestJsonSchema } from '@skillgate/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';
import { principalOf } from '../plugins/auth.js';
import { errorResponses, WhoAmISchema } from '../schemas.js';

const AnyObject = Type.Object({}, { additionalProperties: true });

const meta: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/health',
    {
      schema: {
        tags: ['meta'],
        response: { 200: Type.Object({ ok: Type.Boolean() }), ...errorResponses },
      },
    },
    async () => ({ ok: true }),
  );
  app.get(
    '/v1/schema/skill.json',
    {
      schema: {
        tags: ['meta'],
        summary: 'the skill.json JSON Schema',
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async () => manifestJsonSchema,
  );
  app.get(
    '/v1/trust-root',
    {
      schema: {
        tags: ['meta'],
        summary: "the registry's trust material",
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async () => {
      const get = app.skillgate.trustRoot;
      const root = get ? await get() : undefined;
      if (root === undefined || root === null)
        throw new RegistryError('NOT_FOUND', { what: 'trust root (no signer is configured)' });
      return root as Record<string, unknown>;
    },
  );
  app.get(
    '/v1/whoami',
    {
      onRequest: app.requireRole('publisher'),
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        response: {
          200: WhoAmISchema,
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return { user: p.user, roles: p.roles };
    },
  );
};

export default fp(meta, {
  name: 'skillgate-routes-meta',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
