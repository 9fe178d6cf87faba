/**
 * tree-sitter-bash → IR. One walk over the syntax tree; the data-flow passes work on the IR.
 */
import { expand } from 'brace-expansion';
import Parser from 'tree-sitter';
import Bash from 'tree-sitter-bash';
import { BudgetExceeded } from '../../engine/route.js';
import { copyTree, type TreeNode } from '../code/tree.js';
import {
  litWord,
  type Assign,
  type Cmd,
  type ParamOp,
  type Part,
  type Redirect,
  type Script,
  type Word,
} from './ir.js';

/** arrays bash itself sets, read by element (`${BASH_SOURCE[0]}`, `${PIPESTATUS[1]}`) */
const BASH_ARRAYS = /^(?:BASH_[A-Z_]+|FUNCNAME|PIPESTATUS|GROUPS|DIRSTACK|COMP_WORDS)$/;
/** a word's lines: its literal parts split at newlines (a trailing empty line dropped) */
function wordLines(w: Word): Word[] {
  const out: Word[] = [{ parts: [], raw: '' }];
  for (const p of w.parts) {
    if (p.k !== 'lit') {
      (out.at(-1) as Word).parts.push(p);
      continue;
    }
    p.s.split('\n').forEach((s, i) => {
      if (i) out.push({ parts: [], raw: '' });
      if (s) (out.at(-1) as Word).parts.push({ k: 'lit', s });
    });
  }
  if (out.length > 1 && !out.at(-1)?.parts.length) out.pop();
  return out.map((l) => ({ ...l, raw: l.parts.map((p) => (p.k === 'lit' ? p.s : '')).join('') }));
}

/** an array key written out (`c[url]`, `h[0]`), whose element is then a variable of its own */
const ELEMENT_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** words one space apart, as an array's elements are in `"${a[@]}"` */
function joinWords(ws: readonly Word[]): Word {
  const parts: Part[] = [];
  for (const w of ws) {
    if (parts.length) parts.push({ k: 'lit', s: ' ' });
    parts.push(...w.parts);
  }
  return { parts, raw: ws.map((w) => w.raw).join(' ') };
}

/** `w` without its first `n` characters, which are literal (`[u]=` of an array element) */
function dropLead(w: Word, n: number): Word {
  const parts: Part[] = [];
  let left = n;
  for (const p of w.parts) {
    if (left > 0 && p.k === 'lit') {
      if (p.s.length <= left) {
        left -= p.s.length;
        continue;
      }
      parts.push({ k: 'lit', s: p.s.slice(left) });
      left = 0;
    } else parts.push(p);
  }
  return { parts, raw: w.raw.slice(n) };
}

type Node = TreeNode;

let parser: Parser | undefined;

function getParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Bash as unknown as Parser.Language);
  }
  return parser;
}

/**
 * The tree-sitter parse of shell text (the bench's parse-only baseline calls it too). The input
 * buffer holds the whole text, so tree-sitter reads it in one call; it is sized to the text, not
 * to a fixed minimum: most shell texts are a one-line span or a short block, and a 64K-unit buffer
 * (128 KB allocated and zeroed per parse) cost more than parsing them.
 */
export function parseBash(text: string): Parser.Tree {
  return getParser().parse(text, undefined, { bufferSize: text.length * 2 + 1024 });
}

/**
 * Parses shell text; tree-sitter never throws on bad syntax, it marks ERROR nodes. `includes`:
 * the text of a file of the skill that a `source F`/`. F` command starting at that offset runs
 * in this shell (its functions and variables are this script's from there on); its commands are
 * built in place, at the position of the `source` command, and so are the files it sources in
 * turn (its own `includes`, by offsets in its text).
 */
export function parseScript(
  text: string,
  deadline = Infinity,
  includes?: Includes,
  arrays?: ReadonlyMap<number, string>,
): Script {
  const b = new Builder(deadline);
  if (includes?.size) b.includes = includes;
  if (arrays?.size) b.arrays = arrays;
  // `#!/bin/bash -e`: the script stops at the first failing command
  b.errexit = /^#![^\n]*\s-[a-zA-Z]*e/.test(text);
  b.block(syntaxTree(text), []);
  return b.script;
}

/** the tree the builder walks: children of words and other childless types are never read (a word's text is its value) */
function syntaxTree(text: string): TreeNode {
  return copyTree(parseBash(text), text, {
    fieldParents: FIELD_PARENTS,
    anonymousParents: ANONYMOUS_PARENTS,
    skipChildless: true,
  });
}

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** the file a `source` command runs, and the files that file sources by offsets in its text */
export interface Included {
  readonly text: string;
  readonly includes?: Includes;
}
/** sourced files by the offset of the `source` command in the text that runs them */
export type Includes = ReadonlyMap<number, Included>;

/**
 * what `printf FORMAT ARG…` prints: each conversion takes the next argument (`%b` its escapes
 * read), and the format is used again while arguments are left (`printf %s c u r l` prints curl)
 */
export function printfFormat(fmt: string, args: string[]): string {
  let i = 0;
  let out = '';
  // (a format without conversions prints once; each round takes at least one argument)
  for (let round = 0; round === 0 || (i < args.length && round < 256); round++) {
    let took = 0;
    const body = fmt.replace(/%(%|[-+ #0-9.]*[sbdiouxXcfgeEq])/g, (_m, spec: string) => {
      if (spec === '%') return '%';
      took++;
      const a = args[i++] ?? '';
      // %b decodes escapes, %c is the first character; %q of a plain word is the word
      return spec.endsWith('b') ? decodeAnsiC(a) : spec.endsWith('c') ? ([...a][0] ?? '') : a;
    });
    out += decodeAnsiC(body);
    if (!took) break;
  }
  return out;
}

/** what `echo ARG…` prints (`-n` without the newline, `-e` with escapes read) */
export function echoText(args: readonly string[]): string {
  let i = 0;
  let escapes = false;
  let newline = true;
  while (i < args.length && /^-[neE]+$/.test(args[i] as string)) {
    if ((args[i] as string).includes('e')) escapes = true;
    if ((args[i] as string).includes('n')) newline = false;
    i++;
  }
  const text = args.slice(i).join(' ');
  // echo's octal escapes start with a zero (`\0143` is c), $'…' and printf's do not (`\143`)
  const read = (t: string) =>
    decodeAnsiC(t.replace(/\\0([0-7]{1,3})/g, (_m, o: string) => `\\${o.padStart(3, '0')}`));
  return (escapes ? read(text) : text) + (newline ? '\n' : '');
}

/** Decodes the body of `$'…'` (bash ANSI-C quoting). */
export function decodeAnsiC(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1] as string;
    let m: RegExpExecArray | null;
    if ((m = /^x([0-9a-fA-F]{1,2})/.exec(body.slice(i + 1)))) {
      out += String.fromCharCode(parseInt(m[1] as string, 16));
      i += m[0].length;
    } else if (
      (m = /^u([0-9a-fA-F]{1,4})/.exec(body.slice(i + 1))) ||
      (m = /^U([0-9a-fA-F]{1,8})/.exec(body.slice(i + 1)))
    ) {
      const cp = parseInt(m[1] as string, 16);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      i += m[0].length;
    } else if ((m = /^([0-7]{1,3})/.exec(body.slice(i + 1)))) {
      out += String.fromCharCode(parseInt(m[1] as string, 8) & 0xff);
      i += m[0].length;
    } else if (n === 'c' && i + 2 < body.length) {
      out += String.fromCharCode((body.charCodeAt(i + 2) & 0x1f) >>> 0);
      i += 2;
    } else {
      out += ANSI_ESCAPES[n] ?? `\\${n}`;
      i += 1;
    }
  }
  return out;
}

