/**
 * Gaps12: known gaps of the static analysis, each closed as a technique, with look-alikes that
 * keep their verdict. The cases are in src/__fixtures__/gaps12/cases.json (one skill each,
 * `group:name`; `…:b-…` is a look-alike); reserved hosts only, nothing here is ever run. Verdicts
 * on main de370fc before the change are noted per gap.
 *
 * (g1) An ssh ProxyCommand running a download. `ssh -o ProxyCommand="curl … | sh" host` (bash, a
 * Python argv, an os.system string) and a `ProxyCommand` line a Python script appends to
 * ~/.ssh/config passed: the option was an ssh argument like any other. The commands ssh runs on
 * the local machine (ProxyCommand, LocalCommand, KnownHostsCommand, `Match exec`), from `-o`
 * options or from the text a bash or Python/JS script writes to an ssh config file, are now
 * scanned as shell (bash/ssh.ts; bash/index.ts embedded, code/evaluate.ts). Main: 4 pass -> fail;
 * a ProxyCommand of `ssh -W` to a bastion or `nc -X 5 -x proxy` stays pass.
 *
 * (g2) A docstring filled from a download and run (`task.__doc__ = urlopen(…).read();
 * exec(task.__doc__)`) failed already on main (py-exec-downloaded-text); kept as a case, with the
 * same docstring only printed passing.
 *
 * (g3) zipimport of a downloaded zip. A response saved to a .zip then handed to
 * `zipimport.zipimporter(P)`, put on `sys.path` (insert/append, `site.addsitedir`) and imported
 * passed. Those calls are now path runners of a downloaded file (python/walk.ts PATH_RUNNERS,
 * rule py-run-downloaded-file). Main: 3 pass -> fail; the skill's own vendored zip on sys.path
 * beside a downloaded data zip read with zipfile stays pass.
 *
 * (g4, g8) A program name printed by a text command. `$(echo xcurl | cut -c2-) URL | sh`, `curl
 * … | $(sed s/q// <<< qbash)`, a variable set so, `printf -v C '%s%s' cu rl`, `$(printf
 * '\x63url')`, `%c` and `%q` passed (a substitution was unknown unless it looked a program up).
 * A substitution (or `printf -v`) of echo/printf/sed/cut with known words, fed a literal
 * here-string or the pipeline before it, is now the text it prints (bash/values.ts printed,
 * decode.ts editText, shared with the decoded-output pass). Main: 5 pass -> fail; `$(echo xdate
 * | cut -c2-)`, `printf -v stamp '%(%F)T'` and `printf '%03d'` stay pass.
 *
 * (g9) `cd D && git checkout <full hash>` after a clone, then running its installer, failed as an
 * unpinned run: only `git -C D checkout` was a pin, and under `set -e` an `&&` list guarded
 * nothing after it. A command's folder after a `cd` is now kept (facts.ts cwd) and an `&&` list of
 * checks under `set -e` guards what follows. Main: fail -> review; `git checkout v1.2` stays fail.
 *
 * (g10) Recipes. A Dockerfile `ADD URL DEST` then `RUN sh DEST` (or DEST in /usr/local/bin run by
 * name) was a download nowhere; `SHELL ["python3", "-c"]` left RUN lines read as shell; `SHELL
 * ["/bin/sh", "-c", "SCRIPT"]` ran SCRIPT unseen; make's `$(call f,URL)` was empty, a `define`
 * body stood on lines of its own, `SHELL := python3` with `.ONESHELL:` made Python recipes read
 * as shell; a home folder mounted by a script not in a fixed list of file names was not seen by
 * the Dockerfile. Now: ADD is `curl -o` (a git URL a clone, `--checksum` a digest check), SHELL
 * sets the language or the script run, `$(call …)` binds `$(1)`…, recipe lines from a multi-line
 * variable are joined, the make SHELL's interpreter reads the recipes, and every file of the skill
 * may declare a mount (recipes.ts; AnalyzerContext.paths); a bare program name runs a file written
 * to a PATH folder (flow.ts). Main: add-bin, make-shell-python, compose-mount pass -> fail
 * (add-run, shell-script, shell-python, make-call failed already on a line-scan finding and now
 * also on the recipe's own line). nox sessions, `.vscode/launch.json` runtimeArgs and an included
 * `.inc` makefile failed already; the same shapes harmless stay pass.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { scanCase } from './skills.js';
import { assertVerdictWith } from './verdicts.js';

const cases = JSON.parse(
  readFileSync(new URL('../../src/__fixtures__/gaps12/cases.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, string>>;

/** each attack's verdict and the finding (`rule@file:line`) it must hold; look-alikes pass */
const ATTACKS: Record<string, ['fail' | 'review', string]> = {
  'g1:a-py-ssh-proxy-argv': ['fail', 'bash-download-exec@run.py:5'],
  'g1:a-py-ssh-proxy-string': ['fail', 'bash-download-exec@deploy.py:3'],
  'g1:a-py-ssh-proxy-config': ['fail', 'bash-download-exec@setup.py:4'],
  'g1:a-sh-ssh-proxy': ['fail', 'bash-download-exec@mirror.sh:2'],
  'g2:a-py-doc-exec': ['fail', 'py-exec-downloaded-text@task.py:9'],
  'g3:a-py-zipimporter': ['fail', 'py-run-downloaded-file@load.py:7'],
  'g3:a-py-zip-syspath': ['fail', 'py-run-downloaded-file@load.py:7'],
  'g3:a-py-zip-retrieve-importlib': ['fail', 'py-run-downloaded-file@ext.py:9'],
  'g4:a-sh-cut-name': ['fail', 'bash-download-exec@setup.sh:2'],
  'g4:a-sh-sed-name': ['fail', 'bash-download-exec@setup.sh:2'],
  'g4:a-sh-var-cut-sed': ['fail', 'bash-download-exec@setup.sh:4'],
  'g6:a-js-exec-curl-file': ['fail', 'bash-exfiltration@sync.js:3'],
  'g6:a-js-exec-curl-home': ['fail', 'bash-exfiltration@sync.js:4'],
  'g7:a-js-key-auth-and-body': ['fail', 'cap-key-elsewhere@notes.js:3'],
  'g7:a-py-key-auth-and-body': ['fail', 'cap-key-elsewhere@notes.py:7'],
  'g8:a-sh-printf-b': ['fail', 'bash-download-exec@setup.sh:3'],
  'g8:a-sh-printf-v': ['fail', 'bash-download-exec@setup.sh:4'],
  'g8:a-sh-printf-escape': ['fail', 'bash-download-exec@setup.sh:4'],
  'g9:a-sh-cd-checkout-pinned': ['review', 'bash-download-pinned@install.sh:5'],
  'g9:a-sh-cd-checkout-branch': ['fail', 'bash-download-exec@install.sh:5'],
  'g10:a-docker-add-run': ['fail', 'bash-download-exec@Dockerfile:3'],
  'g10:a-docker-add-bin': ['fail', 'bash-download-exec@Dockerfile:3'],
  'g10:a-docker-shell-script': ['fail', 'bash-download-exec@Dockerfile:2'],
  'g10:a-docker-shell-python': ['fail', 'py-exec-downloaded-text@Dockerfile:3'],
  'g10:a-make-call': ['fail', 'bash-download-exec@Makefile:4'],
  'g10:a-make-define': ['fail', 'bash-download-exec@Makefile:7'],
  'g10:a-make-include': ['fail', 'bash-download-exec@build/rules.inc:2'],
  'g10:a-make-shell-python': ['fail', 'py-exec-downloaded-text@Makefile:7'],
  'g10:a-nox-session': ['fail', 'bash-download-exec@noxfile.py:6'],
  'g10:a-vscode-launch': ['fail', 'bash-download-exec@.vscode/launch.json:10'],
  'g10:a-compose-mount-other-file': ['fail', 'bash-exfiltration@Dockerfile:2'],
};

describe('gaps12: ssh local commands, downloaded zips imported, printed program names, cd pins, recipes', () => {
  it('every attack has an expectation, every look-alike is named b-', () => {
    for (const name of Object.keys(cases))
      if (!/^\w+:b-/.test(name) && !(name in ATTACKS)) throw new Error(`no expectation: ${name}`);
  });
  for (const [name, files] of Object.entries(cases))
    it(name, () => {
      const r = scanCase(name, Object.entries(files));
      const attack = ATTACKS[name];
      if (!attack) {
        assert.equal(r.verdict, 'pass', `${name}: ${r.summary}`);
        return;
      }
      const [verdict, at] = attack;
      const found = r.findings.map((f) => `${f.ruleId}@${f.file}:${f.line}`);
      assertVerdictWith(r, verdict, new RegExp(at.split('@')[0] as string), name);
      if (!found.includes(at)) throw new Error(`${name}: no ${at} in ${found.join(', ')}`);
    });
});
