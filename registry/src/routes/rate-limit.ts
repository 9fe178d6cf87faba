/** Per-client limits on write routes, answered with SKILLGATE_ERR_RATE_LIMITED. */
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';

export type RateLimitConfig = { max: number; timeWindow: number | string } | false;

const limits: FastifyPluginAsync = async (app) => {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new RegistryError('RATE_LIMITED', { retryAfter: ctx.after }),
  });
};

export default fp(limits, { name: 'skillgate-rate-limit', fastify: '5.x' });
