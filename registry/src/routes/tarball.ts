/** GET/HEAD the tarball of a published version, with its digests as ETag and headers. */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';
import { BlobCorruptError } from '../store/blob-store.js';
import { errorResponses, SkillNameParam, VersionParam } from '../schemas.js';
import { visibleVersion } from './visibility.js';

const SLICE = 64 * 1024;

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let off = 0; off < bytes.length; off += SLICE) yield bytes.subarray(off, off + SLICE);
}

const tarball: FastifyPluginAsyncTypebox = async (app) => {
  const { tarballs, store } = app.skillgate;
  app.get(
    '/v1/skills/:name/versions/:version/tarball',
    {
      schema: {
        tags: ['versions'],
        summary: 'the .tgz of a published version (ETag = sha256)',
        params: Type.Object({ name: SkillNameParam, version: VersionParam }),
        produces: ['application/gzip'],
        response: {
          200: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }),
          304: Type.Null({ description: 'not modified (If-None-Match matched the sha256)' }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { name, version } = req.params;
      const d = await store.getDownload(name, version);
      // anything but a published version: the full lookup gives the right error for this caller
      if (d?.state !== 'published')
        await visibleVersion(app, req, name, version, { published: true });
      if (!d) throw new RegistryError('NOT_FOUND', { what: `${name}@${version}` });
      const { sha256, integrity } = d;
      const etag = `"${sha256}"`;
      reply
        .header('etag', etag)
        .header('x-skillgate-sha256', sha256)
        .header('x-skillgate-integrity', integrity)
        .header('digest', `sha-256=${Buffer.from(sha256, 'hex').toString('base64')}`)
        .header('cache-control', 'public, max-age=300');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send(null);
      let bytes: Buffer | undefined;
      try {
        bytes = await tarballs.get(sha256);
      } catch (e) {
        if (e instanceof BlobCorruptError)
          throw new RegistryError('STORAGE_CORRUPT', { what: 'tarball' }, { cause: e });
        throw e;
      }
      if (!bytes)
        throw new RegistryError('NOT_FOUND', {
          what: `tarball of ${name}@${version} in the blob store`,
        });
      // Sent as a stream of 64 KiB slices of the verified bytes (no copies): clients that handle
      // each chunk as it comes (autocannon among them) slow down sharply on one 1 MiB write.
      return reply
        .type('application/gzip')
        .header('content-length', bytes.length)
        .send(Readable.from(slices(bytes)));
    },
  );
};

export default fp(tarball, {
  name: 'skillgate-routes-tarball',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
