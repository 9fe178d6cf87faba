/** The enforce mode's error class: a closed set of codes, cause kept. */
export type EnforceErrorCode =
  | 'VERIFY_FAILED'
  | 'BAD_OPTIONS'
  | 'UNSUPPORTED_PLATFORM'
  | 'DEPENDENCY_MISSING'
  | 'LANDLOCK_UNAVAILABLE'
  | 'SANDBOX_FAILED';

export class EnforceError extends Error {
  override readonly name = 'EnforceError';
  constructor(
    readonly code: EnforceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
