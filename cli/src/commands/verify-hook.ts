import type { AttestationVerifier } from '../lib/install.js';
import { loadTrust } from '../lib/trust.js';
import { checkBundle, checkNotRevoked, signerLabel } from '../lib/verify.js';
import { enc } from '../client.js';
import { progress } from '../output.js';

export interface VerifyHookOptions {
  trustRootFile?: string;
  acceptNewTrustRoot?: boolean;
  /** refuse attestations without a Rekor entry */
  requireTlog?: boolean;
}

/** Install's attestation check: trust root (pinned on first use), not revoked, then the bundle. */
export function attestationVerifier(opts: VerifyHookOptions): AttestationVerifier {
  return async ({ client, name, version, tarball, manifest }) => {
    const trust = await loadTrust(client, {
      file: opts.trustRootFile,
      acceptNew: opts.acceptNewTrustRoot,
    });
    if (trust.pinned)
      progress(
        `${trust.pinned === 'new' ? 'pinned' : 'replaced'} the trust root of ${client.base}: fingerprint ${trust.fingerprint}`,
      );
    await checkNotRevoked(client, name, version);
    const bundle = await client.get<unknown>(
      `/v1/skills/${enc(name)}/versions/${enc(version)}/attestation`,
    );
    const verified = checkBundle({
      bundle,
      tarball,
      capabilities: manifest.capabilities,
      trust: trust.root,
      name,
      version,
      requireTlog: opts.requireTlog,
    });
    return { bundle, bundleSha256: verified.bundleDigest, signer: signerLabel(verified) };
  };
}
