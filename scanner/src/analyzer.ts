/**
 * The analyzer port. An analyzer is pure: it takes one file's text and the rules for its language
 * and returns findings. Embedded code (a fenced bash block in markdown, a base64 blob decoded to a
 * shell command, a `python -c` string) is handed back to the engine through `ctx.embedded`, which
 * routes it to the right analyzer with line numbers mapped back to the outer file.
 */
import type { Rule, RuleLanguage } from '@skillgate/rules';
import type { LinkFact } from './engine/links.js';
import type { Finding } from './types.js';

export interface SourceFile {
  /** posix path inside the skill */
  path: string;
  text: string;
}

export interface EmbeddedOrigin {
  /** 1-based line in the outer file where the embedded text starts */
  line: number;
  /** how the text was obtained (`markdown-fence`, `base64`, `hex`, `string-concat`, `python -c`...) */
  decodedFrom?: string;
  /**
   * the text is the whole content of a file at this path (a settings file the code writes): it is
   * analysed as that file would be (a data file holding agent settings, its hook and server
   * command lines), its findings placed at the outer file
   */
  asFile?: string;
}

export interface AnalyzerContext {
  /** Analyze text of another language found inside this file. Depth-limited by the engine. */
  embedded(text: string, language: RuleLanguage, origin: EmbeddedOrigin): Finding[];
  /** monotonic deadline (performance.now() ms) for this skill; analyzers must stop cleanly after it */
  deadline: number;
  /** 0 for a file of the skill, 1+ for embedded or decoded text (fragments may not parse) */
  depth?: number;
  /**
   * The decoded text of another file of the same skill by its posix path inside the skill
   * (undefined when there is none, or it is binary or over the size limit): lets a code analyzer
   * follow a local import (`from .helpers import run`, `require('./util')`) to the helper it calls.
   */
  sibling?(path: string): string | undefined;
  /**
   * The names the skill gives itself (SKILL.md's frontmatter `name`, skill.json's `name`,
   * engine/hints.ts skillNames), worked out once per scan when first asked.
   */
  ownNames?(): readonly string[];
  /** the posix paths of the skill's files (for a text any of them may hold: a container's mounts) */
  paths?(): readonly string[];
  /**
   * The repositories the skill names as its home (`host/owner/name`: SKILL.md's `homepage` or
   * `repository`, skill.json's, package.json's; engine/hints.ts homeAddresses), worked out once per
   * scan when first asked: a clone of one of them is the skill's own code.
   */
  ownRepos?(): readonly string[];
  /**
   * Report where this file saves downloaded data and which paths it runs or loads (line in this
   * text): the engine links them across the skill's files (engine/links.ts).
   */
  link?(fact: LinkFact): void;
  /**
   * Set when `embedded` finds nothing because the caller keeps only this analyzer's own findings
   * (the engine reading a code file's text for its `code: scan` text rules): an analyzer may skip
   * looking for embedded code, whose findings would be thrown away.
   */
  embeddedIgnored?: boolean;
}

export interface Analyzer {
  /** languages whose rules this analyzer interprets */
  readonly languages: readonly RuleLanguage[];
  /** validates a rule's `match` block for this analyzer; returns problems in plain words */
  validateMatch(match: Record<string, unknown>): string[];
  analyze(file: SourceFile, rules: readonly Rule[], ctx: AnalyzerContext): Finding[];
}
