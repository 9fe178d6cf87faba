/** The CLI's error class: a closed set of codes, each mapped to a documented exit code. */
export type CliErrorCode =
  | 'USAGE'
  | 'INPUT'
  | 'REGISTRY'
  | 'NETWORK'
  | 'NOT_FOUND'
  | 'NO_MATCHING_VERSION'
  | 'INTEGRITY'
  | 'VERIFY'
  | 'REJECTED'
  | 'TIMEOUT'
  | 'CAPABILITIES_NOT_ACCEPTED'
  | 'TRUST_ROOT_CHANGED';

/**
 * Exit codes (documented in README):
 * 0 success · 1 a verdict or outcome that is not a pass (scan review/fail, publish rejected or in review)
 * 2 usage or input error · 3 registry or network error · 4 verification or integrity failure
 */
export const EXIT = { ok: 0, outcome: 1, usage: 2, registry: 3, verify: 4 } as const;

const exitOf: Record<CliErrorCode, number> = {
  USAGE: EXIT.usage,
  INPUT: EXIT.usage,
  REGISTRY: EXIT.registry,
  NETWORK: EXIT.registry,
  NOT_FOUND: EXIT.registry,
  NO_MATCHING_VERSION: EXIT.registry,
  INTEGRITY: EXIT.verify,
  VERIFY: EXIT.verify,
  TRUST_ROOT_CHANGED: EXIT.verify,
  REJECTED: EXIT.outcome,
  TIMEOUT: EXIT.registry,
  CAPABILITIES_NOT_ACCEPTED: EXIT.outcome,
};

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown; detail?: unknown },
  ) {
    super(message, options);
    this.detail = options?.detail;
  }
  readonly detail: unknown;
  get exitCode(): number {
    return exitOf[this.code];
  }
}
