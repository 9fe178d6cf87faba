/**
 * Static evaluation of shell words: variables assigned earlier in the script are substituted,
 * `$HOME` becomes `~`, and every word remembers which commands' output flowed into it.
 */
import type { Assign, ParamOp, Part, Script, Word } from './ir.js';
import { decoderKind } from './commands.js';
import { decodeAnsiC } from './syntax.js';

const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** stands for a part whose value is unknown statically */
export const UNKNOWN = '\u0001';

export interface Val {
  /** the value with unknown parts as UNKNOWN */
  s: string;
  known: boolean;
  /** commands whose output flows into this word (directly or through variables) */
  sources: Set<number>;
  /** variables referenced */
  vars: string[];
  /** variables referenced through the variables referenced (`u=$USER; … $u` → USER) */
  deep?: Set<string>;
  raw: string;
  /**
   * the value with the known parts of partly known variables kept (`d="$ROOT/$id"; … "$d/"` →
   * `~/backups//`), where `s` has only UNKNOWN for such a variable; read by checks that only
   * need a prefix, such as whether an scp/rsync operand is a local path
   */
  partial: string;
  /**
   * the value with each environment variable the script never assigns written as KEYED(name)
   * (`{"body": "\u0002GITHUB_TOKEN\u0003"}`) and the script's own variables as their shaped
   * values, other unknown parts as UNKNOWN: which field of a body a key stands in, however many
   * variables the body went through (`BODY="{…}"; curl -d "$BODY"`)
   */
  shaped?: string;
}

/** the value of a word before its parts are read into it (`parts` fills it in) */
const emptyVal = (raw: string): Val & { shaped: string } => ({
  s: '',
  known: true,
  sources: new Set(),
  vars: [],
  raw,
  partial: '',
  shaped: '',
});

/** how a shaped value (Val.shaped) writes an environment variable the script never assigns */
export const keyed = (name: string): string => `\u0002${name}\u0003`;

/**
 * The variables a value was built from, transitively (`u=$USER; v="$u"`: v was built from u and
 * USER), in the order they were met. Kept as links to the values they came from and listed only
 * when asked: a chain of variables each set from the last (`b="$a"; c="$b"; …`) copied the whole
 * list so far at every line, quadratic in the chain (4,096 such lines took 7 s).
 */
export class Deep {
  private listed?: Set<string>;
  /** names, and other values' lists, in order */
  constructor(private readonly items: readonly (Deep | readonly string[])[]) {}

  /** every name, first appearance first */
  get names(): Set<string> {
    if (this.listed) return this.listed;
    const out = new Set<string>();
    // in order, without recursion (a chain is as deep as it is long); a list met again adds
    // nothing new, so it is walked once
    const seen = new Set<Deep>([this]);
    const todo: (Deep | readonly string[])[] = [...this.items].reverse();
    while (todo.length) {
      const item = todo.pop() as Deep | readonly string[];
      if (!(item instanceof Deep)) for (const n of item) out.add(n);
      else if (!seen.has(item)) {
        seen.add(item);
        if (item.listed) for (const n of item.listed) out.add(n);
        else for (let i = item.items.length - 1; i >= 0; i--) todo.push(item.items[i] as Deep);
      }
    }
    this.listed = out;
    return out;
  }
}

interface VarState {
  value: string | undefined;
  sources: Set<number>;
  /** variables its value was built from, transitively */
  deep: Deep;
  /** the value with its unknown parts as UNKNOWN (see Val.partial) */
  partial: string;
  /** see Val.shaped */
  shaped: string;
}

const HOME_VARS = new Set(['HOME']);

/**
 * Windows' per-user folders as Git Bash and MSYS hand them to a script (`$LOCALAPPDATA/Tool/x.exe`
 * is a file in the home folder as much as `$HOME/.tool/x` is), read as home paths when the script
 * does not set the variable itself. The Windows form the variable holds (`C:\Users\u\AppData\…`)
 * is not what matters: the file is in the user's profile, outside the workspace.
 */
