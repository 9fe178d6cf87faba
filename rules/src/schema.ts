/** JSON Schema of a rule file's metadata, with messages a rule author understands. */
export const ruleSchema = {
  $id: 'https://skillgate.example/schema/rule.json',
  type: 'object',
  required: [
    'id',
    'message',
    'severity',
    'category',
    'languages',
    'references',
    'remediation',
    'match',
  ],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$',
      description: 'kebab-case, starting with the language or area, e.g. bash-download-exec',
    },
    message: { type: 'string', minLength: 10, maxLength: 300 },
    severity: { enum: ['info', 'low', 'medium', 'high', 'critical'] },
    category: { enum: ['capability', 'threat'] },
    threat: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    languages: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: [
          'javascript',
          'typescript',
          'python',
          'bash',
          'powershell',
          'markdown',
          'text',
          'manifest',
          'dynamic',
        ],
      },
    },
    references: { type: 'array', items: { type: 'string', minLength: 3 } },
    remediation: { type: 'string', minLength: 10 },
    match: { type: 'object', minProperties: 1 },
  },
} as const;