/** Removes shell backslash escapes from an unquoted word (`\curl` → `curl`). */
function unescapeBare(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
}

/** Removes the escapes that stay special inside double quotes. */
function unescapeDouble(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
}

const STATEMENT_LISTS = new Set([
  'program',
  'compound_statement',
  'subshell',
  'do_group',
  'else_clause',
  'elif_clause',
  'if_statement',
  'while_statement',
  'until_statement',
  'c_style_for_statement',
  'case_item',
  'negated_command',
  'list',
]);

/** the node types whose children are read by field name */
const FIELD_PARENTS = new Set([
  'function_definition',
  'redirected_statement',
  'file_redirect',
  'variable_assignment',
  'subscript',
  'for_statement',
]);

/** the node types whose anonymous children (`&`, `:-`, quotes and `$` of a concatenation) are read */
const ANONYMOUS_PARENTS = new Set([
  ...STATEMENT_LISTS,
  'ERROR',
  'command_substitution',
  'process_substitution',
  'concatenation',
  'expansion',
]);

/** statement lists whose failing commands stop the script under `set -e` */
const SEQUENCES = new Set(['program', 'compound_statement', 'subshell', 'do_group', 'else_clause']);

/** programs whose success can vouch for a file: checksum and signature checks, a grep of a digest */
const VERIFIERS =
  /^(?:sha(?:1|224|256|384|512)sum|gsha256sum|shasum|b2sum|rhash|grep|gpgv?2?|cosign|minisign|signify)$/;
/** commands that end the script or the function (and helpers conventionally named so) */
const EXITS = /^(?:exit|return|die|fatal|abort|fail|bail|error_exit|err_exit)$/;

/** the status of the statement just built: the checks (see Cmd.guards) whose exit status it is */
interface Status {
  ids: readonly number[];
  /** the statement succeeds when the checks fail (`! check`, `[ a != b ]`) */
  neg: boolean;
}
const NO_STATUS: Status = { ids: [], neg: false };

/** checks a command keeps (the latest): real scripts verify a handful of files */
const MAX_GUARDS = 16;

function guardList(a: readonly number[], b: readonly number[]): readonly number[] {
  const all = [...a, ...b];
  return all.length > MAX_GUARDS ? all.slice(-MAX_GUARDS) : all;
}

/** the statement ends the script (`exit 1`, `{ echo bad >&2; exit 1; }`, `echo bad && exit 1`) */
function exitsNode(n: Node): boolean {
  switch (n.type) {
    case 'command': {
      const name = n.namedChildren.find((c) => c.type === 'command_name');
      return name !== undefined && EXITS.test(name.text);
    }
    case 'redirected_statement': {
      const body = n.childForFieldName('body');
      return body !== null && body !== undefined && exitsNode(body);
    }
    case 'compound_statement':
    case 'list': {
      const kids = n.namedChildren.filter((c) => c.type !== 'comment');
      const last = kids[kids.length - 1];
      return last !== undefined && exitsNode(last);
    }
    default:
      return false;
  }
}

/** stdin of the commands of an output process substitution until the command it belongs to is built */
const PENDING = -1;

const MAX_DEPTH = 400;
/** no real command line has this many words; analysing one would blow the time budget */
const MAX_WORDS = 20000;

class Builder {
  script: Script = {
    cmds: [],
    events: [],
    assigned: new Set(),
    functions: new Set(),
    functionBodies: new Map(),
    functionSpans: new Map(),
    loops: [],
    errors: 0,
    nodes: 0,
    tests: [],
  };

  /** `set -e` is on: a failing statement in a sequence ends the script */
  errexit = false;
  /** texts that `source` commands at these offsets run (see parseScript) */
  includes: Includes | undefined;
  /**
   * the words `mapfile`/`readarray` commands at these offsets read from a shipped file (the
   * lines, by line breaks, for `read -r NAME`)
   */
  arrays: ReadonlyMap<number, string> | undefined;
  /** `while read -r NAME` of a shipped file's lines being built: the loop's name and lines */
  private readLoops: Array<{ name: string; values: Word[]; from: number }> = [];
  /** `while` loops being built around this point */
  private whileDepth = 0;
  /** the `source` command whose file is being built: what is built takes its position */
  private at: Node | undefined;
  /** function bodies being built around this point (their `$@` is each call's arguments) */
  private fnDepth = 0;
  /** arrays whose elements the script set (`c=([u]=…)`, `h=(a b)`): `${c[$k]}` reads one */
  private readonly keyed = new Set<string>();

  /**
   * the variable a positional-parameter expansion reads: outside functions `$@`/`$*` are what
   * `set --` gave the script (`@top`, `*top`); in a function body, the call's arguments
   */
  private param(name: string): string {
    return this.fnDepth === 0 && (name === '@' || name === '*') ? `${name}top` : name;
  }

  /** the node whose position what is built from `node` takes */
  private pos(node: Node): Node {
    return this.at ?? node;
  }

  /**
   * builds the commands of a sourced file where the `source` command `at` stands (or, for a file
   * a sourced file sources, where the outermost `source` stands)
   */
  private include(at: Node, file: Included): void {
    const status = this.status;
    const outer = this.at;
    const includes = this.includes;
    this.at = outer ?? at;
    this.includes = file.includes;
    try {
      this.block(syntaxTree(file.text), []);
    } finally {
      this.at = outer;
      this.includes = includes;
      this.status = status;
    }
  }
  /** the checks that must have succeeded for the commands built now to run (see Cmd.guards) */
  private guards: readonly number[] = [];
  /** the if/case arms being built, outermost first (Assign.arms) */
  private arms: Array<readonly [number, number]> = [];
  /** `body` built as arm `i` of the if/case statement `node` */
  private inArm<T>(node: Node, i: number, body: () => T): T {
    this.arms.push([node.startIndex, i]);
    try {
      return body();
    } finally {
      this.arms.pop();
    }
  }
  /** an assignment event, with the arms it is made in */
  private pushAssign(a: Assign): void {
    if (this.arms.length) a.arms = [...this.arms];
    this.script.events.push({ t: 'assign', a });
  }
  private status: Status = NO_STATUS;
  /** checks a statement makes the rest of its sequence depend on (`check || exit`) */
  private restGuards: readonly number[] = [];

  /** Visits a list of statements (each gets the same stdin); returns all commands created. */
  block(node: Node, stdin: number[]): number[] {
    return this.seq(node.children, stdin, SEQUENCES.has(node.type));
  }

