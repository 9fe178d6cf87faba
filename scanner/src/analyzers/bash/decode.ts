/**
 * Statically known output of simple commands (`echo`, `printf`, heredocs, `base64 -d` of a
 * literal, `xxd -r -p`, `rev`, `gunzip`), so that decoded payloads can be scanned again.
 */
import { gunzipSync } from 'node:zlib';
import { decoderKind } from './commands.js';
import { parseOptions, type CmdFact, type Facts } from './facts.js';
import { EXTRACTORS, extractFiles, extractText } from './extract.js';
import { echoText, printfFormat } from './syntax.js';
import { UNKNOWN, type Val } from './values.js';

/** a command's options, as parseOptions reads them */
type Options = Pick<CmdFact, 'flags' | 'opts' | 'positional'>;

export interface StaticOut {
  bytes: Buffer;
  /** how the text was obtained, when it was decoded */
  decodedFrom?: string;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(s: string): Buffer | undefined {
  const clean = s.replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]*$/.test(clean)) return undefined;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of clean) {
    value = (value << 5) | BASE32.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function base64Decode(s: string): Buffer | undefined {
  const clean = s.replace(/\s+/g, '');
  if (!clean || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Mostly printable UTF-8 text (what a decoded script looks like). */
export function printable(b: Buffer): string | undefined {
  if (!b.length) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return undefined;
  }
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127)) ok++;
  }
  return ok / [...text].length > 0.95 ? text : undefined;
}

/**
 * What a text command prints of known words and input: `echo`, `printf` (not `-v`), `cat` and
 * `mapfile` of `input`, and `sed` substitutions or `cut` columns of it; undefined for anything
 * else (a decoder's output, `tr`'s too, stays unknown here: StaticOutputs reads it as decoded
 * text, which bash-decode-exec judges)
 */
export function editText(
  fam: string,
  args: Val[],
  input: () => string | undefined,
): string | undefined {
  if (args.some((a) => !a.known)) return undefined;
  const words = args.map((a) => a.s);
  if (fam === 'echo') return echoText(words);
  if (fam === 'printf') {
    const rest = words[0] === '--' ? words.slice(1) : words;
    if (!rest.length || rest[0] === '-v') return undefined;
    return printfFormat(rest[0] as string, rest.slice(1));
  }
  const parsed = parseOptions(fam, args, false);
  if (fam === 'cat') return parsed.flags.size || parsed.positional.length ? undefined : input();
  // `mapfile -t A` holds the lines it reads (values.ts reads them as the array's elements)
  if (fam === 'mapfile' || fam === 'readarray')
    return [...parsed.flags].every((x) => x === '-t') && parsed.positional.length <= 1
      ? input()
      : undefined;
  // `$(basename /usr/bin/curl)`, `$(dirname …)`: the path's last part, or what comes before it
  if (fam === 'basename' || fam === 'dirname') return pathPart(fam, parsed);
  // `"$(echo YmFzaA== | base64 -d)"`, `$(rev <<< lruc)`, `$(tr a-z n-za-m <<< onfu)` as a word:
  // the text decoded (a decoder run on its own is read by StaticOutputs, as decoded text)
  const kind = decoderKind(fam, parsed.flags, words);
  if (kind && kind !== 'gzip' && !parsed.positional.length) {
    const text = input();
    const bytes = text === undefined ? undefined : decodeAs(kind, Buffer.from(text, 'latin1'));
    return bytes && printable(bytes);
  }
  if (fam === 'tr') {
    const edit = trEdit(parsed);
    const text = edit && input();
    return text === undefined ? undefined : edit?.(text);
  }
  if (fam !== 'sed' && fam !== 'cut') return undefined;
  const edit = fam === 'sed' ? sedText(parsed) : cutText(parsed);
  const text = edit && input();
  return text === undefined ? undefined : edit?.(text);
}

