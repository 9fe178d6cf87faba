/**
 * Walks a TypeScript/JavaScript AST (no type-check) and records facts: calls with canonical
 * callee names resolved through imports, requires, aliases and computed members; folded string
 * constants; environment reads; indirect module loading; decoded literals.
 */
import { dotenvLookup } from '../code/env.js';
import ts from './typescript.cjs';
import type { AnalyzerContext } from '../../analyzer.js';
import { checkDeadline } from '../../engine/route.js';
import { normalizePath } from '../../engine/links.js';
import { ChainMemo } from '../code/chain-memo.js';
import {
  dropWrapperBodyFacts,
  MAX_CALLEE_NAME,
  TOOL_READ_SENT,
  TOOL_RESULT,
  type CallFact,
  type CodeFact,
} from '../code/facts.js';
import { JS_CLIENT_CALLEE, jsClientSends } from '../code/clients.js';
import {
  ABSENT,
  jsFileFlags,
  jsSends,
  usedBodies,
  usedValues,
  type JsFileFlags,
  type Use,
} from '../code/sends.js';
import {
  CREDENTIAL_SOURCE,
  DOTENV_SOURCE,
  HOLE,
  UNKNOWN,
  carries,
  concat,
  credentialFile,
  decodeBase64,
  isKnown,
  jsonText,
  objectAt,
  str,
  sourced,
  type Value,
} from '../code/value.js';
import { Bindings, boundValue, madeTexts, type Binding } from './bindings.js';
import { Folder, GLOBAL_RETURN, type PureFunction } from './fold.js';
import { EVALS, READS as EVAL_READS } from './links.js';
import { ComparedLists } from './compared.js';
import { ConfigKeyUse } from './own.js';
import { handlerFacts, toolHandler, type ToolHost } from './tools.js';
import { AGENT_CONFIG, configReadUse } from '../../engine/hints.js';

/**
 * calls whose result is data spelled in the code (a JSON text, an object literal's keys, a fetch
 * Request's URL and options)
 */
const LITERAL_DATA =
  /^(?:JSON\.parse|Object\.(?:keys|values|entries)|(?:Uint8|Int8|Uint8Clamped|Uint16|Uint32)Array|Request)\(\)$/;

/** calls that start a process whose stdin the code may write (stdinInput) */
const STDIN_FED = /^child_process\.(?:spawn|exec|execFile)$/;
/** glob functions: node's own, glob's, fast-glob's, globby's (their sync and promise forms) */
const GLOBS =
  /^(?:fs\.(?:globSync|promises\.glob)|glob(?:\.(?:sync|globSync|glob))?|globSync|fast-glob(?:\.(?:sync|glob|globSync|async))?|globby(?:\.(?:globby|globbySync))?|globbySync)$/;
/** calls that only make a path of the paths they are given (keyFileOnly) */
const KEY_PATH_JS = /^(?:path\.(?:join|resolve|normalize)|String)$/;
/** operators that make a path of a path (`home + '/.ssh/id_rsa'`, `process.env.KEY ?? P`) */
const KEY_PATH_OPS = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
]);
/** a text that may name a private key file (keyFileOnly is asked only for those) */
const KEY_FILE_LIKE = /\.ssh(?:\/|$)|^\.ssh|id_(?:rsa|ed25519|ecdsa|dsa)|\.pem$|\.key$/;
/** the most steps keyFileOnly climbs from a path to where it is used */
const MAX_KEY_PATH_STEPS = 16;
/** checks that a key file is there */
const KEY_CHECKS_JS = /^fs\.(?:existsSync|accessSync|statSync|promises\.(?:access|stat))$/;

/** the listings of a folder: readdir's and opendir's sync, callback and promise forms */
const LISTS_DIR =
  /^fs\.(?:readdirSync|readdir|promises\.readdir|opendirSync|opendir|promises\.opendir)$/;

/** an expression without its parentheses and `await` */
function bare(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
  return e;
}

/**
 * how a listing's entry is tested by its name: the entry itself equal to a text (`self`), its base
 * name or Dirent `name` equal to it (`name`), or it ending with the text (`suffix`)
 */
interface NameTest {
  how: 'self' | 'name' | 'suffix';
  name: string;
}

/** the first test of `v`'s name against a text in `scope` (see NameTest) */
function nameTest(scope: ts.Node, v: string): NameTest | undefined {
  // `v`, `v.name`, `path.basename(v)`, `basename(v)`
  const about = (x: ts.Expression): 'self' | 'name' | undefined => {
    x = bare(x);
    if (ts.isIdentifier(x)) return x.text === v ? 'self' : undefined;
    if (ts.isPropertyAccessExpression(x) && ts.isIdentifier(x.expression))
      return x.expression.text === v && x.name.text === 'name' ? 'name' : undefined;
    if (ts.isCallExpression(x) && x.arguments.length === 1) {
      const a = x.arguments[0];
      const fn = ts.isPropertyAccessExpression(x.expression) ? x.expression.name : x.expression;
      if (a && ts.isIdentifier(a) && a.text === v && ts.isIdentifier(fn) && fn.text === 'basename')
        return 'name';
    }
    return undefined;
  };
  const text = (x: ts.Node | undefined): string | undefined =>
    x && (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) ? x.text : undefined;
  let found: NameTest | undefined;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && EQUALITY.has(n.operatorToken.kind)) {
      for (const [a, b] of [
        [n.left, n.right],
        [n.right, n.left],
      ] as const) {
        const t = text(b);
        const how = t ? about(a) : undefined;
        if (t && how) found = { how, name: t };
      }
    } else if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'endsWith'
    ) {
      const t = text(n.arguments[0]);
      if (t && about(n.expression.expression)) found = { how: 'suffix', name: t };
    }
    if (!found) ts.forEachChild(n, walk);
  };
  walk(scope);
  return found;
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** calls that write a whole text to the file their first argument names */
const WRITES_TEXT =
  /^(?:fs\.(?:writeFileSync|writeFile|promises\.writeFile)|fs-extra\.(?:outputFile\w*|writeFile\w*)|Bun\.write|Deno\.writeTextFile)$/;

/** calls that write a whole file from their second argument */
const SAVES =
  /^(?:(?:fs|fs-extra|graceful-fs)\.(?:promises\.)?(?:writeFile|outputFile)(?:Sync)?|fs\/promises\.writeFile|Bun\.write)$/;

/** the methods of an event emitter that register a handler */
const LISTENS = /^(?:on|once|addListener|prependListener|prependOnceListener)$/;

/** stream.pipeline in its callback and promise forms */
const PIPELINES = /^(?:node:)?stream(?:\.promises|\/promises)?\.pipeline$/;

/** calls that only show their arguments (JsWalker.shown) */
const SHOWS = /^(?:console\.(?:log|info|warn|error|debug)|process\.std(?:out|err)\.write)$/;

/** calls that read a whole file (`fs.readFileSync`, `fs.promises.readFile`) */
const READS_FILE =
  /^(?:fs|fs\/promises|node:fs|node:fs\/promises)(?:\.promises)?\.readFile(?:Sync)?$/;

const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
const KNOWN_GLOBALS = new Set([
  // what a script prints reaches the agent that runs it (js-output-injection)
  'console',
  // Windows Script Host (JScript): new ActiveXObject('WScript.Shell').Run(cmd)
  'ActiveXObject',
  'WScript',
  'GetObject',
  'fetch',
  'eval',
  'Function',
  'require',
  'atob',
  'btoa',
  'WebSocket',
  'XMLHttpRequest',
  'EventSource',
  'navigator',
  'process',
  'Buffer',
  'String',
  'setTimeout',
  'setInterval',
  'module',
  'Deno',
  'Bun',
  'decodeURIComponent',
  'decodeURI',
  'encodeURIComponent',
  'encodeURI',
  'Blob',
  'FormData',
  'File',
  'unescape',
  'URL',
  'Request',
  'URLSearchParams',
  'Object',
  'JSON',
  'Reflect',
  'escape',
  'Number',
  'parseInt',
  'Array',
  // WebAssembly.instantiate(bytes) compiles and runs a module (js-load-remote-module)
  'WebAssembly',
  'import',
  // `new TextDecoder().decode(new Uint8Array([…]))` spells text from byte values
  'TextDecoder',
  'Uint8Array',
  'Int8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  ...GLOBAL_OBJECTS,
]);
/**
 * The canonical name of something that returns the global object when called:
 * `Function('return this')`, `new Function('return globalThis')`, `function () { return this }`
 * (sloppy mode), so `Function('return this')()['ev' + 'al']` is `eval`.
 */
const GLOBAL_GETTER = 'Function(return this)';
/** an entry of an obfuscator's base64 string table */
const BASE64_ENTRY = /^[A-Za-z0-9+/]{4,}={0,2}$/;

/** base64 text that decodes to printable ASCII text (commands, module and method names) */
function asciiBase64(s: string): string | undefined {
  const t = decodeBase64(s);
  if (t === undefined || !/^[\x20-\x7e\t\r\n]+$/.test(t)) return undefined;
  return t;
}

/** globals that are constructors: their `.constructor` is Function */
const CONSTRUCTORS = new Set(['Array', 'Object', 'String', 'Number', 'Function', 'Boolean']);
/** `eval('this')`: the global object too */
const GLOBAL_EXPR = /^\s*\(?\s*(?:this|globalThis|global|window|self)\s*\)?\s*;?\s*$/;

const REQUIRE_NAMES = new Set([
  'require',
  'module.require',
  'process.mainModule.require',
  'module.constructor._load',
  'module.createRequire()',
  'Module._load',
  'module._load',
]);

const LONGEST_REQUIRE = Math.max(...[...REQUIRE_NAMES].map((n) => n.length));

/** a callee that loads a module: one of REQUIRE_NAMES or dynamic `import()` */
function isRequireCallee(callee: string | undefined): callee is string {
  // the length first: hashing a long chain's name at every call of the chain is quadratic
  return (
    !!callee &&
    callee.length <= LONGEST_REQUIRE &&
    (REQUIRE_NAMES.has(callee) || callee === 'import')
  );
}

/**
 * Local functions that wrap a call (`const sh = (c) => execSync(c)`, `function git(...a) {
 * return spawnSync('git', a) }`): each call of the wrapper is also recorded as the wrapped calls,
 * with the caller's folded arguments in place of the parameters. Bounded: two levels of wrappers,
 * a few calls per function, a budget per file.
 */
const MAX_WRAPPED_CALLS = 24;
const MAX_WRAPPER_FACTS = 512;
const MAX_WRAPPER_DEPTH = 2;

interface JsParam {
  name?: string;
  rest: boolean;
  dflt?: ts.Expression;
}

interface JsFunc {
  params: JsParam[];
  /** a class method: called as `this.name(...)` */
  method: boolean;
  /** the named class a method is declared in */
  owner?: string;
  calls: Array<ts.CallExpression | ts.NewExpression>;
  /** local `const x = ...` in the body by name, in source order */
  locals: Map<string, ts.VariableDeclaration[]>;
  /**
   * the spans of functions nested in the body by the names of their parameters: inside one the
   * name is that parameter (`new Promise((r) => setTimeout(r, ms))`), not the body's local
   */
  shadows: Map<string, Array<readonly [number, number]>>;
  /** the function's body (JsWalker.printer reads it) */
  body: ts.ConciseBody;
}

/**
 * Where a call's callee and arguments come from: the call itself, or for a name bound with
 * `.bind(thisArg, ...bound)` the target expression and the bound arguments (folded in the file's
 * scope) followed by the call's own.
 */
interface Site {
  expr: ts.Expression;
  args: readonly ts.Expression[];
  fileScoped: ReadonlySet<ts.Node>;
}
const NO_NODES: ReadonlySet<ts.Node> = new Set();

function siteOf(node: ts.CallExpression | ts.NewExpression): Site {
  return { expr: node.expression, args: node.arguments ?? [], fileScoped: NO_NODES };
}

type FunctionLike =
  ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

const isFunctionValue = (e: ts.Node | undefined): e is ts.ArrowFunction | ts.FunctionExpression =>
  !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e));

/** a key written as text (`'send'`, `` `send` ``) */
function literalKey(e: ts.Node | undefined): string | undefined {
  return e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;
}

/**
 * the functions a Map is given under literal keys: `m.set('send', (d) => …)` (chained sets
 * included) and `new Map([['send', (d) => …]])`
 */
function mapEntries(
  node: ts.CallExpression | ts.NewExpression,
): Array<[string, ts.ArrowFunction | ts.FunctionExpression]> {
  const args = node.arguments ?? [];
  if (ts.isCallExpression(node)) {
    const e = node.expression;
    const key = literalKey(args[0]);
    const fn = args[1];
    if (!ts.isPropertyAccessExpression(e) || e.name.text !== 'set' || args.length !== 2) return [];
    return key !== undefined && isFunctionValue(fn) ? [[key, fn]] : [];
  }
  if (!ts.isIdentifier(node.expression) || node.expression.text !== 'Map') return [];
  const list = args[0];
  if (!list || !ts.isArrayLiteralExpression(list)) return [];
  const out: Array<[string, ts.ArrowFunction | ts.FunctionExpression]> = [];
  for (const el of list.elements) {
    if (!ts.isArrayLiteralExpression(el) || el.elements.length !== 2) continue;
    const key = literalKey(el.elements[0]);
    const fn = el.elements[1];
    if (key !== undefined && isFunctionValue(fn)) out.push([key, fn]);
  }
  return out;
}

/** a copy of an object with one more property (an unknown key: one more unknown entry) */
function withProp(v: { kind: 'obj'; props: Map<string, Value> }, k: Value, x: Value): Value {
  if (v.props.size >= 256) return UNKNOWN;
  const props = new Map(v.props);
  props.set(isKnown(k) ? k.s : HOLE, isKnown(k) ? x : UNKNOWN);
  return { kind: 'obj', props };
}

/** `m.get('send')`, the callee of `m.get('send')(x)`: the key a Map's function is looked up by */
function mapGetKey(e: ts.Expression): string | undefined {
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return undefined;
  const f = e.expression;
  if (!ts.isPropertyAccessExpression(f) || f.name.text !== 'get') return undefined;
  return literalKey(e.arguments[0]);
}

/** callees whose facts get a `sends` judgement (network calls) */
const NETWORK_CALLEE =
  /^(?:fetch|node-fetch|cross-fetch|isomorphic-fetch|undici\.|got\b|ky\b|axios\b|https?\.|http2\.|superagent\b|needle\b|dns\.|navigator\.sendBeacon|dgram\.|XMLHttpRequest|EventSource|bent\(\)|phin\b|wretch\b)/;
/** undici's dispatchers: where requests made through them go, not requests themselves */
const DISPATCHER = /^undici\.(?:ProxyAgent|EnvHttpProxyAgent|Agent|RetryAgent)$/;
/** Node's own requests (`http.request`, `https.request`), handed their body by `write`/`end` */
const JS_NODE_REQUEST = /^(?:https?|http2)\.request$/;

/** methods on a request's result that only read the response */
const RESPONSE_METHODS = new Set([
  'then',
  'catch',
  'finally',
  'json',
  'text',
  'arrayBuffer',
  'blob',
  'buffer',
  'pipe',
  'on',
  'once',
]);

