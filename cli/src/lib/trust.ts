/**
 * Trust on first use: the registry's trust root is pinned per registry URL the first time it is
 * fetched (its fingerprint printed); a changed root is refused unless the user says so. A root
 * from a file (`--trust-root`) is used as given and never pinned.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import {
  parseTrustRoot,
  SignerError,
  trustRootFingerprint,
  type TrustRootDocument,
} from '@skillgate/signer';
import type { RegistryClient } from '../client.js';
import { CliError } from '../errors.js';

export function trustDir(): string {
  return process.env['SKILLGATE_CONFIG_DIR'] ?? path.join(homedir(), '.config', 'skillgate');
}

function pinFile(registry: string): string {
  return path.join(trustDir(), 'trust', `${encodeURIComponent(registry)}.json`);
}

export interface TrustChoice {
  root: TrustRootDocument;
  fingerprint: string;
  /** set when this call pinned the root for the first time (or replaced it) */
  pinned?: 'new' | 'replaced';
}

function parse(value: unknown, from: string): TrustRootDocument {
  try {
    return parseTrustRoot(value);
  } catch (e) {
    if (e instanceof SignerError)
      throw new CliError('VERIFY', `${from}: ${e.message}`, { cause: e });
    throw e;
  }
}

export async function loadTrust(
  client: RegistryClient,
  opts: { file?: string; acceptNew?: boolean },
): Promise<TrustChoice> {
  if (opts.file) {
    const root = parse(await readFile(opts.file, 'utf8'), opts.file);
    return { root, fingerprint: trustRootFingerprint(root) };
  }
  const fetched = parse(
    await client.get<unknown>('/v1/trust-root'),
    `${client.base}/v1/trust-root`,
  );
  const fingerprint = trustRootFingerprint(fetched);
  const file = pinFile(client.base);
  let pinned: TrustRootDocument | undefined;
  try {
    pinned = parse(await readFile(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (pinned && trustRootFingerprint(pinned) === fingerprint) return { root: pinned, fingerprint };
  if (pinned && !opts.acceptNew) {
    throw new CliError(
      'TRUST_ROOT_CHANGED',
      `the trust root of ${client.base} changed (pinned ${trustRootFingerprint(pinned)}, now ${fingerprint}); if the registry really rotated its keys, re-run with --accept-new-trust-root`,
    );
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(`${file}.tmp`, JSON.stringify(fetched, null, 2));
  await rename(`${file}.tmp`, file);
  return { root: fetched, fingerprint, pinned: pinned ? 'replaced' : 'new' };
}

/** The trust root pinned for a registry, without asking the network (for `run`, which may be offline). */
export async function pinnedTrust(registry: string): Promise<TrustRootDocument> {
  const file = pinFile(registry.replace(/\/+$/, ''));
  try {
    return parse(await readFile(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(
        'VERIFY',
        `no trust root is pinned for ${registry}; install or verify from it first`,
      );
    }
    throw e;
  }
}
