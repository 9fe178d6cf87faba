/**
 * Files of the skill a command names: `sha256sum -c "$HERE/SHA256SUMS"`, `gpg --import
 * "$(dirname "$0")/vendor.asc"`, `cosign verify-blob --key {baseDir}/cosign.pub`. A path counts
 * when it is a literal, or a literal under the script's own folder (a prefix computed only by
 * dirname/pwd/cd/realpath/readlink, or a skill-folder variable of the agent), when the skill holds
 * a file there, and when no command of the script writes a file of that name (a list downloaded
 * over the shipped one is no trust anchor).
 */
import type { CmdFact, Facts } from './facts.js';
import type { Flow } from './flow.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/** commands whose output is the script's folder (or a folder derived from it) */
export const DIR_COMMANDS = new Set(['dirname', 'pwd', 'cd', 'realpath', 'readlink']);
/** environment variables holding the script's or skill's folder */
const DIR_VARS =
  /^(?:0|BASH_SOURCE|(?:CLAUDE_|OPENCLAW_)?(?:SKILL|BASE|SCRIPT|PLUGIN)_?(?:DIR|ROOT))$/;
/** placeholders agents substitute with the skill's folder in SKILL.md */
const DIR_PLACEHOLDER = /^\{(?:baseDir|skillDir|SKILL_DIR)\}\//;

export class Shipped {
  private written: Set<string> | undefined;

  constructor(
    private readonly facts: Facts,
    private readonly flow: Flow,
    /** the analysed file's path inside the skill */
    private readonly path: string,
    private readonly sibling: ((path: string) => string | undefined) | undefined,
  ) {}

  /** base names of every file the script writes */
  private writtenNames(): Set<string> {
    if (!this.written) {
      const s = new Set<string>();
      for (const f of this.facts.facts) for (const w of f.writes) s.add(baseName(w));
      this.written = s;
    }
    return this.written;
  }

  /** the prefix of an unknown value is the script's folder */
  private scriptDir(v: Val): boolean {
    const assigned = this.facts.script.assigned;
    const dirVars = (x: Val) =>
      [...x.vars, ...(x.deep ?? [])].every((n) => assigned.has(n) || DIR_VARS.test(n));
    if (!dirVars(v)) return false;
    const sources = this.flow.val(v);
    if (!sources.size && !v.vars.length) return false;
    for (const id of sources) {
      const g = this.flow.fact(id);
      if (!g || !DIR_COMMANDS.has(g.fam) || !g.args.every(dirVars)) return false;
    }
    return true;
  }

  /**
   * the path inside the skill and text of the shipped file the value names, if it names one;
   * `by`: the command naming it, whose own writes do not count (a `cp` of it to a file of the
   * same name elsewhere)
   */
  file(v: Val, by?: CmdFact): { path: string; text: string } | undefined {
    if (!this.sibling) return undefined;
    let rel = v.s.trim().replace(DIR_PLACEHOLDER, '');
    if (rel.includes(UNKNOWN)) {
      if (!rel.startsWith(`${UNKNOWN}/`) || rel.lastIndexOf(UNKNOWN) !== 0 || !this.scriptDir(v))
        return undefined;
      rel = rel.slice(2);
    }
    rel = normPath(rel);
    if (!rel || rel.startsWith('/') || rel.startsWith('~') || rel.split('/').includes('..'))
      return undefined;
    const base = baseName(rel);
    if (
      this.writtenNames().has(base) &&
      this.facts.facts.some((g) => g !== by && g.writes.some((w) => baseName(w) === base))
    )
      return undefined;
    const dir = this.path.includes('/') ? this.path.slice(0, this.path.lastIndexOf('/')) : '';
    for (const p of dir ? [`${dir}/${rel}`, rel] : [rel]) {
      const text = this.sibling(p);
      if (text !== undefined) return { path: p, text };
    }
    return undefined;
  }
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
