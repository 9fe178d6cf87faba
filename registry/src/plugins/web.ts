/** The built web UI at `/` (when present) with SPA fallback, and the JSON 404 for everything else. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';

const API_PATH = /^\/(?:v1(?:\/|$)|openapi\.json$)/;

const web: FastifyPluginAsync<{ webDir?: string }> = async (app, opts) => {
  const root = opts.webDir ? path.resolve(opts.webDir) : undefined;
  const hasUi = root !== undefined && existsSync(path.join(root, 'index.html'));
  if (hasUi)
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (hasUi && (req.method === 'GET' || req.method === 'HEAD') && !API_PATH.test(url)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw new RegistryError('NOT_FOUND', { what: `route ${req.method} ${url}` });
  });
};

export default fp(web, {
  name: 'skillgate-web',
  fastify: '5.x',
  dependencies: ['skillgate-errors'],
});
