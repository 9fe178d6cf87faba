/** TypeBox shapes of the moderation routes. */
import { Type } from '@sinclair/typebox';
import { SkillNameParam, VersionDetailSchema, VersionParam } from '../schemas.js';

export const VersionParams = Type.Object({ name: SkillNameParam, version: VersionParam });
export const Empty = Type.Object({}, { additionalProperties: false });
export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const OptionalReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
  { additionalProperties: false },
);
export const MessageBody = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export const RescanBody = Type.Object(
  {
    name: Type.Optional(SkillNameParam),
    version: Type.Optional(VersionParam),
  },
  { additionalProperties: false },
);

export const ReviewList = Type.Object({ items: Type.Array(VersionDetailSchema) });

export const AuditEntrySchema = Type.Object(
  {
    seq: Type.Integer(),
    at: Type.String(),
    actor: Type.String(),
    action: Type.String(),
    subject: Type.String(),
    state: Type.Optional(Type.String()),
    reason: Type.Optional(Type.String()),
    data: Type.Object({}, { additionalProperties: true }),
    prevHash: Type.String(),
    hash: Type.String(),
  },
  { title: 'AuditEntry' },
);

export const AuditList = Type.Object({ entries: Type.Array(AuditEntrySchema) });
export const AuditLog = Type.Object({
  entries: Type.Array(AuditEntrySchema),
  chain: Type.Object({
    ok: Type.Boolean(),
    entries: Type.Integer(),
    head: Type.Optional(Type.String()),
    seq: Type.Optional(Type.Integer()),
    problem: Type.Optional(Type.String()),
  }),
});
export const RescanAccepted = Type.Object({ queued: Type.Integer() });

export const QueueStats = Type.Object({
  mode: Type.String(),
  unfinished: Type.Integer(),
  review: Type.Integer(),
  stages: Type.Array(
    Type.Object({
      stage: Type.String(),
      counts: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
});
