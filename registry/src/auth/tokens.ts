/** Bearer tokens: `sg_` + 32 random bytes (base64url); only their sha256 is stored. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { RegistryError } from '../errors.js';
import type { MetadataStore } from '../store/metadata-store.js';
import { ROLES, type Role } from '../store/types.js';

export const TOKEN_PREFIX = 'sg_';
const TOKEN_FORM = /^sg_[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** user names: ASCII letters, digits, `.`, `_`, `-`; 1–64 characters, starting with a letter or digit */
export const USER_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

export function looksLikeToken(token: string): boolean {
  return TOKEN_FORM.test(token);
}

const RANK: Record<Role, number> = { publisher: 1, moderator: 2, admin: 3 };

/** admin implies moderator implies publisher */
export function hasRole(roles: readonly Role[], needed: Role): boolean {
  return roles.some((r) => RANK[r] >= RANK[needed]);
}

export function isRole(x: string): x is Role {
  return (ROLES as readonly string[]).includes(x);
}

export interface Principal {
  user: string;
  roles: Role[];
  tokenId: string;
}

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; why: string };

/** Resolves a clear token to its user and roles, refusing unknown, revoked and expired tokens. */
export async function checkToken(
  store: MetadataStore,
  token: string,
  now = new Date(),
): Promise<TokenCheck> {
  if (!looksLikeToken(token))
    return { ok: false, why: 'the token is malformed (expected sg_ followed by 43 characters)' };
  const rec = await store.findTokenByHash(hashToken(token));
  if (!rec) return { ok: false, why: 'the token is not known to this registry' };
  if (rec.revokedAt) return { ok: false, why: 'the token has been revoked' };
  if (rec.expiresAt && Date.parse(rec.expiresAt) <= now.getTime())
    return { ok: false, why: 'the token has expired' };
  return { ok: true, principal: { user: rec.user, roles: rec.roles, tokenId: rec.id } };
}

export interface IssueTokenInput {
  user: string;
  roles?: Role[];
  expiresInDays?: number;
}

export interface IssuedToken {
  token: string;
  id: string;
  user: string;
  roles: Role[];
  expiresAt: string | null;
}

/** Creates the user if new and issues a token; the clear token is returned once and never stored. */
export async function issueToken(
  store: MetadataStore,
  input: IssueTokenInput,
  now = new Date(),
): Promise<IssuedToken> {
  if (!new RegExp(USER_NAME_PATTERN).test(input.user)) {
    throw new RegistryError(
      'BAD_REQUEST',
      { detail: `user name ${JSON.stringify(input.user)} must match ${USER_NAME_PATTERN}` },
      { field: 'user' },
    );
  }
  const bad = (input.roles ?? []).find((r) => !isRole(r));
  if (bad !== undefined)
    throw new RegistryError(
      'BAD_REQUEST',
      { detail: `unknown role ${JSON.stringify(bad)}` },
      { field: 'roles' },
    );
  const roles = [
    ...new Set(input.roles && input.roles.length > 0 ? input.roles : (['publisher'] as Role[])),
  ];
  const expiresAt =
    input.expiresInDays !== undefined
      ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString()
      : null;
  await store.ensureUser(input.user);
  const token = newToken();
  const rec = await store.insertToken({
    id: randomUUID(),
    user: input.user,
    hash: hashToken(token),
    roles,
    expiresAt,
  });
  return { token, id: rec.id, user: rec.user, roles: rec.roles, expiresAt: rec.expiresAt };
}
