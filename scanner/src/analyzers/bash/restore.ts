/**
 * A file put back from the backup the script made of it (`cp "$CFG" "$BAK"` … `cp "$BAK" "$CFG"`):
 * what the restore writes is the file's own earlier contents, so it changes nothing a `writes`
 * pattern is about (an agent's config edited, a hook planted). `restores` holds such targets.
 */
import type { Facts } from './facts.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/** copies that take one source and one target */
const COPIES = new Set(['cp', 'mv']);

/** the variable a word only references (`"$BAK"`, `${BAK}`), or undefined */
function onlyVar(v: Val | undefined): string | undefined {
  const m = v && /^"?\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))"?$/.exec(v.raw);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** the known start of a value (up to its first unknown part) */
const known = (s: string) => s.split(UNKNOWN)[0] as string;

/**
 * Mark each `cp`/`mv` whose source is a variable assigned once, which only an earlier `cp` of the
 * very target filled (`cp "$CFG" "$BAK"`), and which no other command may have written: a write
 * whose path could be the backup's (its known start and the backup's share a start, or a path
 * not known at all) leaves the restore a write like any other.
 */
export function markRestores(facts: Facts): void {
  const all = facts.facts;
  const assigned = new Map<string, number>();
  for (const e of facts.script.events)
    if (e.t === 'assign') assigned.set(e.a.name, (assigned.get(e.a.name) ?? 0) + 1);
  for (const g of all) {
    if (!COPIES.has(g.fam) || g.positional.length !== 2) continue;
    const [src, dst] = g.positional as [Val, Val];
    const target = normPath(dst.s);
    const name = onlyVar(src);
    if (!name || target.includes(UNKNOWN) || assigned.get(name) !== 1) continue;
    const backup = all.find(
      (h) =>
        h.id < g.id &&
        h.fam === 'cp' &&
        h.positional.length === 2 &&
        normPath((h.positional[0] as Val).s) === target &&
        onlyVar(h.positional[1]) === name,
    );
    if (!backup) continue;
    const start = known(src.partial);
    const mayBe = (v: Val) => {
      const s = known(normPath(v.partial));
      return s.startsWith(start) || start.startsWith(s);
    };
    const clear = all.every((k) => {
      if (k.id === g.id || k.id === backup.id || !k.writes.length) return true;
      if (k.writes.every((w) => !w.includes(UNKNOWN) && !mayBe({ ...src, partial: w })))
        return true;
      // a write to a path not known whole: what the command names must rule the backup out
      const named = [
        ...k.positional,
        ...[...k.opts.values()].flat(),
        ...k.cmd.redirects
          .filter((r) => r.op.includes('>') && r.target)
          .map((r) => facts.env.eval(r.target as NonNullable<typeof r.target>)),
      ];
      return (
        named.some((v) => v.s.includes(UNKNOWN)) &&
        named.every((v) => !v.s.includes(UNKNOWN) || (!mayBe(v) && !!known(v.partial)))
      );
    });
    if (clear) (g.restores ??= []).push(target);
  }
}
