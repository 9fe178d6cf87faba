/** Who may see which version (shared by the version routes). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RegistryError } from '../errors.js';
import type { VersionRecord } from '../store/types.js';
import { seesUnpublished } from '../views.js';

/**
 * The version, if the caller may see it: published versions are public; others only for owners and
 * moderators (everyone else gets NOT_FOUND). With `published`, a visible but unpublished version
 * gets NOT_PUBLISHED.
 */
export async function visibleVersion(
  app: FastifyInstance,
  req: FastifyRequest,
  name: string,
  version: string,
  opts: { published: boolean },
): Promise<VersionRecord> {
  const v = await app.skillgate.store.getVersion(name, version);
  if (!v) throw new RegistryError('NOT_FOUND', { what: `${name}@${version}` });
  if (v.state === 'published') return v;
  // revoked and yanked versions stay visible (with their reason) so clients can refuse them
  if ((v.state === 'revoked' || v.state === 'yanked') && !opts.published) return v;
  const skill = await app.skillgate.store.getSkill(name);
  if (!seesUnpublished(req.principal, skill?.owners ?? []))
    throw new RegistryError('NOT_FOUND', { what: `${name}@${version}` });
  if (opts.published) throw new RegistryError('NOT_PUBLISHED', { name, version, state: v.state });
  return v;
}
