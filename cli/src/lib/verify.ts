/** Attestation checks shared by install, `verify` and `verify --lockfile`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  collectFiles,
  digestsOf,
  packFiles,
  readSkillPackage,
  type Capabilities,
  type Manifest,
} from '@skillgate/format';
import {
  SignerError,
  verifySkill,
  type TrustRootDocument,
  type VerifiedSkill,
} from '@skillgate/signer';
import type { VersionDetail } from '../api-types.js';
import { enc, type RegistryClient } from '../client.js';
import { CliError } from '../errors.js';
import { bundlePath } from './install.js';
import { readLockfile, type LockEntry } from './lockfile.js';

export function signerLabel(v: VerifiedSkill): string {
  return v.signer.kind === 'key'
    ? `key ${v.signer.fingerprint}`
    : `${v.signer.subjectAlternativeName} (${v.signer.issuer})`;
}

/** Pure check of one bundle against the tarball bytes; maps signer failures to CliError VERIFY with the code. */
export function checkBundle(input: {
  bundle: unknown;
  tarball: Uint8Array;
  capabilities: Capabilities | undefined;
  trust: TrustRootDocument;
  name: string;
  version: string;
  /** refuse a bundle without a transparency-log entry */
  requireTlog?: boolean;
}): VerifiedSkill {
  try {
    return verifySkill({
      bundle: input.bundle,
      tarballDigests: digestsOf(input.tarball),
      manifestCapabilities: input.capabilities,
      trust: input.trust,
      policy: { name: input.name, version: input.version, requireTlog: input.requireTlog ?? false },
    });
  } catch (e) {
    if (e instanceof SignerError) {
      throw new CliError('VERIFY', `${input.name}@${input.version}: ${e.code}: ${e.message}`, {
        cause: e,
        detail: { code: e.code },
      });
    }
    throw e;
  }
}

/** Refuses versions the registry has revoked or the owner yanked. */
export async function checkNotRevoked(
  client: RegistryClient,
  name: string,
  version: string,
): Promise<VersionDetail> {
  const v = await client.get<VersionDetail>(`/v1/skills/${enc(name)}/versions/${enc(version)}`);
  if (v.state === 'revoked' || v.state === 'yanked') {
    throw new CliError(
      'VERIFY',
      `${name}@${version} was ${v.state}${v.reason ? `: ${v.reason}` : ''}`,
      { detail: { code: v.state.toUpperCase() } },
    );
  }
  return v;
}

export interface LockCheck {
  name: string;
  version: string;
  ok: boolean;
  error?: string;
  signer?: string;
}

export interface InstalledSkill {
  manifest: Manifest;
  dir: string;
  verified: VerifiedSkill;
}

/**
 * Local check of one installed skill: its files re-pack to the locked digest, and the bundle kept
 * beside it verifies against the trust root and was the one recorded at install. No network.
 */
export async function verifyInstalled(
  root: string,
  name: string,
  entry: LockEntry,
  trust: TrustRootDocument,
): Promise<InstalledSkill> {
  const dir = path.join(root, entry.path);
  const files = await collectFiles(dir);
  const packed = packFiles(files);
  if (packed.digests.sha256 !== entry.sha256) {
    throw new CliError(
      'INTEGRITY',
      `${name}: installed files differ from the locked package (sha256 ${packed.digests.sha256} ≠ ${entry.sha256})`,
    );
  }
  const { manifest } = readSkillPackage(files);
  let bundle: unknown;
  try {
    bundle = JSON.parse(await readFile(bundlePath(root, entry.path), 'utf8')) as unknown;
  } catch (cause) {
    throw new CliError(
      'VERIFY',
      `${name}: no readable attestation beside the installed skill (${bundlePath(root, entry.path)})`,
      { cause },
    );
  }
  const verified = checkBundle({
    bundle,
    tarball: packed.tarball,
    capabilities: manifest.capabilities,
    trust,
    name,
    version: entry.version,
  });
  if (verified.bundleDigest !== entry.bundleSha256)
    throw new CliError(
      'VERIFY',
      `${name}: the stored attestation is not the one recorded at install`,
    );
  return { manifest, dir, verified };
}

/**
 * Re-verifies every installed skill of a lockfile (runtimes call this at load): the local checks of
 * `verifyInstalled`, then that the registry has not revoked the version.
 */
export async function verifyLockfile(opts: {
  root: string;
  client: RegistryClient;
  trust: TrustRootDocument;
}): Promise<LockCheck[]> {
  const lock = await readLockfile(opts.root);
  const out: LockCheck[] = [];
  for (const [name, entry] of Object.entries(lock.skills)) {
    try {
      const { verified } = await verifyInstalled(opts.root, name, entry, opts.trust);
      await checkNotRevoked(opts.client, name, entry.version);
      out.push({ name, version: entry.version, ok: true, signer: signerLabel(verified) });
    } catch (e) {
      out.push({ name, version: entry.version, ok: false, error: (e as Error).message });
    }
  }
  return out;
}
