export type ObserveErrorCode =
  'BAD_LIMIT' | 'BAD_PATH' | 'BAD_ARGV' | 'UNAVAILABLE' | 'HELPER_FAILED';

/** Errors of observe mode, each with a closed code. */
export class ObserveError extends Error {
  readonly code: ObserveErrorCode;
  constructor(code: ObserveErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ObserveError';
    this.code = code;
  }
}
