/**
 * PowerShell and Windows cmd (.ps1/.psm1/.bat/.cmd files, `powershell`/`pwsh`/`cmd`/`bat` fences).
 * There is no PowerShell grammar here, so this is a small pattern analysis over statements of a
 * de-obfuscated text: backtick and caret escapes removed, quoted string concatenations joined,
 * `-EncodedCommand` and `[Convert]::FromBase64String` literals decoded and analyzed again.
 *
 * Rules match with `statements`: a statement (a line, or a `;`-separated part of one) matching a
 * `sink` pattern hits when the rule has no `source`, when the statement itself matches a `source`,
 * or when it uses a variable assigned by a source statement or a file name a source statement
 * wrote (`-OutFile`, `DownloadFile(url, path)`, a LOLBin's target path). A sink regex with a named
 * group `target` (the program a launcher starts) needs that use inside the group.
 */
import type { Rule } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import { checkDeadline } from '../../engine/route.js';
import { findingFor } from '../../engine/finding.js';
import type { Finding } from '../../types.js';
import { base64Decode, printable } from '../bash/decode.js';
import { escapeRegExp } from '@skillgate/rules';

interface StatementMatch {
  source?: RegExp[];
  sink: RegExp[];
  unless?: RegExp[];
}

export interface Statement {
  /** normalised text */
  text: string;
  /** 1-based line */
  line: number;
}

const compiled = new WeakMap<Rule, StatementMatch>();

function regexes(v: unknown): RegExp[] {
  return Array.isArray(v) ? v.map((p) => new RegExp(String(p), 'i')) : [];
}

function planFor(rule: Rule): StatementMatch {
  let plan = compiled.get(rule);
  if (!plan) {
    const m = rule.match['statements'] as Record<string, unknown>;
    plan = { sink: regexes(m['sink']) };
    if (m['source']) plan.source = regexes(m['source']);
    if (m['unless']) plan.unless = regexes(m['unless']);
    compiled.set(rule, plan);
  }
  return plan;
}

export function validatePowershellMatch(m: Record<string, unknown>): string[] {
  const s = m['statements'];
  if (!s || typeof s !== 'object' || Array.isArray(s))
    return [
      'a powershell rule needs `match.statements` with `sink` (and optional `source`, `unless`)',
    ];
  const problems: string[] = [];
  const st = s as Record<string, unknown>;
  for (const k of Object.keys(st))
    if (!['source', 'sink', 'unless'].includes(k))
      problems.push(`match.statements.${k} is not a known key (source, sink, unless)`);
  if (!Array.isArray(st['sink']) || !st['sink'].length)
    problems.push('match.statements.sink must be a non-empty list of regular expressions');
  for (const k of ['source', 'sink', 'unless']) {
    const v = st[k];
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      problems.push(`match.statements.${k} must be a list of regular expressions`);
      continue;
    }
    for (const p of v) {
      try {
        new RegExp(String(p), 'i');
      } catch (e) {
        problems.push(
          `match.statements.${k}: ${String(p)} is not a valid regex (${(e as Error).message})`,
        );
      }
    }
  }
  return problems;
}

/**
 * Undoes the spelling tricks that keep a command word from matching: line continuations,
 * backtick escapes before letters (`I`E`X`), cmd carets (`p^ow^ershell`), quoted concatenation
 * (`'Down'+'loadString'`), empty quotes inside words (`pow""ershell`).
 */