  /**
   * Statements run one after the other: a check that stops the script when it fails (`check ||
   * exit`, `if ! check; then exit; fi`, or any check under `set -e`) guards the statements after it.
   */
  private seq(children: readonly Node[], stdin: number[], sequence: boolean): number[] {
    const out: number[] = [];
    let last: number[] = [];
    const saved = this.guards;
    for (const child of children) {
      if (child.type === '&') {
        for (const id of last) {
          const c = this.script.cmds[id];
          if (c) c.background = true;
        }
        continue;
      }
      if (!child.isNamed) continue;
      this.status = NO_STATUS;
      this.restGuards = [];
      last = this.statement(child, stdin);
      out.push(...last);
      if (!sequence) continue;
      let rest = this.restGuards;
      if (
        this.errexit &&
        !this.status.neg &&
        this.status.ids.length &&
        // (a list's status is its checks joined by `&&` only: `cd D && git checkout <hash>`)
        (child.type === 'command' ||
          child.type === 'list' ||
          child.type === 'pipeline' ||
          child.type === 'redirected_statement' ||
          child.type === 'test_command')
      )
        rest = [...rest, ...this.status.ids];
      if (rest.length) this.guards = guardList(this.guards, rest);
    }
    this.guards = saved;
    this.restGuards = [];
    return out;
  }

  /** `a && b`, `a || b`: b runs only when a succeeded (failed) */
  private list(node: Node, stdin: number[]): number[] {
    const out: number[] = [];
    const saved = this.guards;
    let op = '';
    let prev: Status = NO_STATUS;
    let rest: number[] = [];
    for (const c of node.children) {
      if (c.type === '&&' || c.type === '||') {
        op = c.type;
        continue;
      }
      if (!c.isNamed || c.type === 'comment') continue;
      if (op === '&&' && !prev.neg && prev.ids.length)
        this.guards = guardList(this.guards, prev.ids);
      this.status = NO_STATUS;
      out.push(...this.statement(c, stdin));
      const cur = this.status;
      if (!op) prev = cur;
      else if (exitsNode(c) && prev.ids.length && (op === '||') !== prev.neg) {
        // `check || exit`, `[ sum != pinned ] && exit`: past this point the check held
        rest = [...rest, ...prev.ids];
        prev = { ids: prev.ids, neg: false };
      } else if (op === '&&' && !prev.neg && !cur.neg)
        prev = { ids: [...prev.ids, ...cur.ids], neg: false };
      else prev = NO_STATUS;
    }
    this.guards = saved;
    this.status = prev;
    this.restGuards = rest;
    return out;
  }

  /** `if check; then …` runs its body only when the check held; `if ! check; then exit; fi` guards what follows */
  private ifStatement(node: Node, stdin: number[]): number[] {
    const out: number[] = [];
    const saved = this.guards;
    let cond: Status = NO_STATUS;
    let inThen = false;
    const body: Node[] = [];
    let built = false;
    let elseExits = false;
    let arm = 0;
    // the then-branch is one sequence, built (in source order) before any elif/else
    const thenBranch = () => {
      if (built) return;
      built = true;
      if (!cond.neg && cond.ids.length) this.guards = guardList(saved, cond.ids);
      out.push(...this.inArm(node, 0, () => this.seq(body, stdin, true)));
      this.guards = saved;
    };
    for (const c of node.children) {
      if (c.type === 'then') {
        inThen = true;
        cond = this.status;
        continue;
      }
      if (!c.isNamed || c.type === 'comment') continue;
      if (!inThen) {
        this.status = NO_STATUS;
        out.push(...this.statement(c, stdin));
      } else if (c.type === 'elif_clause' || c.type === 'else_clause') {
        thenBranch();
        if (c.type === 'else_clause') {
          if (cond.neg && cond.ids.length) this.guards = guardList(saved, cond.ids);
          const kids = c.namedChildren.filter((k) => k.type !== 'comment');
          const lastKid = kids[kids.length - 1];
          elseExits = lastKid !== undefined && exitsNode(lastKid);
        }
        arm++;
        out.push(...this.inArm(node, arm, () => this.statement(c, stdin)));
        this.guards = saved;
      } else body.push(c);
    }
    thenBranch();
    const lastBody = body[body.length - 1];
    const thenExits = lastBody !== undefined && exitsNode(lastBody);
    this.status = NO_STATUS;
    this.restGuards =
      cond.ids.length && ((cond.neg && thenExits) || (!cond.neg && elseExits)) ? cond.ids : [];
    return out;
  }

  /** `[ "$(sha256sum f | cut -c1-64)" = "…" ]`: a comparison that can guard commands */
  private testCommand(node: Node): number[] {
    const expr = node.namedChildren.find((c) => c.type === 'binary_expression');
    const kids = expr?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const [l, r] = kids;
    if (expr && l && r && kids.length === 2) {
      const op = expr.text
        .slice(l.endIndex - expr.startIndex, r.startIndex - expr.startIndex)
        .trim();
      if (op === '=' || op === '==' || op === '!=') {
        const left = this.word(l);
        const right = this.word(r);
        this.script.tests.push({
          left,
          op,
          right,
          at: this.script.cmds.length,
          line: this.pos(node).startPosition.row + 1,
        });
        this.status = { ids: [-this.script.tests.length], neg: op === '!=' };
        return [];
      }
    }
    this.scanSubstitutions(node);
    this.status = NO_STATUS;
    return [];
  }

  private depth = 0;

  constructor(private readonly deadline: number) {}

  /**
   * The stdin of the statement being built: a command substitution inside it reads the same
   * stream (`curl … | { eval "$(cat)"; }`), so its commands get it as their stdin.
   */
  private stdinCtx: number[] = [];

  statement(node: Node, stdin: number[]): number[] {
    if ((++this.script.nodes & 255) === 0 && performance.now() > this.deadline)
      throw new BudgetExceeded('time budget exceeded');
    // deeper nesting than any real script: fail closed (the engine reports it as unanalyzable)
    if (++this.depth > MAX_DEPTH) throw new RangeError('shell code nested too deeply');
    const outer = this.stdinCtx;
    this.stdinCtx = stdin;
    try {
      return this.statementInner(node, stdin);
    } finally {
      this.stdinCtx = outer;
      this.depth--;
    }
  }

