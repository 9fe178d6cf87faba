/**
 * Constant folding for JS/TS expressions: literals, concatenation, template literals, array
 * join/reverse/split, String.fromCharCode, Buffer.from(x, 'base64'|'hex'), atob, path.join,
 * os.homedir(). Decodings are reported so the decoded text can be scanned again.
 */
import ts from './typescript.cjs';
import {
  HOLE,
  IDENTITY_COMMAND,
  commandSource,
  UNKNOWN,
  asText,
  carries,
  concat,
  decodeBase64,
  decodeHex,
  isKnown,
  joinPath,
  urljoin,
  withinSkill,
  CREDENTIAL_SOURCE,
  CRON_LISTING,
  DOTENV_SOURCE,
  credentialFile,
  dotenvFile,
  jsonText,
  printable,
  serializedFrom,
  encodedFrom,
  sourcedFrom,
  kindsIn,
  shippedRead,
  shippedTextRead,
  sourced,
  keepsShipped,
  literalJson,
  shippedFile,
  shippedConfig,
  str,
  type Value,
} from '../code/value.js';
import { envValue } from '../code/env.js';

export interface FoldHost {
  /** canonical name of an expression (`os.homedir`, `process.env.HOME`) or undefined */
  resolve(node: ts.Expression): string | undefined;
  /** constant bound to an identifier */
  constant(name: string, at: number): Value | undefined;
  /** called once per decoding of a known string */
  decoded(text: string, how: string, node: ts.Node): void;
  /** the local function an identifier names (for evaluating small pure decoders), if any */
  func?(name: string, at: number): PureFunction | undefined;
  /** called now and then while evaluating functions (may throw when the scan's time is up) */
  tick?(): void;
  /** the folder of this file inside the skill (`''` at its root), when known */
  dir?: string;
  /**
   * what a name imported from another file of the skill holds (`import { RAW } from './env.js'`,
   * `cfg` of `const cfg = require('./config')`, `m.TOKEN`), when that file exports it folded
   */
  imported?(e: ts.Expression): Value | undefined;
  /** what a function imported from another file of the skill returns for these arguments */
  importedCall?(callee: ts.Expression, args: () => readonly Value[]): Value | undefined;
  /** did this file save a response to this path before (what is read from it is downloaded) */
  downloaded?(path: string): boolean;
  /** the text of a file of the skill by its path inside the skill (AnalyzerContext.sibling) */
  sibling?(path: string): string | undefined;
  /** what a dotenv file the skill ships and the code loads sets a variable to (env.ts shippedDotenv) */
  dotenv?(name: string): string | undefined;
}

export type PureFunction = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction;

/** a regular expression literal matching only a leading `~` (`/^~/`, `/^~(?=\/|$)/`) */
const TILDE_PATTERN = /^\/\^~(?:\(\?=[^()]*\))?\/[a-z]*$/;

/**
 * Evaluating local functions with constant arguments (string-array decoders, XOR/char-code
 * helpers, `.map(c => ...)` callbacks) is bounded per file: calls, folding steps inside them,
 * and how deep such calls nest.
 */

const MAX_CALLS = 4_096;
const MAX_STEPS = 150_000;
const MAX_CALL_DEPTH = 6;
/** functions whose returns are being looked at (a function returning its own call is not followed) */
const RETURN_SEEN = new Set<ts.Node>();
/** the expressions each function's block body returns or yields (see returnedOf) */
const RETURNED = new WeakMap<ts.Node, ts.Expression[]>();

/**
 * What a function's block body returns (and a generator's body yields, `yield*` excepted), outside
 * nested functions and classes, in source order. Found once per function: returnsSource asks at
 * every call of a local function, up to four times a call, and walked the whole body each time (a
 * 72 KB bundle spent a third of its scan there).
 */
function returnedOf(fn: PureFunction, body: ts.Block): ts.Expression[] {
  let out = RETURNED.get(fn);
  if (out) return out;
  const found: ts.Expression[] = [];
  const visit = (x: ts.Node): void => {
    if (ts.isFunctionLike(x) || ts.isClassLike(x)) return;
    if (ts.isReturnStatement(x) && x.expression) found.push(x.expression);
    else if (fn.asteriskToken && ts.isYieldExpression(x) && x.expression && !x.asteriskToken)
      found.push(x.expression);
    else ts.forEachChild(x, visit);
  };
  ts.forEachChild(body, visit);
  out = found;
  RETURNED.set(fn, out);
  return out;
}

/** the name an evaluated generator's yielded items are kept under (no identifier can be it) */
const YIELDED = '\0yield';
/** typed arrays built from a list of byte values */
const TYPED_ARRAYS = /^(?:Uint8Array|Int8Array|Uint8ClampedArray|Uint16Array|Uint32Array)$/;
/** function bodies larger than this (in nodes) or with more statements are not evaluated */
const MAX_BODY_NODES = 400;
const MAX_STATEMENTS = 16;
/** callbacks run over at most this many items */
const MAX_MAPPED = 4_096;

interface EvalBudget {
  calls: number;
  steps: number;
  /** invocation results by function and constant arguments */
  memo: Map<string, Value>;
  /** function node → its id for memo keys, or null when it is not evaluable */
  ids: Map<ts.Node, number | null>;
}

function newBudget(): EvalBudget {
  return { calls: MAX_CALLS, steps: MAX_STEPS, memo: new Map(), ids: new Map() };
}

/** `return this` / `return globalThis` (the body of `Function(...)` that hands out the global object) */
export const GLOBAL_RETURN =
  /^\s*return\s*\(?\s*(?:this|globalThis|global|window|self)\s*\)?\s*;?\s*$/;

/** JS ToNumber of a folded value (undefined when not known) */
function toNum(v: Value): number | undefined {
  if (v.kind === 'num') return v.n;
  if (v.kind === 'str' && !v.s.includes(HOLE)) return Number(v.s);
  return undefined;
}

function arith(op: ts.SyntaxKind, a: number, b: number): number | undefined {
  switch (op) {
    case ts.SyntaxKind.MinusToken:
      return a - b;
    case ts.SyntaxKind.AsteriskToken:
      return a * b;
    case ts.SyntaxKind.SlashToken:
      return a / b;
    case ts.SyntaxKind.PercentToken:
      return a % b;
    case ts.SyntaxKind.CaretToken:
      return a ^ b;
    case ts.SyntaxKind.AmpersandToken:
      return a & b;
    case ts.SyntaxKind.BarToken:
      return a | b;
    case ts.SyntaxKind.LessThanLessThanToken:
      return a << b;
    case ts.SyntaxKind.GreaterThanGreaterThanToken:
      return a >> b;
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
      return a >>> b;
  }
  return undefined;
}

/** methods an evaluated function body may call (what the folder computes, no side effects) */
const PURE_METHODS = new Set([
  'map',
  'reduce',
  'join',
  'split',
  'reverse',
  'slice',
  'substr',
  'substring',
  'charAt',
  'at',
  'charCodeAt',
  'codePointAt',
  'fromCharCode',
  'fromCodePoint',
  'from',
  'apply',
  'concat',
  'replace',
  'replaceAll',
  'toString',
  'valueOf',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'push',
]);
/** global functions an evaluated function body may call */
const PURE_FUNCS = new Set([
  'atob',
  'escape',
  'unescape',
  'decodeURIComponent',
  'decodeURI',
  'parseInt',
  'Number',
  'String',
]);

/** lists declared inside an evaluated body: the only ones `push` may change */
const OWNED = new WeakSet<Value>();

/** JS truthiness of a folded value (undefined when not known) */
function truthy(v: Value): boolean | undefined {
  if (v.kind === 'num') return v.n !== 0 && !Number.isNaN(v.n);
  if (v.kind === 'list' || v.kind === 'obj') return true;
  if (isKnown(v)) return v.s !== '' && !(v.computed === undefined && v.s === 'false');
  return undefined;
}

