/** Key mode: the registry's own ECDSA P-256 key; bundles carry the key's fingerprint as hint. */
import { sign as cryptoSign, type KeyObject } from 'node:crypto';
import type { Signer as SigstoreSigner, Signature } from '@sigstore/sign';
import { bundleStatement, type SerializedBundle, type Signer } from '../signer.js';
import type { Statement } from '../statement/schema.js';
import { keyFingerprint } from '../trust/fingerprint.js';
import { keyTrustRoot, type TrustRootDocument } from '../trust/root.js';
import { witnessesFor, type WitnessOptions } from '../witnesses.js';
import { checkP256, loadOrCreateKeyPair } from './keypair.js';

export interface KeySignerOptions extends WitnessOptions {
  /** directory holding signing-key.pem (0600) and signing-key.pub.pem; created on first use */
  keyDir: string;
}

export class KeySigner implements Signer {
  /** PEM SubjectPublicKeyInfo, for publishing */
  readonly publicKeyPem: string;
  /** sha256 of the SPKI DER, hex: the bundle hint and the pin */
  readonly fingerprint: string;
  private readonly sigstoreSigner: SigstoreSigner;

  private constructor(
    privateKey: KeyObject,
    publicKey: KeyObject,
    private readonly witnessOptions: WitnessOptions,
  ) {
    this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    this.fingerprint = keyFingerprint(publicKey);
    const key = {
      $case: 'publicKey' as const,
      publicKey: this.publicKeyPem,
      hint: this.fingerprint,
    };
    this.sigstoreSigner = {
      sign: (data: Buffer): Promise<Signature> =>
        Promise.resolve({ signature: cryptoSign('sha256', data, privateKey), key }),
    };
  }

  /** Opens (or on first use creates) the key pair in `options.keyDir`. */
  static async open(options: KeySignerOptions): Promise<KeySigner> {
    const { privateKey, publicKey } = await loadOrCreateKeyPair(options.keyDir);
    return new KeySigner(privateKey, publicKey, options);
  }

  /** A signer over an in-memory P-256 private key (tests, HSM-less tooling). Throws KEY_INVALID. */
  static fromPrivateKey(privateKey: KeyObject, options: WitnessOptions = {}): KeySigner {
    const pair = checkP256(privateKey, 'private key');
    return new KeySigner(pair.privateKey, pair.publicKey, options);
  }

  /** The trust root a client needs to verify this signer's bundles. */
  trustRoot(): TrustRootDocument {
    return keyTrustRoot([this.publicKeyPem]);
  }

  sign(statement: Statement): Promise<SerializedBundle> {
    return bundleStatement(statement, this.sigstoreSigner, witnessesFor(this.witnessOptions));
  }
}

export const createKeySigner = (options: KeySignerOptions): Promise<KeySigner> =>
  KeySigner.open(options);