  private statementInner(node: Node, stdin: number[]): number[] {
    switch (node.type) {
      case 'command':
        return [this.command(node, stdin, [])];
      case 'pipeline': {
        const parts = node.namedChildren;
        const ids = this.pipeline(parts, stdin);
        // `! a | b` negates the pipeline's status
        if (parts.length > 1 && parts[0]?.type === 'negated_command')
          this.status = { ids: this.status.ids, neg: !this.status.neg };
        return ids;
      }
      case 'list':
        return this.list(node, stdin);
      case 'if_statement':
        return this.ifStatement(node, stdin);
      case 'test_command':
        return this.testCommand(node);
      case 'negated_command': {
        const ids = this.block(node, stdin);
        this.status = { ids: this.status.ids, neg: !this.status.neg };
        return ids;
      }
      case 'redirected_statement':
        return this.redirected(node, stdin);
      case 'variable_assignment':
        this.assignment(node);
        return [];
      case 'declaration_command':
        // `declare -x`, `export -p`, `typeset -p`: options only, no name; it prints the variables
        // (exported ones with their values), a command whose output can be piped on
        if (
          node.namedChildren.length &&
          node.namedChildren.every((c) => c.type === 'word' && /^-[a-zA-Z]+$/.test(c.text))
        ) {
          const id = this.command(node, stdin, []);
          const keyword = node.text.trim().split(/\s+/)[0] ?? '';
          this.script.cmds[id]?.words.unshift(litWord(keyword));
          return [id];
        }
        return this.declarations(node);
      case 'variable_assignments':
        return this.declarations(node);
      case 'function_definition': {
        const fname = node.childForFieldName('name');
        if (fname) this.script.functions.add(fname.text);
        const body = node.childForFieldName('body');
        const from = this.script.cmds.length;
        const fromEvent = this.script.events.length;
        this.fnDepth++;
        let ids: number[];
        try {
          ids = body ? this.statement(body, []) : [];
        } finally {
          this.fnDepth--;
        }
        if (fname) {
          this.script.functionBodies.set(fname.text, ids);
          this.script.functionSpans.set(fname.text, [
            from,
            this.script.cmds.length,
            fromEvent,
            this.script.events.length,
          ]);
        }
        return ids;
      }
      case 'for_statement':
        return this.forLoop(node, stdin);
      case 'while_statement': {
        // a `while read -r NAME` over a shipped file's lines is a loop over them (readTargets)
        const mark = this.readLoops.length;
        this.whileDepth++;
        let ids: number[];
        try {
          ids = this.block(node, stdin);
        } finally {
          this.whileDepth--;
        }
        for (const r of this.readLoops.splice(mark))
          this.script.loops.push({
            name: r.name,
            values: r.values,
            events: [r.from, this.script.events.length],
          });
        return ids;
      }
      case 'case_statement': {
        const out: number[] = [];
        let item = 0;
        for (const c of node.namedChildren) {
          if (c.type === 'case_item') {
            const i = item++;
            for (const s of c.namedChildren) {
              if (s.type === 'word' || s.type === 'extglob_pattern' || s.type === 'concatenation')
                continue;
              out.push(...this.inArm(node, i, () => this.statement(s, stdin)));
            }
          } else this.scanSubstitutions(c);
        }
        return out;
      }
      case 'comment':
        return [];
      case 'ERROR':
        this.script.errors++;
        return this.block(node, stdin);
      default:
        if (STATEMENT_LISTS.has(node.type)) return this.block(node, stdin);
        return this.scanSubstitutions(node);
    }
  }

  pipeline(parts: Node[], stdin: number[]): number[] {
    let input = stdin;
    let out: number[] = [];
    for (const p of parts) {
      if (p.type === 'comment') continue;
      out = this.statement(p, input);
      input = out;
    }
    return out;
  }

  redirected(node: Node, stdin: number[]): number[] {
    const firstCmd = this.script.cmds.length;
    const body = node.childForFieldName('body');
    const redirects: Redirect[] = [];
    const after: Node[] = [];
    // tree-sitter-bash reads the digit of `sh 0</tmp/f` or `zsh 2>&$R 0>&$R` as the command's
    // last argument or the previous redirect's second destination, and the redirect as one
    // without a descriptor: a lone digit touching a redirect is its descriptor
    let tail: Node | undefined = body?.type === 'command' ? body.namedChildren.at(-1) : undefined;
    let tailIsArg = true;
    let fdArg: Node | undefined;
    for (const r of node.namedChildren) {
      if (r === body || r.id === body?.id) continue;
      const red = this.redirect(r, after, redirects);
      if (red) {
        if (
          tail?.type === 'number' &&
          /^[0-9]$/.test(tail.text) &&
          tail.endIndex === r.startIndex &&
          r.type === 'file_redirect' &&
          !r.childForFieldName('descriptor') &&
          red.fd === undefined
        ) {
          red.fd = tail.text;
          if (tailIsArg) fdArg = tail;
        }
        redirects.push(red);
      }
      tail = r.type === 'file_redirect' ? r.childrenForFieldName('destination').at(-1) : undefined;
      tailIsArg = false;
    }
    let ids: number[];
    const firstEvent = this.script.events.length;
    if (body?.type === 'command') ids = [this.command(body, stdin, redirects, fdArg)];
    else {
      ids = body ? this.statement(body, stdin) : [];
      if (body?.type === 'while_statement') this.whileRead(firstCmd, firstEvent, redirects);
      // tree-sitter-bash hangs `a | b <<EOF` off the whole pipeline, but the redirect is b's own
      const own =
        body?.type === 'pipeline'
          ? redirects
          : redirects.map((r) => ({ ...r, group: true as const }));
      for (const id of ids) this.script.cmds[id]?.redirects.push(...own);
    }
    this.settle(firstCmd, ids);
    // `cat <<EOF | sh`: the rest of the pipeline hangs off the heredoc redirect
    if (after.length) return this.pipeline(after, ids);
    return ids;
  }

  /**
   * `while read -r f; do …; done <<< "$HOME/.ssh/id_rsa"` (or a here-document of lines): the
   * variable read holds each line in turn; one line is its value, more are a loop's values
   * (bindLoopValues), as a for list's are
   */
  private whileRead(firstCmd: number, firstEvent: number, redirects: readonly Redirect[]): void {
    const read = this.script.cmds[firstCmd];
    const w0 = read?.words[0];
    if (!read || w0?.parts.length !== 1 || w0.parts[0]?.k !== 'lit' || w0.parts[0].s !== 'read')
      return;
    const input = redirects.find((r) => !r.fd && (r.op === '<<' || r.op === '<<<'));
    const text = input?.op === '<<' ? input.body : input?.target;
    if (!text) return;
    const at = this.script.events.findIndex(
      (e, i) =>
        i >= firstEvent &&
        e.t === 'assign' &&
        e.a.value.parts.length === 1 &&
        e.a.value.parts[0]?.k === 'sub' &&
        e.a.value.parts[0].cmds.length === 1 &&
        e.a.value.parts[0].cmds[0] === firstCmd,
    );
    const ev = this.script.events[at];
    // one target only: several split each line into fields
    if (ev?.t !== 'assign' || this.script.events[at + 1]?.t === 'assign') return;
    const lines = wordLines(text).filter((l) => l.parts.length);
    if (lines.length === 1) ev.a.value = lines[0] as Word;
    else if (lines.length > 1 && lines.length <= 64)
      this.script.loops.push({
        name: ev.a.name,
        values: lines,
        events: [at + 1, this.script.events.length],
      });
  }