const WINDOWS_HOME_VARS: ReadonlyMap<string, string> = new Map([
  ['USERPROFILE', '~'],
  ['APPDATA', '~/AppData/Roaming'],
  ['LOCALAPPDATA', '~/AppData/Local'],
]);

/** `"${a[@]}"`, `${a[*]}`: all the elements of an array, one word each (as facts.ts splits them) */
const ARRAY_ALL = /^(?:"\$\{[A-Za-z_]\w*\[@\]\}"|\$\{[A-Za-z_]\w*\[[@*]\]\})$/;

/**
 * The longest value a variable keeps (the JS and Python folds stop at the same length): past it
 * the value is unknown and the partial value keeps its start. `s="$s$s"` doubles each time, so
 * without a bound thirty such lines took the scan past its time budget.
 */
const MAX_VALUE = 1_000_000;
/** the longest shaped value kept (Val.shaped): a request body, not a file */
const MAX_SHAPED = 64_000;

export class Env {
  vars = new Map<string, VarState>();
  /** the partial values each variable was given in this pass (two that differ know nothing) */
  private partials = new Map<string, string>();
  /** the shaped values each variable was given in this pass */
  private shapes = new Map<string, string>();
  /** the if/case arms each variable was last given a value in (Assign.arms) */
  private armsOf = new Map<string, Assign['arms']>();

  constructor(
    readonly script: Script,
    /** what a text command prints of known words and input (decode.ts editText) */
    private readonly edit?: (
      fam: string,
      args: Val[],
      input: () => string | undefined,
    ) => string | undefined,
  ) {}

  /** Two passes so that functions defined before the variables they use still see them. */
  run(): void {
    for (let pass = 0; pass < 2; pass++) {
      this.partials.clear();
      this.shapes.clear();
      this.armsOf.clear();
      for (const e of this.script.events) if (e.t === 'assign') this.assign(e.a);
    }
  }

  assign(a: Assign): void {
    const via: Deep[] = [];
    const v = this.evalVia(a.value, via);
    const prev = this.vars.get(a.name);
    const sources = new Set(prev?.sources ?? []);
    for (const s of v.sources) sources.add(s);
    const deep = new Deep([...(prev ? [prev.deep] : []), [...v.vars], ...via]);
    let value: string | undefined = v.known ? v.s : undefined;
    let partial = v.partial;
    let shaped = v.shaped ?? UNKNOWN;
    if (a.append && prev) {
      value = prev.value !== undefined && v.known ? prev.value + v.s : undefined;
      partial = prev.partial + v.partial;
      shaped = prev.shaped + shaped;
    }
    if (value !== undefined && value.length > MAX_VALUE) value = undefined;
    // given in an if/case arm another value than the one it had before the statement or in
    // another arm: which one it holds after depends on the branch taken (`if …; then t=wget;
    // else t=true; fi; $t URL | sh` is no `true` for having been written last)
    const had0 = this.armsOf.get(a.name);
    if (
      prev &&
      !a.append &&
      a.arms?.some(([c, i]) => {
        const j = had0?.find(([c2]) => c2 === c)?.[1];
        return j === undefined || j !== i;
      }) &&
      prev.value !== value
    )
      value = undefined;
    this.armsOf.set(a.name, a.arms);
    if (partial.length > MAX_VALUE) partial = partial.slice(0, MAX_VALUE) + UNKNOWN;
    if (shaped.length > MAX_SHAPED) shaped = UNKNOWN;
    // assigned different values: only the start they share is known where it is used
    const had = this.partials.get(a.name);
    if (had !== undefined && !a.append && had !== partial) partial = sharedStart(had, partial);
    this.partials.set(a.name, partial);
    // (assigned again with another shape: unknown, as a variable of two values)
    const hadShape = this.shapes.get(a.name);
    if (hadShape !== undefined && !a.append && hadShape !== shaped) shaped = UNKNOWN;
    this.shapes.set(a.name, shaped);
    this.vars.set(a.name, { value, sources, deep, partial, shaped });
  }

  eval(w: Word): Val {
    return this.evalVia(w, []);
  }

