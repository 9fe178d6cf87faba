/**
 * Runs the analyzer for a language on one text and routes embedded code (fenced blocks, decoded
 * blobs, `sh -c` strings) back through the registry, depth-limited, with lines mapped to the
 * outer file. Analyzer errors and budget overruns become `unanalyzable` findings, never crashes.
 */
import type { Rule, RuleLanguage, RuleSet } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, EmbeddedOrigin } from '../analyzer.js';
import type { Finding } from '../types.js';
import { UNANALYZABLE } from './builtin.js';
import { scanChars } from '../analyzers/markdown/chars.js';
import { mayMatchText } from '../analyzers/markdown/match.js';
import { tokenFindings } from '../analyzers/markdown/tokens.js';
import { agentComments } from './comments.js';
import { findingFor, injectionFinding } from './finding.js';
import { lastAtMost, lineStarts } from './lines.js';
import { Links, type LinkFact } from './links.js';

/** Thrown by analyzers (or the engine) when the skill's time budget is used up. */
export class BudgetExceeded extends Error {
  override readonly name = 'BudgetExceeded';
}

/** Analyzers call this in their loops; it throws BudgetExceeded once the deadline has passed. */
export function checkDeadline(ctx: Pick<AnalyzerContext, 'deadline'>): void {
  if (performance.now() > ctx.deadline) throw new BudgetExceeded('time budget exceeded');
}

/** origins whose inner line numbers are lines of the outer file (a fence), not of decoded bytes */
const LINE_PRESERVING = new Set([
  'markdown-fence',
  'fence',
  'heredoc',
  'lifecycle-script',
  'inline-code',
  'recipe',
]);

export interface Router {
  analyze(path: string, text: string, language: RuleLanguage, depth: number): Finding[];
  /** a text found by the skill-level step (a file another file runs), analysed like embedded code */
  analyzeText(path: string, text: string, language: RuleLanguage): Finding[];
  /** ms spent per language (outermost calls only) */
  timings: Record<string, number>;
  /** what the analyzers reported about paths saved and run, for the skill-level step */
  links: Links;
}

export function analyzerFor(
  analyzers: readonly Analyzer[],
  language: RuleLanguage,
): Analyzer | undefined {
  return analyzers.find((a) => a.languages.includes(language));
}

/** rules per language, once per rule set rather than once per scan (a RuleSet is not mutated) */
const byLanguage = new WeakMap<RuleSet, Map<RuleLanguage, Rule[]>>();

const codeScan = new WeakMap<readonly Rule[], Rule[]>();

/** text rules that read code too (`code: scan`): their phrases are data wherever they stand */
function codeScanRules(textRules: readonly Rule[]): Rule[] {
  let r = codeScan.get(textRules);
  if (!r) {
    r = textRules.filter((x) => (x.match as { text?: { code?: string } }).text?.code === 'scan');
    codeScan.set(textRules, r);
  }
  return r;
}