/** `basename PATH [SUFFIX]` / `dirname PATH` of one known path (no options) */
function pathPart(fam: string, f: Options): string | undefined {
  if (f.flags.size || f.opts.size) return undefined;
  const [p, suffix] = f.positional.map((x) => x.s);
  if (p === undefined || f.positional.length > (fam === 'basename' ? 2 : 1)) return undefined;
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const cut = trimmed.lastIndexOf('/');
  if (fam === 'dirname') return cut < 0 ? '.' : cut === 0 ? '/' : trimmed.slice(0, cut);
  const base = trimmed.slice(cut + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

/**
 * what `tr` does to its input: `tr -d SET` drops the set's characters (the joins of a split
 * payload), `tr SET1 SET2` maps one onto the other (rot13 and friends); undefined for other forms
 */
function trEdit(f: Options): ((text: string) => string) | undefined {
  if (f.positional.length === 1 && [...f.flags].join() === '-d') {
    const del = trSet(
      (f.positional[0]?.s ?? '').replace(/\\([nrt])/g, (_m, c: string) =>
        c === 'n' ? '\n' : c === 'r' ? '\r' : '\t',
      ),
    );
    if (!del) return undefined;
    const drop = new Set(del);
    return (text) => [...text].filter((c) => !drop.has(c)).join('');
  }
  if (f.flags.size === 0 && f.positional.length === 2) {
    const from = trSet(f.positional[0]?.s ?? '');
    const to = trSet(f.positional[1]?.s ?? '');
    if (!from || !to || !to.length) return undefined;
    const map = new Map<string, string>();
    from.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)] as string));
    return (text) => [...text].map((c) => map.get(c) ?? c).join('');
  }
  return undefined;
}

/** the bytes a decoder (decoderKind) makes of `input`; undefined when they are not its format */
function decodeAs(kind: string, input: Buffer): Buffer | undefined {
  const text = input.toString('latin1');
  try {
    if (kind === 'base64') return base64Decode(text);
    if (kind === 'base32') return base32Decode(text);
    if (kind === 'hex') {
      const clean = text.replace(/\s+/g, '');
      return /^(?:[0-9a-fA-F]{2})+$/.test(clean) ? Buffer.from(clean, 'hex') : undefined;
    }
    if (kind === 'reverse')
      return Buffer.from(
        text
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => [...l].reverse().join(''))
          .join('\n'),
        'latin1',
      );
    if (kind === 'gzip') return gunzipSync(input, { maxOutputLength: 1 << 20 });
  } catch {
    return undefined;
  }
  return undefined;
}

export class StaticOutputs {
  private memo = new Map<number, StaticOut | null>();

  constructor(
    readonly facts: Facts,
    /** the text of the skill's own file a value names (shipped.ts), if it names one */
    private readonly shipped?: (v: Val) => string | undefined,
  ) {}

  /** static stdin of a command (heredoc/herestring or a single static predecessor) */
  stdin(f: CmdFact): StaticOut | undefined {
    if (f.input !== undefined)
      return f.input.includes(UNKNOWN) ? undefined : { bytes: Buffer.from(f.input, 'utf8') };
    const parts = f.cmd.stdin
      .map((id) => this.out(id))
      .filter((x): x is StaticOut => x !== undefined);
    if (!parts.length) return undefined;
    if (parts.length === 1) return parts[0];
    return { bytes: Buffer.concat(parts.map((x) => x.bytes)) };
  }

  out(id: number, depth = 0): StaticOut | undefined {
    if (this.memo.has(id)) return this.memo.get(id) ?? undefined;
    this.memo.set(id, null);
    const r = depth > 16 ? undefined : this.compute(id);
    this.memo.set(id, r ?? null);
    return r;
  }

