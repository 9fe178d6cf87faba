/**
 * Moderation and recovery routes: the review queue, approve / reject (moderators), appeal (owner,
 * once), retry (owners and moderators), yank (owner), revoke and rescan (moderators), the audit
 * log of a version (owners and moderators) and of the registry (admins).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasRole } from '../auth/tokens.js';
import { verifyAuditChain } from '../audit/log.js';
import { RegistryError } from '../errors.js';
import { principalOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas.js';
import type { AuditRecord, VersionRecord, VersionState } from '../store/types.js';
import { versionDetail } from '../views.js';
import { isRetryableRejection, moveVersion, PIPELINE_STATES } from './actions.js';
import {
  AuditList,
  AuditLog,
  Empty,
  MessageBody,
  OptionalReasonBody,
  QueueStats,
  ReasonBody,
  RescanAccepted,
  RescanBody,
  ReviewList,
  VersionParams,
} from './schemas.js';
import { VersionDetailSchema } from '../schemas.js';

function auditView(e: AuditRecord) {
  const d = e.data;
  return {
    ...e,
    ...(typeof d.state === 'string' ? { state: d.state } : {}),
    ...(typeof d.reason === 'string' ? { reason: d.reason } : {}),
  };
}

/** the current attempt, for an owner (or, with `moderators`, a moderator); NOT_FOUND for others */
async function versionFor(
  app: FastifyInstance,
  req: FastifyRequest,
  name: string,
  version: string,
  who: { owners: boolean; moderators: boolean },
): Promise<VersionRecord> {
  const p = principalOf(req);
  const v = await app.skillgate.store.getVersion(name, version);
  if (!v) throw new RegistryError('NOT_FOUND', { what: `${name}@${version}` });
  const skill = await app.skillgate.store.getSkill(name);
  const owner = skill?.owners.includes(p.user) ?? false;
  const moderator = hasRole(p.roles, 'moderator');
  if ((who.owners && owner) || (who.moderators && moderator)) return v;
  if (moderator || owner) {
    throw who.owners
      ? new RegistryError('NOT_OWNER', { user: p.user, name })
      : new RegistryError('FORBIDDEN', { role: 'moderator' });
  }
  // everyone else does not learn that an unpublished version exists
  if (v.state === 'published') throw new RegistryError('NOT_OWNER', { user: p.user, name });
  throw new RegistryError('NOT_FOUND', { what: `${name}@${version}` });
}

