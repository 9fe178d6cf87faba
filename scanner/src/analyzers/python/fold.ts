/**
 * Constant folding for Python expressions (tree-sitter nodes): string literals and f-strings,
 * concatenation, % and .format, ''.join, slicing reversal, chr/bytes, os.path.join/expanduser,
 * pathlib, base64/binascii/codecs/zlib/gzip decoding of literals.
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { TreeNode } from '../code/tree.js';
import { Nodes } from './nodes.js';
import {
  HOLE,
  IDENTITY_COMMAND,
  commandSource,
  UNKNOWN,
  asText,
  carries,
  concat,
  isKnown,
  jsonText,
  joinPath,
  withinSkill,
  skillParent,
  CREDENTIAL_SOURCE,
  CRON_LISTING,
  DOTENV_SOURCE,
  credentialFile,
  KEY_SOURCE,
  dotenvFile,
  printable,
  labels,
  kindsIn,
  serializedFrom,
  sourcedFrom,
  keepsShipped,
  shippedFile,
  shippedConfig,
  shippedRead,
  sourced,
  str,
  urljoin,
  TRANSCRIPT_KEY,
  transcriptPath,
  type Value,
} from '../code/value.js';
import { envValue } from '../code/env.js';

type Node = TreeNode;

export interface PyFoldHost {
  resolve(node: Node): string | undefined;
  constant(name: string, at: number): Value | undefined;
  /** the file saves a download at this path */
  downloaded?(path: string): boolean;
  /** the file copies a credential file of the user's to this path (`shutil.copy(KEY, P)`) */
  staged?(path: string): boolean;
  /**
   * a `with open(<downloaded file>) as NAME` binding of this name reaches this point (true, or the
   * source the file's data carries: 'remote', or 'shipped' for a data file of the skill's own)
   */
  remoteName?(name: string, at: number): boolean | string | undefined;
  decoded(text: string, how: string, node: Node): void;
  /** called now and then while evaluating loops (may throw when the scan's time is up) */
  tick?(): void;
  /** the local function (def or lambda) a name stands for, for evaluating small pure helpers */
  func?(name: string, at: number): Node | undefined;
  /**
   * the constant an attribute names: a class attribute (`Client.BASE_URL`, `self.BASE_URL`) or
   * an instance attribute the class sets to one value (`self.base = "https://…"`)
   */
  attr?(node: Node): Value | undefined;
  /**
   * what `getattr(obj, 'NAME')` holds when the code put a credential file's text or a response in
   * that field (`obj.NAME = …`, `setattr(obj, 'NAME', …)`): the same as reading `obj.NAME`
   */
  heldAttr?(obj: Node, name: string): Value | undefined;
  /** the folder of this file inside the skill (`''` at its root), when known */
  dir?: string;
  /**
   * what a name imported from another file of the skill holds (`from .keys import TOKEN`,
   * `keys.TOKEN` after `from lib import keys`), when that file sets it once at module level
   */
  imported?(node: Node): Value | undefined;
  /** what a call of a function imported from another file of the skill returns */
  importedCall?(call: Node): Value | undefined;
  /** the text of a file of the skill by its path inside the skill (AnalyzerContext.sibling) */
  sibling?(path: string): string | undefined;
  /** what a dotenv file the skill ships and the code loads sets a variable to (env.ts shippedDotenv) */
  dotenv?(name: string): string | undefined;
  /** the path of a data file of the skill's own that `with open(P) as NAME` opened, reaching `at` */
  shippedName?(name: string, at: number): string | undefined;
}

/**
 * calls whose result is a response from the network (or a response object bound by `with ... as`):
 * what is read from it is downloaded data (`source: 'remote'`)
 */
const DOWNLOADED =
  /^(?:(?:requests|httpx|treq|grequests|urllib3)\.(?:get|post|put|patch|delete|request)|(?:requests\.[Ss]ession\(\)|httpx\.(?:Async)?Client\(\)|aiohttp\.ClientSession\(\)|urllib3\.PoolManager\(\))\.(?:get|post|put|patch|delete|request)(?:\(\))?|aiohttp\.request(?:\(\))?|(?:urllib\.request|urllib2|urllib)\.urlopen(?:\(\))?|urllib\.request\.build_opener\(\)\.open(?:\(\))?|tornado\.httpclient\.(?:Async)?HTTPClient\(\)\.fetch|http\.client\.HTTPS?Connection\(\)\.getresponse(?:\(\))?|dns\.resolver\.(?:resolve|query)|dns\.resolver\.Resolver\(\)\.(?:resolve|query)|dns\.asyncresolver\.resolve|websockets\.(?:client\.|sync\.client\.)?connect(?:\(\))?|websocket\.create_connection(?:\(\))?|asyncio\.open_connection|socket\.(?:socket|create_connection)\(\)\.(?:recv|recvfrom)(?:\(\))?)$/;

/** the regular-expression calls that return pieces of the text they are given (its 2nd argument) */
const PICKS_OUT = /^re\.(?:findall|finditer|search|match|fullmatch|split)$/;

/** parsers, decoders, decompressors and file wrappers: what they return of downloaded data is
 * downloaded (`json.loads(r.text)['cmd']`, `json.load(f)` of a file the code saved a response to) */
const KEEPS_REMOTE =
  /^(?:json\.loads?|yaml\.(?:safe_|full_|unsafe_)?load|tomllib\.loads?|tomli\.loads?|toml\.loads?|base64\.(?:b64decode|b32decode|b16decode|b85decode|a85decode|urlsafe_b64decode|decodebytes)|binascii\.(?:a2b_base64|unhexlify|a2b_hex)|bytes\.fromhex|codecs\.decode|(?:zlib|gzip|bz2|lzma)\.decompress|(?:gzip|bz2|lzma)\.open|gzip\.GzipFile|bz2\.BZ2File|lzma\.LZMAFile|io\.(?:BytesIO|StringIO|BufferedReader|TextIOWrapper))$/;

/**
 * a path of a data file of the skill's own (under the folder of `__file__`): what is read from it
 * is shipped data (`source: 'shipped'`); a code file (.py, .js, …) read the same way is not
 */
const SHIPPED_DATA = (p: Value): boolean =>
  p.kind === 'str' &&
  p.s.startsWith('$SKILL') &&
  !/\.(?:py|pyw|js|mjs|cjs|ts|sh|bash|rb|pl|php|lua)$/i.test(p.s);
/**
 * a data file named relative to the working directory (`open('settings.yaml')`): the skill's own
 * when it ships one by that name (the script runs from its folder), see shippedCandidates
 */
const RELATIVE_DATA = (p: Value): boolean =>
  p.kind === 'str' &&
  /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:json|ya?ml|toml)$/i.test(p.s) &&
  !p.s.startsWith('..');
/** decoders whose output the scanner cannot compute (PyFolder.opaque) */
const OPAQUE_DECODERS = /^(?:bz2\.decompress|lzma\.decompress|marshal\.loads)$/;

/** sources whatever is made of them keeps (through any call, subscript or comprehension) */
const PASSED_ON = ['shipped', 'envsecret', CREDENTIAL_SOURCE] as const;

/**
 * calls that keep text whole (encoders, compressors, quoting, conversions): what they return of
 * the skill's own dotenv text is still all of it (see DOTENV_SOURCE); parsers and matchers
 * (`re.search`, `dotenv_values`, `split`) pick values out of it and are left out
 */
const KEEPS_DOTENV =
  /^(?:base64\.(?:b64encode|b32encode|b16encode|b85encode|a85encode|urlsafe_b64encode|encodebytes|standard_b64encode)|binascii\.(?:b2a_base64|hexlify|b2a_hex)|codecs\.encode|(?:zlib|gzip|bz2|lzma)\.compress|urllib\.parse\.(?:quote|quote_plus)|urllib\.(?:quote|quote_plus)|str|bytes|bytearray|io\.(?:BytesIO|StringIO)|repr|list|tuple|sorted)$/;

/**
 * methods that cut text into all of its pieces (`f.readlines()`, `text.splitlines()`,
 * `text.split('\n')`): the pieces together are still all of the skill's dotenv text; picking one
 * out (an index, a loop, a filter) is what drops it
 */
const ALL_PIECES = new Set(['readlines', 'splitlines', 'split', 'rsplit']);

/** methods that give the job table's lines back as they are (CRON_LISTING) */
const LISTING_KEEPS = new Set(['read', 'splitlines', 'strip', 'rstrip', 'lstrip']);
/** the job table's text alone, nothing added (CRON_LISTING) */
const listingOnly = (v: Value): boolean =>
  v.kind === 'str' && v.source === CRON_LISTING && v.s === HOLE;

/** methods of text that give all of it back (`.strip()`, `.read()`, `.encode()`) */
const WHOLE_TEXT_METHODS = new Set([
  'read',
  'strip',
  'lstrip',
  'rstrip',
  'encode',
  'decode',
  'upper',
  'lower',
  'replace',
  'expandtabs',
  'getvalue',
  'hex',
  'translate',
]);

/**
 * calls that tell a size, a position or a yes/no of a text, and none of its content
 * (`len(cfg)`, `'registry=' in text` is no call, `text.startswith('[default]')`): a credential
 * file's secrets do not pass through them
 */
const TELLS = new Set(['len', 'bool', 'isinstance', 'hasattr', 'callable']);
const TELLS_METHODS = new Set([
  'startswith',
  'endswith',
  'count',
  'find',
  'rfind',
  'index',
  'rindex',
  'isdigit',
  'isalpha',
  'isalnum',
  'isspace',
  'has_section',
  'has_option',
  'exists',
  'is_file',
]);

function tells(canon: string | undefined, method: string | undefined): boolean {
  return (
    (canon !== undefined && TELLS.has(canon.replace(/^builtins\./, ''))) ||
    (method !== undefined && TELLS_METHODS.has(method))
  );
}

/** methods that read a file a path names */
const PATH_READS = new Set(['read_text', 'read_bytes', 'open']);
/** parsers of a config file or its text (shippedConfig) */
const PARSES_CONFIG =
  /^(?:json\.loads?|yaml\.(?:safe_|full_)?load|(?:tomllib|tomli|toml)\.loads?)$/;

/**
 * Comprehensions, `map(...)` and lambdas are evaluated item by item with the loop variable bound
 * (`''.join(chr(c ^ 42) for c in DATA)`); bounded per file: items, folding steps inside them,
 * nesting.
 */
const MAX_LOOP_ITEMS = 4_096;
const MAX_LOOP_STEPS = 200_000;
const MAX_LOOP_DEPTH = 4;
/** defs whose returns are being looked at (a def returning its own call is not followed) */
const RETURN_SEEN = new Set<Node>();

interface LoopBudget {
  steps: number;
}

/** lists made by evaluated code: the only ones `append` may change */
const OWNED = new WeakSet<Value>();

/** a list's own copy (that evaluated code may append to); other values as they are */
/** per module: the functions decorated, by the name of each decorator (`@d`, `@d(…)`) */
const DECORATED = new WeakMap<Node, Map<string, Node[]>>();

/**
 * the functions a decorator of this file is applied to, when `fn` names its parameter (the first
 * of a function the decorator is, or is nested in: `def d(f): def w(*a): f(*a)`, and a factory's
 * `def d(name): def reg(f): …` for `@d('x')`); none otherwise
 */
