/**
 * The bash intermediate representation: what the analysis needs from the syntax tree, flattened
 * into plain data so the data-flow passes never touch native tree-sitter nodes again.
 */

/** One piece of a shell word. */
export type Part =
  | { k: 'lit'; s: string }
  /**
   * `$x`, `${x}`, `${x:-default}`, `${x:0:60}`; `alt` is the default word of `:-`/`-` forms;
   * `indirect`: `${!x}`, the variable whose name x holds
   */
  | {
      k: 'var';
      name: string;
      alt?: Word;
      indirect?: true;
      op?: ParamOp;
      /** `${c[$k]}`: the element of array `name` whose key variable `key` holds */
      key?: string;
    }
  /** `$(…)`, backticks, `<(…)`, `>(…)`: `cmds` are the commands whose output lands here */
  | { k: 'sub'; cmds: number[]; proc: boolean }
  /** arithmetic and other parts whose value is unknown */
  | { k: 'unknown' };

/**
 * What a parameter expansion does to the variable's value: `${x:1:3}` (slice: offset and length
 * as written, arithmetic on numbers and `${#v}`), `${x//a/b}` `${x/a/b}` `${x/#a/b}` `${x/%a/b}`
 * (replace), `${x#p}` `${x##p}` `${x%p}` `${x%%p}` (trim), `${x^^}` `${x,,}` (case); `field` is
 * no syntax of its own (see syntax.ts, `set --`)
 */
export type ParamOp =
  | { op: 'slice'; off: string; len?: string }
  | { op: 'replace'; mode: '/' | '//' | '/#' | '/%'; pat: string; rep: string }
  | { op: 'trim'; mode: '#' | '##' | '%' | '%%'; pat: string }
  | { op: 'case'; upper: boolean }
  /**
   * `$1` after `set -- $s`: the index-th word of the value split at blanks and IFS's characters;
   * `lines`: `${a[1]}` after `mapfile a`, the index-th line
   */
  | { op: 'field'; index: number; lines?: true }
  /** `"${a[*]}"`: the array's elements joined by the first character of IFS (a blank by default) */
  | { op: 'join' };

export interface Word {
  parts: Part[];
  /** source text of the word */
  raw: string;
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<>`, `>&`, `&>`, `&>>`, `>|`, `<&`, `<<`, `<<-`, `<<<` */
  op: string;
  /** file descriptor written before the operator (`2>`), if any */
  fd?: string;
  target?: Word;
  /** heredoc body (with expansions as parts when the delimiter is unquoted) */
  body?: Word;
  /** 1-based line of the heredoc body's first line */
  bodyLine?: number;
  /**
   * written after a compound command (`( … ) < f`, `done <<EOF`), not after the command itself: a
   * pipe inside the group still feeds the command it reaches
   */
  group?: true;
}

export interface Cmd {
  id: number;
  words: Word[];
  /** `FOO=bar cmd` prefix assignments */
  env: Array<{ name: string; value: Word }>;
  redirects: Redirect[];
  /** commands whose stdout feeds this command's stdin (pipeline predecessors) */
  stdin: number[];
  line: number;
  column: number;
  endLine: number;
  /** UTF-16 offsets of the command in the text (for evidence) */
  start: number;
  end: number;
  /** started with `&` (in the background) */
  background: boolean;
  /**
   * checks that must have succeeded for this command to run (`check && cmd`, `if check; then
   * cmd`, `check || exit; cmd`, `set -e; check; cmd`): ids of checksum/grep/test commands, or
   * `-(i + 1)` for `Script.tests[i]`
   */
  guards?: readonly number[];
}

/** a `[ … ]`/`[[ … ]]` comparison (`=`, `==`, `!=`); `at` is the number of commands built before it */
export interface TestCmp {
  left: Word;
  op: string;
  right: Word;
  at: number;
  line: number;
}

export interface Assign {
  name: string;
  value: Word;
  append: boolean;
  line: number;
  /**
   * the branches it is made in: for each if/case holding it, [that statement's offset, the index
   * of the arm (then, elif…, else; a case's items)]
   */
  arms?: ReadonlyArray<readonly [number, number]>;
}

export type Event = { t: 'cmd'; id: number } | { t: 'assign'; a: Assign };

export interface Script {
  cmds: Cmd[];
  /** commands and assignments in source order (function bodies where they are defined) */
  events: Event[];
  /**
   * names the script gives a value of its own anywhere (including loop variables, `read` targets,
   * function locals); not `X="${X:-default}"`, which keeps what the environment gave
   */
  assigned: Set<string>;
  /** functions defined in the script (calling them runs no program) */
  functions: Set<string>;
  /** commands of each function's body: their output is the output of a call of the function */
  functionBodies: Map<string, number[]>;
  /** ids of all commands built inside each function's body: [from, to), and its events: [from, to) */
  functionSpans: Map<string, [number, number, number, number]>;
  /**
   * `for f in A B C; do …; done` with two or more words: the loop variable, its words, and the
   * events of the body [from, to) (the variable's own value there is unknown: one of the words)
   */
  loops: Array<{ name: string; values: Word[]; events: [number, number] }>;
  /** comparisons in test commands that can guard other commands (see Cmd.guards) */
  tests: TestCmp[];
  /** number of ERROR nodes met: a high count means the text is probably not shell */
  errors: number;
  nodes: number;
}

export function litWord(s: string): Word {
  return { parts: [{ k: 'lit', s }], raw: s };
}
