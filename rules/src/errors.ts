export type RuleErrorCode =
  | 'RULE_YAML'
  | 'RULE_INVALID'
  | 'RULE_ID_FILENAME'
  | 'RULE_DUPLICATE'
  | 'RULE_MATCH_INVALID'
  | 'RULE_SET_INVALID'
  | 'RULE_SET_UNKNOWN';

export class RuleError extends Error {
  override readonly name = 'RuleError';
  constructor(
    readonly code: RuleErrorCode,
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
