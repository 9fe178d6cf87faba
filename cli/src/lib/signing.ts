/**
 * Which signer the registry uses, from `serve` / `worker` flags: the embedded default is the
 * registry's own P-256 key (made on first start); keyless signs with a Fulcio certificate for an
 * OIDC identity, logs to Rekor and optionally timestamps with a TSA — URLs of the deployment given,
 * never a default public service.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createKeySigner,
  KeylessSigner,
  parseTrustRoot,
  type Signer,
  type TrustRootDocument,
} from '@skillgate/signer';
import { CliError } from '../errors.js';

export interface SigningFlags {
  signing?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  /** file holding the OIDC identity token; re-read for every signature (platforms rotate it) */
  identityTokenFile?: string;
  /** the deployment's trust material (served at /v1/trust-root) */
  trustRoot?: string;
}

export interface Signing {
  signer: Signer;
  trustRoot: TrustRootDocument;
  mode: 'key' | 'keyless';
}

export async function signingFrom(flags: SigningFlags, keyDir: string): Promise<Signing> {
  const mode = flags.signing ?? 'key';
  if (mode === 'key') {
    const signer = await createKeySigner({ keyDir });
    return { signer, trustRoot: signer.trustRoot(), mode };
  }
  if (mode !== 'keyless')
    throw new CliError('USAGE', `--signing must be key or keyless, not "${mode}"`);
  const missing = (['fulcioUrl', 'rekorUrl', 'identityTokenFile', 'trustRoot'] as const).filter(
    (k) => !flags[k],
  );
  if (missing.length) {
    throw new CliError(
      'USAGE',
      `keyless signing needs ${missing.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')}`,
    );
  }
  const tokenFile = path.resolve(flags.identityTokenFile as string);
  const trustRoot = parseTrustRoot(await readFile(flags.trustRoot as string, 'utf8'));
  const signer = new KeylessSigner({
    fulcioURL: flags.fulcioUrl as string,
    rekorURL: flags.rekorUrl,
    ...(flags.tsaUrl ? { tsaURL: flags.tsaUrl } : {}),
    identityToken: async () => (await readFile(tokenFile, 'utf8')).trim(),
  });
  return { signer, trustRoot, mode };
}