const ARITH_OPS = new Set([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);
const COMPARE_OPS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** a comparison of two numbers as 1 or 0 (only inside evaluated functions: loop conditions) */
function compare(op: ts.SyntaxKind, a: number, b: number): number | undefined {
  switch (op) {
    case ts.SyntaxKind.LessThanToken:
      return +(a < b);
    case ts.SyntaxKind.LessThanEqualsToken:
      return +(a <= b);
    case ts.SyntaxKind.GreaterThanToken:
      return +(a > b);
    case ts.SyntaxKind.GreaterThanEqualsToken:
      return +(a >= b);
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return +(a === b);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return +(a !== b);
  }
  return undefined;
}

function chars(s: string): Value[] | undefined {
  const cs = [...s];
  return cs.length <= MAX_ITEMS ? cs.map((c) => str(c)) : undefined;
}

const MAX_ITEMS = 10_000;
/** the most `yield` operands of a generator folded (yielded) */
const MAX_YIELDS = 16;
/** calls whose result names the user or the machine */
const IDENTITY_CALLS = new Set(['os.hostname', 'os.userInfo', 'os.networkInterfaces']);
/** methods that give the job table's lines back as they are (CRON_LISTING; a filter keeps lines whole) */
const LISTING_KEEPS = new Set(['toString', 'trim', 'trimEnd', 'trimStart', 'filter']);

/** calls that run a command and return its output (or a result with `.stdout`) */
const OUTPUT_CALLS = new Set([
  'child_process.execSync',
  'child_process.execFileSync',
  'child_process.spawnSync',
]);

/** parsers of a config file's text (shippedConfig) */
const PARSES_TEXT =
  /^(?:JSON\.parse|yaml\.(?:parse|load)|js-yaml\.(?:load|safeLoad)|(?:smol-toml|@iarna\/toml|toml|@ltd\/j-toml)\.parse|ini\.(?:parse|decode))$/;

/**
 * calls that read a file a path names (Deno's readers, and Bun's file handle whose `.text()`,
 * `.json()`, `.bytes()` give what fold keeps of its receiver)
 */
const SHIPPED_READS =
  /^(?:require|fs\.(?:readFileSync|readFile|promises\.readFile)|fs\/promises\.readFile|fsp\.readFile|Deno\.read(?:Text)?File(?:Sync)?|Bun\.file)$/;

/**
 * calls whose result is a response from the network: what is read from it is downloaded data
 * (`source: 'remote'`), kept by what is made of it (`.then(r => r.arrayBuffer())`, `.text()`,
 * `Buffer.from(…)`), as Python's fold marks a requests/urllib response
 */
const DOWNLOADED =
  /^(?:fetch|node-fetch|undici\.(?:fetch|request)|axios(?:\.(?:get|post|request))?|got(?:\.(?:get|post))?|ky(?:\.(?:get|post))?|superagent\.(?:get|post))$/;

/**
 * calls that keep text whole (encoders, compressors, conversions): what they return of the skill's
 * own dotenv text is still all of it (see DOTENV_SOURCE); parsers (`dotenv.parse`) are left out
 */
const KEEPS_DOTENV =
  /^(?:Buffer\.(?:from|concat)|encodeURIComponent|encodeURI|escape|btoa|String|zlib\.(?:gzipSync|deflateSync|deflateRawSync|brotliCompressSync))$/;

/**
 * methods that tell a size, a position or a yes/no of a text and none of its content
 * (`text.includes('registry=')`): a credential file's secrets do not pass through them
 */
/**
 * calls that return a session of the user's signed-in account with its access token (VS Code's
 * `authentication.getSession('github', …)`): what is made of it is traced like a credential
 * file's text, so posting `session.accessToken` anywhere is exfiltration cap-exfiltration judges
 */
const SESSION_CALLS = new Set(['vscode.authentication.getSession']);

const TELLS_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'search',
  'test',
  'has',
  'some',
  'every',
  'existsSync',
]);

/** methods of text or a buffer that give all of it back (`.trim()`, `.toString('base64')`) */
const WHOLE_TEXT_METHODS = new Set([
  'toString',
  'valueOf',
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'normalize',
  'replace',
  'replaceAll',
  'concat',
  'toJSON',
]);

/**
 * a path of a data file of the skill's own: under the script's folder (`__dirname`), or relative
 * for `require` (which resolves from the module's folder); code files (.js, .py, …) are not data
 */
/** a JSON, YAML or TOML file named by a bare relative path (`settings.yaml`, `conf/app.json`) */
const RELATIVE_CONFIG = /^(?:\.\/)?[\w-][\w.-]*(?:\/[\w.-]+)*\.(?:json|ya?ml|toml)$/i;