export function makeRouter(opts: {
  analyzers: readonly Analyzer[];
  rules: RuleSet;
  deadline: number;
  maxDepth: number;
  maxBytes: number;
  /** the skill's other files, for analyzers that follow local imports */
  sibling?: (path: string) => string | undefined;
  /** the names the skill gives itself (AnalyzerContext.ownNames) */
  ownNames?: () => readonly string[];
  /** the skill's file paths (AnalyzerContext.paths) */
  paths?: () => readonly string[];
  /** the repositories the skill names as its home (AnalyzerContext.ownRepos) */
  ownRepos?: () => readonly string[];
}): Router {
  let rulesByLang = byLanguage.get(opts.rules);
  if (!rulesByLang) byLanguage.set(opts.rules, (rulesByLang = new Map()));
  const cache = rulesByLang;
  const rulesFor = (lang: RuleLanguage): Rule[] => {
    let r = cache.get(lang);
    if (!r) cache.set(lang, (r = opts.rules.forLanguage(lang)));
    return r;
  };
  const timings: Record<string, number> = {};
  const links = new Links();

  function unanalyzable(path: string, line: number, why: string): Finding {
    return findingFor(UNANALYZABLE, {
      file: path,
      line,
      message: `${path} could not be analyzed: ${why}.`,
    });
  }

  function analyze(
    path: string,
    text: string,
    language: RuleLanguage,
    depth: number,
    link: (fact: LinkFact) => void = (f) => links.add(path, f),
  ): Finding[] {
    const analyzer = analyzerFor(opts.analyzers, language);
    if (!analyzer) return [];
    const ctx: AnalyzerContext = {
      deadline: opts.deadline,
      depth,
      ...(opts.sibling ? { sibling: opts.sibling } : {}),
      ...(opts.ownNames ? { ownNames: opts.ownNames } : {}),
      ...(opts.paths ? { paths: opts.paths } : {}),
      ...(opts.ownRepos ? { ownRepos: opts.ownRepos } : {}),
      link,
      embedded(inner: string, lang: RuleLanguage, origin: EmbeddedOrigin): Finding[] {
        if (!inner.trim()) return [];
        if (depth + 1 > opts.maxDepth) {
          return [
            unanalyzable(
              path,
              origin.line,
              `code nested or encoded more than ${opts.maxDepth} levels deep`,
            ),
          ];
        }
        if (inner.length > opts.maxBytes) {
          return [
            unanalyzable(path, origin.line, `embedded ${lang} text is over ${opts.maxBytes} bytes`),
          ];
        }
        const keepLines = !origin.decodedFrom || LINE_PRESERVING.has(origin.decodedFrom);
        const at = (line: number) => (keepLines && line > 0 ? origin.line + line - 1 : origin.line);
        // text the code prints or a comment holds is judged as words for the agent, not as code
        // that runs: paths named there are not linked
        const innerLink =
          lang === 'text' ? () => {} : (f: LinkFact) => link({ ...f, line: at(f.line) });
        return analyze(origin.asFile ?? path, inner, lang, depth + 1, innerLink).map((f) => {
          const mapped: Finding = {
            ...f,
            line: at(f.line),
          };
          if (origin.asFile && f.file === origin.asFile) mapped.file = path;
          if (origin.decodedFrom && !LINE_PRESERVING.has(origin.decodedFrom)) {
            mapped.decodedFrom = f.decodedFrom
              ? `${origin.decodedFrom}>${f.decodedFrom}`
              : origin.decodedFrom;
          }
          return mapped;
        });
      },
    };
    const t0 = performance.now();
    try {
      if (performance.now() > opts.deadline) throw new BudgetExceeded('time budget exceeded');
      const found = analyzer.analyze({ path, text }, rulesFor(language), ctx);
      // comments of the file that speak to the agent: what the prose rules find in them
      if (depth === 0)
        for (const c of agentComments(text, language))
          found.push(
            ...ctx
              .embedded(c.text, 'text', { line: c.line, decodedFrom: 'code comment' })
              .filter(injectionFinding),
          );
      if (depth === 0) found.push(...hiddenInCode(path, text, language, ctx));
      return found;
    } catch (e) {
      const why =
        e instanceof BudgetExceeded
          ? 'the scan time budget ran out before this file was done'
          : e instanceof RangeError
            ? 'the code is nested too deeply to parse'
            : `the ${language} analyzer failed (${(e as Error).message ?? String(e)})`;
      return [unanalyzable(path, 0, why)];
    } finally {
      if (depth === 0) timings[language] = (timings[language] ?? 0) + (performance.now() - t0);
    }
  }

  /**
   * Invisible carriers in code (GlassWorm): Unicode tag characters or a run of variation selectors
   * inside a string literal spell bytes no editor shows, which the code then decodes and runs. The
   * markdown analyzer finds them in text; in code the same `chars` rules report them, the bytes of
   * a selector run are analysed as code of the file's language and the text of a tag run as words
   * for the agent. Text rules marked `code: scan` (phrases that are data in any file, such as
   * `${{ toJSON(secrets) }}`) read the code file's whole text as well. Markdown and plain text are
   * left to their own analyzer.
   */
  function hiddenInCode(
    path: string,
    text: string,
    language: RuleLanguage,
    ctx: AnalyzerContext,
  ): Finding[] {
    if (language === 'markdown' || language === 'text') return [];
    const out: Finding[] = [];
    const rules = rulesFor('text');
    const codeRules = codeScanRules(rules);
    // most code names none of their phrases: a scan for their literals says so first
    const textAnalyzer =
      codeRules.length && mayMatchText(text, codeRules)
        ? analyzerFor(opts.analyzers, 'text')
        : undefined;
    if (textAnalyzer) {
      const ids = new Set(codeRules.map((r) => r.id));
      // only the rules' own findings: the commands of the text are the code analyzer's
      const quiet: AnalyzerContext = {
        ...ctx,
        embedded: () => [],
        link: () => {},
        embeddedIgnored: true,
      };
      out.push(
        ...textAnalyzer.analyze({ path, text }, codeRules, quiet).filter((f) => ids.has(f.ruleId)),
      );
    }
    // a credential written into code is the same credential
    out.push(...tokenFindings(rules, path, text));
    // hidden text, and bidi controls (Trojan Source: code or a comment displayed in another order
    // than it runs; compilers such as rustc refuse them in literals and comments), the first only
    const all = scanChars(text);
    const bidi = all.find((h) => h.kind === 'bidi');
    const hits = all
      .filter((h) => h.kind === 'unicode-tags' || h.kind === 'variation-selectors')
      .concat(bidi ? [bidi] : []);
    if (!hits.length) return out;
    const starts = lineStarts(text);
    for (const h of hits.slice(0, 20)) {
      const line = lastAtMost(starts, h.offset) + 1;
      const rule = rules.find((r) => (r.match as { chars?: string }).chars === h.kind);
      if (rule)
        out.push(
          findingFor(rule, {
            file: path,
            line,
            evidence:
              h.kind === 'bidi'
                ? 'bidirectional control character'
                : `hidden text: ${(h.decoded ?? '').slice(0, 200)}`,
            message: `${rule.message.replace(/\.$/, '')} (${h.count} characters in code)`,
          }),
        );
      const hidden = h.decoded?.trim() ?? '';
      if (hidden.length < 8) continue;
      if (h.kind === 'variation-selectors')
        out.push(...ctx.embedded(hidden, language, { line, decodedFrom: h.kind }));
      else
        out.push(
          ...ctx.embedded(hidden, 'text', { line, decodedFrom: h.kind }).filter(injectionFinding),
        );
    }
    return out;
  }

  return {
    analyze: (path, text, language, depth) => analyze(path, text, language, depth),
    analyzeText: (path, text, language) => analyze(path, text, language, 1, () => {}),
    timings,
    links,
  };
}
