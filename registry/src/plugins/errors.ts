/** Every error leaves as `{ error: { code, message, field?, reason? } }` with the catalogue's status. */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toRegistryError } from './error-mapping.js';

export function requestInfo(req: FastifyRequest) {
  return {
    id: req.id,
    contentType: req.headers['content-type'],
    bodyLimit: req.routeOptions.bodyLimit,
  };
}

const errors: FastifyPluginAsync = async (app) => {
  app.setErrorHandler((err, req, reply) => {
    const e = toRegistryError(err, requestInfo(req));
    if (e.statusCode >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: e.code, field: e.extra.field }, e.message);
    if (e.code === 'SKILLGATE_ERR_PAYLOAD_TOO_LARGE') reply.header('connection', 'close');
    return reply.code(e.statusCode).type('application/json; charset=utf-8').send(e.toBody());
  });
};

export default fp(errors, { name: 'skillgate-errors', fastify: '5.x' });
