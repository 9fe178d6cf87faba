/**
 * A MetadataStore decorator that puts every state change, token creation and revocation and
 * ownership change in the audit log, whoever makes it (pipeline, routes, CLI). The entry is
 * appended in the change's own transaction (the store's `audit` hook), so a change never commits
 * without its entry and an entry never exists for a change that rolled back. A caller's own hook
 * (a moderator's approve, reject, yank, …, naming who asked) is appended in the same transaction,
 * after the store's entry.
 */
import type { MetadataStore } from '../store/metadata-store.js';
import type {
  AuditEvent,
  AuditHook,
  TokenRecord,
  Transition,
  VersionRecord,
} from '../store/types.js';

const AUDITED = Symbol.for('skillgate.audited-store');

const subjectOf = (v: VersionRecord) => `${v.name}@${v.version}`;

/** the store's entry first, then the caller's */
function both<R>(mine: (r: R) => AuditEvent, theirs: AuditHook<R> | undefined): AuditHook<R> {
  return (r) => [mine(r), ...(theirs?.(r) ?? [])];
}

export function auditedStore(inner: MetadataStore): MetadataStore {
  if (Reflect.get(inner, AUDITED) === true) return inner;
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === AUDITED) return true;
      switch (prop) {
        case 'transition':
          return (id: string, t: Transition, audit?: AuditHook<VersionRecord>) =>
            target.transition(
              id,
              t,
              both(
                (v) => ({
                  actor: t.set?.approver ?? 'pipeline',
                  action: 'version.state',
                  subject: subjectOf(v),
                  data: {
                    versionId: id,
                    state: t.to,
                    stage: t.stage,
                    ...(t.reason ? { reason: t.reason } : {}),
                    ...(t.set?.verdict ? { verdict: t.set.verdict } : {}),
                    ...(t.set?.bundleDigest ? { bundleDigest: t.set.bundleDigest } : {}),
                  },
                }),
                audit,
              ),
            );
        case 'recordUpload':
          return (
            u: Parameters<MetadataStore['recordUpload']>[0],
            audit?: AuditHook<VersionRecord>,
          ) =>
            target.recordUpload(
              u,
              both(
                (v) => ({
                  actor: u.publisher,
                  action: 'version.state',
                  subject: subjectOf(v),
                  data: { versionId: v.id, state: 'received', sha256: u.digests.sha256 },
                }),
                audit,
              ),
            );
        case 'insertToken':
          return (t: Parameters<MetadataStore['insertToken']>[0], audit?: AuditHook<TokenRecord>) =>
            target.insertToken(
              t,
              both(
                () => ({
                  actor: 'admin',
                  action: 'token.create',
                  subject: t.user,
                  data: { tokenId: t.id, roles: t.roles, expiresAt: t.expiresAt },
                }),
                audit,
              ),
            );
        case 'revokeToken':
          return (id: string, audit?: AuditHook<true>) =>
            target.revokeToken(
              id,
              both(
                () => ({
                  actor: 'admin',
                  action: 'token.revoke',
                  subject: id,
                  data: { tokenId: id },
                }),
                audit,
              ),
            );
        case 'updateOwners':
          return (
            name: string,
            change: { add: string[]; remove: string[] },
            audit?: AuditHook<string[]>,
          ) =>
            target.updateOwners(
              name,
              change,
              both(
                (owners) => ({
                  actor: 'owner',
                  action: 'skill.owners',
                  subject: name,
                  data: { ...change, owners },
                }),
                audit,
              ),
            );
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
