/**
 * The in-toto Statement v1 we sign and the JSON Schema of our predicate
 * (`https://skillgate.example/attestation/skill-vetting/v1`).
 */
import { Type, type Static } from '@sinclair/typebox';
import { CapabilitiesSchema, SKILL_NAME_PATTERN } from '@skillgate/format';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://skillgate.example/attestation/skill-vetting/v1';
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const HEX64 = '^[0-9a-f]{64}$';
const HEX128 = '^[0-9a-f]{128}$';
const Count = Type.Integer({ minimum: 0 });

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FindingsSummarySchema = Type.Object(
  {
    total: Count,
    bySeverity: Type.Object(
      { critical: Count, high: Count, medium: Count, low: Count, info: Count },
      { additionalProperties: false },
    ),
    topRuleIds: Type.Array(Type.String({ minLength: 1, maxLength: 128 }), {
      maxItems: 10,
      uniqueItems: true,
    }),
  },
  { additionalProperties: false },
);

export const PredicateSchema = Type.Object(
  {
    skill: Type.Object(
      {
        name: Type.String({ pattern: SKILL_NAME_PATTERN }),
        version: Type.String({ minLength: 5, maxLength: 64 }),
      },
      { additionalProperties: false },
    ),
    capabilities: CapabilitiesSchema,
    verdict: Type.Union([Type.Literal('pass'), Type.Literal('review')], {
      description: "'review' is only signed once a moderator approved it; approver then names them",
    }),
    approver: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    scanner: Type.Object(
      {
        version: Type.String({ minLength: 1, maxLength: 64 }),
        rulesVersion: Type.String({ minLength: 1, maxLength: 64 }),
      },
      { additionalProperties: false },
    ),
    findings: FindingsSummarySchema,
    scannedAt: Type.String({ format: 'date-time' }),
  },
  {
    $id: `${PREDICATE_TYPE}/schema.json`,
    title: 'skillgate skill-vetting predicate v1',
    additionalProperties: false,
  },
);

export const SubjectSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  digest: Type.Object({
    sha256: Type.String({ pattern: HEX64 }),
    sha512: Type.String({ pattern: HEX128 }),
  }),
});

/** The envelope's payload before the predicate is looked at (predicate checked separately). */
export const StatementSchema = Type.Object({
  _type: Type.Literal(STATEMENT_TYPE),
  subject: Type.Array(SubjectSchema, { minItems: 1, maxItems: 1 }),
  predicateType: Type.Literal(PREDICATE_TYPE),
  predicate: Type.Unknown(),
});

export type FindingsSummary = Static<typeof FindingsSummarySchema>;
export type Predicate = Static<typeof PredicateSchema>;
export type Subject = Static<typeof SubjectSchema>;
export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: [Subject];
  predicateType: typeof PREDICATE_TYPE;
  predicate: Predicate;
}

/** The predicate's JSON Schema as a plain object, for publishing (registry serves it). */
export const PREDICATE_JSON_SCHEMA: Readonly<Record<string, unknown>> = JSON.parse(
  JSON.stringify(PredicateSchema),
) as Record<string, unknown>;
