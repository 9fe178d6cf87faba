/** GET /v1/skills/:name and PUT /v1/skills/:name/owners. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import fp from 'fastify-plugin';
import { USER_NAME_PATTERN } from '../auth/tokens.js';
import { RegistryError } from '../errors.js';
import { principalOf } from '../plugins/auth.js';
import { errorResponses, SkillDetailSchema, SkillNameParam } from '../schemas.js';
import { seesUnpublished, versionSummary } from '../views.js';

const UserList = Type.Array(Type.String({ pattern: USER_NAME_PATTERN }), {
  maxItems: 50,
  uniqueItems: true,
});

const skills: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.skillgate;

  app.get(
    '/v1/skills/:name',
    {
      schema: {
        tags: ['skills'],
        summary: 'a skill, its owners, dist-tags and versions',
        params: Type.Object({ name: SkillNameParam }),
        response: { 200: SkillDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { name } = req.params;
      const skill = await store.getSkill(name);
      if (!skill) throw new RegistryError('NOT_FOUND', { what: `skill ${name}` });
      const all = await store.listVersions(name);
      const versions = seesUnpublished(req.principal, skill.owners)
        ? all
        : all.filter((v) => v.state === 'published');
      if (versions.length === 0 && !seesUnpublished(req.principal, skill.owners)) {
        throw new RegistryError('NOT_FOUND', { what: `skill ${name}` });
      }
      return {
        name,
        description: skill.description,
        owners: skill.owners,
        distTags: skill.latestVersion ? { latest: skill.latestVersion } : {},
        versions: versions.map(versionSummary),
      };
    },
  );

  app.put(
    '/v1/skills/:name/owners',
    {
      onRequest: app.requireRole('publisher'),
      schema: {
        tags: ['skills'],
        summary: 'add or remove owners (owners only)',
        security: [{ bearer: [] }],
        params: Type.Object({ name: SkillNameParam }),
        body: Type.Object(
          { add: Type.Optional(UserList), remove: Type.Optional(UserList) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ owners: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async (req) => {
      const { name } = req.params;
      const user = principalOf(req).user;
      const skill = await store.getSkill(name);
      if (!skill) throw new RegistryError('NOT_FOUND', { what: `skill ${name}` });
      if (!skill.owners.includes(user)) throw new RegistryError('NOT_OWNER', { user, name });
      const add = req.body.add ?? [];
      const remove = req.body.remove ?? [];
      for (const [i, u] of add.entries()) {
        if (!(await store.userExists(u)))
          throw new RegistryError('NOT_FOUND', { what: `user ${u}` }, { field: `add[${i}]` });
      }
      const owners = await store.updateOwners(name, { add, remove });
      if (!owners) {
        throw new RegistryError(
          'BAD_REQUEST',
          { detail: `${name} must keep at least one owner` },
          { field: 'remove' },
        );
      }
      return { owners };
    },
  );
};

export default fp(skills, {
  name: 'skillgate-routes-skills',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
