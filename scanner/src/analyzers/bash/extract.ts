/**
 * What a text filter prints of a text it reads (a file the skill ships, or its known stdin):
 * `grep -o 'wget.*' docs/help.txt`, `sed -n 's/^RUN: //p' notes.txt`, `awk -F'|' '/^step/
 * {print $2}' steps.txt`, `cut -d: -f2- setup.txt`, `head -n 1`. A skill that hides its command
 * in a document and pulls it out at run time (`grep … docs/help.txt | sh`) is then judged by the
 * command it runs. Undefined for any form not modelled here (the caller decides what an unknown
 * extraction run by a shell means).
 */
import { breToJs, cutText, sedText } from './decode.js';
import type { Val } from './values.js';

/** a command's options, as parseOptions reads them */
interface Options {
  flags: Set<string>;
  opts: Map<string, Val[]>;
  positional: Val[];
}

/** the filters read here, by family */
export const EXTRACTORS = new Set(['grep', 'egrep', 'fgrep', 'sed', 'awk', 'cut', 'head', 'tail']);

const MAX_INPUT = 1 << 16;

/** the operands a filter reads as files (its script or pattern taken off) */
export function extractFiles(fam: string, f: Options): Val[] {
  const scriptGiven =
    fam === 'sed'
      ? f.opts.has('-e') || f.opts.has('--expression')
      : /grep$/.test(fam)
        ? f.opts.has('-e') || f.opts.has('--regexp')
        : fam !== 'awk';
  return scriptGiven ? f.positional : f.positional.slice(1);
}

/** a pattern that could backtrack without end, or too long to be a command's */
function risky(src: string): boolean {
  return src.length > 200 || /\)[*+?{]/.test(src);
}

function compile(src: string | undefined, flags: string): RegExp | undefined {
  if (src === undefined || risky(src)) return undefined;
  try {
    return new RegExp(src, flags);
  } catch {
    return undefined;
  }
}

function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

const out = (ls: string[]): string => (ls.length ? `${ls.join('\n')}\n` : '');

/** `grep [-oEFivh] [-m N] PATTERN`: the lines (or parts, -o) it prints */
function grep(fam: string, f: Options, text: string): string | undefined {
  const allowed =
    /^(?:-[oEFivhsPw]+|--only-matching|--extended-regexp|--fixed-strings|--ignore-case|--invert-match|--no-filename|--no-messages|--perl-regexp|--word-regexp|-e|--regexp|-m|--max-count)$/;
  if ([...f.flags].some((x) => !allowed.test(x))) return undefined;
  const has = (letter: string, long: string) =>
    f.flags.has(`--${long}`) ||
    [...f.flags].some((x) => /^-[a-zA-Z]+$/.test(x) && x.includes(letter));
  const pats = [...(f.opts.get('-e') ?? []), ...(f.opts.get('--regexp') ?? [])];
  const patterns = pats.length ? pats : f.positional.slice(0, 1);
  if (!patterns.length || patterns.some((p) => !p.known)) return undefined;
  const fixed = has('F', 'fixed-strings') || fam === 'fgrep';
  const ere = has('E', 'extended-regexp') || has('P', 'perl-regexp') || fam === 'egrep';
  const srcs = patterns.map((p) =>
    fixed ? p.s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : ere ? p.s : breToJs(p.s),
  );
  if (srcs.some((s) => s === undefined)) return undefined;
  let src = srcs.map((s) => `(?:${s})`).join('|');
  if (has('w', 'word-regexp')) src = `(?<![\\w])(?:${src})(?![\\w])`;
  const re = compile(src, `g${has('i', 'ignore-case') ? 'i' : ''}`);
  if (!re) return undefined;
  const maxArg = [...(f.opts.get('-m') ?? []), ...(f.opts.get('--max-count') ?? [])][0];
  const max = maxArg ? (maxArg.known && /^\d+$/.test(maxArg.s) ? Number(maxArg.s) : NaN) : Infinity;
  if (Number.isNaN(max)) return undefined;
  const invert = has('v', 'invert-match');
  const only = has('o', 'only-matching');
  const kept: string[] = [];
  let matched = 0;
  for (const l of lines(text)) {
    if (matched >= max) break;
    re.lastIndex = 0;
    const hit = re.test(l);
    if (hit === invert) continue;
    matched++;
    re.lastIndex = 0;
    if (!only || invert) kept.push(l);
    else for (const m of l.matchAll(re)) if (m[0]) kept.push(m[0]);
  }
  return out(kept);
}

/**
 * `sed` of substitutions (sedText), and with `-n` the lines a `s/…/…/p` changed or a `/RE/p`
 * address picked
 */
