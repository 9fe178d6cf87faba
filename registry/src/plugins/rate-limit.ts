/**
 * Limits on write routes, per client address AND per token: a token spread over many addresses
 * does not multiply its budget, and many tokens from one address do not either. Refusals are
 * SKILLGATE_ERR_RATE_LIMITED with Retry-After, decided before the body is read.
 */
import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';

export type RateLimitConfig = { max: number; timeWindow: number | string } | false;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the name of the write budget this route draws on (publish, tokens); unlimited when absent */
    writeLimit?: string;
  }
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

const tokenKey = (req: FastifyRequest): string | undefined => {
  const h = req.headers.authorization;
  return h ? createHash('sha256').update(h).digest('hex') : undefined;
};

const limits: FastifyPluginAsync<{ config: RateLimitConfig }> = async (app, opts) => {
  await app.register(rateLimit, { global: false });
  const config = opts.config;
  if (!config) return;
  const budgets = new Map<string, { byAddress: Limiter; byToken: Limiter }>();
  const budget = (route: string): { byAddress: Limiter; byToken: Limiter } => {
    let b = budgets.get(route);
    if (!b) {
      b = {
        byAddress: app.createRateLimit({
          ...config,
          keyGenerator: (req) => `ip:${req.ip}`,
        }),
        byToken: app.createRateLimit({
          ...config,
          keyGenerator: (req) => `token:${tokenKey(req) ?? ''}`,
        }),
      };
      budgets.set(route, b);
    }
    return b;
  };
  // A global hook registered before the auth plugin's, so requests with bad tokens count too.
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions.config.writeLimit;
    if (!route) return;
    const b = budget(route);
    const results = await Promise.all([
      b.byAddress(req),
      ...(tokenKey(req) ? [b.byToken(req)] : []),
    ]);
    for (const r of results) {
      if (!r.isAllowed && r.isExceeded) {
        const after = r.ttlInSeconds;
        reply.header('retry-after', String(after));
        throw new RegistryError('RATE_LIMITED', { retryAfter: `${after} s` });
      }
    }
  });
};

export default fp(limits, { name: 'skillgate-rate-limit', fastify: '5.x' });
