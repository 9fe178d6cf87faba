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

/** Frontmatter is metadata: anything bigger or deeper than this is refused before YAML parsing. */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;
export const MAX_FRONTMATTER_DEPTH = 64;

/**
 * Deepest flow-collection nesting (`[`/`{` outside quotes) and deepest indentation of a YAML text.
 * The yaml parser recurses per level; thousands of levels exhaust the stack, and when that lands
 * inside V8's regexp compiler the process aborts instead of throwing.
 */
function nestingOf(yaml: string): { flow: number; indent: number } {
  let depth = 0;
  let flow = 0;
  let quote: string | undefined;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') flow = Math.max(flow, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n') quote = undefined;
  }
  let indent = 0;
  for (const line of yaml.split('\n')) {
    // compact nesting on one line (`- - - x`, `? ? x`) counts like indentation
    const markers = /^\s*((?:[-?:](?:[ \t]+|$))+)/.exec(line)?.[1]?.replace(/\s+/g, '').length ?? 0;
    indent = Math.max(indent, line.length - line.trimStart().length + markers * 4);
  }
  return { flow, indent };
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits SKILL.md into YAML frontmatter and body. Throws SKILLMD_FRONTMATTER on broken YAML. */
export function parseSkillMd(text: string, file = 'SKILL.md'): SkillMd {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const m = FENCE.exec(src);
  if (!m) return { frontmatter: {}, body: src, bodyLine: 1 };
  const yamlText = m[1] ?? '';
  if (Buffer.byteLength(yamlText) > MAX_FRONTMATTER_BYTES) {
    throw new FormatError(
      'SKILLMD_FRONTMATTER',
      `${file}: frontmatter is over ${MAX_FRONTMATTER_BYTES} bytes`,
      file,
    );
  }
  const nesting = nestingOf(yamlText);
  if (nesting.flow > MAX_FRONTMATTER_DEPTH || nesting.indent > MAX_FRONTMATTER_DEPTH * 4) {
    throw new FormatError(
      'SKILLMD_FRONTMATTER',
      `${file}: frontmatter is nested more than ${MAX_FRONTMATTER_DEPTH} levels deep`,
      file,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 50, logLevel: 'error' });
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