function decoratedBy(fn: Node): Node[] {
  let owner: Node | undefined;
  for (let p = fn.parent; p && !owner; p = p.parent) {
    if (p.type !== 'function_definition') continue;
    const first = p.childForFieldName('parameters')?.namedChildren[0];
    if (first?.type === 'identifier' && first.text === fn.text) owner = p;
    else if (p.childForFieldName('parameters')?.namedChildren.some((x) => x.text === fn.text))
      return [];
  }
  if (!owner) return [];
  let root: Node = owner;
  while (root.parent) root = root.parent;
  let table = DECORATED.get(root);
  if (!table) {
    table = new Map();
    for (const d of root.descendantsOfType('decorated_definition')) {
      const def = d.namedChildren.find((x) => x.type === 'function_definition');
      if (!def) continue;
      for (const dec of d.namedChildren) {
        const m = dec.type === 'decorator' ? /^@\s*([A-Za-z_]\w*)\s*(?:\(|$)/.exec(dec.text) : null;
        if (!m?.[1]) continue;
        const list = table.get(m[1]) ?? [];
        if (list.length < 16) list.push(def);
        table.set(m[1], list);
      }
    }
    DECORATED.set(root, table);
  }
  const out: Node[] = [];
  for (let p: Node | null = owner; p; p = p.parent) {
    if (p.type !== 'function_definition') continue;
    const name = p.childForFieldName('name')?.text;
    if (name) out.push(...(table.get(name) ?? []).filter((d) => d !== p));
  }
  return out.slice(0, 16);
}

/** the name an evaluated generator's yielded items are kept under (no identifier can be it) */
const YIELDED = '\0yield';

/** a function body that yields (a generator), its nested functions and classes aside */
function yields(body: Node): boolean {
  let found = false;
  const visit = (n: Node, depth: number): void => {
    if (found || depth > 64) return;
    if (n.type === 'yield') found = true;
    else if (
      n.type !== 'function_definition' &&
      n.type !== 'class_definition' &&
      n.type !== 'lambda'
    )
      for (const c of n.namedChildren) visit(c, depth + 1);
  };
  visit(body, 0);
  return found;
}

function owned(v: Value): Value {
  if (v.kind !== 'list') return v;
  const copy: Value = { kind: 'list', items: [...v.items] };
  OWNED.add(copy);
  return copy;
}

/** functions `map` applies by name */
const MAP_BUILTINS = new Set(['chr', 'ord', 'int', 'str']);

/** a one-character known text as its code (below 256), else the value itself */
function byteOf(v: Value): Value {
  if (v.kind !== 'str' || v.s.length !== 1 || v.s.includes(HOLE)) return v;
  const c = v.s.charCodeAt(0);
  return c < 256 ? { kind: 'num', n: c } : v;
}

/** Python's truth value of a folded value (undefined when not known) */
function truthy(v: Value): boolean | undefined {
  if (v.kind === 'num') return v.n !== 0;
  if (v.kind === 'list') return v.items.length > 0;
  if (isKnown(v)) return v.s !== '' && v.s !== 'false';
  return undefined;
}

function pyArith(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '//':
      return b === 0 ? undefined : Math.floor(a / b);
    case '%':
      return b === 0 ? undefined : ((a % b) + b) % b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '<<':
      return b < 0 || b > 31 ? undefined : a << b;
    case '>>':
      return b < 0 ? undefined : a >> Math.min(b, 31);
  }
  return undefined;
}

const HOME_CALLS = new Set([
  'pathlib.Path.home',
  'os.path.expanduser',
  'pathlib.Path().expanduser',
  'os.path.abspath',
  'os.path.normpath',
  'os.path.realpath',
  'pathlib.Path',
  'pathlib.PurePath',
  'pathlib.PosixPath',
  'str',
  'os.fspath',
  'pathlib.Path().resolve',
  'pathlib.Path().absolute',
  'os.path.expandvars',
]);
const MAX_INFLATE = 1024 * 1024;
/** web3/eth_utils calls that give back the address they are handed, in checksum case */
const CHECKSUM_CALL = /(?:^|\.)(?:to_checksum_address|toChecksumAddress)$/;
/** calls whose result names the user or the machine */
const IDENTITY_CALLS = new Set([
  'platform.node',
  'platform.uname',
  'socket.gethostname',
  'socket.getfqdn',
  'getpass.getuser',
  'os.getlogin',
  'uuid.getnode',
  'os.uname',
  'pwd.getpwuid',
]);
/** calls that run a command and return its output (or a result with `.stdout`) */
const OUTPUT_CALLS = new Set([
  'subprocess.run',
  'subprocess.check_output',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'subprocess.Popen',
  'os.popen',
  'commands.getoutput',
]);

function unescapePy(s: string): string {
  // every escape starts with a backslash
  if (!s.includes('\\')) return s;
  return s.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3})|(.))/gs,
    (m, x, u, U, o, c: string | undefined) => {
      const code = x ?? u ?? U;
      if (code) return String.fromCodePoint(parseInt(code, 16));
      if (o) return String.fromCharCode(parseInt(o, 8));
      switch (c) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case '\n':
          return '';
        case '\\':
        case "'":
        case '"':
          return c;
        default:
          return m;
      }
    },
  );
}

/**
 * The value of a string literal that is not an f-string, read from its text alone (its child
 * nodes are not needed, see `pythonCopyOptions`); undefined for f-strings and malformed text.
 */
export function plainLiteral(text: string): string | undefined {
  const q = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text);
  if (
    q &&
    !/f/i.test(q[1] ?? '') &&
    text.length >= q[0].length + (q[2] ?? '').length &&
    text.endsWith(q[2] ?? '')
  ) {
    const body = text.slice(q[0].length, text.length - (q[2] ?? '').length);
    return /r/i.test(q[1] ?? '') ? body : unescapePy(body);
  }
  return undefined;
}

/**
 * The name a lambda kept in a literal table goes by (`ACTIONS['send']` → `ACTIONS[send]`): the
 * table's name and the key, when the key folds to known text
 */
export function tableKey(n: Node, fold: (x: Node | null | undefined) => Value): string | undefined {
  const table = n.childForFieldName('value');
  if (table?.type !== 'identifier') return undefined;
  const k = fold(n.childForFieldName('subscript'));
  return isKnown(k) ? `${table.text}[${k.s}]` : undefined;
}

export class PyFolder {
  private readonly memo = new Map<number, Value>();
  private depth = 0;

  /**
   * @param budget shared by the folders of a file that run loops (comprehensions, map, lambdas)
   * @param level how many loop bodies this folder is nested in (0: not inside one)
   */
  constructor(
    private readonly host: PyFoldHost,
    readonly nodes: Nodes = new Nodes(),
    private readonly budget: LoopBudget = { steps: MAX_LOOP_STEPS },
    private readonly level = 0,
    /** the file's scope: where named local functions are evaluated */
    private readonly root: PyFoldHost = host,
  ) {}

  fold(node: Node | null | undefined): Value {
    if (!node) return UNKNOWN;
    const hit = this.memo.get(node.id);
    if (hit) return hit;
    if (this.depth > 200) return UNKNOWN;
    if (this.level) {
      if (--this.budget.steps < 0) return UNKNOWN;
      if ((this.budget.steps & 4095) === 0) this.host.tick?.();
    }
    this.depth++;
    let v: Value;
    try {
      v = this.compute(node);
    } finally {
      this.depth--;
    }
    this.memo.set(node.id, v);
    return v;
  }

  private decoded(text: string | undefined, how: string, node: Node): Value {
    if (text === undefined) return UNKNOWN;
    this.host.decoded(text, how, node);
    return str(text, { computed: true, decodedFrom: how });
  }

