/**
 * A detection rule is data: one YAML file per rule, named `<id>.yaml`, under rules/rules/.
 * The metadata block is fixed and validated here; `match` is interpreted by the analyzer of the
 * rule's language(s), which validates it against its own matcher schema (see `MatcherSchemas`).
 */
export type RuleLanguage =
  | 'javascript'
  | 'typescript'
  | 'python'
  | 'bash'
  | 'powershell'
  | 'markdown'
  | 'text'
  | 'manifest'
  | 'dynamic';
export type RuleSeverity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export interface Rule {
  id: string;
  message: string;
  severity: RuleSeverity;
  /** GuardDog's split: a `capability` says what the code can do; a `threat` is malicious intent. */
  category: 'capability' | 'threat';
  /** finer grouping used by the verdict engine and reports (e.g. `download-exec`, `exfiltration`) */
  threat?: string;
  languages: RuleLanguage[];
  references: string[];
  remediation: string;
  /** analyzer-specific pattern; its shape is checked by the analyzer that owns the language */
  match: Record<string, unknown>;
  /** the file the rule came from */
  source: string;
}

export interface RuleSet {
  rules: Rule[];
  /** sha256 over every rule file (sorted), so attestations can name the exact rules used */
  version: string;
  byId(id: string): Rule | undefined;
  forLanguage(lang: RuleLanguage): Rule[];
}
