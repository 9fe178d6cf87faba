/**
 * Downloads checked against a digest pinned in the script before they run: `echo "<sha256>  f" |
 * sha256sum -c -`, `shasum -a 256 -c <<< "…"`, `[ "$(sha256sum f | cut -d' ' -f1)" = "<sha256>" ]`,
 * `sha256sum f | grep -q <sha256>`. A check counts for a command only when the command runs after
 * it succeeded (see Cmd.guards: `&&`, an `if` branch, `|| exit`, `set -e`), and only when the
 * digest is a literal of the script: a digest computed at run time (downloaded next to the file)
 * is no pin. A checksum list shipped in the skill (`sha256sum -c "$HERE/SHA256SUMS"`, see
 * shipped.ts) pins like a literal; so does a signature check whose key is part of the skill (see
 * signed.ts). A pinned file's writers before the check are cut from the flow into that command.
 */
import type { StaticOutputs } from './decode.js';
import { printable } from './decode.js';
import type { CmdFact, Facts } from './facts.js';
import type { Flow } from './flow.js';
import type { Shipped } from './shipped.js';
import { signedFiles } from './signed.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/** a SHA-256, SHA-384 or SHA-512 (or BLAKE2b-512) digest in hex */
const DIGEST = /^[0-9a-f]{64}(?:[0-9a-f]{32}){0,2}$/i;
const SUM_TOOLS = /^(?:sha(?:256|384|512)sum|gsha256sum|shasum|b2sum|rhash)$/;
const SUM_LINE = /^\\?([0-9a-f]{64}(?:[0-9a-f]{32}){0,2})\s+\*?(\S.*)$/i;
const BSD_LINE =
  /^(?:SHA(?:256|384|512)|BLAKE2b)\s*\((.+)\)\s*=\s*([0-9a-f]{64}(?:[0-9a-f]{32}){0,2})$/i;

/** git commands that put a working tree at one commit */
const GIT_PINS = /^(?:checkout|reset|switch)$/;
/** a full commit hash (SHA-1 or SHA-256), not an abbreviation, branch or tag */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

interface Pin {
  paths: string[];
  /** writers of the paths before this command id are vouched for */
  before: number;
}

function pinned(v: Val): boolean {
  return v.known && !v.s.includes(UNKNOWN) && DIGEST.test(v.s.trim().replace(/^\^|\$$/g, ''));
}

export class Pins {
  private memo = new Map<number, Pin | null>();
  private cuts = new WeakMap<readonly number[], Map<string, number> | null>();

  constructor(
    private readonly facts: Facts,
    private readonly flow: Flow,
    private readonly outputs: StaticOutputs,
    private readonly shipped: Shipped,
  ) {}

  /** files a digest command hashes (`sha256sum f`, `openssl dgst -sha256 f`, `sha256sum < f`) */
  private hashed(g: CmdFact): string[] {
    const pos = g.positional.map((p) => p.s);
    let files: string[] = [];
    if (SUM_TOOLS.test(g.fam) && !g.flags.has('-c') && !g.flags.has('--check'))
      files = pos.filter((p) => p !== '-');
    else if (
      g.fam === 'openssl' &&
      pos[0] === 'dgst' &&
      [...g.flags].some((x) => /^-(?:sha(?:256|384|512)|sha3-(?:256|384|512))$/.test(x))
    )
      files = pos.slice(1);
    else return [];
    if (!files.length) {
      files = [...g.reads];
      for (const id of g.cmd.stdin) files.push(...(this.flow.fact(id)?.reads ?? []));
    }
    return files.filter((p) => p && !p.includes(UNKNOWN)).map(normPath);
  }

  /** the files digest commands feeding this value hash */
  private hashedInto(v: Val): string[] {
    const out: string[] = [];
    for (const s of this.flow.val(v)) {
      const g = this.flow.fact(s);
      if (g) out.push(...this.hashed(g));
    }
    return out;
  }

  /** what a check (a command id, or `-(i + 1)` for a test comparison) vouches for */
  pin(guard: number): Pin | undefined {
    let hit = this.memo.get(guard);
    if (hit === undefined) {
      hit = this.compute(guard) ?? null;
      this.memo.set(guard, hit);
    }
    return hit ?? undefined;
  }