export function normalizePowershell(line: string): string {
  return line
    .replace(/`(?=[A-Za-z])/g, '')
    .replace(/\^(?=[A-Za-z0-9./:\\-])/g, '')
    .replace(/(['"])\s*\+\s*(['"])/g, '')
    .replace(/(?<=\w)(?:""|'')(?=\w)/g, '');
}

const MAX_STATEMENT = 8192;

/** splits a line at `;` outside quotes (and outside hashtables, unless `inTables`), in one pass */
function splitStatements(line: string, inTables = false): string[] {
  const out: string[] = [];
  let quote = '';
  let start = 0;
  // the open braces, `true` for a hashtable's `@{`: a `;` between its entries ends no statement
  // (unless `inTables`: the entries of a table, one by one)
  const braces: boolean[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' && braces.length < 64) braces.push(line[i - 1] === '@');
    else if (c === '}') braces.pop();
    else if (c === ';' && (inTables || !braces.includes(true))) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out;
}

/** statements with their lines; `;` splits statements, backtick/caret at line end continues one */
export function statements(text: string): Statement[] {
  const out: Statement[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let carry = '';
  let carryLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (/[`^]\s*$/.test(raw)) {
      if (!carry) carryLine = i + 1;
      carry += raw.replace(/[`^]\s*$/, ' ');
      continue;
    }
    const line = carry ? carryLine : i + 1;
    const full = normalizePowershell(carry + raw);
    carry = '';
    if (/^\s*(?:#|rem\b|::)/i.test(full)) continue;
    for (const part of splitStatements(full))
      // no command line is this long; the cap keeps every pattern's work per statement bounded
      if (part.trim()) out.push({ text: part.trim().slice(0, MAX_STATEMENT), line });
  }
  if (carry.trim())
    out.push({ text: normalizePowershell(carry).trim().slice(0, MAX_STATEMENT), line: carryLine });
  return out;
}

const ENCODED =
  /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]*?\s[-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc\w*)?\s+['"]?([A-Za-z0-9+/]{16,}={0,2})/gi;
const FROM_BASE64 = /frombase64string\s*\(\s*['"]([A-Za-z0-9+/\s]{16,}={0,2})['"]/gi;

/** decoded text of a base64 literal: UTF-16LE for -EncodedCommand, else whichever is text */
function decode(b64: string): string | undefined {
  const bytes = base64Decode(b64);
  if (!bytes || bytes.length < 4) return undefined;
  const le =
    bytes.length % 2 === 0 && bytes[1] === 0
      ? printable(Buffer.from(bytes.toString('utf16le')))
      : undefined;
  return le ?? printable(bytes);
}

function written(text: string): string[] {
  const names: string[] = [];
  const add = (p: string | undefined) => {
    if (!p) return;
    const clean = p.replace(/^['"(]+|['")]+$/g, '');
    if (/^[a-z]+:\/\//i.test(clean)) return;
    const base = clean.slice(Math.max(clean.lastIndexOf('\\'), clean.lastIndexOf('/')) + 1);
    if (/^[\w.-]{3,}$/.test(base) && /\.\w{2,4}$/.test(base)) names.push(base.toLowerCase());
  };
  for (const m of text.matchAll(/-o(?:ut)?f(?:ile)?\s+(\S+)/gi)) add(m[1]);
  for (const m of text.matchAll(/-destination\s+(\S+)/gi)) add(m[1]);
  for (const m of text.matchAll(/downloadfile(?:async)?\s*\([^,]+,\s*([^)]+)\)/gi)) add(m[1]);
  // LOLBins and curl.exe take the target as a bare path argument
  for (const m of text.matchAll(
    /(?:^|\s)(['"]?(?:[a-z]:|%\w+%|\$env:\w+|\.)?[\\/][^\s'"]+['"]?)/gi,
  ))
    add(m[1]);
  return names;
}

/** variables naming where a download is saved (`-OutFile $exe`, `-Destination "$dest"`) */
function writtenVars(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(
    /\s-(?:o(?:ut)?f(?:ile)?|destination)\s+['"]?\$(?:\{)?(\w+)\}?['"]?(?=\s|;|\)|$)/gi,
  ))
    names.push((m[1] as string).toLowerCase());
  return names;
}

/** a quoted literal: '…' (doubled quotes inside) or "…" without a variable or subexpression */
const PS_LITERAL = /^\s*(?:'((?:[^']|'')*)'|"([^"$`]*)")\s*$/;
/** `-join [char[]](105, 101, 120)`, `-join ([char]105, [char]101)`, `[char[]](…) -join ''` */
const PS_CHAR_JOIN =
  /^\s*(?:-join\s*\(?\s*(?:\[char\[\]\]\s*)?\(([\d\s,[\]a-z]{1,2000})\)\s*\)?|\(?\s*\[char\[\]\]\s*\(([\d\s,]{1,2000})\)\s*\)?\s*-join\s*(?:''|""))\s*$/i;
/** `.Replace('a', 'b')` or `-replace 'a', 'b'` of literals, at the end of an expression */
const PS_REPLACE =
  /^(.*?)(?:\.replace\s*\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)|\s+-c?replace\s+'([^']*)'\s*,\s*'([^']*)')\s*$/i;
/** `'{0}{1}' -f 'a', 'b'` */
const PS_FORMAT = /^\s*'([^']*)'\s+-f\s+((?:'[^']*'\s*,\s*)*'[^']*')\s*$/i;

