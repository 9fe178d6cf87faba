import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import {
  diffCapabilities,
  digestsOf,
  extractTarball,
  FormatError,
  readSkillPackage,
  readTarball,
  type CapabilityDiff,
  type Manifest,
} from '@skillgate/format';
import type { SkillDetail, VersionDetail } from '../api-types.js';
import { enc, type RegistryClient } from '../client.js';
import { CliError } from '../errors.js';
import { readLockfile, writeLockfile, type LockEntry } from './lockfile.js';

export interface VerifiedAttestation {
  /** the Sigstore bundle that verified; stored beside the installed skill for `verify --lockfile` */
  bundle: unknown;
  bundleSha256: string;
  signer: string;
}

/** Verifies the attestation of a downloaded tarball; throws (CliError VERIFY) when it does not hold. */
export type AttestationVerifier = (input: {
  client: RegistryClient;
  name: string;
  version: string;
  tarball: Buffer;
  manifest: Manifest;
}) => Promise<VerifiedAttestation>;

export interface InstallOptions {
  spec: string;
  client: RegistryClient;
  /** project root holding skillgate-lock.json (default cwd) */
  root?: string;
  /** folder for installed skills, relative to root (default `skills`) */
  dir?: string;
  /** accept capabilities added by an upgrade */
  acceptCapabilities?: boolean;
  /** asked when an upgrade adds capabilities and acceptCapabilities is not set */
  confirmCapabilities?: (diff: CapabilityDiff, from: string, to: string) => Promise<boolean>;
  verifyAttestation?: AttestationVerifier;
}

export interface InstallResult {
  name: string;
  version: string;
  path: string;
  sha256: string;
  previous?: string;
  capabilityDiff?: CapabilityDiff;
  signer?: string;
  unchanged: boolean;
}

/** Where the verified bundle of an installed skill is kept: `<dir>/.<name>.sigstore.json`. */
export function bundlePath(root: string, rel: string): string {
  return path.join(root, path.dirname(rel), `.${path.basename(rel)}.sigstore.json`);
}

export function parseSpec(spec: string): { name: string; range: string } {
  const at = spec.lastIndexOf('@');
  const [name, range] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, 'latest'];
  if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(name))
    throw new CliError('USAGE', `"${spec}" is not a skill spec (name or name@range)`);
  if (range !== 'latest' && !semver.validRange(range))
    throw new CliError('USAGE', `"${range}" is not a semver range or "latest"`);
  return { name, range };
}

export async function resolveVersion(
  client: RegistryClient,
  name: string,
  range: string,
): Promise<string> {
  const skill = await client.get<SkillDetail>(`/v1/skills/${enc(name)}`);
  const published = skill.versions.filter((v) => v.state === 'published').map((v) => v.version);
  const chosen =
    range === 'latest'
      ? skill.distTags.latest && published.includes(skill.distTags.latest)
        ? skill.distTags.latest
        : semver.maxSatisfying(published, '*')
      : semver.maxSatisfying(published, range);
  if (!chosen)
    throw new CliError(
      'NO_MATCHING_VERSION',
      `no published version of ${name} satisfies ${range} (published: ${published.join(', ') || 'none'})`,
    );
  return chosen;
}

/**
 * Resolves, downloads, checks integrity, verifies the attestation, asks for re-consent on new
 * capabilities, extracts safely and records the lock entry. Nothing is changed unless every step passed.
 */
export async function installSkill(opts: InstallOptions): Promise<InstallResult> {
  const root = path.resolve(opts.root ?? '.');
  const { name, range } = parseSpec(opts.spec);
  const version = await resolveVersion(opts.client, name, range);
  const vpath = `/v1/skills/${enc(name)}/versions/${enc(version)}`;
  const detail = await opts.client.get<VersionDetail>(vpath);
  const tarball = await opts.client.bytes(`${vpath}/tarball`);

  const digests = digestsOf(tarball);
  if (digests.sha256 !== detail.integrity.sha256 || digests.sha512 !== detail.integrity.sha512) {
    throw new CliError(
      'INTEGRITY',
      `${name}@${version}: downloaded bytes do not match the registry's digests (sha256 ${digests.sha256})`,
    );
  }
  let manifest: Manifest;
  try {
    manifest = readSkillPackage(await readTarball(tarball)).manifest;
  } catch (e) {
    if (e instanceof FormatError)
      throw new CliError('VERIFY', `${name}@${version}: ${e.message}`, { cause: e });
    throw e;
  }
  if (manifest.name !== name || manifest.version !== version) {
    throw new CliError(
      'VERIFY',
      `${name}@${version}: the tarball holds ${manifest.name}@${manifest.version}`,
    );
  }
  const attestation = opts.verifyAttestation
    ? await opts.verifyAttestation({ client: opts.client, name, version, tarball, manifest })
    : undefined;

  const lock = await readLockfile(root);
  const prev = lock.skills[name];
  const rel = path.join(opts.dir ?? 'skills', name);
  if (prev && prev.sha256 === digests.sha256) {
    return {
      name,
      version,
      path: path.join(root, prev.path),
      sha256: digests.sha256,
      unchanged: true,
      signer: prev.signer,
    };
  }
  let capabilityDiff: CapabilityDiff | undefined;
  if (prev) {
    capabilityDiff = diffCapabilities(prev.capabilities, manifest.capabilities);
    if (capabilityDiff.added.length > 0 && !opts.acceptCapabilities) {
      const ok = opts.confirmCapabilities
        ? await opts.confirmCapabilities(capabilityDiff, prev.version, version)
        : false;
      if (!ok) {
        throw new CliError(
          'CAPABILITIES_NOT_ACCEPTED',
          `${name}@${version} asks for new capabilities (${capabilityDiff.added.join(', ')}); ${prev.version} stays installed. Re-run with --accept-capabilities to accept them.`,
          { detail: capabilityDiff },
        );
      }
    }
  }

  const target = path.join(root, rel);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = `${target}.new-${randomBytes(4).toString('hex')}`;
  await extractTarball(tarball, staging);
  const backup = `${target}.old-${randomBytes(4).toString('hex')}`;
  try {
    await rename(target, backup).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(staging, target);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    await rename(backup, target).catch(() => undefined);
    throw e;
  }
  await rm(backup, { recursive: true, force: true });
  if (attestation) {
    await writeFile(bundlePath(root, rel), `${JSON.stringify(attestation.bundle)}\n`);
  }

  const entry: LockEntry = {
    version,
    registry: opts.client.base,
    path: rel,
    sha256: digests.sha256,
    integrity: digests.integrity,
    capabilities: manifest.capabilities,
    ...(attestation ? { bundleSha256: attestation.bundleSha256, signer: attestation.signer } : {}),
    installedAt: new Date().toISOString(),
  };
  lock.skills[name] = entry;
  await writeLockfile(root, lock);
  return {
    name,
    version,
    path: target,
    sha256: digests.sha256,
    previous: prev?.version,
    capabilityDiff,
    signer: attestation?.signer,
    unchanged: false,
  };
}
