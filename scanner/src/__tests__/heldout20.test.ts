/**
 * Held-out set 20: 30 skills written for this set (heldout20-skills.ts), 16 malicious and 14 benign
 * look-alikes: attacks split across files, agent hooks and MCP configs, packaging hooks, slow or
 * conditional triggers. At main before this set 15 of the 16 malicious failed and m01 went to
 * review (a profile loader in one module returning a configparser's section, its send in another:
 * nothing traced the read into the send). Of the benign 10 passed, b05 (dotfiles linked in from
 * the user's repository) and b14 (coverage's sitecustomize.py copied into the venv) failed, b08
 * (npm preinstall/prepare running a Node version check and tsc) and b13 (a Stop hook posting
 * "finished on $(hostname)" to the user's own Slack webhook) went to review. Of 38 rewordings 6
 * did not fail: r01b (a class method returning a credential file's JSON), r02a (YAML config naming
 * the credential files a loop reads), r03a (SKILL.md piping `bash gather.sh` into `python3
 * send.py`), r04b (a bash `while read` over a shipped list of credential paths), r07b (a tool
 * docstring shadowing send_email, wrapped over two lines), r08a (a Stop hook posting the session
 * transcript named by its input's transcript_path).
 *
 * 1. What a skill function returns of a credential file it read reaches its callers in other
 *    files and through methods: walk.ts importedReturn falls back to PyFolder.readReturn (the
 *    local-function rule) for an imported function and for `Keyring().dump()` / `k.dump()` of a
 *    class of the skill (m01, r01b).
 * 2. A script reading secrets piped into a script that reads its stdin and sends: new
 *    skill-secret-pipe (a `pipe` link fact of the bash analyzer, paired in engine/links.ts), a
 *    traced flow for cap-exfiltration (r03a). Still pass: a CSV summary piped into a poster.
 * 3. A loop over a list of paths naming a credential file (in the code, or in a JSON/YAML config
 *    the skill ships) reads that file on one turn (Python and JS), and the collection it fills
 *    holds it; JS folds `p.replace(/^~/, os.homedir())` (r02a, and m02 no longer hangs on the
 *    prose rule alone). Still pass: a loop that only checks which credential files exist.
 * 4. A tool's docstring reads as its wrapped sentences (r07b). Still pass: a wrapped docstring
 *    telling the model to pass another tool's results in.
 * 5. An agent hook's `transcript_path` names the session transcript, a sensitive file (r08a).
 *    Still pass: a hook counting the transcript's lines.
 * 6. A sitecustomize.py the skill ships, copied into place, is judged by its code (new match key
 *    notCopy: shipped), as a copied .pth already was (b14). Still fail: one that posts the
 *    environment (m12), a usercustomize reading ~/.aws/credentials (r12a).
 * 7. The user's own dotfiles, linked or copied in from a folder they pass ($1), are no rc
 *    persistence or agent-config tamper (notCopy: argument) (b05). Still fail: the skill's own file
 *    linked over ~/.zshrc (fixture).
 *
 * 8. `while read -r NAME; do …; done < FILE` of a file the skill ships is a loop over its lines,
 *    as a `for` loop over words is (and `mapfile` of such a file already was) (r04b). Still pass:
 *    packages installed from a list, URLs checked from a list, dotfiles copied to a local backup.
 *
 * Left open: b08 stays in
 * review by design: manifest-install-hook holds every npm lifecycle hook for a human (its positive
 * fixture is `"preinstall": "node setup.js"`). b13 stays in review: the host name in a message to
 * a webhook URL from the environment is an identity beacon (medium) in bash, Python and JS alike;
 * exempting a destination the user configures was tried for bash and taken back (it would have
 * left the three languages apart, and recorded probes of that shape are held for review).
 */
import { scanCase } from './skills.js';
import { expectVerdicts } from './verdicts.js';
import {
  BENIGN,
  COUNTERPARTS,
  MALICIOUS,
  REWORDINGS,
  type SkillFiles,
} from './heldout20-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));
const cases = (o: Readonly<Record<string, SkillFiles>>) => Object.entries(o);

expectVerdicts('heldout20: the malicious skills (fail)', cases(MALICIOUS), skill, 'fail');

expectVerdicts(
  'heldout20: the benign look-alikes (pass; npm lifecycle hooks and a host name sent to a webhook held for review)',
  cases(BENIGN),
  skill,
  (name) => (['b08-npm-lifecycle', 'b13-slack-stop-hook'].includes(name) ? 'review' : 'pass'),
);

expectVerdicts(
  'heldout20: rewordings of the malicious skills (fail)',
  cases(REWORDINGS),
  skill,
  'fail',
);

expectVerdicts(
  'heldout20: benign counterparts of the shapes fixed (pass)',
  cases(COUNTERPARTS),
  skill,
  'pass',
);
