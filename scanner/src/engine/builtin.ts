/**
 * Findings the engine itself raises (not tied to a rule file): the fail-closed `unanalyzable`
 * and a manifest that cannot be read. Described here so reports (SARIF) can name them.
 */
import type { Rule } from '@skillgate/rules';
import type { Finding } from '../types.js';
import { findingFor } from './finding.js';

function builtin(r: Omit<Rule, 'source' | 'languages' | 'references' | 'match'>): Rule {
  return { ...r, languages: ['text'], references: [], match: { builtin: true }, source: 'builtin' };
}

export const UNANALYZABLE = builtin({
  id: 'unanalyzable',
  message: 'This file could not be analyzed, so nothing can be said about what it does.',
  severity: 'medium',
  category: 'threat',
  threat: 'unanalyzable',
  remediation:
    'Ship source code rather than binaries or minified bundles, keep files small, and make sure every script parses.',
});

export const MANIFEST_INVALID = builtin({
  id: 'manifest-invalid',
  message:
    'skill.json is not a valid skillgate manifest, so the declared capabilities are unknown.',
  severity: 'medium',
  category: 'threat',
  threat: 'manifest',
  remediation:
    'Fix skill.json so it validates against the published manifest schema (`skillgate init` writes one).',
});

export const BINARY_ASSET = builtin({
  id: 'binary-asset',
  message: 'Binary media asset (not analyzed as code).',
  severity: 'info',
  category: 'capability',
  remediation: 'Nothing to do if this is an image, icon or font the skill really uses.',
});

export const ARCHIVE_OPENED = builtin({
  id: 'archive-opened',
  message: "Archive shipped with the skill; the files inside were analyzed as the skill's own.",
  severity: 'info',
  category: 'capability',
  remediation:
    'Nothing to do if the skill needs the archive; its files are judged like any other (see the findings under its name).',
});

/** A file that mostly does not parse as its language: whatever it hides was not analyzed. */
export function unparsable(path: string, language: string, line: number, detail: string): Finding {
  return findingFor(UNANALYZABLE, {
    file: path,
    line,
    message: `${path} could not be fully analyzed: it does not parse as ${language} (${detail}).`,
  });
}

export const BUILTIN_RULES: readonly Rule[] = [
  UNANALYZABLE,
  MANIFEST_INVALID,
  BINARY_ASSET,
  ARCHIVE_OPENED,
];
