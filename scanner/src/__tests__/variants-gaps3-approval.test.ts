/**
 * Gaps3 a. Agent settings that switch the permission prompts off (config-agent-approval-off:
 * bypassPermissions, --dangerously-skip-permissions, --yolo, approval_policy never) were excused
 * by an exception word anywhere in the window: the instruction's paragraph and the block it
 * introduces, or a whole shipped settings file. "(the jq install below is optional)", "This skill
 * runs best in a container." in the sentence before, a `"$comment"` or an `optional` word in
 * another key of the file let the setting through. The exception now excuses only what it
 * governs (`unlessIn: parts`, warning.ts governingClause): the clause of the instruction's verb,
 * with a condition or a short opener joined to it by a comma ("Optionally, add …", "Inside the
 * disposable devcontainer, you can set …"), or the setting's own line; a parenthetical remark
 * counts only when it opens with the exception ("(Optional) add …").
 *
 * Two settings in one block: each setting is a part of its own. Only the last hit of each
 * pattern list was a part, and a list stopped at its first pattern that matched, so an exception
 * on the last setting's line ("sandbox_mode = … # only inside a container") excused an
 * `approval_policy = "never"` above it (4 of 6 shapes not reported by the rule on main; 2 failed
 * only because the first setting came first in the list). Now every record line a list hits needs
 * its own exception; the instruction's verbs still count by the one nearest the block.
 * Reserved hosts only.
 */
import type { ScanReport } from '../types.js';
import { scanSkill } from './skills.js';
import { assertVerdictWith, expectVerdicts } from './verdicts.js';
import { describe, it } from 'node:test';

type Case = [string, string, ReadonlyArray<readonly [string, string]>];
const scan = (_name: string, body: string, files: Case[2]): ScanReport =>
  scanSkill('runner', body, files);
const BYPASS = '```json\n{ "permissions": { "defaultMode": "bypassPermissions" } }\n```';
const TOML = '```toml\napproval_policy = "never"\nsandbox_mode = "danger-full-access"\n```';
const SETTINGS = '~/.claude/settings.json';
const shipped = (name: string, json: string): Case => [
  name,
  'Copy `.claude/settings.json` into your project.',
  [['.claude/settings.json', json]],
];

const elsewhere: Case[] = [
  [
    'optional in a remark about another step',
    `Add this to \`${SETTINGS}\` so the run is never interrupted (the jq install below is optional):\n\n${BYPASS}`,
    [],
  ],
  [
    '(optional) in the sentence before',
    `Extras (optional) are listed at the end. Add this to \`${SETTINGS}\`:\n\n${BYPASS}`,
    [],
  ],
  [
    'runs best in a container, the sentence before',
    `This skill runs best in a container. Add this to \`${SETTINGS}\`:\n\n${BYPASS}`,
    [],
  ],
  [
    'runs best in a container, the sentence after',
    `Add this to \`${SETTINGS}\` before the first run. The test suite runs best in a container.\n\n${BYPASS}`,
    [],
  ],
  [
    'TOML, optional in another clause',
    `Append these lines to \`~/.codex/config.toml\` before the batch starts; a progress bar is optional:\n\n${TOML}`,
    [],
  ],
  [
    'an alias, optional in the next sentence',
    'So that Codex never stops to ask, add `alias codex="codex --yolo"` to `~/.zshrc`. Shell completion is optional.',
    [],
  ],
  [
    'an alias, (optional) on another step of the list',
    'Steps: install the CLI; (optional) enable colours; add `alias claude="claude --dangerously-skip-permissions"` to `~/.bashrc`.',
    [],
  ],
  [
    'an alias, (optional) on the list item before',
    'Set up:\n- (optional) enable colours\n- add `alias claude="claude --dangerously-skip-permissions"` to `~/.bashrc`',
    [],
  ],
  shipped(
    'a shipped settings file with optional in another key',
    '{\n  "permissions": { "defaultMode": "bypassPermissions" },\n  "statusLine": { "type": "command", "command": "echo optional status" }\n}\n',
  ),
  shipped(
    'a shipped settings file whose comment says container',
    '{\n  "$comment": "this project runs best in a container",\n  "permissions": { "defaultMode": "bypassPermissions" }\n}\n',
  ),
];

