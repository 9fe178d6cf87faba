/**
 * Held-out set 23: 30 malicious skills written for this set (heldout23-skills.ts), 60 rewordings
 * (same technique, another surface) and 12 benign look-alikes: credential stores of cloud and
 * cluster CLIs (kubectl, gcloud, az, docker, git credential helpers, password-manager CLIs, cloud
 * instance metadata, Kubernetes service-account tokens), browser extension storage and cookies
 * taken over the DevTools protocol; exfiltration by DNS names, ping payloads, rsync/scp, mail and
 * packages published to a public registry; persistence and privilege in at jobs, login items, Run
 * keys, scheduled tasks, git credential helpers and pagers, ssh rc files, sudoers, setuid shells
 * and containers that chroot into the host; fake sudo and system password prompts, keyloggers,
 * screen spies, clipboard swappers, ransomware, sandbox-evasion gates, dead-drop resolvers,
 * pickled and marshalled remote code, and invisible Unicode tag instructions.
 *
 * At main before this set 5 of the 30 malicious did not fail: m06 (`bw export --output F` then
 * `mail -a F`), m10 (Python reading the EC2 role's credentials from the metadata service and
 * posting them) and m29 (credential files copied into a folder that `npm publish` publishes)
 * passed; m22 (a pynput keylogger whose `requests.post` runs as a thread's target) and m30 (Fernet
 * ransomware over ~/Documents) went to review. Of 60 rewordings 19 did not fail: r04a (Python,
 * gcloud's token spelt into DNS names), r04b (PowerShell, gcloud's ADC file in Resolve-DnsName),
 * r08b (PowerShell Ping.Send of `[byte[]]$chunk` of an SSH key), r10a/r10b (GCP and Azure metadata
 * tokens posted from JS and bash), r12b (a getpass prompt reading "[sudo] password for" posted),
 * r13b (PromptForCredential posted), r18a/r18b (DevTools cookies from JS and PowerShell), r20b
 * (CopyFromScreen uploaded), r22a (GetAsyncKeyState uploaded), r27a (Python appending to
 * /etc/sudoers), r27b (a setuid copy of bash), r28a/r28b (compose and the Docker SDK chrooting
 * into the host's `/`), r29a/r29b (twine upload and npm publish of copied credentials), r30b
 * (PowerShell AES ransomware) passed and r30a (openssl ransomware) went to review. Of the 12
 * benign b12 (gcloud's access token in the Authorization header to storage.googleapis.com)
 * failed. Two benign forms first written (an at job running notify-send, an npm postinstall
 * running tsc) fail and go to review by house policy; they are kept as POLICY, left open, and
 * b08/b09 are their policy-conformant forms (the `at` line shown to the user, no npm hook).
 *
 * 1. Cloud instance metadata credential endpoints (AWS security-credentials, GCP service-account
 *    token/identity, Azure managed identity, ECS task role, Alibaba RAM) are credential stores:
 *    in sensitive-file-patterns (Python/JS) and as bash-exfiltration sources (m10, r10a, r10b).
 *    Still pass: the region, zone and instance id from the same service (fixtures).
 * 2. bash: a password manager, GnuPG or the keychain told to write its export to a file
 *    (`--output`, `-o`, `--out-file`) writes that file (m06). Still pass: a vault exported to a
 *    local backup.
 * 3. Python: a function handed to a thread, timer, process or pool (`Thread(target=requests.post,
 *    args=(url,))`, `pool.submit(f, a)`, `asyncio.to_thread(f, a)`) is a call of it (m22).
 * 4. py/js-dns-env-secret: a credential file's text or a password manager's or cloud CLI's output
 *    spelt into a DNS name counts as an environment secret does (r04a).
 * 5. ps-exfiltration: credential prompts (Get-Credential, PromptForCredential) and gcloud/Azure
 *    token caches are sources; Resolve-DnsName and [Net.Dns] lookups carrying a secret, and
 *    Ping.Send of a cast buffer, are sinks (r04b, r08b, r13b). Still pass: a remoting session
 *    opened with a typed credential.
 * 6. New text rules (code scanned too): text-credentials-published (credential files or the
 *    environment copied into what npm/twine/gem/cargo publishes), text-files-ransomed (a walk of
 *    the user's folders encrypting each file and deleting it, with the key sent or a ransom note),
 *    text-browser-debug-cookies (a browser's remote-debugging port asked for every cookie, then a
 *    POST), text-ps-input-capture-sent (GetAsyncKeyState/SetWindowsHookEx/CopyFromScreen and an
 *    upload), text-setuid-shell (a copied shell made setuid), text-container-host-escape (the
 *    host's `/` mounted and chrooted into from compose or an SDK), text-sudo-prompt-sent (sudo's
 *    prompt text asked by the code, and a send). Each has benign fixtures: an encrypted backup,
 *    a CI publish, a test browser printing its cookies, a local screenshot, a build chroot…
 * 7. /etc/sudoers and sudoers.d written from Python or JS are persistence as in bash (r27a).
 * 8. Google Cloud is an issuer: `gcloud auth print-access-token` sent only in the header to
 *    Google's API front ends (listed exactly) is a client authenticating (b12); in a body, or to
 *    any other host, it is still exfiltration.
 *
 * After: all 30 malicious and all 60 rewordings fail; the 12 benign pass.
 */
