/**
 * SARIF 2.1.0 output that GitHub code scanning accepts: one run, tool.driver.rules for every rule
 * that produced a result (id, shortDescription, helpUri, defaultConfiguration.level,
 * security-severity), results with ruleId, level, message and a physical location.
 */
import type { Rule, RuleSet } from '@skillgate/rules';
import { BUILTIN_RULES } from '../engine/builtin.js';
import { SCANNER_VERSION } from '../engine/scan.js';
import type { Finding, ScanReport, Severity } from '../types.js';

export type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};
const HELP_BASE = 'https://skillgate.example/rules/';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; precision: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn?: number; snippet?: { text: string } };
    };
  }>;
  partialFingerprints: { primaryLocationLineHash: string };
  properties: Record<string, unknown>;
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  results: SarifResult[];
  properties: { verdict: string; summary: string };
}

function describeRule(id: string, rule: Rule | undefined, sample: Finding): SarifRule {
  const message = rule?.message ?? sample.message;
  const severity = rule?.severity ?? sample.severity;
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: message.length > 120 ? `${message.slice(0, 117)}...` : message },
    fullDescription: { text: message },
    help: { text: rule?.remediation ?? sample.remediation ?? message },
    helpUri: rule?.references[0] ?? `${HELP_BASE}${id}`,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', rule?.category ?? sample.category, ...(rule?.threat ? [rule.threat] : [])],
      'security-severity': SECURITY_SEVERITY[severity],
      precision: 'high',
    },
  };
}

function fingerprint(f: Finding): string {
  let h = 0;
  for (const c of `${f.ruleId}|${f.file}|${f.evidence ?? f.message}`)
    h = (Math.imul(h, 31) + (c.codePointAt(0) ?? 0)) | 0;
  return `${(h >>> 0).toString(16)}:1`;
}

export function toSarif(report: ScanReport, rules?: RuleSet): SarifLog {
  const lookup = (id: string) => rules?.byId(id) ?? BUILTIN_RULES.find((r) => r.id === id);
  const driverRules: SarifRule[] = [];
  const index = new Map<string, number>();
  const results: SarifResult[] = report.findings.map((f) => {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      i = driverRules.push(describeRule(f.ruleId, lookup(f.ruleId), f)) - 1;
      index.set(f.ruleId, i);
    }
    const region: SarifResult['locations'][number]['physicalLocation']['region'] = {
      startLine: Math.max(1, f.line),
    };
    if (f.column !== undefined) region.startColumn = Math.max(1, f.column);
    if (f.evidence) region.snippet = { text: f.evidence };
    const properties: Record<string, unknown> = {
      severity: f.severity,
      category: f.category,
      stage: f.stage,
    };
    if (f.capability) properties['capability'] = f.capability;
    if (f.decodedFrom) properties['decodedFrom'] = f.decodedFrom;
    if (f.remediation) properties['remediation'] = f.remediation;
    return {
      ruleId: f.ruleId,
      ruleIndex: i,
      level: LEVEL[f.severity],
      message: {
        text: f.decodedFrom ? `${f.message} (in text decoded from ${f.decodedFrom})` : f.message,
      },
      locations: [
        { physicalLocation: { artifactLocation: { uri: f.file || 'skill.json' }, region } },
      ],
      partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
      properties,
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'skillgate',
            version: report.scanner.version || SCANNER_VERSION,
            informationUri: 'https://skillgate.example',
            rules: driverRules,
          },
        },
        results,
        properties: { verdict: report.verdict, summary: report.summary },
      },
    ],
  };
}
