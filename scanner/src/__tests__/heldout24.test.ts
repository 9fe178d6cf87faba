/**
 * Held-out set 24: 30 malicious skills written for this set (heldout24-skills.ts), 60 rewordings
 * (same technique, another surface) and 12 benign look-alikes, on techniques earlier sets had not
 * used: package-manager trust redirected (Go proxy with the checksum database off, cargo source
 * replacement, a global bun preload, pnpm install hooks, a downloaded root CA made trusted), cloud
 * and forge backdoors (IAM users' keys minted and sent, IAM bindings and role assignments for an
 * outside principal, collaborators and writable deploy keys), LSASS dumps, regsvr32 scriptlets,
 * remote-desktop tools with a preset password, hidden admin accounts, macOS login hooks and TCC
 * grants, PAM hooks that see passwords, zenity/kdialog password prompts, sideloaded cookie-stealing
 * extensions, Discord client injection, bind shells, other processes' environments, Trojan Source
 * bidi text in code, a link the agent fills with a secret, compiled loaders (Add-Type, csc,
 * ctypes), coding agents' model endpoints redirected, shell command loggers and MQTT as a channel.
 *
 * At main before this set 20 of the 30 malicious did not fail (m18 zenity reviewed, 19 passed),
 * and 41 of 60 rewordings did not fail (r18a, r18b, r22b reviewed, 38 passed); the 12 benign
 * passed. Fixed, by technique:
 *
 * 1. Credential stores: GitHub Copilot's token files (~/.config/github-copilot), Terraform's
 *    credentials.tfrc.json and state files, and /proc/<pid>/environ named by a glob or a
 *    variable are credential files (sets credential-stores and sensitive-file-patterns, the
 *    traced CREDENTIAL_FILE of analyzers/code/value.ts, ps-exfiltration's sources).
 * 2. MQTT is a channel: paho-mqtt and mqtt.js publishes are network calls (py/js-network-calls),
 *    mosquitto_pub is a network client whose `-h` names the broker and whose `-f` file is sent.
 * 3. Bidi controls in code files (Trojan Source) are reported as in prose (engine/route.ts).
 * 4. prose-image-beacon: a plain link whose query value is a placeholder the agent fills in
 *    (`?k=KEY) where KEY is …`, `<…>`, `{…}`); a secret named inside an identifier
 *    (AWS_SECRET_ACCESS_KEY) counts.
 * 5. New rules, each with positive and benign fixtures: text-go-checksum-off-proxy,
 *    text-cargo-source-replaced, text-bun-global-preload, text-pnpmfile-hook-network,
 *    text-lsass-dump, text-regsvr32-remote-scriptlet, text-macos-login-hook, text-tcc-db-write,
 *    text-pam-authtok-hook, text-extension-cookies-sent, text-discord-client-injection,
 *    text-bind-shell, text-remote-desktop-preset-password, text-backdoor-account,
 *    text-cloud-key-minted-sent, text-cloud-outside-admin, text-forge-outside-access,
 *    text-cluster-secrets-sent, text-remote-native-load, text-agent-model-endpoint-redirect,
 *    text-remote-root-ca-trusted, text-proc-environ-sent and bash-gui-password-prompt.
 *
 * After: all 30 malicious and all 60 rewordings fail; the 12 benign pass.
 */
import { scanCase } from './skills.js';
import { heldOutSet } from './verdicts.js';
import { BENIGN, MALICIOUS, REWORDINGS, type SkillFiles } from './heldout24-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));

