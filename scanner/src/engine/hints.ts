/**
 * OpenClaw / ClawHub metadata read as capability hints for skills without skill.json:
 * `metadata.openclaw.requires.{bins,anyBins,env}` (or any other name of OpenClaw: sets/openclaw-family.yaml) in
 * SKILL.md frontmatter, and `_meta.json`; and the install commands of
 * `metadata.openclaw.install` entries, which the marketplace runs when the skill is installed.
 */
import { parseSkillMd, type Capabilities } from '@skillgate/format';
import { issuerKeys } from '../capabilities/issuers.js';
import { AGENT_HOMES, OPENCLAW_CLIS, OPENCLAW_NAMES } from './agents.js';

/** the frontmatter `metadata` keys of OpenClaw (any of its names) and of its ClawHub registry */
const HINT_KEYS = [...OPENCLAW_CLIS, 'clawhub'];

/**
 * Every hint key contains `claw`: a SKILL.md without it has no hints, and its frontmatter need not
 * be YAML-parsed (about 1 ms a skill, most of the engine's own time). A key spelled only through
 * YAML escapes or tags is missed, which can only make the scan stricter (hints relax it).
 */
const MAY_HINT = /claw/;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function obj(v: unknown): Record<string, unknown> | undefined {
  if (typeof v === 'string') {
    try {
      return obj(JSON.parse(v));
    } catch {
      return undefined;
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

let lastSkillMd: string | undefined;
let lastFrontmatter: Record<string, unknown> | undefined;

/**
 * SKILL.md's frontmatter, parsed once per text: the engine's hints, the markdown analyzer's install
 * commands and the skill's own names (skillNames) all read it in the same scan. A broken
 * frontmatter gives none (the markdown analyzer reports it).
 */
function frontmatterOf(skillMd: string): Record<string, unknown> | undefined {
  if (skillMd !== lastSkillMd) {
    lastSkillMd = skillMd;
    try {
      lastFrontmatter = parseSkillMd(skillMd).frontmatter;
    } catch {
      lastFrontmatter = undefined;
    }
  }
  return lastFrontmatter;
}

/** SKILL.md's frontmatter `metadata` (see frontmatterOf) */
function frontmatterMetadata(skillMd: string): Record<string, unknown> | undefined {
  return obj(frontmatterOf(skillMd)?.['metadata']);
}

/** a name a skill may give itself: a folder name, nothing that could step out of one */
const SKILL_NAME = /^[\w.-]+$/;

/**
 * The names a skill gives itself: SKILL.md's frontmatter `name` and skill.json's `name`. A
 * frontmatter that is not valid YAML (common in the wild: an unquoted colon in the description)
 * still names the skill on its `name:` line. The scan asks once, when an analyzer first needs them
 * (AnalyzerContext.ownNames): a copy into the skill's own folder in an agent's skills directory
 * is installing it (bash/install.ts, code/evaluate.ts).
 */
export function skillNames(skillMd: string | undefined, skillJson: string | undefined): string[] {
  const out = new Set<string>();
  if (skillMd) {
    const fm = frontmatterOf(skillMd);
    let name: unknown = fm?.['name'];
    if (fm === undefined) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(skillMd.replace(/^\uFEFF/, ''));
      name = front
        ? /^name:[ \t]*["']?([\w.-]+)["']?[ \t]*$/m.exec(front[1] as string)?.[1]
        : undefined;
    }
    if (typeof name === 'string' && SKILL_NAME.test(name)) out.add(name);
  }
  if (skillJson)
    try {
      const n = (JSON.parse(skillJson) as { name?: unknown }).name;
      if (typeof n === 'string' && SKILL_NAME.test(n)) out.add(n);
    } catch {
      // not a manifest: the engine reports it
    }
  return [...out];
}

/** the fields where a skill or package names its home: a page, or its repository */
const HOME_FIELDS = ['homepage', 'repository', 'repo', 'source', 'url'];

/** the address texts of those fields of an object (`repository: {url}` too), and of its `metadata` */
function homeTexts(o: Record<string, unknown> | undefined, depth = 0): string[] {
  if (!o) return [];
  const out: string[] = [];
  for (const k of HOME_FIELDS) {
    const v = o[k];
    if (typeof v === 'string') out.push(v);
    else if (k === 'repository' && typeof obj(v)?.['url'] === 'string')
      out.push(obj(v)?.['url'] as string);
  }
  // `metadata: {homepage}`, `metadata: {openclaw: {homepage}}`
  if (depth < 2) {
    const meta = obj(o['metadata']);
    if (meta) {
      out.push(...homeTexts(meta, depth + 1));
      for (const key of HINT_KEYS) out.push(...homeTexts(obj(meta[key]), depth + 1));
    }
  }
  return out;
}

/**
 * The addresses a skill names as its home, in SKILL.md's frontmatter (`homepage`, `repository`,
 * under `metadata` too), skill.json and package.json (`repository: "github:o/r"` and `"o/r"`
 * shorthands meaning GitHub). A clone of one of them is the skill's own source (engine/links.ts).
 */
export function homeAddresses(
  skillMd: string | undefined,
  skillJson: string | undefined,
  packageJson: string | undefined,
): string[] {
  const out: string[] = [];
  if (skillMd) out.push(...homeTexts(frontmatterOf(skillMd)));
  for (const text of [skillJson, packageJson])
    if (text)
      try {
        out.push(...homeTexts(obj(JSON.parse(text))));
      } catch {
        // not JSON: the engine reports a broken manifest
      }
  return out.map((u) =>
    /^(?:github:)?[\w.-]+\/[\w.-]+$/.test(u)
      ? `https://github.com/${u.replace(/^github:/, '')}`
      : u,
  );
}

/** the agents whose skills folders hold installed skills (bash-agent-config-tamper guards them) */
const AGENT_SKILLS_DIR = new RegExp(
  String.raw`^~\/\.${AGENT_HOMES}\/(?:workspace\/)?skills\/([^/]+)(?:\/|$)`,
);

/** the skill folder a path is in or names, in an agent's skills directory (`~/.claude/skills/x/…` → x) */
export function agentSkillFolder(path: string): string | undefined {
  return AGENT_SKILLS_DIR.exec(path)?.[1];
}

function fromMetadata(
  meta: Record<string, unknown> | undefined,
  into: { exec: Set<string>; env: Set<string> },
): void {
  if (!meta) return;
  for (const key of HINT_KEYS) {
    const requires = obj(obj(meta[key])?.['requires']);
    if (!requires) continue;
    for (const b of [...strings(requires['bins']), ...strings(requires['anyBins'])])
      into.exec.add(b);
    for (const e of strings(requires['env'])) into.env.add(e);
  }
}

export function metadataHints(
  skillMd: string | undefined,
  metaJson: string | undefined,
): Capabilities | undefined {
  const into = { exec: new Set<string>(), env: new Set<string>() };
  if (skillMd && MAY_HINT.test(skillMd)) fromMetadata(frontmatterMetadata(skillMd), into);
  if (metaJson) {
    const meta = obj(metaJson);
    fromMetadata(meta, into);
    fromMetadata(obj(meta?.['metadata']), into);
  }
  if (!into.exec.size && !into.env.size) return undefined;
  return { exec: [...into.exec].sort(), env: [...into.env].sort() };
}

/** fields of an install entry that hold a shell command (`{kind: shell, command: "…"}`) */
const COMMAND_FIELDS = ['command', 'cmd', 'commands', 'script', 'run', 'shell', 'sh', 'exec'];

export interface InstallCommand {
  command: string;
  /** the SKILL.md line that holds it (its frontmatter), 1-based */
  line: number;
}

function commandText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  const parts = strings(v);
  return parts.length ? parts.join(' ') : undefined;
}

/** the frontmatter line holding `command` (raw or JSON-escaped), else the `install` key's line */
function lineOf(skillMd: string, command: string): number {
  const end = skillMd.indexOf('\n---', 3);
  const fm = end > 0 ? skillMd.slice(0, end) : skillMd;
  const probes = [command.slice(0, 24), JSON.stringify(command).slice(1, 25)];
  let at = -1;
  for (const p of probes) if (at < 0 && p) at = fm.indexOf(p);
  if (at < 0) at = fm.search(/\binstall\b/);
  return at < 0 ? 1 : fm.slice(0, at).split('\n').length;
}

/**
 * Shell commands in `metadata.<openclaw|clawdbot|…>.install` entries of SKILL.md frontmatter.
 * Package entries (`kind: brew`, `formula: node`) name a package, not a command, and are left out.
 */
export function installCommands(skillMd: string): InstallCommand[] {
  if (!MAY_HINT.test(skillMd) || !/install/.test(skillMd)) return [];
  const meta = frontmatterMetadata(skillMd);
  if (!meta) return [];
  const out: InstallCommand[] = [];
  for (const key of HINT_KEYS) {
    const install = obj(meta[key])?.['install'];
    const entries = Array.isArray(install) ? install : install ? [install] : [];
    for (const e of entries) {
      const entry = obj(e);
      const direct = commandText(e);
      const texts = entry ? COMMAND_FIELDS.map((f) => commandText(entry[f])) : [direct];
      for (const command of texts)
        if (command) out.push({ command, line: lineOf(skillMd, command) });
    }
  }
  return out;
}

/**
 * The shell commands of a markdown file's frontmatter `hooks` (Claude Code skills, subagents and
 * slash commands: `hooks: {PreToolUse: [{matcher, hooks: [{type: command, command: "…"}]}]}`),
 * which the agent runs on those events while the skill or agent is active.
 */
export function hookCommands(md: string): InstallCommand[] {
  if (!/^---/.test(md) || !/^hooks\s*:/m.test(md.slice(0, md.indexOf('\n---', 3) + 1))) return [];
  const hooks = frontmatterOf(md)?.['hooks'];
  const out: InstallCommand[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || out.length > 64) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    const entry = obj(v);
    if (!entry || typeof v === 'string') return;
    const command = entry['command'];
    if (typeof command === 'string' && command.trim())
      out.push({ command: command.trim(), line: lineOf(md, command.trim()) });
    for (const [k, x] of Object.entries(entry)) if (k !== 'command') walk(x, depth + 1);
  };
  walk(hooks, 0);
  return out;
}

/** frontmatter keys whose value is a command some tool or the agent is meant to run */
const COMMAND_KEY_NAME = String.raw`(?:(?:pre|post)[-_]?)?(?:install|setup|init|bootstrap|prereq(?:uisite)?s?|before[-_]?(?:run|start|use)|on[-_]?(?:install|load|start|activate|enable)|entry[-_]?point|run|commands?|cmd|exec|scripts?|shell)`;
const COMMAND_KEY = new RegExp(`^${COMMAND_KEY_NAME}$`, 'i');
/** a line of frontmatter text that holds such a key (the gate before parsing the YAML) */
const COMMAND_KEY_LINE = new RegExp(
  String.raw`^[ \t]*(?:-[ \t]+)?["']?${COMMAND_KEY_NAME}["']?[ \t]*:`,
  'im',
);

/**
 * Strings under command-like keys anywhere in a markdown file's frontmatter (`setup: curl … | sh`,
 * `post_install: [..]`, `bootstrap: |` blocks): a field no tool of ours knows may still be what the
 * body tells the agent to run ("run the setup command from the front matter first"). The caller
 * decides which of them look like commands. The frontmatter is parsed only when such a key is there.
 */
export function frontmatterCommandFields(md: string): InstallCommand[] {
  if (!/^---/.test(md)) return [];
  const end = md.indexOf('\n---', 3);
  if (end < 0 || !COMMAND_KEY_LINE.test(md.slice(3, end))) return [];
  const out: InstallCommand[] = [];
  const walk = (v: unknown, key: string, depth: number): void => {
    if (depth > 6 || out.length > 64) return;
    if (typeof v === 'string') {
      if (COMMAND_KEY.test(key) && v.trim())
        out.push({ command: v.trim(), line: lineOf(md, v.trim()) });
      return;
    }
    if (Array.isArray(v)) for (const x of v) walk(x, key, depth + 1);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k, depth + 1);
  };
  walk(frontmatterOf(md), '', 0);
  return out;
}

