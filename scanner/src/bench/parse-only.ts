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
import ts from '../analyzers/javascript/typescript.cjs';
import { decodeText, detectLanguage } from '../engine/language.js';
import { parseJs } from '../analyzers/javascript/index.js';
import { parsePython } from '../analyzers/python/index.js';
import { parseBash } from '../analyzers/bash/syntax.js';
import type { ScanInputFile } from '../engine/scan.js';

/**
 * How much of each tree the baseline reads. `root`: the parse and nothing else (the root's child
 * count keeps it from being optimized away). `every-node`: the parse plus one visit of every node,
 * reading its type and nothing else: the least any analyzer that looks at the whole tree must
 * spend (for tree-sitter a TreeCursor pass, three native calls per node; for TypeScript a
 * `forEachChild` recursion).
 */
export type ReadDepth = 'root' | 'every-node';

/** one TreeCursor pass over the whole tree, reading each node's type id */
function visitTree(tree: Parser.Tree): number {
  const c = tree.walk();
  let n = 0;
  for (;;) {
    n += c.nodeTypeId & 1;
    if (c.gotoFirstChild()) continue;
    while (!c.gotoNextSibling()) if (!c.gotoParent()) return n;
  }
}

function visitTs(node: ts.Node): number {
  let n = node.kind & 1;
  ts.forEachChild(node, (child) => {
    n += visitTs(child);
  });
  return n;
}

function readTree(tree: Parser.Tree, depth: ReadDepth): number {
  return depth === 'root' ? tree.rootNode.childCount : visitTree(tree);
}

function readBash(text: string, depth: ReadDepth): number {
  return readTree(parseBash(text), depth);
}

const FENCE = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1/gm;

function parseOne(filePath: string, text: string, language: string, depth: ReadDepth): number {
  switch (language) {
    case 'javascript':
    case 'typescript': {
      const sf = parseJs(filePath, text);
      return depth === 'root' ? sf.statements.length : visitTs(sf);
    }
    case 'python':
      return readTree(parsePython(text), depth);
    case 'bash':
      return readBash(text, depth);
    case 'markdown': {
      let n = 0;
      for (const m of text.matchAll(FENCE)) n += readBash(m[2] ?? '', depth);
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
  depth: ReadDepth = 'root',
): number {
  let sink = 0;
  for (const f of files) {
    const text = decodeText(f.bytes);
    if (text === undefined) continue;
    const language = detectLanguage(f.path, text);
    const t0 = performance.now();
    sink += parseOne(f.path, text, language, depth);
    if (perLanguage)
      perLanguage[language] = (perLanguage[language] ?? 0) + (performance.now() - t0);
  }
  return sink;
}
