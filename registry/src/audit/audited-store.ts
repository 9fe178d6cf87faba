/**
 * A MetadataStore decorator that appends every state change, token creation and revocation and
 * ownership change to the audit log, whoever makes it (pipeline, routes, CLI). The entry is appended
 * right after the change commits; routes add who asked (approve, reject, yank, …) themselves.
 */
import type { MetadataStore } from '../store/metadata-store.js';
import type { Transition, VersionRecord } from '../store/types.js';
import { appendAudit } from './log.js';

const AUDITED = Symbol.for('skillgate.audited-store');

export function auditedStore(inner: MetadataStore): MetadataStore {
  if (Reflect.get(inner, AUDITED) === true) return inner;
  const log = (actor: string, action: string, subject: string, data: Record<string, unknown>) =>
    appendAudit(inner, { actor, action, subject, data });
  const subjectOf = (v: VersionRecord) => `${v.name}@${v.version}`;
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === AUDITED) return true;
      switch (prop) {
        case 'transition':
          return async (id: string, t: Transition) => {
            const v = await target.transition(id, t);
            if (v)
              await log(t.set?.approver ?? 'pipeline', 'version.state', subjectOf(v), {
                versionId: id,
                state: t.to,
                stage: t.stage,
                ...(t.reason ? { reason: t.reason } : {}),
                ...(t.set?.verdict ? { verdict: t.set.verdict } : {}),
                ...(t.set?.bundleDigest ? { bundleDigest: t.set.bundleDigest } : {}),
              });
            return v;
          };
        case 'recordUpload':
          return async (u: Parameters<MetadataStore['recordUpload']>[0]) => {
            const r = await target.recordUpload(u);
            if (r.ok)
              await log(u.publisher, 'version.state', subjectOf(r.version), {
                versionId: r.version.id,
                state: 'received',
                sha256: u.digests.sha256,
              });
            return r;
          };
        case 'insertToken':
          return async (t: Parameters<MetadataStore['insertToken']>[0]) => {
            const r = await target.insertToken(t);
            await log('admin', 'token.create', t.user, {
              tokenId: t.id,
              roles: t.roles,
              expiresAt: t.expiresAt,
            });
            return r;
          };
        case 'revokeToken':
          return async (id: string) => {
            const ok = await target.revokeToken(id);
            if (ok) await log('admin', 'token.revoke', id, { tokenId: id });
            return ok;
          };
        case 'updateOwners':
          return async (name: string, change: { add: string[]; remove: string[] }) => {
            const owners = await target.updateOwners(name, change);
            if (owners) await log('owner', 'skill.owners', name, { ...change, owners });
            return owners;
          };
        default: {
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        }
      }
    },
  });
}