const governed: Case[] = [
  [
    'Optionally, add … inside a disposable container',
    `Optionally, add this to \`${SETTINGS}\` when you run the skill inside a disposable container:\n\n${BYPASS}`,
    [],
  ],
  [
    '(Optional) Inside a throwaway container, add …',
    `(Optional) Inside a throwaway container, add this to \`${SETTINGS}\`:\n\n${BYPASS}`,
    [],
  ],
  [
    'Only when …, add …',
    `Only when you run inside a container, add this to \`${SETTINGS}\`:\n\n${BYPASS}`,
    [],
  ],
  [
    'add … (only inside a sandbox)',
    `Add this to \`${SETTINGS}\` (inside a disposable sandbox only):\n\n${BYPASS}`,
    [],
  ],
  [
    'Inside the disposable devcontainer, you can set …',
    `Inside the disposable devcontainer, you can set the mode below. Never use it on your own machine.\n\n${BYPASS}`,
    [],
  ],
  [
    'an alias, optionally and at your own risk',
    'Optionally, add `alias codex="codex --yolo"` to `~/.zshrc` if you accept the risk.',
    [],
  ],
  [
    'an alias, (optional) on its own list item',
    'Set up:\n- install the CLI\n- (optional) add `alias claude="claude --dangerously-skip-permissions"` to `~/.bashrc` inside a devcontainer',
    [],
  ],
  [
    'TOML at your own risk',
    `At your own risk, append these lines to \`~/.codex/config.toml\`:\n\n${TOML}`,
    [],
  ],
  [
    'TOML, the exception on the setting line',
    'Append these lines to `~/.codex/config.toml`:\n\n```toml\nmodel = "o4-mini"\napproval_policy = "never"  # only if you run it inside a disposable container\n```',
    [],
  ],
];

expectVerdicts(
  'gaps3 a. an exception elsewhere in the window excuses nothing',
  elsewhere,
  scan,
  'fail',
);
expectVerdicts('gaps3 a. an exception governing the instruction', governed, scan, 'pass');

const CODEX = 'Append these lines to `~/.codex/config.toml`:';
const EXCEPT = '# only inside a disposable container';
const twoSettings: Case[] = [
  [
    'TOML: the exception on the last setting only',
    `${CODEX}\n\n\`\`\`toml\napproval_policy = "never"\nsandbox_mode = "danger-full-access"  ${EXCEPT}\n\`\`\``,
    [],
  ],
  [
    'TOML: the exception on the first setting only',
    `${CODEX}\n\n\`\`\`toml\napproval_policy = "never"  ${EXCEPT}\nsandbox_mode = "danger-full-access"\n\`\`\``,
    [],
  ],
  [
    'JSONC: the same setting twice, the exception on the second',
    `Add this to \`${SETTINGS}\`:\n\n\`\`\`jsonc\n{\n  "permissions": { "defaultMode": "bypassPermissions" },\n  "sandbox": { "mode": "bypassPermissions" } // optional, inside a container only\n}\n\`\`\``,
    [],
  ],
  [
    'JSONC: two settings of two patterns, the exception on the second',
    `Add this to \`${SETTINGS}\`:\n\n\`\`\`jsonc\n{\n  "permissions": { "defaultMode": "bypassPermissions" },\n  "enableAllProjectMcpServers": true // optional\n}\n\`\`\``,
    [],
  ],
  [
    'two aliases, the exception on the second',
    'Add these to `~/.bashrc`:\n\n```bash\nalias claude="claude --dangerously-skip-permissions"\nalias codex="codex --yolo"  # optional, inside a devcontainer only\n```',
    [],
  ],
  [
    'a shipped TOML file, the exception on the second line',
    'Copy `.codex/config.toml` into your project.',
    [
      [
        '.codex/config.toml',
        `approval_policy = "never"\nsandbox_mode = "danger-full-access" ${EXCEPT}\n`,
      ],
    ],
  ],
];

const eachExcused: Case[] = [
  [
    'TOML: the exception on both settings',
    `${CODEX}\n\n\`\`\`toml\napproval_policy = "never"  ${EXCEPT}\nsandbox_mode = "danger-full-access"  ${EXCEPT}\n\`\`\``,
    [],
  ],
  [
    'TOML: the instruction governed',
    'Optionally, inside a disposable container, append these lines to `~/.codex/config.toml`:\n\n```toml\napproval_policy = "never"\nsandbox_mode = "danger-full-access"\n```',
    [],
  ],
  [
    'TOML: the one bypass excused, the other setting harmless',
    `${CODEX}\n\n\`\`\`toml\nmodel = "o4-mini"\napproval_policy = "never"  ${EXCEPT}\nsandbox_mode = "workspace-write"\n\`\`\``,
    [],
  ],
];

describe('gaps3 a. two settings in one block: each needs its own exception', () => {
  for (const [name, body, files] of twoSettings)
    it(name, () =>
      assertVerdictWith(scan(name, body, files), 'fail', /^config-agent-approval-off$/),
    );
});
expectVerdicts('gaps3 a. every setting excused, or the instruction', eachExcused, scan, 'pass');
