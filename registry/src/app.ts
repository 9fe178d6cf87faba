/** buildApp: the registry as a fastify app, not listening (tests use app.inject; server.ts listens). */
import { DEFAULT_LIMITS } from '@skillgate/format';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { auditedStore } from './audit/audited-store.js';
import moderationRoutes from './moderation/routes.js';
import { InProcessRunner } from './pipeline/runner.js';
import { validateStage } from './pipeline/validate-stage.js';
import type { PipelineStage } from './pipeline/types.js';
import authPlugin from './plugins/auth.js';
import { clientErrorHandler } from './plugins/client-errors.js';
import errorsPlugin, { requestInfo } from './plugins/errors.js';
import { toRegistryError } from './plugins/error-mapping.js';
import openapiPlugin from './plugins/openapi.js';
import servicesPlugin from './plugins/services.js';
import webPlugin from './plugins/web.js';
import metaRoutes from './routes/meta.js';
import publishRoutes from './routes/publish.js';
import rateLimitPlugin from './plugins/rate-limit.js';
import searchRoutes from './routes/search.js';
import skillsRoutes from './routes/skills.js';
import tarballRoutes from './routes/tarball.js';
import tokensRoutes from './routes/tokens.js';
import versionsRoutes from './routes/versions.js';
import type { AppDeps, AppOptions, Services } from './services.js';
import { VerifiedBlobCache } from './store/blob-store.js';

function sendFrameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const e = toRegistryError(err, requestInfo(req));
  void reply.code(e.statusCode).send(e.toBody());
}

/** validate first, then the given stages (scan, sign) in order */
export function pipelineStages(extra: readonly PipelineStage[] = []): PipelineStage[] {
  return [validateStage(), ...extra];
}

export function buildApp(appDeps: AppDeps, options: AppOptions = {}): FastifyInstance {
  // every state change, token and ownership change lands in the hash-chained audit log
  const deps: AppDeps = { ...appDeps, store: auditedStore(appDeps.store) };
  const maxPackedBytes =
    options.maxUploadBytes ?? options.limits?.maxPackedBytes ?? DEFAULT_LIMITS.maxPackedBytes;
  const limits = { ...options.limits, maxPackedBytes };
  const app = Fastify({
    logger: options.logger ?? false,
    // JSON bodies are small (tokens, owners); tarballs have their own limit on the publish route.
    bodyLimit: 64 * 1024,
    // a client that dribbles its request (slow-loris) is cut off with 408
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    // Errors the router raises before any handler (bad URL encoding, …) get the catalogue shape too.
    frameworkErrors: sendFrameworkError,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const log = app.log;
  const runner =
    deps.runner ??
    new InProcessRunner({
      store: deps.store,
      blobs: deps.blobs,
      stages: pipelineStages(deps.stages),
      log: {
        info: (o, m) => log.info(o, m),
        warn: (o, m) => log.warn(o, m),
        error: (o, m) => log.error(o, m),
      },
      limits,
      ...(options.pipelineConcurrency ? { concurrency: options.pipelineConcurrency } : {}),
    });
  const services: Services = {
    store: deps.store,
    blobs: deps.blobs,
    tarballs: new VerifiedBlobCache(deps.blobs),
    runner,
    trustRoot: deps.trustRoot,
    limits,
    uploadTimeoutMs: options.requestTimeoutMs ?? 30_000,
  };
  const rateLimit = options.rateLimit ?? { max: 60, timeWindow: '1 minute' };

  void app.register(errorsPlugin);
  void app.register(servicesPlugin, { services });
  void app.register(openapiPlugin);
  void app.register(rateLimitPlugin, { config: rateLimit });
  void app.register(authPlugin);
  void app.register(metaRoutes);
  void app.register(tokensRoutes);
  void app.register(publishRoutes);
  void app.register(searchRoutes);
  void app.register(skillsRoutes);
  void app.register(versionsRoutes);
  void app.register(tarballRoutes);
  void app.register(moderationRoutes);
  void app.register(webPlugin, options.webDir ? { webDir: options.webDir } : {});
  return app;
}
