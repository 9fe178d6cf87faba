/**
 * The `manifest` analyzer: package.json (lifecycle scripts, URL/git dependencies, the commands its
 * `bin` puts on PATH, dependencies named like a popular package), requirements*.txt and
 * pyproject.toml (URL/VCS entries, extra indexes, look-alike names) and
 * binding.gyp. Lifecycle script commands and the commands gyp runs are handed to the bash
 * analyzer. It also validates the `match` of capability rules (`undeclared`, `exfiltration`),
 * which the engine applies after all files are analyzed.
 */
import type { Rule } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import { findingFor, lineText } from '../../engine/finding.js';
import type { Finding } from '../../types.js';
import {
  gypFacts,
  packageJsonFacts,
  pyprojectFacts,
  requirementsFacts,
  type ManifestFact,
} from './facts.js';
import { validateManifestMatch } from './match.js';

function matches(rule: Rule, fact: ManifestFact): boolean {
  const m = rule.match;
  if (fact.kind === 'lifecycle') {
    return (
      Array.isArray(m['lifecycleScript']) && (m['lifecycleScript'] as string[]).includes(fact.name)
    );
  }
  if (fact.kind === 'requirement')
    return Array.isArray(m['requirement']) && (m['requirement'] as string[]).includes(fact.source);
  if (fact.kind === 'bin')
    return Array.isArray(m['binName']) && (m['binName'] as string[]).includes(fact.name);
  if (fact.kind === 'lookalike') return m['lookalike'] === true;
  if (fact.kind === 'script' || fact.kind === 'gyp') return false;
  return Array.isArray(m['dependency']) && (m['dependency'] as string[]).includes(fact.source);
}

export const manifestAnalyzer: Analyzer = {
  languages: ['manifest'],
  validateMatch: validateManifestMatch,
  analyze(file: SourceFile, rules: readonly Rule[], ctx: AnalyzerContext): Finding[] {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
    let facts: ManifestFact[] = [];
    if (base === 'package.json') facts = packageJsonFacts(file.text);
    else if (/^requirements[^/]*\.(?:txt|in)$/.test(base)) facts = requirementsFacts(file.text);
    else if (base === 'pyproject.toml') facts = pyprojectFacts(file.text);
    else if (/\.gypi?$/.test(base)) facts = gypFacts(file.text);
    const out: Finding[] = [];
    for (const fact of facts) {
      for (const rule of rules) {
        if (matches(rule, fact)) {
          out.push(
            findingFor(rule, {
              file: file.path,
              line: fact.line,
              evidence: lineText(file.text, fact.line),
            }),
          );
        }
      }
      if (fact.kind === 'lifecycle' || fact.kind === 'gyp') {
        out.push(
          ...ctx.embedded(fact.command, 'bash', {
            line: fact.line,
            decodedFrom: fact.kind === 'gyp' ? 'gyp-command' : 'lifecycle-script',
          }),
        );
      }
    }
    return out;
  },
};