/**
 * The agent's own configuration, which holds every skill's settings under
 * `skills.entries.<skill name>` (`apiKey`, `env`) beside the gateway token and the providers' keys.
 */
export const AGENT_CONFIG = new RegExp(String.raw`^~\/\.(${OPENCLAW_NAMES})\/\1\.json$`);

/**
 * A path to keys into the agent's configuration that end in the skill's own entry
 * (`skills.entries.<own name>…`): the settings the user gave this skill, not the agent's secrets.
 */
export function ownEntryKeys(keys: readonly string[], own: readonly string[]): boolean {
  return keys[0] === 'skills' && keys[1] === 'entries' && own.includes(keys[2] as string);
}

/**
 * The values of the agent's configuration a read of it may be used for, as the analyzers follow
 * a parsed configuration through key chains (javascript/own.ts, python/own.ts): the skill's own
 * entry (ownEntry), or one service's credential (capabilities/issuers.ts issuerKeys).
 */
export interface KeyTarget {
  /** do these keys, from the top of the configuration, reach such a value */
  reaches(keys: readonly string[]): boolean;
  /** can keys that begin so still reach one (`skills`, `skills.entries`) */
  toward(keys: readonly string[]): boolean;
}

/** the skill's own entry, `skills.entries.<one of own>` */
export function ownEntry(own: readonly string[]): KeyTarget {
  return {
    reaches: (keys) => ownEntryKeys(keys, own),
    toward: (keys) => keys.length < 3 && keys.every((k, i) => k === ['skills', 'entries'][i]),
  };
}

