/**
 * Data flow between commands: pipes, command substitutions, variables, heredocs and files written
 * by one command and read or executed by another. `out(id)` is every command whose output can
 * reach command `id`'s output (including itself).
 */
import { BudgetExceeded } from '../../engine/route.js';
import type { CmdFact, Facts } from './facts.js';
import type { Cmd, Word } from './ir.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/** programs that put a file's contents at another path */
const MOVERS = new Set(['cp', 'mv', 'install', 'ln']);

/** programs that read their stdin when handed no file */
const STDIN_READERS = new Set([
  'cat',
  'tac',
  'head',
  'tail',
  'tee',
  'dd',
  'base64',
  'xxd',
  'od',
  'tr',
  'cut',
  'sed',
  'awk',
  'gzip',
  'gunzip',
  'zcat',
  'openssl',
  'jq',
  'sort',
  'uniq',
  'read',
  'xargs',
  'strings',
  'grep',
  '',
]);
/** targets that name the stdin a command already has (`<&0`, `< /dev/stdin`) */
const OWN_STDIN = /^(?:0|\/dev\/stdin|\/dev\/fd\/0|\/proc\/self\/fd\/0)$/;

/**
 * Does one of the command's own redirects give it another stdin? Bash applies a command's
 * redirects after the pipe, so `curl … | python3 - <<'EOF'` runs the heredoc and never reads
 * what curl printed; the same for `<<<`, `< file`, `<&N` and a closed stdin (`<&-`). A heredoc on
 * another descriptor (`3<<EOF`), `<&0`, `< /dev/stdin` and a group's redirect (`( curl … | sh )
 * < f`, where the pipe inside wins) leave the pipe in place.
 */
export function redirectsStdin(cmd: Cmd): boolean {
  return cmd.redirects.some((r) => {
    if (r.group || (r.fd ?? '0') !== '0' || !(r.op.startsWith('<') || r.fd === '0')) return false;
    if (r.op === '<<' || r.op === '<<-' || r.op === '<<<') return true;
    return r.target !== undefined && !OWN_STDIN.test(r.target.raw);
  });
}

export class Flow {
  private memo = new Map<number, Set<number>>();
  private busy = new Set<number>();

  private calls = 0;

  /**
   * @param cut path → command id: writers of the path before that id are left out (they wrote a
   *   file checked against a pinned digest, see pinned.ts)
   */
  constructor(
    readonly facts: Facts,
    private readonly deadline: number = Infinity,
    private readonly cut?: ReadonlyMap<string, number>,
  ) {}

  /** does the value name a file the skill ships that the script does not write (shipped.ts) */
  shipped: ((v: Val) => boolean) | undefined;

  /** sources beyond this many are not tracked (only pathological scripts get there) */
  static readonly MAX_SOURCES = 4096;

  fact(id: number): CmdFact | undefined {
    return this.facts.facts[id];
  }

  out(id: number): Set<number> {
    const m = this.memo.get(id);
    if (m) return m;
    const s = new Set<number>([id]);
    if (this.busy.has(id)) return s;
    if ((++this.calls & 255) === 0 && performance.now() > this.deadline)
      throw new BudgetExceeded('time budget exceeded');
    this.busy.add(id);
    const f = this.fact(id);
    if (f) {
      this.addAll(s, this.stdin(f));
      this.addAll(s, this.argSources(f));
      this.addAll(s, this.files(f.reads));
      // a file moved or copied from a wholly unknown path (`mv "$c" …` with `c` only partly
      // known, a path no read records) carries whatever was written to such a path
      // (from a path only `mktemp` printed, `mv "$tmp" "$CONFIG"`: what was written into such a
      // path or to one that may be any; not what a command wrote into a new folder of its own,
      // `git clone URL "$dir"`, nor to paths whose names the script fixes, `ln -s … "$d/lib"`)
      const moved = MOVERS.has(f.fam)
        ? f.positional.slice(0, -1).filter((v) => normPath(v.s) === UNKNOWN)
        : [];
      if (moved.length && !moved.every((v) => this.facts.freshTemp(v)))
        this.addAll(s, this.files([UNKNOWN]));
      else if (moved.length) {
        const before = this.cut ? cutBefore(this.cut, UNKNOWN) : -1;
        const names = moved.map((v) => v.partial.slice(v.partial.lastIndexOf('/') + 1));
        for (const w of this.facts.writersOf(UNKNOWN)) {
          const g = this.fact(w);
          if (w < before || !g) continue;
          const elsewhere = names.every((n) =>
            this.facts.namedElsewhere(g, n.includes(UNKNOWN) ? '' : n, n ? [n] : []),
          );
          if (g.tempTarget || !(g.freshUnknown || elsewhere)) this.addAll(s, this.out(w));
        }
      }
      // what an extractor writes is made of the archive it unpacks
      if (f.unpacks) this.addAll(s, this.files(f.unpacks));
      // a call of a function defined in the script outputs what its body's commands output
      // (not those whose stdout the body sends to a file, `git fetch … >/dev/null`: what they
      // write reaches a reader of that file, not the caller's `$(f)`)
      const body = this.facts.script.functionBodies.get(f.name);
      if (body)
        for (const b of body)
          if (b !== id && !stdoutToFile(this.facts.script.cmds[b])) this.addAll(s, this.out(b));
      // and what the body runs from the call's own words (`retry curl URL | sh`)
      for (const r of this.facts.callRuns.get(id) ?? []) this.addAll(s, this.out(r));
    }
    this.busy.delete(id);
    this.memo.set(id, s);
    return s;
  }

