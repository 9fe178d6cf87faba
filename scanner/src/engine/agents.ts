/**
 * The agent names the analyzers' own patterns share with the rules, read from the rules' named
 * sets (rules/rules/sets/*.yaml) so that a new agent is added in one place: its home folder then
 * counts as a credential store, a persistence target and the skill's own settings everywhere.
 */
import { namedSet, namedSetPattern } from '@skillgate/rules';

/** `(?:openclaw|…|claude|codex|…)`: the folders AI agents keep in the user's home, without the dot */
export const AGENT_HOMES = namedSetPattern('agent-homes');
/** `(?:openclaw|clawdbot|clawdis|clawd|moltbot)`: OpenClaw's names, its CLI and its home folder */
export const OPENCLAW_NAMES = namedSetPattern('openclaw-family');
/**
 * The folders of an agent's session transcripts under the home, as a regular expression without
 * the `~/` (Claude Code's `.claude/projects`, Codex's `.codex/sessions` and `archived_sessions`,
 * an OpenClaw agent's `.openclaw/agents/<id>/sessions`, Gemini CLI's `.gemini/tmp/<hash>/chats`):
 * each file a whole conversation with the user, every secret pasted or printed in it
 */
export const TRANSCRIPTS = String.raw`\.(?:claude\/projects|codex\/(?:archived_)?sessions|${OPENCLAW_NAMES}\/agents\/[^/]+\/sessions|gemini\/tmp\/[^/]+\/chats)`;
/** OpenClaw's CLI names (`openclaw cron add`, `clawdbot skills install`) */
export const OPENCLAW_CLIS: ReadonlySet<string> = new Set(namedSet('openclaw-family'));
/** agent CLIs that register an MCP server by command (`claude mcp add NAME -- CMD ARGS`) */
export const MCP_CLIS: ReadonlySet<string> = new Set(namedSet('mcp-clis'));
/** agent CLIs that take a schedule option on a run (`claude --schedule …`, `openclaw cron add`) */
export const AGENT_SCHEDULER_CLIS: ReadonlySet<string> = new Set(namedSet('agent-scheduler-clis'));
/** `(?:claude|codex|gemini|…)`: agent CLIs that take a switch turning their permission prompts off */
export const AGENT_CLIS = namedSetPattern('agent-clis');