  redirect(r: Node, after: Node[], extra: Redirect[]): Redirect | undefined {
    if (r.type === 'heredoc_redirect') {
      let body: Word | undefined;
      let bodyLine: number | undefined;
      let quoted = false;
      let fd: string | undefined;
      for (const c of r.namedChildren) {
        if (c.type === 'file_descriptor') fd = c.text;
        else if (c.type === 'heredoc_start') quoted = /['"\\]/.test(c.text);
        else if (c.type === 'heredoc_body') {
          body = quoted
            ? { parts: [{ k: 'lit', s: c.text }], raw: c.text }
            : this.mixed(c, c.text, false);
          bodyLine = this.pos(c).startPosition.row + 1;
        } else if (c.type === 'pipeline' || c.type === 'command' || c.type === 'list')
          after.push(c);
        else if (c.type === 'file_redirect') {
          // `cat <<EOF > file`
          const inner = this.redirect(c, after, extra);
          if (inner) extra.push(inner);
        }
      }
      const red: Redirect = { op: '<<' };
      if (fd) red.fd = fd;
      if (body) red.body = body;
      if (bodyLine) red.bodyLine = bodyLine;
      return red;
    }
    if (r.type === 'herestring_redirect') {
      const w = r.namedChildren.find((c) => c.type !== 'file_descriptor');
      const fd = r.namedChildren.find((c) => c.type === 'file_descriptor');
      const red: Redirect = { op: '<<<' };
      if (fd) red.fd = fd.text;
      if (w) red.target = this.word(w);
      return red;
    }
    if (r.type !== 'file_redirect') {
      this.scanSubstitutions(r);
      return undefined;
    }
    const dests = r.childrenForFieldName('destination');
    const fdNode = r.childForFieldName('descriptor');
    const first = dests[0];
    const opText = r.text
      .slice(
        fdNode ? fdNode.endIndex - r.startIndex : 0,
        first ? first.startIndex - r.startIndex : undefined,
      )
      .replace(/\s+/g, '');
    const red: Redirect = { op: opText || '>' };
    if (fdNode) red.fd = fdNode.text;
    if (first) red.target = this.word(first);
    return red;
  }

  /** `cmd > >(sh)`, `tee >(sh)`: the substitution's commands built since `from` read `ids`' output */
  private settle(from: number, ids: number[]): void {
    for (let i = from; i < this.script.cmds.length; i++) {
      const c = this.script.cmds[i];
      if (c?.stdin.includes(PENDING))
        c.stdin = c.stdin.filter((x) => x !== PENDING).concat(ids.filter((x) => x !== c.id));
    }
  }

  /** `declare …`, `local …`, `a=1 b=2`: the assignments (a name reference reads its target) */
  private declarations(node: Node): number[] {
    // `declare -n r=x`, `local -n r=x`: a name reference, r reads x (as x is then)
    const nameref = node.namedChildren.some((c) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(c.text));
    for (const c of node.namedChildren) {
      const named = nameref && c.type === 'variable_assignment';
      const target = named ? c.childForFieldName('value')?.text : undefined;
      const ref = named ? c.childForFieldName('name')?.text : undefined;
      if (ref && target && /^[A-Za-z_]\w*$/.test(ref) && /^[A-Za-z_]\w*$/.test(target)) {
        this.script.assigned.add(ref);
        this.script.events.push({
          t: 'assign',
          a: {
            name: ref,
            value: { parts: [{ k: 'var', name: target }], raw: `$${target}` },
            append: false,
            line: this.pos(c).startPosition.row + 1,
          },
        });
      } else if (c.type === 'variable_assignment') this.assignment(c);
      else this.scanSubstitutions(c);
    }
    return [];
  }

  command(node: Node, stdin: number[], redirects: Redirect[], fdArg?: Node): number {
    const firstCmd = this.script.cmds.length;
    const words: Word[] = [];
    const env: Cmd['env'] = [];
    const reds = [...redirects];
    const after: Node[] = [];
    for (const c of node.namedChildren) {
      if (c.type === 'command_name') {
        const w = c.namedChildren[0];
        words.push(w ? this.word(w) : { parts: [{ k: 'lit', s: c.text }], raw: c.text });
      } else if (c.type === 'variable_assignment') {
        const name = c.childForFieldName('name')?.text ?? '';
        const v = c.childForFieldName('value');
        env.push({ name, value: v ? this.word(v) : { parts: [], raw: '' } });
      } else if (
        c.type === 'file_redirect' ||
        c.type === 'herestring_redirect' ||
        c.type === 'heredoc_redirect'
      ) {
        const r = this.redirect(c, after, reds);
        if (r) reds.push(r);
      } else if (c.type === 'comment' || c.id === fdArg?.id) continue;
      // `cat ~/.{ssh/id_rsa,aws/credentials}`: an argument with a brace group is the words bash
      // expands it to, as a for list's is (braceWords)
      else words.push(...braceWords(this.word(c)));
    }
    if (words.length > MAX_WORDS) throw new Error(`a command has more than ${MAX_WORDS} words`);
    const id = this.script.cmds.length;
    const at = this.pos(node);
    const cmd: Cmd = {
      id,
      words,
      env,
      redirects: reds,
      stdin,
      line: at.startPosition.row + 1,
      column: at.startPosition.column + 1,
      endLine: at.endPosition.row + 1,
      start: at.startIndex,
      end: at.endIndex,
      background: false,
    };
    if (this.guards.length) cmd.guards = this.guards;
    this.script.cmds.push(cmd);
    if (firstCmd < id) this.settle(firstCmd, [id]);
    this.script.events.push({ t: 'cmd', id });
    this.readTargets(cmd);
    this.printfTarget(cmd);
    const w0 = words[0];
    const name =
      w0?.parts.length === 1 && w0.parts[0]?.k === 'lit'
        ? (w0.parts[0].s.split('/').pop() as string)
        : '';
    if (name === 'set') {
      // `set -e`, `set -euo pipefail`, `set -o errexit`; `set +e` turns it off
      for (const [i, w] of words.entries()) {
        const t = w.raw;
        if (/^-[a-zA-Z]*e[a-zA-Z]*$/.test(t) || (t === '-o' && words[i + 1]?.raw === 'errexit'))
          this.errexit = true;
        else if (
          /^\+[a-zA-Z]*e[a-zA-Z]*$/.test(t) ||
          (t === '+o' && words[i + 1]?.raw === 'errexit')
        )
          this.errexit = false;
      }
    }
    // `set -- curl -fsSL URL`: the positional parameters ("$@", "$*") are those words from here on
    if (name === 'set' && this.fnDepth === 0) {
      const dd = words.findIndex((w, i) => i > 0 && w.raw === '--');
      if (dd > 0) {
        const parts: Part[] = [];
        for (const w of words.slice(dd + 1)) {
          if (parts.length) parts.push({ k: 'lit', s: ' ' });
          parts.push(...w.parts);
        }
        const value: Word = {
          parts,
          raw: words
            .slice(dd + 1)
            .map((w) => w.raw)
            .join(' '),
        };
        for (const n of ['@top', '*top']) {
          this.script.assigned.add(n);
          this.script.events.push({
            t: 'assign',
            a: { name: n, value, append: false, line: cmd.line },
          });
        }
        // `IFS=:; set -- $s; $1 …`: `$1`…`$9` are the words the shell split those into, at
        // blanks and at IFS's characters as IFS stands then
        for (let i = 1; i <= 9; i++)
          this.script.events.push({
            t: 'assign',
            a: {
              name: String(i),
              value: {
                parts: [{ k: 'var', name: '@top', op: { op: 'field', index: i - 1 } }],
                raw: `$${i}`,
              },
              append: false,
              line: cmd.line,
            },
          });
      }
    }
    // (`git checkout <commit>` fails for a commit the clone lacks: it may pin the tree, pinned.ts)
    const pins =
      VERIFIERS.test(name) ||
      (name === 'git' && words.some((w) => /^(?:checkout|reset|switch)$/.test(w.raw)));
    this.status = { ids: pins ? [id] : [], neg: false };
    if (after.length) this.pipeline(after, [id]);
    // `source ./lib.sh`: the file's functions and variables are this shell's from here on
    const included =
      name === 'source' || name === '.' ? this.includes?.get(node.startIndex) : undefined;
    if (included !== undefined) this.include(node, included);
    return id;
  }

  /**
   * `read VAR`, `mapfile ARR`: the variables hold what the command read from its stdin, so they
   * are assigned the command's output (`curl … | while read l; do eval "$l"; done`).
   */
  readTargets(cmd: Cmd): void {
    const lit = (w: Word | undefined) =>
      w?.parts.length === 1 && w.parts[0]?.k === 'lit' ? w.parts[0].s : undefined;
    const name = lit(cmd.words[0]);
    const isRead = name === 'read';
    if (!isRead && name !== 'mapfile' && name !== 'readarray') return;
    /** options that take a value; for read `-a NAME` names the target */
    const valued = isRead ? /^-[a-zA-Z]*[dinNptu]$/ : /^-[a-zA-Z]*[dnOsuCc]$/;
    const targets: string[] = [];
    /** `read -a NAME`: an array of all the fields */
    let array = false;
    const ws = cmd.words.slice(1);
    for (let i = 0; i < ws.length; i++) {
      const w = lit(ws[i]);
      if (w === undefined) continue;
      if (w.startsWith('-') && w.length > 1) {
        if (isRead && /^-[a-zA-Z]*a$/.test(w)) {
          const t = lit(ws[i + 1]);
          if (t) targets.push(t);
          array = true;
          i++;
        } else if (valued.test(w)) i++;
        continue;
      }
      if (/^[A-Za-z_]\w*$/.test(w)) targets.push(w);
    }
    if (!targets.length) targets.push(isRead ? 'REPLY' : 'MAPFILE');
    // `while read -r rel; do …; done < targets.txt` of a file the skill ships: each turn the
    // variable holds one of its lines, as a `for` loop's over them (outside a loop, the first)
    const lines = isRead && !this.at ? this.arrays?.get(cmd.start)?.split('\n') : undefined;
    if (lines?.length && targets.length === 1) {
      const name = targets[0] as string;
      const values = lines.map(litWord);
      const many = this.whileDepth > 0 && values.length > 1;
      this.script.assigned.add(name);
      this.script.events.push({
        t: 'assign',
        a: {
          name,
          value: many ? { parts: [{ k: 'unknown' }], raw: lines.join(' ') } : (values[0] as Word),
          append: false,
          line: cmd.line,
        },
      });
      if (many) this.readLoops.push({ name, values, from: this.script.events.length });
      return;
    }
    // `mapfile -t steps < steps.txt` of a file the skill ships: the array holds its lines
    const shipped = !isRead && !this.at ? this.arrays?.get(cmd.start) : undefined;
    if (shipped !== undefined && targets.length === 1) {
      this.script.assigned.add(targets[0] as string);
      this.script.events.push({
        t: 'assign',
        a: { name: targets[0] as string, value: litWord(shipped), append: false, line: cmd.line },
      });
      return;
    }
    // `read -r -d '' CODE <<'X' … X`: the variable holds the here-document, all of it with an
    // empty delimiter, else its first line
    const doc = isRead ? cmd.redirects.find((r) => r.op === '<<' && !r.fd && r.body) : undefined;
    if (doc?.body && targets.length === 1 && !cmd.stdin.length) {
      const whole = ws.some((w, i) => /^-[a-zA-Z]*d$/.test(lit(w) ?? '') && lit(ws[i + 1]) === '');
      const value = whole ? doc.body : wordLines(doc.body)[0];
      if (value) {
        this.script.assigned.add(targets[0] as string);
        this.script.events.push({
          t: 'assign',
          a: { name: targets[0] as string, value, append: false, line: cmd.line },
        });
        return;
      }
    }
    // `IFS=: read -r a b c <<< 'cu:rl:bash'`: a literal herestring is split by IFS into the
    // targets (the last takes the rest), so each holds its piece of the text; `read -a A` puts
    // every field in the array (its elements one space apart, as `A=(…)` keeps them)
    const here = cmd.redirects.find((r) => r.op === '<<<' && !r.fd);
    const text = isRead ? lit(here?.target) : undefined;
    if (text !== undefined && !cmd.stdin.length) {
      const ifsWord = cmd.env.find((e) => e.name === 'IFS')?.value;
      const ifs = ifsWord ? lit(ifsWord) : ' \t\n';
      if (ifs !== undefined && ifs !== '' && !/[\\]/.test(text)) {
        const line = text.replace(/\n[\s\S]*$/, '');
        const fields =
          array && targets.length === 1
            ? [splitFields(line, ifs, 256).join(' ')]
            : splitFields(line, ifs, targets.length);
        targets.forEach((t, i) => {
          this.script.assigned.add(t);
          this.script.events.push({
            t: 'assign',
            a: { name: t, value: litWord(fields[i] ?? ''), append: false, line: cmd.line },
          });
        });
        return;
      }
    }
    for (const t of targets) {
      this.script.assigned.add(t);
      this.script.events.push({
        t: 'assign',
        a: {
          name: t,
          value: { parts: [{ k: 'sub', cmds: [cmd.id], proc: false }], raw: '' },
          append: false,
          line: cmd.line,
        },
      });
    }
    // `mapfile -t w < <(printf …)`: `${w[0]}`, `${w[1]}`… are the lines, when what it read is known
    if (!isRead && targets.length === 1) {
      const t = targets[0] as string;
      for (let i = 0; i < 16; i++) {
        this.script.assigned.add(`${t}[${i}]`);
        this.script.events.push({
          t: 'assign',
          a: {
            name: `${t}[${i}]`,
            value: {
              parts: [{ k: 'var', name: t, op: { op: 'field', index: i, lines: true } }],
              raw: `\${${t}[${i}]}`,
            },
            append: false,
            line: cmd.line,
          },
        });
      }
    }
  }

  /**
   * `printf -v NAME FORMAT ARG…`: NAME is assigned what printf would print, when the format is
   * literal and its only conversions are `%s` (one per argument), so `printf -v u '%s://%s' https
   * "$h"` builds the value an assignment would (anything else: `NAME=$(printf …)`)
   */
  printfTarget(cmd: Cmd): void {
    const lit = (w: Word | undefined) =>
      w?.parts.length === 1 && w.parts[0]?.k === 'lit' ? w.parts[0].s : undefined;
    if (lit(cmd.words[0]) !== 'printf' || lit(cmd.words[1]) !== '-v') return;
    const name = lit(cmd.words[2]);
    if (!name || !/^[A-Za-z_]\w*$/.test(name)) return;
    const fmt = lit(cmd.words[3]);
    const args = cmd.words.slice(4);
    const pieces = fmt?.split('%s');
    // another format: what the printf prints, as a substitution of it (values.ts printed)
    let value: Word = { parts: [{ k: 'sub', cmds: [cmd.id], proc: false }], raw: '' };
    if (
      fmt !== undefined &&
      pieces &&
      !pieces.some((p) => p.includes('%') || p.includes('\\')) &&
      pieces.length - 1 === args.length &&
      // (`"${a[@]}"` is as many words as the array has: the format is used again for each)
      !args.some((a) => /\[[@*]\]\}"?$/.test(a.raw))
    ) {
      const parts: Part[] = [];
      pieces.forEach((p, i) => {
        if (p) parts.push({ k: 'lit', s: p });
        const a = args[i];
        if (a) parts.push(...a.parts);
      });
      value = {
        parts,
        raw: cmd.words
          .slice(3)
          .map((w) => w.raw)
          .join(' '),
      };
    }
    this.script.assigned.add(name);
    this.pushAssign({ name, value, append: false, line: cmd.line });
  }

  assignment(node: Node): void {
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    const n =
      name?.type === 'subscript'
        ? (name.childForFieldName('name')?.text ?? '')
        : (name?.text ?? '');
    if (!n) return;
    const append = /\+=/.test(
      node.text.slice(0, (value?.startIndex ?? node.endIndex) - node.startIndex),
    );
    const line = this.pos(node).startPosition.row + 1;
    const elements = value?.type === 'array' ? this.arrayElements(value) : undefined;
    const a: Assign = {
      name: n,
      value: elements
        ? joinWords(elements.map((e) => e.value))
        : value
          ? this.word(value)
          : { parts: [], raw: '' },
      append,
      line,
    };
    // `a+=(x)`: the element is a word after the ones the array had
    if (elements && append && a.value.parts.length)
      a.value = { parts: [{ k: 'lit', s: ' ' }, ...a.value.parts], raw: a.value.raw };
    // `c[u]=x`, `declare -A c=([u]=x)`, `h=(a b)`: each element is a variable of its own, read by
    // `${c[u]}`, `${h[0]}` (expansion)
    const index = name?.type === 'subscript' ? name.childForFieldName('index')?.text : undefined;
    const each: Array<{ key: string; value: Word }> =
      index !== undefined && value
        ? [{ key: index, value: this.word(value) }]
        : elements && !append
          ? elements
          : [];
    if (elements && !append && elements.every((e) => ELEMENT_KEY.test(e.key))) {
      this.keyed.add(n);
      this.script.assigned.add(`!${n}`);
      this.script.events.push({
        t: 'assign',
        a: {
          name: `!${n}`,
          value: litWord(elements.map((e) => e.key).join(' ')),
          append: false,
          line,
        },
      });
    }
    for (const e of each) {
      if (!ELEMENT_KEY.test(e.key)) continue;
      this.script.assigned.add(`${n}[${e.key}]`);
      this.script.events.push({
        t: 'assign',
        a: { name: `${n}[${e.key}]`, value: e.value, append: false, line },
      });
    }
    // `X="${X:-}"`, `X=${X:-default}`, `X="$X"`: the variable keeps what the environment gave it
    // (a default at most), so it is still the environment's, not a value of the script's own
    const keepsEnv = !a.append && a.value.parts.some((p) => p.k === 'var' && p.name === n);
    if (!keepsEnv) this.script.assigned.add(n);
    this.pushAssign(a);
  }

  forLoop(node: Node, stdin: number[]): number[] {
    const v = node.childForFieldName('variable');
    const values = node
      .childrenForFieldName('value')
      .map((w) => this.word(w))
      .flatMap(braceWords);
    if (v) {
      this.script.assigned.add(v.text);
      this.script.events.push({
        t: 'assign',
        a: {
          name: v.text,
          value: {
            parts:
              values.length === 1
                ? (values[0]?.parts ?? [])
                : [
                    { k: 'unknown' },
                    ...values.flatMap((w) => w.parts.filter((p) => p.k !== 'lit')),
                  ],
            raw: values.map((w) => w.raw).join(' '),
          },
          append: false,
          line: this.pos(v).startPosition.row + 1,
        },
      });
    }
    const body = node.childForFieldName('body');
    const e0 = this.script.events.length;
    const ids = body ? this.statement(body, stdin) : [];
    // `for h in $HOSTS`: an unquoted expansion is split into words, each a value of the loop
    // (`"${HOSTS[@]}"`: an array's elements, quoted too)
    const splits =
      values.length === 1 && values[0]?.parts.length === 1 && values[0].parts[0]?.k === 'var'
        ? !values[0].raw.startsWith('"') || /\[@\]\}"$/.test(values[0].raw)
        : false;
    if (v && (values.length > 1 || splits))
      this.script.loops.push({ name: v.text, values, events: [e0, this.script.events.length] });
    return ids;
  }

