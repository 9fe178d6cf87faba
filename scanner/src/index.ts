export * from './types.js';
export * from './analyzer.js';
export {
  scanFiles,
  scanPath,
  loadScanInput,
  defaultRules,
  SCANNER_VERSION,
  type ScanInputFile,
} from './engine/scan.js';
export type { ScanOptions } from './engine/options.js';
export { BudgetExceeded, checkDeadline } from './engine/route.js';
export { findingFor, lineText, clip, type HitPlace } from './engine/finding.js';
export { detectLanguage } from './engine/language.js';
export { BUILTIN_RULES } from './engine/builtin.js';
export { analyzers } from './analyzers/index.js';
export { decideVerdict, findingVerdict } from './verdict/verdict.js';
export { compareCapabilities, observedCapabilities, isDeclared } from './capabilities/compare.js';
export { evaluateCorpus, formatEval, type EvalResult, type SampleResult } from './eval/evaluate.js';
export { toSarif, type SarifLog, type SarifResult, type SarifRule } from './report/sarif.js';
export { formatHuman } from './report/human.js';
export { scanSkill, scanTarget, type FullScanOptions } from './full-scan.js';
export * from './dynamic/index.js';