/**
 * The text of a string expression made of literals only: a quoted string, the characters of
 * char codes joined, a literal's `.Replace`/`-replace` of literals, a format of literals;
 * undefined for anything else
 */
export function psString(expr: string, depth = 0): string | undefined {
  if (depth > 8 || expr.length > 600) return undefined;
  const lit = PS_LITERAL.exec(expr);
  if (lit) return lit[1] !== undefined ? lit[1].replace(/''/g, "'") : lit[2];
  // `('I' + 'EX')`: a parenthesised expression, and literals joined by `+`
  const inner = /^\s*\(([\s\S]*)\)\s*$/.exec(expr)?.[1];
  if (inner !== undefined && balanced(inner)) return psString(inner, depth + 1);
  const terms = plusTerms(expr);
  if (terms.length > 1) {
    const texts = terms.map((t) => psString(t, depth + 1));
    return texts.every((t): t is string => t !== undefined) ? texts.join('') : undefined;
  }
  const chars = PS_CHAR_JOIN.exec(expr);
  if (chars) {
    const codes = (chars[1] ?? chars[2] ?? '').replace(/\[char\]/gi, '').split(',');
    if (!codes.every((c) => /^\s*\d{1,5}\s*$/.test(c))) return undefined;
    return String.fromCharCode(...codes.map(Number));
  }
  const rep = PS_REPLACE.exec(expr);
  if (rep) {
    const base = psString(rep[1] as string, depth + 1);
    if (base === undefined) return undefined;
    const from = rep[2] ?? rep[4] ?? '';
    const to = rep[3] ?? rep[5] ?? '';
    // (-replace is a regex: only a pattern of plain characters is read)
    if (!from || (rep[4] !== undefined && /[\\^$.|?*+()[\]{}]/.test(from))) return undefined;
    return rep[2] !== undefined
      ? base.split(from).join(to)
      : base.replace(new RegExp(escapeRegExp(from), 'gi'), () => to);
  }
  const fmt = PS_FORMAT.exec(expr);
  if (fmt) {
    const args = [...(fmt[2] as string).matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
    return (fmt[1] as string).replace(/\{(\d+)\}/g, (_m, i: string) => args[Number(i)] ?? '');
  }
  return undefined;
}

/**
 * How `open` and `close` outside quotes nest in a text: how far they are open at its end, whether
 * a close ever came before its open, and whether a quote is left open.
 */
function nesting(
  text: string,
  open: string,
  close: string,
): { depth: number; early: boolean; quoted: boolean } {
  let depth = 0;
  let early = false;
  let quote = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth < 0) early = true;
  }
  return { depth, early, quoted: quote !== '' };
}

/** the parentheses outside quotes in a text open and close in order */
function balanced(text: string): boolean {
  const n = nesting(text, '(', ')');
  return n.depth === 0 && !n.early && !n.quoted;
}

