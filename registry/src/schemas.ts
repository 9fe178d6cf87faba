/** TypeBox shapes of the HTTP API (the OpenAPI document is generated from these). */
import { CapabilitiesSchema, ManifestSchema } from '@skillgate/format';
import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODES } from './errors.js';
import { ROLES, VERSION_STATES } from './store/types.js';

const literalUnion = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: literalUnion(ERROR_CODES, 'a SKILLGATE_ERR_* code from the catalogue'),
      message: Type.String(),
      field: Type.Optional(
        Type.String({ description: 'the field, file or archive entry at fault' }),
      ),
      reason: Type.Optional(
        Type.String({ description: 'the underlying format code, e.g. UNPACK_PATH_TRAVERSAL' }),
      ),
    }),
  },
  { title: 'ErrorBody' },
);

export const RoleSchema = literalUnion(ROLES);
export const StateSchema = literalUnion(VERSION_STATES);
export const VerdictSchema = literalUnion(['pass', 'review', 'fail'] as const);

export const SkillNameParam = Type.String({
  pattern: '^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,63}$',
  description: 'skill name',
});
export const VersionParam = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'semver version',
});

export const SkillSummarySchema = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    version: Type.String(),
    publisher: Type.String(),
    capabilities: CapabilitiesSchema,
    verdict: Type.Union([VerdictSchema, Type.Null()]),
    signed: Type.Boolean(),
    reviewed: Type.Boolean(),
    publishedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'SkillSummary' },
);

export const VersionSummarySchema = Type.Object(
  {
    version: Type.String(),
    state: StateSchema,
    verdict: Type.Optional(VerdictSchema),
    publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    capabilities: CapabilitiesSchema,
  },
  { title: 'VersionSummary' },
);

export const HistoryEntrySchema = Type.Object({
  state: StateSchema,
  stage: Type.Optional(Type.String()),
  at: Type.String({ format: 'date-time' }),
  reason: Type.Optional(Type.String()),
});

export const VersionDetailSchema = Type.Object(
  {
    name: Type.String(),
    version: Type.String(),
    description: Type.String(),
    manifest: ManifestSchema,
    integrity: Type.Object({
      sha256: Type.String(),
      sha512: Type.String(),
      integrity: Type.String(),
    }),
    size: Type.Integer(),
    state: StateSchema,
    stage: Type.Optional(Type.String()),
    verdict: Type.Optional(VerdictSchema),
    reason: Type.Optional(Type.String()),
    history: Type.Array(HistoryEntrySchema),
    createdAt: Type.String({ format: 'date-time' }),
    publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
    publisher: Type.String(),
    signed: Type.Boolean(),
    approver: Type.Optional(Type.String()),
    queuePosition: Type.Optional(
      Type.Integer({
        minimum: 0,
        description: 'jobs ahead in the current stage queue (0 = running); absent when not queued',
      }),
    ),
  },
  { title: 'VersionDetail' },
);

export const SkillDetailSchema = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    owners: Type.Array(Type.String()),
    distTags: Type.Object({ latest: Type.Optional(Type.String()) }),
    versions: Type.Array(VersionSummarySchema),
  },
  { title: 'SkillDetail' },
);

export const PublishAcceptedSchema = Type.Object({
  name: Type.String(),
  version: Type.String(),
  state: StateSchema,
  links: Type.Object({ version: Type.String(), tarball: Type.String(), report: Type.String() }),
});

export const SearchResultSchema = Type.Object(
  {
    total: Type.Integer(),
    page: Type.Integer(),
    perPage: Type.Integer(),
    items: Type.Array(SkillSummarySchema),
  },
  { title: 'SearchResult' },
);

export const WhoAmISchema = Type.Object(
  { user: Type.String(), roles: Type.Array(RoleSchema) },
  { title: 'WhoAmI' },
);

export type SkillSummary = Static<typeof SkillSummarySchema>;
export type VersionSummary = Static<typeof VersionSummarySchema>;
export type VersionDetail = Static<typeof VersionDetailSchema>;
export type SkillDetail = Static<typeof SkillDetailSchema>;
export type HistoryEntryView = Static<typeof HistoryEntrySchema>;
export type SearchResult = Static<typeof SearchResultSchema>;
export type PublishAccepted = Static<typeof PublishAcceptedSchema>;
export type WhoAmI = Static<typeof WhoAmISchema>;

/** `{ 4xx: ErrorBody, 5xx: ErrorBody }` for a route's response schema. */
export const errorResponses = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema } as const;
