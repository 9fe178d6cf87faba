/** The Python analyzer: tree-sitter parse → facts → rules (shared code-rule vocabulary). */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import type { Rule } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import type { Finding } from '../../types.js';
import { unparsable } from '../../engine/builtin.js';
import { evaluateRules } from '../code/evaluate.js';
import { pruneStrings } from '../code/facts.js';
import { copyTree, type CopyOptions, type TreeNode } from '../code/tree.js';
import { plainLiteral } from './fold.js';
import { validateCodeMatch } from '../code/validate.js';
import { PyWalker } from './walk.js';

let parser: Parser | undefined;

/** the shared tree-sitter parser for Python (parsing is synchronous, so one instance is enough) */
export function pythonParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return parser;
}

/** the input buffer holds the whole text, sized to it (see parseBash in bash/syntax.ts) */
export function parsePython(text: string): Parser.Tree {
  return pythonParser().parse(text, undefined, { bufferSize: text.length * 2 + 1024 });
}

/**
 * What the walker and folder read: fields only under these node types; anonymous nodes (tokens)
 * only as the operator of a binary_operator; no children of identifiers, numbers and other
 * childless types (import_prefix's dots are never read); a plain (non-f) string literal folds from its text,
 * so its string_start/content/end children are not copied.
 */
const copyOptions: CopyOptions = {
  fieldParents: new Set([
    'interpolation',
    'pair',
    'boolean_operator',
    'binary_operator',
    'subscript',
    'aliased_import',
    'import_from_statement',
    'assignment',
    'augmented_assignment',
    'as_pattern',
    'for_statement',
    'keyword_argument',
    'function_definition',
    'class_definition',
    'lambda',
    'default_parameter',
    'typed_default_parameter',
  ]),
  anonymousParents: new Set(['binary_operator']),
  skipChildless: true,
  leafTypes: new Set(['string']),
  keepChildren: (n) => plainLiteral(n.text) === undefined,
};

/**
 * Python reads its names in NFKC form (PEP 3131): `𝐞𝐱𝐞𝐜(…)` and `ｅｘｅｃ(…)` are `exec(…)`. The code
 * between string literals and comments is given in that form (strings and comments keep their
 * text); a file of ASCII only is returned as it is.
 */
export function nfkcNames(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(
    /[rRbBuUfF]{0,2}(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$)|'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?)|#[^\n]*/g,
  )) {
    out += text.slice(at, m.index).normalize('NFKC') + m[0];
    at = m.index + m[0].length;
  }
  return out + text.slice(at).normalize('NFKC');
}

/** helper files parsed once per scan (keyed by the scan's sibling reader) */
const helperTrees = new WeakMap<
  (path: string) => string | undefined,
  Map<string, TreeNode | null>
>();

/** the parsed tree of another Python file of the skill, for following local imports */
function helperLoader(ctx: AnalyzerContext): ((path: string) => TreeNode | undefined) | undefined {
  const sibling = ctx.sibling;
  if (!sibling) return undefined;
  let trees = helperTrees.get(sibling);
  if (!trees) helperTrees.set(sibling, (trees = new Map()));
  const cache = trees;
  return (path) => {
    let t = cache.get(path);
    if (t === undefined) {
      const raw = path.endsWith('.py') ? sibling(path) : undefined;
      const text = raw === undefined ? undefined : nfkcNames(raw);
      t = text === undefined ? null : copyTree(parsePython(text), text, copyOptions);
      cache.set(path, t);
    }
    return t ?? undefined;
  };
}

export const pythonAnalyzer: Analyzer = {
  languages: ['python'],
  validateMatch: (m) => validateCodeMatch(m),
  analyze(given: SourceFile, rules: readonly Rule[], ctx: AnalyzerContext): Finding[] {
    const names = nfkcNames(given.text);
    const file = names === given.text ? given : { ...given, text: names };
    const tree = parsePython(file.text);
    const load = helperLoader(ctx);
    const root = copyTree(tree, file.text, copyOptions);
    const walker = new PyWalker(
      root,
      ctx,
      load ? { path: file.path, load, chain: [file.path] } : undefined,
    );
    const facts = pruneStrings(walker.run());
    if (ctx.link) walker.reportLinks(ctx.link);
    const out = evaluateRules(file, 'python', rules, facts, ctx);
    if (!ctx.depth && tree.rootNode.hasError) {
      const errors = tree.rootNode.descendantsOfType('ERROR');
      const span = errors.reduce((n, e) => n + (e.endIndex - e.startIndex), 0);
      if (errors.length >= 3 || span > file.text.length * 0.05) {
        const first = errors[0];
        out.push(
          unparsable(
            file.path,
            'Python',
            first ? first.startPosition.row + 1 : 0,
            `${errors.length} syntax error region(s) covering ${span} bytes`,
          ),
        );
      }
    }
    return out;
  },
};