  /** Commands hidden inside other constructs (test expressions, arithmetic) still run. */
  scanSubstitutions(node: Node): number[] {
    const out: number[] = [];
    const walk = (n: Node, depth: number) => {
      if (depth > 200) return;
      if (n.type === 'command_substitution' || n.type === 'process_substitution') {
        this.word(n);
        return;
      }
      if (n.type === 'ERROR') this.script.errors++;
      for (const c of n.namedChildren) walk(c, depth + 1);
    };
    walk(node, 0);
    return out;
  }

  /** Text with embedded expansions (double-quoted strings, heredoc bodies). */
  mixed(node: Node, text: string, stripQuotes: boolean): Word {
    const parts: Part[] = [];
    const base = node.startIndex;
    let pos = stripQuotes ? 1 : 0;
    const end = stripQuotes ? text.length - 1 : text.length;
    const lit = (s: string) => {
      if (s) parts.push({ k: 'lit', s: unescapeDouble(s) });
    };
    for (const c of node.namedChildren) {
      const s = c.startIndex - base;
      const e = c.endIndex - base;
      if (s < pos) continue;
      lit(text.slice(pos, s));
      if (c.type === 'string_content' || c.type === 'heredoc_content') lit(c.text);
      else parts.push(...this.word(c).parts);
      pos = e;
    }
    lit(text.slice(pos, Math.max(pos, end)));
    return { parts, raw: node.text };
  }

