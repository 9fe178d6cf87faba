/** The `validate` stage: safe tar, schema, semver, name ownership, version not taken. */
import { RegistryError } from '../errors.js';
import type { PipelineStage, StageContext, StageResult } from './types.js';

async function validate(ctx: StageContext): Promise<StageResult> {
  const v = ctx.version;
  let manifest;
  try {
    ({ manifest } = await ctx.unpack());
  } catch (e) {
    if (e instanceof RegistryError) return { stop: 'rejected', reason: `${e.code}: ${e.message}` };
    throw e;
  }
  if (manifest.name !== v.name || manifest.version !== v.version) {
    return {
      stop: 'rejected',
      reason: `skill.json says ${manifest.name}@${manifest.version}, the upload was ${v.name}@${v.version}`,
    };
  }
  const skill = await ctx.store.getSkill(v.name);
  if (!skill?.owners.includes(v.publisher)) {
    return { stop: 'rejected', reason: `${v.publisher} is not an owner of ${v.name}` };
  }
  const current = await ctx.store.getVersion(v.name, v.version);
  if (current && current.id !== v.id && current.state !== 'rejected') {
    return {
      stop: 'rejected',
      reason: `${v.name}@${v.version} is already taken (state ${current.state})`,
    };
  }
  return { ok: true, reason: 'package, manifest and ownership are valid' };
}

export function validateStage(): PipelineStage {
  return { name: 'validate', state: 'validating', run: validate };
}
