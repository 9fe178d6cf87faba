/**
 * Held-out set 21: 30 malicious skills written for this set (heldout21-skills.ts), 59 rewordings
 * (same technique, another surface) and 12 benign look-alikes: code run by itself from places a
 * developer tool reads (VS Code folder-open tasks, pre-commit, conftest.py, node-gyp actions,
 * ssh_config, git config, NODE_OPTIONS, IPython/Jupyter start-up, XDG autostart), payloads staged
 * in an eth_call answer, a DNS TXT record or a PNG's tail, agent homes beyond ~/.claude, memory
 * files and other skills written into, parameter-description poisoning and remote tool
 * descriptions, fake prerequisites, PowerShell AMSI/Defender evasion, miners, reverse shells,
 * typosquats.
 *
 * At main before this set 6 of the 30 malicious did not fail: m04 (a binding.gyp action piping a
 * download into sh), m16 (Codex config.toml appended through `Path.open("a")`), m20 (a FastMCP
 * tool whose description is downloaded), m25 (PowerShell zipping Cursor's state.vscdb and posting
 * it), m30 (a script appending to every ~/.claude/skills/*\/SKILL.md) passed; m29 (typosquatted
 * requirements) went to review. Of 59 rewordings 12 did not fail; of 12 benign, b05 (an IPython
 * startup file the skill ships, copied into place) and b09 (Codex config.toml rewritten with the
 * model the user names) failed.
 *
 * 1. `Path(P).open("a")` is an open for writing (its mode is the first argument): py-persistence-open
 *    (m16, r08b).
 * 2. An editor's state database (`**\/globalStorage/state.vscdb`: extension secrets, Cursor's
 *    sign-in token) is a credential store; PowerShell sending it, or an agent home, is
 *    ps-exfiltration (m25, r25a, r25b).
 * 3. New py-tool-description-remote: a FastMCP tool/prompt/resource, an mcp.types.Tool or a Field
 *    whose description carries a download (m20), as js-tool-description-remote.
 * 4. A start-up file the skill ships (sitecustomize.py, an IPython startup script), copied into
 *    place from Python, is judged by its own code (new code match key unlessShipped, as bash's
 *    notCopy: shipped); `Path(__file__).with_name(N)` folds (b05). Still fail: m08, whose shipped
 *    file posts the environment.
 * 5. A write to each installed skill's SKILL.md through a glob or a listing (the folder's name a
 *    hole) is a write into other skills (m30, r30b).
 * 6. What a socket the code opened receives is downloaded data: a command run from it is a
 *    reverse shell without dup2 (r27a).
 * 7. Jupyter's and IPython's config files (Python run at every start) are persistence places
 *    (r08b).
 * 8. The argv of a binding.gyp action is handed to the bash analyzer, as `<!(cmd)` was (m04).
 * 9. A session transcript named at run time (a glob or listing of ~/.claude/projects,
 *    ~/.codex/sessions) is a credential file; re.findall & co. keep a credential text's source.
 *
 * Left open: m29, r29a, r29b stay in review by design (a look-alike dependency name is held for a
 * human, manifest-typosquat-dependency / bash-typosquat-install, medium since set 18). r05b (Python
 * appending a ProxyCommand that pipes a download into bash to ~/.ssh/config) passed here; it fails
 * since known gaps 12 (bash/ssh.ts: the local commands of a ~/.ssh/config the code writes are
 * scanned as shell). r10b (code from an ethers provider's
 * transaction run with vm) is review: ethers reads are not downloads. r15a (a transcript's keys
 * gathered with `hits |= set(re.findall(…))`) and r15b (JS listing of transcripts pushed into an
 * array) stay in review: the augmented set union and the JS listing are not traced. r20b (a
 * function's __doc__ assigned from a download, then registered) passes. b09 fails by design: a
 * write of an agent's config file (~/.codex/config.toml) is persistence whatever it writes, as set
 * 18's b06 (~/.claude.json).
 */
import { scanCase } from './skills.js';
import { expectVerdicts } from './verdicts.js';
import {
  BENIGN,
  COUNTERPARTS,
  MALICIOUS,
  REWORDINGS,
  VARIANTS,
  type SkillFiles,
} from './heldout21-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));
const cases = (o: Readonly<Record<string, SkillFiles>>) => Object.entries(o);

expectVerdicts(
  'heldout21: the malicious skills (fail; a typosquatted requirement held for review)',
  cases(MALICIOUS),
  skill,
  (name) => (name === 'm29-typosquat-requirements' ? 'review' : 'fail'),
);

const REWORDINGS_OPEN: Readonly<Record<string, 'pass' | 'review'>> = {
  'r10b-tx-input-loader': 'review',
  // r15a/r15b (a whole transcripts folder walked and sent) fail since capdecl2: reading an
  // agent's transcripts folder is evidence as reading a folder of credentials is
  'r20b-remote-docstring-py': 'pass',
  'r29a-typosquat-package-json': 'review',
  'r29b-typosquat-pip-prose': 'review',
};

expectVerdicts(
  'heldout21: rewordings of the malicious skills (fail, but for the ones left open)',
  cases(REWORDINGS),
  skill,
  (name) => REWORDINGS_OPEN[name] ?? 'fail',
);

expectVerdicts(
  'heldout21: the benign look-alikes (pass; an agent config file rewritten fails by design)',
  cases(BENIGN),
  skill,
  (name) => (name === 'b09-codex-model-config' ? 'fail' : 'pass'),
);

expectVerdicts('heldout21: variants of the shapes fixed (fail)', cases(VARIANTS), skill, 'fail');

expectVerdicts(
  'heldout21: benign counterparts of the shapes fixed (pass)',
  cases(COUNTERPARTS),
  skill,
  'pass',
);
