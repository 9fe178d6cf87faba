/**
 * The skill.json manifest: TypeBox schema (the published JSON Schema) and the types derived from it.
 * `capabilities` is the whole of what a skill may do; anything absent is denied.
 */
import { Type, type Static } from '@sinclair/typebox';

/** Skill names: lowercase ASCII, digits and single hyphens; 2–64 chars. ASCII-only keeps confusables out. */
export const SKILL_NAME_PATTERN = '^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,63}$';

/** A network entry: `host`, `host:port`, `*.host`, `*.host:port`, `*:port` or `ip:port`. */
export const HOST_PATTERN =
  '^(?:\\*|\\*\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*|[a-z0-9-]+(?:\\.[a-z0-9-]+)*|\\[[0-9a-f:]+\\])(?::(?:[0-9]{1,5}|\\*))?$';

export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

/** An exec entry: a program's name, or a program and one subcommand (`npx prettier`, `npm test`). */
export const EXEC_PATTERN = '^[A-Za-z0-9._+-]+(?: [A-Za-z0-9._+-]+)?$';

export const EnvEntrySchema = Type.Union([
  Type.String({
    pattern: ENV_NAME_PATTERN,
    description: 'an environment variable the skill may read',
  }),
  Type.Object(
    {
      name: Type.String({ pattern: ENV_NAME_PATTERN }),
      hosts: Type.Array(Type.String({ pattern: HOST_PATTERN }), {
        minItems: 1,
        uniqueItems: true,
        description: 'the only hosts this secret may be sent to',
      }),
    },
    { additionalProperties: false },
  ),
]);

export const CapabilitiesSchema = Type.Object(
  {
    network: Type.Optional(
      Type.Array(Type.String({ pattern: HOST_PATTERN }), { uniqueItems: true }),
    ),
    fs: Type.Optional(
      Type.Object(
        {
          read: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true })),
          write: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true })),
        },
        { additionalProperties: false },
      ),
    ),
    exec: Type.Optional(
      Type.Array(Type.String({ pattern: EXEC_PATTERN }), {
        uniqueItems: true,
      }),
    ),
    env: Type.Optional(Type.Array(EnvEntrySchema)),
  },
  { additionalProperties: false },
);

export const ManifestSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    name: Type.String({
      pattern: SKILL_NAME_PATTERN,
      description: 'lowercase letters, digits and hyphens',
    }),
    version: Type.String({
      minLength: 5,
      maxLength: 64,
      description: 'a semver version such as 1.2.3',
    }),
    description: Type.String({ minLength: 1, maxLength: 1024 }),
    license: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    homepage: Type.Optional(Type.String({ maxLength: 2048 })),
    keywords: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 32 })),
    capabilities: CapabilitiesSchema,
  },
  { additionalProperties: false },
);

export type EnvEntry = Static<typeof EnvEntrySchema>;
export type Capabilities = Static<typeof CapabilitiesSchema>;
export type Manifest = Static<typeof ManifestSchema>;
