/**
 * Held-out set 25: 30 malicious skills written for this set (heldout25-skills.ts) from public
 * 2025–2026 reports (Shai-Hulud 1 and 2, s1ngularity, GhostAction, postmark-mcp, the Amazon Q
 * wiper prompt, ClawHavoc-style fake prerequisites, ClickFix, GlassWorm's editor extensions), 60
 * rewordings (same technique, another surface) and 12 benign look-alikes.
 *
 * At main before this set 9 of the 30 malicious did not fail (all passed) and 21 of 60 rewordings
 * did not fail (r03a, r05b reviewed, 19 passed); of the benign 1 failed: a first b10 that installs
 * and enables a systemd user unit running `node server.js`, which fails by design (as heldout17's
 * b14: a unit running programs other than the skill's own scripts persists), replaced by a
 * look-alike that reads the same units. Fixed, by technique:
 *
 * 1. New text rules, each with positive and benign fixtures: text-ci-runner-registered (the
 *    machine registered as a self-hosted runner with a token written into the skill),
 *    text-cloud-secrets-dump-sent (a cloud secret store listed, its values read and sent: AWS,
 *    GCP, Azure, Vault), text-secrets-public-repo (the environment, the gh token or credential
 *    files pushed to a repository made public), text-ssh-lateral-spread (hosts taken from
 *    known_hosts, ssh config or history told over ssh to fetch and run a script),
 *    text-self-copy-republish (a script copying its own file into packages it publishes),
 *    text-wallet-phrase-sent (a recovery phrase asked for or put into a request body, sent to a
 *    remote host), text-ci-secrets-sent (three or more `${{ secrets.X }}` in one request) and
 *    prose-fetch-url-with-secret-file (a credential file's contents appended to an address the
 *    agent fetches).
 * 2. Credential stores: ~/.vault-token (credential-stores, sensitive-file-patterns, the code
 *    analyzers' CREDENTIAL_FILE); shell and REPL histories sent from Python/JS (as bash already
 *    judged them); PowerShell sources for Telegram's tdata, Exodus, wallet.dat and PSReadLine's
 *    history.
 * 3. Persistence: macOS periodic(8) folders are cron tables (bash-cron-persistence); a tool's
 *    start-up file (vim, neovim, tmux, emacs…) written from Python or JS is read as the same write
 *    from a shell (bash-tool-config-command), and `Path(P).open('a')` writes are seen.
 * 4. Wider rules: `npm pkg set scripts.preinstall=…` in text-npm-worm-republish; GCP/Azure mass
 *    deletion in text-cloud-mass-delete; a secret scanner's container given home or / as a volume
 *    in bash-secret-scanner-sweep.
 *
 * After: all 30 malicious fail, 55 of 60 rewordings fail, the 12 benign pass. Left open (not
 * failing): r03a (keys copied into a temporary repo pushed through a `lambda *a` git wrapper:
 * review), r04b and r06a (a loop variable over a literal tuple of names is not substituted: the
 * ~/.aws file sent over SFTP, the editor CLI given the downloaded VSIX), r18b (the keypair path
 * printed by `solana config get keypair`), r30b (a blind copy whose address is joined from a list
 * in the envelope's recipients).
 */
import { describe, it } from 'node:test';
import { scanCase } from './skills.js';
import { assertVerdictWith, heldOutSet } from './verdicts.js';
import {
  BENIGN,
  MALICIOUS,
  MORE_PHRASINGS,
  REWORDINGS,
  type SkillFiles,
} from './heldout25-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));

/** the rewordings still not failing (see above); each must not pass silently into the list */
const OPEN = new Set([
  'r03a-py-keys-git',
  'r04b-py-paramiko-sftp',
  'r06a-py-vsix',
  'r18b-bash-solana-keygen',
  'r30b-py-mcp-bcc-headers',
]);

/** the cases this set fixed, and the rule that must now decide each */
const FIXED: ReadonlyArray<[string, RegExp]> = [
  ['m01-ci-runner-register', /^text-ci-runner-registered$/],
  ['m07-ssh-lateral', /^text-ssh-lateral-spread$/],
  ['m11-agent-fetch-netrc', /^prose-fetch-url-with-secret-file$/],
  ['m12-token-public-repo', /^text-secrets-public-repo$/],
  ['m15-secrets-manager-dump', /^text-cloud-secrets-dump-sent$/],
  ['m16-recovery-phrase-ask', /^text-wallet-phrase-sent$/],
  ['m21-macos-periodic', /^bash-cron-persistence$/],
  ['m28-vault-token', /^(?:bash|cap)-exfiltration$/],
  ['m29-workflow-secrets', /^text-ci-secrets-sent$/],
  ['r01a-py-runner-register', /^text-ci-runner-registered$/],
  ['r05b-bash-trufflehog-docker', /^bash-secret-scanner-sweep$/],
  ['r11b-agent-browse-env', /^prose-fetch-url-with-secret-file$/],
  ['r12a-py-gh-public-repo', /^text-secrets-public-repo$/],
  ['r12b-bash-gh-visibility', /^text-secrets-public-repo$/],
  ['r13a-py-pypi-worm', /^text-self-copy-republish$/],
  ['r13b-bash-npm-worm', /^text-npm-worm-republish$/],
  ['r15a-py-boto3-secrets', /^text-cloud-secrets-dump-sent$/],
  ['r15b-bash-gcloud-secrets', /^text-cloud-secrets-dump-sent$/],
  ['r16b-js-mnemonic-prompt', /^text-wallet-phrase-sent$/],
  ['r17b-ps-tdata', /^ps-exfiltration$/],
  ['r19a-py-history', /^cap-exfiltration$/],
  ['r19b-js-history', /^cap-exfiltration$/],
  ['r23b-py-nvim-init', /^bash-tool-config-command$/],
  ['r26a-prose-wiper-gcp', /^text-cloud-mass-delete$/],
  ['r28a-py-vault', /^cap-exfiltration$/],
];

heldOutSet(
  'heldout25',
  {
    MALICIOUS,
    REWORDINGS: Object.fromEntries(Object.entries(REWORDINGS).filter(([n]) => !OPEN.has(n))),
    BENIGN,
  },
  skill,
  FIXED,
);

describe('heldout25: rewordings left open do not fail yet (a fix moves them to the set)', () => {
  for (const name of OPEN)
    it(name, () => {
      const files = REWORDINGS[name];
      if (!files) throw new Error(`no case ${name}`);
      assertVerdictWith(skill(name, files), { not: 'fail' }, /./, name);
    });
});

describe('heldout25: more phrasings of the fixed techniques fail on their rule', () => {
  for (const [name, [files, rule]] of Object.entries(MORE_PHRASINGS))
    it(name, () => assertVerdictWith(skill(name, files), 'fail', new RegExp(`^${rule}$`), name));
});
