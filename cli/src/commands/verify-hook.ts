import type { AttestationVerifier } from '../lib/install.js';

export interface VerifyHookOptions {
  trustRootFile?: string;
  acceptNewTrustRoot?: boolean;
}

/** Attestation verification for install; wired to @skillgate/signer once its verifier lands. */
export function attestationVerifier(_opts: VerifyHookOptions): AttestationVerifier | undefined {
  return undefined;
}