function shippedData(p: Value, relative: boolean): boolean {
  return (
    p.kind === 'str' &&
    (p.s.startsWith('$SKILL') || (relative && /^\.\.?\//.test(p.s))) &&
    !p.s.includes(HOLE) &&
    !/\.(?:[cm]?[jt]sx?|node|py|sh|rb|pl|php|lua)$/i.test(p.s) &&
    (relative ? /\.\w+$/.test(p.s) : true)
  );
}

export class Folder {
  private readonly memo = new Map<ts.Node, Value>();
  private depth = 0;

  /**
   * @param budget shared by a file's folders (evaluated calls and their folding steps)
   * @param callDepth how many evaluated calls this folder is nested in (0: not inside one)
   */
  constructor(
    private readonly host: FoldHost,
    private readonly budget: EvalBudget = newBudget(),
    private readonly callDepth = 0,
    /** the file's scope: where named local functions are evaluated */
    private readonly root: FoldHost = host,
  ) {}

  /** what a function of this file returns for folded arguments (bounded like any evaluation) */
  returnOf(fn: PureFunction, args: readonly Value[], at: ts.Node): Value {
    return this.invoke({ fn, named: true }, args, at, false, true);
  }

  /** a folder for other code of the same file, sharing this one's evaluation budget */
  sibling(host: FoldHost): Folder {
    return new Folder(host, this.budget, this.callDepth, this.root);
  }

  fold(node: ts.Node): Value {
    const hit = this.memo.get(node);
    if (hit) return hit;
    if (this.depth > 200) return UNKNOWN;
    if (this.callDepth) {
      if (--this.budget.steps < 0) return UNKNOWN;
      if ((this.budget.steps & 4095) === 0) this.root.tick?.();
    }
    this.depth++;
    let v: Value;
    try {
      v = this.compute(node);
    } finally {
      this.depth--;
    }
    this.memo.set(node, v);
    return v;
  }

  private decoded(text: string | undefined, how: string, node: ts.Node): Value {
    if (text === undefined) return UNKNOWN;
    this.host.decoded(text, how, node);
    return str(text, { computed: true, decodedFrom: how });
  }

  private compute(n: ts.Node): Value {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return str(n.text);
    if (ts.isNumericLiteral(n)) return { kind: 'num', n: Number(n.text) };
    if (n.kind === ts.SyntaxKind.TrueKeyword) return str('true');
    if (n.kind === ts.SyntaxKind.FalseKeyword) return str('false');
    if (ts.isTemplateExpression(n)) {
      const parts: Value[] = [str(n.head.text)];
      for (const s of n.templateSpans) parts.push(this.fold(s.expression), str(s.literal.text));
      return concat(parts);
    }
    if (
      ts.isParenthesizedExpression(n) ||
      ts.isAsExpression(n) ||
      ts.isNonNullExpression(n) ||
      ts.isSatisfiesExpression(n) ||
      ts.isTypeAssertionExpression(n) ||
      ts.isAwaitExpression(n)
    ) {
      return this.fold(n.expression);
    }
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) {
        const l = this.fold(n.left);
        const r = this.fold(n.right);
        if (l.kind === 'num' && r.kind === 'num') return { kind: 'num', n: l.n + r.n };
        if (l.kind === 'str' || r.kind === 'str') return concat([l, r]);
        return UNKNOWN;
      }
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        const l = this.fold(n.left);
        return l.kind !== 'unknown' ? l : this.fold(n.right);
      }
      // `(0, f)(x)`: the comma operator's value is its right operand
      if (op === ts.SyntaxKind.CommaToken) return this.fold(n.right);
      // numbers only: arithmetic, and comparisons inside evaluated functions (loop conditions)
      if (!(ARITH_OPS.has(op) || (this.callDepth && COMPARE_OPS.has(op)))) return UNKNOWN;
      const l = toNum(this.fold(n.left));
      const r = l === undefined ? undefined : toNum(this.fold(n.right));
      const v =
        l === undefined || r === undefined
          ? undefined
          : (arith(op, l, r) ?? (this.callDepth ? compare(op, l, r) : undefined));
      return v === undefined ? UNKNOWN : { kind: 'num', n: v };
    }
    if (
      ts.isPrefixUnaryExpression(n) &&
      (n.operator === ts.SyntaxKind.MinusToken ||
        n.operator === ts.SyntaxKind.PlusToken ||
        n.operator === ts.SyntaxKind.TildeToken)
    ) {
      const v = toNum(this.fold(n.operand));
      if (v === undefined) return UNKNOWN;
      if (n.operator === ts.SyntaxKind.MinusToken) return { kind: 'num', n: -v };
      if (n.operator === ts.SyntaxKind.PlusToken) return { kind: 'num', n: v };
      if (n.operator === ts.SyntaxKind.TildeToken) return { kind: 'num', n: ~v };
      return UNKNOWN;
    }
    if (ts.isIdentifier(n)) {
      if (n.text === '__dirname') return str('$SKILL', { computed: true });
      if (n.text === '__filename') return str('$SKILL/script', { computed: true });
      // a name bound to an environment variable: `const { OPENAI_API_KEY, HOME } = process.env`
      return (
        this.host.constant(n.text, n.pos) ??
        this.envValue(this.host.resolve(n)) ??
        this.root.imported?.(n) ??
        UNKNOWN
      );
    }
    if (ts.isArrayLiteralExpression(n)) {
      if (n.elements.length > MAX_ITEMS) return UNKNOWN;
      const items: Value[] = [];
      for (const e of n.elements) {
        if (!ts.isSpreadElement(e)) items.push(this.fold(e));
        else {
          // `[...args]` spreads a list that folds (bounded: repeated spreads could double)
          const inner = this.fold(e.expression);
          if (inner.kind === 'list') items.push(...inner.items.slice(0, MAX_ITEMS));
          else if (isKnown(inner)) items.push(...(chars(inner.s) ?? [UNKNOWN]));
          // the items of data of a kind (`[...lines()]` of a generator's yields) carry it
          else items.push(kindsIn([inner]).length ? inner : UNKNOWN);
        }
        if (items.length > MAX_ITEMS) return UNKNOWN;
      }
      return { kind: 'list', items };
    }
    if (ts.isObjectLiteralExpression(n)) {
      const props = new Map<string, Value>();
      for (const p of n.properties) {
        if (ts.isPropertyAssignment(p)) {
          const key = ts.isComputedPropertyName(p.name)
            ? this.fold(p.name.expression)
            : str(p.name.getText().replace(/^['"]|['"]$/g, ''));
          if (isKnown(key)) props.set(key.s, this.fold(p.initializer));
          else props.set(HOLE, UNKNOWN);
        } else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, this.fold(p.name));
        else if (ts.isSpreadAssignment(p)) {
          // `{ ...base }` keeps what `base` folds to; otherwise an unknown entry (HOLE key)
          const inner = this.fold(p.expression);
          if (inner.kind === 'obj' && inner.props.size <= 256)
            for (const [k, v] of inner.props) props.set(k, v);
          else props.set(HOLE, UNKNOWN);
        } else props.set(HOLE, UNKNOWN);
      }
      return { kind: 'obj', props };
    }
    // `import.meta.url` / `.filename` name the running script, `.dirname` its folder: the skill's
    if (ts.isPropertyAccessExpression(n) && ts.isMetaProperty(n.expression)) {
      if (n.expression.keywordToken !== ts.SyntaxKind.ImportKeyword) return UNKNOWN;
      if (n.name.text === 'dirname') return str('$SKILL', { computed: true });
      if (n.name.text === 'url' || n.name.text === 'filename')
        return str('$SKILL/script', { computed: true });
      return UNKNOWN;
    }
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      const canon = this.host.resolve(n);
      const env = this.envValue(canon);
      if (env) return env;
      // the runtime running the script: `spawn(process.execPath, ['-e', code])` runs JavaScript
      if (canon === 'process.execPath' || canon === 'process.argv0') return str('node');
      const imported = ts.isPropertyAccessExpression(n) ? this.root.imported?.(n) : undefined;
      if (imported) return imported;
      const base = this.fold(n.expression);
      // `os.userInfo().username`, `spawnSync('whoami').stdout` (a piece of the skill's own
      // dotenv text, `m[1]` of a match, is one value)
      // (the length of a credential file's text tells nothing of it)
      if (base.kind === 'str' && base.source)
        return base.source === DOTENV_SOURCE ||
          (base.source === CREDENTIAL_SOURCE &&
            ts.isPropertyAccessExpression(n) &&
            n.name.text === 'length')
          ? UNKNOWN
          : base;
      const key = ts.isPropertyAccessExpression(n)
        ? str(n.name.text)
        : this.fold(n.argumentExpression);
      if (base.kind === 'obj' && isKnown(key)) return base.props.get(key.s) ?? UNKNOWN;
      if (base.kind === 'list') {
        if (key.kind === 'num') return base.items[key.n] ?? UNKNOWN;
        if (!isKnown(key)) return UNKNOWN;
        if (key.s === 'length') return { kind: 'num', n: base.items.length };
        // `arr['0x1']` and `arr['1']` index like `arr[1]`
        const index = key.s ? Number(key.s) : NaN;
        return Number.isInteger(index) ? (base.items[index] ?? UNKNOWN) : UNKNOWN;
      }
      if (base.kind === 'str' && key.kind === 'str' && key.s === 'length' && isKnown(base))
        return { kind: 'num', n: base.s.length };
      // a URL's whole text or its origin (`new URL(p, base).href`, `.origin`): the URL folds to
      // its text, so these keep its host
      if (base.kind === 'str' && key.kind === 'str' && /^(?:href|origin)$/.test(key.s)) {
        const url = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(base.s);
        if (url) return key.s === 'href' ? base : { ...base, s: url[0] };
      }
      if (base.kind === 'str' && key.kind === 'num')
        return base.s[key.n] !== undefined ? str(base.s[key.n] as string) : UNKNOWN;
      return UNKNOWN;
    }
    if (ts.isNewExpression(n)) {
      const canon = this.host.resolve(n.expression);
      // `new URL('./.env', import.meta.url)`: a file beside the script, in the skill
      if (canon === 'URL' && n.arguments?.[1]) {
        const ref = this.fold(n.arguments[0] as ts.Expression);
        const base = this.fold(n.arguments[1]);
        if (
          base.kind === 'str' &&
          base.s === '$SKILL/script' &&
          ref.kind === 'str' &&
          /^\.{1,2}(?:\/|$)|^[\w-][^:]*$/.test(ref.s)
        )
          return withinSkill(joinPath([str('$SKILL', { computed: true }), ref]), this.root.dir);
        // `new URL('/v1/x', 'https://api.example.com')`: the reference resolved against the base
        // URL, whose host it keeps unless it names its own (`//host/…`, `https://host/…`)
        if (base.kind === 'str' && /^[a-z][a-z0-9+.-]*:\/\//i.test(base.s) && ref.kind === 'str')
          return urljoin(base, ref);
      }
      if ((canon === 'URL' || canon === 'String') && n.arguments?.[0])
        return this.fold(n.arguments[0]);
      // `new Request(url, { method, body })`: its options with the URL (fetch(req) reads them)
      if (canon === 'Request' && n.arguments?.[0]) {
        const init = n.arguments[1]
          ? this.fold(n.arguments[1])
          : { kind: 'obj' as const, props: new Map() };
        if (init.kind === 'obj')
          return {
            kind: 'obj',
            props: new Map([...init.props, ['url', this.fold(n.arguments[0])]]),
          };
      }
      // `new Blob([text])`, `new File([text], name)`: the text whole, in a file-like object
      if ((canon === 'Blob' || canon === 'File') && n.arguments?.[0]) {
        const parts = this.fold(n.arguments[0]);
        if (carries(parts, DOTENV_SOURCE)) return sourced(DOTENV_SOURCE);
      }
      if (canon === 'URLSearchParams' && n.arguments?.[0]) {
        return encodedFrom(this.fold(n.arguments[0]));
      }
      // `new Set([…])`: the list of its items (`add` in the walk adds to it)
      if (
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'Set' &&
        !canon &&
        !this.host.constant('Set', n.pos)
      ) {
        const init = n.arguments?.[0]
          ? this.fold(n.arguments[0])
          : { kind: 'list' as const, items: [] };
        return init.kind === 'list' && init.items.length <= MAX_ITEMS
          ? { kind: 'list', items: [...init.items] }
          : UNKNOWN;
      }
      // `new Map([['u', '…'], …])`: an object of those keys (get/values/keys read it, method)
      if (
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'Map' &&
        !canon &&
        !this.host.constant('Map', n.pos)
      ) {
        const init = n.arguments?.[0]
          ? this.fold(n.arguments[0])
          : { kind: 'list' as const, items: [] };
        if (init.kind !== 'list' || init.items.length > MAX_ITEMS) return UNKNOWN;
        const props = new Map<string, Value>();
        for (const e of init.items) {
          const k = e.kind === 'list' ? e.items[0] : undefined;
          if (!k || !isKnown(k) || e.kind !== 'list') return UNKNOWN;
          props.set(k.s, e.items[1] ?? UNKNOWN);
        }
        return { kind: 'obj', props };
      }
      // `new Uint8Array([99, 117, …])`: the byte values listed (TextDecoder.decode reads them)
      if (canon && TYPED_ARRAYS.test(canon) && n.arguments?.[0]) {
        const v = this.fold(n.arguments[0]);
        return v.kind === 'list' && v.items.every((x) => x.kind === 'num') ? v : UNKNOWN;
      }
      return UNKNOWN;
    }
    if (ts.isCallExpression(n)) return this.call(n);
    if (n.kind === ts.SyntaxKind.ThisKeyword) return this.thisValue(n);
    return UNKNOWN;
  }

  /** the classes (or their static sides) whose `this` is being folded: a field read by a field */
  private readonly building = new Set<ts.Node>();

  /**
   * `this` in a method: the object literal the method is written in, or, in a class, an object of
   * the fields the class gives constant values (`url = '…'`, `this.url = '…'` in its constructor;
   * a field also assigned in another method is unknown); in a static method, the static fields
   */
  private thisValue(n: ts.Node): Value {
    let f: ts.Node | undefined = n.parent;
    while (f && ts.isArrowFunction(f)) f = f.parent;
    while (
      f &&
      !ts.isFunctionLike(f) &&
      !ts.isPropertyDeclaration(f) &&
      !ts.isClassStaticBlockDeclaration(f) &&
      !ts.isSourceFile(f)
    ) {
      f = f.parent;
      while (f && ts.isArrowFunction(f)) f = f.parent;
    }
    if (!f || ts.isSourceFile(f)) return UNKNOWN;
    const holder =
      ts.isFunctionExpression(f) && ts.isPropertyAssignment(f.parent) ? f.parent.parent : f.parent;
    if (ts.isObjectLiteralExpression(holder)) return this.fold(holder);
    if (!ts.isClassLike(holder)) return UNKNOWN;
    const isStatic =
      ts.isClassStaticBlockDeclaration(f) ||
      (ts.canHaveModifiers(f) &&
        !!ts.getModifiers(f)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));
    return this.classFields(holder, isStatic);
  }

  private readonly classMemo = new Map<string, Value>();

  private classFields(c: ts.ClassLikeDeclaration, isStatic: boolean): Value {
    const id = `${c.pos}:${isStatic ? 's' : 'i'}`;
    const hit = this.classMemo.get(id);
    if (hit) return hit;
    if (this.building.has(c) || c.members.length > MAX_ITEMS) return UNKNOWN;
    this.building.add(c);
    const props = new Map<string, Value>([[HOLE, UNKNOWN]]);
    try {
      const staticOf = (m: ts.Node) =>
        ts.canHaveModifiers(m) &&
        !!ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      const assigned = new Map<string, Array<ts.Expression | undefined>>();
      for (const m of c.members) {
        if (
          ts.isPropertyDeclaration(m) &&
          staticOf(m) === isStatic &&
          m.initializer &&
          ts.isIdentifier(m.name)
        )
          assigned.set(m.name.text, [m.initializer]);
        // `this.x = …` in any method (of this side of the class): in the constructor a value,
        // anywhere else the field changes
        if (
          (ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m) || ts.isAccessor(m)) &&
          m.body &&
          staticOf(m) === isStatic
        ) {
          const inCtor = ts.isConstructorDeclaration(m);
          const visit = (x: ts.Node): void => {
            if (
              ts.isBinaryExpression(x) &&
              ts.isPropertyAccessExpression(x.left) &&
              x.left.expression.kind === ts.SyntaxKind.ThisKeyword
            ) {
              const name = x.left.name.text;
              const top =
                inCtor &&
                x.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
                ts.isExpressionStatement(x.parent) &&
                x.parent.parent === m.body;
              const list = assigned.get(name) ?? [];
              list.push(top ? x.right : undefined);
              assigned.set(name, list);
            }
            ts.forEachChild(x, visit);
          };
          visit(m.body);
        }
      }
      for (const [name, list] of assigned) {
        const only = list.length === 1 ? list[0] : undefined;
        props.set(name, only ? this.fold(only) : UNKNOWN);
      }
    } finally {
      this.building.delete(c);
    }
    const v: Value = { kind: 'obj', props };
    this.classMemo.set(id, v);
    return v;
  }

  /** the folded arguments of a call, spreads of folded lists and strings expanded */
  private argValues(args: readonly ts.Expression[]): Value[] | undefined {
    const out: Value[] = [];
    for (const x of args) {
      if (!ts.isSpreadElement(x)) out.push(this.fold(x));
      else {
        const v = this.fold(x.expression);
        const items = v.kind === 'list' ? v.items : isKnown(v) ? chars(v.s) : undefined;
        if (!items) return undefined;
        out.push(...items);
      }
      if (out.length > MAX_ITEMS) return undefined;
    }
    return out;
  }

  /**
   * the function a callee names: written in place (a callback, an IIFE: evaluated in this scope),
   * or a local function named (evaluated in the file's scope)
   */
  private callee(e: ts.Expression): { fn: PureFunction; named: boolean } | undefined {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return { fn: e, named: false };
    const fn = ts.isIdentifier(e) ? this.host.func?.(e.text, e.pos) : undefined;
    return fn ? { fn, named: true } : undefined;
  }

  /**
   * a callee an evaluated body may call: a computing method or builtin, a local function, or a
   * call that runs a command for its output (OUTPUT_CALLS)
   */
  private pureCallee(e: ts.Expression): boolean {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    // a command's output (`execFileSync('gh', ['auth', 'token'])`): folding labels it, runs nothing
    const canon =
      ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) ? this.host.resolve(e) : undefined;
    if (canon && OUTPUT_CALLS.has(canon)) return true;
    if (ts.isPropertyAccessExpression(e)) return PURE_METHODS.has(e.name.text);
    if (ts.isElementAccessExpression(e)) {
      // `String['fromCharCode']`, `s['charAt']`
      const k = e.argumentExpression;
      return ts.isStringLiteral(k) && PURE_METHODS.has(k.text);
    }
    if (ts.isIdentifier(e)) return PURE_FUNCS.has(e.text) || !!this.host.func?.(e.text, e.pos);
    return ts.isArrowFunction(e) || ts.isFunctionExpression(e);
  }

  /** an id for a function that may be evaluated (small body of declarations, assignments, return) */
  private evaluable(fn: PureFunction, loose = false): number | undefined {
    const known = loose ? undefined : this.budget.ids.get(fn);
    if (known !== undefined) return known ?? undefined;
    let nodes = 0;
    // only calls the folder computes (string and list methods, decoders, other local
    // functions): a body that does anything else (I/O, processes) is not evaluated; `loose`
    // (what a function of another file returns: folding runs nothing) takes any call
    let pure = true;
    const count = (x: ts.Node): void => {
      if (++nodes > MAX_BODY_NODES || !pure) return;
      if (loose) {
        if (ts.isYieldExpression(x) || ts.isDeleteExpression(x)) pure = false;
      } else if (ts.isCallExpression(x)) pure = this.pureCallee(x.expression);
      // a generator's `yield v;` statements give the items it makes (step)
      else if (
        ts.isYieldExpression(x) &&
        fn.asteriskToken &&
        !x.asteriskToken &&
        ts.isExpressionStatement(x.parent)
      )
        pure = true;
      else if (
        ts.isNewExpression(x) ||
        ts.isTaggedTemplateExpression(x) ||
        ts.isAwaitExpression(x) ||
        ts.isYieldExpression(x) ||
        ts.isDeleteExpression(x)
      )
        pure = false;
      if (pure) ts.forEachChild(x, count);
    };
    count(fn);
    const simpleParams = fn.parameters.every((p) => ts.isIdentifier(p.name));
    const body = fn.body;
    // statements `run` can take, and at least one return
    let returns = false;
    const runnable = (st: ts.Statement): boolean => {
      if (ts.isReturnStatement(st)) return (returns = true);
      if (ts.isBlock(st)) return st.statements.every(runnable);
      if (ts.isForStatement(st) || ts.isForOfStatement(st)) return runnable(st.statement);
      return ts.isVariableStatement(st) || ts.isExpressionStatement(st) || ts.isEmptyStatement(st);
    };
    const ok =
      !!body &&
      pure &&
      nodes <= MAX_BODY_NODES &&
      simpleParams &&
      (!fn.asteriskToken || !loose) &&
      (loose || !fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) &&
      (!ts.isBlock(body) ||
        (body.statements.length <= MAX_STATEMENTS &&
          body.statements.every(runnable) &&
          (returns || !!fn.asteriskToken)));
    if (loose) return ok ? -1 : undefined;
    const id = ok ? this.budget.ids.size : null;
    this.budget.ids.set(fn, id);
    return id ?? undefined;
  }

  /**
   * The value of a call of a small local function with folded arguments: parameters bound, the
   * body run as `const`/`let`/`var` declarations, assignments to its own names and a `return`
   * (anything else: unknown). No side effects are run; bounded by the file's budget.
   */
  private invoke(
    target: { fn: PureFunction; named: boolean },
    args: readonly Value[],
    at: ts.Node,
    report = true,
    loose = false,
  ): Value {
    const fn = target.fn;
    const id = this.evaluable(fn, loose);
    if (id === undefined || this.callDepth >= MAX_CALL_DEPTH) return UNKNOWN;
    let key: string | undefined;
    // a named function sees only its arguments and the file's constants: its results are reused
    if (
      !loose &&
      target.named &&
      args.length <= 4 &&
      args.every((x) => x.kind === 'num' || (isKnown(x) && x.s.length < 64))
    )
      key = `${id}\0${args.map((x) => (x.kind === 'num' ? `n${x.n}` : `s${asText(x)}`)).join('\0')}`;
    const hit = key !== undefined ? this.budget.memo.get(key) : undefined;
    if (hit) return hit;
    if (--this.budget.calls < 0) return UNKNOWN;
    const env = new Map<string, Value>();
    const host = target.named ? this.root : this.host;
    const inner = this.scoped(host, env);
    fn.parameters.forEach((p, i) => {
      const name = (p.name as ts.Identifier).text;
      if (p.dotDotDotToken) env.set(name, { kind: 'list', items: args.slice(i) });
      else env.set(name, args[i] ?? (p.initializer ? inner.fold(p.initializer) : UNKNOWN));
    });
    let v = UNKNOWN;
    const body = fn.body as ts.ConciseBody;
    if (fn.asteriskToken && ts.isBlock(body)) {
      // a generator: the list of what it yields until it returns (`[...parts()]`)
      const made: Value = { kind: 'list', items: [] };
      OWNED.add(made);
      env.set(YIELDED, made);
      v = inner.run(body.statements, env) === null ? UNKNOWN : made;
    } else if (!ts.isBlock(body)) v = inner.fold(body);
    else v = inner.run(body.statements, env) ?? UNKNOWN;
    if (key !== undefined) this.budget.memo.set(key, v);
    if (report && v.kind === 'str' && v.decodedFrom && isKnown(v))
      host.decoded(v.s, v.decodedFrom, at);
    return v;
  }

  /**
   * What a call of a local generator gives (`async function* lines() { … yield l }`): the data
   * its `yield`s carry (the operands folded where they stand, a few), else unknown
   */
  private yielded(fn: PureFunction): Value {
    const values: Value[] = [];
    const visit = (x: ts.Node): void => {
      if (values.length >= MAX_YIELDS || ts.isFunctionLike(x)) return;
      if (ts.isYieldExpression(x) && x.expression) values.push(this.fold(x.expression));
      ts.forEachChild(x, visit);
    };
    if (fn.body) ts.forEachChild(fn.body, visit);
    return sourcedFrom(values);
  }

  /**
   * What an environment variable's canonical name (`process.env.NAME`, Bun's `Bun.env.NAME`,
   * also reached through a destructured binding) folds to (code/env.ts); undefined for anything
   * else.
   */
  private envValue(canon: string | undefined): Value | undefined {
    const name = canon && /^(?:process|Bun)\.env\.(.+)$/.exec(canon)?.[1];
    if (!name) return undefined;
    // or the place a dotenv file the skill ships and the code loads sets it to (env.ts)
    const shipped = this.root.dotenv?.(name);
    return shipped === undefined ? envValue(name) : str(shipped, { computed: true });
  }

  /**
   * a folder one evaluated call deeper, where `env`'s names are the evaluated code's own
   * (decodings inside are not reported: only a call's result is)
   */
  private scoped(host: FoldHost, env: Map<string, Value>): Folder {
    const own = (e: ts.Expression): boolean => {
      let b = e;
      while (ts.isPropertyAccessExpression(b) || ts.isElementAccessExpression(b)) b = b.expression;
      return ts.isIdentifier(b) && env.has(b.text);
    };
    return new Folder(
      {
        resolve: (x) => (own(x) ? undefined : host.resolve(x)),
        constant: (name, pos) => (env.has(name) ? env.get(name) : host.constant(name, pos)),
        decoded: () => {},
        func: (name, pos) => (env.has(name) ? undefined : host.func?.(name, pos)),
      },
      this.budget,
      this.callDepth + 1,
      this.root,
    );
  }

  /**
   * A loop outside any function (`let s = ''; for (const c of codes) s += String.fromCharCode(c ^
   * 7)`) run on the values its names hold before it: what `names` hold after it, or undefined
   * when the loop does anything the evaluator does not take (then they stay unknown).
   */
  runLoop(
    st: ts.ForStatement | ts.ForOfStatement,
    names: readonly string[],
  ): Map<string, Value> | undefined {
    const env = new Map<string, Value>();
    for (const name of names) {
      const v = this.host.constant(name, st.pos) ?? UNKNOWN;
      if (v.kind === 'list') {
        const copy: Value = { kind: 'list', items: [...v.items] };
        OWNED.add(copy);
        env.set(name, copy);
      } else env.set(name, v);
    }
    return this.scoped(this.host, env).step(st, env) === undefined ? env : undefined;
  }

  /** a folder for the next pass over the same code (a loop's body), same scope and budget */
  private fresh(): Folder {
    return new Folder(this.host, this.budget, this.callDepth, this.root);
  }

  /**
   * Statements of an evaluated body, run in order: declarations, assignments to its own names,
   * `list.push(x)` on its own lists, blocks, `for (init; cond; step)` and `for (const x of
   * items)` loops (bounded), `return`. Returns the returned value, undefined when the statements
   * ran to their end, null for anything else.
   */
  private run(
    statements: readonly ts.Statement[],
    env: Map<string, Value>,
  ): Value | null | undefined {
    for (const st of statements) {
      const r = this.step(st, env);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  private step(st: ts.Statement, env: Map<string, Value>): Value | null | undefined {
    if (ts.isVariableStatement(st)) return this.declare(st.declarationList, env);
    if (ts.isReturnStatement(st)) return st.expression ? this.fold(st.expression) : UNKNOWN;
    if (ts.isBlock(st)) return this.run(st.statements, env);
    if (ts.isEmptyStatement(st)) return undefined;
    if (ts.isExpressionStatement(st) && ts.isYieldExpression(st.expression)) {
      const made = env.get(YIELDED);
      if (made?.kind !== 'list' || made.items.length >= MAX_ITEMS) return null;
      made.items.push(st.expression.expression ? this.fold(st.expression.expression) : UNKNOWN);
      return undefined;
    }
    if (ts.isExpressionStatement(st))
      return ts.isStringLiteral(st.expression) ? undefined : this.update(st.expression, env);
    if (ts.isForStatement(st)) {
      const init = st.initializer;
      if (init && ts.isVariableDeclarationList(init)) {
        if (this.declare(init, env) === null) return null;
      } else if (init && this.update(init, env) === null) return null;
      for (let i = 0; ; i++) {
        if (i >= MAX_MAPPED || this.budget.steps <= 0) return null;
        const pass = this.fresh();
        if (st.condition) {
          const go = truthy(pass.fold(st.condition));
          if (go === undefined) return null;
          if (!go) return undefined;
        }
        const r = pass.step(st.statement, env);
        if (r !== undefined) return r;
        if (st.incrementor && pass.update(st.incrementor, env) === null) return null;
      }
    }
    if (ts.isForOfStatement(st)) {
      const decl = st.initializer;
      const d = ts.isVariableDeclarationList(decl) ? decl.declarations[0] : undefined;
      if (
        !d ||
        !ts.isIdentifier(d.name) ||
        (decl as ts.VariableDeclarationList).declarations.length !== 1
      )
        return null;
      const v = this.fold(st.expression);
      const items = v.kind === 'list' ? v.items : isKnown(v) ? chars(v.s) : undefined;
      if (!items || items.length > MAX_MAPPED) return null;
      for (const item of items) {
        if (this.budget.steps <= 0) return null;
        env.set(d.name.text, item);
        const r = this.fresh().step(st.statement, env);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    return null;
  }

  private declare(list: ts.VariableDeclarationList, env: Map<string, Value>): null | undefined {
    for (const d of list.declarations) {
      if (ts.isArrayBindingPattern(d.name)) {
        // `const [bin, ...args] = cmd.split(' ')`: each name its item, a rest the items after
        const v = d.initializer ? this.fold(d.initializer) : UNKNOWN;
        const items = v.kind === 'list' ? v.items : undefined;
        for (const [i, el] of d.name.elements.entries()) {
          if (ts.isOmittedExpression(el)) continue;
          if (!ts.isIdentifier(el.name) || el.propertyName) return null;
          const item = el.dotDotDotToken
            ? items
              ? { kind: 'list' as const, items: items.slice(i) }
              : UNKNOWN
            : (items?.[i] ?? UNKNOWN);
          env.set(el.name.text, item);
        }
        continue;
      }
      if (!ts.isIdentifier(d.name)) return null;
      const v = d.initializer ? this.fold(d.initializer) : UNKNOWN;
      // a list made here may be pushed to: its own copy
      if (v.kind === 'list') {
        const own: Value = { kind: 'list', items: [...v.items] };
        OWNED.add(own);
        env.set(d.name.text, own);
      } else env.set(d.name.text, v);
    }
    return undefined;
  }

  /** `x = e`, `x += e`, `x -= e`, `x++`, `--x`, `xs.push(e)` on names of the evaluated body */
  private update(e: ts.Expression, env: Map<string, Value>): null | undefined {
    if (ts.isParenthesizedExpression(e)) return this.update(e.expression, env);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken)
      return this.update(e.left, env) === null ? null : this.update(e.right, env);
    if (
      (ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) &&
      ts.isIdentifier(e.operand) &&
      env.has(e.operand.text)
    ) {
      const n = toNum(env.get(e.operand.text) ?? UNKNOWN);
      const d =
        e.operator === ts.SyntaxKind.PlusPlusToken
          ? 1
          : e.operator === ts.SyntaxKind.MinusMinusToken
            ? -1
            : 0;
      if (n === undefined || !d) return null;
      env.set(e.operand.text, { kind: 'num', n: n + d });
      return undefined;
    }
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === 'push' &&
      ts.isIdentifier(e.expression.expression)
    ) {
      const list = env.get(e.expression.expression.text);
      const vals = list?.kind === 'list' ? this.argValues(e.arguments) : undefined;
      if (
        list?.kind !== 'list' ||
        !OWNED.has(list) ||
        !vals ||
        list.items.length + vals.length > MAX_ITEMS
      )
        return null;
      list.items.push(...vals);
      return undefined;
    }
    if (!ts.isBinaryExpression(e) || !ts.isIdentifier(e.left) || !env.has(e.left.text)) return null;
    const name = e.left.text;
    const op = e.operatorToken.kind;
    const r = this.fold(e.right);
    const l = env.get(name) ?? UNKNOWN;
    if (op === ts.SyntaxKind.EqualsToken) env.set(name, r);
    else if (op === ts.SyntaxKind.PlusEqualsToken)
      env.set(
        name,
        l.kind === 'num' && r.kind === 'num'
          ? { kind: 'num', n: l.n + r.n }
          : l.kind === 'str' || r.kind === 'str'
            ? concat([l, r])
            : UNKNOWN,
      );
    else {
      const a = toNum(l);
      const b = toNum(r);
      const compound: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
        [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
        [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
        [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
        [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
      };
      const base = compound[op];
      const v =
        a === undefined || b === undefined || base === undefined ? undefined : arith(base, a, b);
      if (v === undefined) return null;
      env.set(name, { kind: 'num', n: v });
    }
    return undefined;
  }

  /** `list.map(cb)`, `list.reduce(cb, init)`...: the callback evaluated on each item */
  private callback(
    m: string,
    items: readonly Value[],
    cbNode: ts.Expression | undefined,
    init: ts.Expression | undefined,
    at: ts.Node,
  ): Value {
    const fn = cbNode ? this.callee(cbNode) : undefined;
    if (!fn || items.length > MAX_MAPPED || items.length > this.budget.calls) return UNKNOWN;
    if (m === 'map') {
      const out: Value[] = [];
      for (let i = 0; i < items.length; i++) {
        const v = this.invoke(fn, [items[i] as Value, { kind: 'num', n: i }], at, false);
        if (v.kind === 'unknown') return UNKNOWN;
        out.push(v);
      }
      return { kind: 'list', items: out };
    }
    if (m === 'reduce') {
      let acc = init ? this.fold(init) : items[0];
      for (let i = init ? 0 : 1; i < items.length && acc; i++) {
        acc = this.invoke(fn, [acc, items[i] as Value, { kind: 'num', n: i }], at, false);
        if (acc.kind === 'unknown') return UNKNOWN;
      }
      return acc ?? UNKNOWN;
    }
    return UNKNOWN;
  }

  /**
   * `JSON.parse(fs.readFileSync(<a JSON file of the skill's own>, 'utf8'))`, `YAML.parse(…)` of a
   * YAML one, `TOML.parse` / `ini.parse` of a TOML or INI one, the text read in place or kept in a
   * name first: its values (shippedConfig)
   */
  private parsedShipped(n: ts.CallExpression): Value | undefined {
    const text = n.arguments[0];
    if (!text || !this.host.sibling || ts.isSpreadElement(text)) return undefined;
    const canon = this.host.resolve(n.expression);
    if (!canon || !PARSES_TEXT.test(canon)) return undefined;
    // the text read in place or kept in a name first (`const raw = fs.readFileSync(p, 'utf8')`)
    const t = this.fold(text);
    return t.kind === 'str' && t.file ? this.shippedConfig(t.file) : undefined;
  }

  private call(n: ts.CallExpression): Value {
    const parsed = this.parsedShipped(n);
    if (parsed) return parsed;
    const v = keepsShipped(this.callValue(n), () => [
      ...(ts.isPropertyAccessExpression(n.expression) ? [this.fold(n.expression.expression)] : []),
      ...n.arguments.filter((a) => !ts.isSpreadElement(a)).map((a) => this.fold(a)),
    ]);
    return v.kind === 'unknown' || (v.kind === 'str' && v.s === HOLE && !v.source)
      ? (this.passedOn(n) ?? v)
      : v;
  }

  /** the values of a JSON or YAML file of the skill's own at `path` (value.ts shippedConfig) */
  private shippedConfig(path: string): Value | undefined {
    const file = shippedFile(path, this.host.dir, this.host.sibling);
    return file && shippedConfig(file.path, file.text);
  }

  /**
   * What a call folds to nothing else says of: a data file of the skill's own read
   * (`require('../config/x.json')`, `fs.readFileSync(path.join(__dirname, 'data.bin'))`), and
   * anything made of what was read from one (`JSON.parse(text)`, `buf.toString()`) or of a
   * secret-named environment variable (an issuer's key included: `Buffer.from(tok)`): the call's
   * receiver or an argument carries it.
   */
  private passedOn(n: ts.CallExpression): Value | undefined {
    const canon = this.host.resolve(n.expression);
    // a local function that reads and returns a dotenv file's text (`const load = () =>
    // fs.readFileSync('.env', 'utf8')`): not evaluated (it does I/O), but its result is that text
    const local = canon ? undefined : this.callee(n.expression);
    if (local && this.returnsSource(local.fn, DOTENV_SOURCE)) return sourced(DOTENV_SOURCE);
    if (canon && DOWNLOADED.test(canon)) return sourced('remote');
    // a local function that downloads and returns the response's text (`async function src(u)
    // { const r = await fetch(u); return r.text(); }`)
    if (local && this.returnsSource(local.fn, 'remote')) return sourced('remote');
    const a0 = n.arguments[0] ? this.fold(n.arguments[0]) : UNKNOWN;
    // a dotenv file (the skill's own, the working folder's), read whole: all the user's keys
    if (
      canon &&
      ((SHIPPED_READS.test(canon) && canon !== 'require') || canon === 'fs.createReadStream') &&
      dotenvFile(a0)
    )
      return sourced(DOTENV_SOURCE);
    // a credential file of the user's (`~/.npmrc`, or one a path climbs to out of the
    // skill: `$SKILL/../../.aws/credentials`), read: what is made of it is traced
    if (
      canon &&
      ((SHIPPED_READS.test(canon) && canon !== 'require') || canon === 'fs.createReadStream') &&
      credentialFile(a0)
    )
      return sourced(CREDENTIAL_SOURCE);
    // a config file named relative to the working folder (`fs.readFileSync('settings.yaml')`):
    // the skill's own when it ships one by that name (it runs from its folder)
    if (
      canon &&
      SHIPPED_READS.test(canon) &&
      canon !== 'require' &&
      a0.kind === 'str' &&
      RELATIVE_CONFIG.test(a0.s) &&
      this.shippedConfig(a0.s)
    )
      return shippedRead(a0.s);
    if (canon && SHIPPED_READS.test(canon) && shippedData(a0, canon === 'require')) {
      // a JSON file of the skill's own required: its values (shippedConfig)
      if (canon === 'require' && a0.kind === 'str') {
        const v = this.shippedConfig(a0.s);
        if (v) return v;
      }
      if (canon === 'require' || a0.kind !== 'str') return shippedRead(undefined);
      return shippedTextRead(a0.s, shippedFile(a0.s, this.host.dir, this.host.sibling)?.text);
    }

    // a file this code saved a response to, read back
    if (
      canon &&
      SHIPPED_READS.test(canon) &&
      canon !== 'require' &&
      a0.kind === 'str' &&
      this.host.downloaded?.(a0.s)
    )
      return sourced('remote');
    // …and a local function returning what it made of one
    if (
      local &&
      (this.returnsSource(local.fn, CREDENTIAL_SOURCE) ||
        this.returnsSource(local.fn, CREDENTIAL_SOURCE, this.argValues(n.arguments) ?? []))
    )
      return sourced(CREDENTIAL_SOURCE);
    // the user's signed-in session an editor hands out (its accessToken is the user's token)
    if (canon && SESSION_CALLS.has(canon)) return sourced(CREDENTIAL_SOURCE);
    const values = [
      ts.isPropertyAccessExpression(n.expression) ? this.fold(n.expression.expression) : UNKNOWN,
      ...n.arguments.filter((x) => !ts.isSpreadElement(x)).map((x) => this.fold(x)),
    ];
    // an encoder keeps every kind its text is made of (a token quoted into a URL is the token)
    if (canon && KEEPS_DOTENV.test(canon)) {
      const kept = sourcedFrom(values);
      if (kept.kind !== 'unknown') return kept;
    }
    const method = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
    for (const src of ['shipped', 'envsecret', 'remote', CREDENTIAL_SOURCE])
      if (
        values.some((v) => carries(v, src)) &&
        !(src === CREDENTIAL_SOURCE && method !== undefined && TELLS_METHODS.has(method))
      )
        return sourced(src);
    return undefined;
  }

  /**
   * Does a `return` of this function (its concise body, or one outside nested functions), or a
   * generator's `yield`, carry data of kind `source`. With the call's `args`, the operands are
   * folded with the parameters bound to them and the body's own top-level `const`/`let`
   * declarations folded in order (`function* read(p) { const t = fs.readFileSync(p); yield t }`
   * called with `~/.aws/credentials`): what the function does with what it is given.
   */
  private returnsSource(fn: PureFunction, source: string, args?: readonly Value[]): boolean {
    if (this.callDepth >= MAX_CALL_DEPTH || RETURN_SEEN.has(fn)) return false;
    RETURN_SEEN.add(fn);
    try {
      const body = fn.body;
      if (!body) return false;
      const at = args ? this.bound(fn, args) : this;
      if (!ts.isBlock(body)) return carries(at.fold(body), source);
      return returnedOf(fn, body).some((x) => carries(at.fold(x), source));
    } finally {
      RETURN_SEEN.delete(fn);
    }
  }

  /**
   * A folder for the body of `fn` called with `args`: its parameters (plain names) bound to them,
   * and its top-level `const`/`let`/`var` names of one declarator each folded in order (a few)
   */
  private bound(fn: PureFunction, args: readonly Value[]): Folder {
    const env = new Map<string, Value>();
    const inner = this.scoped(this.host, env);
    fn.parameters.forEach((p, i) => {
      if (ts.isIdentifier(p.name))
        env.set(p.name.text, p.dotDotDotToken ? UNKNOWN : (args[i] ?? UNKNOWN));
    });
    const body = fn.body;
    if (body && ts.isBlock(body))
      for (const st of body.statements.slice(0, MAX_STATEMENTS)) {
        if (!ts.isVariableStatement(st)) continue;
        for (const d of st.declarationList.declarations.slice(0, 4))
          if (ts.isIdentifier(d.name) && d.initializer)
            env.set(d.name.text, inner.fold(d.initializer));
      }
    return inner;
  }

  private callValue(n: ts.CallExpression): Value {
    const canon = this.host.resolve(n.expression);
    const args = n.arguments;
    const a = (i: number) => (args[i] ? this.fold(args[i]) : UNKNOWN);
    if (this.root.importedCall) {
      const v = this.root.importedCall(n.expression, () => this.argValues(args) ?? []);
      if (v) return v;
    }
    if (!canon) {
      const fn = this.callee(n.expression);
      if (fn?.fn.asteriskToken) {
        // a generator the evaluator runs gives the list of what it yields (`[...parts()]`);
        // any other, the data its yields carry
        const vals = this.argValues(args);
        const listed = vals ? this.invoke(fn, vals, n) : UNKNOWN;
        return listed.kind === 'list' ? listed : this.yielded(fn.fn);
      }
      if (fn) {
        // a call with arguments none of which folds says nothing new (a helper run on input)
        const vals = this.argValues(args);
        return vals && (!vals.length || vals.some((v) => v.kind !== 'unknown'))
          ? this.invoke(fn, vals, n)
          : UNKNOWN;
      }
    }
    if (canon && IDENTITY_CALLS.has(canon)) return sourced('identity');
    if (
      canon === 'JSON.stringify' ||
      canon === 'querystring.stringify' ||
      canon === 'qs.stringify'
    ) {
      // serialised data keeps what its values carry; a constant is a constant text
      if (canon === 'JSON.stringify') {
        const text = jsonText(a(0));
        if (text !== undefined && !text.includes(HOLE)) return str(text);
        return serializedFrom(a(0), text);
      }
      return encodedFrom(a(0));
    }
    if (canon && OUTPUT_CALLS.has(canon)) {
      const a0 = a(0);
      const a1 = a(1);
      const cmd =
        canon === 'child_process.execSync'
          ? asText(a0)
          : [a0, ...(a1.kind === 'list' ? a1.items : [])].map((x) => asText(x) ?? HOLE).join(' ');
      // the job table (CRON_LISTING), as Python's `subprocess.run(['crontab', '-l'])` gives it
      if (cmd && /^crontab\s+-l(?:\s+2>\s*\/dev\/null)?$/.test(cmd.trim()))
        return sourced(CRON_LISTING);
      const printed = cmd ? commandSource(cmd) : undefined;
      if (printed) return sourced(printed);
      return cmd && IDENTITY_COMMAND.test(cmd.trim()) ? sourced('identity') : UNKNOWN;
    }
    switch (canon) {
      case 'os.homedir':
        return str('~', { computed: true });
      // Deno's `Deno.env.get('HOME')`, as `process.env.HOME`
      case 'Deno.env.get': {
        const name = a(0);
        return (name.kind === 'str' && !name.computed && envValue(name.s)) || UNKNOWN;
      }
      case 'os.tmpdir':
        return str('/tmp', { computed: true });
      // a fresh folder under the temporary directory (`fs.mkdtempSync(path.join(os.tmpdir(),
      // 'x-'))`): its name's random end is unknown, but the folder is new and in /tmp, so what a
      // test writes there (`path.join(tmpHome, '.claude.json')`) reaches no user's home
      case 'fs.mkdtempSync':
      case 'fs.mkdtemp':
      case 'fs.promises.mkdtemp':
      case 'fs-extra.mkdtemp':
      case 'fs-extra.mkdtempSync': {
        const prefix = a(0);
        return prefix.kind === 'str' && /^\/(?:var\/)?tmp\/(?!.*\.\.)/.test(prefix.s)
          ? str(`${prefix.s}XXXXXX`, { computed: true })
          : UNKNOWN;
      }
      // the same folder without symbolic links (macOS's /tmp is /private/tmp): the same path here
      case 'fs.realpathSync':
      case 'fs.realpathSync.native':
      case 'fs.promises.realpath': {
        const p = a(0);
        return p.kind === 'str' && /^\/(?:var\/)?tmp\/[^/]+XXXXXX(?:\/|$)/.test(p.s) ? p : UNKNOWN;
      }
      case 'process.cwd':
        return str('.', { computed: true });
      // the script's own path (`fileURLToPath(import.meta.url)`) and its folder, and a file of
      // the skill named beside it (`fileURLToPath(new URL('./SKILL.md', import.meta.url))`)
      case 'url.fileURLToPath': {
        const p = a(0);
        return p.kind === 'str' && /^\$SKILL(?:\/|$)/.test(p.s) ? p : UNKNOWN;
      }
      case 'path.dirname': {
        const p = a(0);
        return p.kind === 'str' && p.s === '$SKILL/script'
          ? str('$SKILL', { computed: true })
          : UNKNOWN;
      }
      case 'path.join':
      case 'path.resolve':
      case 'path.posix.join':
      case 'path.normalize':
        return withinSkill(joinPath(args.map((x) => this.fold(x))), this.root.dir);
      // String(x), and an address in checksum case (ethers v5 and v6, viem, web3.js): the same text
      case 'String':
      case 'ethers.getAddress':
      case 'ethers.ethers.getAddress':
      case 'ethers.utils.getAddress':
      case 'ethers.ethers.utils.getAddress':
      case 'viem.getAddress':
      case 'web3.utils.toChecksumAddress':
      case 'web3.Web3.utils.toChecksumAddress':
        return a(0);
      case 'String.fromCharCode.apply':
      case 'String.fromCodePoint.apply':
      case 'String.fromCharCode':
      case 'String.fromCodePoint': {
        // `String.fromCharCode(...codes)`, `String.fromCharCode.apply(null, codes)`
        const apply = canon.endsWith('.apply');
        const list = apply ? a(1) : undefined;
        const codes = apply
          ? list?.kind === 'list'
            ? list.items
            : []
          : args.length === 1 && a(0).kind === 'list'
            ? (a(0) as { items: Value[] }).items
            : (this.argValues(args) ?? []);
        if (!codes.length || !codes.every((c) => c.kind === 'num')) return UNKNOWN;
        try {
          return this.decoded(
            String.fromCodePoint(...codes.map((c) => (c as { n: number }).n)),
            'charcode',
            n,
          );
        } catch {
          return UNKNOWN;
        }
      }
      case 'atob':
      case 'Buffer.from': {
        const v = a(0);
        const enc =
          canon === 'atob'
            ? 'base64'
            : isKnown(a(1))
              ? (a(1) as { s: string }).s.toLowerCase()
              : 'utf8';
        if (v.kind === 'list' && v.items.every((c) => c.kind === 'num')) {
          return this.decoded(
            printable(Buffer.from(v.items.map((c) => (c as { n: number }).n))),
            'bytes',
            n,
          );
        }
        if (!isKnown(v)) return UNKNOWN;
        if (enc === 'base64' || enc === 'base64url')
          return this.decoded(decodeBase64(v.s), 'base64', n);
        if (enc === 'hex') return this.decoded(decodeHex(v.s), 'hex', n);
        return v;
      }
      case 'escape': {
        // `decodeURIComponent(escape(atob(x)))` decodes UTF-8: escape is its inverse half
        const v = a(0);
        return isKnown(v) ? str(escape(v.s), { ...v, computed: true }) : UNKNOWN;
      }
      case 'Number':
      case 'parseInt': {
        const v = a(0);
        if (v.kind === 'num' && canon === 'Number') return v;
        if (!isKnown(v)) return UNKNOWN;
        const radix = args[1] ? toNum(a(1)) : undefined;
        const x = canon === 'Number' ? Number(v.s) : parseInt(v.s, radix);
        return Number.isNaN(x) ? UNKNOWN : { kind: 'num', n: x };
      }
      case 'Array.from':
      case 'Array.fromAsync': {
        const v = a(0);
        if (v.kind === 'list')
          return args[1] ? this.callback('map', v.items, args[1], undefined, n) : v;
        const items = isKnown(v) ? chars(v.s) : undefined;
        // the items of data of a kind (a generator's yields) carry it, as the data does
        if (!items) return v.kind === 'str' && v.source ? v : UNKNOWN;
        return args[1]
          ? this.callback('map', items, args[1], undefined, n)
          : { kind: 'list', items };
      }
      case 'decodeURIComponent':
      case 'decodeURI':
      case 'unescape': {
        const v = a(0);
        if (!isKnown(v)) return UNKNOWN;
        try {
          return this.decoded(decodeURIComponent(v.s), 'percent-encoding', n);
        } catch {
          return UNKNOWN;
        }
      }
    }
    // a decipher's output (`crypto.createDecipheriv(alg, key, iv)`, `.update(blob)` + `.final()`):
    // text the scanner cannot read, marked decoded (running it is js-eval-opaque)
    if (canon && /^(?:node:)?crypto\.createDecipher(?:iv)?\(\)\.(?:update|final)$/.test(canon)) {
      const v = a(0);
      if (canon.endsWith('.final') || (v.kind === 'str' && !v.source))
        return str(HOLE, { computed: true, decodedFrom: 'decipher' });
    }
    switch (canon) {
      // a JSON text written in the code is the data it spells
      case 'JSON.parse': {
        const v = a(0);
        return isKnown(v) ? (literalJson(v.s) ?? UNKNOWN) : UNKNOWN;
      }
      // the names or values of an object literal, in order
      case 'Object.keys':
      case 'Object.values':
      case 'Object.entries': {
        const v = a(0);
        if (v.kind !== 'obj' || v.props.has(HOLE)) return UNKNOWN;
        const items: Value[] = [];
        for (const [k, x] of v.props)
          items.push(
            canon === 'Object.keys'
              ? str(k)
              : canon === 'Object.values'
                ? x
                : { kind: 'list', items: [str(k), x] },
          );
        return { kind: 'list', items };
      }
    }
    if (!ts.isPropertyAccessExpression(n.expression)) return UNKNOWN;
    const method = n.expression.name.text;
    // `new TextDecoder().decode(bytes)`: the text those bytes spell
    if (
      method === 'decode' &&
      ts.isNewExpression(n.expression.expression) &&
      /^(?:util\.)?TextDecoder$/.test(this.host.resolve(n.expression.expression.expression) ?? '')
    ) {
      const v = a(0);
      if (v.kind === 'list' && v.items.length && v.items.every((c) => c.kind === 'num'))
        return this.decoded(
          printable(Buffer.from(v.items.map((c) => (c as { n: number }).n))),
          'bytes',
          n,
        );
      return isKnown(v) ? v : UNKNOWN;
    }
    const recv = this.fold(n.expression.expression);
    if ((method === 'map' || method === 'reduce') && recv.kind === 'list')
      return this.callback(method, recv.items, args[0], args[1], n);
    return this.method(
      method,
      recv,
      args.map((x) => this.fold(x)),
      n,
    );
  }

  private method(m: string, recv: Value, args: Value[], node: ts.Node): Value {
    const a0 = args[0];
    if (recv.kind === 'list') {
      if (m === 'join') {
        const sep = a0 === undefined ? ',' : a0.kind === 'str' ? a0.s : HOLE;
        const parts: Value[] = [];
        recv.items.forEach((it, i) => {
          if (i) parts.push(str(sep));
          parts.push(it);
        });
        const v = concat(parts);
        const computed = recv.items.length > 1;
        return v.kind === 'str' &&
          computed &&
          isKnown(v) &&
          recv.items.every((x) => x.kind === 'str' && x.s.length <= 2)
          ? this.decoded(v.s, 'array-join', node)
          : v;
      }
      if (m === 'reverse') return { kind: 'list', items: [...recv.items].reverse() };
      if (m === 'slice' && (a0 === undefined || a0.kind === 'num')) {
        const a1 = args[1];
        return {
          kind: 'list',
          items: recv.items.slice(a0?.n ?? 0, a1?.kind === 'num' ? a1.n : undefined),
        };
      }
      if (m === 'concat')
        return {
          kind: 'list',
          items: [...recv.items, ...args.flatMap((x) => (x.kind === 'list' ? x.items : [x]))],
        };
      return UNKNOWN;
    }
    // a Map folded to an object (`new Map([...])`, `m.set(k, v)` in the walk): what it holds
    if (recv.kind === 'obj' && !recv.props.has(HOLE)) {
      if (m === 'get') return a0 && isKnown(a0) ? (recv.props.get(a0.s) ?? UNKNOWN) : UNKNOWN;
      if (m === 'values') return { kind: 'list', items: [...recv.props.values()] };
      if (m === 'keys') return { kind: 'list', items: [...recv.props.keys()].map((k) => str(k)) };
      if (m === 'entries')
        return {
          kind: 'list',
          items: [...recv.props].map(([k, v]) => ({ kind: 'list' as const, items: [str(k), v] })),
        };
    }
    if (recv.kind === 'num' && m === 'toString') {
      const radix = a0?.kind === 'num' && a0.n >= 2 && a0.n <= 36 ? a0.n : 10;
      return str(recv.n.toString(radix), { computed: true });
    }
    if (recv.kind !== 'str') return UNKNOWN;
    const s = recv.s;
    // the skill's own dotenv text: whole through `.trim()`, `.toString('base64')`; `.split('=')`,
    // `.match(rx)` pick values out of it
    if (recv.source === DOTENV_SOURCE && s === HOLE)
      return WHOLE_TEXT_METHODS.has(m) ? recv : UNKNOWN;
    // the job table's lines (CRON_LISTING), kept whole: split at line breaks, filtered, trimmed,
    // joined again by line breaks; any other method may add to it or change a line
    if (recv.source === CRON_LISTING && s === HOLE) {
      const breaks = a0?.kind === 'str' && /^\s*$/.test(a0.s) && a0.s.includes('\n');
      return LISTING_KEEPS.has(m) || ((m === 'split' || m === 'join') && breaks) ? recv : UNKNOWN;
    }
    // `.trim()`, `.toString()`, `.split('\n')[0]`... of text that identifies the user keep doing so
    if (recv.source && s === HOLE) return recv;
    switch (m) {
      case 'split': {
        if (a0?.kind !== 'str' || a0.s.includes(HOLE) || s.includes(HOLE) || s.length > MAX_ITEMS)
          return UNKNOWN;
        const items = s.split(a0.s).map((x) => str(x));
        // `'...'.split('').reverse().join('')` is reported when joined back
        return { kind: 'list', items };
      }
      case 'toString':
      case 'valueOf':
      case 'trim':
        return m === 'trim' ? { ...recv, s: s.trim() } : recv;
      case 'toLowerCase':
        return { ...recv, s: s.toLowerCase() };
      case 'toUpperCase':
        return { ...recv, s: s.toUpperCase() };
      case 'concat':
        return concat([recv, ...args]);
      case 'replace':
      case 'replaceAll':
        if (a0?.kind === 'str' && args[1]?.kind === 'str' && isKnown(recv)) {
          const r = args[1] as { s: string };
          return str(m === 'replace' ? s.replace(a0.s, r.s) : s.split(a0.s).join(r.s), {
            computed: true,
          });
        }
        // a leading `~` expanded by a pattern (`p.replace(/^~/, os.homedir())`, `/^~(?=\/|$)/`):
        // the home folder's path in its place
        if (
          ts.isCallExpression(node) &&
          node.arguments[0] &&
          ts.isRegularExpressionLiteral(node.arguments[0]) &&
          TILDE_PATTERN.test(node.arguments[0].text) &&
          args[1]?.kind === 'str' &&
          recv.s.startsWith('~') &&
          (recv.s.length === 1 || recv.s[1] === '/')
        )
          return concat([args[1], str(recv.s.slice(1))]);
        return UNKNOWN;
      case 'charCodeAt':
      case 'codePointAt': {
        const i = a0 === undefined ? 0 : a0.kind === 'num' ? a0.n : undefined;
        const c = i === undefined || !isKnown(recv) ? undefined : s[m](i);
        return c === undefined || Number.isNaN(c) ? UNKNOWN : { kind: 'num', n: c };
      }
      case 'charAt':
      case 'at': {
        const i = a0 === undefined ? 0 : a0.kind === 'num' ? a0.n : undefined;
        const c = i === undefined || !isKnown(recv) ? undefined : s.at(i);
        return c === undefined || (m === 'charAt' && i !== undefined && i < 0)
          ? UNKNOWN
          : str(c, { computed: true });
      }
      case 'substr':
        if (a0?.kind === 'num' && isKnown(recv)) {
          const a1 = args[1];
          return str(s.substr(a0.n, a1?.kind === 'num' ? a1.n : undefined), { computed: true });
        }
        return UNKNOWN;
      case 'slice':
      case 'substring':
        if (a0?.kind === 'num' && isKnown(recv)) {
          const a1 = args[1];
          return str(s[m](a0.n, a1?.kind === 'num' ? a1.n : undefined), { computed: true });
        }
        return UNKNOWN;
    }
    return UNKNOWN;
  }
}
