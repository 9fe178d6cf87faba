/**
 * The analyzer registry: one analyzer per language. The engine routes each file (and each
 * embedded snippet via `ctx.embedded`) to the first analyzer listing its language.
 * Add new analyzers here.
 */
import type { Analyzer } from '../analyzer.js';
import { bashAnalyzer } from './bash/index.js';
import { markdownAnalyzer, textAnalyzer } from './markdown/index.js';
import { javascriptAnalyzer } from './javascript/index.js';
import { manifestAnalyzer } from './manifest/index.js';
import { powershellAnalyzer } from './powershell/index.js';
import { pythonAnalyzer } from './python/index.js';

export const analyzers: readonly Analyzer[] = [
  javascriptAnalyzer,
  pythonAnalyzer,
  bashAnalyzer,
  powershellAnalyzer,
  manifestAnalyzer,
  markdownAnalyzer,
  textAnalyzer,
];