const moderation: FastifyPluginAsyncTypebox = async (app) => {
  const { store, runner } = app.skillgate;
  const base = '/v1/skills/:name/versions/:version';
  const detail = async (v: VersionRecord) => versionDetail(v, await store.history(v.id));
  const token = async (req: FastifyRequest) => {
    principalOf(req);
    return Promise.resolve();
  };
  const moderator = app.requireRole('moderator');
  const admin = app.requireRole('admin');
  const ok = { 200: VersionDetailSchema, ...errorResponses };

  app.get(
    '/v1/review',
    {
      onRequest: moderator,
      schema: {
        tags: ['moderation'],
        summary: 'versions waiting for a moderator (oldest first)',
        response: { 200: ReviewList, ...errorResponses },
      },
    },
    async () => ({ items: await Promise.all((await store.listByState(['review'])).map(detail)) }),
  );

  app.post(
    `${base}/approve`,
    {
      onRequest: moderator,
      schema: {
        tags: ['moderation'],
        summary: 'approve a version in review: it is signed with the approver recorded',
        params: VersionParams,
        body: Empty,
        response: ok,
      },
    },
    async (req) => {
      const p = principalOf(req);
      const v = await versionFor(app, req, req.params.name, req.params.version, {
        owners: false,
        moderators: true,
      });
      const next = await moveVersion(store, v, {
        action: 'approve',
        actor: p.user,
        from: ['review'],
        to: 'signing',
        approver: p.user,
        reason: `approved by ${p.user}`,
        refusal: 'only versions in review can be approved',
      });
      runner.enqueue(v.id);
      return detail(next);
    },
  );

  /** a moderator moves a version into a final state with a reason (reject from review, revoke from published) */
  const moderatorMove = (m: {
    action: 'reject' | 'revoke';
    summary: string;
    from: VersionState;
    to: VersionState;
    refusal: string;
  }) =>
    app.post(
      `${base}/${m.action}`,
      {
        onRequest: moderator,
        schema: {
          tags: ['moderation'],
          summary: m.summary,
          params: VersionParams,
          body: ReasonBody,
          response: ok,
        },
      },
      async (req) => {
        const p = principalOf(req);
        const v = await versionFor(app, req, req.params.name, req.params.version, {
          owners: false,
          moderators: true,
        });
        const next = await moveVersion(store, v, {
          action: m.action,
          actor: p.user,
          from: [m.from],
          to: m.to,
          reason: `${m.to} by ${p.user}: ${req.body.reason}`,
          refusal: m.refusal,
        });
        return detail(next);
      },
    );

  moderatorMove({
    action: 'reject',
    summary: 'reject a version in review with a reason (never served)',
    from: 'review',
    to: 'rejected',
    refusal: 'only versions in review can be rejected',
  });

  app.post(
    `${base}/appeal`,
    {
      onRequest: token,
      schema: {
        tags: ['moderation'],
        summary: 'the owner appeals a rejection once; the version goes back to the review queue',
        params: VersionParams,
        body: MessageBody,
        response: ok,
      },
    },
    async (req) => {
      const p = principalOf(req);
      const v = await versionFor(app, req, req.params.name, req.params.version, {
        owners: true,
        moderators: false,
      });
      if (v.state !== 'rejected')
        throw new RegistryError('STATE_CONFLICT', {
          name: v.name,
          version: v.version,
          state: v.state,
          detail: 'only a rejected version can be appealed',
        });
      if (v.report === null)
        throw new RegistryError('STATE_CONFLICT', {
          name: v.name,
          version: v.version,
          state: v.state,
          detail: 'it was refused before it was scanned; fix the package and upload again',
        });
      if (!(await store.recordAppeal(v.id, p.user, req.body.message)))
        throw new RegistryError('STATE_CONFLICT', {
          name: v.name,
          version: v.version,
          state: v.state,
          detail: 'it was appealed already (one appeal per version)',
        });
      const next = await moveVersion(store, v, {
        action: 'appeal',
        actor: p.user,
        from: ['rejected'],
        to: 'review',
        reason: `appealed by ${p.user}: ${req.body.message}`,
        refusal: 'only a rejected version can be appealed',
      });
      return detail(next);
    },
  );

  app.post(
    `${base}/retry`,
    {
      onRequest: token,
      schema: {
        tags: ['moderation'],
        summary:
          'run the pipeline again for a version that failed on an error or is stuck (same version number)',
        params: VersionParams,
        body: Empty,
        response: ok,
      },
    },
    async (req) => {
      const p = principalOf(req);
      const v = await versionFor(app, req, req.params.name, req.params.version, {
        owners: true,
        moderators: true,
      });
      if (v.state === 'rejected' && !isRetryableRejection(v))
        throw new RegistryError('STATE_CONFLICT', {
          name: v.name,
          version: v.version,
          state: v.state,
          detail: 'it was rejected by a verdict or a moderator, not by an error; appeal instead',
        });
      const next = await moveVersion(store, v, {
        action: 'retry',
        actor: p.user,
        from: v.state === 'rejected' ? ['rejected'] : PIPELINE_STATES,
        to: 'received',
        reason: `retried by ${p.user}`,
        refusal:
          'only a version that failed on an error or is still in the pipeline can be retried',
      });
      runner.enqueue(v.id);
      return detail(next);
    },
  );

  app.post(
    `${base}/yank`,
    {
      onRequest: token,
      schema: {
        tags: ['moderation'],
        summary: 'the owner takes a published version back (never served again)',
        params: VersionParams,
        body: OptionalReasonBody,
        response: ok,
      },
    },
    async (req) => {
      const p = principalOf(req);
      const v = await versionFor(app, req, req.params.name, req.params.version, {
        owners: true,
        moderators: false,
      });
      const next = await moveVersion(store, v, {
        action: 'yank',
        actor: p.user,
        from: ['published'],
        to: 'yanked',
        reason: `yanked by ${p.user}${req.body.reason ? `: ${req.body.reason}` : ''}`,
        refusal: 'only a published version can be yanked',
      });
      return detail(next);
    },
  );

  moderatorMove({
    action: 'revoke',
    summary: 'a moderator revokes a published version with a reason (never served again)',
    from: 'published',
    to: 'revoked',
    refusal: 'only a published version can be revoked',
  });

  app.post(
    '/v1/rescan',
    {
      onRequest: moderator,
      schema: {
        tags: ['moderation'],
        summary:
          'rescan published versions (all, one skill, or one version) with the current rules in the background; failures are revoked',
        body: RescanBody,
        response: { 202: RescanAccepted, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { name, version } = req.body;
      if (version !== undefined && name === undefined)
        throw new RegistryError(
          'BAD_REQUEST',
          { detail: 'a version needs a name' },
          { field: 'body.version' },
        );
      let list = await store.listByState(['published'], name !== undefined ? { name } : {});
      if (version !== undefined) list = list.filter((v) => v.version === version);
      // background jobs (BullMQ workers, or the in-process runner): outcomes land in the audit
      // log and in version states
      await app.skillgate.runner.rescan(list.map((v) => v.id));
      return reply.code(202).send({ queued: list.length });
    },
  );

  app.get(
    `${base}/audit`,
    {
      onRequest: token,
      schema: {
        tags: ['moderation'],
        summary: 'the audit entries about this version (owners and moderators)',
        params: VersionParams,
        response: { 200: AuditList, ...errorResponses },
      },
    },
    async (req) => {
      const v = await versionFor(app, req, req.params.name, req.params.version, {
        owners: true,
        moderators: true,
      });
      const entries = await store.listAudit({ subject: `${v.name}@${v.version}` });
      return { entries: entries.map(auditView) };
    },
  );

  app.get(
    '/v1/admin/queues',
    {
      onRequest: admin,
      schema: {
        tags: ['moderation'],
        summary:
          'the pipeline queues (admins): job counts per stage; in-process mode: unfinished runs',
        response: { 200: QueueStats, ...errorResponses },
      },
    },
    async () => {
      const unfinished = (await store.listUnfinished()).length;
      const review = (await store.listByState(['review'])).length;
      const stages = runner.stats ? await runner.stats() : [];
      return { mode: runner.stats ? 'bullmq' : 'in-process', unfinished, review, stages };
    },
  );

  app.get(
    '/v1/audit',
    {
      onRequest: admin,
      schema: {
        tags: ['moderation'],
        summary: 'the whole audit log (admins), with a check of its hash chain',
        response: { 200: AuditLog, ...errorResponses },
      },
    },
    async () => {
      const chain = await verifyAuditChain(store);
      const entries = await store.listAudit({});
      return { entries: entries.map(auditView), chain };
    },
  );
};

export default fp(moderation, {
  name: 'skillgate-routes-moderation',
  fastify: '5.x',
  dependencies: ['skillgate-auth'],
});
