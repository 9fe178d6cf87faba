/** Every way signing or verification can fail. Callers branch on `code`, never on the message. */
export const SIGNER_ERROR_CODES = [
  // verification, in the order the checks run
  'BUNDLE_MALFORMED',
  'SUBJECT_MISMATCH',
  'DIGEST_MISMATCH',
  'SIGNATURE_INVALID',
  'UNTRUSTED_KEY',
  'UNTRUSTED_CERTIFICATE',
  'TIMESTAMP_MISSING',
  'TIMESTAMP_INVALID',
  'TLOG_MISSING',
  'TLOG_INVALID',
  'IDENTITY_MISMATCH',
  'PREDICATE_INVALID',
  'VERDICT_NOT_ACCEPTED',
  'CAPABILITIES_MISMATCH',
  // trust roots and policies handed in by the caller
  'TRUST_ROOT_INVALID',
  'POLICY_INVALID',
  // signing side
  'STATEMENT_INVALID',
  'KEY_INVALID',
  'SIGNING_FAILED',
] as const;

export type SignerErrorCode = (typeof SIGNER_ERROR_CODES)[number];

export class SignerError extends Error {
  override readonly name = 'SignerError';
  readonly code: SignerErrorCode;

  constructor(code: SignerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isSignerError(e: unknown, code?: SignerErrorCode): e is SignerError {
  return e instanceof SignerError && (code === undefined || e.code === code);
}

/** The message of anything thrown, for wrapping foreign errors. */
export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