  private compute(id: number): StaticOut | undefined {
    const f = this.facts.facts[id];
    if (!f) return undefined;
    if (f.fam === 'cat' && f.flags.size === 0 && f.positional.length > 1 && this.shipped) {
      // `cat "$d/a" "$d/b" "$d/c"`: a payload split across the skill's own files and joined at
      // run time is only seen whole here
      const texts = f.positional.map((p) => this.shipped?.(p));
      if (texts.every((t): t is string => t !== undefined))
        return { bytes: Buffer.from(texts.join(''), 'utf8'), decodedFrom: 'joined files' };
      return undefined;
    }
    if (EXTRACTORS.has(f.fam)) {
      const files = extractFiles(f.fam, f);
      // `grep -o 'wget.*' docs/help.txt`, `sed -n 's/^RUN: //p' notes.txt`: what it pulls out of
      // a file the skill ships (read as the text it is: run by a shell, it is judged as code)
      const text = files.length === 1 && files[0] ? this.shipped?.(files[0]) : undefined;
      const out = text === undefined ? undefined : extractText(f.fam, f, text);
      if (out !== undefined) return { bytes: Buffer.from(out, 'utf8') };
      if (!files.length && f.fam !== 'sed' && f.fam !== 'cut') {
        const input = this.stdin(f);
        const picked = input && extractText(f.fam, f, input.bytes.toString('utf8'));
        return picked === undefined
          ? undefined
          : { bytes: Buffer.from(picked, 'utf8'), decodedFrom: input?.decodedFrom };
      }
    }
    if (f.args.some((a) => !a.known)) return undefined;
    const args = f.args.map((a) => a.s);
    if (f.fam === 'echo' || f.fam === 'printf') {
      const text = editText(f.fam, f.args, () => undefined);
      return text === undefined ? undefined : { bytes: Buffer.from(text, 'utf8') };
    }
    if (f.fam === 'cat' && f.positional.length === 0) return this.stdin(f);
    if (f.fam === 'tr') {
      // `tr -d '\n'` (the joins of a split payload), `tr 'a-z' 'n-za-m' <<< 'phey …'` (rot13)
      const edit = trEdit(f);
      const input = edit && this.stdin(f);
      if (!edit || !input) return undefined;
      const deleting = f.positional.length === 1;
      return {
        bytes: Buffer.from(edit(input.bytes.toString('latin1')), 'latin1'),
        decodedFrom: deleting ? (input.decodedFrom ?? 'tr') : 'tr',
      };
    }
    if (f.fam === 'sed' || f.fam === 'cut') {
      // `sed 's/X//g' <<< 'cXuXrXl'`, `cut -c3-6 <<< 'zzcurlzz'`: text edited into a command
      const input = this.stdin(f);
      const out = input && editText(f.fam, f.args, () => input.bytes.toString('utf8'));
      return out === undefined
        ? undefined
        : { bytes: Buffer.from(out, 'utf8'), decodedFrom: input?.decodedFrom ?? f.fam };
    }
    const kind = decoderKind(f.name, f.flags, args);
    if (!kind) return undefined;
    const input = f.positional.length ? undefined : this.stdin(f);
    if (!input) return undefined;
    const bytes = decodeAs(kind, input.bytes);
    return bytes ? { bytes, decodedFrom: kind } : undefined;
  }
}

/** characters of a `tr` set (ranges and [:lower:]/[:upper:]/[:digit:]), undefined when unsupported */
export function trSet(spec: string): string[] | undefined {
  const s = spec
    .replace(/\[:lower:\]/g, 'a-z')
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:digit:\]/g, '0-9');
  if (s.length > 200 || /\[|\\/.test(s)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const a = s[i] as string;
    if (s[i + 1] === '-' && i + 2 < s.length) {
      const lo = a.charCodeAt(0);
      const hi = (s[i + 2] as string).charCodeAt(0);
      if (hi < lo) return undefined;
      for (let c = lo; c <= hi; c++) out.push(String.fromCharCode(c));
      i += 2;
    } else out.push(a);
  }
  return out;
}

