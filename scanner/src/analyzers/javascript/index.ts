/** The JavaScript/TypeScript analyzer: TypeScript compiler API parse (no type-check) → facts → rules. */
import ts from './typescript.cjs';
import type { Rule } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import type { Finding } from '../../types.js';
import { unparsable } from '../../engine/builtin.js';
import { evaluateRules } from '../code/evaluate.js';
import { pruneStrings } from '../code/facts.js';
import { validateCodeMatch } from '../code/validate.js';
import { reportJsLinks } from './links.js';
import { JsWalker } from './walk.js';

function scriptKind(path: string): ts.ScriptKind {
  if (/\.tsx$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.(?:m|c)?ts$/i.test(path)) return ts.ScriptKind.TS;
  if (/\.jsx$/i.test(path)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/** parse only: the TypeScript parser recovers from syntax errors, so this does not throw on bad input */
export function parseJs(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
}

/** helper files parsed once per scan (keyed by the scan's sibling reader) */
const helperFiles = new WeakMap<
  (path: string) => string | undefined,
  Map<string, ts.SourceFile | null>
>();

/** the parsed source of another JS/TS file of the skill, for following local imports */
function helperLoader(
  ctx: AnalyzerContext,
): ((path: string) => ts.SourceFile | undefined) | undefined {
  const sibling = ctx.sibling;
  if (!sibling) return undefined;
  let files = helperFiles.get(sibling);
  if (!files) helperFiles.set(sibling, (files = new Map()));
  const cache = files;
  return (path) => {
    let sf = cache.get(path);
    if (sf === undefined) {
      const text = /\.(?:m|c)?[jt]sx?$/i.test(path) ? sibling(path) : undefined;
      sf = text === undefined ? null : parseJs(path, text);
      cache.set(path, sf);
    }
    return sf ?? undefined;
  };
}

export const javascriptAnalyzer: Analyzer = {
  languages: ['javascript', 'typescript'],
  validateMatch: (m) => validateCodeMatch(m),
  analyze(file: SourceFile, rules: readonly Rule[], ctx: AnalyzerContext): Finding[] {
    const sf = parseJs(file.path, file.text);
    const load = helperLoader(ctx);
    const walker = new JsWalker(
      sf,
      ctx,
      load ? { path: file.path, load, chain: [file.path] } : undefined,
    );
    const facts = pruneStrings(walker.run());
    if (ctx.link) reportJsLinks(facts, ctx.link, walker.evalReads);
    const lang = /\.(?:m|c)?tsx?$/i.test(file.path) ? 'typescript' : 'javascript';
    const out = evaluateRules(file, lang, rules, facts, ctx);
    const diags =
      (sf as unknown as { parseDiagnostics?: Array<{ start?: number }> }).parseDiagnostics ?? [];
    if (!ctx.depth && diags.length >= 3) {
      const line = sf.getLineAndCharacterOfPosition(diags[0]?.start ?? 0).line + 1;
      out.push(
        unparsable(
          file.path,
          lang === 'typescript' ? 'TypeScript' : 'JavaScript',
          line,
          `${diags.length} syntax errors`,
        ),
      );
    }
    return out;
  },
};
