/** Bearer-token authentication (resolved before the body is read) and role checks. */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { checkToken, hasRole } from '../auth/tokens.js';
import { RegistryError } from '../errors.js';
import type { Role } from '../store/types.js';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

const auth: FastifyPluginAsync = async (app) => {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    if (header === undefined) return;
    const token = BEARER.exec(header)?.[1];
    if (!token)
      throw new RegistryError('UNAUTHORIZED', {
        detail: 'the Authorization header must be "Bearer <token>"',
      });
    const r = await checkToken(app.skillgate.store, token);
    if (!r.ok) throw new RegistryError('UNAUTHORIZED', { detail: r.why });
    req.principal = r.principal;
  });
  app.decorate('requireRole', (role: Role) => async (req: FastifyRequest) => {
    if (!req.principal)
      throw new RegistryError('UNAUTHORIZED', {
        detail: 'this needs a bearer token (Authorization: Bearer sg_…)',
      });
    if (!hasRole(req.principal.roles, role)) throw new RegistryError('FORBIDDEN', { role });
  });
};

export default fp(auth, {
  name: 'skillgate-auth',
  fastify: '5.x',
  dependencies: ['skillgate-services'],
});

/** the authenticated principal, for routes guarded by requireRole */
export function principalOf(req: FastifyRequest) {
  if (!req.principal)
    throw new RegistryError('UNAUTHORIZED', { detail: 'this needs a bearer token' });
  return req.principal;
}