/**
 * What a read of the agent's configuration is used for, asked through `only` (is the value read
 * used only to reach the target's keys): only the skill's own entry (`own` its names), or only
 * services' credentials (`configKeys`, the key paths reached, each naming its issuer); undefined
 * for anything else (the whole configuration, another skill's entry, the gateway token)
 */
export function configReadUse(
  own: readonly string[],
  only: (target: KeyTarget) => boolean,
): { ownEntry: true } | { configKeys: string[] } | undefined {
  if (own.length && only(ownEntry(own))) return { ownEntry: true };
  const keys = new Set<string>();
  return only(issuerKeys(keys)) && keys.size ? { configKeys: [...keys].sort() } : undefined;
}

/**
 * A path in an agent's home folder (`~/.openclaw/…`, `~/.claude/…`): the only place a path can be
 * the skill's own settings or files (AGENT_CONFIG, ownAgentFile), so a path elsewhere needs no
 * look at the skill's names (which parses SKILL.md's frontmatter).
 */
export const AGENT_DIR = new RegExp(String.raw`^~\/\.${AGENT_HOMES}\/`);

/** where an agent keeps a skill's private settings: `~/.openclaw/private/<name>.env` */
const AGENT_PRIVATE = new RegExp(
  String.raw`^~\/\.${OPENCLAW_NAMES}\/private\/([\w-]+)(?:\.[\w.-]+|\/.*)?$`,
);

