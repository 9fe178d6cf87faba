/**
 * A technique split across the files of a skill: one file saves a download to a path (bash
 * `curl -o` / `wget -O` / `>`, Python urlretrieve or a response written out, JS fetch then
 * writeFile) and another runs, sources, makes executable or unsafely loads that path (bash `bash
 * P` / `./P` / `source P`, Python subprocess / exec(open(P).read()) / pickle.load / runpy, JS
 * require / import() / child_process). Each half passes the per-file rules; the skill-level step
 * (engine/links.ts) joins them (skill-download-exec). Look-alikes: downloads read as data (JSON,
 * CSV, safe YAML, a model's bytes), only hashed or verified, checked against a pinned digest
 * before running, and shipped scripts run by another file.
 *
 * Sensitive material handed from one module to another (a JS or Python module that returns or
 * exports the skill's own .env text, an issuer's key or a credential file, imported by relative
 * path, `from .x import y`, `from lib import x`, at most two hops) and sent by the importer fails
 * as the same-file code does (js/py-dotenv-send, cap-key-elsewhere, cap-exfiltration): the
 * importer's folder folds an imported constant or an imported function's return value in the
 * exporting file. Look-alikes: a config helper whose key goes to its issuer's own API, a parsed
 * .env with one key sent to its service, a shipped prompt posted to an API.
 *
 * A file whose text is a command, written by one file and run by another (or by a cron line):
 * heredocs and Python/JS string literals were already analysed where written; a bash
 * `printf '…' > P` / `echo '…' > P` is now analysed when some file runs P. Look-alikes: plain
 * settings written and sourced, a harmless launcher run.
 * Scanned without a skill.json.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../index.js';
import type { ScanReport } from '../types.js';
import {
  downloadThenRead,
  downloadThenRun,
  exportThenOwnApi,
  exportThenSend,
  writeThenRun,
  writeThenRunBenign,
  type Case,
} from './crossfile-cases.js';
import { file, plainSkillMd } from './skills.js';
import { expectVerdicts } from './verdicts.js';

function scan(_name: string, files: Case[1]): ScanReport {
  const list = Object.entries(files).map(([p, t]) => file(p, t));
  return scanFiles(files['SKILL.md'] ? list : [plainSkillMd, ...list]);
}

expectVerdicts('a download run by another file fails', downloadThenRun, scan, 'fail');
expectVerdicts('downloads used as data, shipped scripts run', downloadThenRead, scan, {
  not: 'fail',
});

expectVerdicts(
  'sensitive material exported by one module, sent by another',
  exportThenSend,
  scan,
  'fail',
);
expectVerdicts('a config helper and a client of its own API', exportThenOwnApi, scan, {
  not: 'fail',
});

expectVerdicts('a command written by one file and run by another', writeThenRun, scan, 'fail');
expectVerdicts('settings and launchers written and run', writeThenRunBenign, scan, {
  not: 'fail',
});

describe('the linked finding names both files', () => {
  for (const [name, files] of downloadThenRun)
    it(name, () => {
      const hit = scan(name, files).findings.find((f) => f.ruleId === 'skill-download-exec');
      assert.ok(hit, 'no skill-download-exec finding');
      const others = Object.keys(files).filter((p) => p !== hit.file);
      assert.ok(
        others.some((p) => hit.message.includes(`${p}:`)),
        `${hit.message} names no other file`,
      );
    });
});
