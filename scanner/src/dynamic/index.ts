export { runDynamic, DEFAULT_DYNAMIC_LIMITS } from './run.js';
export type { DynamicOptions, DynamicOutcome } from './run.js';
export { planRuns, markdownCommands, transpile, TRANSPILED_SUFFIX } from './targets.js';
export type { DynamicFile, RunTarget, MarkdownCommand } from './targets.js';
export { runFindings } from './behaviour.js';
export { findCanaries, canaryNeedle } from './canary.js';
export { DYNAMIC_RULES } from './rules.js';
