/** Decorates the app with the stores and the pipeline runner; closes the runner with the app. */
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { Services } from '../services.js';

const services: FastifyPluginAsync<{ services: Services }> = async (app, opts) => {
  app.decorate('skillgate', opts.services);
  app.addHook('onClose', async () => {
    await opts.services.runner.close();
  });
};

export default fp(services, { name: 'skillgate-services', fastify: '5.x' });
