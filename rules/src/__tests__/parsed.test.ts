import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_RULES_DIR, loadRules } from '../load.js';
import { bundleEntries, PARSED_BUNDLE, parseYamlText } from '../parsed.js';

const ruleTexts = (): string[] =>
  readdirSync(DEFAULT_RULES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(path.join(DEFAULT_RULES_DIR, f), 'utf8'));

describe('rule YAML parsed at build time', () => {
  it('the build bundled every rule file of this checkout, each as YAML parses it', () => {
    const bundle = JSON.parse(readFileSync(PARSED_BUNDLE, 'utf8')) as Record<string, string>;
    const texts = ruleTexts();
    assert.ok(texts.length > 100);
    for (const text of texts) {
      const json = bundle[createHash('sha256').update(text).digest('hex')];
      assert.ok(json, `not bundled: ${text.slice(0, 60)}`);
      assert.deepEqual(JSON.parse(json), parseYaml(text));
    }
  });

  it('a text the bundle does not hold is parsed from YAML', () => {
    const text = `${ruleTexts()[0] ?? ''}\n# edited after the build\n`;
    assert.deepEqual(parseYamlText(text), parseYaml(text));
    assert.throws(() => parseYamlText('id: [unclosed\n'), /Flow sequence|Missing|Unexpected/);
  });

  it('gives a fresh document each time', () => {
    const text = ruleTexts()[0] as string;
    const a = parseYamlText(text) as Record<string, unknown>;
    a['id'] = 'changed';
    assert.notEqual((parseYamlText(text) as Record<string, unknown>)['id'], 'changed');
  });

  it('leaves out what JSON cannot carry and what is not YAML', () => {
    const entries = bundleEntries(['a: .inf\n', 'b: [unclosed\n', 'c: 1\n']);
    assert.deepEqual(Object.values(entries), ['{"c":1}']);
  });

  it('loads the same rules as a parse of every file from YAML', () => {
    const rules = loadRules();
    for (const r of rules.rules.slice(0, 40)) {
      const doc = parseYaml(readFileSync(r.source, 'utf8')) as { id: string; message: string };
      assert.equal(r.id, doc.id);
      assert.equal(r.message, doc.message);
    }
  });
});