  private addAll(into: Set<number>, from: Iterable<number>): void {
    for (const x of from) {
      if (into.size >= Flow.MAX_SOURCES) return;
      into.add(x);
    }
  }

  val(v: Val): Set<number> {
    const s = new Set<number>();
    for (const c of v.sources) this.addAll(s, this.out(c));
    return s;
  }

  stdin(f: CmdFact): Set<number> {
    const s = new Set<number>();
    const piped = !redirectsStdin(f.cmd) || this.pipeStillRead(f.cmd);
    if (piped) for (const p of f.cmd.stdin) this.addAll(s, this.out(p));
    if (f.inputVal) this.addAll(s, this.val(f.inputVal));
    // `sh < file`, `bash <&3` after `exec 3< <(curl …)`
    for (const r of f.cmd.redirects) {
      if (!r.target || (r.fd !== undefined && r.fd !== '0')) continue;
      if (r.op === '<') this.addAll(s, this.redirectSource(r.target));
      else if (r.op === '<&' || (r.op === '>&' && r.fd === '0')) {
        const fd = r.target.raw;
        for (const g of this.facts.facts) {
          if (g.id >= f.id) break;
          // `coproc nc …; bash <&"${COPROC[0]}"`: the coprocess's output
          if (g.wrappers.includes('coproc') && /\[\s*0\s*\]/.test(fd))
            this.addAll(s, this.out(g.id));
          // zsh `ztcp HOST PORT; zsh <&$REPLY` (or `ztcp -d 5 …; zsh <&5`): what the socket reads
          if (g.name === 'ztcp' && (/\bREPLY\b/.test(fd) || g.args.some((a) => a.s === fd)))
            this.addAll(s, this.out(g.id));
          if (g.name !== 'exec') continue;
          for (const o of g.cmd.redirects)
            if (o.op === '<' && o.fd === fd && o.target)
              this.addAll(s, this.redirectSource(o.target));
        }
      }
    }
    // a command of a function body without a pipe of its own reads the stdin of the call
    // (`run() { eval "$(cat)"; }; curl … | run`)
    if (piped && !f.cmd.stdin.length && f.inputVal === undefined)
      for (const c of this.callsAround(f.id)) {
        const call = this.fact(c);
        if (!call || c === f.id) continue;
        for (const p of call.cmd.stdin) this.addAll(s, this.out(p));
        if (call.inputVal) this.addAll(s, this.val(call.inputVal));
      }
    return s;
  }

  /**
   * The pipe still reaches a command whose own redirect replaced its stdin: it was first copied to
   * another descriptor (`curl … | bash 3<&0 <<'EOF'` with `bash <&3` inside), or what stands in
   * for the stdin is made by a command that reads the pipe itself as the redirect is set up (an
   * unquoted heredoc or herestring with `$(cat)`, `< <(cat)`).
   */
  private pipeStillRead(cmd: Cmd): boolean {
    if (!cmd.stdin.length) return false;
    return cmd.redirects.some((r) => {
      if (r.group) return false;
      if (r.op === '<&' && r.fd !== undefined && r.fd !== '0' && r.target?.raw === '0') return true;
      if ((r.fd ?? '0') !== '0' || !r.op.startsWith('<')) return false;
      return [r.target, r.body].some((w) => w !== undefined && this.subReadsStdin(w, 0));
    });
  }

  /** a command substitution in the word runs a command that reads the stdin it inherits */
  private subReadsStdin(w: Word, depth: number): boolean {
    if (depth > 4) return false;
    return w.parts.some(
      (p) =>
        p.k === 'sub' &&
        p.cmds.some((id) => {
          const g = this.fact(id);
          return (
            g !== undefined &&
            !g.cmd.stdin.length &&
            g.inputVal === undefined &&
            (STDIN_READERS.has(g.fam) ||
              g.cmd.redirects.some(
                (r) => r.op === '<' && r.target && OWN_STDIN.test(r.target.raw),
              )) &&
            !g.reads.length
          );
        }),
    );
  }

  /** calls (with a stdin) of the functions whose bodies contain command `id` */
  private callsOf: Map<string, number[]> | undefined;

