import { SignerError } from '../errors.js';
import { subjectName } from '../statement/build.js';
import type { ParsedBundle } from './envelope.js';
import type { VerifyInput } from './types.js';

/** Name, version and both digests of the attested subject against the tarball: before any signature work. */
export function checkSubject(
  parsed: ParsedBundle,
  input: Pick<VerifyInput, 'tarballDigests' | 'policy'>,
): void {
  const subject = parsed.statement.subject[0];
  const expected = subjectName(input.policy.name, input.policy.version);
  if (subject.name !== expected) {
    throw new SignerError(
      'SUBJECT_MISMATCH',
      `the attestation is for ${subject.name}, not ${expected}`,
    );
  }
  const got = input.tarballDigests;
  for (const alg of ['sha256', 'sha512'] as const) {
    if (typeof got?.[alg] !== 'string' || subject.digest[alg] !== got[alg].toLowerCase()) {
      throw new SignerError(
        'DIGEST_MISMATCH',
        `${expected}: the tarball's ${alg} ${String(got?.[alg])} differs from the attested ${subject.digest[alg]}`,
      );
    }
  }
}
