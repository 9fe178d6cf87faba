/** Keyless mode: an ephemeral key certified by Fulcio for an OIDC identity, logged in Rekor, optionally timestamped. */
import { FulcioSigner, type IdentityProvider } from '@sigstore/sign';
import { SignerError } from '../errors.js';
import { bundleStatement, type SerializedBundle, type Signer } from '../signer.js';
import type { Statement } from '../statement/schema.js';
import { witnessesFor, type WitnessOptions } from '../witnesses.js';

/** Public-good Sigstore endpoints, for callers that choose them explicitly (never a default). */
export const SIGSTORE_PUBLIC_GOOD = {
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev',
  tsaURL: 'https://timestamp.sigstore.dev/api/v1/timestamp',
} as const;

export interface KeylessSignerOptions extends WitnessOptions {
  fulcioURL: string;
  /** an OIDC identity token, or a function fetching a fresh one per signature */
  identityToken: string | (() => Promise<string>);
}

export class KeylessSigner implements Signer {
  private readonly fulcio: FulcioSigner;

  constructor(private readonly options: KeylessSignerOptions) {
    if (!options.fulcioURL)
      throw new SignerError('SIGNING_FAILED', 'keyless signing needs a Fulcio URL');
    if (!options.rekorURL && !options.tsaURL) {
      // Without a log entry or a timestamp nobody can tell the short-lived certificate was valid at signing.
      throw new SignerError('SIGNING_FAILED', 'keyless signing needs a Rekor URL or a TSA URL');
    }
    const token = options.identityToken;
    const identityProvider: IdentityProvider = {
      getToken: typeof token === 'string' ? () => Promise.resolve(token) : token,
    };
    this.fulcio = new FulcioSigner({
      identityProvider,
      fulcioBaseURL: options.fulcioURL,
      timeout: options.timeoutMs ?? 10_000,
      retry: options.retries ?? 2,
    });
  }

  sign(statement: Statement): Promise<SerializedBundle> {
    return bundleStatement(statement, this.fulcio, witnessesFor(this.options));
  }
}

export const createKeylessSigner = (options: KeylessSignerOptions): KeylessSigner =>
  new KeylessSigner(options);
