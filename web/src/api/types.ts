/**
 * The shapes of the public JSON API as the browser sees them (registry/API.md).
 * The web is a client of that contract only; these mirror the documented JSON, not server code.
 */

export type EnvEntry = string | { name: string; hosts: string[] };

export interface Capabilities {
  network?: string[];
  fs?: { read?: string[]; write?: string[] };
  exec?: string[];
  env?: EnvEntry[];
}

export type Verdict = 'pass' | 'review' | 'fail';
export type VersionState =
  | 'received'
  | 'validating'
  | 'scanning'
  | 'signing'
  | 'published'
  | 'rejected'
  | 'review'
  | 'revoked'
  | 'yanked';

export interface SkillSummary {
  name: string;
  description: string;
  version: string;
  publisher: string;
  capabilities: Capabilities;
  verdict: Verdict | null;
  signed: boolean;
  reviewed: boolean;
  publishedAt: string;
}

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  items: SkillSummary[];
}

export interface VersionSummary {
  version: string;
  state: VersionState;
  verdict?: Verdict;
  publishedAt?: string;
  createdAt: string;
  capabilities: Capabilities;
}

export interface SkillInfo {
  name: string;
  description: string;
  owners: string[];
  distTags: { latest?: string };
  versions: VersionSummary[];
}

export interface Manifest {
  name: string;
  version: string;
  description: string;
  license?: string;
  homepage?: string;
  keywords?: string[];
  capabilities: Capabilities;
}

export interface HistoryEntry {
  state: VersionState;
  stage?: string;
  at: string;
  reason?: string;
}

export interface VersionDetail {
  name: string;
  version: string;
  description: string;
  manifest: Manifest;
  integrity: { sha256: string; sha512: string; integrity: string };
  size: number;
  state: VersionState;
  stage?: string;
  verdict?: Verdict;
  reason?: string;
  history: HistoryEntry[];
  createdAt: string;
  publishedAt?: string;
  publisher: string;
  signed: boolean;
  approver?: string;
}

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type Stage = 'static' | 'dynamic';

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: 'capability' | 'threat';
  message: string;
  file: string;
  line: number;
  column?: number;
  evidence?: string;
  remediation?: string;
  stage: Stage;
  run?: string;
  syscall?: string;
  decodedFrom?: string;
}

export interface DynamicRun {
  id: string;
  target: string;
  argv: string[];
  exitCode: number | null;
  signal?: string | null;
  limitHit?: string;
  durationMs: number;
}

export interface ScanReport {
  schemaVersion: number;
  skill: { name?: string; version?: string; hasManifest: boolean };
  verdict: Verdict;
  summary: string;
  findings: Finding[];
  capabilities: { declared: Capabilities; observed: Capabilities; undeclared: Capabilities };
  timings: Record<string, number>;
  scanner: { version: string; rulesVersion: string };
  dynamic?: { status: 'ran' | 'skipped' | 'unavailable'; reason?: string; runs: DynamicRun[] };
  scannedAt: string;
}

export interface WhoAmI {
  user: string;
  roles: string[];
}

export interface AuditEntry {
  at?: string;
  action?: string;
  state?: string;
  actor?: string;
  user?: string;
  reason?: string;
  hash?: string;
  [key: string]: unknown;
}
