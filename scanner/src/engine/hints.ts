/**
 * OpenClaw / ClawHub metadata read as capability hints for skills without skill.json:
 * `metadata.openclaw.requires.{bins,anyBins,env}` (also `clawdbot`/`clawdis` spellings) in
 * SKILL.md frontmatter, and `_meta.json`.
 */
import { parseSkillMd, type Capabilities } from '@skillgate/format';

const HINT_KEYS = ['openclaw', 'clawdbot', 'clawdis', 'clawhub'];

/**
 * Every hint key contains `claw`: a SKILL.md without it has no hints, and its frontmatter need not
 * be YAML-parsed (about 1 ms a skill, most of the engine's own time). A key spelled only through
 * YAML escapes or tags is missed, which can only make the scan stricter (hints relax it).
 */
const MAY_HINT = /claw/;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function obj(v: unknown): Record<string, unknown> | undefined {
  if (typeof v === 'string') {
    try {
      return obj(JSON.parse(v));
    } catch {
      return undefined;
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function fromMetadata(
  meta: Record<string, unknown> | undefined,
  into: { exec: Set<string>; env: Set<string> },
): void {
  if (!meta) return;
  for (const key of HINT_KEYS) {
    const requires = obj(obj(meta[key])?.['requires']);
    if (!requires) continue;
    for (const b of [...strings(requires['bins']), ...strings(requires['anyBins'])])
      into.exec.add(b);
    for (const e of strings(requires['env'])) into.env.add(e);
  }
}

export function metadataHints(
  skillMd: string | undefined,
  metaJson: string | undefined,
): Capabilities | undefined {
  const into = { exec: new Set<string>(), env: new Set<string>() };
  if (skillMd && MAY_HINT.test(skillMd)) {
    try {
      const fm = parseSkillMd(skillMd).frontmatter;
      fromMetadata(obj(fm['metadata']), into);
    } catch {
      // a broken frontmatter is reported by the markdown analyzer; no hints then
    }
  }
  if (metaJson) {
    const meta = obj(metaJson);
    fromMetadata(meta, into);
    fromMetadata(obj(meta?.['metadata']), into);
  }
  if (!into.exec.size && !into.env.size) return undefined;
  return { exec: [...into.exec].sort(), env: [...into.env].sort() };
}