  private callsAround(id: number): number[] {
    const spans = this.facts.script.functionSpans;
    if (!spans.size) return [];
    if (!this.callsOf) {
      const m = new Map<string, number[]>();
      for (const g of this.facts.facts)
        if (spans.has(g.name) && (g.cmd.stdin.length || g.inputVal))
          m.set(g.name, [...(m.get(g.name) ?? []), g.id]);
      this.callsOf = m;
    }
    const out: number[] = [];
    for (const [name, [from, to]] of spans)
      if (id >= from && id < to) out.push(...(this.callsOf.get(name) ?? []));
    return out;
  }

  /** what a `<` redirect reads: the writers of the file, or a process substitution's commands */
  private redirectSource(target: Word): Set<number> {
    const v = this.facts.env.eval(target);
    const s = this.val(v);
    if (v.known) this.addAll(s, this.files([normPath(v.s)]));
    return s;
  }

  argSources(f: CmdFact): Set<number> {
    const s = new Set<number>();
    for (const a of f.args) this.addAll(s, this.val(a));
    this.addAll(s, this.val(f.program));
    return s;
  }

  files(paths: readonly string[], shipped = false): Set<number> {
    const s = new Set<number>();
    for (const p of paths) {
      const before = this.cut ? cutBefore(this.cut, p) : -1;
      for (const w of this.facts.writersOf(p, shipped))
        if (w >= before) this.addAll(s, this.out(w));
    }
    return s;
  }

  /** everything that can end up executed as code by this command */
  code(f: CmdFact): Set<number> {
    const s = new Set<number>();
    if (f.code.stdin) this.addAll(s, this.stdin(f));
    for (const w of f.code.words) this.addAll(s, this.val(w));
    for (const w of f.code.scripts) {
      this.addAll(s, this.val(w));
      this.addAll(s, this.files([normPath(w.s)], this.shipped?.(w) ?? false));
    }
    if (f.stdinAsArgs && (f.code.words.length || f.code.scripts.length))
      this.addAll(s, this.stdin(f));
    // the program itself is a file something wrote (`curl -o x …; ./x`)
    if (/[/]/.test(f.program.s) || f.program.s.startsWith('.'))
      this.addAll(s, this.files([normPath(f.program.s)]));
    // (`curl -o /usr/local/bin/x …; x`: a name the shell finds in a folder of PATH an earlier
    // command wrote it to)
    else if (f.program.known && /^[\w.+-]+$/.test(f.program.s))
      for (const dir of PATH_DIRS) {
        const before = this.cut ? cutBefore(this.cut, `${dir}/${f.program.s}`) : -1;
        for (const p of [`${dir}/${f.program.s}`, dir])
          for (const w of this.facts.writers.get(p) ?? [])
            if (w >= before && w < f.id) this.addAll(s, this.out(w));
      }
    s.delete(f.id);
    return s;
  }

  /** everything this command reads or sends, including itself */
  data(f: CmdFact): Set<number> {
    return this.out(f.id);
  }

  /** commands whose output was written to the files named by this command's positional args */
  fileArgs(f: CmdFact): Set<number> {
    return this.files(f.positional.map((p) => normPath(p.s)));
  }
}

/** targets that are the stdout a command already has */
const OWN_STDOUT = /^(?:\/dev\/stdout|\/dev\/fd\/1|\/proc\/self\/fd\/1)$/;

/**
 * Does the command's stdout end in a file (`> f`, `>> log`, `&> /dev/null`, `>/dev/null 2>&1`,
 * its group's `{ …; } > f`) after its redirects are applied in order? A copy to another
 * descriptor (`>&2`, `1>&3`) and `> /dev/stdout` keep it a stream.
 */
export function stdoutToFile(cmd: Cmd | undefined): boolean {
  let file = false;
  for (const r of cmd?.redirects ?? []) {
    const fd = r.fd ?? '1';
    if (r.op === '&>' || r.op === '&>>') file = !!r.target && !OWN_STDOUT.test(r.target.raw);
    else if (fd !== '1' || !r.target) continue;
    else if (r.op === '>' || r.op === '>>' || r.op === '>|') file = !OWN_STDOUT.test(r.target.raw);
    else if (r.op === '>&')
      file = !/^\d+-?$|^-$/.test(r.target.raw) && !OWN_STDOUT.test(r.target.raw);
  }
  return file;
}

/** folders of PATH a program is commonly installed into */
const PATH_DIRS = [
  '/usr/local/bin',
  '/usr/local/sbin',
  '/usr/bin',
  '/bin',
  '~/.local/bin',
  '~/bin',
];

/** the cut of a path: its own, or a folder's above it (a pinned clone vouches for its files) */
function cutBefore(cut: ReadonlyMap<string, number>, p: string): number {
  let before = cut.get(p) ?? -1;
  for (let i = p.lastIndexOf('/'), n = 0; i > 0 && n < 64; i = p.lastIndexOf('/', i - 1), n++)
    before = Math.max(before, cut.get(p.slice(0, i)) ?? -1);
  return before;
}
