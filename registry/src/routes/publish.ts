/** POST /v1/skills: accept a tarball, record it as `received`, answer 202 and run the pipeline in the background. */
import { digestsOf } from '@skillgate/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { PassThrough } from 'node:stream';
import type { FastifyRequest, preParsingAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';
import { principalOf } from '../plugins/auth.js';
import { inspectTarball } from '../publish/inspect.js';
import { errorResponses, PublishAcceptedSchema } from '../schemas.js';

export const TARBALL_TYPES = ['application/gzip', 'application/x-gzip', 'application/octet-stream'];

/** Refuses anything but a tarball content type with 415 (before fastify picks a body parser). */
async function requireTarballType(req: FastifyRequest): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!TARBALL_TYPES.includes(type)) {
    throw new RegistryError(
      'UNSUPPORTED_MEDIA_TYPE',
      { type: type || '(none)' },
      { field: 'content-type' },
    );
  }
}

const TarballBody = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'the skill .tgz',
});

/**
 * A deadline on reading the upload body: Node's own requestTimeout is only checked every 30 s and
 * does not cut a request whose body is still dribbling in (slow-loris), so the publish route ends
 * the body itself — 408 in the catalogue shape, then the connection is closed.
 */
export function bodyDeadline(ms: number): preParsingAsyncHookHandler {
  return async (req, reply, payload) => {
    const out = new PassThrough();
    // fastify's body reader listens too; this one only keeps a late error from going uncaught
    out.on('error', () => undefined);
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.headersSent) return; // answered already (e.g. 413 before reading)
      reply.header('connection', 'close');
      out.destroy(new RegistryError('REQUEST_TIMEOUT'));
      // whatever the client still sends is not read: the socket goes once the 408 is out
      setTimeout(() => req.raw.socket.destroy(), 200).unref();
    }, ms);
    timer.unref();
    const stop = () => clearTimeout(timer);
    payload.on('end', stop);
    payload.on('close', stop);
    reply.raw.on('close', stop);
    reply.raw.on('finish', stop);
    payload.on('error', (e) => {
      stop();
      out.destroy(e);
    });
    payload.pipe(out);
    return out;
  };
}

const publish: FastifyPluginAsyncTypebox = async (app) => {
  const { store, blobs, runner, limits } = app.skillgate;
  app.addContentTypeParser(TARBALL_TYPES, { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/v1/skills',
    {
      bodyLimit: limits.maxPackedBytes,
      // both run before a byte of the body is read
      onRequest: [app.requireRole('publisher'), requireTarballType],
      preParsing: bodyDeadline(app.skillgate.uploadTimeoutMs),
      config: { writeLimit: 'publish' },
      // The body is raw bytes: check it is a buffer here; the package itself is checked by inspectTarball.
      validatorCompiler: () => (data: unknown) =>
        Buffer.isBuffer(data)
          ? { value: data }
          : { error: new Error(`body must be a tarball (${TARBALL_TYPES.join(', ')})`) },
      schema: {
        tags: ['skills'],
        summary: 'publish a skill version (raw .tgz body)',
        security: [{ bearer: [] }],
        consumes: TARBALL_TYPES,
        body: TarballBody,
        response: { 202: PublishAcceptedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const user = principalOf(req).user;
      const bytes = req.body;
      const pkg = await inspectTarball(bytes, limits);
      const { name, version } = pkg.manifest;
      // Read-only checks first, so a refused upload writes nothing at all.
      const skill = await store.getSkill(name);
      if (skill && !skill.owners.includes(user))
        throw new RegistryError('NOT_OWNER', { user, name });
      if (!skill) {
        const clash = (await store.findLookalikes(name)).find((l) => !l.owners.includes(user));
        if (clash)
          throw new RegistryError(
            'NAME_CONFUSABLE',
            { name, existing: clash.name },
            { field: 'name' },
          );
      }
      const existing = await store.getVersion(name, version);
      if (existing && existing.state !== 'rejected') {
        throw new RegistryError('VERSION_EXISTS', { name, version, state: existing.state });
      }
      const digests = digestsOf(bytes);
      const skillMd = pkg.files.find((f) => f.path === 'SKILL.md')?.bytes.toString('utf8') ?? '';
      const put = await blobs.put(bytes);
      /**
       * A refused upload takes back the blob it created, unless a version recorded meanwhile
       * stores the same bytes: an identical upload (a client's retry) that found this blob
       * already written and won the race to record the version.
       */
      const dropBlob = async () => {
        if (!put.created) return;
        const winner = await store.getVersion(name, version);
        if (winner?.digests.sha256 !== put.digest) await blobs.delete(put.digest);
      };
      // recordUpload re-checks both conditions atomically (a concurrent upload may have won).
      const result = await store
        .recordUpload({
          name,
          version,
          manifest: pkg.manifest,
          digests,
          size: bytes.length,
          skillMd,
          publisher: user,
        })
        .catch(async (e: unknown) => {
          // the upload's own error is the answer; a blob left behind is never served
          await dropBlob().catch(() => undefined);
          throw e;
        });
      if (!result.ok) {
        await dropBlob();
        if (result.conflict === 'not-owner') throw new RegistryError('NOT_OWNER', { user, name });
        if (result.conflict === 'confusable') {
          throw new RegistryError(
            'NAME_CONFUSABLE',
            { name, existing: result.existing },
            { field: 'name' },
          );
        }
        throw new RegistryError('VERSION_EXISTS', { name, version, state: result.state });
      }
      runner.enqueue(result.version.id);
      const base = `/v1/skills/${name}/versions/${version}`;
      reply.code(202);
      return {
        name,
        version,
        state: result.version.state,
        links: { version: base, tarball: `${base}/tarball`, report: `${base}/report` },
      };
    },
  );
};

export default fp(publish, {
  name: 'skillgate-routes-publish',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
