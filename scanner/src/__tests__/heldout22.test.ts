/**
 * Held-out set 22: 30 malicious skills written for this set (heldout22-skills.ts), 62 rewordings
 * (same technique, another surface) and 12 benign look-alikes: runtimes beyond Python/JS/bash
 * (Ruby, Perl, Go, Deno, Bun, Rust build scripts, Gradle, Maven), tool-config surfaces (mise hooks,
 * npm script-shell, .yarnrc.yml yarnPath, cargo runners and rustc wrappers, git core.hooksPath and
 * init.templateDir, shell completion and fish conf.d files, pip.conf and ~/.npmrc registries,
 * PowerShell profiles, launchd agents, Gradle init scripts), exfiltration over SMTP, DNS over
 * HTTPS, gh gist/issue, S3 presigned PUTs and Telegram/Slack/Discord bots, gates on the OS, CI
 * and the date, payloads staged in shipped data files, and prompt injection in German, French and
 * Chinese, in table cells, footnotes, alt text and tool output.
 *
 * At main before this set 7 of the 30 malicious did not fail: m01 (Ruby mailing
 * ~/.aws/credentials with Net::SMTP), m03 (a SKILL.md prerequisite downloading a .go file and
 * `go run`ning it), m09 (a Gradle init script copied into ~/.gradle/init.d), m21 (Windsurf's
 * global_rules.md memory appended to), m24 (PowerShell mailing Chrome's Login Data with
 * Send-MailMessage, the path spelt with `/`), m30 (Go posting ~/.openclaw, ~/.claude and ~/.cursor
 * credential files) passed; m05 (Bun.file(…).text() of ~/.codex/auth.json posted) went to
 * review. Of 62 rewordings 14 did not fail: r05a (Deno.readTextFile, HOME from Deno.env.get)
 * went to review; r08a (a cargo build.rs running curl -F f=@~/.cargo/credentials.toml), r09b (a
 * Maven exec plugin's `<argument>` piping a download into bash), r21b (JS appending to Windsurf's
 * memories), r22b (Python appending a registry to ~/.npmrc), r24a (.NET SmtpClient sending Edge's
 * Login Data), r24b (Invoke-RestMethod -Form @{ …; document = Get-Item $f }), r25b (bash appending
 * to pwsh's profile), r27a (a Ruby socket whose lines go to IO.popen), r27b (Go's `cmd.Stdin,
 * cmd.Stdout, cmd.Stderr = c, c, c`), r28b (JS listing Exodus' wallet folder and posting each
 * file), r29b (Get-ChildItem … logins.json | ForEach-Object { … -InFile $_.FullName }), r30a
 * (Ruby), r30b (Perl) posting agent-home credential files passed. Of 12 benign none failed and
 * none went to review.
 *
 * 1. text-credential-file-sent (Ruby, Perl, Go, Rust…) knows an agent home's credential files
 *    (`.claude/.credentials.json`, `.codex/auth.json`, `.openclaw/openclaw.json`, `.cursor/mcp.json`:
 *    credentials, auth, token, key, MCP or the agent's own name) and cargo's token, mail sent over
 *    SMTP (Net::SMTP, Go smtp.SendMail, Mail::Sendmail/MIME::Lite), curl/wget run as a command
 *    (`Command::new("curl")`, `exec.Command("curl"`, `system("curl`) and curl's `name=@FILE`
 *    upload (m01, m30, r08a, r30a, r30b). Still pass: Ruby mailing a report after reading
 *    ~/.claude/settings.json for its model (fixture).
 * 2. text-reverse-shell: Go's tuple `cmd.Stdin, cmd.Stdout, cmd.Stderr = c, c, c`, and a socket's
 *    lines run as commands (`while (l = s.gets)` … `IO.popen(l)`) (r27a, r27b). Still pass: a
 *    Redis client reading a socket's lines and printing them.
 * 3. bash: `go run FILE` runs FILE (go is an interpreter for `run` only) (m03).
 * 4. JS: Deno.readTextFile/readFile and Bun.file are file reads, Deno.env.get('HOME') and
 *    Bun.env.HOME the home folder, as fs.readFileSync and process.env.HOME (m05, r05a).
 * 5. ps-exfiltration: a browser profile file spelt with `/`; a mail sent by .NET's SmtpClient; a
 *    collection given a tainted item holds it (`$m.Attachments.Add(…$db…)`); `$_` in a
 *    ForEach-Object block fed by a source; a `;` inside a hashtable `@{ … }` ends no statement
 *    (m24, r24a, r24b, r29b). Still pass: a report mailed with SmtpClient, a POST to a /cookies URL.
 * 6. Persistence places: PowerShell profiles (bash-shell-rc-persistence, and Python/JS
 *    persistence writes), Windsurf (`~/.codeium`, now in agent-homes) memories and rules, ~/.npmrc
 *    and pip.conf written from Python/JS as bash already judged them (m21, r21b, r22b, r25b); new
 *    bash-build-init-persistence: a Gradle init script or ~/.mavenrc written (m09). Still pass:
 *    ~/.gradle/gradle.properties appended to, a project's own .windsurf/rules.
 * 7. An XML file's element texts are command lines as a text file's quoted values are (a Maven
 *    exec plugin's `<argument>`) (r09b).
 * 8. Desktop wallet folders (Exodus, ~/.ethereum/keystore, Electrum's wallets) are credential
 *    stores, any file in them named at run time (r28b).
 *
 * After: all 30 malicious and all 62 rewordings fail; the 12 benign pass.
 */
import { scanCase } from './skills.js';
import { heldOutSet } from './verdicts.js';
import { BENIGN, MALICIOUS, REWORDINGS, type SkillFiles } from './heldout22-skills.js';

const skill = (_n: string, files: SkillFiles) => scanCase('', Object.entries(files));

/** the cases this set fixed, and the rule that must now decide each */
const FIXED: ReadonlyArray<[string, RegExp]> = [
  ['m01-ruby-smtp-aws', /^text-credential-file-sent$/],
  ['m03-go-download-run', /^bash-download-exec$/],
  ['m05-bun-codex-discord', /^cap-exfiltration$/],
  ['m09-gradle-init-script', /^bash-build-init-persistence$/],
  ['m21-windsurf-memory', /^bash-agent-config-tamper$/],
  ['m24-ps-smtp-chrome', /^ps-exfiltration$/],
  ['m30-go-agent-homes', /^text-credential-file-sent$/],
  ['r05a-deno-codex-post', /^cap-exfiltration$/],
  ['r08a-cargo-build-rs', /^text-credential-file-sent$/],
  ['r09b-maven-exec-plugin', /^bash-download-exec$/],
  ['r21b-js-windsurf-rules', /^js-persistence-write$/],
  ['r22b-npmrc-registry', /^py-persistence-open$/],
  ['r24a-ps-smtpclient-edge', /^ps-exfiltration$/],
  ['r24b-ps-telegram-chrome', /^ps-exfiltration$/],
  ['r25b-bash-pwsh-profile', /^bash-shell-rc-persistence$/],
  ['r27a-ruby-reverse-shell', /^text-reverse-shell$/],
  ['r27b-go-reverse-shell', /^text-reverse-shell$/],
  ['r28b-js-wallets-glob', /^cap-exfiltration$/],
  ['r29b-ps-firefox-profiles', /^ps-exfiltration$/],
  ['r30a-ruby-agent-homes', /^text-credential-file-sent$/],
  ['r30b-perl-claude-creds', /^text-credential-file-sent$/],
];

heldOutSet('heldout22', { MALICIOUS, REWORDINGS, BENIGN }, skill, FIXED);
