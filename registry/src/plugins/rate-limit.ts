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

export type RateLimitConfig =
  | {
      /** requests per window from one client address */
      max: number;
      timeWindow: number | string;
      /** requests per window with one token, from all addresses together (default 2 × max) */
      maxPerToken?: number;
    }
  | false;

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
          max: config.max,
          timeWindow: config.timeWindow,
          keyGenerator: (req) => `ip:${req.ip}`,
        }),
        // A token may be used from a few places (a laptop and CI); spread over many it is cut off.
        byToken: app.createRateLimit({
          max: config.maxPerToken ?? 2 * config.max,
          timeWindow: config.timeWindow,
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
    // The address budget first: a request it refuses does not also draw on the token's budget.
    const limiters = [b.byAddress, ...(tokenKey(req) ? [b.byToken] : [])];
    for (const limiter of limiters) {
      const r = await limiter(req);
      if (!r.isAllowed && r.isExceeded) {
        reply.header('retry-after', String(r.ttlInSeconds));
        throw new RegistryError('RATE_LIMITED', { retryAfter: `${r.ttlInSeconds} s` });
      }
    }
  });
};

export default fp(limits, { name: 'skillgate-rate-limit', fastify: '5.x' });
