/**
 * The rule harness: every rule has positive and benign fixtures under rules/fixtures/<id>/; each
 * fixture goes through the whole engine and the rule must hit every positive and no benign.
 * A fixture file `positive[-x].<ext>` is scanned as `fixture.<ext>`; `positive.package.json`
 * as `package.json`; a fixture directory is scanned as a whole skill folder.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '@skillgate/format';
import { DEFAULT_FIXTURES_DIR } from '@skillgate/rules';
import { defaultRules, scanFiles } from '../index.js';

const rules = defaultRules();

export function fixturePath(name: string): string {
  const rest = name.slice(name.indexOf('.') + 1);
  return rest.includes('.') ? rest : `fixture.${rest}`;
}

async function ruleIdsFor(file: string): Promise<string[]> {
  const files = statSync(file).isDirectory()
    ? await collectFiles(file)
    : [{ path: fixturePath(path.basename(file)), bytes: readFileSync(file) }];
  return scanFiles(files, { rules }).findings.map((f) => f.ruleId);
}

describe('rule harness', () => {
  for (const rule of rules.rules) {
    // dynamic-stage rules are exercised by the dynamic scanner's own tests
    if (rule.languages.every((l) => l === 'dynamic')) continue;
    it(`${rule.id}: hits every positive fixture and no benign one`, async () => {
      const dir = path.join(DEFAULT_FIXTURES_DIR, rule.id);
      let entries: string[] = [];
      try {
        entries = readdirSync(dir).sort();
      } catch {
        assert.fail(`rule ${rule.id} has no fixtures: add ${dir}/positive.<ext> and benign.<ext>`);
      }
      const positives = entries.filter((e) => e.startsWith('positive'));
      const benigns = entries.filter((e) => e.startsWith('benign'));
      assert.ok(positives.length > 0, `${rule.id} needs at least one positive fixture`);
      assert.ok(benigns.length > 0, `${rule.id} needs at least one benign fixture`);
      for (const p of positives) {
        const ids = await ruleIdsFor(path.join(dir, p));
        assert.ok(
          ids.includes(rule.id),
          `${rule.id} did not hit positive fixture ${p} (hits: ${[...new Set(ids)].join(', ') || 'none'})`,
        );
      }
      for (const b of benigns) {
        const ids = await ruleIdsFor(path.join(dir, b));
        assert.ok(!ids.includes(rule.id), `${rule.id} hit benign fixture ${b}`);
      }
    });
  }
});
