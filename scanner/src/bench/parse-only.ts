/**
 * The bench baseline: parse the same files with the same parsers the analyzers use, and nothing
 * else (TypeScript createSourceFile for JS/TS, tree-sitter for Python and bash, JSON.parse for
 * manifests; for markdown, every fenced block once with tree-sitter-bash). The markdown analyzer's
 * hand-written splitting (fences, indented blocks, hidden carriers) counts as scan work here.
 *
 * Why this is the honest floor: it is exactly what an analyzer that only parsed its input would
 * spend, with decoding and language detection shared by both sides, so the scan/parse ratio is the
 * price of the analysis itself and nothing the analyzers do is moved into it.
 */
import Parser from 'tree-sitter';
import Bash from 'tree-sitter-bash';
import { decodeText, detectLanguage } from '../engine/language.js';
import { parseJs } from '../analyzers/javascript/index.js';
import { parsePython } from '../analyzers/python/index.js';
import type { ScanInputFile } from '../engine/scan.js';

let bash: Parser | undefined;
function parseBash(text: string): number {
  if (!bash) {
    bash = new Parser();
    bash.setLanguage(Bash as unknown as Parser.Language);
  }
  return bash.parse(text, undefined, { bufferSize: Math.max(64 * 1024, text.length * 2 + 1024) })
    .rootNode.childCount;
}

const FENCE = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1/gm;

function parseOne(filePath: string, text: string, language: string): number {
  switch (language) {
    case 'javascript':
    case 'typescript':
      return parseJs(filePath, text).statements.length;
    case 'python':
      return parsePython(text).rootNode.childCount;
    case 'bash':
      return parseBash(text);
    case 'markdown': {
      let n = 0;
      for (const m of text.matchAll(FENCE)) n += parseBash(m[2] ?? '');
      return n;
    }
    case 'manifest':
      try {
        return Object.keys(JSON.parse(text) as object).length;
      } catch {
        return text.split('\n').length;
      }
    default:
      return text.length;
  }
}

/**
 * Parses every file; returns a number derived from the parse so the work cannot be optimized
 * away. `perLanguage` (when given) accumulates ms per language.
 */
export function parseOnly(
  files: readonly ScanInputFile[],
  perLanguage?: Record<string, number>,
): number {
  let sink = 0;
  for (const f of files) {
    const text = decodeText(f.bytes);
    if (text === undefined) continue;
    const language = detectLanguage(f.path, text);
    const t0 = performance.now();
    sink += parseOne(f.path, text, language);
    if (perLanguage)
      perLanguage[language] = (perLanguage[language] ?? 0) + (performance.now() - t0);
  }
  return sink;
}
