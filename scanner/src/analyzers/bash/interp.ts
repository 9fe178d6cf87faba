/**
 * Code the shell hands to Python or JS (`python3 - <<EOF … EOF`, `python3 -c "…"`, `node -e "…"`)
 * with the shell's expansions in place: a part known statically is its text, a part that holds a
 * secret the script read or the user's or machine's identity becomes the mark of that kind (see
 * SOURCE_MARKS: the Python and JS folders read a literal holding one as data of that kind), any
 * other unknown part the folders' HOLE. `os.environ['X']` / `process.env.X` of a variable the
 * script filled with such data, and `sys.argv[n]` / `process.argv[n]` of such an argument, read
 * the same mark. A quoted heredoc has no expansion parts, so it is analysed as written.
 */
import { HOLE, SOURCE_MARKS } from '../code/value.js';
import type { Word } from './ir.js';
import { UNKNOWN, type Env, type Val } from './values.js';

export type Taint = keyof typeof SOURCE_MARKS;

/** the word's text with every expansion replaced as above */
export function expandCode(word: Word, env: Env, taint: (v: Val) => Taint | undefined): string {
  let out = '';
  word.parts.forEach((p, i) => {
    if (p.k === 'lit') {
      out += p.s;
      return;
    }
    const v = env.eval({ parts: [p], raw: '' });
    if (v.known && !v.s.includes(UNKNOWN)) {
      out += v.s;
      return;
    }
    const next = word.parts[i + 1];
    const t = isWholeHost(out, next && next.k === 'lit' ? next.s : next ? undefined : '')
      ? undefined
      : taint(v);
    out += v.s.split(UNKNOWN).join(t ? SOURCE_MARKS[t] : HOLE);
  });
  return out;
}

/**
 * An expansion that is the whole host of a URL in the code (`'http://$HOST/api'`,
 * `"https://${BRIDGE}:8443"`): the request goes there, it carries nothing there. A value read
 * from the user's config (an agent's settings file, a .env key) names the user's own device or
 * service; as a DNS label in front of a fixed domain (`http://$KEY.collect.example`), a path, a
 * query or a body it is still data the request sends.
 */
function isWholeHost(before: string, after: string | undefined): boolean {
  return (
    after !== undefined &&
    /[a-z][a-z0-9+.-]*:\/\/$/i.test(before) &&
    /^(?:$|[/:?#'"`\s])/.test(after)
  );
}

const PY_ENV =
  /\bos\.(?:environ\s*\[\s*(['"])(\w+)\1\s*\]|(?:environ\.get|getenv)\s*\(\s*(['"])(\w+)\3\s*(?:,[^()]*)?\))/g;
const JS_ENV = /\bprocess\.env(?:\.(\w+)\b|\s*\[\s*(['"])(\w+)\2\s*\])/g;

/**
 * Environment reads in the code of variables the shell filled with a secret or an identity
 * (assigned in the script, or on the command line `X=… python3 -c …`), replaced by a literal
 * holding that mark.
 */
export function taintEnvReads(
  code: string,
  lang: 'python' | 'javascript',
  valueOf: (name: string) => Val | undefined,
  taint: (v: Val) => Taint | undefined,
): string {
  if (!(lang === 'python' ? /\bos\.(?:environ|getenv)\b/ : /\bprocess\.env\b/).test(code))
    return code;
  const memo = new Map<string, Taint | null>();
  const kind = (name: string): Taint | undefined => {
    let t = memo.get(name);
    if (t === undefined) {
      const v = valueOf(name);
      t = (v && taint(v)) ?? null;
      memo.set(name, t);
    }
    return t ?? undefined;
  };
  const rx = lang === 'python' ? PY_ENV : JS_ENV;
  return code.replace(rx, (m: string, ...g: Array<string | undefined>) => {
    const name = lang === 'python' ? (g[1] ?? g[3]) : (g[0] ?? g[2]);
    const t = name ? kind(name) : undefined;
    return t ? `"${SOURCE_MARKS[t]}"` : m;
  });
}

const PY_ARGV = /\bsys\.argv\s*\[\s*(\d{1,3})\s*\]/g;
const JS_ARGV = /\bprocess\.argv\s*\[\s*(\d{1,3})\s*\]/g;

/** `sys.argv[n]` / `process.argv[n]` of an argument holding a secret or an identity, as its mark */
export function taintArgv(
  code: string,
  lang: 'python' | 'javascript',
  argv: ReadonlyArray<Val | undefined>,
  taint: (v: Val) => Taint | undefined,
): string {
  if (!argv.some(Boolean)) return code;
  return code.replace(lang === 'python' ? PY_ARGV : JS_ARGV, (m: string, n: string) => {
    const v = argv[Number(n)];
    const t = v && !v.known ? taint(v) : undefined;
    return t ? `"${SOURCE_MARKS[t]}"` : m;
  });
}

type Quote = 'none' | 'single' | 'double';

/** the quoting state after shell text, from a given state */
function quoteAfter(text: string, q: Quote): Quote {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q === 'single') {
      if (c === "'") q = 'none';
    } else if (c === '\\') i++;
    else if (c === '"') q = q === 'double' ? 'none' : 'double';
    else if (c === "'" && q === 'none') q = 'single';
  }
  return q;
}

/**
 * Shell code given to `sh -c` / `bash -c` / `eval` with the outer shell's expansions in place: a
 * known part as its text, an unknown one as a variable of the inner script (quoted to fit where
 * it stands), defined first by the command that gave a secret or an identity its value
 * (`define`), so the inner script's own flow analysis sees what is sent. Undefined when the word
 * is no code of its own (only expansions).
 */
export function expandShellCode(
  word: Word,
  env: Env,
  taint: (v: Val) => Taint | undefined,
  define: (v: Val, t: Taint) => string | undefined,
): string | undefined {
  if (!word.parts.some((p) => p.k === 'lit' && p.s.trim())) return undefined;
  let out = '';
  let q: Quote = 'none';
  const defs: string[] = [];
  for (const p of word.parts) {
    const v = p.k === 'lit' ? undefined : env.eval({ parts: [p], raw: '' });
    let text: string;
    if (!v) text = (p as { s: string }).s;
    else if (v.known && !v.s.includes(UNKNOWN)) text = v.s;
    else {
      const name = `__sg_${defs.length + 1}`;
      const t = taint(v);
      const d = t ? define(v, t) : undefined;
      defs.push(d ? `${name}=${d}` : '');
      const ref = `\${${name}}`;
      out += q === 'double' ? ref : q === 'single' ? `'"${ref}"'` : `"${ref}"`;
      continue;
    }
    out += text;
    q = quoteAfter(text, q);
  }
  const head = defs.filter(Boolean);
  return head.length ? `${head.join('\n')}\n${out}` : out;
}
