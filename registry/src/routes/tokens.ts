/** POST /v1/tokens: admins issue tokens (creating the user if new). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import { issueToken, USER_NAME_PATTERN } from '../auth/tokens.js';
import { errorResponses, RoleSchema } from '../schemas.js';

const tokens: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/v1/tokens',
    {
      onRequest: app.requireRole('admin'),
      config: { writeLimit: 'tokens' },
      schema: {
        tags: ['auth'],
        summary: 'issue a token (admin); the clear token is shown once',
        security: [{ bearer: [] }],
        body: Type.Object(
          {
            user: Type.String({ pattern: USER_NAME_PATTERN }),
            roles: Type.Optional(
              Type.Array(RoleSchema, { minItems: 1, maxItems: 3, uniqueItems: true }),
            ),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            token: Type.String(),
            user: Type.String(),
            roles: Type.Array(RoleSchema),
            expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const t = await issueToken(app.skillgate.store, req.body);
      reply.code(201);
      return {
        token: t.token,
        user: t.user,
        roles: t.roles,
        ...(t.expiresAt ? { expiresAt: t.expiresAt } : {}),
      };
    },
  );
};

export default fp(tokens, {
  name: 'skillgate-routes-tokens',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
