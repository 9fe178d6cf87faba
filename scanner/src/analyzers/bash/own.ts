/**
 * A skill reading its own settings from the agent's folders: its entry in the agent's
 * configuration (`jq -r '.skills.entries["weather"].apiKey' ~/.openclaw/openclaw.json`), its
 * private settings (`source ~/.openclaw/private/weather.env`) or a file in its installed folder
 * (`~/.openclaw/skills/weather/.env`). What the user set up for this skill is not the agent's
 * secrets: such a read is no sensitive read (the fs.read capability stays). The whole
 * configuration, another skill's entry or the gateway token still is.
 */
import type { Facts } from './facts.js';
import {
  AGENT_CONFIG,
  AGENT_DIR,
  ownAgentFile,
  ownEntryKeys,
  ownSkillStateFile,
} from '../../engine/hints.js';
import { byCalls, jqPath, soleJqReader } from './credentials.js';

/**
 * Mark the reads of the skill's own files (`ownReads`), its writes of state files in its own
 * installed folder (`ownWrites`) and the jq/yq commands that print only a
 * value of the skill's own entry of the agent's configuration (`settingOnly`). `ownNames` is only
 * asked when a command reads something in an agent's folders.
 */
export function markOwnReads(all: Facts, ownNames: () => readonly string[]): void {
  const facts = all.facts;
  let names: readonly string[] | undefined;
  for (const f of facts) {
    // a log or state file in the skill's own installed folder is no write into the agent's
    // configuration or another skill (hints.ts ownSkillStateFile)
    if (f.writes.some((w) => AGENT_DIR.test(w))) {
      const own = (names ??= ownNames());
      const mine = f.writes.filter((w) => ownSkillStateFile(w, own));
      if (mine.length) f.ownWrites = mine;
    }
    if (!f.reads.some((r) => AGENT_DIR.test(r))) continue;
    const own = (names ??= ownNames());
    if (!own.length) return;
    const mine = f.reads.filter((r) => ownAgentFile(r, own));
    if (mine.length) f.ownReads = mine;
    if (!f.reads.every((r) => AGENT_CONFIG.test(r))) continue;
    if ((f.fam === 'jq' || f.fam === 'yq') && ownEntryKeys(jqPath(f) ?? byCalls(all, f), own))
      f.settingOnly = true;
    // `cat CONFIG | jq -r '.skills.entries["<own>"].apiKey'`: the text goes only to that filter
    else {
      const g = soleJqReader(facts, f);
      if (g && ownEntryKeys(jqPath(g) ?? [], own)) f.settingOnly = true;
    }
  }
}