function sed(f: Options, text: string, files: number): string | undefined {
  const quiet = f.flags.has('-n') || f.flags.has('--quiet') || f.flags.has('--silent');
  const flags = new Set([...f.flags].filter((x) => !['-n', '--quiet', '--silent'].includes(x)));
  const script = { ...f, flags, positional: f.positional.slice(0, f.positional.length - files) };
  if (!quiet) return sedText(script)?.(text);
  const given = [...(f.opts.get('-e') ?? []), ...(f.opts.get('--expression') ?? [])];
  const one = given.length ? given : script.positional;
  const s = one.length === 1 && one[0]?.known ? one[0].s.trim() : undefined;
  if (s === undefined) return undefined;
  const ere = flags.has('-E') || flags.has('-r') || flags.has('--regexp-extended');
  const addr = /^\/((?:[^/\\]|\\.)*)\/p$/.exec(s);
  if (addr) {
    const re = compile(ere ? addr[1] : breToJs(addr[1] ?? ''), '');
    return re && out(lines(text).filter((l) => re.test(l)));
  }
  const m = /^s(.)/.exec(s);
  const d = m?.[1];
  if (!d || /[\s\\]/.test(d)) return undefined;
  const cut = s.lastIndexOf(d);
  const fl = s.slice(cut + 1);
  if (cut < 2 || !/^[gIi]*p[gIi]*$/.test(fl)) return undefined;
  const sub: Val = { ...(one[0] as Val), s: `${s.slice(0, cut + 1)}${fl.replace('p', '')}` };
  const edit = sedText({ ...script, opts: new Map(), positional: [sub] });
  if (!edit) return undefined;
  const kept: string[] = [];
  for (const l of lines(text)) {
    const e = edit(l);
    if (e === undefined) return undefined;
    if (e !== l) kept.push(e);
  }
  return out(kept);
}

/** `awk [-F SEP] '[/RE/] [{ print [$N[, $M…]] }]'`: the fields of the lines it picks */
function awk(f: Options, text: string): string | undefined {
  const other = [...f.flags].filter((x) => x !== '-F' && x !== '--field-separator');
  if (other.length) return undefined;
  const sepArg = [...(f.opts.get('-F') ?? []), ...(f.opts.get('--field-separator') ?? [])][0];
  if (sepArg && !sepArg.known) return undefined;
  const prog = f.positional[0];
  if (!prog?.known) return undefined;
  // (`/RE/` or `NR==N` picks the lines; `{print $N, …}` the fields)
  const m =
    /^\s*(?:\/((?:[^/\\]|\\.)*)\/|NR\s*==\s*(\d+))?\s*(?:\{\s*print\s*((?:\$\d+\s*,?\s*)*)\s*;?\s*\})?\s*$/.exec(
      prog.s,
    );
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const re = m[1] !== undefined ? compile(m[1], '') : undefined;
  if (m[1] !== undefined && !re) return undefined;
  const nr = m[2] !== undefined ? Number(m[2]) : undefined;
  const cols = (m[3] ?? '').match(/\d+/g)?.map(Number) ?? [];
  const sep = sepArg?.s;
  if (sep !== undefined && (sep.length === 0 || sep.length > 8)) return undefined;
  const split = sep !== undefined && sep.length > 1 ? compile(sep, '') : undefined;
  if (sep !== undefined && sep.length > 1 && !split) return undefined;
  const kept: string[] = [];
  for (const [i, l] of lines(text).entries()) {
    if ((re && !re.test(l)) || (nr !== undefined && i + 1 !== nr)) continue;
    if (!cols.length || cols.includes(0)) {
      kept.push(l);
      continue;
    }
    const fields =
      sep === undefined || sep === ' '
        ? l.trim().split(/\s+/)
        : split
          ? l.split(split)
          : l.split(sep);
    kept.push(cols.map((c) => fields[c - 1] ?? '').join(' '));
  }
  return out(kept);
}

/** `head -n N`, `head -N`, `tail -n N`: the first or last lines */
function headTail(fam: string, f: Options, text: string): string | undefined {
  let n = 10;
  for (const x of f.flags) {
    const short = /^-(\d+)$/.exec(x);
    if (short) n = Number(short[1]);
    else if (x !== '-n' && x !== '--lines') return undefined;
  }
  const given = [...(f.opts.get('-n') ?? []), ...(f.opts.get('--lines') ?? [])][0];
  if (given) {
    if (!given.known || !/^\d+$/.test(given.s)) return undefined;
    n = Number(given.s);
  }
  const ls = lines(text);
  return out(fam === 'head' ? ls.slice(0, n) : n ? ls.slice(-n) : []);
}

/**
 * What the filter prints of `text` (the one file it reads, or its stdin when it reads none);
 * undefined when the form is not modelled
 */
export function extractText(fam: string, f: Options, text: string): string | undefined {
  if (text.length > MAX_INPUT) return undefined;
  const files = extractFiles(fam, f).length;
  if (/grep$/.test(fam)) return grep(fam, f, text);
  if (fam === 'sed') return sed(f, text, files);
  if (fam === 'awk') return awk(f, text);
  if (fam === 'cut') return cutText({ ...f, positional: [] })?.(text);
  if (fam === 'head' || fam === 'tail') return headTail(fam, f, text);
  return undefined;
}