  private compute(guard: number): Pin | undefined {
    if (guard < 0) {
      const t = this.facts.script.tests[-guard - 1];
      if (!t) return undefined;
      const l = this.facts.env.eval(t.left);
      const r = this.facts.env.eval(t.right);
      const paths = pinned(l) ? this.hashedInto(r) : pinned(r) ? this.hashedInto(l) : [];
      return paths.length ? { paths, before: t.at } : undefined;
    }
    const g = this.flow.fact(guard);
    if (!g) return undefined;
    if (SUM_TOOLS.test(g.fam) && (g.flags.has('-c') || g.flags.has('--check'))) {
      // a list given on stdin whose text is a literal of the script, or list files shipped in
      // the skill (a list downloaded with the file, or written by the script, is no pin)
      const lists = g.positional.filter((p) => p.s !== '-');
      let text: string | undefined;
      if (lists.length) {
        const texts = lists.map((p) => this.shipped.file(p)?.text);
        if (texts.some((t) => t === undefined)) return undefined;
        text = texts.join('\n');
      } else {
        const st = this.outputs.stdin(g);
        text = st ? printable(st.bytes) : undefined;
      }
      if (!text) return undefined;
      const paths: string[] = [];
      for (const line of text.split('\n')) {
        const l = line.trim();
        if (!l || (lists.length && l.startsWith('#'))) continue;
        const m = SUM_LINE.exec(l);
        const b = m ? undefined : BSD_LINE.exec(l);
        const p = m?.[2] ?? b?.[1];
        if (!p) return undefined;
        paths.push(normPath(p.trim()));
      }
      return paths.length ? { paths, before: g.id } : undefined;
    }
    // a clone's working tree checked out at a commit written in the script (`git -C D checkout
    // <full hash>`, `cd D && git checkout <full hash>`, `reset --hard`, `switch --detach`): the
    // commit's hash names its whole tree, as a digest names a file's bytes, so the folder's files
    // are pinned
    if (g.fam === 'git' && GIT_PINS.test(g.positional[0]?.s ?? '')) {
      const at = g.opts.get('-C')?.[0];
      const commit = g.positional.slice(1).filter((p) => !p.s.startsWith('-'));
      // (the folder may start at run time, `"$HERE/vendor/x"`, when it names one below that)
      const dir = at ? normPath(at.s).replace(/\/+$/, '') : (g.cwd ?? '');
      if (
        /^(?:[^\u0001]*|\u0001)\/[^\u0001]+$/.test(dir) &&
        commit.length === 1 &&
        commit[0]?.known &&
        COMMIT.test(commit[0].s)
      )
        return { paths: [dir], before: g.id };
    }
    const signed = signedFiles(g, this.facts, this.shipped);
    if (signed.length) return { paths: signed, before: g.id };
    if (g.fam === 'grep' && g.positional.some(pinned)) {
      const paths: string[] = [];
      for (const id of g.cmd.stdin) {
        const src = this.flow.fact(id);
        if (src) paths.push(...this.hashed(src));
      }
      return paths.length ? { paths, before: g.id } : undefined;
    }
    return undefined;
  }

  private all: Map<string, number> | null | undefined;

  /**
   * Every pin of the script, whichever command it guards: making a file executable before its
   * check runs nothing (a run before the check is unguarded and still fails on its own).
   */
  allCut(): Map<string, number> | undefined {
    if (this.all === undefined) {
      const m = new Map<string, number>();
      const seen = new Set<number>();
      for (const f of this.facts.facts)
        for (const g of f.cmd.guards ?? []) {
          if (seen.has(g)) continue;
          seen.add(g);
          const p = this.pin(g);
          if (p) for (const path of p.paths) m.set(path, Math.max(m.get(path) ?? 0, p.before));
        }
      this.all = m.size ? m : null;
    }
    return this.all ?? undefined;
  }

  /** path → command id: writers of the path before that id are vouched for when `f` runs */
  cutFor(f: CmdFact): Map<string, number> | undefined {
    const guards = f.cmd.guards;
    if (!guards?.length) return undefined;
    let cut = this.cuts.get(guards);
    if (cut === undefined) {
      const m = new Map<string, number>();
      for (const g of guards) {
        const p = this.pin(g);
        if (p) for (const path of p.paths) m.set(path, Math.max(m.get(path) ?? 0, p.before));
      }
      cut = m.size ? m : null;
      this.cuts.set(guards, cut);
    }
    return cut ?? undefined;
  }
}