  /**
   * the elements of `(a "b c")` or `([u]=x [s]=y)`, each with its key: its index, or the key
   * written before it (dropped from the value)
   */
  arrayElements(node: Node): Array<{ key: string; value: Word }> {
    const out: Array<{ key: string; value: Word }> = [];
    for (const c of node.namedChildren) {
      if (c.type === 'comment') continue;
      const w = this.word(c);
      const m = /^\[([^\]]*)\]=/.exec(c.text);
      out.push(
        m
          ? { key: m[1] as string, value: dropLead(w, m[0].length) }
          : { key: String(out.length), value: w },
      );
    }
    return out;
  }

  word(node: Node): Word {
    const raw = node.text;
    switch (node.type) {
      case 'word':
        return { parts: [{ k: 'lit', s: unescapeBare(raw) }], raw };
      case 'raw_string':
        return { parts: [{ k: 'lit', s: raw.slice(1, -1) }], raw };
      case 'array':
        // `HOSTS=(a "b c")`: the elements, one space between; `"${HOSTS[@]}"` is then their words
        return { ...joinWords(this.arrayElements(node).map((e) => e.value)), raw };
      case 'ansi_c_string':
        return { parts: [{ k: 'lit', s: decodeAnsiC(raw.slice(2, -1)) }], raw };
      case 'string':
        return this.mixed(node, raw, true);
      case 'translated_string': {
        const inner = node.namedChildren[0];
        return inner ? { parts: this.word(inner).parts, raw } : { parts: [], raw };
      }
      case 'concatenation': {
        const parts: Part[] = [];
        let pos = node.startIndex;
        for (const c of node.children) {
          if (c.startIndex > pos)
            parts.push({
              k: 'lit',
              s: unescapeBare(raw.slice(pos - node.startIndex, c.startIndex - node.startIndex)),
            });
          parts.push(
            ...(c.isNamed ? this.word(c).parts : [{ k: 'lit' as const, s: unescapeBare(c.text) }]),
          );
          pos = c.endIndex;
        }
        return { parts, raw };
      }
      case 'simple_expansion': {
        const v = node.namedChildren[0];
        return { parts: [{ k: 'var', name: this.param(v ? v.text : raw.slice(1)) }], raw };
      }
      case 'expansion':
        return { parts: [this.expansion(node)], raw };
      case 'command_substitution': {
        const cmds = this.block(node, this.stdinCtx);
        return { parts: [{ k: 'sub', cmds, proc: false }], raw };
      }
      case 'process_substitution': {
        // `>(sh)` reads what the command around it writes there: PENDING until that command exists
        const cmds = this.block(node, raw.startsWith('>') ? [PENDING] : []);
        return { parts: [{ k: 'sub', cmds, proc: true }], raw };
      }
      case 'number':
      case 'brace_expression':
      case 'extglob_pattern':
        return { parts: [{ k: 'lit', s: raw }], raw };
      case 'arithmetic_expansion':
        this.scanSubstitutions(node);
        return { parts: [{ k: 'unknown' }], raw };
      default:
        this.scanSubstitutions(node);
        return { parts: [{ k: 'lit', s: unescapeBare(raw) }], raw };
    }
  }

  expansion(node: Node): Part {
    let name = '';
    let alt: Word | undefined;
    let op = '';
    let star = false;
    for (const c of node.namedChildren) {
      if (!name && (c.type === 'variable_name' || c.type === 'special_variable_name'))
        name = c.text;
      else if (!name && c.type === 'subscript') {
        // `${H[$i]}`, `${H[0]}`: one element of an array the script set, not all of them (only
        // `[@]`/`[*]` is); bash's own arrays keep their name (`${BASH_SOURCE[0]}` is this script)
        const index = c.childForFieldName('index')?.text ?? '';
        name = c.childForFieldName('name')?.text ?? '';
        // an element the script set by its key (`${c[u]}` of `c=([u]=…)`) is that element
        if (ELEMENT_KEY.test(index) && this.script.assigned.has(`${name}[${index}]`)) {
          name = `${name}[${index}]`;
          break;
        }
        // `${c[$k]}` of an array set by keys: the element k's value names
        const key = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(index)?.[1];
        if (key && this.keyed.has(name)) return { k: 'var', name, key };
        if (index !== '@' && index !== '*' && !BASH_ARRAYS.test(name)) return { k: 'unknown' };
        if (index === '*') star = true;
      } else if (c.type === 'command_substitution' || c.type === 'process_substitution')
        this.word(c);
      else if (
        name &&
        !alt &&
        (c.type === 'word' ||
          c.type === 'string' ||
          c.type === 'raw_string' ||
          c.type === 'concatenation' ||
          c.type === 'simple_expansion' ||
          c.type === 'expansion')
      )
        alt = this.word(c);
    }
    for (const c of node.children)
      if (c.type === ':-' || c.type === '-' || c.type === ':=' || c.type === '=') op = c.type;
    // `${!c[@]}`: the keys of an array the script set by keys
    const keys = /^\$\{!([A-Za-z_]\w*)\[[@*]\]\}$/.exec(node.text)?.[1];
    if (keys && this.keyed.has(keys)) return { k: 'var', name: `!${keys}` };
    if (!name) name = node.text.replace(/^\$\{[#!]?/, '').replace(/[^A-Za-z0-9_].*$/s, '');
    const part: Part = { k: 'var', name: this.param(name) };
    if (alt && op) part.alt = alt;
    if (!op) {
      const pop = paramOp(node.text);
      if (pop) part.op = pop;
      // `"${a[*]}"`: one word, the elements joined by IFS's first character (`IFS=; g="${a[*]}"`)
      else if (star && /^\$\{[A-Za-z_]\w*\[\*\]\}$/.test(node.text)) part.op = { op: 'join' };
    }
    // `${!ref}`: the variable whose name ref holds (not `${!pre*}` or `${!arr[@]}`, which list names)
    if (/^\$\{![A-Za-z_]\w*(?:[:}]|-)/.test(node.text)) part.indirect = true;
    return part;
  }
}

/** the operation of `${name…}` after the name (ParamOp), when it is one of the plain forms */
function paramOp(text: string): ParamOp | undefined {
  const m = /^\$\{[A-Za-z_]\w*([\s\S]*)\}$/.exec(text);
  const t = m?.[1];
  if (!t) return undefined;
  if (/^:[-=?+]/.test(t)) return undefined;
  let x = /^:([^:]+)(?::([^:]+))?$/.exec(t);
  if (x?.[1]) return x[2] ? { op: 'slice', off: x[1], len: x[2] } : { op: 'slice', off: x[1] };
  x = /^(\/\/|\/#|\/%|\/)((?:\\.|[^/\\])*)(?:\/([\s\S]*))?$/.exec(t);
  if (x?.[1] && x[2])
    return {
      op: 'replace',
      mode: x[1] as '/' | '//' | '/#' | '/%',
      pat: x[2].replace(/\\(.)/g, '$1'),
      rep: x[3] ?? '',
    };
  x = /^(##|#|%%|%)([\s\S]+)$/.exec(t);
  if (x?.[1] && x[2]) return { op: 'trim', mode: x[1] as '#' | '##' | '%' | '%%', pat: x[2] };
  if (t === '^^' || t === ',,') return { op: 'case', upper: t === '^^' };
  return undefined;
}

const BRACE_GROUP = /\{[^{}]*(?:,|\.\.)[^{}]*\}/;

/**
 * `for h in 203.0.113.{10,11}`, `cat ~/.{ssh/id_rsa,aws/credentials}`: a word with a brace group
 * is the words it expands to (the first 64, as bash would list them). A word with expansions
 * (`$HOME/.{ssh,aws}`) expands when the group is in one literal piece of it, each word keeping the
 * expansions; a word with quotes or escapes (a quoted group is no group) is kept as it is.
 */
function braceWords(w: Word): Word[] {
  if (!BRACE_GROUP.test(w.raw) || /['"`\\]/.test(w.raw)) return [w];
  if (!w.raw.includes('$')) {
    const out = expand(w.raw, { max: 64 });
    return out.length > 1 ? out.map(litWord) : [w];
  }
  // (the parser gives `{`, the list and `}` as literal pieces of their own: joined first)
  const parts: Part[] = [];
  for (const p of w.parts) {
    const last = parts[parts.length - 1];
    if (p.k === 'lit' && last?.k === 'lit') parts[parts.length - 1] = { k: 'lit', s: last.s + p.s };
    else parts.push(p);
  }
  const at = parts.findIndex((p) => p.k === 'lit' && BRACE_GROUP.test(p.s));
  const lit = parts[at];
  if (lit?.k !== 'lit' || parts.some((p, i) => i !== at && p.k === 'lit' && /[{}]/.test(p.s)))
    return [w];
  const pieces = expand(lit.s, { max: 64 });
  const raws = expand(w.raw, { max: 64 });
  if (pieces.length < 2 || raws.length !== pieces.length) return [w];
  return pieces.map((s, i) => ({
    parts: parts.map((p, j) => (j === at ? { k: 'lit' as const, s } : p)),
    raw: raws[i] as string,
  }));
}

/** bash's field splitting of `read`'s input into n fields: the last field takes the rest */
function splitFields(text: string, ifs: string, n: number): string[] {
  const isSep = (c: string) => ifs.includes(c);
  const white = (c: string) => isSep(c) && /\s/.test(c);
  let t = text;
  while (t && white(t[0] as string)) t = t.slice(1);
  while (t && white(t[t.length - 1] as string)) t = t.slice(0, -1);
  const out: string[] = [];
  let i = 0;
  while (out.length < n - 1 && i <= t.length) {
    let j = i;
    while (j < t.length && !isSep(t[j] as string)) j++;
    if (j >= t.length) break;
    out.push(t.slice(i, j));
    i = j + 1;
    while (i < t.length && white(t[i] as string)) i++;
  }
  out.push(t.slice(i));
  return out;
}
