import type { RuleSet } from '@skillgate/rules';
import type { Analyzer } from '../analyzer.js';

export interface ScanOptions {
  /** the rules to apply (default: every rule in @skillgate/rules, validated by the analyzers) */
  rules?: RuleSet;
  /** analyzers by language (default: the registry in analyzers/index.ts) */
  analyzers?: readonly Analyzer[];
  /** wall-clock budget for the static scan of one skill, in ms (default 5000, or SKILLGATE_SCAN_BUDGET_MS) */
  budgetMs?: number;
  /** files larger than this are not parsed and get an `unanalyzable` finding (default 1 MiB) */
  maxFileBytes?: number;
  /** how deep embedded/decoded code is followed (default 4) */
  maxEmbedDepth?: number;
  /** clock for `scannedAt` (tests) */
  now?: () => Date;
}

export interface ResolvedOptions {
  rules: RuleSet;
  analyzers: readonly Analyzer[];
  budgetMs: number;
  maxFileBytes: number;
  maxEmbedDepth: number;
  now: () => Date;
}