function moduleName(spec: string): string {
  return spec
    .replace(/^node:/, '')
    .replace(/\/promises$/, '.promises')
    .replace(/\//g, '.');
}

function isLocalSpec(s: string): boolean {
  return /^(?:\.{1,2}\/|\/|file:|\$SKILL)/.test(s) || s.startsWith('~');
}

/** helper files followed through local imports: at most two files deep, a few per file */
/** a folder fs.mkdtemp made under the temporary directory, as fold.ts gives it, or a path in it */
const FRESH_TMP = /^\/(?:var\/)?tmp\/[^/]+XXXXXX(?:\/(?!.*\.\.)|$)/;
/** an expression that may make one or join onto one (`fs.mkdtempSync(…)`, `path.join(tmp, 'x')`) */
const FRESH_CALL = /\bmkdtemp(?:Sync)?\s*\(|\bpath\.(?:join|resolve)\s*\(/;
const MAX_IMPORT_CHAIN = 3;
const MAX_HELPER_FILES = 8;

/** how a walker reaches the other files of its skill (see AnalyzerContext.sibling) */
export interface JsImports {
  /** this file's path inside the skill */
  path: string;
  /** the parsed source of another file of the skill, undefined when there is none */
  load(path: string): ts.SourceFile | undefined;
  /** the files on the import chain, this one last: never entered again */
  chain: readonly string[];
  /**
   * for a helper file: where its expanded calls go (the importing file's facts, at the importing
   * call's line); such a walker records nothing of its own
   */
  sink?: CodeFact[];
  /** wrapper facts and helper files left for the whole import chain */
  budget?: { left: number; files: number };
}

/** the paths a relative module specifier may stand for, seen from the file at `from` */
function specPaths(from: string, spec: string): string[] {
  if (!/^\.{1,2}\//.test(spec)) return [];
  const p = normalizePath([
    ...from.split('/').slice(0, -1),
    ...spec.replace(/[?#].*$/, '').split('/'),
  ]);
  if (p === undefined) return [];
  const out = [p];
  // TypeScript ESM imports name the emitted .js file
  const ts = /\.(m|c)?js$/.exec(p);
  if (ts) out.push(`${p.slice(0, -ts[0].length)}.${ts[1] ?? ''}ts`);
  for (const ext of ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx'])
    out.push(p + ext);
  out.push(`${p}/index.js`, `${p}/index.ts`);
  return out;
}

/** the folded arguments of a call: what a wrapper's parameters are bound to */
interface CallValues {
  positional: Value[];
  /** a spread that did not fold: parameters from there on are unknown */
  open: boolean;
}

/** the expression inside parentheses and type assertions (`(a as string)`, `(x)!`) */
function unparen(e: ts.Expression): ts.Expression {
  let n = e;
  for (let i = 0; i < 16; i++) {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n))
      n = n.expression;
    else break;
  }
  return n;
}

/**
 * Does `body` use the parameter `name` only inside what a SHOWS call prints? Each use must sit in
 * an argument of console.log/…/process.stderr.write, reached through template spans, string
 * concatenation and parentheses only (`console.log(\`${prefix}${message}\`)`,
 * `process.stderr.write(message + '\n')`). Any other use (a read, a send, an assignment, a
 * property of it) and a local of the same name make it no printer.
 */
function printsOnly(
  body: ts.Node,
  name: string,
  shadowed: boolean,
  resolve: (n: ts.Expression) => string | undefined,
): boolean {
  if (shadowed) return false;
  let uses = 0;
  let other = false;
  let seen = 0;
  const printed = (id: ts.Node): boolean => {
    let n = id;
    for (let i = 0; i < 32; i++) {
      const p = n.parent;
      if (!p) return false;
      const joins =
        ts.isTemplateSpan(p) ||
        ts.isTemplateExpression(p) ||
        ts.isParenthesizedExpression(p) ||
        (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken);
      if (joins) {
        n = p;
        continue;
      }
      return (
        ts.isCallExpression(p) &&
        p.arguments.includes(n as ts.Expression) &&
        SHOWS.test(resolve(p.expression) ?? '')
      );
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (other || ++seen > 20_000) {
      other = true;
      return;
    }
    if (ts.isIdentifier(n) && n.text === name) {
      const p = n.parent;
      const member =
        (ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p)) && p.name === n;
      if (!member) {
        uses++;
        if (!printed(n)) other = true;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return uses > 0 && !other;
}

/** a function expression or arrow that a `return` hands back (`return (u) => fetch(u)`) */
function returnedFunction(fn: ts.Node): boolean {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  let up: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(up)) up = up.parent;
  return ts.isReturnStatement(up) || (ts.isArrowFunction(up) && up.body === fn);
}
export class JsWalker {
  readonly facts: CodeFact[];
  private readonly b = new Bindings();
  private readonly folder: Folder;
  private visited = 0;
  private readonly funcs = new Map<string, JsFunc[]>();
  /** the calls a local (non-method) function wraps, each with the function's name */
  private readonly wrappedBy = new Map<ts.Node, string>();
  /** facts of wrapped calls whose first argument is the wrapper's own parameter, by wrapper name */
  private readonly paramFacts = new Map<CodeFact, string>();
  private readonly budget: { left: number; files: number };
  private fileFlags: JsFileFlags | undefined;
  /** `import { f as g } from './m.js'`, `const { f } = require('./m')`: g → (spec, f) */
  private readonly imported = new Map<string, { spec: string; name: string }>();
  /** `import * as m from './m.js'`, `const m = require('./m')`: m → spec */
  private readonly modules = new Map<string, string>();
  /** walkers of helper files by specifier (null: not a file of the skill) */
  private readonly helpers = new Map<string, JsWalker | null>();
  /** `const r = new Runner()` of a class imported from a skill file: r → (spec, class); null when bound twice */
  private readonly instances = new Map<string, { spec: string; name: string } | null>();
  /** in a helper file, `const runner = new Runner()`: runner → the class named (null: bound twice) */
  private readonly made = new Map<string, string | null>();
  /** paths this file saved a response to (see onCall): reading one back reads downloaded data */
  private readonly downloaded = new Set<string>();
  /** string-table entries left to decode in this file */
  private tableBudget = 2_000;
  /** local functions by name that may be evaluated with constant arguments (null: ambiguous) */
  private readonly pure = new Map<string, PureFunction | null>();
  /** names declared as `c ? x : y` (the value is one of the branches), by declaration position */
  private readonly choices = new Map<
    string,
    Array<{ pos: number; node: ts.ConditionalExpression }>
  >();

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly ctx: AnalyzerContext,
    private readonly imports?: JsImports,
  ) {
    this.facts = imports?.sink ?? [];
    this.budget = imports?.budget ?? { left: MAX_WRAPPER_FACTS, files: MAX_HELPER_FILES };
    const helper = !!imports?.sink;
    this.folder = new Folder({
      resolve: (n) => this.resolve(n),
      constant: (name, at) => {
        const b = this.b.get(name, at);
        return boundValue(b);
      },
      decoded: (text, how, node) => {
        if (!helper) this.facts.push({ kind: 'decoded', text, how, line: this.line(node) });
      },
      func: (name) => this.pure.get(name) ?? undefined,
      tick: () => checkDeadline(this.ctx),
      dir: imports ? imports.path.split('/').slice(0, -1).join('/') : undefined,
      imported: (e) => this.importedValue(e),
      importedCall: (e, args) => this.importedReturn(e, args),
      downloaded: (path) => this.downloaded.has(path),
      sibling: (path) => this.ctx.sibling?.(path),
      dotenv: dotenvLookup(
        this.sf.text,
        imports ? imports.path.split('/').slice(0, -1).join('/') : undefined,
        this.ctx,
      ),
    });
  }

  /** the (specifier, name) a name or `require('./m').name` stands for, for a file of the skill */
  private importedName(e: ts.Expression): { spec: string; name: string } | undefined {
    if (!this.imports) return undefined;
    const t = this.imported.size || this.modules.size ? this.importedTarget(e) : undefined;
    if (t) return t;
    if (!ts.isPropertyAccessExpression(e) || !ts.isCallExpression(e.expression)) return undefined;
    const req = this.requireTarget(e.expression);
    return req?.spec !== undefined && /^\.{1,2}\//.test(req.spec)
      ? { spec: req.spec, name: e.name.text }
      : undefined;
  }

  /** what a name imported from another file of the skill holds (see FoldHost.imported) */
  private importedValue(e: ts.Expression): Value | undefined {
    const t = this.importedName(e);
    if (!t) return undefined;
    const v = this.helper(t.spec)?.exportValue(t.name);
    return v && v.kind !== 'unknown' ? v : undefined;
  }

  /** what a function imported from another file of the skill returns (FoldHost.importedCall) */
  private importedReturn(e: ts.Expression, args: () => readonly Value[]): Value | undefined {
    const t = this.importedName(e);
    if (!t) return undefined;
    const w = this.helper(t.spec);
    const fn = w?.exportedFunction(t.name);
    if (!w || !fn) return undefined;
    const v = w.folder.returnOf(fn, args(), fn);
    return v.kind !== 'unknown' ? v : undefined;
  }

  /** exports folded so far (a file being folded is not entered again: undefined) */
  private readonly exportValues = new Map<string, Value | undefined>();

  /**
   * What this file exports under `name`, folded in its own scope: `export const NAME = …`,
   * `exports.NAME = …`, `module.exports.NAME = …`, a property of `module.exports = { … }`, and
   * for `default` `module.exports = …` / `export default …`.
   */
  exportValue(name: string): Value | undefined {
    if (this.exportValues.has(name)) return this.exportValues.get(name);
    this.exportValues.set(name, undefined);
    const node = this.exportNode(name);
    let v = node ? this.fold(node) : undefined;
    if (!v && name !== 'default') {
      const all = this.exportValue('default');
      if (all?.kind === 'obj') v = all.props.get(name);
    }
    this.exportValues.set(name, v);
    return v;
  }

  /** the expression this file exports under `name` (top-level statements only) */
  private exportNode(name: string): ts.Expression | undefined {
    let found: ts.Expression | undefined;
    for (const st of this.sf.statements) {
      if (ts.isVariableStatement(st)) {
        if (!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer)
            found = d.initializer;
      } else if (ts.isExportAssignment(st)) {
        if (name === 'default') found = st.expression;
      } else if (
        ts.isExpressionStatement(st) &&
        ts.isBinaryExpression(st.expression) &&
        st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
      ) {
        const left = st.expression.left.getText(this.sf).replace(/\s+/g, '');
        const m = /^(?:module\.)?exports(?:\.(\w+))?$/.exec(left);
        if (m && (m[1] ?? (left.startsWith('module.') ? 'default' : undefined)) === name)
          found = st.expression.right;
      }
    }
    return found;
  }

  /** the function this file exports under `name` (a local function exported by name included) */
  exportedFunction(name: string): PureFunction | undefined {
    const isFn = (e: ts.Node | undefined): e is ts.ArrowFunction | ts.FunctionExpression =>
      !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e));
    const node = this.exportNode(name);
    if (isFn(node)) return node;
    if (node && ts.isIdentifier(node)) return this.pure.get(node.text) ?? undefined;
    if (!node && name !== 'default') {
      const all = this.exportNode('default');
      if (all && ts.isObjectLiteralExpression(all))
        for (const p of all.properties) {
          if (p.name?.getText(this.sf) !== name) continue;
          if (ts.isPropertyAssignment(p))
            return isFn(p.initializer)
              ? p.initializer
              : ts.isIdentifier(p.initializer)
                ? (this.pure.get(p.initializer.text) ?? undefined)
                : undefined;
          if (ts.isShorthandPropertyAssignment(p)) return this.pure.get(name) ?? undefined;
          if (ts.isMethodDeclaration(p)) return undefined;
        }
    }
    // `export function NAME`, `export const NAME = () => …`
    return this.pure.get(name) ?? undefined;
  }

  /** a local function that may be evaluated by the folder (a name defined twice is not) */
  private notePure(name: string, fn: PureFunction | undefined): void {
    const had = this.pure.get(name);
    if (had === fn && fn) return;
    this.pure.set(name, fn && had === undefined ? fn : null);
  }

  run(): CodeFact[] {
    this.hoist(this.sf);
    this.bindAll(this.sf);
    this.walk(this.sf, (n) => this.visit(n));
    this.dropParamFacts();
    return this.facts;
  }

  /**
   * A local function that passes its parameter on as the first argument of a call (`async
   * function fetchWithRetry(url, opts) { … fetch(url, opts) … }`) is recorded at each of its calls
   * with the caller's arguments in place of the parameter (expandLocal); the call in its body,
   * where the parameter is unknown, then tells nothing those do not (a request to a host known
   * only at run time, where every caller names its host). Its fact is dropped when every use of
   * the function's name in the file is a direct call of it (it is not exported, passed on or
   * stored, so no caller is out of sight), the name is declared once, and no wrapper expansion
   * was cut short by the budget. Helper files (whose facts go to the importing file) keep theirs.
   */
  private dropParamFacts(): void {
    if (!this.paramFacts.size || this.imports?.sink || this.budget.left <= 0) return;
    const names = new Set(this.paramFacts.values());
    const calls = new Map<string, number>();
    const escapes = new Set<string>();
    /** names the file exports (`export function f`, `export { f }`) */
    const exported = new Set<string>();
    for (const n of names) {
      const defs = this.funcs.get(n);
      if (defs?.length !== 1 || defs[0]?.method || this.pure.get(n) === null) escapes.add(n);
    }
    let seen = 0;
    const visit = (node: ts.Node): void => {
      if (++seen > 200_000) {
        for (const n of names) escapes.add(n);
        return;
      }
      if (ts.isIdentifier(node) && names.has(node.text)) {
        const p = node.parent;
        const declared =
          ((ts.isFunctionDeclaration(p) || ts.isVariableDeclaration(p)) && p.name === node) ||
          (ts.isPropertyAccessExpression(p) && p.name === node);
        const exports =
          (ts.isFunctionDeclaration(p) &&
            p.name === node &&
            !!p.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ||
          (ts.isExportSpecifier(p) && !p.propertyName && !p.parent.parent.moduleSpecifier);
        if (exports) exported.add(node.text);
        if (ts.isCallExpression(p) && p.expression === node && !this.resolve(node))
          calls.set(node.text, (calls.get(node.text) ?? 0) + 1);
        else if (!declared && !exports) escapes.add(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(this.sf);
    dropWrapperBodyFacts(this.facts, this.paramFacts, escapes, calls, exported);
  }

  /** the names the file binds (a loop's values are bound once its body has been) */
  private bindAll(sf: ts.SourceFile): void {
    const fns: ts.SignatureDeclaration[] = [];
    this.walk(
      sf,
      (n) => {
        this.bind(n);
        if (ts.isFunctionLike(n) && n.parameters.length) fns.push(n);
      },
      (n) => this.loopAtFileLevel(n) && (() => this.bindLoop(n)),
    );
    this.shadowParams(fns);
  }

  /**
   * A parameter hides the file's other bindings of its name inside its function: in
   * `new Promise((r) => setTimeout(r, ms))` the `r` is the resolver, not the `const r = await
   * fetch(…)` written above or below it in the same file (the flat table would hand the timer a
   * download: a real CLI's polling loop failed as download-and-execute). Only names the table
   * binds elsewhere are shadowed (a parameter named `fetch` does not make the global unknown in
   * the rest of the file), and a parameter some binder gave a value (a read callback's data)
   * keeps it. After the function the name holds again what it held before.
   */
  private shadowParams(fns: readonly ts.SignatureDeclaration[]): void {
    for (const fn of fns) {
      if (!('body' in fn) || !fn.body) continue;
      const names: [ts.Identifier, number][] = [];
      const collect = (n: ts.BindingName, at: number): void => {
        if (ts.isIdentifier(n)) names.push([n, at]);
        else for (const el of n.elements) if (!ts.isOmittedExpression(el)) collect(el.name, at);
      };
      for (const p of fn.parameters) collect(p.name, p.pos);
      for (const [id, at] of names) {
        const name = id.text;
        const list = this.b.entries(name);
        if (!list.length || list.some((e) => e.pos === at || e.pos === id.pos)) continue;
        let before: { readonly b: Binding | null } | undefined;
        for (const e of list) if (e.pos <= fn.pos) before = e;
        this.b.kill(name, id.pos);
        if (before?.b) this.b.set(name, before.b, fn.end);
        else this.b.kill(name, fn.end);
      }
    }
  }

  /**
   * Every node of the tree in source order, parents before their children, without recursion: a
   * chain of a thousand calls or a sum of a thousand strings is a tree that deep, and walking it
   * by recursion ran out of stack (the file then went unanalyzed). `after` may give, for a node,
   * what to do once its children are done.
   */
  private walk(
    root: ts.Node,
    visit: (n: ts.Node) => void,
    after?: (n: ts.Node) => (() => void) | false,
  ): void {
    const todo: (ts.Node | (() => void))[] = [root];
    const push = (c: ts.Node): void => {
      todo.push(c);
    };
    while (todo.length) {
      const item = todo.pop() as ts.Node | (() => void);
      if (typeof item === 'function') {
        item();
        continue;
      }
      visit(item);
      const then = after?.(item);
      if (then) todo.push(then);
      const first = todo.length;
      ts.forEachChild(item, push);
      // pushed in source order: reversed, the first child is popped first
      for (let i = first, j = todo.length - 1; i < j; i++, j--) {
        const t = todo[i] as ts.Node;
        todo[i] = todo[j] as ts.Node;
        todo[j] = t;
      }
    }
  }

  private hoist(sf: ts.SourceFile): void {
    for (const st of sf.statements)
      if (ts.isFunctionDeclaration(st) && st.name) this.notePure(st.name.text, st);
  }

  /** a local import: remembered so calls of it can be followed into the helper file */
  private noteImport(local: string, spec: string, name: string | undefined): void {
    if (!this.imports || !/^\.{1,2}\//.test(spec)) return;
    if (name === undefined) {
      this.modules.set(local, spec);
      this.imported.set(local, { spec, name: 'default' });
    } else this.imported.set(local, { spec, name });
  }

  /** the walker of the skill file a specifier stands for (bound, reporting into this file's facts) */
  private helper(spec: string): JsWalker | undefined {
    const imp = this.imports;
    if (!imp || imp.chain.length >= MAX_IMPORT_CHAIN) return undefined;
    let w = this.helpers.get(spec);
    if (w !== undefined) return w ?? undefined;
    w = null;
    for (const path of specPaths(imp.path, spec)) {
      if (imp.chain.includes(path) || this.budget.files <= 0) continue;
      const sf = imp.load(path);
      if (!sf) continue;
      this.budget.files--;
      w = new JsWalker(sf, this.ctx, {
        path,
        load: imp.load,
        chain: [...imp.chain, path],
        sink: this.facts,
        budget: this.budget,
      });
      w.hoist(sf);
      w.bindAll(sf);
      break;
    }
    this.helpers.set(spec, w);
    return w ?? undefined;
  }

  /**
   * A call of a function imported from another file of the skill (`import { sh } from
   * './util.js'`, `require('./util').sh(...)`): the helper's calls are recorded at this call's
   * line, folded with this call's arguments. False when the callee names no such function.
   */
  private expandImported(
    node: ts.CallExpression | ts.NewExpression,
    folder: Folder,
    line: number,
    depth: number,
    site: Site = siteOf(node),
  ): boolean {
    if (!this.imports || this.budget.left <= 0) return false;
    const e = site.expr;
    /** the function `target` names, or with `method` that method of the class `target` names */
    const expand = (
      target: { spec: string; name: string } | null | undefined,
      method?: string,
    ): boolean => {
      if (!target) return false;
      const w = this.helper(target.spec);
      // a default export may be named anything
      const ofClass = (d: JsFunc) =>
        d.method && (target.name === 'default' || d.owner === undefined || d.owner === target.name);
      const defs = w?.funcs.get(method ?? target.name)?.filter((d) => !method || ofClass(d));
      if (!w || !defs?.length) return false;
      w.expandDefs(defs, this.callValues(site, this.folding(folder, site)), line, depth);
      return true;
    };
    if (expand(this.importedTarget(e))) return true;
    if (!ts.isPropertyAccessExpression(e)) return false;
    const obj = e.expression;
    // `require('./net').send(...)`
    const req = ts.isCallExpression(obj) ? this.requireTarget(obj) : undefined;
    if (req?.spec !== undefined && /^\.{1,2}\//.test(req.spec))
      return expand({ spec: req.spec, name: e.name.text });
    // a method of a class of that file: `new Runner().run(...)`, `r.run(...)` after `r = new Runner()`
    if (ts.isNewExpression(obj) || ts.isCallExpression(obj))
      return expand(this.importedTarget(obj.expression), e.name.text);
    if (!ts.isIdentifier(obj)) return false;
    if (expand(this.instances.get(obj.text), e.name.text)) return true;
    // an instance made by that file: `import { runner } from './net.js'; runner.run(...)`
    const imp = this.imported.get(obj.text);
    const made = imp ? this.helper(imp.spec)?.made.get(imp.name) : undefined;
    return !!imp && !!made && expand({ spec: imp.spec, name: made }, e.name.text);
  }

  /** the (specifier, name) an expression stands for when it is imported from a skill file */
  private importedTarget(e: ts.Expression): { spec: string; name: string } | undefined {
    if (ts.isIdentifier(e)) return this.imported.get(e.text);
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const spec = this.modules.get(e.expression.text);
      if (spec) return { spec, name: e.name.text };
    }
    return undefined;
  }

  /** `const r = new Runner(...)` of a class imported from a skill file */
  private noteInstance(node: ts.VariableDeclaration): void {
    const init = node.initializer;
    if (!this.imports || !ts.isIdentifier(node.name) || !init || !ts.isNewExpression(init)) return;
    // an instance a helper file makes for its importers (`export const runner = new Runner()`)
    if (this.imports.sink && ts.isIdentifier(init.expression)) {
      const name = node.name.text;
      this.made.set(name, this.made.has(name) ? null : init.expression.text);
    }
    const cls = this.importedTarget(init.expression);
    if (!cls) return;
    const had = this.instances.get(node.name.text);
    this.instances.set(node.name.text, had === undefined ? cls : null);
  }

  private line(n: ts.Node): number {
    return this.sf.getLineAndCharacterOfPosition(n.getStart(this.sf)).line + 1;
  }

  private tick(): void {
    if (++this.visited % 2048 === 0) checkDeadline(this.ctx);
  }

  private fold(n: ts.Node): Value {
    return this.folder.fold(n);
  }

  /** module specifier of `require(x)` / `import(x)` / `await import(x)`, when `n` is one */
  private requireTarget(
    n: ts.Expression,
  ): { spec?: string; call: ts.CallExpression; callee: string } | undefined {
    let e: ts.Expression = n;
    while (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e)) return undefined;
    const callee = this.callee(e);
    if (!isRequireCallee(callee)) return undefined;
    const spec = this.requireSpec(e);
    return spec !== undefined ? { spec, call: e, callee } : { call: e, callee };
  }

  /** what a call or `new` calls: `import` for `import(x)`, else the callee's canonical name */
  private callee(n: ts.CallExpression | ts.NewExpression): string | undefined {
    return n.expression.kind === ts.SyntaxKind.ImportKeyword
      ? 'import'
      : this.resolve(n.expression);
  }

  /** the folded module specifier a require/import call names, when it folds to a string */
  private requireSpec(call: ts.CallExpression): string | undefined {
    const arg = call.arguments[0] ? this.fold(call.arguments[0]) : undefined;
    return isKnown(arg) ? arg.s : undefined;
  }

  /** answers of resolve, kept while no binding changes (see ChainMemo) */
  private readonly chains = new ChainMemo<ts.Expression>(
    () => this.b.version,
    chainBelow,
    (n) => this.resolveNew(n),
  );

  /** canonical name of an expression, or undefined when it is not something we know */
  resolve(n: ts.Expression): string | undefined {
    return this.chains.resolve(n);
  }

  /**
   * Dispatch tables: names declared once an object literal or a Map of things keyed by text
   * (`const senders = { post: axios.post }`, `new Map([['post', axios.post]])`, entries added by
   * `t.set('k', x)` or `t['k'] = x`), each key with its expression, so that `senders['post'](…)`
   * and `t.get('k')(…)` are what the entry names. A name declared again is no table (null).
   */
  private tablesMade?: Map<string, Map<string, ts.Expression> | null>;
  private tables(): Map<string, Map<string, ts.Expression> | null> {
    if (this.tablesMade) return this.tablesMade;
    const out = new Map<string, Map<string, ts.Expression> | null>();
    this.tablesMade = out;
    const key = (k: ts.Node | undefined): string | undefined => {
      if (!k) return undefined;
      if (ts.isIdentifier(k) || ts.isStringLiteralLike(k) || ts.isNumericLiteral(k)) return k.text;
      const v = ts.isExpression(k) ? this.fold(k) : UNKNOWN;
      return isKnown(v) && v.s.length <= 64 ? v.s : undefined;
    };
    const later: ts.Node[] = [];
    let seen = 0;
    const visit = (x: ts.Node): void => {
      if (++seen > 100_000) return;
      if (ts.isVariableDeclaration(x) && ts.isIdentifier(x.name)) {
        const entries = new Map<string, ts.Expression>();
        const init = x.initializer ? unparen(x.initializer) : undefined;
        if (init && ts.isObjectLiteralExpression(init))
          for (const p of init.properties.slice(0, 64)) {
            const k = p.name && !ts.isComputedPropertyName(p.name) ? key(p.name) : undefined;
            if (k === undefined) continue;
            if (ts.isPropertyAssignment(p)) entries.set(k, p.initializer);
            else if (ts.isShorthandPropertyAssignment(p)) entries.set(k, p.name);
          }
        const made =
          init &&
          ts.isNewExpression(init) &&
          ts.isIdentifier(init.expression) &&
          init.expression.text === 'Map' &&
          !this.b.has('Map');
        const list = made ? init.arguments?.[0] : undefined;
        if (list && ts.isArrayLiteralExpression(list))
          for (const pair of list.elements.slice(0, 64)) {
            if (!ts.isArrayLiteralExpression(pair) || pair.elements.length !== 2) continue;
            const k = key(pair.elements[0]);
            if (k !== undefined) entries.set(k, pair.elements[1] as ts.Expression);
          }
        const t = out.has(x.name.text) || (!entries.size && !made) ? null : entries;
        out.set(x.name.text, t);
      } else if (
        (ts.isCallExpression(x) && x.arguments.length === 2) ||
        (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken)
      )
        later.push(x);
      ts.forEachChild(x, visit);
    };
    visit(this.sf);
    for (const x of later.slice(0, 4096)) {
      let obj: ts.Expression | undefined;
      let k: string | undefined;
      let v: ts.Expression | undefined;
      if (ts.isCallExpression(x)) {
        const c = x.expression;
        if (!ts.isPropertyAccessExpression(c) || c.name.text !== 'set') continue;
        [obj, k, v] = [c.expression, key(x.arguments[0]), x.arguments[1]];
      } else if (ts.isBinaryExpression(x)) {
        const l = x.left;
        if (ts.isPropertyAccessExpression(l)) [obj, k] = [l.expression, l.name.text];
        else if (ts.isElementAccessExpression(l))
          [obj, k] = [l.expression, key(l.argumentExpression)];
        v = x.right;
      }
      const t = obj && ts.isIdentifier(obj) ? out.get(obj.text) : undefined;
      if (t && k !== undefined && v && t.size < 64) t.set(k, v);
    }
    return out;
  }

  /** the expression an entry of a dispatch table holds (`t['k']`, `t.k`, `t.get('k')`) */
  private tableEntry(
    table: ts.Expression,
    k: ts.Expression | undefined,
  ): ts.Expression | undefined {
    if (!ts.isIdentifier(table) || !k) return undefined;
    const t = this.tables().get(table.text);
    const name = t ? (ts.isIdentifier(k) ? k.text : this.keyOf(k)) : undefined;
    return t && name !== undefined ? t.get(name) : undefined;
  }

  /** table entries being resolved (see resolveEntry) */
  private readonly entering = new Set<ts.Expression>();

  /**
   * What a dispatch table's entry names, unless that entry is being resolved already: an entry
   * that names itself (`key.ctrl = isCtrl(code) || key.ctrl`, Ink's keypress parser) recursed
   * until the stack ran out, and the whole file went unanalyzed as "nested too deeply".
   */
  private resolveEntry(entry: ts.Expression): string | undefined {
    if (this.entering.has(entry)) return undefined;
    this.entering.add(entry);
    try {
      return this.resolve(entry);
    } finally {
      this.entering.delete(entry);
    }
  }

  private resolveNew(n: ts.Expression): string | undefined {
    // resolving recurses through chains: a blow-up here must end in the budget, not hang
    this.tick();
    if (
      ts.isParenthesizedExpression(n) ||
      ts.isAsExpression(n) ||
      ts.isNonNullExpression(n) ||
      ts.isAwaitExpression(n)
    ) {
      return this.resolve(n.expression);
    }
    if (ts.isIdentifier(n)) {
      const b = this.b.get(n.text, n.pos);
      if (b?.kind === 'name' || b?.kind === 'instance') return b.canonical;
      if (!this.b.has(n.text) && KNOWN_GLOBALS.has(n.text)) return n.text;
      return undefined;
    }
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      const base = this.resolve(n.expression);
      if (!base) {
        const entry = this.tableEntry(
          n.expression,
          ts.isPropertyAccessExpression(n) ? n.name : n.argumentExpression,
        );
        return entry ? this.resolveEntry(entry) : this.literalConstructor(n);
      }
      const key = ts.isPropertyAccessExpression(n) ? n.name.text : this.keyOf(n.argumentExpression);
      if (key === undefined) return undefined;
      // `Array.constructor`, `[].constructor.constructor`: every constructor's constructor is Function
      if (key === 'constructor' && CONSTRUCTORS.has(base)) return 'Function';
      // `Object.getPrototypeOf(async function () {}).constructor`: a function's prototype's
      // constructor is Function (AsyncFunction, GeneratorFunction: Function's kin, same power)
      if (key === 'constructor' && /^(?:Object|Reflect)\.getPrototypeOf\(\)$/.test(base)) {
        let call: ts.Expression = n.expression;
        while (ts.isParenthesizedExpression(call)) call = call.expression;
        let a = ts.isCallExpression(call) ? call.arguments[0] : undefined;
        while (a && ts.isParenthesizedExpression(a)) a = a.expression;
        if (a && (ts.isArrowFunction(a) || ts.isFunctionExpression(a))) return 'Function';
      }
      if (GLOBAL_OBJECTS.has(base)) return key;
      if (key === 'default') return base;
      return base.length > MAX_CALLEE_NAME ? undefined : `${base}.${key}`;
    }
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      // `(0, eval)`: the comma operator's value is its right operand
      if (op === ts.SyntaxKind.CommaToken) return this.resolve(n.right);
      // `typeof window === 'object' && window`, `globalThis || global`, `root ?? self`
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        const r = this.resolve(n.right);
        return r && GLOBAL_OBJECTS.has(r) ? r : undefined;
      }
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
        return this.either(n.left, n.right);
      return undefined;
    }
    if (ts.isConditionalExpression(n)) return this.either(n.whenTrue, n.whenFalse);
    if (ts.isFunctionExpression(n)) return this.returnsGlobal(n) ? GLOBAL_GETTER : undefined;
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      // the callee is resolved once here: asking requireTarget first and then resolving the
      // callee again doubled the work at every call of a chain (`program.option(..).option(..)`),
      // 2^n for n chained calls
      // `t.get('k')` of a dispatch table: what its entry names
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'get'
      ) {
        const entry = this.tableEntry(n.expression.expression, n.arguments[0]);
        if (entry) return this.resolveEntry(entry);
      }
      const c = this.callee(n);
      if (ts.isCallExpression(n) && isRequireCallee(c)) {
        const spec = this.requireSpec(n);
        return spec !== undefined && !isLocalSpec(spec) ? moduleName(spec) : undefined;
      }
      // `Function('return this')()`, `(function () { return this }).call(null)`, `eval('this')`
      if (c === GLOBAL_GETTER || c === `${GLOBAL_GETTER}.call` || c === `${GLOBAL_GETTER}.apply`)
        return 'globalThis';
      const a0 = n.arguments?.length === 1 ? n.arguments[0] : undefined;
      if (c === 'Function' && a0) {
        const body = this.fold(a0);
        if (isKnown(body) && GLOBAL_RETURN.test(body.s)) return GLOBAL_GETTER;
      }
      if (c === 'eval' && a0 && ts.isCallExpression(n)) {
        const code = this.fold(a0);
        if (isKnown(code) && GLOBAL_EXPR.test(code.s)) return 'globalThis';
      }
      // `Reflect.get(globalThis, 'ev' + 'al')`, `Reflect.get(cp, 'execSync')`: the property,
      // as `globalThis['ev' + 'al']` is
      if (c === 'Reflect.get' && ts.isCallExpression(n) && n.arguments.length >= 2) {
        const base = this.resolve(n.arguments[0] as ts.Expression);
        const key = this.keyOf(n.arguments[1] as ts.Expression);
        if (base && key !== undefined)
          return GLOBAL_OBJECTS.has(base)
            ? key
            : base.length > MAX_CALLEE_NAME
              ? undefined
              : `${base}.${key}`;
      }
      // `util.promisify(child_process.exec)` is still child_process.exec
      if ((c === 'util.promisify' || c === 'node:util.promisify') && n.arguments?.[0])
        return this.resolve(n.arguments[0]);
      // `globalThis.fetch.bind(globalThis)`: the same function, bound
      if (c?.endsWith('.bind') && ts.isCallExpression(n) && c.length > 5) {
        const base = c.slice(0, -5);
        if (NETWORK_CALLEE.test(base)) return base;
      }
      // `pickFetch()` of a local function that hands back a network function
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && !n.arguments.length) {
        const sender = this.returnedSender(n.expression.text);
        if (sender) return sender;
      }
      return c && c.length <= MAX_CALLEE_NAME ? `${c}()` : undefined;
    }
    return undefined;
  }

  /** `[].constructor` (Array), `''['constructor']` (String), `(() => {}).constructor` (Function) */
  private literalConstructor(
    n: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  ): string | undefined {
    if (ts.isPropertyAccessExpression(n) && n.name.text !== 'constructor') return undefined;
    let e: ts.Expression = n.expression;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    const kind = ts.isArrayLiteralExpression(e)
      ? 'Array'
      : ts.isObjectLiteralExpression(e)
        ? 'Object'
        : ts.isStringLiteral(e) ||
            ts.isNoSubstitutionTemplateLiteral(e) ||
            ts.isTemplateExpression(e)
          ? 'String'
          : ts.isNumericLiteral(e)
            ? 'Number'
            : ts.isArrowFunction(e) || ts.isFunctionExpression(e)
              ? 'Function'
              : undefined;
    if (!kind || ts.isPropertyAccessExpression(n)) return kind;
    return this.keyOf(n.argumentExpression) === 'constructor' ? kind : undefined;
  }

  /** one of two alternatives (`a || b`, `c ? a : b`): the same name, or a global object */
  private either(a: ts.Expression, b: ts.Expression): string | undefined {
    const l = this.resolve(a);
    if (l && GLOBAL_OBJECTS.has(l)) return l;
    const r = this.resolve(b);
    if (l === r) return l;
    // `globalThis.fetch ? globalThis.fetch : nodeFetch`: a request either way
    if (l && r && NETWORK_CALLEE.test(l) && NETWORK_CALLEE.test(r)) return l;
    if (r && GLOBAL_OBJECTS.has(r) && l === undefined) return r;
    return undefined;
  }

  /** local functions being asked what they return (returnedSender), against recursion */
  private readonly asking = new Set<string>();

  /**
   * The network function a local function without parameters hands back on every return
   * (`function pickFetch() { return typeof fetch === 'function' ? fetch : nodeFetch; }`,
   * `const pick = () => globalThis.fetch.bind(globalThis)`): its result called is a request.
   */
  private returnedSender(name: string): string | undefined {
    const fn = this.pure.get(name);
    if (!fn?.body || fn.parameters.length || this.asking.has(name)) return undefined;
    const returned: ts.Expression[] = [];
    if (!ts.isBlock(fn.body)) returned.push(fn.body);
    else {
      let bare = false;
      const visit = (x: ts.Node): void => {
        if (ts.isFunctionLike(x)) return;
        if (ts.isReturnStatement(x)) {
          if (x.expression) returned.push(x.expression);
          else bare = true;
        }
        ts.forEachChild(x, visit);
      };
      ts.forEachChild(fn.body, visit);
      if (bare) return undefined;
    }
    if (!returned.length || returned.length > 8) return undefined;
    this.asking.add(name);
    try {
      const names = returned.map((e) => this.resolve(e));
      const first = names[0];
      return first && names.every((x) => x !== undefined && NETWORK_CALLEE.test(x))
        ? first
        : undefined;
    } finally {
      this.asking.delete(name);
    }
  }

  /** a (sloppy-mode) function expression whose body is `return this` or returns a global object */
  private returnsGlobal(fn: ts.FunctionExpression): boolean {
    const st = fn.body.statements;
    const ret = st.length === 1 ? st[0] : undefined;
    if (!ret || !ts.isReturnStatement(ret) || !ret.expression) return false;
    let e = ret.expression;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (e.kind === ts.SyntaxKind.ThisKeyword) return true;
    const r = this.resolve(e);
    return !!r && GLOBAL_OBJECTS.has(r);
  }

  private keyOf(e: ts.Expression): string | undefined {
    const v = this.fold(e);
    return isKnown(v) ? v.s : undefined;
  }

  // ---- pass 1: bindings ----------------------------------------------------------------------

  /** the known texts a call or `new` (awaited or not) is given: madeTexts of its arguments */
  private madeWith(init: ts.Expression): string[] | undefined {
    let e: ts.Expression = init;
    while (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return undefined;
    const args = (e.arguments ?? []).slice(0, 16).filter((a) => !ts.isSpreadElement(a));
    return madeTexts(args.map((a) => this.fold(a)));
  }

  /**
   * CallFact.madeWith of a method call: the texts the object at the root of its chain
   * (`router` of `router.methods.swap(…).send()`) was made with, when a name bound to an instance
   */
  private madeWithOf(expr: ts.Expression): string[] | undefined {
    let e: ts.Expression = expr;
    for (let i = 0; i < 32; i++) {
      if (
        ts.isPropertyAccessExpression(e) ||
        ts.isElementAccessExpression(e) ||
        ts.isCallExpression(e) ||
        ts.isNonNullExpression(e) ||
        ts.isParenthesizedExpression(e) ||
        ts.isAwaitExpression(e)
      )
        e = e.expression;
      else break;
    }
    if (!ts.isIdentifier(e)) return undefined;
    const b = this.b.get(e.text, e.pos);
    return b?.kind === 'instance' ? b.made : undefined;
  }

  private bindName(name: ts.BindingName, init: ts.Expression | undefined): void {
    if (!init) return;
    if (ts.isIdentifier(name)) {
      if (
        ts.isCallExpression(init) &&
        ts.isPropertyAccessExpression(init.expression) &&
        init.expression.name.text === 'bind' &&
        !init.arguments.some(ts.isSpreadElement)
      ) {
        // const sh = child_process.execSync.bind(null, ...bound): calls of `sh` are calls of the target
        const target = init.expression.expression;
        const canonical = this.resolve(target);
        if (canonical || ts.isIdentifier(target)) {
          const b: Binding = { kind: 'partial', target, args: init.arguments.slice(1) };
          if (canonical) b.canonical = canonical;
          this.b.set(name.text, b, name.pos);
          return;
        }
      }
      const folded = this.fold(init);
      // a client made with a credential (`axios.create({ headers: { 'x-api-key': KEY } })`)
      // stays the client, whose calls are requests, and carries what it was made with
      const made = folded.kind === 'str' && folded.source ? this.resolve(init) : undefined;
      if (made?.endsWith('()')) {
        const b: Binding = { kind: 'instance', canonical: made, value: folded };
        const texts = this.madeWith(init);
        if (texts) b.made = texts;
        this.b.set(name.text, b, name.pos);
        return;
      }
      // (the values of a config file the skill ships, parsed: `JSON.parse(readFileSync(P))`)
      // (and the data a JSON text or an object literal written in the code spells:
      // `JSON.parse('{"u": …}')`, `Object.keys({ curl: 1, … })`)
      if (
        folded.kind === 'str' ||
        ((folded.kind === 'obj' || folded.kind === 'list') &&
          (carries(folded, 'shipped') || LITERAL_DATA.test(this.resolve(init) ?? '')))
      ) {
        this.b.set(name.text, { kind: 'value', value: folded }, name.pos);
        return;
      }
      const canon = this.resolve(init);
      if (canon) {
        const texts = canon.endsWith('()') ? this.madeWith(init) : undefined;
        this.b.set(
          name.text,
          canon.endsWith('()')
            ? { kind: 'instance', canonical: canon, ...(texts ? { made: texts } : {}) }
            : { kind: 'name', canonical: canon },
          name.pos,
        );
        return;
      }
      const v = this.fold(init);
      if (v.kind !== 'unknown') this.b.set(name.text, { kind: 'value', value: v }, name.pos);
      else {
        this.b.kill(name.text, name.pos);
        const cond = unparen(init);
        if (ts.isConditionalExpression(cond)) {
          const list = this.choices.get(name.text) ?? [];
          if (list.length < 16) list.push({ pos: name.pos, node: cond });
          this.choices.set(name.text, list);
        }
      }
      return;
    }
    if (ts.isArrayBindingPattern(name)) {
      // `const [, shell, , url] = ['v1', 'bash', 'stable', 'https://…']`: each name its item
      const held = this.fold(init);
      if (held.kind === 'str' && held.source && held.source !== DOTENV_SOURCE) {
        this.bindSourced(name, held);
        return;
      }
      if (held.kind !== 'list') return;
      for (const [i, el] of name.elements.entries()) {
        if (ts.isOmittedExpression(el) || !ts.isIdentifier(el.name)) continue;
        const v: Value | undefined = el.dotDotDotToken
          ? { kind: 'list', items: held.items.slice(i) }
          : held.items[i];
        if (v && v.kind !== 'unknown')
          this.b.set(el.name.text, { kind: 'value', value: v }, el.pos);
      }
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      // fields of what a credential file held carry it, as `cfg.skills.entries` does
      const held = this.fold(init);
      if (held.kind === 'str' && held.source && held.source !== DOTENV_SOURCE) {
        this.bindSourced(name, held);
        return;
      }
      // (the fields of data spelled in the code, `const { steps } = JSON.parse('{…}')`, are values)
      const made = this.resolve(init);
      const base = made && !(held.kind === 'obj' && LITERAL_DATA.test(made)) ? made : undefined;
      const value = base ? undefined : held;
      for (const el of name.elements) {
        if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
        const key = el.propertyName
          ? ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName)
            ? el.propertyName.text
            : undefined
          : el.name.text;
        if (!key) continue;
        if (base)
          this.b.set(el.name.text, {
            kind: 'name',
            canonical: GLOBAL_OBJECTS.has(base) ? key : `${base}.${key}`,
          });
        else if (value?.kind === 'obj') {
          const v = value.props.get(key);
          if (v) this.b.set(el.name.text, { kind: 'value', value: v }, el.pos);
        }
        // `const { cmd } = await r.json()`: a field of downloaded data is downloaded data
        else if (carries(value, 'remote'))
          this.b.set(el.name.text, { kind: 'value', value: sourced('remote') }, el.pos);
      }
    }
  }

  /** every name a destructuring binds (`{ skills: { entries: { [own]: cfg } }, ...rest }`) */
  private bindSourced(name: ts.BindingName, value: Value): void {
    if (ts.isIdentifier(name)) this.b.set(name.text, { kind: 'value', value }, name.pos);
    else
      for (const el of name.elements)
        if (!ts.isOmittedExpression(el)) this.bindSourced(el.name, value);
  }

  /**
   * The function a call of a local factory returns (`function mk(u) { return (d) => fetch(u, {
   * body: d }); }`, `const mk = (u) => (d) => …`): a closure the code calls by another name.
   */
  private madeFunction(init: ts.Expression): ts.ArrowFunction | ts.FunctionExpression | undefined {
    const call = unparen(init);
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
    const fn = this.pure.get(call.expression.text);
    if (!fn?.body) return undefined;
    const isFn = (e: ts.Expression | undefined) => {
      const x = e ? unparen(e) : undefined;
      return x && (ts.isArrowFunction(x) || ts.isFunctionExpression(x)) ? x : undefined;
    };
    if (!ts.isBlock(fn.body)) return isFn(fn.body);
    for (const st of fn.body.statements)
      if (ts.isReturnStatement(st)) {
        const r = isFn(st.expression);
        if (r) return r;
      }
    return undefined;
  }

  /**
   * A read with a callback (`fs.readFile(p, (err, data) => …)`): the callback's second parameter
   * holds what the read returns, as `fs.readFileSync(p)` does (a credential file's text is traced).
   */
  private bindReadCallback(node: ts.Node): void {
    if (!ts.isCallExpression(node) || node.arguments.length < 2) return;
    const fn = node.arguments[node.arguments.length - 1];
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
    if (this.resolve(node.expression) !== 'fs.readFile') return;
    const p = fn.parameters[1];
    if (!p || !ts.isIdentifier(p.name)) return;
    const v = this.fold(node);
    if (v.kind !== 'unknown') this.b.set(p.name.text, { kind: 'value', value: v }, p.pos);
  }

  /**
   * A WebSocket's message handler (`ws.onmessage = (m) => …`, `ws.on('message', (d) => …)`,
   * `ws.addEventListener('message', (e) => …)`) is handed what the server sent: its first
   * parameter holds downloaded data, as a fetch response does.
   */
  /**
   * The chunks of a response read by events (`https.get(u, (res) => { res.on('data', (d) =>
   * (body += d)) })`): what they are added to (`body += d`, `chunks.push(d)`) holds downloaded
   * data from there on
   */
  private bindResponseChunks(node: ts.Node): void {
    if (
      !ts.isCallExpression(node) ||
      !ts.isPropertyAccessExpression(node.expression) ||
      !/^(?:on|once|addListener)$/.test(node.expression.name.text) ||
      !ts.isIdentifier(node.expression.expression)
    )
      return;
    const [ev, fn] = node.arguments;
    if (!ev || !ts.isStringLiteral(ev) || ev.text !== 'data') return;
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
    const chunk = fn.parameters[0]?.name;
    if (!chunk || !ts.isIdentifier(chunk)) return;
    // the emitter is the response parameter of a callback given to an HTTP request
    if (!this.isResponseParam(node.expression.expression.text, node)) return;
    const visit = (x: ts.Node): void => {
      let target: ts.Identifier | undefined;
      if (
        ts.isBinaryExpression(x) &&
        x.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
        ts.isIdentifier(x.left) &&
        ts.isIdentifier(x.right) &&
        x.right.text === chunk.text
      )
        target = x.left;
      else if (
        ts.isCallExpression(x) &&
        ts.isPropertyAccessExpression(x.expression) &&
        x.expression.name.text === 'push' &&
        ts.isIdentifier(x.expression.expression) &&
        x.arguments.some((a) => ts.isIdentifier(a) && a.text === chunk.text)
      )
        target = x.expression.expression;
      // (after the compound assignment's own kill of the name, at its start)
      if (target) this.b.set(target.text, { kind: 'value', value: sourced('remote') }, x.end);
      ts.forEachChild(x, visit);
    };
    visit(fn.body);
  }

  /**
   * `res`, used at `at`, is the response parameter of a callback given to an HTTP request
   * (`https.get(u, (res) => { … })`): the downloaded data
   */
  private isResponseParam(res: string, at: ts.Node): boolean {
    let owner: ts.Node | undefined = at.parent;
    while (
      owner &&
      !(ts.isFunctionLike(owner) && owner.parameters[0]?.name.getText(this.sf) === res)
    )
      owner = owner.parent;
    const call = owner?.parent;
    return (
      !!owner &&
      !!call &&
      ts.isCallExpression(call) &&
      call.arguments.includes(owner as ts.Expression) &&
      /^(?:node:)?https?\.(?:get|request)$/.test(this.resolve(call.expression) ?? '')
    );
  }

  private bindSocketMessages(node: ts.Node): void {
    let target: ts.Expression | undefined;
    let fn: ts.Expression | undefined;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === 'onmessage'
    ) {
      target = node.left.expression;
      fn = node.right;
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      /^(?:on|once|addEventListener|addListener)$/.test(node.expression.name.text) &&
      node.arguments.length >= 2 &&
      ts.isStringLiteral(node.arguments[0] as ts.Expression) &&
      (node.arguments[0] as ts.StringLiteral).text === 'message'
    ) {
      target = node.expression.expression;
      fn = node.arguments[1];
    }
    if (!target || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
    const made = this.resolve(target) ?? '';
    if (
      !/(?:^|\.)(?:WebSocket|ws|ws\.WebSocket|isomorphic-ws|reconnecting-websocket)(?:\(\))?$/.test(
        made,
      )
    )
      return;
    const p = fn.parameters[0];
    if (p && ts.isIdentifier(p.name))
      this.b.set(p.name.text, { kind: 'value', value: sourced('remote') }, p.pos);
  }

  /**
   * Paths a response is saved to; and the variable of a `for … of` over downloaded data (`for (const t of tasks)` of `const { tasks }
   * = await r.json()`), and the first parameter of a `.forEach`/`.map` callback on it, hold a piece
   * of it: downloaded data, as Python's loop over a response is. The first parameter of a `.then`
   * callback on a download (`fetch(u).then((r) => r.text()).then((t) => fs.writeFileSync(p, t))`)
   * is what the promise gives: the response, or what was made of it.
   */
  private bindRemoteItems(node: ts.Node): void {
    // a response saved whole to a known path (`fs.writeFileSync(STATE, await r.text())`): what is
    // read back from that path later in the file is downloaded data (a task runner's state file)
    if (ts.isCallExpression(node) && node.arguments.length >= 2) {
      const [to, data] = node.arguments;
      if (to && data && SAVES.test(this.resolve(node.expression) ?? '')) {
        const target = this.fold(to);
        if (target.kind === 'str' && !target.s.includes(HOLE) && carries(this.fold(data), 'remote'))
          this.downloaded.add(target.s);
      }
    }
    let name: ts.Identifier | undefined;
    let list: ts.Expression | undefined;
    if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const d = node.initializer.declarations[0];
      if (node.initializer.declarations.length === 1 && d && ts.isIdentifier(d.name)) name = d.name;
      // `for (const [id, acc] of Object.entries(m))`: the value
      else if (d && ts.isArrayBindingPattern(d.name) && d.name.elements.length === 2) {
        const el = d.name.elements[1];
        if (el && ts.isBindingElement(el) && !el.dotDotDotToken && ts.isIdentifier(el.name))
          name = el.name;
      }
      list = node.expression;
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      /^(?:forEach|map|flatMap|then)$/.test(node.expression.name.text)
    ) {
      const fn = node.arguments[0];
      const p =
        fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))
          ? fn.parameters[0]
          : undefined;
      if (p && ts.isIdentifier(p.name)) name = p.name;
      list = node.expression.expression;
    }
    if (!name || !list) return;
    // …and a loop over what was read from a credential file (`for (const acc of
    // Object.values(cfg.channels.telegram.accounts))`) holds a piece of the credentials
    const held = this.fold(list);
    const src = carries(held, 'remote')
      ? 'remote'
      : ts.isForOfStatement(node) && carries(held, CREDENTIAL_SOURCE)
        ? CREDENTIAL_SOURCE
        : undefined;
    if (src) {
      this.b.set(name.text, { kind: 'value', value: sourced(src) }, name.pos);
      if (ts.isForOfStatement(node)) this.bindGathered(node, name.text, src);
    } else {
      // …or over a list of paths naming a credential file of the user's (one the code or a
      // config file it ships lists): on one turn the item is that file (python/walk.ts
      // credentialItem)
      const found =
        (ts.isForOfStatement(node)
          ? (this.homeGlob(list) ?? this.homeWalk(list, node.statement, name.text, node.pos))
          : undefined) ??
        (held.kind === 'list' ? held.items.find((i) => credentialFile(i)) : undefined);
      if (found) this.b.set(name.text, { kind: 'value', value: found }, name.pos);
    }
  }

  /**
   * A list the items of a loop over data of a kind are gathered into (`for await (const l of
   * lines()) out.push(l)`, `out.push(l.trim())`, `out.unshift({ l })`): after the loop it holds
   * that kind too
   */
  private bindGathered(loop: ts.ForOfStatement, item: string, src: string): void {
    const mentions = (x: ts.Node): boolean =>
      (ts.isIdentifier(x) && x.text === item) ||
      !!ts.forEachChild(x, (c) => mentions(c) || undefined);
    const lists = new Set<string>();
    const visit = (x: ts.Node): void => {
      if (lists.size > 8) return;
      if (
        ts.isCallExpression(x) &&
        ts.isPropertyAccessExpression(x.expression) &&
        /^(?:push|unshift)$/.test(x.expression.name.text) &&
        ts.isIdentifier(x.expression.expression) &&
        x.arguments.some(mentions)
      )
        lists.add(x.expression.expression.text);
      ts.forEachChild(x, visit);
    };
    visit(loop.statement);
    for (const name of lists) {
      const before = boundValue(this.b.get(name, loop.pos));
      const items = before?.kind === 'list' ? before.items : [];
      this.b.set(
        name,
        { kind: 'value', value: { kind: 'list', items: [...items, sourced(src)] } },
        loop.end,
      );
    }
  }

  /**
   * `while ((d = dir.readSync()) !== null)`, `await dir.read()`: each entry read from a Dir of a
   * recursive opendir of home in the condition of a loop is one of its entries (homeWalk)
   */
  private bindDirReads(node: ts.Node): void {
    if (
      !ts.isBinaryExpression(node) ||
      node.operatorToken.kind !== ts.SyntaxKind.EqualsToken ||
      !ts.isIdentifier(node.left)
    )
      return;
    const read = bare(node.right);
    if (
      !ts.isCallExpression(read) ||
      !ts.isPropertyAccessExpression(read.expression) ||
      !/^read(?:Sync)?$/.test(read.expression.name.text) ||
      !ts.isIdentifier(read.expression.expression)
    )
      return;
    let loop: ts.Node = node.parent;
    while (ts.isParenthesizedExpression(loop) || ts.isBinaryExpression(loop)) loop = loop.parent;
    if (!ts.isWhileStatement(loop) && !ts.isDoStatement(loop) && !ts.isForStatement(loop)) return;
    const found = this.homeWalk(
      read.expression.expression,
      loop.statement,
      node.left.text,
      loop.pos,
    );
    // after the kill of the assignment itself (bind)
    if (found) this.b.set(node.left.text, { kind: 'value', value: found }, node.end);
  }

  /**
   * A loop over a recursive listing of the user's home (`fs.readdirSync(os.homedir(), {
   * recursive: true })`, fs.promises.readdir, opendir's Dir read with `for await`), each entry
   * tested by its name (`path.basename(rel) === '.git'`, `d.name !== 'AGENTS.md'`,
   * `rel.endsWith('.git')`, in the loop or in a `.filter` callback of the listing): each item is
   * some path under home with that name, as homeGlob's are; an entry (withFileTypes, opendir) is a
   * Dirent whose `name` is that name and whose `parentPath` is some folder under home. With no test
   * of the name the item stays unknown. `scope` is the loop's body, `at` where the loop starts.
   */
  private homeWalk(
    list: ts.Expression,
    scope: ts.Node,
    item: string,
    at: number,
  ): Value | undefined {
    let e = bare(list);
    const scopes: Array<[ts.Node, string]> = [[scope, item]];
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === 'filter'
    ) {
      const cb = e.arguments[0];
      const p =
        cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))
          ? cb.parameters[0]
          : undefined;
      if (cb && p && ts.isIdentifier(p.name)) scopes.push([cb, p.name.text]);
      e = bare(e.expression.expression);
    }
    if (ts.isIdentifier(e)) {
      // `const all = await fs.promises.readdir(...)`, `const dir = await opendir(...)`: the last
      // declaration of the name above the loop
      let init: ts.Expression | undefined;
      for (const id of this.identifiers(e.text))
        if (
          id.end <= at &&
          ts.isVariableDeclaration(id.parent) &&
          id.parent.name === id &&
          id.parent.initializer
        )
          init = id.parent.initializer;
      if (!init) return undefined;
      e = bare(init);
    }
    if (!ts.isCallExpression(e)) return undefined;
    const callee = this.resolve(e.expression) ?? '';
    if (!LISTS_DIR.test(callee)) return undefined;
    const root = e.arguments[0] ? this.fold(e.arguments[0]) : undefined;
    const opts = e.arguments[1] ? this.fold(e.arguments[1]) : undefined;
    const flag = (k: string): boolean => {
      const v = opts?.kind === 'obj' ? opts.props.get(k) : undefined;
      return isKnown(v) && v.s === 'true';
    };
    if (!isKnown(root) || !/^~(?:\/|$)/.test(root.s) || !flag('recursive')) return undefined;
    let test: NameTest | undefined;
    for (const [scope, v] of scopes) test ??= nameTest(scope, v);
    if (!test) return undefined;
    if (/opendir/.test(callee) || flag('withFileTypes')) {
      const name = test.how === 'suffix' ? HOLE + test.name : test.name;
      const folder = str(`${root.s.replace(/\/+$/, '')}/${HOLE}`, { computed: true });
      const props = new Map<string, Value>([
        ['name', str(name, { computed: true })],
        ['parentPath', folder],
        ['path', folder],
      ]);
      return { kind: 'obj', props };
    }
    const rel =
      test.how === 'self'
        ? test.name
        : test.how === 'suffix'
          ? HOLE + test.name
          : `${HOLE}/${test.name}`;
    return str(rel, { computed: true });
  }

  /**
   * A loop over the files of the user's home that match a pattern (`fs.globSync('**' + '/.git', {
   * cwd: os.homedir() })`, glob's or fast-glob's sync and promise forms, a pattern under home):
   * each item is some file under home matching it, the pattern with its wildcards unknown, as
   * python/walk.ts homeGlob; relative to `cwd` unless `absolute` is set, the pattern's own folder
   * kept, so `path.join(os.homedir(), g, 'hooks', 'pre-commit')` names a repository's hook
   */
  private homeGlob(list: ts.Expression): Value | undefined {
    let e = list;
    while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e) || !GLOBS.test(this.resolve(e.expression) ?? '')) return undefined;
    const pat = e.arguments[0] ? this.fold(e.arguments[0]) : undefined;
    if (!isKnown(pat) || !/[*?[{]/.test(pat.s)) return undefined;
    const opts = e.arguments[1] ? this.fold(e.arguments[1]) : undefined;
    const cwd = opts?.kind === 'obj' ? opts.props.get('cwd') : undefined;
    const flag = opts?.kind === 'obj' ? opts.props.get('absolute') : undefined;
    const absolute = isKnown(flag) && flag.s === 'true';
    const under = /^~(?:\/|$)/.test(pat.s) || (isKnown(cwd) && /^~(?:\/|$)/.test(cwd.s));
    if (!under) return undefined;
    const full =
      absolute && isKnown(cwd) && !pat.s.startsWith('~')
        ? `${cwd.s.replace(/\/+$/, '')}/${pat.s}`
        : pat.s;
    return str(full.replace(/\*\*\/|\*\*$|[*?]|\[[^\]]*\]|\{[^}]*\}/g, HOLE), { computed: true });
  }

  /**
   * Functions a helper file exports under another name than their own: `exports.sh = (c) =>
   * ...`, `module.exports = function (c) {...}` and `export default (c) => ...` (as `default`)
   */
  private bindExport(node: ts.Node): void {
    if (!this.imports?.sink) return;
    const isFn = (e: ts.Node): e is ts.ArrowFunction | ts.FunctionExpression =>
      ts.isArrowFunction(e) || ts.isFunctionExpression(e);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isFn(node.right)
    ) {
      const left = node.left.getText(this.sf).replace(/\s+/g, '');
      const m = /^(?:module\.)?exports(?:\.(\w+))?$/.exec(left);
      if (m && (m[1] || left.startsWith('module.')))
        this.addFunc(m[1] ?? 'default', node.right, false);
    } else if (ts.isExportAssignment(node) && isFn(node.expression))
      this.addFunc('default', node.expression, false);
    else if (
      ts.isFunctionDeclaration(node) &&
      node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
    )
      this.addFunc('default', node, false);
  }

  private bind(node: ts.Node): void {
    this.tick();
    if (ts.isFunctionDeclaration(node) && node.name) this.addFunc(node.name.text, node, false);
    else if (ts.isMethodDeclaration(node) && ts.isIdentifier(node.name))
      this.addFunc(node.name.text, node, true, this.ownerOf(node));
    else if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      // `const tools = { run: (c) => execSync(c) }` called as `tools.run(...)`
      this.addFunc(node.name.text, node.initializer, true);
    else if (ts.isCallExpression(node) || ts.isNewExpression(node))
      // `tools.set('run', (c) => execSync(c))`, `new Map([['run', (c) => …]])` called as
      // `tools.get('run')(...)`: a Map of functions by literal keys is an object of them
      for (const [key, fn] of mapEntries(node)) this.addFunc(key, fn, true);
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      this.addFunc(node.name.text, node.initializer, false);
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      // `const report = makeReporter(URL)`: the function the local factory returns, called as
      // `report(x)`, is a wrapper as a function declared here is
      const made = this.madeFunction(node.initializer);
      if (made) this.addFunc(node.name.text, made, false);
    }
    this.bindExport(node);
    this.bindMutation(node);
    this.bindEmitted(node);
    this.bindSocketMessages(node);
    this.bindResponseChunks(node);
    this.bindReadCallback(node);
    this.bindRemoteItems(node);
    this.bindDirReads(node);
    if (ts.isVariableDeclaration(node)) {
      const init = node.initializer;
      if (init && ts.isIdentifier(node.name))
        this.notePure(
          node.name.text,
          ts.isArrowFunction(init) || ts.isFunctionExpression(init) ? init : undefined,
        );
      this.bindName(node.name, node.initializer);
      this.noteInstance(node);
      const req = node.initializer ? this.requireTarget(node.initializer) : undefined;
      if (req?.spec !== undefined) {
        // const util = require('./util'); const { sh } = require('./util')
        if (ts.isIdentifier(node.name)) this.noteImport(node.name.text, req.spec, undefined);
        else if (ts.isObjectBindingPattern(node.name))
          for (const el of node.name.elements) {
            const key = el.propertyName ?? el.name;
            if (ts.isIdentifier(el.name) && ts.isIdentifier(key) && !el.dotDotDotToken)
              this.noteImport(el.name.text, req.spec, key.text);
          }
      }
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      // a local function or class shadows a global of the same name (e.g. `function fetch()`)
      this.b.kill(node.name.text, 0);
      this.notePure(node.name.text, ts.isFunctionDeclaration(node) ? node : undefined);
    } else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.importClause
    ) {
      const spec = node.moduleSpecifier.text;
      const mod = moduleName(spec);
      const clause = node.importClause;
      if (clause.name) {
        this.b.set(clause.name.text, { kind: 'name', canonical: mod });
        this.noteImport(clause.name.text, spec, undefined);
      }
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) {
        this.b.set(nb.name.text, { kind: 'name', canonical: mod });
        this.noteImport(nb.name.text, spec, undefined);
      } else if (nb) {
        for (const el of nb.elements) {
          const imported = (el.propertyName ?? el.name).text;
          this.b.set(el.name.text, {
            kind: 'name',
            canonical: imported === 'default' ? mod : `${mod}.${imported}`,
          });
          this.noteImport(el.name.text, spec, imported);
        }
      }
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e))
        this.b.set(node.name.text, { kind: 'name', canonical: moduleName(e.text) });
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left)
    ) {
      this.notePure(node.left.text, undefined);
      // a fresh temporary folder assigned in a test's setup (`tmpHome = fs.mkdtempSync(…)` in
      // beforeEach, `repo = path.join(tmpRoot, 'main')`) is that folder where the tests use the
      // name after it
      const fresh = FRESH_CALL.test(node.right.getText(this.sf))
        ? this.fold(node.right)
        : undefined;
      const canon = this.resolve(node.right);
      if (fresh?.kind === 'str' && FRESH_TMP.test(fresh.s)) {
        this.b.kill(node.left.text, node.pos);
        this.b.set(node.left.text, { kind: 'value', value: fresh }, node.end);
      } else if (canon)
        this.b.set(
          node.left.text,
          canon.endsWith('()')
            ? { kind: 'instance', canonical: canon }
            : { kind: 'name', canonical: canon },
          node.pos,
        );
      else this.b.kill(node.left.text, node.pos);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstCompoundAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastCompoundAssignment &&
      ts.isIdentifier(node.left)
    ) {
      // `src += d.final('utf8')`, `body += chunk`: text that was decoded or carries data of a kind
      // keeps it (the pieces joined); any other change leaves the name unknown
      const l = this.fold(node.left);
      const r = this.fold(node.right);
      const kept = (v: Value): boolean =>
        v.kind === 'str' && (v.decodedFrom !== undefined || v.source !== undefined);
      this.b.kill(node.left.text, node.pos);
      if (
        node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
        l.kind === 'str' &&
        r.kind === 'str' &&
        (kept(l) || kept(r))
      )
        this.b.set(node.left.text, { kind: 'value', value: concat([l, r]) }, node.end);
    } else if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      ts.isIdentifier(node.operand)
    ) {
      this.b.kill(node.operand.text, node.pos);
    }
  }

  /**
   * A statement of its own that adds to a list, Set or object a name holds (`parts.push('curl')`, `seen.add(x)`,
   * `cfg.set('src', URL)`, `o.src = URL`, `o['src'] = URL`): from its end the name holds the
   * changed copy (a statement inside a branch or a loop is not one that surely ran: it is left)
   */
  private bindMutation(node: ts.Node): void {
    if (
      !ts.isExpressionStatement(node) ||
      !(
        ts.isSourceFile(node.parent) ||
        (ts.isBlock(node.parent) && ts.isFunctionLike(node.parent.parent))
      )
    )
      return;
    const e = node.expression;
    let target: ts.Expression | undefined;
    let change: ((v: Value) => Value | undefined) | undefined;
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
      const m = e.expression.name.text;
      target = e.expression.expression;
      const args = e.arguments;
      if ((m === 'push' || m === 'unshift' || m === 'add') && !args.some(ts.isSpreadElement)) {
        const vals = args.map((a) => this.fold(a));
        change = (v) =>
          v.kind === 'list' && v.items.length + vals.length <= 256
            ? { kind: 'list', items: m === 'push' ? [...v.items, ...vals] : [...vals, ...v.items] }
            : undefined;
      } else if (m === 'set' && args.length === 2) {
        const k = this.fold(args[0] as ts.Expression);
        const x = this.fold(args[1] as ts.Expression);
        change = (v) => (v.kind === 'obj' ? withProp(v, k, x) : undefined);
      }
    } else if (
      ts.isBinaryExpression(e) &&
      e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isPropertyAccessExpression(e.left) || ts.isElementAccessExpression(e.left))
    ) {
      target = e.left.expression;
      const k = ts.isPropertyAccessExpression(e.left)
        ? str(e.left.name.text)
        : this.fold(e.left.argumentExpression);
      const x = this.fold(e.right);
      change = (v) => (v.kind === 'obj' ? withProp(v, k, x) : undefined);
    }
    if (!target || !change || !ts.isIdentifier(target)) return;
    const b = this.b.get(target.text, node.pos);
    if (b?.kind !== 'value' || (b.value.kind !== 'obj' && b.value.kind !== 'list')) return;
    const next = change(b.value);
    if (next) this.b.set(target.text, { kind: 'value', value: next }, node.end);
    else this.b.kill(target.text, node.end);
  }

  /**
   * `bus.emit('ready', data)` with `bus.on('ready', (d) => …)` in the file: the handler's
   * parameters hold what the emit passes (a value that folds; several emits: the last)
   */
  private bindEmitted(node: ts.Node): void {
    if (
      !ts.isCallExpression(node) ||
      !ts.isPropertyAccessExpression(node.expression) ||
      node.expression.name.text !== 'emit' ||
      !ts.isIdentifier(node.expression.expression)
    )
      return;
    const event = literalKey(node.arguments[0]);
    if (event === undefined) return;
    const passed = node.arguments.slice(1);
    if (passed.some(ts.isSpreadElement)) return;
    for (const id of this.identifiers(node.expression.expression.text).slice(0, 64)) {
      const on = id.parent;
      const reg = on?.parent;
      if (
        !ts.isPropertyAccessExpression(on) ||
        on.expression !== id ||
        !LISTENS.test(on.name.text) ||
        !reg ||
        !ts.isCallExpression(reg) ||
        reg.expression !== on ||
        literalKey(reg.arguments[0]) !== event
      )
        continue;
      const fn = reg.arguments[1];
      if (!fn || !isFunctionValue(fn)) continue;
      fn.parameters.forEach((p, i) => {
        const arg = passed[i];
        const v = arg ? this.fold(arg) : UNKNOWN;
        if (ts.isIdentifier(p.name) && v.kind !== 'unknown')
          this.b.set(p.name.text, { kind: 'value', value: v }, p.pos);
      });
    }
  }

  /** a for / for-of loop outside every function: its values are bound after its body */
  private loopAtFileLevel(node: ts.Node): node is ts.ForStatement | ts.ForOfStatement {
    return (ts.isForStatement(node) || ts.isForOfStatement(node)) && !this.inFunction(node);
  }

  private inFunction(node: ts.Node): boolean {
    for (let p = node.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return true;
    return false;
  }

  /**
   * A loop that builds a value from constants (`for (const c of codes) s += String.fromCharCode(c
   * ^ 7)`): the names it assigns hold what the loop computed, from its end on.
   */
  private bindLoop(node: ts.ForStatement | ts.ForOfStatement): void {
    const names = new Set<string>();
    const local = new Set<string>();
    const init = node.initializer;
    if (init && ts.isVariableDeclarationList(init))
      for (const d of init.declarations) if (ts.isIdentifier(d.name)) local.add(d.name.text);
    const walk = (n: ts.Node): void => {
      if (names.size > 8) return;
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        n.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        ts.isIdentifier(n.left)
      )
        names.add(n.left.text);
      else if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'push' &&
        ts.isIdentifier(n.expression.expression)
      )
        names.add(n.expression.expression.text);
      ts.forEachChild(n, walk);
    };
    walk(node.statement);
    for (const l of local) names.delete(l);
    if (!names.size || names.size > 8) return;
    const after = this.folder.runLoop(node, [...names]);
    if (!after) return;
    for (const name of names) {
      const v = after.get(name);
      if (v && v.kind !== 'unknown') this.b.set(name, { kind: 'value', value: v }, node.end);
    }
  }

  // ---- local functions (wrappers) ----------------------------------------------------------

  /** the name of the class a method is declared in */
  private ownerOf(node: ts.MethodDeclaration): string | undefined {
    const c = node.parent;
    return (ts.isClassDeclaration(c) || ts.isClassExpression(c)) && c.name
      ? c.name.text
      : undefined;
  }

  private addFunc(name: string, fn: FunctionLike, method: boolean, owner?: string): void {
    const body = fn.body;
    if (!body || !fn.parameters.length) return;
    const params: JsParam[] = fn.parameters.map((p) => {
      const out: JsParam = { rest: !!p.dotDotDotToken };
      if (ts.isIdentifier(p.name)) out.name = p.name.text;
      if (p.initializer) out.dflt = p.initializer;
      return out;
    });
    const locals = new Map<string, ts.VariableDeclaration[]>();
    const shadows = new Map<string, Array<readonly [number, number]>>();
    const calls: Array<ts.CallExpression | ts.NewExpression> = [];
    const found: Array<ts.CallExpression | ts.NewExpression> = [];
    let seen = 0;
    const walk = (n: ts.Node): void => {
      if (++seen > 20_000) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer)
        locals.set(n.name.text, [...(locals.get(n.name.text) ?? []), n]);
      else if (ts.isCallExpression(n) || ts.isNewExpression(n)) found.push(n);
      else if (ts.isFunctionLike(n))
        for (const p of n.parameters)
          if (ts.isIdentifier(p.name))
            shadows.set(p.name.text, [...(shadows.get(p.name.text) ?? []), [n.pos, n.end]]);
      ts.forEachChild(n, walk);
    };
    walk(body);
    const names = new Set([...params.flatMap((p) => (p.name ? [p.name] : [])), ...locals.keys()]);
    const uses = (n: ts.Node): boolean =>
      (ts.isIdentifier(n) && names.has(n.text)) ||
      !!ts.forEachChild(n, (c) => uses(c) || undefined);
    for (const c of found) {
      if (calls.length >= MAX_WRAPPED_CALLS) break;
      const recv = ts.isPropertyAccessExpression(c.expression)
        ? c.expression.expression
        : undefined;
      if ((c.arguments ?? []).some(uses) || (recv && uses(recv))) calls.push(c);
    }
    if (!calls.length) return;
    if (!method) for (const c of calls) this.wrappedBy.set(c, name);
    const list = this.funcs.get(name) ?? [];
    if (list.length < 3)
      list.push(
        owner
          ? { params, method, calls, locals, shadows, body, owner }
          : { params, method, calls, locals, shadows, body },
      );
    this.funcs.set(name, list);
  }

  /**
   * A call of a local function: its wrapped calls are recorded again as facts at this call's
   * line, folded with this call's arguments in place of the parameters.
   */
  private expandLocal(
    node: ts.CallExpression | ts.NewExpression,
    folder: Folder,
    line: number,
    depth: number,
    site: Site = siteOf(node),
  ): void {
    if (this.budget.left <= 0) return;
    const e = site.expr;
    let key: string | undefined;
    let viaThis = false;
    if (ts.isIdentifier(e)) key = e.text;
    else if (
      ts.isPropertyAccessExpression(e) &&
      (e.expression.kind === ts.SyntaxKind.ThisKeyword ||
        ts.isIdentifier(e.expression) ||
        ts.isNewExpression(e.expression) ||
        ts.isCallExpression(e.expression) ||
        ts.isPropertyAccessExpression(e.expression))
    ) {
      // `this.run(...)`, `tool.run(...)`, `new Tool().run(...)`: a method of a class in this file
      key = e.name.text;
      viaThis = true;
    } else if ((key = mapGetKey(e)) !== undefined) viaThis = true;
    const defs = (key ? this.funcs.get(key) : undefined)?.filter((d) => d.method === viaThis);
    if (!defs?.length) return;
    this.expandDefs(defs, this.callValues(site, this.folding(folder, site)), line, depth);
  }

  /** a call's arguments folded (`fold(argument node, part of it)`) */
  private callValues(site: Site, fold: (arg: ts.Node, n: ts.Node) => Value): CallValues {
    const positional: Value[] = [];
    let open = false;
    for (const a of site.args) {
      if (ts.isSpreadElement(a)) {
        const v = fold(a, a.expression);
        if (v.kind !== 'list') {
          open = true;
          break;
        }
        positional.push(...v.items);
      } else positional.push(fold(a, a));
    }
    return { positional, open };
  }

  /** the wrapped calls of these definitions, their parameters bound to the call's values */
  private expandDefs(defs: readonly JsFunc[], call: CallValues, line: number, depth: number): void {
    const { positional, open } = call;
    for (const def of defs) {
      const subst = new Map<string, Value>();
      def.params.forEach((p, i) => {
        if (!p.name) return;
        if (p.rest)
          subst.set(p.name, open ? UNKNOWN : { kind: 'list', items: positional.slice(i) });
        else {
          subst.set(
            p.name,
            i < positional.length
              ? (positional[i] ?? UNKNOWN)
              : p.dflt
                ? this.folder.fold(p.dflt)
                : UNKNOWN,
          );
        }
      });
      const inner: Folder = this.folder.sibling({
        resolve: (n) => this.resolve(n),
        constant: (name, at) => this.localConstant(def, subst, inner, name, at),
        decoded: () => {},
        func: (name) => (subst.has(name) ? undefined : (this.pure.get(name) ?? undefined)),
      });
      for (const call of def.calls) {
        if (--this.budget.left < 0) return;
        const callee = this.resolve(call.expression);
        if (depth < MAX_WRAPPER_DEPTH && this.expandImported(call, inner, line, depth + 1))
          continue;
        if (callee) this.facts.push(this.callFact(call, callee, inner, line));
        else if (depth < MAX_WRAPPER_DEPTH && !this.expandBound(call, inner, line, depth + 1))
          this.expandLocal(call, inner, line, depth + 1);
      }
    }
  }

  /** a name inside a wrapper: its last local declaration before `at`, else the parameter, else the file's constant */
  private localConstant(
    def: JsFunc,
    subst: Map<string, Value>,
    folder: Folder,
    name: string,
    at: number,
  ): Value | undefined {
    if (def.shadows.get(name)?.some(([from, to]) => at > from && at < to)) return UNKNOWN;
    const decls = def.locals.get(name);
    if (decls) {
      let last: ts.VariableDeclaration | undefined;
      for (const d of decls) if (d.end <= at) last = d;
      if (last?.initializer) return folder.fold(last.initializer);
    }
    const v = subst.get(name);
    if (v) return v;
    if (decls) return UNKNOWN;
    const b = this.b.get(name, at);
    return boundValue(b);
  }

  /**
   * arguments that name a module member, resolved: by position (`"1"`), and the properties of a
   * trailing options object (`yaml.load(t, { schema: yaml.DEFAULT_FULL_SCHEMA })` → schema:
   * `js-yaml.DEFAULT_FULL_SCHEMA`)
   */
  private argNames(
    args: ts.NodeArray<ts.Expression> | readonly ts.Expression[],
  ): Map<string, string> | undefined {
    let out: Map<string, string> | undefined;
    const named = (key: string, v: ts.Expression): void => {
      if (!ts.isIdentifier(v) && !ts.isPropertyAccessExpression(v)) return;
      const canon = this.resolve(v);
      if (canon) (out ??= new Map()).set(key, canon);
    };
    args.slice(0, 8).forEach((a, i) => named(String(i), a));
    const last = args[args.length - 1];
    if (last && ts.isObjectLiteralExpression(last))
      for (const p of last.properties.slice(0, 64)) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          named(p.name.text, p.initializer);
        else if (ts.isShorthandPropertyAssignment(p)) named(p.name.text, p.name);
      }
    return out;
  }

  /**
   * What a settings file read, changed and written back gains (`const cfg = existsSync(P) ?
   * JSON.parse(readFileSync(P, 'utf8')) : {}`, `cfg.hooks ??= {}`, `cfg.hooks.PostToolUse ??=
   * []`, `cfg.hooks.PostToolUse.push({…})`, then `writeFileSync(P, JSON.stringify(cfg, null, 2))`):
   * the JSON text of what the code puts into it, the user's own content left out. Only when the
   * object starts as `{}` or as that same file parsed, every other use of its name is such a
   * change (`=`, `??=`, `||=` of a member, `push`/`unshift` onto one) and every value put in folds;
   * else undefined.
   */
  private mergedSettings(pathArg: ts.Expression, data: ts.Expression): Value | undefined {
    let e = data;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      if (!ts.isStringLiteralLike(e.right) || e.right.text.trim()) return undefined;
      e = e.left;
    }
    if (!ts.isCallExpression(e) || this.resolve(e.expression) !== 'JSON.stringify')
      return undefined;
    const id = e.arguments[0];
    if (!id || !ts.isIdentifier(id)) return undefined;
    const name = id.text;
    const samePath = (p: ts.Expression | undefined): boolean => {
      if (!p) return false;
      if (p.getText(this.sf) === pathArg.getText(this.sf)) return true;
      const a = this.fold(p);
      const b = this.fold(pathArg);
      return isKnown(a) && isKnown(b) && a.s === b.s;
    };
    /** `{}` or the file itself parsed (`JSON.parse(readFileSync(P, 'utf8'))`), either side of `?:`, `??`, `||` */
    const startsOwn = (x: ts.Expression): boolean => {
      while (ts.isParenthesizedExpression(x) || ts.isAwaitExpression(x)) x = x.expression;
      if (ts.isObjectLiteralExpression(x)) return x.properties.length === 0;
      if (ts.isConditionalExpression(x)) return startsOwn(x.whenTrue) && startsOwn(x.whenFalse);
      if (
        ts.isBinaryExpression(x) &&
        (x.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
          x.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      )
        return startsOwn(x.left) && startsOwn(x.right);
      if (!ts.isCallExpression(x) || this.resolve(x.expression) !== 'JSON.parse') return false;
      let r = x.arguments[0];
      while (r && (ts.isParenthesizedExpression(r) || ts.isAwaitExpression(r))) r = r.expression;
      return (
        !!r &&
        ts.isCallExpression(r) &&
        /(?:^|\.)readFile(?:Sync)?$/.test(this.resolve(r.expression) ?? '') &&
        samePath(r.arguments[0])
      );
    };
    const root: { kind: 'obj'; props: Map<string, Value> } = { kind: 'obj', props: new Map() };
    // values the fold gave are copied before they are changed in place (the fold may keep them)
    const copied = (v: Value, depth = 0): Value =>
      depth > 8
        ? UNKNOWN
        : v.kind === 'list'
          ? { ...v, items: v.items.map((x) => copied(x, depth + 1)) }
          : v.kind === 'obj'
            ? { ...v, props: new Map([...v.props].map(([k, x]) => [k, copied(x, depth + 1)])) }
            : v;
    /** the member path of `name.a.b` (names or string keys), outermost node last */
    const memberPath = (n: ts.Node): [string[], ts.Expression] | undefined => {
      const keys: string[] = [];
      let top: ts.Expression = n as ts.Expression;
      for (let p = n.parent; p; p = p.parent) {
        if (ts.isPropertyAccessExpression(p) && p.expression === top) keys.push(p.name.text);
        else if (
          ts.isElementAccessExpression(p) &&
          p.expression === top &&
          ts.isStringLiteralLike(p.argumentExpression)
        )
          keys.push(p.argumentExpression.text);
        else if (ts.isNonNullExpression(p) && p.expression === top) {
          top = p;
          continue;
        } else break;
        top = p as ts.Expression;
      }
      return [keys, top];
    };
    const at = (keys: readonly string[], make: boolean) => objectAt(root, keys, make);
    let declared = 0;
    let changes = 0;
    const uses: ts.Identifier[] = [];
    const find = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text === name) uses.push(n);
      if (uses.length <= 64) ts.forEachChild(n, find);
    };
    find(this.sf);
    if (uses.length > 64) return undefined;
    for (const u of uses) {
      if (u === id) continue;
      const p = u.parent;
      if (p && ts.isVariableDeclaration(p) && p.name === u) {
        if (++declared > 1 || !p.initializer || !startsOwn(p.initializer)) return undefined;
        continue;
      }
      const mp = memberPath(u);
      if (!mp || !mp[0].length) return undefined;
      const [keys, top] = mp;
      const outer = top.parent;
      if (
        outer &&
        ts.isBinaryExpression(outer) &&
        outer.left === top &&
        [
          ts.SyntaxKind.EqualsToken,
          ts.SyntaxKind.QuestionQuestionEqualsToken,
          ts.SyntaxKind.BarBarEqualsToken,
        ].includes(outer.operatorToken.kind)
      ) {
        const v = copied(this.fold(outer.right));
        if (v.kind === 'unknown') return undefined;
        const parent = at(keys.slice(0, -1), true);
        if (parent?.kind !== 'obj') return undefined;
        const k = keys[keys.length - 1] as string;
        if (outer.operatorToken.kind === ts.SyntaxKind.EqualsToken || !parent.props.has(k))
          parent.props.set(k, v);
        changes++;
        continue;
      }
      // `name.a.b.push(v)`: the last key is the method
      const method = keys[keys.length - 1];
      if (
        outer &&
        ts.isCallExpression(outer) &&
        outer.expression === top &&
        (method === 'push' || method === 'unshift') &&
        keys.length > 1
      ) {
        const list = at(keys.slice(0, -1), false);
        if (list?.kind !== 'list') return undefined;
        const vals = outer.arguments.map((a) => copied(this.fold(a)));
        if (vals.some((v) => v.kind === 'unknown')) return undefined;
        list.items = method === 'push' ? [...list.items, ...vals] : [...vals, ...list.items];
        changes++;
        continue;
      }
      return undefined;
    }
    if (declared !== 1 || !changes) return undefined;
    const text = jsonText(root);
    return text !== undefined && !text.includes(HOLE) ? str(text) : undefined;
  }

  /** the fact for a call to `callee`, its arguments folded by `folder` */
  private callFact(
    node: ts.CallExpression | ts.NewExpression,
    callee: string,
    folder: Folder,
    line: number,
    site: Site = siteOf(node),
  ): CodeFact {
    const fold = this.folding(folder, site);
    const args: Value[] = [];
    for (const a of site.args) {
      if (!ts.isSpreadElement(a)) args.push(fold(a, a));
      else {
        const v = fold(a, a.expression);
        if (v.kind === 'list') args.push(...v.items.slice(0, 256));
        else args.push(UNKNOWN);
      }
    }
    const last = args[args.length - 1];
    const options = last?.kind === 'obj' ? last.props : new Map<string, Value>();
    const fact: CodeFact = { kind: 'call', callee, args, options, line };
    if (ts.isPropertyAccessExpression(site.expr)) {
      const r = (site.fileScoped.size ? this.folder : folder).fold(site.expr.expression);
      if (r.kind === 'str' || r.kind === 'list') fact.receiver = r;
      const made = this.madeWithOf(site.expr.expression);
      if (made) fact.madeWith = made;
    }
    this.judgeSends(fact, node, folder, site);
    return fact;
  }

  /** folds an argument (or a part of it): bound ones in the file's scope, the others with `folder` */
  private folding(folder: Folder, site: Site): (arg: ts.Node, n: ts.Node) => Value {
    if (!site.fileScoped.size || folder === this.folder) return (_a, n) => folder.fold(n);
    return (a, n) => (site.fileScoped.has(a) ? this.folder : folder).fold(n);
  }

  /**
   * A call of a name bound with `.bind(thisArg, ...bound)` (`const sh = execSync.bind(null)`):
   * the target called with the bound arguments first. False when the callee is no such name.
   */
  private expandBound(
    node: ts.CallExpression | ts.NewExpression,
    folder: Folder,
    line: number,
    depth: number,
  ): boolean {
    const e = node.expression;
    const b = ts.isIdentifier(e) ? this.b.get(e.text, e.pos) : undefined;
    if (b?.kind !== 'partial') return false;
    const bound = (b.args as ts.Expression[]).slice(0, 64);
    const site: Site = {
      expr: b.target as ts.Expression,
      args: [...bound, ...(node.arguments ?? [])],
      fileScoped: new Set(bound),
    };
    if (b.canonical) this.facts.push(this.callFact(node, b.canonical, folder, line, site));
    else if (depth <= MAX_WRAPPER_DEPTH) this.expandLocal(node, folder, line, depth, site);
    return true;
  }

  /** can this network call carry local data out (null, undefined and callbacks count as absent) */
  private judgeSends(
    fact: CodeFact,
    node: ts.CallExpression | ts.NewExpression,
    folder: Folder,
    site: Site = siteOf(node),
  ): void {
    if (fact.kind !== 'call' || !NETWORK_CALLEE.test(fact.callee)) return;
    const fold = this.folding(folder, site);
    const args: Value[] = [];
    let open = false;
    for (const a of site.args) {
      if (ts.isSpreadElement(a)) {
        const v = fold(a, a.expression);
        if (v.kind === 'list') args.push(...v.items.slice(0, 256));
        else open = true;
      } else if (
        a.kind === ts.SyntaxKind.NullKeyword ||
        (ts.isIdentifier(a) && a.text === 'undefined') ||
        ts.isArrowFunction(a) ||
        ts.isFunctionExpression(a)
      )
        args.push(ABSENT);
      else args.push(fold(a, a));
    }
    // an object or array kept in a variable may have been added to after it was made
    let named = false;
    const ids: Array<[ts.Node, ts.Identifier]> = [];
    const collect = (a: ts.Node, n: ts.Node): void => {
      if (ids.length >= 32) return;
      if (ts.isIdentifier(n)) ids.push([a, n]);
      else if (!ts.isFunctionLike(n)) ts.forEachChild(n, (c) => collect(a, c));
    };
    for (const a of site.args) collect(a, a);
    for (const [a, id] of ids)
      if (id.text !== 'undefined' && ['obj', 'list'].includes(fold(a, id).kind)) named = true;
    const p = node.parent;
    const chained =
      ts.isPropertyAccessExpression(p) &&
      p.expression === node &&
      !RESPONSE_METHODS.has(p.name.text);
    this.fileFlags ??= jsFileFlags(this.sf.text);
    const c = { callee: fact.callee, args, options: new Map<string, Value>(), open, named };
    let sends: boolean | undefined | null = null;
    if (JS_CLIENT_CALLEE.test(fact.callee)) {
      // a request by the methods chained on it, a session or pool by the requests made on it
      const uses = site.expr === node.expression ? this.usesOf(node, folder) : undefined;
      sends = jsClientSends(uses ? { ...c, uses } : c);
      const carried = usedValues(uses);
      if (carried.length) fact.carried = carried;
      if (sends === false && named && this.fileFlags.writes) sends = undefined;
    } else if (JS_NODE_REQUEST.test(fact.callee) && site.expr === node.expression) {
      // `const req = https.request(opts); req.setHeader(…); req.write(body); req.end()`: what the
      // request is handed after it is made goes where it goes, the written data as its body
      const uses = this.usesOf(node, folder);
      const carried = usedValues(uses);
      if (carried.length) fact.carried = carried;
      const bodies = usedBodies(uses);
      if (bodies.length) fact.bodies = bodies;
    }
    // an undici dispatcher (`new ProxyAgent(process.env.HTTPS_PROXY)`) sends nothing itself: the
    // requests made through it are their own calls; a proxy at a fixed address stays a destination
    if (DISPATCHER.test(fact.callee) && !(args[0]?.kind === 'str' && isKnown(args[0])))
      sends = false;
    if (sends === null) sends = jsSends(c, this.fileFlags, chained);
    if (sends !== undefined) fact.sends = sends;
  }

  /**
   * The code a call runs is the text of a file read into a name earlier (`const src =
   * fs.readFileSync(P, 'utf8')` … `eval(src)`, `vm.runInNewContext(code)`): P is run, for the
   * skill-level step (engine/links.ts). The read on the call's own line is found from the facts
   * (links.ts); this follows the name to its declaration, the last one before the call.
   */
  private noteEvalRead(
    node: ts.CallExpression | ts.NewExpression,
    callee: string,
    line: number,
  ): void {
    if (this.imports?.sink) return;
    const args = node.arguments ?? [];
    let code: ts.Node | undefined = callee === 'Function' ? args[args.length - 1] : args[0];
    // `String(src)`, `src.toString()`, `(src)`
    for (let i = 0; code && i < 4; i++) {
      if (ts.isParenthesizedExpression(code) || ts.isAsExpression(code)) code = code.expression;
      else if (
        ts.isCallExpression(code) &&
        ts.isPropertyAccessExpression(code.expression) &&
        code.expression.name.text === 'toString'
      )
        code = code.expression.expression;
      else if (
        ts.isCallExpression(code) &&
        ts.isIdentifier(code.expression) &&
        code.expression.text === 'String'
      )
        code = code.arguments[0];
      else break;
    }
    if (!code || !ts.isIdentifier(code)) return;
    let decl: ts.VariableDeclaration | undefined;
    for (const id of this.identifiers(code.text)) {
      const d = id.parent;
      if (ts.isVariableDeclaration(d) && d.name === id && d.initializer && d.end <= node.pos)
        decl = d;
    }
    let init: ts.Node | undefined = decl?.initializer;
    while (init && (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)))
      init = init.expression;
    if (!init || !ts.isCallExpression(init)) return;
    const read = this.resolve(init.expression);
    const p = init.arguments[0] ? this.fold(init.arguments[0]) : undefined;
    if (read && EVAL_READS.test(read) && p?.kind === 'str' && p.s !== HOLE && /[/\\]/.test(p.s))
      this.evalReads.push({ path: p.s, line });
  }

  /** files whose text a call of this file runs as code (noteEvalRead) */
  readonly evalReads: Array<{ path: string; line: number }> = [];

  /** identifiers of this file by name, collected once */
  private idIndex: Map<string, ts.Identifier[]> | undefined;

  private identifiers(name: string): readonly ts.Identifier[] {
    if (!this.idIndex) {
      const index = new Map<string, ts.Identifier[]>();
      const walk = (n: ts.Node): void => {
        this.tick();
        if (ts.isIdentifier(n)) {
          const list = index.get(n.text);
          if (list) list.push(n);
          else index.set(n.text, [n]);
        }
        ts.forEachChild(n, walk);
      };
      walk(this.sf);
      this.idIndex = index;
    }
    return this.idIndex.get(name) ?? [];
  }

  /**
   * What is done with a call's result: the methods chained on it (`.set(...).send(...)`), then,
   * when the end of the chain is bound to a name (`const req = ...`), the methods called on that
   * name, each with what is done with its own result (two levels). Undefined when the result goes
   * anywhere else: passed on, returned, stored, or used more than 64 times.
   */
  private usesOf(node: ts.Expression, folder: Folder, depth = 0): Use[] | undefined {
    const out: Use[] = [];
    let cur: ts.Expression = node;
    for (;;) {
      const p = cur.parent;
      const call = p?.parent;
      if (
        !p ||
        !ts.isPropertyAccessExpression(p) ||
        p.expression !== cur ||
        !call ||
        !ts.isCallExpression(call) ||
        call.expression !== p
      )
        break;
      if (out.length >= 64) return undefined;
      out.push(this.use(p.name.text, call, folder));
      cur = call;
    }
    let q: ts.Node = cur.parent;
    while (ts.isParenthesizedExpression(q) || ts.isAsExpression(q) || ts.isNonNullExpression(q))
      q = q.parent;
    // a statement of its own, or awaited (the response, which sends nothing)
    if (ts.isExpressionStatement(q) || ts.isAwaitExpression(q) || ts.isVoidExpression(q))
      return out;
    if (!ts.isVariableDeclaration(q) || !ts.isIdentifier(q.name) || q.initializer === undefined)
      return undefined;
    const decl = q.name;
    for (const id of this.identifiers(decl.text)) {
      if (id === decl) continue;
      const pa = id.parent;
      const c = pa.parent;
      if (
        !ts.isPropertyAccessExpression(pa) ||
        pa.expression !== id ||
        !ts.isCallExpression(c) ||
        c.expression !== pa ||
        out.length >= 64
      )
        return undefined;
      const u = this.use(pa.name.text, c, folder);
      if (depth < 2) {
        const then = this.usesOf(c, folder, depth + 1);
        if (then) u.uses = then;
      }
      out.push(u);
    }
    return out;
  }

  /** one method call on a client or request: its arguments folded, callbacks and null as absent */
  private use(method: string, call: ts.CallExpression, folder: Folder): Use {
    const args: Value[] = [];
    let open = false;
    for (const a of call.arguments) {
      if (ts.isSpreadElement(a)) open = true;
      else if (
        a.kind === ts.SyntaxKind.NullKeyword ||
        (ts.isIdentifier(a) && a.text === 'undefined') ||
        ts.isArrowFunction(a) ||
        ts.isFunctionExpression(a)
      )
        args.push(ABSENT);
      else args.push(folder.fold(a));
    }
    return { method, args, options: new Map(), open };
  }

  // ---- pass 2: facts -------------------------------------------------------------------------

  /** one dispatch on the node's kind per node (the walk's hot path) */
  private visit(node: ts.Node): void {
    this.tick();
    switch (node.kind) {
      case ts.SyntaxKind.CallExpression:
        this.onCall(node as ts.CallExpression);
        this.stringFact(node);
        break;
      case ts.SyntaxKind.NewExpression:
        this.onCall(node as ts.NewExpression);
        break;
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
      case ts.SyntaxKind.Identifier:
        this.onEnv(
          node as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.Identifier,
        );
        break;
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateExpression: {
        // `new URL('./.env', import.meta.url)` names the file beside the script: the folded URL
        const p = node.parent;
        this.stringFact(
          ts.isNewExpression(p) && p.arguments?.[0] === node && p.arguments[1] ? p : node,
        );
        break;
      }
      case ts.SyntaxKind.BinaryExpression:
        if ((node as ts.BinaryExpression).operatorToken.kind === ts.SyntaxKind.PlusToken)
          this.stringFact(node);
        break;
      case ts.SyntaxKind.ArrayLiteralExpression:
        this.stringTable(node as ts.ArrayLiteralExpression);
        break;
    }
  }

  /**
   * A string table of an obfuscator (`var _0x3a1b = ['Y2hpbGRf...', ...]`): when every entry is
   * base64, each is decoded (also with the letter cases swapped, the alphabet obfuscator.io uses)
   * and scanned as decoded text, whatever decoder, index offset or rotation picks them later.
   */
  private stringTable(node: ts.ArrayLiteralExpression): void {
    const els = node.elements;
    if (els.length < 3 || els.length > 10_000 || this.tableBudget <= 0) return;
    const entries: string[] = [];
    for (const e of els) {
      if (!ts.isStringLiteral(e) || !BASE64_ENTRY.test(e.text)) return;
      if (e.text.length >= 12) entries.push(e.text);
    }
    const line = this.line(node);
    for (const entry of entries) {
      if (--this.tableBudget < 0) return;
      const swapped = entry.replace(/[a-z]/gi, (c) =>
        c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
      );
      const text = asciiBase64(entry) ?? asciiBase64(swapped);
      if (text !== undefined && !this.imports?.sink)
        this.facts.push({ kind: 'decoded', text, how: 'string-array', line });
    }
  }

  /** a string the expression folds to (three characters or more besides holes) */
  private stringFact(node: ts.Node): void {
    const v = this.fold(node);
    if (v.kind === 'str' && v.s.replaceAll(HOLE, '').trim().length >= 3) {
      const fact: Extract<CodeFact, { kind: 'string' }> = {
        kind: 'string',
        value: v.s,
        line: this.line(node),
      };
      if (this.shown(node) || this.comparedLists().element(node)) fact.shown = true;
      if (KEY_FILE_LIKE.test(v.s) && this.keyFileOnly(node, 0)) fact.keyFile = true;
      this.facts.push(fact);
    }
  }

  /**
   * A path only used as the identity an SSH client logs in with, as bash's `ssh -i KEY` and
   * python/walk.ts keyFileOnly: node-ssh's `connect({ privateKeyPath: P })`, or the file read
   * (`fs.readFileSync(P)`) only for ssh2's / ssh2-sftp-client's / node-ssh's `connect({
   * privateKey: … })`. Through what only makes the path (path.join, a concatenation, a template,
   * `??` / `||` of an environment variable) and names bound to the path, the key or the options,
   * each of whose uses must be such a place (or a check that the file exists): a key also posted,
   * uploaded or written is a read like any other.
   */
  private keyFileOnly(n: ts.Node, depth: number): boolean {
    if (depth > 3) return false;
    let e = n;
    // (bounded: a path is made in a few steps, and a long chain of `+` is no path)
    for (let steps = 0; steps < MAX_KEY_PATH_STEPS; steps++) {
      const p = e.parent;
      if (!p) return false;
      if (ts.isParenthesizedExpression(p) || ts.isAwaitExpression(p) || ts.isNonNullExpression(p)) {
        e = p;
        continue;
      }
      if (ts.isBinaryExpression(p) && KEY_PATH_OPS.has(p.operatorToken.kind)) {
        e = p;
        continue;
      }
      if (ts.isTemplateSpan(p) && p.expression === e) {
        e = p.parent;
        continue;
      }
      if (ts.isCallExpression(p) && p.arguments.some((a) => a === e)) {
        const canon = this.resolve(p.expression) ?? '';
        if (KEY_PATH_JS.test(canon)) {
          e = p;
          continue;
        }
        return READS_FILE.test(canon) && p.arguments[0] === e && this.keyBytesOnly(p, depth);
      }
      if (ts.isPropertyAssignment(p) && p.initializer === e)
        return this.propName(p) === 'privateKeyPath' && this.loginOptions(p.parent, depth);
      if (ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name))
        return this.usesOnlyAsKey(p.name, depth, 'path');
      return false;
    }
    return false;
  }

  /** the bytes of a key file read go only to `privateKey` of an SSH client's connect options */
  private keyBytesOnly(read: ts.Node, depth: number): boolean {
    let e = read;
    while (e.parent && (ts.isParenthesizedExpression(e.parent) || ts.isAwaitExpression(e.parent)))
      e = e.parent;
    const p = e.parent;
    if (p && ts.isPropertyAssignment(p) && p.initializer === e)
      return this.propName(p) === 'privateKey' && this.loginOptions(p.parent, depth);
    if (p && ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name))
      return this.usesOnlyAsKey(p.name, depth, 'key');
    return false;
  }

  /** an object literal handed to a `connect` call, inline or through a name used only so */
  private loginOptions(obj: ts.Node, depth: number): boolean {
    let e = obj;
    while (e.parent && ts.isParenthesizedExpression(e.parent)) e = e.parent;
    const p = e.parent;
    if (p && ts.isCallExpression(p) && p.arguments.some((a) => a === e))
      return ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'connect';
    if (p && ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name))
      return this.usesOnlyAsKey(p.name, depth, 'options');
    return false;
  }

  /**
   * every other use of the name declared here is a use keyFileOnly allows for what it holds (a
   * key `path`, the `key` read, the connect `options`), or a check that the path exists
   */
  private usesOnlyAsKey(
    decl: ts.Identifier,
    depth: number,
    holds: 'path' | 'key' | 'options',
  ): boolean {
    let uses = 0;
    for (const id of this.identifiers(decl.text)) {
      if (id === decl) continue;
      const q = id.parent;
      if (!q) return false;
      // a member named the same (`x.key`, `{ key: … }`) is another thing
      if ((ts.isPropertyAccessExpression(q) || ts.isPropertyAssignment(q)) && q.name === id)
        continue;
      if (++uses > 16) return false;
      if (holds === 'path') {
        const call = q;
        if (
          ts.isCallExpression(call) &&
          call.arguments[0] === id &&
          KEY_CHECKS_JS.test(this.resolve(call.expression) ?? '')
        )
          continue;
        if (!this.keyFileOnly(id, depth + 1)) return false;
      } else if (holds === 'key') {
        const ok = ts.isShorthandPropertyAssignment(q)
          ? id.text === 'privateKey' && this.loginOptions(q.parent, depth)
          : ts.isPropertyAssignment(q) &&
            q.initializer === id &&
            this.propName(q) === 'privateKey' &&
            this.loginOptions(q.parent, depth);
        if (!ok) return false;
      } else if (
        !ts.isCallExpression(q) ||
        !q.arguments.some((a) => a === id) ||
        !ts.isPropertyAccessExpression(q.expression) ||
        q.expression.name.text !== 'connect'
      )
        return false;
    }
    return uses > 0;
  }

  /**
   * A string that is only shown: a literal, template or concatenation handed as is to
   * console.log/info/warn/error/debug or process.stdout/stderr.write (as Python's print, see
   * PyWalker.shown). Its text names what it names; nothing reads it.
   */
  private shown(node: ts.Node): boolean {
    if (this.printingPatched()) return false;
    if (
      !ts.isStringLiteralLike(node) &&
      !ts.isTemplateExpression(node) &&
      !ts.isBinaryExpression(node)
    )
      return false;
    const call = node.parent;
    if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression))
      return false;
    return (
      SHOWS.test(this.resolve(call.expression) ?? '') ||
      this.printer(call.expression, call.arguments.indexOf(node as ts.Expression))
    );
  }

  /**
   * A local printing helper (`function log(message, color) { console.log(\`…${message}…\`) }`,
   * `const say = (m) => process.stderr.write(m + '\n')`) shows what it is handed at a parameter
   * its body only prints. Only a plain function declared once, never a method, whose name the
   * file uses for nothing but calling it (not reassigned, exported or passed on).
   */
  private printer(callee: ts.Expression, at: number): boolean {
    if (!ts.isIdentifier(callee) || this.resolve(callee)) return false;
    const defs = this.funcs.get(callee.text);
    const def = defs?.length === 1 ? defs[0] : undefined;
    const param = def?.params[at];
    if (!def || def.method || !param?.name || param.rest || this.pure.get(callee.text) === null)
      return false;
    const key = `${callee.text}#${at}`;
    let prints = this.printsParam.get(key);
    if (prints === undefined) {
      const name = param.name;
      prints = printsOnly(def.body, name, def.locals.has(name), (n) => this.resolve(n));
      this.printsParam.set(key, prints);
    }
    return prints && this.onlyCalled(callee.text);
  }

  /**
   * The file replaces what prints (`console.log = (p) => send(read(p))`, `process.stdout.write =
   * …`, `Object.assign(console, …)`, `Object.defineProperty(console, 'log', …)`): nothing it
   * hands console.log or a printing helper is only shown (memoised)
   */
  private printingPatched(): boolean {
    if (this.patched !== undefined) return this.patched;
    // most files name no such thing: the text decides before the tree is walked
    const text = this.sf.text;
    if (
      !/(?:console|process\s*\.\s*std(?:out|err))\b[^;\n]{0,60}[^=!<>]=(?!=)|Object\s*\.\s*(?:assign|define\w+|setPrototypeOf)\s*\(\s*(?:(?:globalThis|window|global)\s*\.\s*)?(?:console|process)/.test(
        text,
      )
    )
      return (this.patched = false);
    const target =
      /^(?:(?:globalThis|window|global)\.)?(?:console|process\.(?:stdout|stderr))(?:$|[.[])/;
    const flat = (n: ts.Node) => n.getText(this.sf).replace(/\s+/g, '');
    // (a stack, not recursion: a chain thousands of links long is no deeper here)
    const stack: ts.Node[] = [this.sf];
    for (let seen = 0; stack.length && seen < 200_000; seen++) {
      const n = stack.pop() as ts.Node;
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left)) &&
        target.test(flat(n.left))
      )
        return (this.patched = true);
      if (
        ts.isCallExpression(n) &&
        /^Object\.(?:assign|defineProperty|defineProperties|setPrototypeOf)$/.test(
          flat(n.expression),
        ) &&
        n.arguments[0] !== undefined &&
        target.test(flat(n.arguments[0]))
      )
        return (this.patched = true);
      ts.forEachChild(n, (c) => {
        stack.push(c);
      });
    }
    return (this.patched = false);
  }

  private patched: boolean | undefined;

  /** printer's answers by `name#parameter index` */
  private readonly printsParam = new Map<string, boolean>();

  /** is every use of `name` in the file its declaration or a direct call of it (memoised) */
  private onlyCalled(name: string): boolean {
    const known = this.calledOnly.get(name);
    if (known !== undefined) return known;
    let ok = true;
    let seen = 0;
    const visit = (n: ts.Node): void => {
      if (!ok || ++seen > 200_000) {
        ok = false;
        return;
      }
      if (ts.isIdentifier(n) && n.text === name) {
        const p = n.parent;
        const declared =
          ((ts.isFunctionDeclaration(p) || ts.isVariableDeclaration(p)) && p.name === n) ||
          (ts.isPropertyAccessExpression(p) && p.name === n);
        if (!declared && !(ts.isCallExpression(p) && p.expression === n)) ok = false;
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    this.calledOnly.set(name, ok);
    return ok;
  }

  /** the file's lists of strings only compared with (see compared.ts), made on first use */
  private comparedLists(): ComparedLists {
    return (this.compared ??= new ComparedLists(this.sf, (call) =>
      SHOWS.test(this.resolve(call.expression) ?? ''),
    ));
  }

  private compared: ComparedLists | undefined;

  /** onlyCalled's answers by name */
  private readonly calledOnly = new Map<string, boolean>();

  /**
   * A read of the agent's configuration used only for the skill's own entry or for services'
   * credentials (own.ts, hints.ts configReadUse): marked `ownEntry` or `configKeys`
   */
  private markConfigRead(fact: CallFact, node: ts.CallExpression | ts.NewExpression): void {
    const p = fact.args[0];
    if (!READS_FILE.test(fact.callee) || p?.kind !== 'str' || !AGENT_CONFIG.test(p.s)) return;
    const use = configReadUse(this.ctx.ownNames?.() ?? [], (target) =>
      new ConfigKeyUse(this.sf, (n) => this.fold(n), target).only(node),
    );
    if (use) Object.assign(fact, use);
  }

  /**
   * `src.pipe(req)`, `pipeline(src, gzip, req, cb)`: a stream piped into a request or socket the
   * code made (`https.request(…)`, `net.connect(…)`) is written to it, a call of its `write` with
   * the stream's data (what a file read as a stream carries)
   */
  private notePiped(node: ts.CallExpression | ts.NewExpression, line: number): void {
    if (!ts.isCallExpression(node)) return;
    const args = node.arguments.filter(
      (a) => !ts.isArrowFunction(a) && !ts.isFunctionExpression(a),
    );
    let src: ts.Expression | undefined;
    let dest: ts.Expression | undefined;
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'pipe') {
      src = node.expression.expression;
      dest = args[0];
    } else if (args.length >= 2 && PIPELINES.test(this.resolve(node.expression) ?? '')) {
      src = args[0];
      dest = args[args.length - 1];
    }
    if (src && dest && ts.isPropertyAccessExpression(dest) && dest.name.text === 'stdin') {
      this.notePipedToProcess(src, dest.expression, node, line);
      return;
    }
    const made = dest && this.resolve(dest);
    if (!src || !made?.endsWith('()')) return;
    this.facts.push({
      kind: 'call',
      callee: `${made}.write`,
      args: [this.fold(src)],
      options: new Map(),
      line,
    });
  }

  /**
   * `res.pipe(sh.stdin)` with `const sh = spawn('bash')`: the stream is the process's input, the
   * spawn call again with that data as its `input` option (what js-shell-stdin-downloaded reads:
   * a response piped into a shell runs the download; into `tar` or `gzip` it is only unpacked)
   */
  private notePipedToProcess(
    src: ts.Expression,
    proc: ts.Expression,
    at: ts.Node,
    line: number,
  ): void {
    if (!ts.isIdentifier(proc)) return;
    const made = this.spawnedAs(proc.text);
    if (!made) return;
    const callee = this.resolve(made.expression);
    if (!callee || !/^child_process\.(?:spawn|exec|execFile)(?:Sync)?$/.test(callee)) return;
    const data =
      ts.isIdentifier(src) && this.isResponseParam(src.text, at)
        ? sourced('remote')
        : this.fold(src);
    const args = made.arguments.map((a) => (ts.isSpreadElement(a) ? UNKNOWN : this.fold(a)));
    const last = args[args.length - 1];
    const options = new Map(last?.kind === 'obj' ? last.props : []);
    options.set('input', data);
    this.facts.push({ kind: 'call', callee, args, options, line });
  }

  /** the call a name is declared with, when the file declares it once (`const sh = spawn(…)`) */
  private spawnedAs(name: string): ts.CallExpression | undefined {
    if (!this.declaredCalls) {
      const seen = new Map<string, ts.CallExpression | null>();
      const visit = (x: ts.Node): void => {
        if (ts.isVariableDeclaration(x) && ts.isIdentifier(x.name))
          seen.set(
            x.name.text,
            seen.has(x.name.text) || !x.initializer || !ts.isCallExpression(x.initializer)
              ? null
              : x.initializer,
          );
        ts.forEachChild(x, visit);
      };
      visit(this.sf);
      this.declaredCalls = seen;
    }
    return this.declaredCalls.get(name) ?? undefined;
  }

  private declaredCalls: Map<string, ts.CallExpression | null> | undefined;

  private onCall(node: ts.CallExpression | ts.NewExpression): void {
    const line = this.line(node);
    // an evaluator handed over as a callback (`fetch(u).then((r) => r.text()).then(eval)`,
    // `.then(vm.runInThisContext)`): called later with a value this code does not see
    for (const a of node.arguments ?? []) {
      if (!ts.isIdentifier(a) && !ts.isPropertyAccessExpression(a)) continue;
      const target = this.resolve(a);
      if (target && EVALS.test(target))
        this.facts.push({
          kind: 'call',
          callee: target,
          args: [UNKNOWN],
          options: new Map(),
          line,
        });
    }
    this.notePiped(node, line);
    const args = (node.arguments ?? []).map((a) =>
      ts.isSpreadElement(a) ? { kind: 'unknown' as const } : this.fold(a),
    );
    const last = args[args.length - 1];
    const options = last?.kind === 'obj' ? last.props : new Map<string, Value>();
    const req = ts.isCallExpression(node) ? this.requireTarget(node) : undefined;
    if (req) {
      this.facts.push({
        kind: 'call',
        callee: req.callee === 'import' ? 'import' : 'require',
        args,
        options,
        line,
      });
      const plain =
        req.callee === 'require' &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'require' &&
        node.arguments?.[0] !== undefined &&
        ts.isStringLiteral(node.arguments[0]);
      const plainImport =
        req.callee === 'import' &&
        node.arguments?.[0] !== undefined &&
        ts.isStringLiteral(node.arguments[0]);
      const spec = req.spec;
      if (!plain && !plainImport) {
        const local =
          spec !== undefined
            ? isLocalSpec(spec)
            : args[0]?.kind === 'str' && isLocalSpec((args[0] as { s: string }).s);
        const remote = spec !== undefined && /^(?:https?|data):/i.test(spec);
        if (!local && !remote) {
          const via =
            ts.isIdentifier(node.expression) && req.callee === 'require'
              ? node.expression.text === 'require'
                ? 'a computed module name'
                : `a renamed require (${node.expression.text})`
              : `${node.expression.getText(this.sf).slice(0, 60)}`;
          this.facts.push(
            spec !== undefined
              ? { kind: 'indirect-import', target: moduleName(spec), via, line }
              : { kind: 'indirect-import', via, line },
          );
        }
      }
      return;
    }
    const callee = this.resolve(node.expression);
    // a function of another file of the skill: analysed as the calls it wraps
    if (this.expandImported(node, this.folder, line, 1) && !callee) return;
    if (!callee) {
      // a name bound with .bind(), else a local function: analysed as the calls it wraps
      if (!this.expandBound(node, this.folder, line, 1))
        this.expandLocal(node, this.folder, line, 1);
      return;
    }
    const e = node.expression;
    const via = /\.(call|apply)$/.exec(callee)?.[1];
    if (via && ts.isPropertyAccessExpression(e) && ts.isCallExpression(node)) {
      // `execSync.call(null, cmd)`, `exec.apply(cp, [cmd])`: a call of the function itself
      const rest = node.arguments.slice(1);
      const list = rest[0];
      const args =
        via === 'call'
          ? rest
          : list && ts.isArrayLiteralExpression(list)
            ? list.elements
            : undefined;
      if (args) {
        const site: Site = { expr: e.expression, args, fileScoped: NO_NODES };
        this.facts.push(
          this.callFact(node, callee.slice(0, -via.length - 1), this.folder, line, site),
        );
      }
    }
    if (callee === 'Reflect.apply' && ts.isCallExpression(node)) {
      // `Reflect.apply(eval, null, [code])`: a call of the target with the listed arguments
      const [target, , list] = node.arguments;
      const tcallee = target && !ts.isSpreadElement(target) ? this.resolve(target) : undefined;
      if (tcallee && list && ts.isArrayLiteralExpression(list)) {
        const site: Site = {
          expr: target as ts.Expression,
          args: list.elements,
          fileScoped: NO_NODES,
        };
        this.facts.push(this.callFact(node, tcallee, this.folder, line, site));
      }
    }
    const fact: CallFact = { kind: 'call', callee, args, options, line };
    if (WRITES_TEXT.test(callee) && node.arguments?.[0] && node.arguments[1] && !isKnown(args[1])) {
      const merged = this.mergedSettings(node.arguments[0], node.arguments[1]);
      if (merged) fact.written = [merged];
    }
    if (STDIN_FED.test(callee) && !options.has('input')) {
      const fed = this.stdinInput(node);
      if (fed) fact.options = new Map(options).set('input', fed);
    }
    const names = this.argNames(node.arguments ?? []);
    if (names) fact.names = names;
    this.markConfigRead(fact, node);
    if (ts.isPropertyAccessExpression(e)) {
      const r = this.fold(e.expression);
      if (r.kind === 'str' || r.kind === 'list') fact.receiver = r;
      const made = this.madeWithOf(e.expression);
      if (made) fact.madeWith = made;
    }
    this.judgeSends(fact, node, this.folder);
    this.facts.push(fact);
    if (ts.isCallExpression(node)) this.noteToolHandler(node, callee);
    this.noteParamFact(node, fact);
    if (EVALS.test(callee)) this.noteEvalRead(node, callee, line);
    // `spawn(win ? 'cmd.exe' : '/bin/sh')`: the call made with each branch the program may take
    for (const alt of this.branchArgs(node, args)) this.facts.push({ ...fact, args: alt });
    // `for (const f of TARGETS) writeFileSync(f, …)`: the call made with each item of the list
    for (const alt of this.loopArgs(node, args))
      this.facts.push({ ...fact, args: alt, loopItem: true });
  }

  /**
   * `for (const file of [join(home, '.cursor', 'mcp.json'), …]) writeFileSync(file, …)`: an
   * argument that is the variable of an enclosing for-of (in the same function) over a list,
   * written in place or bound to a name, stands for each item whose text is known (the first 16),
   * as the Python walker's loopArgFacts and bash's evaluation of a loop body with each word
   */
  private loopArgs(node: ts.CallExpression | ts.NewExpression, args: Value[]): Value[][] {
    const nodes = node.arguments ?? [];
    const at = nodes.findIndex((a, i) => ts.isIdentifier(a) && !isKnown(args[i] ?? UNKNOWN));
    const arg = nodes[at];
    if (!arg || !ts.isIdentifier(arg)) return [];
    const each = (over: Value): Value[][] =>
      over.kind !== 'list'
        ? []
        : over.items
            .filter(isKnown)
            .slice(0, 16)
            .map((item) => args.map((x, j) => (j === at ? item : x)));
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      // (or the first parameter of a callback of `LIST.forEach` / `.map`)
      if (
        (ts.isArrowFunction(p) || ts.isFunctionExpression(p)) &&
        p.parameters[0]?.name.getText(this.sf) === arg.text &&
        ts.isCallExpression(p.parent) &&
        p.parent.arguments[0] === p &&
        ts.isPropertyAccessExpression(p.parent.expression) &&
        /^(?:forEach|map|flatMap)$/.test(p.parent.expression.name.text)
      )
        return each(this.fold(p.parent.expression.expression));
      if (ts.isFunctionLike(p) || ts.isClassLike(p)) return [];
      if (!ts.isForOfStatement(p) || !ts.isVariableDeclarationList(p.initializer)) continue;
      const d = p.initializer.declarations[0];
      if (!d || !ts.isIdentifier(d.name) || d.name.text !== arg.text) continue;
      if (p.initializer.declarations.length !== 1) return [];
      return each(this.fold(p.expression));
    }
    return [];
  }

  /**
   * What the code writes to the standard input of a process it starts (`spawn(…).stdin.end(t)`,
   * `const p = spawn(…)` … `p.stdin.write(t)`): the program's `input` as `spawnSync(…, { input
   * })` gives it (several writes joined in order); undefined when none is seen
   */
  private stdinInput(node: ts.CallExpression | ts.NewExpression): Value | undefined {
    const written = (x: ts.Expression): Value | undefined => {
      const s = x.parent;
      const w = s?.parent;
      const c = w?.parent;
      if (
        !s ||
        !ts.isPropertyAccessExpression(s) ||
        s.expression !== x ||
        s.name.text !== 'stdin' ||
        !w ||
        !ts.isPropertyAccessExpression(w) ||
        !/^(?:write|end)$/.test(w.name.text) ||
        !c ||
        !ts.isCallExpression(c) ||
        c.expression !== w
      )
        return undefined;
      const a0 = c.arguments[0];
      return a0 && !ts.isSpreadElement(a0) ? this.fold(a0) : undefined;
    };
    const direct = written(node);
    if (direct) return direct;
    let q: ts.Node = node.parent;
    while (ts.isParenthesizedExpression(q) || ts.isAsExpression(q)) q = q.parent;
    if (!ts.isVariableDeclaration(q) || !ts.isIdentifier(q.name)) return undefined;
    const parts: Value[] = [];
    for (const id of this.identifiers(q.name.text).slice(0, 64)) {
      const v = id !== q.name ? written(id) : undefined;
      if (v) parts.push(v);
    }
    return parts.length ? (parts.length === 1 ? parts[0] : concat(parts)) : undefined;
  }

  /**
   * The handler of an agent tool this call registers (tools.ts): each text it returns to the
   * model is a fact of TOOL_RESULT (rules judge it as text the agent reads), and a file it reads
   * for the model and also sends is a fact of TOOL_READ_SENT at the send
   */
  private noteToolHandler(node: ts.CallExpression, callee: string): void {
    const network = (c: string): boolean => NETWORK_CALLEE.test(c);
    const host: ToolHost = {
      resolve: (e) => this.resolve(e),
      fold: (n) => this.fold(n),
      network,
      reads: (c) => READS_FILE.test(c) || /^(?:fs\/promises|node:fs\/promises)\.readFile$/.test(c),
      sends: (name) =>
        this.funcs
          .get(name)
          ?.some((f) => f.calls.some((c) => network(this.resolve(c.expression) ?? ''))) ?? false,
    };
    const fn = toolHandler(node, callee, host);
    if (!fn) return;
    const { results, readSent } = handlerFacts(fn, host);
    for (const r of results)
      if (r.texts.length)
        this.facts.push({
          kind: 'call',
          callee: TOOL_RESULT,
          args: r.texts,
          options: new Map(),
          line: this.line(r.node),
        });
    if (readSent)
      this.facts.push({
        kind: 'call',
        callee: TOOL_READ_SENT,
        args: [],
        options: new Map(),
        line: this.line(readSent),
      });
  }

  /** a wrapped call whose first argument is a parameter of its wrapper (see dropParamFacts) */
  private noteParamFact(node: ts.CallExpression | ts.NewExpression, fact: CodeFact): void {
    const name = this.wrappedBy.get(node);
    const first = node.arguments?.[0];
    if (!first || !ts.isIdentifier(first)) return;
    let fn: ts.Node | undefined = node.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (
      !fn ||
      !ts.isFunctionLike(fn) ||
      !fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === first.text)
    )
      return;
    // a function made and handed back by a factory (`return (url, init) => fetch(url, { …init,
    // dispatcher })`): whoever calls what the factory returns names the URL, and those calls
    // are recorded with it, as an exported wrapper's (byCaller)
    if (fact.kind === 'call' && returnedFunction(fn)) fact.byCaller = true;
    else if (name) this.paramFacts.set(fact, name);
  }

  /**
   * The argument lists a call has when one of its first arguments is a conditional whose test is
   * not known (`c ? x : y`, or a name declared so): one list per branch that folds to a string.
   */
  private branchArgs(node: ts.CallExpression | ts.NewExpression, args: Value[]): Value[][] {
    const out: Value[][] = [];
    const nodes = node.arguments ?? [];
    for (let i = 0; i < Math.min(nodes.length, 4); i++) {
      if (args[i]?.kind !== 'unknown') continue;
      const a = unparen(nodes[i] as ts.Expression);
      let cond: ts.ConditionalExpression | undefined;
      if (ts.isConditionalExpression(a)) cond = a;
      else if (ts.isIdentifier(a) && this.b.get(a.text, a.pos) === undefined) {
        for (const c of this.choices.get(a.text) ?? []) if (c.pos <= a.pos) cond = c.node;
      }
      if (!cond) continue;
      for (const branch of [cond.whenTrue, cond.whenFalse]) {
        const v = this.fold(branch);
        if (v.kind === 'str') out.push(args.map((x, j) => (j === i ? v : x)));
      }
    }
    return out;
  }

  private propName(p: ts.PropertyAssignment): string {
    return p.name.getText(this.sf).replace(/['"]/g, '');
  }

  /** an options object handed to a process-starting call (or kept in a variable for one) */
  private isProcessOptions(obj: ts.Node): boolean {
    const call = obj.parent;
    if (ts.isVariableDeclaration(call)) return true;
    if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return false;
    return this.startsProcess(call);
  }

  /**
   * a call that starts a process: child_process and its wrappers, or a function of the script
   * named for running a command (`run(cmd, { env })`, `this.execCommand(…)`, `spawnChild(…)`)
   */
  private startsProcess(call: ts.CallExpression | ts.NewExpression): boolean {
    const callee = this.resolve(call.expression) ?? '';
    if (
      /^(?:child_process|execa|cross-spawn|shelljs|Bun\.spawn|Deno\.(?:Command|run)|worker_threads)/.test(
        callee,
      )
    )
      return true;
    if (callee) return false;
    const e = call.expression;
    const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '';
    return /^(?:run|exec|spawn|fork|launch|shell|command|cmd)(?:[A-Z_]\w*)?$|(?:Command|Process|Child|Cmd|Shell|Exec|Spawn)$/.test(
      name,
    );
  }

  /**
   * A copy of the environment kept in a variable (`const env = { ...process.env, CI: '1' }`,
   * `Object.assign({}, process.env, …)`) that only becomes a child process's environment: every
   * use of the variable sets, deletes or reads one key, is merged into with Object.assign, or is
   * the `env` of a process-starting call's options. Any other use (serialised, sent, logged,
   * handed to another function) reads the whole environment.
   */
  private envCopyForChild(decl: ts.VariableDeclaration): boolean {
    if (!ts.isIdentifier(decl.name)) return false;
    const name = decl.name.text;
    let ok = true;
    let seen = 0;
    const visit = (n: ts.Node): void => {
      if (!ok) return;
      if (ts.isIdentifier(n) && n.text === name && n !== decl.name) {
        if (++seen > 64 || !this.envUseForChild(n)) ok = false;
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return ok;
  }

  private envUseForChild(id: ts.Identifier): boolean {
    const p = id.parent;
    // `env.PATH = …`, `delete env.SECRET`, `env['X']`; not a property name (`obj.env`)
    if (
      (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) &&
      p.expression === id
    )
      return true;
    if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
    if (ts.isPropertyAssignment(p) && p.name === id) return true;
    if (ts.isPropertyAssignment(p) && p.initializer === id) return this.isEnvOption(p);
    if (ts.isShorthandPropertyAssignment(p)) return this.isEnvOption(p);
    if (ts.isCallExpression(p) && p.arguments.includes(id)) {
      if (p.arguments[0] === id && this.isObjectAssign(p)) return true;
      return this.startsProcess(p);
    }
    return false;
  }

  /** `env: …` (or shorthand `env`) in the options object of a process-starting call */
  private isEnvOption(p: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): boolean {
    const key = ts.isPropertyAssignment(p) ? this.propName(p) : p.name.text;
    return key === 'env' && this.isProcessOptions(p.parent);
  }

  /**
   * a copy of the environment (`{ ...process.env, … }`, `Object.assign({}, process.env, …)`)
   * that becomes a child's environment: the `env` option of a process-starting call, or a
   * variable that only becomes one (envCopyForChild)
   */
  private childEnv(copy: ts.Expression): boolean {
    const holder = copy.parent;
    return (
      (ts.isPropertyAssignment(holder) &&
        holder.initializer === copy &&
        this.isEnvOption(holder)) ||
      (ts.isVariableDeclaration(holder) && this.envCopyForChild(holder))
    );
  }

  /** Deno's `Deno.env.get('X')` reads X, `Deno.env.toObject()` the whole environment */
  private onDenoEnv(node: ts.Node): void {
    const p = node.parent;
    if (!ts.isPropertyAccessExpression(p) || p.expression !== node) return;
    const call = p.parent;
    if (!ts.isCallExpression(call) || call.expression !== p) return;
    const line = this.line(node);
    const method = p.name.text;
    if (method === 'get' || method === 'has') {
      const key = call.arguments[0] ? this.keyOf(call.arguments[0]) : undefined;
      if (key) this.facts.push({ kind: 'env-read', name: key, line });
    } else if (method === 'toObject') this.facts.push({ kind: 'env-bulk', line });
  }

  private isObjectAssign(call: ts.CallExpression): boolean {
    const c = this.resolve(call.expression);
    return c === 'Object.assign' || (!c && call.expression.getText(this.sf) === 'Object.assign');
  }

  private onEnv(
    node: ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.Identifier,
  ): void {
    if (
      ts.isIdentifier(node) &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node)
    ) {
      // an alias such as `const e = process.env` used bare
      if (this.b.get(node.text, node.pos)?.kind !== 'name') return;
    }
    const env = this.resolve(node);
    if (env === 'Deno.env') {
      this.onDenoEnv(node);
      return;
    }
    // Bun's `Bun.env` is the same object as `process.env`
    if (env !== 'process.env' && env !== 'Bun.env') return;
    if (ts.isIdentifier(node) && ts.isVariableDeclaration(node.parent)) return;
    const p = node.parent;
    const line = this.line(node);
    if (
      (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) &&
      p.expression === node
    ) {
      // a variable set (`process.env.MODE = 'fast'`) or removed for this process and its
      // children is not read
      if (isWriteTarget(p)) return;
      const key = ts.isPropertyAccessExpression(p) ? p.name.text : this.keyOf(p.argumentExpression);
      if (key) this.facts.push({ kind: 'env-read', name: key, line });
      return;
    }
    if (ts.isVariableDeclaration(p) && p.initializer === node) {
      if (ts.isObjectBindingPattern(p.name)) {
        for (const el of p.name.elements) {
          if (el.dotDotDotToken) this.facts.push({ kind: 'env-bulk', line });
          else {
            const key =
              el.propertyName && ts.isIdentifier(el.propertyName)
                ? el.propertyName.text
                : ts.isIdentifier(el.name)
                  ? el.name.text
                  : undefined;
            if (key) this.facts.push({ kind: 'env-read', name: key, line });
          }
        }
      }
      return;
    }
    if (ts.isSpreadAssignment(p)) {
      // `{ ...process.env, X: 1 }` as a child's environment is not a read of the secrets
      if (!this.childEnv(p.parent)) this.facts.push({ kind: 'env-bulk', line });
      return;
    }
    if (ts.isPropertyAssignment(p)) {
      if (!this.isEnvOption(p)) this.facts.push({ kind: 'env-bulk', line });
      return;
    }
    if (ts.isShorthandPropertyAssignment(p)) return;
    if (ts.isForInStatement(p) || ts.isForOfStatement(p)) {
      this.facts.push({ kind: 'env-bulk', line });
      return;
    }
    if (ts.isCallExpression(p) && p.arguments.includes(node as ts.Expression)) {
      // `Object.assign({}, process.env, { CI: '1' })` as a child's environment, directly or kept
      // in a variable that only becomes one
      if (this.isObjectAssign(p) && p.arguments[0] !== node && this.childEnv(p)) return;
      if (!this.startsProcess(p)) this.facts.push({ kind: 'env-bulk', line });
    }
    // `new URLSearchParams(process.env)`: an object made of all of it, as a call's result is
    if (ts.isNewExpression(p) && p.arguments?.includes(node as ts.Expression)) {
      if (!this.startsProcess(p)) this.facts.push({ kind: 'env-bulk', line });
    }
  }
}

/** `x` in `x = v`, `delete x`: set or removed, not read (`x += v`, `x ??= v` read it too) */
function isWriteTarget(x: ts.Expression): boolean {
  const p = x.parent;
  if (ts.isDeleteExpression(p)) return true;
  return (
    ts.isBinaryExpression(p) && p.left === x && p.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

/**
 * The link of a chain that resolving `n` resolves first whatever it finds (the callee of a call,
 * the object of a member, what parentheses, `as`, `!` and `await` hold), when that link is itself
 * a chain; undefined at a name or any other end.
 */
function chainBelow(n: ts.Expression): ts.Expression | undefined {
  if (
    !isChainLink(n) ||
    (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword)
  )
    return undefined;
  const below = n.expression;
  return isChainLink(below) ? below : undefined;
}

type ChainLink =
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.NonNullExpression
  | ts.AwaitExpression
  | ts.PropertyAccessExpression
  | ts.ElementAccessExpression
  | ts.CallExpression
  | ts.NewExpression;

function isChainLink(n: ts.Expression): n is ChainLink {
  return (
    ts.isParenthesizedExpression(n) ||
    ts.isAsExpression(n) ||
    ts.isNonNullExpression(n) ||
    ts.isAwaitExpression(n) ||
    ts.isPropertyAccessExpression(n) ||
    ts.isElementAccessExpression(n) ||
    ts.isCallExpression(n) ||
    ts.isNewExpression(n)
  );
}