  private stringLiteral(node: Node): Value {
    const text = node.text;
    const plain = plainLiteral(text);
    if (plain !== undefined) return str(plain);
    const kids = node.namedChildren;
    const start = kids[0]?.type === 'string_start' ? kids[0].text : '"';
    const raw = /r/i.test(start.replace(/['"]+$/, ''));
    const parts: Value[] = [];
    for (const k of kids) {
      if (k.type === 'string_content') parts.push(str(raw ? k.text : unescapePy(k.text)));
      else if (k.type === 'interpolation') parts.push(this.fold(k.childForFieldName('expression')));
    }
    if (parts.length === 0) return str('');
    const v = concat(parts);
    return kids.some((k) => k.type === 'interpolation') ? v : str(v.kind === 'str' ? v.s : '');
  }

  private compute(n: Node): Value {
    switch (n.type) {
      case 'string':
        return this.stringLiteral(n);
      case 'concatenated_string':
        return concat(n.namedChildren.map((c) => this.fold(c)));
      case 'integer': {
        const t = n.text.replace(/_/g, '').toLowerCase();
        const v = t.startsWith('0o')
          ? parseInt(t.slice(2), 8)
          : t.startsWith('0x')
            ? parseInt(t.slice(2), 16)
            : t.startsWith('0b')
              ? parseInt(t.slice(2), 2)
              : Number(t);
        return Number.isFinite(v) ? { kind: 'num', n: v } : UNKNOWN;
      }
      case 'true':
        return str('true');
      case 'false':
        return str('false');
      case 'parenthesized_expression':
      case 'await':
        return this.fold(n.namedChildren[0]);
      case 'identifier': {
        if (n.text === '__file__') return str('$SKILL/script', { computed: true });
        const v = this.host.constant(n.text, n.startIndex);
        if (v) return v;
        const as = this.host.remoteName?.(n.text, n.startIndex);
        if (as) return sourced(as === true ? 'remote' : as);
        // `with urlopen(url) as r:` binds r to the response
        const canon = this.host.resolve(n);
        if (canon && DOWNLOADED.test(canon)) return sourced('remote');
        return this.root.imported?.(n) ?? UNKNOWN;
      }
      case 'list':
      case 'tuple':
      case 'expression_list': {
        // (`a, b = 'cu', 'rl'`: the right side of an unpacking is a tuple without parentheses)
        if (n.namedChildren.length > 10_000) return UNKNOWN;
        const items: Value[] = [];
        for (const c of n.namedChildren) {
          if (!c.type.endsWith('splat')) items.push(this.fold(c));
          else {
            // `[*args]` spreads a list that folds (bounded: repeated spreads could double)
            const inner = c.type === 'list_splat' ? this.fold(c.namedChildren[0]) : UNKNOWN;
            if (inner.kind === 'list') items.push(...inner.items.slice(0, 10_000));
            else items.push(UNKNOWN);
          }
          if (items.length > 10_000) return UNKNOWN;
        }
        return { kind: 'list', items };
      }
      case 'dictionary': {
        const props = new Map<string, Value>();
        for (const p of n.namedChildren) {
          if (p.type === 'dictionary_splat') {
            // `{**base, ...}` keeps what `base` folds to; otherwise an unknown entry (HOLE key)
            const inner = this.fold(p.namedChildren[0]);
            if (inner.kind === 'obj' && inner.props.size <= 256)
              for (const [k, v] of inner.props) props.set(k, v);
            else props.set(HOLE, UNKNOWN);
          }
          if (p.type !== 'pair') continue;
          const k = this.fold(p.childForFieldName('key'));
          if (isKnown(k)) props.set(k.s, this.fold(p.childForFieldName('value')));
          // (an integer key by its digits: `{81: 'c'}`, a translate table)
          else if (k.kind === 'num')
            props.set(String(k.n), this.fold(p.childForFieldName('value')));
          else props.set(HOLE, UNKNOWN);
        }
        return { kind: 'obj', props };
      }
      case 'binary_operator':
        return this.binary(n);
      case 'boolean_operator': {
        const l = this.fold(n.childForFieldName('left'));
        return l.kind !== 'unknown' ? l : this.fold(n.childForFieldName('right'));
      }
      case 'comparison_operator':
        return this.comparison(n);
      case 'subscript':
        return this.subscript(n);
      case 'attribute':
        return this.attribute(n);
      case 'call':
        return this.call(n);
      case 'generator_expression':
      case 'list_comprehension':
        return this.comprehension(n);
      // `{s: dict(cfg[s]) for s in cfg}`: only whether it is made of downloaded or credential data
      case 'dictionary_comprehension':
      case 'set_comprehension': {
        const v = this.comprehension(n, true);
        return v.kind === 'str' ? v : UNKNOWN;
      }
      case 'unary_operator': {
        const v = this.fold(n.namedChildren[0]);
        if (v.kind !== 'num') return UNKNOWN;
        const op = n.text.trimStart()[0];
        return op === '-'
          ? { kind: 'num', n: -v.n }
          : op === '~'
            ? { kind: 'num', n: ~v.n }
            : op === '+'
              ? v
              : UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  /** the items a loop runs over: a folded list or tuple, or the characters of a known string */
  private items(v: Value): Value[] | undefined {
    if (v.kind === 'list') return v.items.length <= MAX_LOOP_ITEMS ? v.items : undefined;
    if (isKnown(v) && v.s.length <= MAX_LOOP_ITEMS) return [...v.s].map((c) => str(c));
    return undefined;
  }

  /** a folder for a loop body (or lambda) with `env`'s names bound, sharing this one's budget */
  private scope(env: Map<string, Value>, host: PyFoldHost = this.host): PyFolder {
    const nodes = this.nodes;
    const own = (n: Node): boolean => {
      let b: Node | undefined = n;
      while (b && (b.type === 'attribute' || b.type === 'subscript')) b = nodes.first(b);
      return b?.type === 'identifier' && env.has(b.text);
    };
    return new PyFolder(
      {
        resolve: (n) => (own(n) ? undefined : host.resolve(n)),
        constant: (name, at) => (env.has(name) ? env.get(name) : host.constant(name, at)),
        decoded: () => {},
        tick: () => host.tick?.(),
        func: (name, at) => (env.has(name) ? undefined : host.func?.(name, at)),
        attr: (n) => (own(n) ? undefined : host.attr?.(n)),
        heldAttr: (o, name) => (own(o) ? undefined : host.heldAttr?.(o, name)),
        // a name of the enclosing code that holds downloaded or credential data still does
        remoteName: (name, at) => (env.has(name) ? undefined : host.remoteName?.(name, at)),
      },
      nodes,
      this.budget,
      this.level + 1,
      this.root,
    );
  }

  /** forgets every value folded so far (what the file downloads is known only after a first pass) */
  forget(): void {
    this.memo.clear();
  }

  /**
   * a value folded without keeping it (nor what it is made of) for later: for a look before the
   * file's other facts are known (a `with … as` binding read before the downloads are noted)
   */
  peek(n: Node): Value {
    return this.fresh().fold(n);
  }

  /** a folder for another pass over the same code (a loop's body): same scope and budget */
  private fresh(): PyFolder {
    return new PyFolder(this.host, this.nodes, this.budget, this.level, this.root);
  }

  /**
   * A call of a small local function (`def` or a lambda bound to a name) with folded arguments,
   * evaluated in the file's scope: parameters bound, the body run as assignments to its own
   * names, augmented assignments, `for` loops over folded items and `return` (anything else:
   * unknown). No side effects are run; bounded by the file's budget and nesting.
   */
  private invoke(def: Node, call: Node): Value {
    const args = this.callArgs(call);
    if (!args) return UNKNOWN;
    const [positional, keywords] = args;
    if (positional.length && positional.every((v) => v.kind === 'unknown')) return UNKNOWN;
    return this.returnOf(def, positional, keywords);
  }

  /** a call's arguments folded (undefined with a `*args` / `**kw`) */
  callArgs(call: Node): [Value[], Map<string, Value>] | undefined {
    const positional: Value[] = [];
    const keywords = new Map<string, Value>();
    for (const a of this.nodes.args(call)) {
      if (a.type.endsWith('splat')) return undefined;
      if (a.type === 'keyword_argument') {
        const k = a.childForFieldName('name')?.text;
        if (k) keywords.set(k, this.fold(a.childForFieldName('value')));
      } else positional.push(this.fold(a));
    }
    return [positional, keywords];
  }

  /** what a function of this file (`def` or lambda) returns for folded arguments (see invoke) */
  returnOf(def: Node, positional: readonly Value[], keywords: ReadonlyMap<string, Value>): Value {
    if (this.level >= MAX_LOOP_DEPTH) return UNKNOWN;
    const isLambda = def.type === 'lambda';
    const params = def.childForFieldName('parameters');
    const body = def.childForFieldName('body');
    if (!body) return UNKNOWN;
    const env = new Map<string, Value>();
    const inner = this.scope(env, this.root);
    let i = 0;
    for (const p of params ? this.nodes.kids(params) : []) {
      if (p.type === 'identifier')
        env.set(p.text, keywords.get(p.text) ?? positional[i++] ?? UNKNOWN);
      else if (p.type === 'default_parameter') {
        const name = p.childForFieldName('name')?.text;
        if (!name) return UNKNOWN;
        const v = keywords.get(name) ?? positional[i++];
        env.set(name, v ?? inner.fold(p.childForFieldName('value')));
      } else return UNKNOWN;
    }
    if (isLambda) return inner.fold(body);
    if (yields(body)) {
      // a generator: the list of what it yields until it returns (`' '.join(parts())`)
      const made = owned({ kind: 'list', items: [] });
      env.set(YIELDED, made);
      return inner.run(this.nodes.kids(body), env) === null ? UNKNOWN : made;
    }
    return inner.run(this.nodes.kids(body), env) ?? UNKNOWN;
  }

  /**
   * A module-level loop (`s = ''` then `for c in data: s += chr(c ^ 42)`) run on the values its
   * names hold before it: what `names` hold after it, or undefined when the loop does anything
   * the evaluator does not take (then they stay unknown).
   */
  runLoop(loop: Node, names: readonly string[]): Map<string, Value> | undefined {
    const env = new Map<string, Value>();
    for (const name of names)
      env.set(name, owned(this.host.constant(name, loop.startIndex) ?? UNKNOWN));
    return this.scope(env).run([loop], env) === undefined ? env : undefined;
  }

  /** statements of an evaluated body: the returned value, undefined at their end, null otherwise */
  private run(statements: readonly Node[], env: Map<string, Value>): Value | null | undefined {
    if (statements.length > 32) return null;
    for (const st of statements) {
      switch (st.type) {
        case 'pass_statement':
          continue;
        case 'return_statement': {
          const e = this.nodes.kids(st)[0];
          return e ? this.fold(e) : UNKNOWN;
        }
        case 'with_statement': {
          // `with open(p) as f:` binds f to what the opened value folds to, then runs the body
          const clause = this.nodes.kids(st).find((k) => k.type === 'with_clause');
          const body = this.nodes.kids(st).find((k) => k.type === 'block');
          if (!clause || !body) return null;
          for (const item of this.nodes.kids(clause)) {
            const as = this.nodes.kids(item)[0];
            if (as?.type !== 'as_pattern') continue;
            const alias = as.childForFieldName('alias');
            const target = alias?.namedChildren[0] ?? alias;
            if (target?.type !== 'identifier') return null;
            env.set(target.text, owned(this.fold(as.namedChildren[0])));
          }
          const r = this.run(this.nodes.kids(body), env);
          if (r !== undefined) return r;
          continue;
        }
        case 'expression_statement': {
          const e = this.nodes.kids(st)[0];
          if (e?.type === 'string') continue; // docstring
          if (e?.type === 'yield') {
            const made = env.get(YIELDED);
            const x = this.nodes.kids(e)[0];
            if (
              made?.kind !== 'list' ||
              made.items.length >= MAX_LOOP_ITEMS ||
              /^yield\s+from\b/.test(e.text)
            )
              return null;
            made.items.push(x ? this.fold(x) : UNKNOWN);
            continue;
          }
          if (e?.type === 'call') {
            // `parts.append(x)` on a list of the evaluated code
            const fn = this.nodes.first(e);
            const obj = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
            const list = obj?.type === 'identifier' ? env.get(obj.text) : undefined;
            const a = this.nodes.args(e);
            if (
              this.nodes.second(fn)?.text !== 'append' ||
              list?.kind !== 'list' ||
              !OWNED.has(list) ||
              a.length !== 1 ||
              list.items.length >= MAX_LOOP_ITEMS
            )
              return null;
            list.items.push(this.fold(a[0]));
            continue;
          }
          if (e?.type !== 'assignment' && e?.type !== 'augmented_assignment') return null;
          const left = e.childForFieldName('left');
          const right = e.childForFieldName('right');
          if (left?.type !== 'identifier' || !right) return null;
          const r = this.fold(right);
          if (e.type === 'assignment') {
            env.set(left.text, owned(r));
            continue;
          }
          const l = env.get(left.text) ?? this.host.constant(left.text, left.startIndex);
          const op = e.text
            .slice(left.endIndex - e.startIndex, right.startIndex - e.startIndex)
            .trim();
          if (!l) return null;
          if (op === '+=') {
            if (l.kind === 'num' && r.kind === 'num')
              env.set(left.text, { kind: 'num', n: l.n + r.n });
            else if (l.kind === 'str' && r.kind === 'str') env.set(left.text, concat([l, r]));
            else if (
              l.kind === 'list' &&
              r.kind === 'list' &&
              l.items.length + r.items.length <= MAX_LOOP_ITEMS
            )
              env.set(left.text, { kind: 'list', items: [...l.items, ...r.items] });
            else return null;
            continue;
          }
          const v =
            l.kind === 'num' && r.kind === 'num' ? pyArith(op.slice(0, -1), l.n, r.n) : undefined;
          if (v === undefined) return null;
          env.set(left.text, { kind: 'num', n: v });
          continue;
        }
        case 'for_statement': {
          const target = st.childForFieldName('left');
          const body = st.childForFieldName('body');
          const items = this.items(this.fold(st.childForFieldName('right')));
          if (!target || !body || !items) return null;
          const inner = this.nodes.kids(body);
          for (const item of items) {
            if (this.budget.steps <= 0 || !this.assign(target, item, env)) return null;
            const r = this.fresh().run(inner, env);
            if (r !== undefined) return r;
          }
          continue;
        }
        default:
          return null;
      }
    }
    return undefined;
  }

  /**
   * `[body for x in items if cond]` / `(body for x in items)`: one loop, identifier target;
   * `sourceOnly` (a dict or set comprehension, whose body may be a `key: value` pair): only what
   * it is made of, never its items
   */
  private comprehension(n: Node, sourceOnly = false): Value {
    if (this.level >= MAX_LOOP_DEPTH) return UNKNOWN;
    const [first, loop, ...conds] = this.nodes.kids(n);
    const body = first?.type === 'pair' ? (first.childForFieldName('value') ?? undefined) : first;
    if (!body || loop?.type !== 'for_in_clause' || conds.some((c) => c.type !== 'if_clause'))
      return UNKNOWN;
    const [target, source, extra] = this.nodes.kids(loop);
    if (!target || !source || extra) return UNKNOWN;
    const over = this.fold(source);
    // the bytes of a decoded constant are numbers in a loop (`b ^ key for b in blob`)
    const raw = over.kind === 'str' ? over.raw : undefined;
    const items = sourceOnly
      ? undefined
      : raw
        ? [...raw].map((x): Value => ({ kind: 'num', n: x }))
        : this.items(over);
    // what is made of each byte of a constant decoded to unreadable bytes is unreadable too
    if (!items && !sourceOnly && over.kind === 'str' && over.s === HOLE && over.decodedFrom)
      return str(HOLE, { computed: true, decodedFrom: over.decodedFrom });
    if (!items) {
      if (carries(over, 'shipped')) return sourced('shipped');
      // the job table's lines kept whole, some filtered out (`l for l in cur.splitlines() if
      // 'my-skill' not in l`)
      if (listingOnly(over)) return this.itemItself(body, target, LISTING_KEEPS) ? over : UNKNOWN;
      // what is made of each piece of downloaded text (`[l.strip() for l in body.splitlines()]`)
      // or of a credential file's data (`{s: dict(cfg[s]) for s in cfg}`)
      for (const src of ['remote', CREDENTIAL_SOURCE])
        if (carries(over, src)) {
          const env = new Map<string, Value>();
          if (!this.assignEach(target, sourced(src), env)) return UNKNOWN;
          return carries(this.scope(env).fold(body), src) ? sourced(src) : UNKNOWN;
        }
      // every line of the dotenv text, each kept whole (`l.rstrip() for l in f`): all of it
      if (
        !conds.length &&
        carries(over, DOTENV_SOURCE) &&
        this.itemItself(body, target, WHOLE_TEXT_METHODS)
      )
        return sourced(DOTENV_SOURCE);
      return UNKNOWN;
    }
    const out: Value[] = [];
    for (const item of items) {
      if (this.budget.steps <= 0) return UNKNOWN;
      const env = new Map<string, Value>();
      if (!this.assign(target, item, env)) return UNKNOWN;
      const inner = this.scope(env);
      let keep = true;
      for (const c of conds) {
        const t = truthy(inner.fold(this.nodes.kids(c)[0]));
        if (t === undefined) return UNKNOWN;
        keep &&= t;
      }
      if (keep) out.push(inner.fold(body));
    }
    return { kind: 'list', items: out };
  }

  /**
   * the loop variable itself, or passed only through methods of `keeps` that give it back whole:
   * `l`, `l.strip()` of a line of the job table (LISTING_KEEPS), `l.rstrip('\n')` of a line of the
   * dotenv text (WHOLE_TEXT_METHODS)
   */
  private itemItself(body: Node, target: Node, keeps: ReadonlySet<string>): boolean {
    if (target.type !== 'identifier') return false;
    let b: Node | undefined = body;
    while (b?.type === 'call') {
      const fn = this.nodes.first(b);
      if (fn?.type !== 'attribute' || !keeps.has(this.nodes.second(fn)?.text ?? '')) return false;
      b = this.nodes.first(fn);
    }
    return b?.type === 'identifier' && b.text === target.text;
  }

  /**
   * every name of a loop target (`k, acc` of `for k, acc in d.items()`) bound to `v`: a piece of
   * data of a source, whatever its shape; false for other targets
   */
  private assignEach(target: Node, v: Value, env: Map<string, Value>): boolean {
    if (target.type === 'identifier') {
      env.set(target.text, v);
      return true;
    }
    if (target.type !== 'pattern_list' && target.type !== 'tuple_pattern') return false;
    return this.nodes.kids(target).every((t) => this.assignEach(t, v, env));
  }

  /** a loop target (`c`, `i, c`, `(a, b)`) bound to one item; false for other targets */
  private assign(target: Node, item: Value, env: Map<string, Value>): boolean {
    if (target.type === 'identifier') {
      env.set(target.text, item);
      return true;
    }
    if (target.type !== 'pattern_list' && target.type !== 'tuple_pattern') return false;
    const names = this.nodes.kids(target);
    if (item.kind !== 'list' || item.items.length !== names.length) return false;
    return names.every((t, i) => this.assign(t, item.items[i] ?? UNKNOWN, env));
  }

  /** `zip(a, b)` (an `itertools.cycle(k)` among them repeats), `enumerate(a[, start])` */
  private zipped(canon: string, argNodes: Node[]): Value {
    if (canon === 'enumerate') {
      const items = this.items(this.fold(argNodes[0]));
      const start = argNodes[1] ? this.fold(argNodes[1]) : { kind: 'num' as const, n: 0 };
      if (!items || start.kind !== 'num') return UNKNOWN;
      return {
        kind: 'list',
        items: items.map((v, i) => ({
          kind: 'list',
          items: [{ kind: 'num', n: start.n + i }, v],
        })),
      };
    }
    const cols: Array<{ items: Value[]; cycle: boolean }> = [];
    for (const a of argNodes.slice(0, 8)) {
      const cycle =
        a.type === 'call' && this.host.resolve(this.nodes.first(a) as Node) === 'itertools.cycle';
      const items = this.items(this.fold(cycle ? this.nodes.args(a)[0] : a));
      if (!items || (cycle && !items.length)) return UNKNOWN;
      cols.push({ items, cycle });
    }
    const fixed = cols.filter((c) => !c.cycle).map((c) => c.items.length);
    if (!fixed.length) return UNKNOWN;
    const n = Math.min(...fixed);
    return {
      kind: 'list',
      items: Array.from({ length: n }, (_, i) => ({
        kind: 'list',
        items: cols.map((c) => c.items[i % c.items.length] ?? UNKNOWN),
      })),
    };
  }

  /** `map(f, items)` with f a builtin (`chr`, `ord`, `int`, `str`) or a one-parameter lambda */
  private mapped(fnNode: Node | undefined, source: Node | undefined): Value {
    if (!fnNode || this.level >= MAX_LOOP_DEPTH) return UNKNOWN;
    const items = this.items(this.fold(source));
    if (!items) return UNKNOWN;
    let apply: ((v: Value) => Value) | undefined;
    if (fnNode.type === 'identifier' && MAP_BUILTINS.has(fnNode.text)) {
      const name = fnNode.text;
      if (this.host.resolve(fnNode) !== name) return UNKNOWN;
      apply = (v) => builtin(name, v);
    } else if (fnNode.type === 'lambda') {
      const params = fnNode.childForFieldName('parameters');
      const ps = params ? this.nodes.kids(params) : [];
      const body = fnNode.childForFieldName('body');
      const p0 = ps[0];
      if (ps.length !== 1 || p0?.type !== 'identifier' || !body) return UNKNOWN;
      apply = (v) => this.scope(new Map([[p0.text, v]])).fold(body);
    }
    if (!apply) return UNKNOWN;
    const out: Value[] = [];
    for (const item of items) {
      if (this.budget.steps <= 0) return UNKNOWN;
      out.push(apply(item));
    }
    return { kind: 'list', items: out };
  }

  /**
   * `functools.reduce(operator.add, parts[, start])`, `reduce(lambda a, b: a + b, parts)`: the
   * items folded pairwise (any other function leaves it unknown)
   */
  private reduced(fnNode: Node | undefined, source: Node | undefined, init?: Node): Value {
    if (!fnNode || this.level >= MAX_LOOP_DEPTH) return UNKNOWN;
    const items = this.items(this.fold(source));
    if (!items) return UNKNOWN;
    let apply: ((a: Value, b: Value) => Value) | undefined;
    const canon = fnNode.type === 'lambda' ? undefined : this.host.resolve(fnNode);
    if (canon === 'operator.add' || canon === 'operator.concat' || canon === 'str.__add__')
      apply = (a, b) => concat([a, b]);
    else if (fnNode.type === 'lambda') {
      const params = fnNode.childForFieldName('parameters');
      const ps = params ? this.nodes.kids(params) : [];
      const body = fnNode.childForFieldName('body');
      const [p0, p1] = ps;
      if (ps.length !== 2 || p0?.type !== 'identifier' || p1?.type !== 'identifier' || !body)
        return UNKNOWN;
      apply = (a, b) =>
        this.scope(
          new Map([
            [p0.text, a],
            [p1.text, b],
          ]),
        ).fold(body);
    }
    if (!apply) return UNKNOWN;
    const rest = init ? items : items.slice(1);
    let acc = init ? this.fold(init) : items[0];
    if (!acc) return UNKNOWN;
    for (const item of rest) {
      if (this.budget.steps <= 0) return UNKNOWN;
      acc = apply(acc, item);
    }
    return acc;
  }

  private binary(n: Node): Value {
    const op = n.childForFieldName('operator')?.text;
    const l = this.fold(n.childForFieldName('left'));
    const r = this.fold(n.childForFieldName('right'));
    if (op === '+') {
      if (l.kind === 'num' && r.kind === 'num') return { kind: 'num', n: l.n + r.n };
      if (l.kind === 'list' && r.kind === 'list')
        return l.items.length + r.items.length > 10_000
          ? UNKNOWN
          : { kind: 'list', items: [...l.items, ...r.items] };
      if (l.kind === 'str' || r.kind === 'str') return concat([l, r]);
    }
    if (op === '/' && (l.kind === 'str' || r.kind === 'str'))
      return withinSkill(joinPath([l, r]), this.root.dir);
    // a one-character text in arithmetic is an item of a bytes literal (iterating b"..." gives
    // ints; a str there would be a TypeError)
    const ln = l.kind === 'str' ? byteOf(l) : l;
    const rn = r.kind === 'str' ? byteOf(r) : r;
    if (ln.kind === 'num' && rn.kind === 'num' && op && op !== '+' && op !== '%') {
      const v = pyArith(op, ln.n, rn.n);
      return v === undefined || !Number.isFinite(v) ? UNKNOWN : { kind: 'num', n: v };
    }
    if (l.kind === 'num' && r.kind === 'num' && op) {
      const v = pyArith(op, l.n, r.n);
      return v === undefined || !Number.isFinite(v) ? UNKNOWN : { kind: 'num', n: v };
    }
    // `'%(g)s -fsSL %(u)s' % {'g': …, 'u': …}`: each named conversion takes its key's value
    if (op === '%' && l.kind === 'str' && r.kind === 'obj') {
      const l2 = labels(kindsIn([l, r]));
      return str(
        l.s.replace(/%\(([^)\n]{1,64})\)[-#0 +]*\d*(?:\.\d+)?[sdrifx]/g, (_m, k: string) => {
          const a = r.props.get(k);
          return a?.kind === 'str' ? a.s : a?.kind === 'num' ? String(a.n) : HOLE;
        }),
        { computed: true, ...l2 },
      );
    }
    if (op === '%' && l.kind === 'str') {
      const args = r.kind === 'list' ? r.items : [r];
      let i = 0;
      const l2 = labels(kindsIn([l, r]));
      return str(
        l.s.replace(/%[-#0 +]*\d*(?:\.\d+)?([sdrifxc])/g, (_m, conv: string) => {
          const a = args[i++];
          // `%c` of a code point is its character (`'%c%c' % (99, 117)`)
          if (conv === 'c' && a?.kind === 'num')
            return Number.isInteger(a.n) && a.n >= 0 && a.n <= 0x10ffff
              ? String.fromCodePoint(a.n)
              : HOLE;
          return a?.kind === 'str' ? a.s : a?.kind === 'num' ? String(a.n) : HOLE;
        }),
        { computed: true, ...l2 },
      );
    }
    return UNKNOWN;
  }

  /**
   * `c != 'X'`, `k in 'abc'`, `n < 3` of two known operands: 1 or 0 (a comprehension's filter
   * keeps the items it is true of); a chain of comparisons or an unknown operand is unknown
   */
  private comparison(n: Node): Value {
    const [a, b, extra] = n.namedChildren;
    if (!a || !b || extra) return UNKNOWN;
    const op = n.text
      .slice(a.endIndex - n.startIndex, b.startIndex - n.startIndex)
      .trim()
      .replace(/\s+/g, ' ');
    const l = this.fold(a);
    const r = this.fold(b);
    const scalar = (v: Value) => v.kind === 'num' || isKnown(v);
    const yes = (t: boolean): Value => ({ kind: 'num', n: t ? 1 : 0 });
    if ((op === 'in' || op === 'not in') && scalar(l) && (isKnown(r) || r.kind === 'list')) {
      const key = l.kind === 'num' ? l.n : isKnown(l) ? l.s : undefined;
      const found =
        r.kind === 'list'
          ? r.items.some((x) => (x.kind === 'num' ? x.n : isKnown(x) ? x.s : NaN) === key)
          : isKnown(r) && typeof key === 'string' && r.s.includes(key);
      if (r.kind === 'list' && !r.items.every(scalar)) return UNKNOWN;
      return yes(op === 'in' ? found : !found);
    }
    if (!scalar(l) || !scalar(r) || l.kind !== r.kind) return UNKNOWN;
    const x = l.kind === 'num' ? l.n : isKnown(l) ? l.s : '';
    const y = r.kind === 'num' ? r.n : isKnown(r) ? r.s : '';
    switch (op) {
      case '==':
        return yes(x === y);
      case '!=':
        return yes(x !== y);
      case '<':
        return yes(x < y);
      case '>':
        return yes(x > y);
      case '<=':
        return yes(x <= y);
      case '>=':
        return yes(x >= y);
      default:
        return UNKNOWN;
    }
  }

  private subscript(n: Node): Value {
    const base = this.fold(n.childForFieldName('value'));
    const sub = n.childForFieldName('subscript');
    if (!sub) return UNKNOWN;
    // a slice or index of a token or of the user's name still carries it: `tok[i:i+40]` of
    // os.environ["GITHUB_TOKEN"] spelled into a DNS name (a line picked out of a dotenv text is
    // another matter: that text holds several values)
    if (
      base.kind === 'str' &&
      (base.source === 'shipped' ||
        base.source === 'envsecret' ||
        base.source === CREDENTIAL_SOURCE ||
        base.source === 'identity' ||
        (base.source?.startsWith(KEY_SOURCE) ?? false))
    )
      return base;
    // a line, a field or a piece of downloaded text (`body.splitlines()[0]`, `r.json()['cmd']`)
    // is downloaded text
    if (base.kind === 'str' && base.source === 'remote') return sourced('remote');
    if (sub.type === 'slice') {
      // s[::-1]
      if (/^::\s*-\s*1$/.test(sub.text.replace(/\s+/g, ''))) {
        if (base.kind === 'str' && isKnown(base))
          return this.decoded([...base.s].reverse().join(''), 'reversed', n);
        if (base.kind === 'list') return { kind: 'list', items: [...base.items].reverse() };
      }
      return UNKNOWN;
    }
    const canon = this.host.resolve(n.childForFieldName('value') as Node);
    const key = this.fold(sub);
    if (base.kind === 'unknown' && isKnown(key) && key.s === TRANSCRIPT_KEY)
      return transcriptPath();
    const env = canon === 'os.environ' && isKnown(key) ? this.env(key.s) : undefined;
    if (env) return env;
    if (base.kind === 'obj' && isKnown(key)) return base.props.get(key.s) ?? UNKNOWN;
    if (base.kind === 'list' && key.kind === 'num')
      return base.items[key.n < 0 ? base.items.length + key.n : key.n] ?? UNKNOWN;
    if (key.kind === 'num' && isKnown(base)) {
      const c = [...base.s].at(key.n);
      return c === undefined ? UNKNOWN : str(c, { computed: true });
    }
    return UNKNOWN;
  }

  private attribute(n: Node): Value {
    const known = this.host.attr?.(n) ?? this.root.imported?.(n);
    if (known) return known;
    // the interpreter running the script: `[sys.executable, '-c', code]` runs Python code
    if (this.host.resolve(n) === 'sys.executable') return str('python3');
    const base = this.fold(this.nodes.first(n));
    const name = this.nodes.second(n)?.text;
    // `subprocess.run([...whoami]).stdout`, `os.uname().nodename`, `pwd.getpwuid(..).pw_name`
    if (base.kind === 'str' && base.source && name && !/^(?:returncode|pid|args)$/.test(name))
      return base;
    if (base.kind === 'obj' && name) return base.props.get(name) ?? UNKNOWN;
    // `Path(__file__).resolve().parent.parent`: the skill's folders
    if (name === 'parent') return skillParent(base) ?? UNKNOWN;
    return UNKNOWN;
  }

  /**
   * `bz2.decompress(C)`, `lzma.decompress(C)`, `marshal.loads(C)`, `X.decrypt(C)` of a constant C
   * (a literal, or text decoded from one): a text (or code object) the scanner cannot read, marked
   * as decoded so running it is judged as running hidden code (py-exec-opaque)
   */
  private opaque(canon: string | undefined, fn: Node, n: Node): Value | undefined {
    const method = fn.type === 'attribute' ? (this.nodes.second(fn)?.text ?? '') : '';
    const how =
      canon && OPAQUE_DECODERS.test(canon)
        ? canon.split('.')[0]
        : /^decrypt(?:_and_verify|_at_time)?$/.test(method)
          ? 'decrypt'
          : undefined;
    if (!how) return undefined;
    const a0 = this.nodes.args(n).filter((a) => a.type !== 'keyword_argument')[0];
    if (!a0) return undefined;
    const v = this.fold(a0);
    const constant =
      (v.kind === 'str' && v.decodedFrom !== undefined && !v.source) ||
      (isKnown(v) && !v.source && v.s.length >= 16);
    return constant ? str(HOLE, { computed: true, decodedFrom: how }) : undefined;
  }

  /** raw bytes of an expression that decodes literals (for zlib/gzip/marshal chains) */
  bytes(n: Node | null | undefined): Buffer | undefined {
    if (!n) return undefined;
    if (n.type === 'string') {
      const v = this.fold(n);
      return isKnown(v) ? Buffer.from(v.s, 'latin1') : undefined;
    }
    if (n.type === 'parenthesized_expression') return this.bytes(n.namedChildren[0]);
    if (n.type === 'identifier') {
      const v = this.host.constant(n.text, n.startIndex);
      if (v?.kind === 'str' && v.raw) return v.raw;
      return isKnown(v) ? Buffer.from(v.s, 'latin1') : undefined;
    }
    if (n.type !== 'call') return undefined;
    const canon = this.host.resolve(this.nodes.first(n) as Node) ?? '';
    const args = this.nodes.args(n).filter((a) => a.type !== 'keyword_argument');
    const text = () => {
      const v = this.fold(args[0]);
      return isKnown(v) ? v.s.replace(/\s+/g, '') : undefined;
    };
    try {
      switch (canon) {
        case 'base64.b64decode':
        case 'base64.decodebytes':
        case 'base64.standard_b64decode':
        case 'base64.urlsafe_b64decode':
        case 'binascii.a2b_base64': {
          const t = text();
          return t && /^[A-Za-z0-9+/_-]+=*$/.test(t)
            ? Buffer.from(t, canon.includes('urlsafe') ? 'base64url' : 'base64')
            : undefined;
        }
        case 'base64.b16decode':
        case 'bytes.fromhex':
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex': {
          const t = text();
          return t && /^(?:[0-9a-fA-F]{2})+$/.test(t) ? Buffer.from(t, 'hex') : undefined;
        }
        case 'base64.b32decode': {
          const t = text();
          return t ? base32(t) : undefined;
        }
        case 'base64.b85decode':
        case 'base64.a85decode': {
          const t = text();
          return t ? base85(t, canon === 'base64.a85decode') : undefined;
        }
        case 'zlib.decompress':
        case 'gzip.decompress': {
          const b = this.bytes(args[0]);
          if (!b) return undefined;
          if (canon === 'gzip.decompress') return gunzipSync(b, { maxOutputLength: MAX_INFLATE });
          try {
            return inflateSync(b, { maxOutputLength: MAX_INFLATE });
          } catch {
            return inflateRawSync(b, { maxOutputLength: MAX_INFLATE });
          }
        }
        case 'codecs.decode': {
          const enc = this.fold(args[1]);
          const e = isKnown(enc) ? enc.s.toLowerCase().replace(/[-_]/g, '') : '';
          const t = text();
          if (!t) return undefined;
          if (e === 'base64') return Buffer.from(t, 'base64');
          if (e === 'hex') return Buffer.from(t, 'hex');
          if (e === 'rot13') return Buffer.from(rot13(this.foldText(args[0]) ?? ''), 'utf8');
          if (e === 'zlib' || e === 'zip')
            return inflateSync(this.bytes(args[0]) ?? Buffer.alloc(0), {
              maxOutputLength: MAX_INFLATE,
            });
          return undefined;
        }
        case 'bytes':
        case 'bytearray': {
          const v = this.fold(args[0]);
          if (
            v.kind === 'list' &&
            v.items.every((i) => i.kind === 'num' && Number.isInteger(i.n) && i.n >= 0 && i.n < 256)
          )
            return Buffer.from(v.items.map((i) => (i as { n: number }).n));
          return undefined;
        }
      }
    } catch {
      return undefined;
    }
    // `x.encode()` keeps the text
    const fn = this.nodes.first(n);
    if (fn?.type === 'attribute' && this.nodes.second(fn)?.text === 'encode') {
      const v = this.fold(this.nodes.first(fn));
      return isKnown(v) ? Buffer.from(v.s, 'utf8') : undefined;
    }
    // `(0x6375726c).to_bytes(4, 'big')`: the integer's bytes, so `.decode()` of them is text
    if (fn?.type === 'attribute' && this.nodes.second(fn)?.text === 'to_bytes')
      return this.intBytes(this.nodes.first(fn), args, this.nodes.args(n));
    return undefined;
  }

  /** `int.to_bytes(length, byteorder)` of an integer written as a literal or a known number */
  private intBytes(recv: Node | null | undefined, args: Node[], all: Node[]): Buffer | undefined {
    let r = recv;
    while (r?.type === 'parenthesized_expression') r = r.namedChildren[0];
    let big: bigint | undefined;
    if (r?.type === 'integer' && /^(?:0[xob])?[\da-f_]+$/i.test(r.text))
      big = BigInt(r.text.replace(/_/g, ''));
    else {
      const v = this.fold(r ?? undefined);
      if (v.kind === 'num' && Number.isSafeInteger(v.n) && v.n >= 0) big = BigInt(v.n);
    }
    const len = this.fold(args[0]);
    if (big === undefined || len.kind !== 'num' || !Number.isInteger(len.n)) return undefined;
    if (len.n < 1 || len.n > 4096) return undefined;
    // the byte order, positional or by keyword (big when not given, as Python 3.11 has it)
    const kw = all.find(
      (a) => a.type === 'keyword_argument' && a.namedChildren[0]?.text === 'byteorder',
    );
    const order = this.fold(args[1] ?? kw?.childForFieldName('value') ?? undefined);
    const little = isKnown(order) && order.s === 'little';
    const out: number[] = [];
    for (let i = 0; i < len.n; i++) {
      out.push(Number(big & 0xffn));
      big >>= 8n;
    }
    return big === 0n ? Buffer.from(little ? out : out.reverse()) : undefined;
  }

  private foldText(n: Node | undefined): string | undefined {
    const v = this.fold(n);
    return isKnown(v) ? v.s : undefined;
  }

  /**
   * `json.load(open(P))`, `json.loads(Path(P).read_text())`, `yaml.safe_load(f)` of `with open(P)
   * as f`, for a JSON or YAML file of the skill's own at P: its values (value.ts shippedConfig)
   */
  private parsedShipped(n: Node): Value | undefined {
    if (!this.root.sibling) return undefined;
    const fn = this.nodes.first(n);
    const canon = fn ? this.host.resolve(fn) : undefined;
    if (!canon || !PARSES_CONFIG.test(canon)) return undefined;
    const a0 = this.nodes.args(n)[0];
    let arg = a0?.type === 'keyword_argument' ? a0.childForFieldName('value') : a0;
    let path: string | undefined;
    if (arg?.type === 'identifier') path = this.root.shippedName?.(arg.text, arg.startIndex);
    else {
      // `open(P).read()`: the file `open` gives
      const f = arg?.type === 'call' ? this.nodes.first(arg) : undefined;
      if (f?.type === 'attribute' && this.nodes.second(f)?.text === 'read')
        arg = this.nodes.first(f);
      if (arg?.type !== 'call') return undefined;
      const g = this.nodes.first(arg);
      const how = g ? this.host.resolve(g) : undefined;
      const reads = g?.type === 'attribute' ? this.nodes.second(g)?.text : undefined;
      const p =
        how && /^(?:builtins\.|io\.)?open$/.test(how)
          ? this.fold(this.nodes.args(arg)[0])
          : reads && PATH_READS.has(reads)
            ? this.fold(this.nodes.first(g))
            : undefined;
      if (p && (SHIPPED_DATA(p) || RELATIVE_DATA(p)) && isKnown(p)) path = p.s;
    }
    if (path === undefined && arg) {
      // the text kept in a name first (`raw = p.read_text()`), or `toml.load(P)` of the path
      const t = this.fold(arg);
      if (t.kind === 'str' && t.file) path = t.file;
      else if (canon === 'toml.load' && SHIPPED_DATA(t) && isKnown(t)) path = t.s;
    }
    return path === undefined ? undefined : this.shippedConfig(path);
  }

  /**
   * an environment variable by its name (code/env.ts), or the place a dotenv file the skill ships
   * and the code loads sets it to (`.env`: `SYNC_URL=https://…`): data of the skill's own
   */
  private env(name: string): Value | undefined {
    const shipped = this.root.dotenv?.(name);
    return shipped === undefined ? envValue(name) : str(shipped, { computed: true });
  }

  /** the values of a JSON or YAML file of the skill's own at `path` (value.ts shippedConfig) */
  shippedConfig(path: string): Value | undefined {
    const file = shippedFile(path, this.root.dir, this.root.sibling);
    return file && shippedConfig(file.path, file.text);
  }

  private call(n: Node): Value {
    const imported = this.root.importedCall?.(n);
    if (imported) return imported;
    const held = this.getattrHeld(n);
    if (held) return held;
    const parsed = this.parsedShipped(n);
    if (parsed) return parsed;
    const v = keepsShipped(this.callValue(n), () => {
      const fn = this.nodes.first(n);
      const recv = fn?.type === 'attribute' ? [this.fold(this.nodes.first(fn))] : [];
      return [...recv, ...this.nodes.args(n).map((a) => this.fold(a))];
    });
    return v.kind === 'unknown' || (v.kind === 'str' && v.s === HOLE && !v.source)
      ? (this.passedOn(n) ?? v)
      : v;
  }

  /** `getattr(obj, 'buf')` (a default after the name or not): what `obj.buf` holds */
  private getattrHeld(n: Node): Value | undefined {
    const fn = this.nodes.first(n);
    if (fn?.type !== 'identifier' || fn.text !== 'getattr' || !this.host.heldAttr) return undefined;
    if (this.host.resolve(fn) !== 'getattr') return undefined;
    const args = this.nodes.args(n);
    if (args.length < 2 || args.length > 3 || args.some((a) => a.type === 'keyword_argument'))
      return undefined;
    const name = this.fold(args[1]);
    return isKnown(name) ? this.host.heldAttr(args[0] as Node, name.s) : undefined;
  }

  /**
   * What a call folds to nothing else says of: a data file of the skill's own read (`open(P)`,
   * `Path(P).read_text()`), and anything made of what was read from one (`json.load(f)`,
   * `f.read().decode()`, `"".join(...)`) or of a secret-named environment variable (an issuer's
   * key included: `b32encode(tok.encode())`): the call's receiver or an argument carries it.
   */
  private passedOn(n: Node): Value | undefined {
    const fn = this.nodes.first(n);
    if (!fn) return undefined;
    const canon = this.host.resolve(fn);
    const argNodes = this.nodes
      .args(n)
      .map((a) => (a.type === 'keyword_argument' ? a.childForFieldName('value') : a));
    const reads = fn.type === 'attribute' ? this.nodes.second(fn)?.text : undefined;
    const receiver = fn.type === 'attribute' ? this.fold(this.nodes.first(fn)) : undefined;
    const opened =
      canon && /^(?:builtins\.|io\.)?open$/.test(canon) ? this.fold(argNodes[0]) : undefined;
    const pathRead = reads && PATH_READS.has(reads) ? receiver : undefined;
    // a dotenv file (the skill's own, the working folder's), read whole: all the user's keys
    if (dotenvFile(opened) || dotenvFile(pathRead)) return sourced(DOTENV_SOURCE);
    // a credential file of the user's (`~/.aws/credentials`), read: what is made of it is traced
    // (or a copy of one the file made)
    const staged = (p: Value | undefined) => isKnown(p) && this.host.staged?.(p.s) === true;
    if (credentialFile(opened) || credentialFile(pathRead) || staged(opened) || staged(pathRead))
      return sourced(CREDENTIAL_SOURCE);
    if (opened && SHIPPED_DATA(opened)) return shippedRead(isKnown(opened) ? opened.s : undefined);
    if (pathRead && SHIPPED_DATA(pathRead))
      return shippedRead(isKnown(pathRead) && reads !== 'open' ? pathRead.s : undefined);
    const values = [receiver, ...argNodes.map((a) => this.fold(a))];
    // an encoder keeps every kind its text is made of (a token quoted into a URL is the token)
    if (canon && KEEPS_DOTENV.test(canon)) {
      const kept = sourcedFrom(values);
      if (kept.kind !== 'unknown') return kept;
    }
    for (const src of PASSED_ON)
      if (
        values.some((v) => carries(v, src)) &&
        !(src === CREDENTIAL_SOURCE && tells(canon, reads))
      )
        return sourced(src);
    return undefined;
  }

  /**
   * What a function not evaluated (it does I/O) returns of what it read: a dotenv file's text
   * (`def load(): with open('.env') as f: return f.read()`), or what it made of a credential file
   * (`def token(): … return cfg['token']`); unknown otherwise. For a function of this file and
   * for one another file imports (walk.ts importedReturn).
   */
  readReturn(def: Node): Value {
    if (this.returnsSource(def)) return sourced(DOTENV_SOURCE);
    return this.returnsSource(def, CREDENTIAL_SOURCE) ? sourced(CREDENTIAL_SOURCE) : UNKNOWN;
  }

  /** does a `return` of this def (outside nested defs and classes), or a lambda's body, carry data of kind `source` (a dotenv file's text) */
  private returnsSource(def: Node, source: string = DOTENV_SOURCE): boolean {
    if (this.level >= MAX_LOOP_DEPTH || RETURN_SEEN.has(def)) return false;
    RETURN_SEEN.add(def);
    try {
      const body = def.childForFieldName('body');
      if (!body) return false;
      if (def.type === 'lambda') return carries(this.fold(body), source);
      const returns = (x: Node): boolean => {
        if (x.type === 'function_definition' || x.type === 'class_definition') return false;
        if (x.type === 'lambda') return false;
        if (x.type === 'return_statement') {
          const e = this.nodes.kids(x)[0];
          return !!e && carries(this.fold(e), source);
        }
        return this.nodes.kids(x).some(returns);
      };
      return this.nodes.kids(body).some(returns);
    } finally {
      RETURN_SEEN.delete(def);
    }
  }

  private callValue(n: Node): Value {
    const fn = this.nodes.first(n);
    if (!fn) return UNKNOWN;
    const canon = this.host.resolve(fn);
    const name =
      fn.type === 'identifier'
        ? fn.text
        : fn.type === 'subscript'
          ? tableKey(fn, (x) => this.fold(x))
          : undefined;
    if (!canon && name) {
      const def = this.host.func?.(name, fn.startIndex);
      if (def) {
        const v = this.invoke(def, n);
        // a helper that reads and returns a dotenv file's text (`def load(): with open('.env') as
        // f: return f.read()`): not evaluated (it does I/O), but its result is that text
        return v.kind !== 'unknown' ? v : this.readReturn(def);
      }
    }
    // `def telemetry(fn): def wrapper(*a): r = fn(*a); …` with `@telemetry def load(): …`: the
    // decorator's parameter is each function it decorates, so its call gives what they return
    if (!canon && fn.type === 'identifier')
      for (const def of decoratedBy(fn)) {
        const v = this.returnOf(def, [], new Map());
        for (const src of [DOTENV_SOURCE, CREDENTIAL_SOURCE])
          if (carries(v, src) || this.returnsSource(def, src)) return sourced(src);
      }
    const argNodes = this.nodes.args(n).filter((a) => a.type !== 'keyword_argument');
    // `f(*parts)`: a list that folds is its items, one argument each (`'{}{}'.format(*parts)`)
    const args = () =>
      argNodes.flatMap((a) => {
        if (a.type !== 'list_splat') return [this.fold(a)];
        const inner = this.fold(a.namedChildren[0]);
        return inner.kind === 'list' && inner.items.length <= 64 ? inner.items : [UNKNOWN];
      });
    if (canon && DOWNLOADED.test(canon)) return sourced('remote');
    if (canon && KEEPS_REMOTE.test(canon)) {
      // decoded, decompressed or wrapped downloaded data is still downloaded data
      const remote = this.nodes.args(n).some((a) => {
        const v = this.fold(a.type === 'keyword_argument' ? a.childForFieldName('value') : a);
        return v.kind === 'str' && v.source === 'remote';
      });
      if (remote) return sourced('remote');
    }
    if (canon && PICKS_OUT.test(canon)) {
      // what a regular expression picks out of a credential file's text (`re.findall(r'sk-…',
      // text)`) or of downloaded text is still that data
      for (const src of ['remote', CREDENTIAL_SOURCE] as const)
        if (argNodes.slice(1).some((a) => carries(this.fold(a), src))) return sourced(src);
    }
    switch (canon) {
      case 'open':
      case 'io.open':
      case 'builtins.open': {
        // a file the code downloaded to, opened again
        const p = this.fold(argNodes[0]);
        return isKnown(p) && this.host.downloaded?.(p.s) ? sourced('remote') : UNKNOWN;
      }
      case 'pathlib.Path.home':
      case 'os.path.expanduser.home':
        return str('~', { computed: true });
      case 'os.getcwd':
        return str('.', { computed: true });
      case 'tempfile.gettempdir':
        return str('/tmp', { computed: true });
      case 'os.getenv':
      case 'os.environ.get': {
        // a variable of no known meaning with a default (`os.environ.get('APP_DIR', DEFAULT)`)
        // stands for its default, as `os.environ.get('APP_DIR') or DEFAULT` does
        const k = this.fold(argNodes[0]);
        const known = isKnown(k) ? this.env(k.s) : undefined;
        if (known) return known;
        const d = argNodes[1] ? this.fold(argNodes[1]) : UNKNOWN;
        // an empty default is no value
        return d.kind === 'str' && d.s === '' ? UNKNOWN : d;
      }
      case 'json.dumps': {
        // serialised data keeps what its values carry; a constant is a constant text
        const v = this.fold(argNodes[0]);
        const text = jsonText(v, true);
        if (text !== undefined && !text.includes(HOLE)) return str(text);
        return serializedFrom(v, text);
      }
      case 'shlex.split': {
        const v = this.fold(argNodes[0]);
        if (v.kind !== 'str' || v.s.length > 100_000) return UNKNOWN;
        const words = v.s.split(/\s+/).filter((w) => w);
        return words.length > 10_000
          ? UNKNOWN
          : {
              kind: 'list',
              items: words.map((w) => str(w.replace(/^(['"])(.*)\1$/, '$2'), { computed: true })),
            };
      }
      case 'urllib.parse.urlencode':
      case 'urllib.urlencode': {
        // the query string keeps what its values carry, and the fields (Value `built`)
        const d = this.fold(argNodes[0]);
        if (d.kind !== 'obj') return UNKNOWN;
        const parts: Value[] = [];
        for (const [k, v] of [...d.props].slice(0, 256)) {
          if (parts.length) parts.push(str('&'));
          parts.push(str(`${k}=`), v);
        }
        const q = concat(parts);
        return q.kind === 'str' && q.source ? { ...q, built: d } : q;
      }
      case 'dict': {
        // `dict(title=t, body=token)`, `dict(base, k=v)`: the object of those fields
        const all = this.nodes.args(n);
        const first = argNodes.length === 1 ? this.fold(argNodes[0]) : undefined;
        if (argNodes.length > 1 || (first && first.kind !== 'obj')) return UNKNOWN;
        const props = new Map<string, Value>(first?.kind === 'obj' ? first.props : []);
        for (const a of all.slice(0, 256)) {
          if (a.type === 'dictionary_splat') return UNKNOWN;
          const k = a.type === 'keyword_argument' ? a.childForFieldName('name')?.text : undefined;
          if (k !== undefined) props.set(k, this.fold(a.childForFieldName('value')));
        }
        return { kind: 'obj', props };
      }
      case 'urllib.parse.urljoin':
      case 'urlparse.urljoin':
        return urljoin(this.fold(argNodes[0]), this.fold(argNodes[1]));
      case 'os.path.join':
      case 'posixpath.join':
      case 'pathlib.Path().joinpath':
        return withinSkill(
          joinPath(canon === 'pathlib.Path().joinpath' ? [this.receiver(fn), ...args()] : args()),
          this.root.dir,
        );
      case 'pathlib.Path().with_name': {
        // `Path(__file__).with_name("x.py")`: a file beside the script
        const base = this.receiver(fn);
        const name = args()[0];
        if (!isKnown(base) || !isKnown(name) || base.s.includes(HOLE) || name.s.includes('/'))
          return UNKNOWN;
        const cut = base.s.lastIndexOf('/');
        return str(cut < 0 ? name.s : `${base.s.slice(0, cut)}/${name.s}`, { computed: true });
      }
      case 'chr':
      case 'ord':
      case 'int':
        return builtin(
          canon,
          this.fold(argNodes[0]),
          argNodes[1] ? this.fold(argNodes[1]) : undefined,
        );
      case 'map':
        return this.mapped(argNodes[0], argNodes[1]);
      case 'functools.reduce':
      case 'reduce':
        return this.reduced(argNodes[0], argNodes[1], argNodes[2]);
      case 'string.Template':
        // the template's text; `.substitute(...)` fills its `$name` fields
        return this.fold(argNodes[0]);
      case 'zip':
      case 'enumerate':
        return this.zipped(canon, argNodes);
      case 'len': {
        const v = this.fold(argNodes[0]);
        return v.kind === 'list'
          ? { kind: 'num', n: v.items.length }
          : isKnown(v)
            ? { kind: 'num', n: [...v.s].length }
            : UNKNOWN;
      }
      case 'reversed': {
        const items = this.items(this.fold(argNodes[0]));
        return items ? { kind: 'list', items: [...items].reverse() } : UNKNOWN;
      }
      case 'range': {
        const nums = args().map((v) => (v.kind === 'num' && Number.isInteger(v.n) ? v.n : NaN));
        if (!nums.length || nums.length > 3 || nums.some(Number.isNaN)) return UNKNOWN;
        const [a, b, step = 1] = nums.length === 1 ? [0, nums[0] as number] : nums;
        if (a === undefined || b === undefined || step === 0) return UNKNOWN;
        const count = Math.max(0, Math.ceil((b - a) / step));
        if (count > MAX_LOOP_ITEMS) return UNKNOWN;
        return {
          kind: 'list',
          items: Array.from({ length: count }, (_, i) => ({ kind: 'num', n: a + i * step })),
        };
      }
      case 'str': {
        // str(b, 'utf-8') decodes bytes
        if (argNodes.length < 2) break;
        const b = this.bytes(argNodes[0]);
        const t = b ? printable(b) : undefined;
        return t === undefined ? UNKNOWN : str(t, { computed: true });
      }
      case 'os.path.dirname': {
        const v = this.fold(argNodes[0]);
        const up = skillParent(v);
        if (up) return up;
        return v.kind === 'str' && v.s.includes('/')
          ? str(v.s.slice(0, v.s.lastIndexOf('/')), { computed: true })
          : UNKNOWN;
      }
      case 'urllib.request.Request':
      case 'urllib2.Request': {
        // `Request(url, ...)` or `Request(url=url, ...)`
        const url = this.nodes
          .args(n)
          .find(
            (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'url',
          );
        return this.fold(argNodes[0] ?? url?.childForFieldName('value'));
      }
      case 'list':
      case 'tuple': {
        // list(argv) of a list that folds is that list
        const v = this.fold(argNodes[0]);
        return v.kind === 'list' ? v : UNKNOWN;
      }
    }
    if (canon && IDENTITY_CALLS.has(canon)) return sourced('identity');
    // an address written in checksum case is the same address (`Web3.to_checksum_address(a)`)
    if (canon && CHECKSUM_CALL.test(canon)) return this.fold(argNodes[0]);
    if (canon && OUTPUT_CALLS.has(canon)) {
      const a0 = this.fold(argNodes[0]);
      const cmd =
        a0.kind === 'list' ? a0.items.map((i) => asText(i) ?? HOLE).join(' ') : asText(a0);
      if (cmd && /^crontab\s+-l(?:\s+2>\s*\/dev\/null)?$/.test(cmd.trim()))
        return sourced(CRON_LISTING);
      const printed = cmd ? commandSource(cmd) : undefined;
      if (printed) return sourced(printed);
      return cmd && IDENTITY_COMMAND.test(cmd.trim()) ? sourced('identity') : UNKNOWN;
    }
    if (canon && HOME_CALLS.has(canon)) {
      if (
        canon === 'pathlib.Path().expanduser' ||
        canon === 'pathlib.Path().resolve' ||
        canon === 'pathlib.Path().absolute'
      )
        return this.receiver(fn);
      const v = argNodes.length > 1 ? joinPath(args()) : this.fold(argNodes[0]);
      if (canon === 'os.path.expandvars' && v.kind === 'str')
        return str(v.s.replace(/^(?:\$HOME|\$\{HOME\})/, '~'), { computed: true });
      return v;
    }
    const b = this.bytes(n);
    if (b && canon !== 'bytes' && canon !== 'bytearray') {
      const how = canon?.split('.')[0] ?? 'decode';
      const text = printable(b);
      // binary results (compressed data, bytecode) stay unknown but remember they were decoded,
      // and keep their bytes for a loop over them (an XOR with a key written beside them)
      const v =
        text === undefined
          ? str(HOLE, { computed: true, decodedFrom: how })
          : this.decoded(text, how === 'codecs' ? 'codecs' : how, n);
      return v.kind === 'str' && b.length <= MAX_LOOP_ITEMS ? { ...v, raw: b } : v;
    }
    // `bytes(c ^ k for c in data)`, `bytearray([99, 117, …])`: the text those byte values spell
    if (b && (canon === 'bytes' || canon === 'bytearray') && b.length <= MAX_LOOP_ITEMS) {
      const text = printable(b);
      const v =
        text === undefined
          ? str(HOLE, { computed: true, decodedFrom: 'bytes' })
          : this.decoded(text, 'bytes', n);
      return v.kind === 'str' ? { ...v, raw: b } : v;
    }
    // code hidden in a constant by a transform the scanner cannot undo (bz2 or lzma compression,
    // marshalled bytecode, a cipher: `Fernet(KEY).decrypt(BLOB)`): opaque decoded text
    const opaque = this.opaque(canon, fn, n);
    if (opaque) return opaque;
    if (fn.type !== 'attribute') return UNKNOWN;
    const method = this.nodes.second(fn)?.text ?? '';
    const recv = this.fold(this.nodes.first(fn));
    if (method === 'decode' || method === 'encode') {
      const inner = this.bytes(this.nodes.first(fn));
      if (inner && method === 'decode') {
        const t = printable(inner);
        return t === undefined
          ? recv.kind === 'str' && recv.s === HOLE && recv.decodedFrom
            ? { ...recv, raw: undefined }
            : UNKNOWN
          : recv.kind === 'str' && recv.s === t
            ? { ...recv, raw: undefined }
            : str(t, { computed: true });
      }
      return recv.kind === 'str' && recv.raw ? { ...recv, raw: undefined } : recv;
    }
    // a ConfigParser's settings (PyFoldHost.constant of a parser that read a shipped INI file):
    // `cfg.get('report', 'endpoint')`, the option of that section
    if (recv.kind === 'obj' && /^get(?:int|float|boolean)?$/.test(method)) {
      const [k0, k1] = [this.fold(argNodes[0]), this.fold(argNodes[1])];
      const section = isKnown(k0) ? recv.props.get(k0.s) : undefined;
      return section?.kind === 'obj' && isKnown(k1)
        ? (section.props.get(k1.s) ?? UNKNOWN)
        : UNKNOWN;
    }
    // `str.maketrans(…)`, `bytes.maketrans(…)` (the type's name folds to nothing)
    if (method === 'maketrans') return maketrans(args());
    if (recv.kind !== 'str') return UNKNOWN;
    // `.strip()`, `.read()`, `.splitlines()[0]`... of text that identifies the user keep doing so
    if (
      recv.source === DOTENV_SOURCE &&
      recv.s === HOLE &&
      method !== 'format' &&
      method !== 'join'
    )
      return WHOLE_TEXT_METHODS.has(method) || ALL_PIECES.has(method) ? recv : UNKNOWN;
    // the job table's lines, whole or trimmed; any other method may add to it
    if (recv.source === CRON_LISTING)
      return recv.s === HOLE && LISTING_KEEPS.has(method) ? recv : UNKNOWN;
    if (recv.source && recv.s === HOLE && method !== 'format' && method !== 'join') return recv;
    switch (method) {
      case 'join': {
        const a0 = this.fold(argNodes[0]);
        // the job table's lines that a filter kept, joined again by line breaks
        if (listingOnly(a0) && isKnown(recv) && /^\s*$/.test(recv.s)) return a0;
        // all the pieces of the dotenv text joined again (`''.join(f.readlines())`)
        if (carries(a0, DOTENV_SOURCE)) return sourced(DOTENV_SOURCE);
        // pieces of downloaded text joined (`''.join(r.to_text() for r in answer)`)
        if (a0.kind !== 'list' && carries(a0, 'remote')) return sourced('remote');
        const items = a0.kind === 'list' ? a0.items : this.mapChr(argNodes[0]);
        if (!items) return UNKNOWN;
        const parts: Value[] = [];
        items.forEach((it, i) => {
          if (i) parts.push(recv);
          parts.push(it);
        });
        const v = concat(parts);
        return v.kind === 'str' &&
          isKnown(v) &&
          items.length > 1 &&
          items.every((x) => x.kind === 'str' && x.s.length <= 2)
          ? this.decoded(v.s, 'join', n)
          : v;
      }
      case 'format':
      case 'format_map': {
        // positional fields (`{}`, `{0}`) from the arguments, named ones (`{u}`) from keyword
        // arguments or, for format_map, the mapping passed
        const a = method === 'format' ? args() : [];
        const named = new Map<string, Value>();
        if (method === 'format_map') {
          const m = this.fold(argNodes[0]);
          if (m.kind === 'obj') for (const [k, x] of m.props) named.set(k, x);
        } else
          for (const kw of this.nodes.args(n))
            if (kw.type === 'keyword_argument') {
              const k = kw.childForFieldName('name')?.text;
              if (k) named.set(k, this.fold(kw.childForFieldName('value')));
            }
        let i = 0;
        const l2 = labels(kindsIn([recv, ...a, ...named.values()]));
        const text = (x: Value | undefined): string =>
          x?.kind === 'str' ? x.s : x?.kind === 'num' ? String(x.n) : HOLE;
        return str(
          recv.s.replace(/\{([^{}]*)\}/g, (_m, field: string) => {
            const key = field.split(/[!:]/)[0] ?? '';
            if (key === '') return text(a[i++]);
            if (/^\d+$/.test(key)) return text(a[Number(key)]);
            return named.has(key) ? text(named.get(key)) : HOLE;
          }),
          { computed: true, ...l2 },
        );
      }
      case 'split': {
        // `"scp {} {}".format(a, b).split()` → an argv (whitespace only: a separator argument
        // other than a space is left alone)
        const sep = argNodes.length ? this.fold(argNodes[0]) : str(' ');
        if (!(sep.kind === 'str' && sep.s === ' ') || recv.s.length > 100_000) return UNKNOWN;
        const words = recv.s.split(/\s+/).filter((w) => w);
        return words.length > 10_000
          ? UNKNOWN
          : { kind: 'list', items: words.map((w) => str(w, { computed: true })) };
      }
      case 'strip':
      case 'lower':
      case 'upper':
        return str(
          method === 'strip'
            ? recv.s.trim()
            : method === 'lower'
              ? recv.s.toLowerCase()
              : recv.s.toUpperCase(),
          { computed: true },
        );
      case 'translate': {
        // `s.translate(str.maketrans('dvso', 'curl'))`: each character mapped
        const table = this.fold(argNodes[0]);
        if (table.kind !== 'obj' || !isKnown(recv)) return UNKNOWN;
        return str(
          [...recv.s]
            .map((c) => {
              // (a dict written by hand is keyed by code points: `{81: 'c'}`)
              const to = table.props.get(c) ?? table.props.get(String(c.codePointAt(0)));
              return to === undefined
                ? c
                : to.kind === 'str'
                  ? to.s
                  : to.kind === 'num' && Number.isInteger(to.n) && to.n >= 0 && to.n < 0x110000
                    ? String.fromCodePoint(to.n)
                    : HOLE;
            })
            .join(''),
          { computed: true },
        );
      }
      case 'substitute':
      case 'safe_substitute': {
        // `Template('$g -fsSL $u').substitute(g='curl', u=URL)` or of a mapping
        const named = new Map<string, Value>();
        const m = argNodes[0] ? this.fold(argNodes[0]) : undefined;
        if (m?.kind === 'obj') for (const [k, x] of m.props) named.set(k, x);
        for (const kw of this.nodes.args(n))
          if (kw.type === 'keyword_argument') {
            const k = kw.childForFieldName('name')?.text;
            if (k) named.set(k, this.fold(kw.childForFieldName('value')));
          }
        const l2 = labels(kindsIn([recv, ...named.values()]));
        return str(
          recv.s.replace(
            /\$(?:(\$)|\{(\w+)\}|(\w+))/g,
            (_m, d?: string, a?: string, b?: string) => {
              if (d) return '$';
              const x = named.get(a ?? b ?? '');
              return x?.kind === 'str' ? x.s : x?.kind === 'num' ? String(x.n) : HOLE;
            },
          ),
          { computed: true, ...l2 },
        );
      }
      case 'replace': {
        const [a, b] = args();
        return isKnown(a) && isKnown(b) && isKnown(recv)
          ? str(recv.s.split(a.s).join(b.s), { computed: true })
          : UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  private receiver(fn: Node): Value {
    return this.fold(this.nodes.first(fn));
  }

  /** `map(chr, [..])` / `reversed('..')` as a list of characters */
  private mapChr(n: Node | undefined): Value[] | undefined {
    if (n?.type !== 'call') return undefined;
    const canon = this.host.resolve(this.nodes.first(n) as Node);
    const args = this.nodes.args(n).map((a) => this.fold(a));
    if (canon === 'reversed' && isKnown(args[0]))
      return [...(args[0] as { s: string }).s].reverse().map((c) => str(c));
    if (canon === 'map' && args[1]?.kind === 'list' && this.nodes.args(n)[0]?.text === 'chr') {
      const codes = args[1].items;
      // code points only (arithmetic can make negative or fractional numbers)
      const ok = (c: Value) =>
        c.kind === 'num' && Number.isInteger(c.n) && c.n >= 0 && c.n < 0x110000;
      if (!codes.every(ok)) return undefined;
      return codes.map((c) => str(String.fromCodePoint((c as { n: number }).n)));
    }
    return undefined;
  }
}

/** `chr(n)`, `ord(c)`, `int(s[, base])`, `str(x)` of a folded value */
function builtin(name: string, v: Value, base?: Value): Value {
  switch (name) {
    case 'chr':
      return v.kind === 'num' && Number.isInteger(v.n) && v.n >= 0 && v.n < 0x110000
        ? str(String.fromCodePoint(v.n), { computed: true })
        : UNKNOWN;
    case 'ord': {
      if (!isKnown(v)) return UNKNOWN;
      const cs = [...v.s];
      return cs.length === 1 ? { kind: 'num', n: cs[0]?.codePointAt(0) ?? 0 } : UNKNOWN;
    }
    case 'int': {
      if (v.kind === 'num') return { kind: 'num', n: Math.trunc(v.n) };
      if (!isKnown(v)) return UNKNOWN;
      const radix = base?.kind === 'num' ? base.n : 10;
      const t = v.s.trim().replace(/_/g, '');
      const body = radix === 16 ? t.replace(/^0x/i, '') : t;
      const ok =
        radix === 16 ? /^[0-9a-f]+$/i.test(body) : radix === 10 ? /^[-+]?\d+$/.test(body) : false;
      return ok ? { kind: 'num', n: parseInt(body, radix) } : UNKNOWN;
    }
    case 'str':
      return v.kind === 'num'
        ? str(String(v.n), { computed: true })
        : v.kind === 'str'
          ? v
          : UNKNOWN;
  }
  return UNKNOWN;
}

/** `str.maketrans('abc', 'xyz'[, 'del'])` or of a dict: a table from each character to its text */
function maketrans(a: Value[]): Value {
  const [from, to, del] = a;
  const props = new Map<string, Value>();
  if (from?.kind === 'obj' && !to) {
    for (const [k, v] of from.props)
      props.set(k, v.kind === 'num' ? str(String.fromCodePoint(v.n)) : v);
    return { kind: 'obj', props };
  }
  if (!isKnown(from) || !isKnown(to)) return UNKNOWN;
  const f = [...from.s];
  const t = [...to.s];
  if (f.length !== t.length) return UNKNOWN;
  f.forEach((c, i) => props.set(c, str(t[i] ?? '')));
  if (del) {
    if (!isKnown(del)) return UNKNOWN;
    for (const c of del.s) props.set(c, str(''));
  }
  return { kind: 'obj', props };
}

function rot13(s: string): string {
  return s.replace(/[a-z]/gi, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/**
 * Python's `base64.b85decode` (RFC 1924 alphabet) and `base64.a85decode` (Ascii85: `!`…`u`, `z`
 * for four zero bytes, `<~ ~>` around it when written Adobe-style): groups of five digits in base
 * 85 are four bytes, a short last group padded with the top digit and cut back
 */
function base85(s: string, ascii85: boolean): Buffer | undefined {
  let t = s;
  if (ascii85) t = t.replace(/^<~/, '').replace(/~>$/, '').replace(/z/g, '!!!!!');
  const digit = (c: string): number =>
    ascii85 ? (c >= '!' && c <= 'u' ? c.charCodeAt(0) - 33 : -1) : B85.indexOf(c);
  const out: number[] = [];
  for (let i = 0; i < t.length; i += 5) {
    const group = t.slice(i, i + 5);
    const pad = 5 - group.length;
    let n = 0;
    for (const c of group.padEnd(5, ascii85 ? 'u' : '~')) {
      const d = digit(c);
      if (d < 0) return undefined;
      n = n * 85 + d;
    }
    if (n > 0xffffffff) return undefined;
    const bytes = [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
    out.push(...bytes.slice(0, 4 - pad));
  }
  return Buffer.from(out);
}

function base32(s: string): Buffer | undefined {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of s.replace(/=+$/, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) return undefined;
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