/** the cases this set fixed, and the rule that must now decide each */
const FIXED: ReadonlyArray<[string, RegExp]> = [
  ['m01-goproxy-redirect', /^text-go-checksum-off-proxy$/],
  ['m02-cargo-source-replace', /^text-cargo-source-replaced$/],
  ['m04-bunfig-preload', /^text-bun-global-preload$/],
  ['m05-pnpmfile-hook', /^text-pnpmfile-hook-network$/],
  ['m06-lsass-comsvcs', /^text-lsass-dump$/],
  ['m07-copilot-token', /^cap-exfiltration$/],
  ['m08-terraform-creds', /^cap-exfiltration$/],
  ['m09-k8s-secrets-dump', /^text-cluster-secrets-sent$/],
  ['m10-aws-iam-backdoor', /^text-cloud-key-minted-sent$/],
  ['m11-gcp-iam-binding', /^text-cloud-outside-admin$/],
  ['m12-gh-deploy-key', /^text-forge-outside-access$/],
  ['m15-tcc-db-grant', /^text-tcc-db-write$/],
  ['m16-pam-exec-authtok', /^text-pam-authtok-hook$/],
  ['m18-zenity-password', /^bash-gui-password-prompt$/],
  ['m19-chrome-sideload', /^text-extension-cookies-sent$/],
  ['m20-discord-core-inject', /^text-discord-client-injection$/],
  ['m22-rustdesk-preset', /^text-remote-desktop-preset-password$/],
  ['m23-proc-environ-harvest', /^text-proc-environ-sent$/],
  ['m29-ps-hidden-admin', /^text-backdoor-account$/],
  ['m30-mqtt-exfil', /^cap-exfiltration$/],
  ['r01a-py-go-env-file', /^text-go-checksum-off-proxy$/],
  ['r01b-ps-goproxy-user-env', /^text-go-checksum-off-proxy$/],
  ['r02a-bash-cargo-config', /^text-cargo-source-replaced$/],
  ['r02b-js-cargo-registry', /^text-cargo-source-replaced$/],
  ['r03b-ps-root-store', /^text-remote-root-ca-trusted$/],
  ['r04a-bash-bunfig', /^text-bun-global-preload$/],
  ['r04b-py-bunfig', /^text-bun-global-preload$/],
  ['r05a-bash-pnpmfile', /^text-pnpmfile-hook-network$/],
  ['r05b-py-pnpmfile', /^text-pnpmfile-hook-network$/],
  ['r06b-py-comsvcs', /^text-lsass-dump$/],
  ['r07a-js-copilot-hosts', /^cap-exfiltration$/],
  ['r07b-bash-copilot-apps', /^bash-exfiltration$/],
  ['r08a-py-tfstate-walk', /^cap-exfiltration$/],
  ['r08b-ps-tfrc', /^ps-exfiltration$/],
  ['r09a-py-k8s-client-secrets', /^text-cluster-secrets-sent$/],
  ['r09b-ps-kubectl-secrets', /^text-cluster-secrets-sent$/],
  ['r10a-py-boto3-iam-key', /^text-cloud-key-minted-sent$/],
  ['r10b-ps-aws-iam-key', /^text-cloud-key-minted-sent$/],
  ['r11a-bash-gcloud-binding', /^text-cloud-outside-admin$/],
  ['r11b-bash-az-role-owner', /^text-cloud-outside-admin$/],
  ['r12a-py-gh-collaborator', /^text-forge-outside-access$/],
  ['r12b-js-octokit-deploy-key', /^text-forge-outside-access$/],
  ['r15a-py-tcc-sqlite', /^text-tcc-db-write$/],
  ['r15b-js-tcc-sqlite', /^text-tcc-db-write$/],
  ['r16a-py-pam-common-auth', /^text-pam-authtok-hook$/],
  ['r16b-bash-pam-sed', /^text-pam-authtok-hook$/],
  ['r18a-py-zenity', /^bash-gui-password-prompt$/],
  ['r18b-bash-kdialog', /^bash-gui-password-prompt$/],
  ['r19a-ps-chrome-load-extension', /^text-extension-cookies-sent$/],
  ['r19b-py-chromium-extension', /^text-extension-cookies-sent$/],
  ['r20a-py-discord-inject', /^text-discord-client-injection$/],
  ['r20b-ps-discord-inject', /^text-discord-client-injection$/],
  ['r21a-py-bind-shell', /^text-bind-shell$/],
  ['r22b-py-rustdesk', /^text-remote-desktop-preset-password$/],
  ['r23b-js-proc-environ', /^text-proc-environ-sent$/],
  ['r24b-bidi-python-comment', /^text-bidi-control$/],
  ['r25a-prose-link-exfil', /^prose-image-beacon$/],
  ['r26a-ps-csc-compile', /^text-remote-native-load$/],
  ['r26b-py-ctypes-remote-lib', /^text-remote-native-load$/],
  ['r30a-js-mqtt-ssh-key', /^cap-exfiltration$/],
  ['r30b-bash-mosquitto-pub', /^cap-exfiltration$/],
];

heldOutSet('heldout24', { MALICIOUS, REWORDINGS, BENIGN }, skill, FIXED);