/** a path in an agent's home folder: what follows `~/.openclaw/` */
const AGENT_HOME = new RegExp(String.raw`^~\/\.${AGENT_HOMES}\/(.+)$`);
/** folders of the agent's where a skill keeps its state and logs (`logs/`, `workspace/`) */
const STATE_FOLDERS = new Set([
  'workspace',
  'logs',
  'log',
  'state',
  'cache',
  'data',
  'tmp',
  'run',
  'cron',
  'runs',
]);
/** names the agent gives its own folders and files: no skill's state, whatever the skill is called */
const AGENT_NAMES =
  /^(?:cred\w*|secrets?|auth\w*|identity|gateway|node|agent|main|default|system|audit|devices?|agents?|sessions?|memory|projects|todos|history|transcripts|keys?|tokens?|private|skills|hooks|commands|plugins|extensions|config|settings|openclaw|clawdbot|clawdis|moltbot|claude|codex|cursor|gemini|continue)$/i;

/**
 * State or logs a skill keeps under its own name in the agent's folders: a folder named after it,
 * itself or what it holds (`~/.clawdbot/weather`, `~/.openclaw/weather/…`,
 * `~/.openclaw/workspace/.weather/…`, `~/.openclaw/logs/weather/…`) or a file whose name is it
 * (`~/.openclaw/logs/weather.log`, `~/.openclaw/logs/cron/weather.log`),
 * reached only through the agent's state folders (workspace, logs, state, cache…), never through
 * its credentials, sessions, agents or memory, and only for a name the agent does not use itself.
 */
