import { capabilitiesEqual, diffCapabilities, type Capabilities } from '@skillgate/format';
import { SignerError } from '../errors.js';
import type { Predicate } from '../statement/schema.js';
import { predicateProblems } from '../statement/validate.js';
import type { VerifyPolicy } from './types.js';

/** Schema, name/version, verdict and capabilities of a signature-checked predicate. */
export function checkPredicate(
  value: unknown,
  manifestCapabilities: Capabilities | undefined,
  policy: VerifyPolicy,
): Predicate {
  const problems = predicateProblems(value);
  if (problems.length > 0)
    throw new SignerError('PREDICATE_INVALID', `predicate: ${problems.join('; ')}`);
  const p = value as Predicate;
  if (p.skill.name !== policy.name || p.skill.version !== policy.version) {
    throw new SignerError(
      'PREDICATE_INVALID',
      `predicate describes ${p.skill.name}@${p.skill.version}, its subject ${policy.name}@${policy.version}`,
    );
  }
  if (p.verdict === 'review' && !(policy.acceptReviewed ?? true)) {
    throw new SignerError(
      'VERDICT_NOT_ACCEPTED',
      'the skill passed only after human review and the policy wants pass',
    );
  }
  if (p.verdict === 'review' && !p.approver) {
    throw new SignerError(
      'VERDICT_NOT_ACCEPTED',
      'the verdict is review and no approver is recorded',
    );
  }
  if (!capabilitiesEqual(p.capabilities, manifestCapabilities)) {
    const d = diffCapabilities(p.capabilities, manifestCapabilities);
    throw new SignerError(
      'CAPABILITIES_MISMATCH',
      `skill.json capabilities differ from the attested ones (added: ${d.added.join(', ') || 'none'}; removed: ${d.removed.join(', ') || 'none'})`,
    );
  }
  return p;
}
