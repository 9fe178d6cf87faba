/** A version's detail, scan report, attestation and SKILL.md. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import { RegistryError } from '../errors.js';
import { BlobCorruptError } from '../store/blob-store.js';
import { errorResponses, SkillNameParam, VersionDetailSchema, VersionParam } from '../schemas.js';
import { versionDetail } from '../views.js';
import { visibleVersion } from './visibility.js';

const Params = Type.Object({ name: SkillNameParam, version: VersionParam });
const AnyObject = Type.Object({}, { additionalProperties: true });

const versions: FastifyPluginAsyncTypebox = async (app) => {
  const { store, blobs } = app.skillgate;
  const base = '/v1/skills/:name/versions/:version';

  app.get(
    base,
    {
      schema: {
        tags: ['versions'],
        summary: 'a version: manifest, integrity, state, verdict, history',
        params: Params,
        response: { 200: VersionDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const v = await visibleVersion(app, req, req.params.name, req.params.version, {
        published: false,
      });
      const detail = versionDetail(v, await store.history(v.id));
      const queuePosition = await app.skillgate.runner.position?.(v);
      return queuePosition === undefined ? detail : { ...detail, queuePosition };
    },
  );

  app.get(
    `${base}/report`,
    {
      schema: {
        tags: ['versions'],
        summary: 'the scan report (unpublished versions: owners and moderators only)',
        params: Params,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (req) => {
      const v = await visibleVersion(app, req, req.params.name, req.params.version, {
        published: false,
      });
      if (v.report === null || typeof v.report !== 'object') {
        throw new RegistryError('NOT_FOUND', { what: `scan report of ${v.name}@${v.version}` });
      }
      return v.report as Record<string, unknown>;
    },
  );

  app.get(
    `${base}/attestation`,
    {
      schema: {
        tags: ['versions'],
        summary: 'the Sigstore bundle of a published version',
        params: Params,
        produces: ['application/json'],
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (req, reply) => {
      const v = await visibleVersion(app, req, req.params.name, req.params.version, {
        published: true,
      });
      if (!v.bundleDigest)
        throw new RegistryError('NOT_FOUND', {
          what: `attestation of ${v.name}@${v.version} (published unsigned)`,
        });
      let bundle: Buffer | undefined;
      try {
        bundle = await blobs.get(v.bundleDigest);
      } catch (e) {
        if (e instanceof BlobCorruptError)
          throw new RegistryError('STORAGE_CORRUPT', { what: 'attestation' }, { cause: e });
        throw e;
      }
      if (!bundle)
        throw new RegistryError('NOT_FOUND', { what: `attestation of ${v.name}@${v.version}` });
      return reply.type('application/json; charset=utf-8').send(bundle);
    },
  );

  app.get(
    `${base}/skill-md`,
    {
      schema: {
        tags: ['versions'],
        summary: 'SKILL.md of a published version',
        params: Params,
        produces: ['text/markdown'],
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const v = await visibleVersion(app, req, req.params.name, req.params.version, {
        published: true,
      });
      return reply.type('text/markdown; charset=utf-8').send(v.skillMd);
    },
  );
};

export default fp(versions, {
  name: 'skillgate-routes-versions',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