function ownStateFile(path: string, own: readonly string[]): boolean {
  const rest = AGENT_HOME.exec(path)?.[1];
  if (!rest) return false;
  const parts = rest.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const last = i === parts.length - 1;
    const name = last ? part.replace(/^\./, '').replace(/\.[^.]+$/, '') : part.replace(/^\./, '');
    if (own.includes(name) && !AGENT_NAMES.test(name)) return true;
    if (last || !STATE_FOLDERS.has(part)) return false;
  }
  return false;
}

/**
 * What the agent loads or runs from a skill's folder: its SKILL.md and manifest, any markdown
 * (instructions it is pointed to), code and hooks. A skill rewriting those changes what was
 * scanned after the scan; its logs, caches and state (`logs/run.log`, `state.json`) are data.
 */
const SKILL_LOADED =
  /(?:^|\/)(?:SKILL\.md|skill\.json|hooks\/.*)$|\.(?:md|mdx|markdown|sh|bash|zsh|fish|ps1|bat|cmd|py|pyc|pth|js|mjs|cjs|ts|mts|cts|jsx|tsx|rb|pl|php|lua|exe|so|dylib|dll|node)$/i;

/**
 * A state file the skill writes in its own installed folder (`~/.claude/skills/<own>/logs/run.log`,
 * `…/<own>/cache/index.json`): below the folder, no `..`, named in full, and nothing the agent
 * loads or runs from there (SKILL_LOADED). Another skill's folder, or its own SKILL.md or scripts,
 * are none.
 */
export function ownSkillStateFile(path: string, own: readonly string[]): boolean {
  const m = AGENT_SKILLS_DIR.exec(path);
  if (!m || !own.includes(m[1] as string) || /(?:^|\/)\.\.(?:\/|$)/.test(path)) return false;
  // what follows the skill's folder (the match ends at its `/`, or at the end of a bare folder)
  const rest = path.slice(m[0].length);
  return /[^/]/.test(rest) && !rest.endsWith('/') && !SKILL_LOADED.test(rest);
}

/**
 * A file of the skill's own in the agent's folders: anything in its installed folder
 * (`~/.openclaw/skills/<own>/.env`, `~/.claude/skills/<own>/config.json`), its private settings
 * (`~/.openclaw/private/<own>.env`), its state and logs (ownStateFile). Such a file holds what the
 * user set up for this skill or what it wrote itself, as its `$SKILL/.env` does; no other skill's
 * and not the agent's. A path with `..` is none.
 */
export function ownAgentFile(path: string, own: readonly string[]): boolean {
  if (/(?:^|\/)\.\.(?:\/|$)/.test(path)) return false;
  const name = agentSkillFolder(path) ?? AGENT_PRIVATE.exec(path)?.[1];
  if (name !== undefined) return own.includes(name);
  return ownStateFile(path, own);
}