/** the terms of a text joined by `+` outside quotes and parentheses (one term: no join) */
function plusTerms(text: string): string[] {
  const out: string[] = [];
  let d = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') d++;
    else if (c === ')') d--;
    else if (c === '+' && d === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.length > 64 ? [text] : out;
}

/** `Set-Alias go ('I' + 'EX')`: an alias whose value is an expression of literals */
const ALIAS_EXPR =
  /^((?:set-alias|sal|new-alias|nal)\s+(?:-name\s+)?['"]?[\w-]{1,40}['"]?\s+(?:-value\s+)?)(\(.{1,400}\))\s*$/i;
/** `& ('I' + 'EX') $code`: the call operator given an expression of literals */
const CALL_EXPR = /((?:^|[|(])\s*[&.]\s*)(\((?:[^()'"]|'[^']*'|"[^"$`]*"){1,400}\))/g;

/** `$n = <string of literals>` (psString) */
const CONST_ASSIGN = /^\s*\$([\w]{1,40})\s*=\s*(.+)$/;

/**
 * `$c = -join [char[]](105, 101, 120); & $c …`, `$x = 'iQeQx'.Replace('Q', ''); Set-Alias z $x`:
 * a variable given a command name made of literals is that name where it is run (after `&`/`.`
 * at the start of a statement or a pipe) or aliased
 */
function foldCommandNames(sts: Statement[]): Statement[] {
  const names = new Map<string, string>();
  let changed = false;
  const out = sts.map((st) => {
    let text = st.text;
    // a name made of literals where an alias or the call operator takes it
    const name = (expr: string) => {
      const v = psString(expr);
      return v !== undefined && /^[\w.-]{1,60}$/.test(v) ? v : undefined;
    };
    const alias = ALIAS_EXPR.exec(text);
    const folded = alias
      ? `${alias[1]}${name(alias[2] as string) ?? alias[2]}`
      : text.replace(CALL_EXPR, (m, pre: string, expr: string) => {
          const v = name(expr);
          return v === undefined ? m : `${pre}${v}`;
        });
    if (folded !== text) {
      changed = true;
      text = folded;
    }
    if (names.size) {
      const list = [...names.keys()].map(escapeRegExp).join('|');
      const at = new RegExp(
        `((?:^|[|(])\\s*[&.]\\s*|^(?:set-alias|sal|new-alias|nal)\\s+(?:-name\\s+)?\\S+\\s+(?:-value\\s+)?)\\$(${list})(?![\\w:])`,
        'gi',
      );
      const next = text.replace(
        at,
        (_m, pre: string, n: string) => pre + (names.get(n.toLowerCase()) ?? n),
      );
      if (next !== text) {
        changed = true;
        text = next;
      }
    }
    const m = CONST_ASSIGN.exec(text);
    if (m) {
      const name = (m[1] as string).toLowerCase();
      const v = psString(m[2] as string);
      if (v !== undefined && /^[\w.-]{1,60}$/.test(v) && names.size < 64) names.set(name, v);
      else names.delete(name);
    }
    return text === st.text ? st : { ...st, text };
  });
  return changed ? out : sts;
}

const ALIAS_DEF =
  /^(?:set-alias|sal|new-alias|nal)\s+(?:-name\s+)?['"]?([\w-]{1,40})['"]?\s+(?:-value\s+)?['"]?([\w.-]{1,60})/i;

/** `Set-Alias run Invoke-Expression; run (…)`: uses of an alias defined in the text are replaced */
function resolveAliases(sts: Statement[]): Statement[] {
  const aliases = new Map<string, string>();
  for (const st of sts) {
    const m = ALIAS_DEF.exec(st.text);
    if (m && aliases.size < 32) aliases.set((m[1] as string).toLowerCase(), m[2] as string);
  }
  if (!aliases.size) return sts;
  const names = [...aliases.keys()].map(escapeRegExp).join('|');
  const use = new RegExp(`(^|[|(&]\\s*)(${names})(?=\\s|\\(|$)`, 'gi');
  return sts.map((st) =>
    ALIAS_DEF.test(st.text)
      ? st
      : {
          ...st,
          text: st.text.replace(
            use,
            (_, pre: string, n: string) => pre + (aliases.get(n.toLowerCase()) ?? n),
          ),
        },
  );
}

/** `$params = @{` opening a hashtable (its entries may follow on the next lines) */
const TABLE_START = /^\$([\w:]+)\s*=\s*(?:\[ordered\]\s*)?@\{(.*)$/i;
/** a hashtable entry: `Uri = 'https://…'`, `'Method' = 'Post'` */
const TABLE_ENTRY = /^\s*['"]?([A-Za-z]\w*)['"]?\s*=\s*(.+?)\s*$/;

/** how far `{`/`}` outside quotes open (positive) or close (negative) in a text */
const braceDepth = (text: string): number => nesting(text, '{', '}').depth;

/**
 * Splatting: `$p = @{ Uri = 'https://…'; Method = 'Post'; InFile = $key }` then
 * `Invoke-WebRequest @p` passes the table's entries as parameters. Each use of `@p` after the
 * table is written out as `-Uri 'https://…' -Method 'Post' -InFile $key`, so a command's
 * parameters read the same whether given by name or splatted.
 */
function expandSplats(sts: Statement[]): Statement[] {
  if (!sts.some((st) => TABLE_START.test(st.text))) return sts;
  const tables = new Map<string, string>();
  const out: Statement[] = [];
  for (let i = 0; i < sts.length; i++) {
    const st = sts[i] as Statement;
    let text = st.text;
    if (tables.size)
      text = text.replace(/(^|[\s(|])@([\w:]+)\b/g, (all, pre: string, name: string) => {
        const params = tables.get(name.toLowerCase());
        return params === undefined ? all : `${pre}${params}`;
      });
    out.push(text === st.text ? st : { ...st, text });
    const m = TABLE_START.exec(st.text);
    if (!m) continue;
    // the entries: the rest of this statement and the ones after it, to the closing brace
    const parts = [m[2] as string];
    let depth = 1 + braceDepth(parts[0] as string);
    for (let j = i + 1; depth > 0 && j < sts.length && j < i + 64; j++) {
      const next = (sts[j] as Statement).text;
      parts.push(next);
      depth += braceDepth(next);
    }
    if (depth > 0) continue;
    const params: string[] = [];
    for (const part of parts.flatMap((p) => splitStatements(p, true))) {
      const e = TABLE_ENTRY.exec(part.trim().replace(/\}\s*$/, ''));
      if (e) params.push(`-${e[1] as string} ${e[2] as string}`);
    }
    if (params.length && tables.size < 64)
      tables.set((m[1] as string).toLowerCase(), params.join(' '));
  }
  return out;
}

/** an assignment in a loop or `if` condition: `while (($line = $reader.ReadLine()) -ne $null)` */
const LOOP_ASSIGN = /^\s*(?:while|if|elseif|until|do)\b[^{]*?\(\s*\$(?:\{)?([\w:]+)\}?\s*=(?!=)/i;
/** `$stream.Read($buffer, …)`: the buffer receives the stream's data */
const READ_INTO = /\$([\w:]+)\.read(?:async)?\s*\(\s*\$([\w:]+)/gi;
/** `foreach ($f in 'Login Data', $list) {`: the loop variable takes each item in turn */
const FOREACH = /^\s*foreach\s*\(\s*\$([\w:]+)\s+in\s+(.+?)\)\s*(?:\{.*)?$/i;
/** a pipeline into a ForEach-Object block: `$_` (`$PSItem`) holds each item in the block */
const PIPE_EACH = /\|\s*(?:foreach-object|foreach|%)\s*(?:-process\s*)?\{/i;
/** an item added into a collection a variable holds: `$m.Attachments.Add($a)`, `$form.Add('f', $c)` */
const ADD_INTO = /^\s*\$(?:\{)?([\w:]+)\}?(?:\.\w+)*\.add\s*\(/i;
/** a block opener before a command on the same line: `foreach (…) { Copy-Item …`, `if (…) {` */
const OPENER =
  /^\s*(?:(?:foreach|if|elseif|while)\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*|else\s*)?\{\s*/i;
/**
 * a command that copies, moves, packs or unpacks files: what it is given ends up at its
 * destination (`Expand-Archive $zip -DestinationPath $dir`: the archive's files are under $dir)
 */
const COPIES =
  /^\s*(?:copy-item|cpi|copy|cp|move-item|mi|move|mv|compress-archive|expand-archive|robocopy|xcopy)(?:\.exe)?\s+(.*)$/i;
/** parameters of those commands that take a value (all others are switches) */
const VALUE_PARAMS =
  /^-(?:path|literalpath|destination|destinationpath|include|exclude|filter|compressionlevel|credential)$/i;

/**
 * The spelt-out part of a destination path, up to a variable other than `$env:…`
 * (`"$env:TEMP\x\$n"` → `$env:temp\x\`), when it names more than a bare drive or environment
 * folder: a later statement naming a path under it reads what was copied there.
 */
export function stagingPrefix(dest: string): string | undefined {
  const clean = dest.replace(/^\(?\s*['"]?|['"]?\s*\)?$/g, '').toLowerCase();
  const cut = clean.search(/\$(?!env:)/);
  const prefix = (cut < 0 ? clean : clean.slice(0, cut)).replace(/\*$/, '');
  const literal = prefix.replace(/^(?:\$env:\w+|[a-z]:|~|\$home)/, '');
  return /^[\\/][^\\/*?]{1,}/.test(literal) ? prefix : undefined;
}

/** the words of a command line: blanks outside quotes and parentheses separate them */
function words(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The destination of a copy, move or archive command (`Copy-Item SRC DST`, `-Destination DST`,
 * `Compress-Archive -Path SRC -DestinationPath DST`, `robocopy SRC DST`): its named parameter, else
 * the second positional word.
 */
export function copyDestination(text: string): string | undefined {
  const m = COPIES.exec(text);
  if (!m) return undefined;
  const ws = words(m[1] as string);
  const positional: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (/^-destination(?:path)?$/i.test(w)) return ws[i + 1];
    if (/^-\w+$/.test(w) && !/^-\d/.test(w)) {
      if (VALUE_PARAMS.test(w)) i++;
      continue;
    }
    positional.push(w);
  }
  return positional[1];
}

/** an assignment `$name = value` opening a statement */
const ASSIGN = /^\s*\$(?:\{)?([\w:]+)\}?\s*=\s*(.*)$/;

/** an expression that opens a network connection or is one's stream */
const SOCKET =
  /\.getstream\s*\(\s*\)|\bnew-object\s+(?:-typename\s+)?(?:system\.)?net\.(?:sockets\.(?:tcpclient|udpclient|socket|networkstream)|security\.sslstream)\b|\[(?:system\.)?net\.(?:sockets\.(?:tcpclient|udpclient|socket|networkstream)|security\.sslstream)\]::new\b/i;

/**
 * The statements' text for the sinks: a write to a variable holding a socket or its stream
 * (`$s = $c.GetStream()` … `$s.Write($b, 0, $b.Length)`, `$w = New-Object IO.StreamWriter($s)` …
 * `$w.WriteLine($k)`) reads as the write to the socket's stream it is, `….GetStream().Write(`.
 * The finding's evidence stays the statement as written.
 */
function socketWrites(sts: readonly Statement[]): string[] {
  const socks = new Set<string>();
  return sts.map((st) => {
    const m = ASSIGN.exec(st.text);
    if (m && socks.size < 64) {
      const rhs = m[2] as string;
      const wraps =
        /\bnew-object\s+(?:-typename\s+)?(?:system\.)?io\.stream(?:writer|reader)\s*\(?\s*\$([\w:]+)/i.exec(
          rhs,
        );
      if (SOCKET.test(rhs) || (wraps && socks.has((wraps[1] as string).toLowerCase())))
        socks.add((m[1] as string).toLowerCase());
    }
    if (!socks.size) return st.text;
    return st.text.replace(
      /\$([\w:]+)\.(write(?:line)?(?:async)?)\s*\(/gi,
      (all, v: string, call: string) =>
        socks.has(v.toLowerCase()) ? `$${v}.getstream().${call}(` : all,
    );
  });
}

function analyze(file: SourceFile, rules: readonly Rule[], ctx: AnalyzerContext): Finding[] {
  const out: Finding[] = [];
  const text = file.text;
  // decoded payloads are PowerShell too (and sometimes a shell command)
  const sts = expandSplats(resolveAliases(foldCommandNames(statements(text))));
  let n = 0;
  for (const st of sts)
    for (const re of [ENCODED, FROM_BASE64]) {
      if ((++n & 255) === 0) checkDeadline(ctx);
      re.lastIndex = 0;
      for (const m of st.text.matchAll(re)) {
        const decoded = decode(m[1] as string);
        if (decoded)
          out.push(
            ...ctx.embedded(decoded, 'powershell', { line: st.line, decodedFrom: 'base64' }),
          );
      }
    }
  const sinkTexts = socketWrites(sts);
  for (const rule of rules) {
    checkDeadline(ctx);
    const plan = planFor(rule);
    const vars = new Set<string>();
    const files = new Set<string>();
    for (const [k, st] of sts.entries()) {
      const isSource = plan.source?.some((r) => r.test(st.text)) ?? false;
      const uses = (text: string): boolean => {
        for (const m of text.matchAll(/\$(?:\{)?([\w:]+)/g))
          if (vars.has((m[1] as string).toLowerCase())) return true;
        const lower = text.toLowerCase();
        for (const f of files) if (lower.includes(f)) return true;
        return false;
      };
      if (plan.source) {
        // a loop condition runs before its body, on its line or the next:
        // `while (($n = $s.Read($buf, 0, 4096)) -gt 0) { iex ([Text.Encoding]::…GetString($buf…)) }`
        const cond = LOOP_ASSIGN.exec(st.text)?.[1]?.toLowerCase();
        if (cond && uses(st.text) && vars.size < 256) vars.add(cond);
        // `$stream.Read($buffer, 0, n)` fills the buffer with what the tainted stream delivers
        for (const m of st.text.matchAll(READ_INTO))
          if (vars.has((m[1] as string).toLowerCase()) && vars.size < 256)
            vars.add((m[2] as string).toLowerCase());
        // the loop variable of a `foreach` over tainted items holds them in the body
        const each = FOREACH.exec(st.text);
        if (each && (isSource || uses(each[2] as string)) && vars.size < 256)
          vars.add((each[1] as string).toLowerCase());
        // `Get-ChildItem … -Include logins.json | ForEach-Object { … $_.FullName }`: `$_` holds
        // what this pipeline feeds the block, and only that: a later pipeline of other items
        // (`Get-ChildItem ./reports | ForEach-Object { … $_ … }`) gives it new ones
        const pipe = st.text.search(PIPE_EACH);
        if (pipe >= 0) {
          const head = st.text.slice(0, pipe);
          if ((plan.source.some((r) => r.test(head)) || uses(head)) && vars.size < 255)
            vars.add('_').add('psitem');
          else {
            vars.delete('_');
            vars.delete('psitem');
          }
        }
        // a collection given a tainted item holds it (a mail's attachments, a form's fields)
        const into = ADD_INTO.exec(st.text)?.[1]?.toLowerCase();
        if (into && uses(st.text.replace(ADD_INTO, '')) && vars.size < 256) vars.add(into);
        // what a copy, move or archive command is given is at its destination afterwards:
        // `Copy-Item (Join-Path $p 'Login Data') $stage` then `-InFile $stage…`
        const dest =
          (isSource || uses(st.text)) &&
          copyDestination(st.text.replace(OPENER, '').replace(/\}\s*$/, ''));
        if (dest) {
          for (const m of dest.matchAll(/\$(?:\{)?([\w:]+)/g))
            if (vars.size < 256 && !/^env:/i.test(m[1] as string))
              vars.add((m[1] as string).toLowerCase());
          for (const f of written(` -destination ${dest}`)) if (files.size < 256) files.add(f);
          // a staging folder spelt out (`"$env:TEMP\x\$n"`): later paths under it hold the copies
          const dir = stagingPrefix(dest);
          if (dir && files.size < 256) files.add(dir);
        }
      }
      // a sink with a `target` group (the program started) needs the downloaded thing there,
      // not merely among its arguments
      const sinkHit = (r: RegExp): boolean => {
        const m = r.exec(sinkTexts[k] ?? st.text);
        if (!m) return false;
        if (!plan.source || isSource) return true;
        const target = m.groups?.['target'];
        return uses(target ?? st.text);
      };
      const hit = plan.sink.some(sinkHit) && !plan.unless?.some((r) => r.test(st.text));
      if (hit) {
        out.push(findingFor(rule, { file: file.path, line: st.line, evidence: st.text }));
        continue;
      }
      if (!plan.source) continue;
      // after a block opener on the same line too: `while (($i = $s.Read($b, 0, 9)) -ne 0) { $d = …`
      const assigned = ASSIGN.exec(st.text.replace(OPENER, ''))?.[1]?.toLowerCase();
      if (isSource || (assigned && uses(st.text))) {
        // bounded: a real script taints a handful of names
        if (assigned && vars.size < 256) vars.add(assigned);
        for (const f of written(st.text)) if (files.size < 256) files.add(f);
        // the file a download is saved to, named by a variable (`iwr $u -OutFile $exe`, then
        // `& $exe`): the variable holds the downloaded file's path from here on
        if (isSource) for (const v of writtenVars(st.text)) if (vars.size < 256) vars.add(v);
      }
    }
  }
  return out;
}

export const powershellAnalyzer: Analyzer = {
  languages: ['powershell'],
  validateMatch: validatePowershellMatch,
  analyze,
};
