/** Turns uploaded bytes into a checked skill package, or a RegistryError naming what is wrong. */
import {
  FormatError,
  readSkillPackage,
  readTarball,
  type FormatErrorCode,
  type PackLimits,
} from '@skillgate/format';
import { RegistryError } from '../errors.js';
import type { UnpackedSkill } from '../pipeline/types.js';

const PACKAGE_CODES: ReadonlySet<FormatErrorCode> = new Set([
  'MANIFEST_MISSING',
  'MANIFEST_JSON',
  'MANIFEST_INVALID',
  'SKILLMD_MISSING',
  'SKILLMD_FRONTMATTER',
  'NAME_MISMATCH',
]);

/** FormatError → SKILLGATE_ERR_MANIFEST_INVALID (package content) or SKILLGATE_ERR_ARCHIVE_INVALID (tar/gzip). */
export function fromFormatError(e: FormatError): RegistryError {
  if (PACKAGE_CODES.has(e.code)) {
    const field = e.where ?? (e.code.startsWith('SKILLMD') ? 'SKILL.md' : 'skill.json');
    return new RegistryError(
      'MANIFEST_INVALID',
      { detail: e.message },
      { field, reason: e.code, cause: e },
    );
  }
  return new RegistryError(
    'ARCHIVE_INVALID',
    { detail: e.message },
    { ...(e.where !== undefined ? { field: e.where } : {}), reason: e.code, cause: e },
  );
}

/** Safe in-memory unpack + manifest/SKILL.md checks. Never touches the disk. */
export async function inspectTarball(
  bytes: Uint8Array,
  limits?: Partial<PackLimits>,
): Promise<UnpackedSkill> {
  try {
    const files = await readTarball(bytes, limits);
    const { manifest, skillMd } = readSkillPackage(files);
    return { files, manifest, skillMd };
  } catch (e) {
    if (e instanceof FormatError) throw fromFormatError(e);
    throw e;
  }
}
