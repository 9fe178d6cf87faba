/**
 * A skill installing itself: `cp -r "$SCRIPT_DIR"/* ~/.claude/skills/<name>/`, `cp SKILL.md
 * ~/.openclaw/skills/<name>/SKILL.md`, `install -m 644 scripts/run.py …/skills/<name>/scripts/`
 * in a setup.sh or the install block of SKILL.md. The destination is the skill's own folder in an
 * agent's skills directory (`<name>` is the name SKILL.md or skill.json gives it) and every source
 * is a file of the skill (a relative path, or one under the script's own folder, which folds to an
 * unknown start) that the script does not make itself (nothing it downloads, extracts or writes).
 * Such a copy is how skills are installed, not a change to the agent's configuration or to
 * another skill; the write stays a write (fs.write capability), only the tamper rules leave it.
 *
 * The same copy under another name (`cp -r . ~/.claude/skills/other-skill`, `rsync -a ./
 * ~/.openclaw/skills/other-skill/`) puts the skill's files, its SKILL.md first, into another
 * skill's folder: the files land below the folder the command names, so those are the writes the
 * tamper rules see (as fs.cpSync and shutil.copytree of the skill into such a folder fail in JS
 * and Python).
 */
import type { CmdFact } from './facts.js';
import { agentSkillFolder } from '../../engine/hints.js';
import { UNKNOWN, normPath } from './values.js';

/** programs that copy or link their leading operands to the last one */
const COPIERS = new Set(['cp', 'install', 'ln', 'rsync', 'mv']);

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
    // rsync records no write; its destination is its last operand
    const dests =
      f.fam === 'rsync' ? [normPath(f.positional[f.positional.length - 1]?.s ?? '')] : f.writes;
    const known = dests.filter((w) => !w.startsWith(UNKNOWN));
    const into = known.map(agentSkillFolder);
    if (!into.length || into.includes(undefined)) continue;
    const own = (names ??= ownNames());
    const sources = f.positional.map((p) => normPath(p.s)).filter((s) => !dests.includes(s));
    if (!into.every((n) => n !== undefined && own.includes(n))) {
      landsInOtherSkill(f, known, own, sources);
      continue;
    }
    // what the script itself puts in its folder or the working folder (a download, an archive
    // extracted, a file it writes): such a file is not one the skill ships
    const made = (madeHere ??= facts
      .flatMap((g) => [...g.writes, ...g.redirectTargets])
      .map((m) =>
        m.startsWith(UNKNOWN) ? m.slice(1).replace(/^\/+/, '') : m.replace(/^\.\/+/, ''),
      )
      .filter((m) => m && !/^(?:\/|~)/.test(m) && !m.includes(UNKNOWN)));
    const fetched = (downloads ??= facts.some((g) => g.hosts.length > 0 || g.dynamicHost));
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

/**
 * A copy of the skill's own files (every source a path into the skill) naming another skill's
 * folder, or a new folder under another name, as its destination: the files land inside it, the
 * skill's SKILL.md for a copy of its whole folder (`.`, `*`, the script's own folder), a named
 * file or folder under its own name.
 */
function landsInOtherSkill(
  f: CmdFact,
  dests: readonly string[],
  own: readonly string[],
  sources: readonly string[],
): void {
  const rels = sources.map(inSkill);
  if (!rels.length || rels.includes(undefined)) return;
  for (const d of dests) {
    const name = agentSkillFolder(d);
    // a path below the folder is a write the tamper patterns already see
    if (name === undefined || own.includes(name) || !d.endsWith(`/skills/${name}`)) continue;
    for (const rel of rels) {
      const base = (rel ?? '.').replace(/\/+\*?$/, '');
      const whole = base === '.' || base === '*' || base === '';
      const landed = `${d}/${whole ? 'SKILL.md' : base.slice(base.lastIndexOf('/') + 1)}`;
      if (!f.writes.includes(landed)) f.writes.push(landed);
    }
  }
}
