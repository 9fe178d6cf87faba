/** The OpenAPI document, generated from the route schemas by @fastify/swagger and served at /openapi.json. */
import swagger from '@fastify/swagger';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { catalogueMarkdown, ERROR_CATALOGUE } from '../errors.js';

const openapi: FastifyPluginAsync = async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'skillgate registry',
        version: '1',
        description: `Registry of vetted AI-agent skills. Every non-2xx body is \`{ error: { code, message, field?, reason? } }\`.\n\n## Error codes\n\n${catalogueMarkdown()}`,
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'sg_… token' } },
      },
    },
    transformObject: (doc) => ({
      ...('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject),
      'x-skillgate-errors': Object.fromEntries(
        Object.entries(ERROR_CATALOGUE).map(([k, v]) => [
          `SKILLGATE_ERR_${k}`,
          { status: v.status, message: v.message },
        ]),
      ),
    }),
  });
  app.get(
    '/openapi.json',
    { schema: { hide: true, response: { 200: Type.Object({}, { additionalProperties: true }) } } },
    async () => app.swagger(),
  );
};

export default fp(openapi, { name: 'skillgate-openapi', fastify: '5.x' });