  /** `eval`, also handing back the lists of the variables the word names (see Deep) */
  private evalVia(w: Word, via: Deep[]): Val {
    const out = emptyVal(w.raw);
    this.parts(w.parts, out, 0, via);
    if ((out.shaped?.length ?? 0) > MAX_SHAPED) out.shaped = UNKNOWN;
    if (via.length) {
      const deep = new Deep(via);
      Object.defineProperty(out, 'deep', {
        get: () => deep.names,
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** one of the commands decodes or maps text (base64 -d, xxd -r, rev, tr, …) */
  private decodes(cmds: readonly number[]): boolean {
    return cmds.some((id) => {
      const words = this.script.cmds[id]?.words ?? [];
      const lit = words.map((w) =>
        w.parts.length === 1 && w.parts[0]?.k === 'lit' ? w.parts[0].s : '',
      );
      const [name = '', ...args] = lit;
      const flags = new Set(args.filter((a) => a.startsWith('-')));
      return baseName(name) === 'tr' || decoderKind(baseName(name), flags, args) !== undefined;
    });
  }

  /** a substitution that only looks a program up on PATH stands for that program */
  private lookup(cmds: number[]): string | undefined {
    if (cmds.length !== 1) return undefined;
    const c = this.script.cmds[cmds[0] as number];
    // (its stdin does not matter: `… | $(command -v bash)` gets the pipe as its context)
    if (!c || c.redirects.some((r) => !/^\d*>/.test(r.op))) return undefined;
    const words: string[] = [];
    for (const w of c.words) {
      if (w.parts.length !== 1 || w.parts[0]?.k !== 'lit') return undefined;
      words.push(w.parts[0].s);
    }
    const [cmd, ...rest] = words;
    const args = rest.filter((a) => !/^-[a-zA-Z]+$/.test(a));
    const flags = rest.filter((a) => /^-[a-zA-Z]+$/.test(a));
    const ok =
      cmd === 'which' ||
      (cmd === 'command' && flags.some((f) => f === '-v' || f === '-V')) ||
      (cmd === 'type' && flags.some((f) => /^-[a-zA-Z]*[pP]/.test(f)));
    const name = args[0];
    return ok && args.length === 1 && name && /^[\w.+-]+$/.test(name)
      ? `/usr/bin/${name}`
      : undefined;
  }

  /**
   * What a substitution of text commands prints when all their words are known, as the shell
   * leaves it (trailing newlines cut): `$(printf '%b' '\x63…')`, `$(echo xcurl | cut -c2-)`,
   * `$(sed s/q// <<< qbash)`, `printf -v C …`
   */
  private printed(cmds: readonly number[], depth: number): string | undefined {
    if (!this.edit || cmds.length !== 1 || depth >= 8) return undefined;
    return this.printedBy(cmds[0] as number, depth, 0)?.replace(/\n+$/, '');
  }

  /** what command `id` prints, fed its here-string or the command piped into it (up to 4) */
  private printedBy(id: number, depth: number, n: number): string | undefined {
    const c = this.script.cmds[id];
    const name = c?.words[0]?.parts.length === 1 ? c.words[0].parts[0] : undefined;
    if (!c || !this.edit || n > 4 || name?.k !== 'lit' || c.env.length) return undefined;
    // `$(tool)` of `tool() { echo curl; }`: what the function's one command prints (called
    // without arguments or redirects; what is piped in is not the body's input)
    const body = this.script.functionBodies.get(name.s);
    if (body)
      return body.length === 1 && c.words.length === 1 && !c.redirects.length
        ? this.printedBy(body[0] as number, depth + 1, n + 1)
        : undefined;
    // a here-string, or a here-document (`$(cat <<EOF … EOF)`), is its input
    // or a process's output read as a file (`mapfile -t w < <(printf …)`)
    const here = c.redirects.filter(
      (r) =>
        r.op === '<<<' ||
        ((r.op === '<<' || r.op === '<<-') && !r.fd && r.body) ||
        (r.op === '<' && !r.fd && r.target?.parts.length === 1 && r.target.parts[0]?.k === 'sub'),
    );
    if (c.redirects.length !== here.length || here.length > 1) return undefined;
    const words = c.words.slice(1).flatMap((w) => {
      const out = emptyVal(w.raw);
      this.parts(w.parts, out, depth + 1, []);
      // `"${a[@]}"`: each element of the array is a word of its own (`printf -v g %s "${a[@]}"`)
      if (!out.known || !ARRAY_ALL.test(w.raw)) return [out];
      const items = out.s.trim().split(/\s+/);
      return items.length > 64 ? [out] : items.map((s) => ({ ...out, s, raw: s, partial: s }));
    });
    // `printf -v NAME FORMAT …`: what the variable is given
    const args = name.s === 'printf' && words[0]?.s === '-v' ? words.slice(2) : words;
    const herestring = here[0]?.op === '<<<' ? here[0].target : here[0]?.body;
    const from = c.stdin.length === 1 ? (c.stdin[0] as number) : undefined;
    const proc = here[0]?.op === '<' ? here[0].target?.parts[0] : undefined;
    return this.edit(name.s, args, () =>
      proc?.k === 'sub'
        ? this.printedLines(proc.cmds, depth)
        : herestring
          ? this.printedWord(herestring, depth)
          : from !== undefined
            ? this.printedBy(from, depth, n + 1)
            : undefined,
    );
  }

  /** what a process substitution prints, as a file of it reads (its last newline kept) */
  private printedLines(cmds: readonly number[], depth: number): string | undefined {
    if (cmds.length !== 1 || depth >= 8) return undefined;
    return this.printedBy(cmds[0] as number, depth + 1, 0);
  }

  private printedWord(w: Word, depth: number): string | undefined {
    const out = emptyVal(w.raw);
    this.parts(w.parts, out, depth + 1, []);
    return out.known ? `${out.s}\n` : undefined;
  }

  /**
   * The shape (Val.shaped) of what `$(printf FORMAT ARGS…)` prints: the literal format with each
   * `%s` the shape of its argument, in order (one printf, nothing piped in or out); undefined for
   * any other substitution
   */
  private printfShape(cmds: readonly number[], depth: number): string | undefined {
    if (cmds.length !== 1) return undefined;
    const c = this.script.cmds[cmds[0] as number];
    const [name, format, ...args] = c?.words ?? [];
    if (!c || c.stdin.length || name?.raw !== 'printf' || !format || args.length > 32)
      return undefined;
    const f = this.evalVia(format, []);
    if (
      !f.known ||
      !/^[^%]*(?:%s[^%]*)*$/.test(f.s) ||
      (f.s.match(/%s/g) ?? []).length !== args.length
    )
      return undefined;
    // printf reads the format's escapes (`printf '\143\165\162\154'` prints curl), not its arguments'
    return f.s
      .split('%s')
      .map((piece, i) => {
        const a = args[i - 1];
        if (!a) return decodeAnsiC(piece);
        const out = emptyVal(a.raw);
        this.parts(a.parts, out, depth + 1, []);
        return out.shaped + decodeAnsiC(piece);
      })
      .join('');
  }

  /** a number written in a slice: digits, `$v`/`v` of a known number, `${#v}`, joined by + and - */
  private arith(e: string): number | undefined {
    const t = e
      .replace(/\$\{#([A-Za-z_]\w*)\}/g, (_m, n: string) => {
        const v = this.vars.get(n)?.value;
        return v !== undefined && !v.includes(UNKNOWN) ? String([...v].length) : 'x';
      })
      .replace(/\$?\{?([A-Za-z_]\w*)\}?/g, (_m, n: string) => {
        const v = this.vars.get(n)?.value;
        return v !== undefined && /^\s*-?\d+\s*$/.test(v) ? `(${v.trim()})` : 'x';
      })
      .replace(/\s+/g, '');
    if (!/^[-+()\d]+$/.test(t) || t.length > 64) return undefined;
    let i = 0;
    const num = (): number | undefined => {
      let sign = 1;
      while (t[i] === '-' || t[i] === '+') if (t[i++] === '-') sign = -sign;
      if (t[i] === '(') {
        i++;
        const v = sum();
        if (t[i++] !== ')' || v === undefined) return undefined;
        return sign * v;
      }
      const m = /^\d+/.exec(t.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return sign * Number(m[0]);
    };
    const sum = (): number | undefined => {
      let v = num();
      while (v !== undefined && (t[i] === '+' || t[i] === '-')) {
        const minus = t[i++] === '-';
        const r = num();
        v = r === undefined ? undefined : minus ? v - r : v + r;
      }
      return v;
    };
    const v = sum();
    return v !== undefined && i === t.length ? v : undefined;
  }

  /** ParamOp applied to a known value; undefined when it cannot be computed here */
  private applyOp(op: ParamOp, value: string): string | undefined {
    const chars = [...value];
    switch (op.op) {
      case 'case':
        return op.upper ? value.toUpperCase() : value.toLowerCase();
      case 'join': {
        // the elements are kept one blank apart (syntax.ts); IFS unset or never assigned joins
        // them so too, and only an IFS the script gives changes the glue
        const ifs = this.vars.get('IFS');
        if (!ifs || ifs.value === undefined) return value;
        return value.split(' ').join(ifs.value.slice(0, 1));
      }
      case 'field': {
        if (op.lines) return value.split('\n')[op.index] ?? '';
        const ifs = this.vars.get('IFS')?.value ?? '';
        const seps = `\\s${ifs.replace(/[\\\]^-]/g, '\\$&')}`;
        return value.split(new RegExp(`[${seps}]+`)).filter(Boolean)[op.index] ?? '';
      }
      case 'slice': {
        let off = this.arith(op.off);
        if (off === undefined) return undefined;
        if (off < 0) off = Math.max(0, chars.length + off);
        if (op.len === undefined) return chars.slice(off).join('');
        const len = this.arith(op.len);
        if (len === undefined) return undefined;
        const end = len < 0 ? chars.length + len : off + len;
        return end < off ? undefined : chars.slice(off, end).join('');
      }
      case 'replace':
      case 'trim': {
        // patterns with `*` and `?` (bash globs), brackets or quotes are left alone but `*` alone
        if (/[[\]'"$`\\]/.test(op.pat) || (op.op === 'replace' && /[*?$`]/.test(op.rep)))
          return undefined;
        const glob = op.pat
          .split('')
          .map((c) =>
            c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|\\/]/g, '\\$&'),
          )
          .join('');
        if (op.op === 'trim') {
          const lazy = op.mode.length === 1;
          const g = lazy ? glob.replace(/\*(?!\?)/g, '*?') : glob;
          const re = op.mode.startsWith('#') ? new RegExp(`^${g}`) : new RegExp(`${g}$`);
          if (op.mode.startsWith('%') && lazy) {
            // the shortest suffix: the match that starts last
            for (let i = value.length; i >= 0; i--)
              if (new RegExp(`^${glob}$`).test(value.slice(i))) return value.slice(0, i);
            return value;
          }
          return value.replace(re, '');
        }
        const re =
          op.mode === '/#'
            ? new RegExp(`^${glob}`)
            : op.mode === '/%'
              ? new RegExp(`${glob}$`)
              : new RegExp(glob, op.mode === '//' ? 'g' : '');
        return value.replace(re, () => op.rep);
      }
    }
  }

  private parts(parts: Part[], out: Val & { shaped: string }, depth: number, via: Deep[]): void {
    for (const p of parts) {
      if (p.k === 'lit') {
        out.s += p.s;
        out.partial += p.s;
        out.shaped += p.s;
      } else if (p.k === 'unknown') {
        out.s += UNKNOWN;
        out.partial += UNKNOWN;
        out.shaped += UNKNOWN;
        out.known = false;
      } else if (p.k === 'sub') {
        // `$(which curl)`, `$(command -v bash)`: the path of that program
        // `$(printf '\143\165\162\154')`, `$(echo bash)`: what it prints, when all of it is known
        const looked = this.lookup(p.cmds) ?? this.printed(p.cmds, depth);
        if (looked !== undefined) {
          out.s += looked;
          out.partial += looked;
          out.shaped += looked;
          // text a decoder made (`"$(echo … | base64 -d)"`) is still decoded text: the word
          // keeps the decoder as its source, so running it is judged as running decoded code
          if (this.decodes(p.cmds)) for (const c of p.cmds) out.sources.add(c);
          continue;
        }
        out.s += UNKNOWN;
        out.partial += UNKNOWN;
        out.shaped += depth < 8 ? (this.printfShape(p.cmds, depth) ?? UNKNOWN) : UNKNOWN;
        out.known = false;
        for (const c of p.cmds) out.sources.add(c);
      } else if (p.key !== undefined) {
        // `${c[$k]}`: the element whose key k holds, when that is known
        const key = this.vars.get(p.key)?.value;
        if (key !== undefined && /^[A-Za-z0-9_.-]{1,64}$/.test(key) && depth < 8)
          this.parts([{ k: 'var', name: `${p.name}[${key}]` }], out, depth + 1, via);
        else {
          out.vars.push(p.key);
          out.s += UNKNOWN;
          out.partial += UNKNOWN;
          out.shaped += UNKNOWN;
          out.known = false;
        }
      } else if (p.indirect) {
        // `${!ref}`: the variable named by ref's value, when that is known
        const ref = this.vars.get(p.name)?.value;
        if (ref !== undefined && /^[A-Za-z_]\w*$/.test(ref) && depth < 8)
          this.parts([{ k: 'var', name: ref }], out, depth + 1, via);
        else {
          out.vars.push(p.name);
          out.s += UNKNOWN;
          out.partial += UNKNOWN;
          out.shaped += UNKNOWN;
          out.known = false;
        }
      } else {
        out.vars.push(p.name);
        const home = HOME_VARS.has(p.name)
          ? '~'
          : this.script.assigned.has(p.name)
            ? undefined
            : WINDOWS_HOME_VARS.get(p.name);
        if (home !== undefined) {
          out.s += home;
          out.partial += home;
          out.shaped += home;
          continue;
        }
        const st = this.vars.get(p.name);
        if (st) {
          for (const s of st.sources) out.sources.add(s);
          via.push(st.deep);
        }
        if (st?.value !== undefined && !st.value.includes(UNKNOWN)) {
          // `${x:3:5}`, `${x//_/.}`, `${x#pre}`: what the expansion makes of the value (the
          // whole value when the operation is not one this can compute)
          const v = (p.op && this.applyOp(p.op, st.value)) ?? st.value;
          out.s += v;
          out.partial += v;
          out.shaped += v;
        } else if (p.alt && depth < 8) this.parts(p.alt.parts, out, depth + 1, via);
        else {
          out.s += UNKNOWN;
          out.partial += st?.partial ?? UNKNOWN;
          // an environment variable the script never assigns keeps its name (Val.shaped)
          out.shaped += st ? st.shaped : this.script.assigned.has(p.name) ? UNKNOWN : keyed(p.name);
          out.known = false;
        }
      }
    }
  }
}

/** the longest start two values share, then UNKNOWN for whatever follows */
function sharedStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i) + UNKNOWN;
}

/** `$HOME/x`, `/home/u/x`, `./x` → `~/x`, `x`; collapses `//` and `/./`. */
export function normPath(p: string): string {
  let s = p.trim();
  // every rewrite below needs a slash
  if (!s.includes('/')) return s;
  // (`/c/Users/u`, `C:/Users/u`: a Windows home as Git Bash and MSYS write it)
  s = s.replace(
    /^(?:\/home\/[^/]+|\/Users\/[^/]+|\/root|(?:\/[a-z]|[A-Za-z]:)\/Users\/[^/]+)(?=\/|$)/,
    '~',
  );
  s = s.replace(/\/\.\//g, '/').replace(/\/+/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  if (s.length > 1) s = s.replace(/\/$/, '');
  return s;
}

/** value for display: unknown parts as `…` */
export function show(v: Val): string {
  return v.s.split(UNKNOWN).join('…');
}
