/**
 * Jupyter notebooks (.ipynb): JSON whose code cells run in a kernel when the user (or an agent)
 * runs all cells. The code of each Python cell is analysed as Python, its shell escapes (`!cmd`,
 * `x = !cmd`, `%pip …`, `%%bash` cells) as bash, each at the line of the JSON file where the cell's
 * source starts. Other magics are blanked so line numbers hold.
 */
import type { RuleLanguage } from '@skillgate/rules';

export interface NotebookCode {
  language: RuleLanguage;
  text: string;
  /** 1-based line of the notebook file where the cell's source starts */
  line: number;
}

const SHELL_CELL = /^\s*%%(?:bash|sh|script\s+(?:ba|z)?sh)\b/;
const SHELL_LINE = /^(\s*)(?:[\w, ]+=\s*)?!(.*)$/;
const PKG_MAGIC = /^(\s*)%(pip|conda|mamba|uv)\b(.*)$/;

function sourceOf(cell: unknown): string | undefined {
  if (!cell || typeof cell !== 'object') return undefined;
  const c = cell as { cell_type?: unknown; source?: unknown };
  if (c.cell_type !== 'code') return undefined;
  if (typeof c.source === 'string') return c.source;
  if (Array.isArray(c.source) && c.source.every((s) => typeof s === 'string'))
    return (c.source as string[]).join('');
  return undefined;
}

/** the code of a notebook's cells, or [] when the text is no notebook of a Python kernel */
export function notebookCode(text: string): NotebookCode[] {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch {
    return [];
  }
  if (!nb || typeof nb !== 'object') return [];
  const { cells, metadata } = nb as { cells?: unknown; metadata?: Record<string, unknown> };
  if (!Array.isArray(cells)) return [];
  const lang = (
    (metadata?.['kernelspec'] as { language?: unknown } | undefined)?.language ??
    (metadata?.['language_info'] as { name?: unknown } | undefined)?.name ??
    'python'
  )
    .toString()
    .toLowerCase();
  if (lang !== 'python') return [];
  const out: NotebookCode[] = [];
  let from = 0;
  const lineAt = (src: string): number => {
    const first = src.split('\n')[0] ?? '';
    const at = first ? text.indexOf(JSON.stringify(first).slice(1, -1), from) : -1;
    if (at < 0) return 1;
    from = at;
    let n = 1;
    for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) n++;
    return n;
  };
  for (const cell of cells) {
    const src = sourceOf(cell);
    if (!src?.trim()) continue;
    const line = lineAt(src);
    const lines = src.split('\n');
    if (SHELL_CELL.test(lines[0] ?? '')) {
      out.push({ language: 'bash', text: ['', ...lines.slice(1)].join('\n'), line });
      continue;
    }
    const py: string[] = [];
    const sh: string[] = [];
    for (const l of lines) {
      const shell = SHELL_LINE.exec(l);
      const pkg = PKG_MAGIC.exec(l);
      if (shell && !/^\s*!=/.test(l)) {
        py.push('');
        sh.push(shell[2] ?? '');
      } else if (pkg) {
        py.push('');
        sh.push(`${pkg[2] === 'pip' ? 'pip' : (pkg[2] ?? '')}${pkg[3] ?? ''}`);
      } else if (/^\s*%/.test(l)) {
        py.push('');
        sh.push('');
      } else {
        py.push(l);
        sh.push('');
      }
    }
    if (py.some((l) => l.trim())) out.push({ language: 'python', text: py.join('\n'), line });
    if (sh.some((l) => l.trim())) out.push({ language: 'bash', text: sh.join('\n'), line });
  }
  return out;
}
