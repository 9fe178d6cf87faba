/**
 * The bench baseline: parse the same files with the same parsers the analyzers use, and nothing
 * else (TypeScript createSourceFile for JS/TS, tree-sitter for Python and bash, tree-sitter-bash
 * for markdown shell fences, JSON.parse for manifests).
 */
import Parser from 'tree-sitter';
import Bash from 'tree-sitter-bash';
import { decodeText, detectLanguage } from '../engine/language.js';
import { parseJs } from '../analyzers/javascript/index.js';
import { parsePython } from '../analyzers/python/index.js';
import type { ScanInputFile } from '../engine/scan.js';

let bash: Parser | undefined;
function parseBash(text: string): void {
  if (!bash) {
    bash = new Parser();
    bash.setLanguage(Bash as unknown as Parser.Language);
  }
  bash.parse(text, undefined, { bufferSize: Math.max(64 * 1024, text.length * 2 + 1024) });
}

const FENCE = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1/gm;

/** returns a number derived from the parse so the work cannot be optimized away */
export function parseOnly(files: readonly ScanInputFile[]): number {
  let sink = 0;
  for (const f of files) {
    const text = decodeText(f.bytes);
    if (text === undefined) continue;
    switch (detectLanguage(f.path, text)) {
      case 'javascript':
      case 'typescript':
        sink += parseJs(f.path, text).statements.length;
        break;
      case 'python':
        sink += parsePython(text).rootNode.childCount;
        break;
      case 'bash':
        parseBash(text);
        sink++;
        break;
      case 'markdown':
        for (const m of text.matchAll(FENCE)) {
          parseBash(m[2] ?? '');
          sink++;
        }
        break;
      case 'manifest':
        try {
          sink += Object.keys(JSON.parse(text) as object).length;
        } catch {
          sink += text.split('\n').length;
        }
        break;
      default:
        sink += text.length;
    }
  }
  return sink;
}
