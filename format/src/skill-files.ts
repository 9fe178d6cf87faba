import { FormatError } from './errors.js';
import { parseSkillMd, type SkillMd } from './frontmatter.js';
import type { Manifest } from './manifest-schema.js';
import { parseManifest } from './validate.js';

/** A skill as a list of files, wherever it came from (folder or tarball). */
export interface SkillFile {
  path: string;
  bytes: Buffer;
}

export interface SkillPackage {
  manifest: Manifest;
  skillMd: SkillMd;
}

/**
 * Checks that a set of files is a publishable skill: a valid skill.json and a SKILL.md whose
 * frontmatter `name` equals the manifest name. Throws FormatError naming what is wrong.
 */
export function readSkillPackage(files: readonly SkillFile[]): SkillPackage {
  const manifestFile = files.find((f) => f.path === 'skill.json');
  if (!manifestFile)
    throw new FormatError(
      'MANIFEST_MISSING',
      'skill.json is missing: a skill needs a manifest to be published',
      'skill.json',
    );
  const manifest = parseManifest(manifestFile.bytes.toString('utf8'));
  const md = files.find((f) => f.path === 'SKILL.md');
  if (!md) throw new FormatError('SKILLMD_MISSING', 'SKILL.md is missing', 'SKILL.md');
  const skillMd = parseSkillMd(md.bytes.toString('utf8'));
  const fmName = skillMd.frontmatter['name'];
  if (fmName !== manifest.name) {
    throw new FormatError(
      'NAME_MISMATCH',
      `SKILL.md frontmatter name ${JSON.stringify(fmName ?? null)} must equal skill.json name "${manifest.name}"`,
      'name',
    );
  }
  return { manifest, skillMd };
}
