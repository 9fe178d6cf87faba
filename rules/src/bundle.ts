/**
 * Build step (`node dist/bundle.js`, run by this package's `build` script): parses every rule and
 * set file of rules/rules/ once and writes dist/parsed-yaml.json (see parsed.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_RULES_DIR, yamlFiles } from './load.js';
import { bundleEntries, PARSED_BUNDLE } from './parsed.js';

const yamlIn = (dir: string): string[] =>
  existsSync(dir) ? yamlFiles(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')) : [];

const texts = [...yamlIn(DEFAULT_RULES_DIR), ...yamlIn(path.join(DEFAULT_RULES_DIR, 'sets'))];
const entries = bundleEntries(texts);
writeFileSync(PARSED_BUNDLE, JSON.stringify(entries));
console.log(
  `rules: ${Object.keys(entries).length} of ${texts.length} YAML files parsed into ${path.relative(process.cwd(), PARSED_BUNDLE)}`,
);
