/**
 * A skill installing itself: `cp -r "$SCRIPT_DIR"/* ~/.claude/skills/<name>/`, `cp SKILL.md
 * ~/.openclaw/skills/<name>/SKILL.md`, `install -m 644 scripts/run.py …/skills/<name>/scripts/`
 * in a setup.sh or the install block of SKILL.md. The destination is the skill's own folder in an
 * agent's skills directory (`<name>` is the name SKILL.md or skill.json gives it) and every source
 * is a file of the skill (a relative path, or one under the script's own folder, which folds to an
 * unknown start) that the script does not make itself (nothing it downloads, extracts or writes).
 * Such a copy is how skills are installed, not a change to the agent's configuration or to
 * another skill; the write stays a write (fs.write capability), only the tamper rules leave it.
 */
import type { CmdFact } from './facts.js';
import { agentSkillFolder } from '../../engine/hints.js';
import { UNKNOWN, normPath } from './values.js';

/** programs that copy or link their leading operands to the last one */
const COPIERS = new Set(['cp', 'install', 'ln', 'rsync']);

/** a path into the skill as the script sees it: relative, or under its own (unknown) folder */
function inSkill(p: string): string | undefined {
  const rest = p.startsWith(UNKNOWN) ? p.slice(1).replace(/^\/+/, '') : p;
  if (rest.includes(UNKNOWN) || /^(?:\/|~|\.\.(?:\/|$)|-)/.test(rest)) return undefined;
  if (/(?:^|\/)\.\.(?:\/|$)/.test(rest) || /^[a-z][a-z0-9+.-]*:/i.test(rest)) return undefined;
  return rest.replace(/^\.\/+/, '') || '.';
}

/**
 * Mark the commands that copy the skill's own files into its own folder in an agent's skills
 * directory (`installs`). `ownNames` is only asked (it reads SKILL.md and skill.json) when a
 * command copies into an agent's skills folder: every shell text of the skill (each script, each
 * block of SKILL.md) comes here, and almost none of them install anything.
 */
export function markSelfInstalls(
  facts: readonly CmdFact[],
  ownNames: () => readonly string[],
): void {
  let names: readonly string[] | undefined;
  let madeHere: string[] | undefined;
  let downloads: boolean | undefined;
  for (const f of facts) {
    if (!f.fam || !COPIERS.has(f.fam) || f.positional.length < 2) continue;
    // a loop over folders (`for d in ~/.claude/skills ~/.openclaw/skills`) adds each word's
    // destination; one from a folder only known at run time is no agent's skills folder
    const into = f.writes.filter((w) => !w.startsWith(UNKNOWN)).map(agentSkillFolder);
    if (!into.length || into.includes(undefined)) continue;
    const own = (names ??= ownNames());
    if (!into.every((n) => n !== undefined && own.includes(n))) continue;
    // what the script itself puts in its folder or the working folder (a download, an archive
    // extracted, a file it writes): such a file is not one the skill ships
    const made = (madeHere ??= facts
      .flatMap((g) => [...g.writes, ...g.redirectTargets])
      .map((m) =>
        m.startsWith(UNKNOWN) ? m.slice(1).replace(/^\/+/, '') : m.replace(/^\.\/+/, ''),
      )
      .filter((m) => m && !/^(?:\/|~)/.test(m) && !m.includes(UNKNOWN)));
    const fetched = (downloads ??= facts.some((g) => g.hosts.length > 0 || g.dynamicHost));
    const sources = f.positional.map((p) => normPath(p.s)).filter((s) => !f.writes.includes(s));
    const shipped = sources.every((s) => {
      const rel = inSkill(s);
      if (rel === undefined) return false;
      // the script's own folder is unknown here: nothing fetched may sit under it
      if (s.startsWith(UNKNOWN) && fetched) return false;
      const base = rel.replace(/\/+\*?$/, '');
      return !made.some(
        (w) =>
          base === '.' ||
          base === '*' ||
          w === base ||
          w.startsWith(`${base}/`) ||
          base.startsWith(`${w}/`),
      );
    });
    if (shipped) f.installs = true;
  }
}