import { describe, it } from 'node:test';
import { scanCase } from './skills.js';
import { assertVerdictWith, heldOutSet } from './verdicts.js';
import { BENIGN, MALICIOUS, POLICY, REWORDINGS, type SkillFiles } from './heldout23-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));

/**
 * Left open, asserted as they are: an at job of a harmless command fails and an npm postinstall
 * running tsc is reviewed, because house policy fails every job a skill schedules and reviews
 * every lifecycle script (heldout23-skills.ts POLICY)
 */
describe('heldout23: benign forms house policy decides (left open)', () => {
  it('p01-at-job-reminder fails on bash-cron-persistence', () => {
    assertVerdictWith(
      skill('', POLICY['p01-at-job-reminder'] as SkillFiles),
      'fail',
      /^bash-cron-persistence$/,
    );
  });
  it('p02-npm-postinstall-tsc is reviewed for manifest-install-hook', () => {
    assertVerdictWith(
      skill('', POLICY['p02-npm-postinstall-tsc'] as SkillFiles),
      'review',
      /^manifest-install-hook$/,
    );
  });
});

/** the cases this set fixed, and the rule that must now decide each */
const FIXED: ReadonlyArray<[string, RegExp]> = [
  ['m06-bw-export-mail', /^bash-exfiltration$/],
  ['m10-imds-role-creds', /^cap-exfiltration$/],
  ['m22-keylogger-pynput', /^cap-exfiltration$/],
  ['m29-npm-publish-exfil', /^text-credentials-published$/],
  ['m30-ransom-fernet', /^text-files-ransomed$/],
  ['r04a-py-gcloud-dns', /^py-dns-env-secret$/],
  ['r04b-ps-gcloud-adc-dns', /^ps-exfiltration$/],
  ['r08b-ps-icmp-buffer', /^ps-exfiltration$/],
  ['r10a-js-gcp-metadata-token', /^cap-exfiltration$/],
  ['r10b-bash-azure-imds', /^bash-exfiltration$/],
  ['r12b-py-getpass-sudo', /^text-sudo-prompt-sent$/],
  ['r13b-ps-credential-prompt', /^ps-exfiltration$/],
  ['r18a-js-cdp-cookies', /^text-browser-debug-cookies$/],
  ['r18b-ps-cdp-cookies', /^text-browser-debug-cookies$/],
  ['r20b-ps-copyfromscreen', /^text-ps-input-capture-sent$/],
  ['r22a-ps-getasynckeystate', /^text-ps-input-capture-sent$/],
  ['r27a-py-sudoers', /^py-persistence-open$/],
  ['r27b-bash-setuid-shell', /^text-setuid-shell$/],
  ['r28a-compose-host-root', /^text-container-host-escape$/],
  ['r28b-py-docker-sock', /^text-container-host-escape$/],
  ['r29a-py-pypi-upload-exfil', /^text-credentials-published$/],
  ['r29b-js-npm-publish-env', /^text-credentials-published$/],
  ['r30a-bash-openssl-ransom', /^text-files-ransomed$/],
  ['r30b-ps-aes-ransom', /^text-files-ransomed$/],
];

heldOutSet('heldout23', { MALICIOUS, REWORDINGS, BENIGN }, skill, FIXED);
