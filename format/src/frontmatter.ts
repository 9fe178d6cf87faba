import { parse as parseYaml } from 'yaml';
import { FormatError } from './errors.js';

export interface SkillMd {
  /** the parsed YAML frontmatter (empty when there is none) */
  frontmatter: Record<string, unknown>;
  /** the markdown after the frontmatter */
  body: string;
  /** 1-based line where the body starts in the file */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits SKILL.md into YAML frontmatter and body. Throws SKILLMD_FRONTMATTER on broken YAML. */
export function parseSkillMd(text: string, file = 'SKILL.md'): SkillMd {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const m = FENCE.exec(src);
  if (!m) return { frontmatter: {}, body: src, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '', { maxAliasCount: 50 });
  } catch (cause) {
    throw new FormatError(
      'SKILLMD_FRONTMATTER',
      `${file}: frontmatter is not valid YAML: ${(cause as Error).message.split('\n')[0]}`,
      file,
      { cause },
    );
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FormatError(
      'SKILLMD_FRONTMATTER',
      `${file}: frontmatter must be a YAML mapping`,
      file,
    );
  }
  const bodyLine = (m[0].match(/\n/g)?.length ?? 0) + 1;
  return {
    frontmatter: (data ?? {}) as Record<string, unknown>,
    body: src.slice(m[0].length),
    bodyLine,
  };
}