/** Which analyzer a decoded snippet most likely belongs to. */
export function guessLanguage(text: string): 'bash' | 'python' | 'javascript' {
  if (/^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\(|exec\(|print\()/m.test(text))
    return 'python';
  if (/\brequire\(\s*['"]|\bconsole\.log\(|=>\s*\{|\bawait\s+fetch\(/.test(text))
    return 'javascript';
  return 'bash';
}

const MAX_EDIT_INPUT = 1 << 16;

/**
 * `sed` of substitutions only (`s/X//g`, `-e 's/a/b/' -e 's/c/d/'`, `-E`): the edit as a function
 * of the input text, undefined for any other script (addresses, `-n`, `-i`, a script file) or a
 * pattern that could backtrack without end (a quantified group)
 */
export function sedText(f: Options): ((input: string) => string | undefined) | undefined {
  const ere = f.flags.has('-E') || f.flags.has('-r') || f.flags.has('--regexp-extended');
  const other = [...f.flags].filter(
    (x) => !['-E', '-r', '--regexp-extended', '-e', '--expression', '-u'].includes(x),
  );
  if (other.length) return undefined;
  const given = [...(f.opts.get('-e') ?? []), ...(f.opts.get('--expression') ?? [])];
  const scripts = given.length ? given : f.positional.slice(0, 1);
  if (!scripts.length || f.positional.length > (given.length ? 0 : 1)) return undefined;
  if (scripts.some((s) => !s.known)) return undefined;
  const edits: Array<[RegExp, string]> = [];
  for (const script of scripts)
    for (const cmd of script.s.split(/\s*;\s*|\n/).filter((c) => c.trim())) {
      const m = /^\s*s(.)/.exec(cmd);
      const d = m?.[1];
      if (!d || /[\s\\]/.test(d)) return undefined;
      const parts: string[] = [''];
      for (let i = m?.[0].length ?? 0; i < cmd.length; i++) {
        const c = cmd[i] as string;
        if (c === '\\' && cmd[i + 1] === d) {
          parts[parts.length - 1] += d;
          i++;
        } else if (c === '\\') {
          parts[parts.length - 1] += c + (cmd[i + 1] ?? '');
          i++;
        } else if (c === d) parts.push('');
        else parts[parts.length - 1] += c;
      }
      const [pat, rep, fl] = parts;
      if (
        parts.length !== 3 ||
        pat === undefined ||
        rep === undefined ||
        !/^[gIi]*$/.test(fl ?? '')
      )
        return undefined;
      const src = ere ? pat : breToJs(pat);
      if (src === undefined || src.length > 200 || /\)[*+?{]/.test(src)) return undefined;
      let re: RegExp;
      try {
        // `g` replaces every match of a line, as sed's flag does
        re = new RegExp(
          src,
          `${/[Ii]/.test(fl ?? '') ? 'i' : ''}${(fl ?? '').includes('g') ? 'g' : ''}`,
        );
      } catch {
        return undefined;
      }
      const jsRep = rep
        .replace(/\$/g, '$$$$')
        .replace(/\\([1-9])|\\(.)|&/g, (all, n?: string, c?: string) =>
          n ? `$${n}` : c !== undefined ? (c === 'n' ? '\n' : c === 't' ? '\t' : c) : '$&',
        );
      edits.push([re, jsRep]);
    }
  return perLine((l) => edits.reduce((t, [re, rep]) => t.replace(re, rep), l));
}

/** an edit of each line of a text (sed, cut), for inputs up to MAX_EDIT_INPUT */
function perLine(edit: (line: string) => string): (input: string) => string | undefined {
  return (input) => {
    if (input.length > MAX_EDIT_INPUT) return undefined;
    const lines = input.replace(/\n$/, '').split('\n');
    return lines.map(edit).join('\n') + (input.endsWith('\n') ? '\n' : '');
  };
}

/** a basic regular expression as a JavaScript one (`\(` groups, `+` and `?` literal) */
export function breToJs(p: string): string | undefined {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return undefined;
      out += '(){}+?|'.includes(n) ? n : `\\${n}`;
      i++;
    } else out += '(){}+?|'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** `cut -c 3-6`, `cut -b1,3`, `cut -d: -f2-`: the columns kept of each line */
export function cutText(f: Options): ((input: string) => string | undefined) | undefined {
  if (f.positional.length) return undefined;
  const list = (f.opts.get('-c') ?? f.opts.get('-b') ?? f.opts.get('--characters') ?? [])[0];
  const fields = (f.opts.get('-f') ?? f.opts.get('--fields') ?? [])[0];
  const delim = (f.opts.get('-d') ?? f.opts.get('--delimiter') ?? [])[0];
  const spec = list ?? fields;
  if (!spec?.known || (delim && !delim.known)) return undefined;
  const ranges: Array<[number, number]> = [];
  for (const r of spec.s.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(r);
    if (!m || (!m[1] && !m[3])) return undefined;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[3] ? Number(m[3]) : m[2] ? Infinity : lo;
    ranges.push([lo, hi]);
  }
  const keep = (i: number) => ranges.some(([lo, hi]) => i + 1 >= lo && i + 1 <= hi);
  const d = delim?.s ?? '\t';
  if (!list && d.length !== 1) return undefined;
  return perLine((l) =>
    list
      ? [...l].filter((_c, i) => keep(i)).join('')
      : l.includes(d)
        ? l
            .split(d)
            .filter((_c, i) => keep(i))
            .join(d)
        : l,
  );
}
