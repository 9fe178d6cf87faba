/**
 * Walks a Python tree-sitter tree and records facts: calls with canonical callee names resolved
 * through imports, aliases, `__import__`/`importlib`/`getattr` indirection and instances;
 * folded strings; os.environ reads; decoded literals.
 */
import { dotenvLookup } from '../code/env.js';
import type { TreeNode } from '../code/tree.js';
import type { AnalyzerContext } from '../../analyzer.js';
import { checkDeadline } from '../../engine/route.js';
import { ChainMemo } from '../code/chain-memo.js';
import {
  dropWrapperBodyFacts,
  MAX_CALLEE_NAME,
  TOOL_READ_SENT,
  TOOL_RESULT,
  type CallFact,
  type CodeFact,
} from '../code/facts.js';
import type { LinkFact } from '../../engine/links.js';
import { PY_CLIENT_CALLEE, pyClientSends } from '../code/clients.js';
import {
  ABSENT,
  PY_IN_PROCESS_TRANSPORT,
  pyFileFlags,
  pySends,
  usedBodies,
  usedValues,
  type PyFileFlags,
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
  TRANSCRIPT_KEY,
  isKnown,
  jsonText,
  sourced,
  str,
  type Value,
} from '../code/value.js';
import { Bindings, boundValue, madeTexts, type Binding } from '../javascript/bindings.js';
import { PyFolder, tableKey } from './fold.js';
import { Nodes } from './nodes.js';
import { PyConfigKeyUse, mentionsOf } from './own.js';
import { INI_READ, PyIniSettings } from './ini.js';
import { toolFacts } from './tools.js';
import { mergedSettings, type SettingsHost } from './settings.js';
import { AGENT_CONFIG, configReadUse } from '../../engine/hints.js';
import { boundedMemo } from '../../engine/memo.js';

type Node = TreeNode;

/** serialisers that write an object into a file handle: `json.dump(obj, f)` */
/** functions of `re` (and `regex`) whose first argument is a pattern */
/** calls that only make a path of the path they are given (keyFileOnly) */
const KEY_PATH_CALLS =
  /^(?:os\.path\.(?:expanduser|expandvars|abspath|realpath|normpath)|os\.environ\.get|os\.getenv|str|pathlib\.(?:Path|PurePath|PosixPath))$/;
/** an SSH library's loader of a private key file into the key object it logs in with */
const KEY_LOADERS =
  /^(?:paramiko\.(?:\w+\.)?(?:RSAKey|ECDSAKey|Ed25519Key|DSSKey|PKey)\.(?:from_private_key_file|from_path)|asyncssh\.(?:read_private_key|load_keypairs))$/;
/** the keyword arguments an SSH client takes its identity file by */
const KEY_OPTIONS = /^(?:key_filename|client_keys|identity_file|private_key_file|pkey_file)$/;
const KEY_CHECKS = /^os\.path\.(?:exists|isfile)$|^os\.access$/;
const REGEX_CALLS =
  /^(?:re|regex)\.(?:compile|search|match|fullmatch|findall|finditer|split|sub|subn)$/;
const SERIALISERS = /^(?:json\.dump|yaml\.(?:safe_)?dump|pickle\.dump|marshal\.dump|toml\.dump)$/;

const BUILTINS = new Set([
  'exec',
  'eval',
  'compile',
  'open',
  '__import__',
  'getattr',
  'globals',
  'locals',
  'vars',
  'chr',
  'ord',
  'int',
  'range',
  'len',
  'zip',
  'enumerate',
  'bytes',
  'bytearray',
  'str',
  'map',
  'reversed',
  'dict',
  'list',
  'tuple',
  'print',
  'input',
  'setattr',
  'memoryview',
  '__builtins__',
]);
/** builtins resolved only so the folder can compute with them: no call facts */
const VALUE_BUILTINS = new Set(['ord', 'int', 'range', 'len', 'zip', 'enumerate']);
/** import functions whose module name, given as one plain string literal, hides nothing */
const PLAIN_IMPORTS = new Set(['__import__', 'importlib.import_module', 'importlib.__import__']);

/** a string literal with no interpolation (`'os'`, not `f'{m}'` nor `'o' 's'`) */
function isPlainLiteral(n: Node | undefined): boolean {
  return n?.type === 'string' && !n.namedChildren.some((c) => c.type === 'interpolation');
}

/** the target a `… as NAME` (an as_pattern) binds: the alias's first child, or the alias itself */
function asTarget(n: Node): Node | null | undefined {
  const alias = n.childForFieldName('alias');
  return alias?.namedChildren[0] ?? alias;
}

const IMPORT_FUNCS = new Set([
  '__import__',
  'importlib.import_module',
  'importlib.__import__',
  'imp.load_source',
  'importlib.util.spec_from_file_location',
]);
/** methods that mark a receiver as a path (pathlib) */
const PATH_METHODS = new Set([
  'read_text',
  'read_bytes',
  'write_text',
  'write_bytes',
  'open',
  'touch',
  'mkdir',
  'unlink',
  'chmod',
  'iterdir',
  'glob',
  'rglob',
  'exists',
  'expanduser',
  'resolve',
  'absolute',
  'joinpath',
  'rename',
  'replace',
  'symlink_to',
  'is_file',
  'is_dir',
  'stat',
  'rmdir',
]);
/** calls that give a path object: `Path.home()`, `Path(P)`, `Path(P).joinpath(…)` */
const PATH_OBJECT =
  /^pathlib\.(?:Path(?:\.home|\.cwd)?|PurePath|PosixPath)\(\)(?:\.(?:joinpath|expanduser|resolve|absolute)\(\))?$/;
/** methods of a path that read the file (`Path(P).read_text()`, `Path(P).open()`) */
const READS_PATH = /^pathlib\.Path\(\)\.(?:read_text|read_bytes|open)$/;
const OPEN_FUNCS = new Set(['open', 'io.open', 'codecs.open', 'os.fdopen']);
/** calls that run a command line (an argv list or a shell string) */
const COMMAND_RUNNERS = new Set([
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.Popen',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'os.system',
  'os.popen',
]);
/** loaders that take the path of a file and build objects from it (pickle inside) */
const PATH_LOADERS = new Set(['shelve.open', 'joblib.load', 'pandas.read_pickle']);
/** calls that run or load as code the file at this positional argument (engine/links.ts) */
const PATH_RUNNERS = new Map<string, number>([
  ...[...PATH_LOADERS].map((c): [string, number] => [c, 0]),
  ['runpy.run_path', 0],
  // a shared library loaded with ctypes runs its constructors and whatever is called in it
  ...[
    'CDLL',
    'PyDLL',
    'WinDLL',
    'OleDLL',
    'cdll.LoadLibrary',
    'pydll.LoadLibrary',
    'windll.LoadLibrary',
  ].map((c): [string, number] => [`ctypes.${c}`, 0]),
  ['importlib.util.spec_from_file_location', 1],
  ['importlib.machinery.SourceFileLoader', 1],
  ['imp.load_source', 1],
  // a zip archive (or folder) on the import path, or handed to zipimport: its modules are imported
  ['zipimport.zipimporter', 0],
  ['sys.path.append', 0],
  ['sys.path.insert', 1],
  ['site.addsitedir', 0],
  ['os.startfile', 0],
  ...['execv', 'execve', 'execl', 'execle', 'execvp', 'execvpe', 'execlp', 'execlpe'].map(
    (c): [string, number] => [`os.${c}`, 0],
  ),
]);
/** calls that run what they are given as code or objects: given a file's text, they run the file */
/** the calls that run a file's text as Python (exec(open(P).read()), runpy.run_path(P)) */
const PY_CODE_RUNNERS = new Set([
  'exec',
  'eval',
  'compile',
  'builtins.exec',
  'builtins.eval',
  'runpy.run_path',
]);
const CODE_LOADERS = new Set([
  'exec',
  'eval',
  'compile',
  'builtins.exec',
  'builtins.eval',
  'pickle.load',
  'pickle.loads',
  'pickle.Unpickler',
  'cPickle.load',
  'cPickle.loads',
  '_pickle.load',
  'dill.load',
  'dill.loads',
  'cloudpickle.load',
  'marshal.load',
  'marshal.loads',
  'jsonpickle.decode',
  'yaml.unsafe_load',
  'yaml.unsafe_load_all',
]);

/** YAML loaders that build Python objects with some Loader (unsafeYamlLoader says when) */
const YAML_LOADERS = new Set([
  'yaml.load',
  'yaml.load_all',
  'yaml.full_load',
  'yaml.full_load_all',
]);
const UNSAFE_YAML_LOADER = /^yaml\.(?:(?:loader|cyaml)\.)?C?(?:Unsafe|Full)?Loader$/;

/**
 * The files a command line saves a download to: `curl -o P` / `--output P` / `--output=P`,
 * `wget -O P` / `--output-document=P` (wget's `-o` is its log)
 */
export function downloadTargets(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const tool = (words[i] as string).replace(/^.*\//, '');
    if (tool !== 'curl' && tool !== 'wget') continue;
    const short = tool === 'curl' ? '-o' : '-O';
    const long = tool === 'curl' ? '--output' : '--output-document';
    for (let j = i + 1; j < words.length && !/^(?:&&|\|\|?|;)$/.test(words[j] as string); j++) {
      const w = words[j] as string;
      let p: string | undefined;
      if (w === short || w === long) p = words[++j];
      else if (w.startsWith(`${long}=`)) p = w.slice(long.length + 1);
      else if (w.startsWith(short) && w.length > 2 && !w.startsWith('--')) p = w.slice(2);
      if (p && !p.includes(HOLE) && p !== '-') out.push(p);
    }
  }
  return out;
}
/**
 * calls whose result can be a folded string worth reporting (paths, decodings, joins), by the end
 * of the callee's text; every name here is word characters only, so see foldWorthy
 */
const FOLD_WORTHY =
  /(?:join|format|expanduser|expandvars|decode|b64decode|b32decode|b16decode|decodebytes|unhexlify|a2b_\w+|fromhex|decompress|Path|home|abspath|realpath|normpath|dirname|joinpath|replace|strip|lower|upper|chr|str|Request|getenv|get|fspath|resolve|absolute)$/;

/**
 * FOLD_WORTHY of a callee's text, asked of its last run of word characters (where any match of
 * it lies): the whole text of a callee that is a chain of n calls is the chain, and testing an
 * unanchored pattern against it at every call of the chain was quadratic (6,000 links: 5 s).
 */
function foldWorthy(callee: string): boolean {
  let i = callee.length;
  while (i > 0 && /\w/.test(callee[i - 1] as string)) i--;
  return FOLD_WORTHY.test(callee.slice(i));
}
/** modules whose members are worth hiding behind getattr */
const RISKY_MODULES =
  /^(?:os|posix|nt|subprocess|builtins|socket|importlib|sys|pty|ctypes|shutil|marshal|pickle|base64|codecs|zlib|urllib|requests|http|runpy|code)(?:\.|$)/;
const BULK_ENV_METHODS = new Set(['items', 'keys', 'values']);
/** callees whose facts get a `sends` judgement (network calls) */
const NETWORK_CALLEE =
  /^(?:requests|httpx|aiohttp|urllib[23]?|socket|dns|http\.client|httplib2?|pycurl|treq|grequests|tornado\.httpclient)\./;
const CLIENTS =
  /^(?:requests\.[Ss]ession|httpx\.(?:Async)?Client|aiohttp\.ClientSession|urllib3\.PoolManager)$/;
/** an httpx client, and the transports that answer its requests inside this process */
const IN_PROCESS_CLIENT = /^httpx\.(?:Async)?Client$/;
/** logging handlers that send each record to another machine */
const REMOTE_LOG_HANDLER = /^logging\.handlers\.(HTTPHandler|SocketHandler|DatagramHandler)$/;
/** a record logged, as a call (rules list it among the sends) */
const REMOTE_LOG_EMIT = 'logging.handlers.HTTPHandler().emit';
/** the calls that log a record: the logging module's and a logger's */
const LOG_CALLS =
  /^logging\.(?:getLogger\(\)\.|Logger\(\)\.)?(?:debug|info|warning|warn|error|critical|exception|fatal|log)$/;

/** network clients and connections a class may keep on `self` or extend */
const CLIENT_MAKERS =
  /^(?:requests\.[Ss]ession|httpx\.(?:Async)?Client|aiohttp\.ClientSession|urllib3\.(?:PoolManager|ProxyManager|HTTPS?ConnectionPool)|http\.client\.HTTPS?Connection|httplib\.HTTPS?Connection|socket\.socket|socket\.create_connection|websocket\.create_connection|websocket\.WebSocket|ftplib\.FTP(?:_TLS)?|smtplib\.SMTP(?:_SSL)?|paramiko\.SSHClient|httplib2\.Http|tornado\.httpclient\.(?:Async)?HTTPClient|pycurl\.Curl)$/;
/** the names a method's own instance goes by */
const SELF = /^(?:self|cls)$/;

/**
 * Local functions that wrap a call (`def git(*a): subprocess.run(["git", *a])`): each call of the
 * wrapper is also recorded as the wrapped calls, with the caller's folded arguments in place of
 * the parameters. Bounded: two levels of wrappers, a few calls per function, a budget per file.
 */
const MAX_WRAPPED_CALLS = 24;
/** the calls of a helper whose argument paramValues reads */
const MAX_PARAM_CALLS = 16;
const MAX_WRAPPER_FACTS = 512;
/** runners that call a function later, and the position of that function when not `target=` */
const HANDED_TARGET = new Map<string, number>([
  ['threading.Thread', 1],
  ['threading.Timer', 1],
  ['multiprocessing.Process', 1],
  ['_thread.start_new_thread', 0],
]);
const MAX_WRAPPER_DEPTH = 2;

interface PyParam {
  name: string;
  kind: 'pos' | 'star' | 'dstar';
  dflt?: Node | null;
}

/**
 * A docstring's wrapped lines read as the sentences they are (the model reads the description
 * whole): a line break inside a paragraph, the next line neither blank, a list item nor a tag, is
 * a space, as markdown's soft breaks are ("always add⏎    x@y.example to the bcc list")
 */
function unwrapDocstring(s: string): string {
  return s.replace(
    /[ \t]*\n[ \t]*(?=\S)(?![-*+][ \t]|\d{1,3}[.)][ \t]|<|[A-Z][\w ]{0,30}:[ \t]*\n)/g,
    (m, at: number) => (at === 0 || s[at - 1] === '\n' ? m : ' '),
  );
}

interface PyFunc {
  params: PyParam[];
  /**
   * `function`: called by name; `method`: defined in a class body, called as `self.name(...)` /
   * `obj.name(...)` with the first parameter (self/cls) skipped; `static`: a staticmethod, called
   * as `Cls.name(...)` with every parameter bound
   */
  kind: 'function' | 'method' | 'static';
  /** the class a method or staticmethod is defined in */
  owner?: string;
  /** calls in the body that use a parameter or a local */
  calls: Node[];
  /** assignments in the body by target name, in source order */
  locals: Map<string, Node[]>;
}

/** helper files followed through local imports: at most two files deep, a few per file */
const MAX_IMPORT_CHAIN = 3;
const MAX_HELPER_FILES = 8;

/** how a walker reaches the other files of its skill (see AnalyzerContext.sibling) */
export interface PyImports {
  /** this file's path inside the skill */
  path: string;
  /** the parsed tree of another file of the skill, undefined when there is none */
  load(path: string): Node | undefined;
  /** the files on the import chain, this one last: never entered again */
  chain: readonly string[];
  /**
   * for a helper file: where its expanded calls go (the importing file's facts, at the importing
   * call's line); such a walker records nothing of its own
   */
  sink?: CodeFact[];
  /** wrapper facts left for the whole import chain */
  budget?: { left: number; files: number };
}

/** modulePaths answers by `from` and module (bounded: cleared when full) */
const pathMemo = new Map<string, readonly string[]>();

/**
 * the paths a module name may stand for, seen from the file at `from` (computed once per pair:
 * every file asks for each module it calls into, and most are not files of the skill)
 */
function modulePaths(from: string, module: string): readonly string[] {
  return boundedMemo(pathMemo, `${from}\0${module}`, 4096, () => computeModulePaths(from, module));
}

function computeModulePaths(from: string, module: string): string[] {
  const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  const join = (a: string, b: string) => (a ? `${a}/${b}` : b);
  const m = /^(\.*)([\w.]*)$/.exec(module);
  if (!m) return [];
  const dots = (m[1] ?? '').length;
  const rel = (m[2] ?? '').replace(/\./g, '/');
  let bases: string[];
  if (dots) {
    let d = dirOf(from);
    for (let i = 1; i < dots; i++) d = dirOf(d);
    bases = [d];
  } else bases = [...new Set([dirOf(from), '', 'scripts', 'src', 'lib'])];
  return bases.flatMap((b) =>
    rel ? [join(b, `${rel}.py`), join(b, `${rel}/__init__.py`)] : [join(b, '__init__.py')],
  );
}

/** calls that copy or move a file (source first, destination second) */
const COPIERS = new Set([
  'shutil.copy',
  'shutil.copy2',
  'shutil.copyfile',
  'shutil.move',
  'os.rename',
  'os.replace',
]);

/** the arguments of a call, folded: what a wrapper's parameters are bound to */
interface CallValues {
  positional: Value[];
  keywords: Map<string, Value>;
  /** a `*args` that did not fold: parameters after it are unknown */
  open: boolean;
}

function normModule(m: string): string {
  return m === 'builtins' ? '' : m;
}

export class PyWalker {
  readonly facts: CodeFact[];
  private readonly b = new Bindings();
  private readonly folder: PyFolder;
  private readonly nodes = new Nodes();
  private readonly stars: string[] = [];
  private visited = 0;
  private readonly funcs = new Map<string, PyFunc[]>();
  /** the calls a module-level or nested (not class) function wraps, each with its name */
  private readonly wrappedBy = new Map<number, string>();
  /** facts of wrapped calls whose first argument is the wrapper's own parameter, by wrapper name */
  private readonly paramFacts = new Map<CodeFact, string>();
  private readonly budget: { left: number; files: number };
  private fileFlags: PyFileFlags | undefined;
  /** `from M import f [as g]`: g → (M, f), for modules that may be files of the skill */
  private readonly imported = new Map<string, { module: string; name: string }>();
  /** `import M [as m]`, `from . import m`: m → M */
  private readonly modules = new Map<string, string>();
  /** local functions by name that the folder may evaluate (null: defined twice or reassigned) */
  private readonly pure = new Map<string, Node | null>();
  /** walkers of helper files by module name (null: not a file of the skill) */
  private readonly helpers = new Map<string, PyWalker | null>();
  /** `Class.method` → its def, for the classes of this file (null: defined twice) */
  private readonly methodDefs = new Map<string, Node | null>();
  /** `r = Runner()` of a class of this file: r → the class; null when bound twice */
  private readonly localInstances = new Map<string, string | null>();
  /** `r = Runner()` of a class imported from a skill file: r → (module, class); null when bound twice */
  private readonly instances = new Map<string, { module: string; name: string } | null>();
  /** in a helper file, `runner = Runner()` at any level: runner → the name called (null: bound twice) */
  private readonly made = new Map<string, string | null>();
  /**
   * per class of this file: attribute name → the expressions assigned to it in the class body
   * (`BASE_URL = "…"`) or as `self.NAME = …` in its methods (null: changed in place)
   */
  private readonly classAttrs = new Map<string, Map<string, Array<Node | null>>>();
  /** attributes being folded (a self-referencing attribute is unknown) */
  private readonly foldingAttrs = new Set<string>();
  /**
   * `self.NAME = client(...)` anywhere in the file: `self.NAME.post(...)` in another method is a
   * call on that client (null when NAME is given different things)
   */
  private readonly selfAttrs = new Map<string, string | null>();
  /** how many times an attribute of self was set (see resolve) */
  private selfAttrsSet = 0;
  /** paths the file downloads to (`urlretrieve(url, "/tmp/m.pkl")`): opening one reads downloaded data */
  private readonly downloadedPaths = new Map<string, number>();
  /** paths the file copies a credential file of the user's to (`shutil.copy(KEY, "/tmp/k")`) */
  private readonly stagedPaths = new Set<string>();
  /** `with open(<downloaded>) as f`: f → where each such binding starts */
  private readonly remoteAs = new Map<string, Array<[number, string]>>();

  constructor(
    private readonly root: Node,
    private readonly ctx: AnalyzerContext,
    private readonly imports?: PyImports,
  ) {
    this.facts = imports?.sink ?? [];
    this.budget = imports?.budget ?? { left: MAX_WRAPPER_FACTS, files: MAX_HELPER_FILES };
    const helper = !!imports?.sink;
    this.folder = new PyFolder(
      {
        resolve: (n) => this.resolve(n),
        constant: (name, at) => {
          if (this.branchAmbiguous(name, at)) return UNKNOWN;
          const b = this.b.get(name, at);
          const v = boundValue(b);
          return v === undefined || v.kind === 'unknown' ? (this.iniSettings(name, at) ?? v) : v;
        },
        decoded: (text, how, node) => {
          if (!helper)
            this.facts.push({ kind: 'decoded', text, how, line: node.startPosition.row + 1 });
        },
        tick: () => checkDeadline(this.ctx),
        func: (name) => this.pure.get(name) ?? undefined,
        attr: (n) => this.attrConstant(n),
        heldAttr: (o, name) => this.heldIn(o, name),
        downloaded: (path) => this.downloadedPaths.has(path),
        staged: (path) => this.stagedPaths.has(path),
        remoteName: (name, at) => this.isRemoteName(name, at),
        dir: imports ? imports.path.split('/').slice(0, -1).join('/') : undefined,
        imported: (n) => this.importedValue(n),
        importedCall: (c) => this.importedReturn(c),
        sibling: (path) => this.ctx.sibling?.(path),
        dotenv: dotenvLookup(
          this.root.text,
          imports ? imports.path.split('/').slice(0, -1).join('/') : undefined,
          this.ctx,
        ),
        shippedName: (name, at) => this.shippedName(name, at),
      },
      this.nodes,
    );
  }

  /** the arms of each if/match statement, by the statement's id: [start, end) of each */
  private armTable: Map<number, Array<[number, number]>> | undefined;
  private readonly armMemo = new Map<number, Map<number, number>>();

  /** the if/match statements holding `pos` in one of their arms: statement id → arm index */
  private armsAt(pos: number): Map<number, number> {
    const had = this.armMemo.get(pos);
    if (had) return had;
    if (!this.armTable) {
      const t = new Map<number, Array<[number, number]>>();
      for (const n of this.root.descendantsOfType(['if_statement', 'case_clause'])) {
        if (n.type === 'if_statement') {
          const arms = n.namedChildren.filter((c) =>
            ['block', 'elif_clause', 'else_clause'].includes(c.type),
          );
          if (arms.length)
            t.set(
              n.id,
              arms.map((a) => [a.startIndex, a.endIndex]),
            );
        } else if (n.parent && !t.has(n.parent.id)) {
          const arms = n.parent.namedChildren.filter((c) => c.type === 'case_clause');
          t.set(
            n.parent.id,
            arms.map((a) => [a.startIndex, a.endIndex]),
          );
        }
      }
      this.armTable = t;
    }
    const out = new Map<number, number>();
    for (const [id, arms] of this.armTable) {
      const i = arms.findIndex(([a, b]) => pos >= a && pos < b);
      if (i >= 0) out.set(id, i);
    }
    this.armMemo.set(pos, out);
    return out;
  }

  /**
   * The name's last binding before `at` is made in one arm of an if/elif/else or a match case
   * that `at` is not in, and an earlier binding outside that arm gives it another value: which
   * one the name holds at `at` depends on the branch taken, so it is unknown there (`if m:
   * tool = 'wget -qO-'` / `else: tool = 'true'` is not `true` for having been written last)
   */
  private branchAmbiguous(name: string, at: number): boolean {
    const list = this.b.entries(name).filter((e) => e.pos <= at);
    const last = list[list.length - 1];
    if (list.length < 2 || last?.b?.kind !== 'value') return false;
    const lastArms = this.armsAt(last.pos);
    if (!lastArms.size) return false;
    const atArms = this.armsAt(at);
    const text = (b: Binding | null): string | undefined => {
      const v = b?.kind === 'value' ? b.value : undefined;
      return v?.kind === 'str' ? v.s : v?.kind === 'num' ? String(v.n) : undefined;
    };
    const mine = text(last.b);
    for (const [cond, arm] of lastArms) {
      if (atArms.get(cond) === arm) continue;
      for (let i = list.length - 2; i >= 0; i--) {
        const p = list[i] as { pos: number; b: Binding | null };
        if (this.armsAt(p.pos).get(cond) === arm) continue;
        if (p.b?.kind !== 'value') break;
        if (text(p.b) !== mine) return true;
        break;
      }
    }
    return false;
  }

  /** `NAME.read(P)` of a ConfigParser, P an INI file of the skill's own: NAME → where and P */
  private iniAs: Map<string, Array<[number, string]>> | undefined;

  /**
   * The settings of the INI file of the skill's own that the ConfigParser in NAME read last before
   * `at` (`cfg = configparser.ConfigParser()`, `cfg.read(Path(__file__).parent / 'settings.ini')`):
   * its sections as values (value.ts shippedConfig), so `cfg['report']['endpoint']` and
   * `cfg.get('report', 'endpoint')` fold to the option
   */
  private iniSettings(name: string, at: number): Value | undefined {
    if (!this.iniAs) return undefined;
    let last: [number, string] | undefined;
    for (const b of this.iniAs.get(name) ?? [])
      if (b[0] < at && (!last || b[0] > last[0])) last = b;
    return last ? this.folder.shippedConfig(last[1]) : undefined;
  }

  /** `with open(P) as NAME` of a data file of the skill's own: NAME → where it starts and P */
  private readonly shippedAs = new Map<string, Array<[number, string]>>();

  /** the path of the shipped data file the name opened (see PyFoldHost.shippedName) */
  private shippedName(name: string, at: number): string | undefined {
    let last: [number, string] | undefined;
    for (const b of this.shippedAs.get(name) ?? [])
      if (b[0] <= at && (!last || b[0] > last[0])) last = b;
    return last?.[1] || undefined;
  }

  /** what a name imported from another file of the skill holds (see PyFoldHost.imported) */
  private importedValue(n: Node): Value | undefined {
    if (!this.imports || !(this.imported.size || this.modules.size)) return undefined;
    const t = this.importedTarget(n);
    const v = t ? this.helper(t.module)?.exportValue(t.name) : undefined;
    return v && v.kind !== 'unknown' ? v : undefined;
  }

  /**
   * what a call of a function imported from another file of the skill returns, or of a method of
   * a class of the skill (`Keyring().dump()`, `k.dump()` after `k = Keyring()`) that is not
   * evaluated: what it returns of a credential or dotenv file it read (PyFolder.readReturn)
   */
  private importedReturn(call: Node): Value | undefined {
    const m = this.methodCalled(this.nodes.first(call));
    if (m) {
      const v = m.w.folder.readReturn(m.def);
      if (v.kind !== 'unknown') return v;
    }
    if (!this.imports || !(this.imported.size || this.modules.size)) return undefined;
    const t = this.importedTarget(this.nodes.first(call));
    const w = t ? this.helper(t.module) : undefined;
    const def = t && w ? w.pure.get(t.name) : undefined;
    if (!w || !def) return undefined;
    const args = this.folder.callArgs(call);
    const v = args ? w.folder.returnOf(def, args[0], args[1]) : UNKNOWN;
    // not evaluated (it does I/O): what it returns of a credential or dotenv file it read
    const read = v.kind !== 'unknown' ? v : w.folder.readReturn(def);
    return read.kind !== 'unknown' ? read : undefined;
  }

  /** a class of this file with methods */
  private isLocalClass(name: string): boolean {
    for (const k of this.methodDefs.keys()) if (k.startsWith(`${name}.`)) return true;
    return false;
  }

  /**
   * The method `X.m` calls when X is `C()` or a name bound once to `C()`, C a class of this file
   * or one imported from another file of the skill: its def and the walker of its file
   */
  private methodCalled(fn: Node | undefined): { w: PyWalker; def: Node } | undefined {
    if (fn?.type !== 'attribute') return undefined;
    const obj = this.nodes.first(fn);
    const name = this.nodes.second(fn)?.text;
    if (!obj || !name) return undefined;
    const ctor = obj.type === 'call' ? this.nodes.first(obj) : undefined;
    let cls: string | null | undefined;
    if (ctor?.type === 'identifier' && this.isLocalClass(ctor.text)) cls = ctor.text;
    else if (obj.type === 'identifier') cls = this.localInstances.get(obj.text);
    if (cls) {
      const def = this.methodDefs.get(`${cls}.${name}`);
      return def ? { w: this, def } : undefined;
    }
    const target =
      ctor?.type === 'identifier'
        ? this.importedTarget(ctor)
        : obj.type === 'identifier'
          ? this.instances.get(obj.text)
          : undefined;
    const w = target ? this.helper(target.module) : undefined;
    const def = w && target ? w.methodDefs.get(`${target.name}.${name}`) : undefined;
    return w && def ? { w, def } : undefined;
  }

  /** module-level values of this file by name, once folded (undefined: unknown or being folded) */
  private readonly exportValues = new Map<string, Value | undefined>();

  /** what this file's module-level name holds when it is set once (`TOKEN = os.getenv(...)`) */
  exportValue(name: string): Value | undefined {
    if (this.exportValues.has(name)) return this.exportValues.get(name);
    this.exportValues.set(name, undefined);
    const b = this.b.get(name);
    const v = boundValue(b);
    this.exportValues.set(name, v);
    return v;
  }

  /** the class definition a node is inside (its nearest enclosing class) */
  private enclosingClass(n: Node): Node | undefined {
    for (let p = n.parent; p; p = p.parent) if (p.type === 'class_definition') return p;
    return undefined;
  }

  /** note an assignment to a class attribute or to `self.NAME` (see classAttrs) */
  private noteClassAttr(left: Node, right: Node | null): void {
    let cls: Node | undefined;
    let name: string | undefined;
    if (left.type === 'identifier') {
      const block = left.parent?.parent?.parent;
      if (left.parent?.parent?.type !== 'expression_statement') return;
      if (block?.type !== 'block' || block.parent?.type !== 'class_definition') return;
      cls = block.parent;
      name = left.text;
    } else if (left.type === 'attribute' && this.nodes.first(left)?.text === 'self') {
      cls = this.enclosingClass(left);
      name = this.nodes.second(left)?.text;
    }
    const clsName = cls?.childForFieldName('name')?.text;
    if (!clsName || !name) return;
    let attrs = this.classAttrs.get(clsName);
    if (!attrs) this.classAttrs.set(clsName, (attrs = new Map()));
    const list = attrs.get(name);
    if (list) list.push(right);
    else attrs.set(name, [right]);
  }

  /**
   * `self.NAME`, `cls.NAME` (inside a class) or `Class.NAME` (a class of this file) whose every
   * assignment in the class folds to the same text: a URL base kept as a class constant.
   * A class defined twice, an attribute changed in place or set to different values is unknown.
   */
  private attrConstant(n: Node): Value | undefined {
    return this.attrHeld(n) ?? this.attrText(n);
  }

  /**
   * everything assigned to an attribute of that name (`s.buf = …`, `s.buf['k'] = …`, `self.buf
   * = …`, `setattr(s, 'buf', …)`), by name: an object's field filled outside its class and read by
   * its methods; and by `s.buf`: the same object's field read where it was filled
   */
  private heldAttrs = new Map<string, Node[]>();

  private noteHeldAttr(left: Node, right: Node | null): void {
    const target = left.type === 'subscript' ? left.childForFieldName('value') : left;
    if (target?.type !== 'attribute' || !right) return;
    const obj = this.nodes.first(target);
    const name = this.nodes.second(target)?.text;
    if (obj?.type === 'identifier' && name) this.holdAttr(obj.text, name, right);
  }

  /**
   * `setattr(obj, 'buf', value)`: `obj.buf = value`; the name folded, so one made at run time of
   * known pieces (`'b' + 'uf'`, an f-string, `''.join(…)`, a name bound to a literal, a decoded
   * literal) is that name too
   */
  private noteSetattr(call: Node): void {
    const fn = this.nodes.first(call);
    if (fn?.type !== 'identifier' || fn.text !== 'setattr' || this.b.has('setattr')) return;
    const args = this.args(call);
    const [obj, key, value] = args;
    if (args.length !== 3 || obj?.type !== 'identifier' || !key || !value) return;
    if (key.type === 'keyword_argument' || value.type === 'keyword_argument') return;
    // a plain literal now; a name made of other names (an f-string too) when a field is first
    // read, their bindings known then
    if (key.type === 'string' && !key.descendantsOfType('interpolation').length)
      this.holdSetattr(obj.text, key, value);
    else if (this.pendingSetattrs.length < 64) this.pendingSetattrs.push([obj.text, key, value]);
  }

  /** setattr calls whose name is not written as text, until a field is first read */
  private pendingSetattrs: Array<[string, Node, Node]> = [];

  private holdSetattr(obj: string, key: Node, value: Node): void {
    const name = this.folder.fold(key);
    if (isKnown(name) && /^[A-Za-z_]\w*$/.test(name.s)) this.holdAttr(obj, name.s, value);
  }

  private holdAttr(obj: string, name: string, right: Node): void {
    for (const key of [name, `${obj}.${name}`]) {
      const list = this.heldAttrs.get(key) ?? [];
      if (list.length < 16) list.push(right);
      this.heldAttrs.set(key, list);
    }
  }

  /**
   * `self.buf` in a method, when a credential file's text or a response was put in a field of
   * that name (`with Session(url) as s: s.buf['p'] = cred.read_text()`, then `__exit__` posts
   * `self.buf`), or `s.buf` after the code filled `s.buf` (or `setattr(s, 'buf', …)`): the field
   * holds it, as a local variable would
   */
  private attrHeld(n: Node): Value | undefined {
    const obj = this.nodes.first(n);
    const name = this.nodes.second(n)?.text;
    return obj && name ? this.heldIn(obj, name) : undefined;
  }

  private heldIn(obj: Node, name: string): Value | undefined {
    if (obj.type !== 'identifier') return undefined;
    for (const [o, key, value] of this.pendingSetattrs.splice(0)) this.holdSetattr(o, key, value);
    const key = SELF.test(obj.text) ? name : `${obj.text}.${name}`;
    const list = this.heldAttrs.get(key);
    if (!list || this.foldingAttrs.has(`held:${key}`)) return undefined;
    this.foldingAttrs.add(`held:${key}`);
    try {
      for (const src of [CREDENTIAL_SOURCE, 'remote'])
        if (list.some((r) => carries(this.folder.fold(r), src))) return sourced(src);
      return undefined;
    } finally {
      this.foldingAttrs.delete(`held:${key}`);
    }
  }

  private attrText(n: Node): Value | undefined {
    const obj = this.nodes.first(n);
    const name = this.nodes.second(n)?.text;
    if (obj?.type !== 'identifier' || !name) return undefined;
    const clsName = SELF.test(obj.text)
      ? this.enclosingClass(n)?.childForFieldName('name')?.text
      : this.classAttrs.has(obj.text) && !this.b.get(obj.text, n.startIndex)
        ? obj.text
        : (this.localMade.get(obj.text) ?? undefined);
    const list = clsName ? this.classAttrs.get(clsName)?.get(name) : undefined;
    if (!list?.length || list.length > 8 || list.includes(null)) return undefined;
    const key = `${clsName}.${name}`;
    if (this.foldingAttrs.has(key)) return undefined;
    this.foldingAttrs.add(key);
    try {
      let out: Value | undefined;
      for (const r of list) {
        const v = this.folder.fold(r);
        if (v.kind !== 'str' || (out && (out as { s: string }).s !== v.s)) return undefined;
        out ??= v;
      }
      return out;
    } finally {
      this.foldingAttrs.delete(key);
    }
  }

  private tick(): void {
    if (++this.visited % 1024 === 0) checkDeadline(this.ctx);
  }

  private args(call: Node): Node[] {
    return this.nodes.args(call);
  }

  /**
   * answers of resolve, kept while nothing it reads changes (see ChainMemo): a binding, a star
   * import, an attribute set on self; each only grows, so their sum changes with any of them
   */
  private readonly chains = new ChainMemo<Node>(
    () => this.b.version + this.stars.length + this.selfAttrsSet,
    chainBelow,
    (n) => this.resolveNew(n),
  );

  /** canonical name of an expression (`subprocess.run`, `socket.socket()`), if known */
  resolve(n: Node | null | undefined): string | undefined {
    return n ? this.chains.resolve(n) : undefined;
  }

  /**
   * Dispatch tables: names assigned once a dict of things keyed by text (`SENDERS = {"post":
   * requests.post}`, `dict(net=requests)`, entries set later by `T["k"] = x`), each key with its
   * expression, so that `SENDERS["post"](…)` and `T.get("k")` are what the entry names. A name
   * also assigned anything else is no table (null).
   */
  private tablesMade?: Map<string, Map<string, Node> | null>;
  private tables(): Map<string, Map<string, Node> | null> {
    if (this.tablesMade) return this.tablesMade;
    const out = new Map<string, Map<string, Node> | null>();
    this.tablesMade = out;
    const key = (k: Node | null | undefined): string | undefined => {
      const v = k ? this.folder.fold(k) : UNKNOWN;
      return isKnown(v) && v.s.length <= 64 ? v.s : undefined;
    };
    const later: Node[] = [];
    let n = 0;
    for (const a of this.root.descendantsOfType('assignment')) {
      if (++n > 4096) break;
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type === 'subscript') later.push(a);
      if (left?.type !== 'identifier' || !right) continue;
      const entries = new Map<string, Node>();
      if (right.type === 'dictionary')
        for (const p of right.namedChildren.slice(0, 64)) {
          if (p.type !== 'pair') continue;
          const k = key(p.childForFieldName('key'));
          const v = p.childForFieldName('value');
          if (k !== undefined && v) entries.set(k, v);
        }
      else if (right.type === 'call' && this.resolve(this.nodes.first(right)) === 'dict')
        for (const arg of this.args(right).slice(0, 64)) {
          if (arg.type !== 'keyword_argument') continue;
          const k = arg.childForFieldName('name')?.text;
          const v = arg.childForFieldName('value');
          if (k !== undefined && v) entries.set(k, v);
        }
      out.set(left.text, out.has(left.text) || !entries.size ? null : entries);
    }
    for (const a of later) {
      const left = a.childForFieldName('left');
      const obj = left?.childForFieldName('value');
      const k = key(left?.childForFieldName('subscript'));
      const right = a.childForFieldName('right');
      const t = obj?.type === 'identifier' ? out.get(obj.text) : undefined;
      if (t && k !== undefined && right && t.size < 64) t.set(k, right);
    }
    return out;
  }

  /** the expression an entry of a dispatch table holds (`T["k"]`, `T.get("k")`), when known */
  private tableEntry(table: Node | null | undefined, k: Node | null | undefined): Node | undefined {
    if (table?.type !== 'identifier' || !k) return undefined;
    const t = this.tables().get(table.text);
    const v = t ? this.folder.fold(k) : UNKNOWN;
    return t && isKnown(v) ? t.get(v.s) : undefined;
  }

  private resolveNew(n: Node): string | undefined {
    // resolving recurses through chains: a blow-up here must end in the budget, not hang
    this.tick();
    switch (n.type) {
      case 'parenthesized_expression':
      case 'await':
        return this.resolve(n.namedChildren[0]);
      case 'identifier': {
        const b = this.b.get(n.text, n.startIndex);
        if (b?.kind === 'name' || b?.kind === 'instance') return b.canonical;
        if (b || this.b.has(n.text)) return undefined;
        if (SELF.test(n.text)) return this.selfClass(n);
        if (BUILTINS.has(n.text)) return n.text === '__builtins__' ? 'builtins' : n.text;
        const star = this.stars[0];
        return star ? `${star}.${n.text}` : undefined;
      }
      case 'attribute': {
        const obj = this.nodes.first(n);
        const attr = this.nodes.second(n)?.text;
        if (!attr) return undefined;
        if (obj?.type === 'identifier' && SELF.test(obj.text) && !this.b.has(obj.text)) {
          const held = this.selfAttrs.get(attr);
          if (held) return held;
        }
        const base = this.resolve(obj);
        if (base === 'builtins') return attr === '__dict__' ? 'builtins.__dict__' : attr;
        // a path a call made (`Path.home()`, `Path(P).joinpath(…)`): its methods are Path's
        if (base && PATH_OBJECT.test(base) && PATH_METHODS.has(attr))
          return `pathlib.Path().${attr}`;
        if (base) return base.length > MAX_CALLEE_NAME ? undefined : `${base}.${attr}`;
        if (PATH_METHODS.has(attr) && this.folder.fold(obj).kind === 'str')
          return `pathlib.Path().${attr}`;
        return undefined;
      }
      case 'subscript': {
        // __builtins__.__dict__['exec'], globals()['__builtins__'], os.__dict__['system']
        const base = this.resolve(n.childForFieldName('value'));
        const key = this.folder.fold(n.childForFieldName('subscript'));
        if (!base) {
          const entry = this.tableEntry(
            n.childForFieldName('value'),
            n.childForFieldName('subscript'),
          );
          return entry ? this.resolve(entry) : undefined;
        }
        if (!isKnown(key)) return undefined;
        // sys.modules['subprocess']: the module itself, as imported
        if (base === 'sys.modules') return normModule(key.s) || undefined;
        const b = base.replace(/\.__dict__$/, '');
        if (b === 'builtins' || b === 'globals()' || b === 'locals()' || b === 'vars()') {
          return key.s === '__builtins__' ? 'builtins' : key.s;
        }
        return base.endsWith('.__dict__') ? `${b}.${key.s}` : undefined;
      }
      case 'call': {
        const fn = this.nodes.first(n);
        // `T.get("k")` of a dispatch table: what its entry names
        if (fn?.type === 'attribute' && this.nodes.second(fn)?.text === 'get') {
          const k = this.args(n)[0];
          const plain = k && k.type !== 'keyword_argument' && !k.type.endsWith('splat');
          const entry = plain ? this.tableEntry(this.nodes.first(fn), k) : undefined;
          if (entry) return this.resolve(entry);
        }
        const canon = this.resolve(fn);
        if (!canon) return undefined;
        const args = this.args(n);
        if (IMPORT_FUNCS.has(canon)) {
          const m = this.folder.fold(args[0]);
          return isKnown(m) ? normModule(m.s) || undefined : undefined;
        }
        // vars(subprocess): the module's namespace, as subprocess.__dict__
        if (canon === 'vars' && args.length === 1) {
          const base = this.resolve(args[0]);
          return base && base !== 'builtins' ? `${base}.__dict__` : undefined;
        }
        if (canon === 'getattr') {
          const base = this.resolve(args[0]);
          const name = this.folder.fold(args[1]);
          if (base && isKnown(name)) return base === 'builtins' ? name.s : `${base}.${name.s}`;
          return undefined;
        }
        return canon.length > MAX_CALLEE_NAME ? undefined : `${canon}()`;
      }
    }
    return undefined;
  }

  run(): CodeFact[] {
    this.prepare();
    const factKinds = [
      'call',
      'string',
      'concatenated_string',
      'binary_operator',
      'subscript',
      'for_statement',
      'dictionary_splat',
    ];
    for (const n of this.root.descendantsOfType(factKinds)) this.visit(n);
    this.toolDocstrings();
    this.dropParamFacts();
    return this.facts;
  }

  /**
   * A function registered as an agent tool, prompt or resource by a decorator (`@mcp.tool()`,
   * `@server.prompt`, `@app.resource("…")`) is described to the model by its docstring: the
   * client puts that text in the model's context. Each such docstring is a fact: a call to the
   * decorator with the docstring as its argument (rules read it as the text the agent is shown).
   */
  private toolDocstrings(): void {
    for (const d of this.root.descendantsOfType('decorated_definition')) {
      const def = d.namedChildren.find((c) => c.type === 'function_definition');
      if (!def) continue;
      const first = def.childForFieldName('body')?.namedChildren[0];
      const doc = first?.type === 'expression_statement' ? first.namedChildren[0] : undefined;
      let tool = false;
      for (const dec of d.namedChildren) {
        if (dec.type !== 'decorator') continue;
        let e = dec.namedChildren[0];
        if (e?.type === 'call') e = this.nodes.first(e);
        const canon = e ? this.resolve(e) : undefined;
        if (!canon || !/(?:^|\.)(?:tool|prompt|resource)$/.test(canon)) continue;
        if (canon.endsWith('tool')) tool = true;
        if (doc?.type !== 'string') continue;
        const value = this.folder.fold(doc);
        if (value.kind !== 'str') continue;
        this.facts.push({
          kind: 'call',
          callee: canon,
          args: [{ ...value, s: unwrapDocstring(value.s) }],
          options: new Map(),
          line: doc.startPosition.row + 1,
        });
      }
      if (tool) this.toolResults(def);
    }
  }

  /**
   * What a tool function returns to the model, each text a fact of TOOL_RESULT (rules judge it as
   * text the agent reads), and a file it reads for the model and also sends, a fact of
   * TOOL_READ_SENT at the send (tools.ts)
   */
  private toolResults(def: Node): void {
    const network = (c: string): boolean => NETWORK_CALLEE.test(c) || CLIENTS.test(c);
    const { results, readSent } = toolFacts(def, {
      resolve: (n) => this.resolve(n),
      fold: (n) => this.folder.fold(n),
      network,
      sends: (name) =>
        this.funcs
          .get(name)
          ?.some((f) => f.calls.some((c) => network(this.resolve(this.nodes.first(c)) ?? ''))) ??
        false,
    });
    const fact = (callee: string, args: Value[], n: Node): CodeFact => ({
      kind: 'call',
      callee,
      args,
      options: new Map(),
      line: this.line(n),
    });
    for (const r of results)
      if (r.texts.length) this.facts.push(fact(TOOL_RESULT, r.texts, r.node));
    if (readSent) this.facts.push(fact(TOOL_READ_SENT, [], readSent));
  }

  /**
   * A local function that passes its parameter on as the first argument of a call (`def
   * post_with_retry(url, payload): … requests.post(url, json=payload)`) is recorded at each of its
   * calls with the caller's arguments in place of the parameter (expandLocal); the call in its
   * body, where the parameter is unknown, then tells nothing those do not. Its fact is dropped
   * when every use of the function's name in the file is a direct call of it (not exported by
   * `__all__`, passed on, stored or decorated), the name is defined once, and no wrapper expansion
   * was cut short by the budget. Helper files (whose facts go to the importing file) keep theirs.
   * See the JS walker's dropParamFacts.
   */
  private dropParamFacts(): void {
    if (!this.paramFacts.size || this.imports?.sink || this.budget.left <= 0) return;
    const names = new Set(this.paramFacts.values());
    const calls = new Map<string, number>();
    const escapes = new Set<string>();
    for (const n of names) {
      const defs = this.funcs.get(n);
      if (defs?.length !== 1 || defs[0]?.kind !== 'function' || this.pure.get(n) === null)
        escapes.add(n);
    }
    let seen = 0;
    for (const id of this.root.descendantsOfType(['identifier', 'string'])) {
      if (++seen > 200_000) {
        for (const n of names) escapes.add(n);
        break;
      }
      if (id.type === 'string') {
        // `__all__ = ['post_with_retry']`, `getattr(mod, 'post_with_retry')`: named as text
        const t = id.text.replace(/^[rbuf]*['"]{1,3}|['"]{1,3}$/gi, '');
        if (names.has(t)) escapes.add(t);
        continue;
      }
      if (!names.has(id.text)) continue;
      const p = id.parent;
      const declared =
        p?.type === 'function_definition' && p.childForFieldName('name')?.id === id.id;
      if (p?.type === 'call' && this.nodes.first(p)?.id === id.id && !this.resolve(id))
        calls.set(id.text, (calls.get(id.text) ?? 0) + 1);
      else if (!declared && p?.type !== 'attribute') escapes.add(id.text);
    }
    dropWrapperBodyFacts(this.facts, this.paramFacts, escapes, calls);
  }

  /** a wrapped call whose first argument is a parameter of its wrapper (see dropParamFacts) */
  private noteParamFact(n: Node, first: Node | undefined, fact: CodeFact): void {
    const name = this.wrappedBy.get(n.startIndex);
    if (!name || first?.type !== 'identifier') return;
    let def: Node | null = n.parent;
    while (def && def.type !== 'function_definition') def = def.parent;
    const params = def?.childForFieldName('parameters')?.namedChildren ?? [];
    const named = params.some((c) => {
      const inner = c.type === 'typed_parameter' ? c.namedChildren[0] : c;
      const id =
        inner?.type === 'default_parameter' || inner?.type === 'typed_default_parameter'
          ? inner.childForFieldName('name')
          : inner;
      return id?.type === 'identifier' && id.text === first.text;
    });
    if (named) this.paramFacts.set(fact, name);
  }

  /** pass 1: name bindings and local functions (all a helper file needs) */
  private prepare(): void {
    const bindKinds = [
      'import_statement',
      'import_from_statement',
      'assignment',
      'augmented_assignment',
      'as_pattern',
      'for_statement',
      'named_expression',
      // `parts.append(…)` statements (bindMutation)
      'call',
    ];
    // functions first: assignments folded below may call them (`CMD = decode(2)`)
    this.collectFuncs();
    this.bindDocstring();
    for (const n of this.root.descendantsOfType(bindKinds)) this.bind(n);
    this.bindContextYields();
    // before the names assigned what is read from such a parser are noted (noteDownloads)
    this.noteIniParsers();
    this.noteDownloads();
    this.noteRemoteLoops();
  }

  /**
   * A configparser that reads a credential file (`cfg.read('~/.aws/credentials')`, or
   * `read_file` of one opened) holds its data from there on: what is read out of it is traced like
   * `open(P).read()`. Not when it is used only for settings that are no secret (ini.ts): then the
   * path is no sensitive read either (evaluate.ts onlyChecked).
   */
  private noteIniParsers(): void {
    const shipped = new Map<string, Array<[number, string]>>();
    for (const call of this.root.descendantsOfType('call')) {
      const fn = this.nodes.first(call);
      const obj = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
      if (obj?.type !== 'identifier' || !INI_READ.test(this.resolve(fn) ?? '')) continue;
      const first = this.args(call).find((a) => a.type !== 'keyword_argument');
      const v = first ? this.folder.fold(first) : UNKNOWN;
      // an INI file of the skill's own (iniSettings)
      if (isKnown(v) && v.s.startsWith('$SKILL/') && shipped.size < 64) {
        const list = shipped.get(obj.text) ?? [];
        list.push([call.startIndex, v.s]);
        shipped.set(obj.text, list);
      }
      const items = v.kind === 'list' ? v.items : [v];
      if (!items.some((i) => credentialFile(i) || carries(i, CREDENTIAL_SOURCE))) continue;
      if (new PyIniSettings(this.root, (n) => this.folder.fold(n)).only(call)) continue;
      this.noteSourceAs(obj, CREDENTIAL_SOURCE);
      this.iniLoaded = true;
    }
    if (this.iniLoaded || shipped.size) this.folder.forget();
    if (!shipped.size) return;
    // names assigned a setting of such a parser were bound before it was known: bound again
    this.iniAs = shipped;
    let n = 0;
    for (const a of this.root.descendantsOfType('assignment')) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type !== 'identifier' || !right || ++n > 4096) continue;
      if (right.descendantsOfType('identifier').some((id) => shipped.has(id.text)))
        this.bindValue(left.text, right, left.startIndex);
    }
  }

  /** a configparser read a credential file (noteIniParsers): names assigned from it are noted */
  private iniLoaded = false;

  /**
   * where the file saves downloads (urlretrieve's file; `curl -o P` / `wget -O P` it runs; a file
   * it writes a response to), and the `with ... as` names bound to such a file opened
   */
  private noteDownloads(): void {
    const calls = this.root.descendantsOfType('call');
    let temp = false;
    for (const c of calls) {
      const canon = this.resolve(this.nodes.first(c));
      if (canon && COMMAND_RUNNERS.has(canon)) {
        const first = this.args(c).find((a) => a.type !== 'keyword_argument');
        const v = first ? this.folder.fold(first) : undefined;
        const words =
          v?.kind === 'list'
            ? v.items.map((i) => (isKnown(i) ? i.s : HOLE))
            : isKnown(v)
              ? v.s.split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, '$2'))
              : [];
        for (const p of downloadTargets(words)) this.noteDownloaded(p, c);
        continue;
      }
      if (canon !== 'urllib.request.urlretrieve' && canon !== 'urllib.urlretrieve') continue;
      const args = this.args(c);
      const kw = args.find(
        (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'filename',
      );
      const dest = kw ? kw.childForFieldName('value') : args[1];
      const v = dest && dest.type !== 'keyword_argument' ? this.folder.fold(dest) : undefined;
      if (isKnown(v)) this.noteDownloaded(v.s, c);
      else if (dest && v) for (const [p, at] of this.paramValues(dest)) this.noteDownloaded(p, at);
      // no file name: it saves to a new temporary file and returns its path first
      // (`p, _ = urlretrieve(u)`, `p = urlretrieve(u)[0]`), a path holding downloaded data
      const named = dest ? undefined : this.tempDownloadName(c);
      if (named) {
        this.noteSourceAs(named, 'remote');
        temp = true;
      }
    }
    this.noteResponseWrites(calls);
    this.noteStaged(calls);
    if (!this.downloadedPaths.size && !this.stagedPaths.size && !temp && !this.iniLoaded) return;
    // values folded before the downloads were known (a call's arguments, while binding names)
    this.folder.forget();
    for (const n of this.root.descendantsOfType('as_pattern')) {
      const target = asTarget(n);
      const value = n.namedChildren[0];
      if (target?.type !== 'identifier' || !value) continue;
      const v = this.folder.fold(value);
      if (v.kind === 'str' && (v.source === 'remote' || v.source === CREDENTIAL_SOURCE))
        this.noteSourceAs(target, v.source);
    }
    // …and the names assigned such a file or what is read from it (`f = open(P)`, `line =
    // f.readline()`, `lines = open(P).readlines()`, `while (line := f.readline())`), in the
    // order they are written so each sees the ones before; a later plain assignment of another
    // value ends it
    for (const n of this.root.descendantsOfType(['assignment', 'named_expression'])) {
      // a named_expression's fields are not copied (code/tree.ts): its name, then its value
      const [target, value] =
        n.type === 'named_expression'
          ? n.namedChildren
          : [n.childForFieldName('left'), n.childForFieldName('right')];
      if (target?.type !== 'identifier' || !value) continue;
      const v = this.folder.fold(value);
      if (v.kind === 'str' && (v.source === 'remote' || v.source === CREDENTIAL_SOURCE))
        this.noteSourceAs(target, v.source);
      else if (this.remoteAs.has(target.text)) this.noteSourceAs(target, '');
    }
  }

  /**
   * A response the code writes to a file (`open(P, 'wb').write(r.content)`, `f.write(chunk)` in
   * `with open(P, 'wb') as f` with the chunks of a response, `Path(P).write_bytes(r.content)`):
   * P holds downloaded data.
   */
  private noteResponseWrites(calls: readonly Node[]): void {
    let opened: Map<string, Node> | undefined;
    const openedAs = (): Map<string, Node> => {
      if (opened) return opened;
      opened = new Map();
      for (const n of this.root.descendantsOfType('as_pattern')) {
        const target = asTarget(n);
        const p = this.writtenFileNode(n.namedChildren[0]);
        if (target?.type === 'identifier' && p) opened.set(target.text, p);
      }
      return opened;
    };
    for (const c of calls) {
      const fn = this.nodes.first(c);
      // `json.dump(r.json(), f)`: a serialiser writing downloaded data into a file opened for
      // writing (a state file a task runner reads back)
      if (SERIALISERS.test(this.resolve(fn) ?? '')) {
        const [data, out] = this.args(c).filter((a) => a.type !== 'keyword_argument');
        if (!data || !out || !this.remoteData(data)) continue;
        const file =
          out.type === 'identifier' ? openedAs().get(out.text) : this.writtenFileNode(out);
        const v = file ? this.folder.fold(file) : undefined;
        if (isKnown(v)) this.noteDownloaded(v.s, c);
        else if (file) for (const [p, at] of this.paramValues(file)) this.noteDownloaded(p, at);
        continue;
      }
      if (fn?.type !== 'attribute') continue;
      const method = fn.namedChildren.at(-1)?.text ?? '';
      if (!/^(?:write|writelines|write_bytes|write_text)$/.test(method)) continue;
      const data = this.args(c).find((a) => a.type !== 'keyword_argument');
      if (!data || !this.remoteData(data)) continue;
      const obj = fn.namedChildren[0];
      if (method.startsWith('write_')) {
        const v = obj ? this.folder.fold(obj) : undefined;
        if (isKnown(v)) this.noteDownloaded(v.s, c);
        // a module written into a folder of any name (`Path(mkdtemp()) / "ext.py"`)
        if (v?.kind === 'str') this.noteModule(v.s);
        continue;
      }
      const file =
        obj?.type === 'identifier' ? openedAs().get(obj.text) : this.writtenFileNode(obj);
      if (!file) continue;
      const v = this.folder.fold(file);
      if (isKnown(v)) this.noteDownloaded(v.s, c);
      else for (const [p, at] of this.paramValues(file)) this.noteDownloaded(p, at);
    }
  }

  /**
   * A credential file of the user's copied or moved to a known path (`shutil.copy(KEY, P)`,
   * `shutil.copyfile`, `copy2`, `move`, `os.rename`): what is read from P is that file's secrets
   * (a copy into a folder is P/<the file's name>).
   */
  private noteStaged(calls: readonly Node[]): void {
    for (const c of calls) {
      const canon = this.resolve(this.nodes.first(c));
      if (!canon || !COPIERS.has(canon)) continue;
      const [src, dst] = this.args(c)
        .filter((a) => a.type !== 'keyword_argument')
        .map((a) => this.folder.fold(a));
      if (!credentialFile(src) || !isKnown(dst)) continue;
      this.stagedPaths.add(dst.s);
      const name = src?.kind === 'str' ? src.s.slice(src.s.lastIndexOf('/') + 1) : '';
      if (name && !name.includes(HOLE))
        this.stagedPaths.add(`${dst.s.replace(/\/+$/, '')}/${name}`);
    }
  }

  /** the name bound to the path urlretrieve returns: `p, _ = urlretrieve(u)`, `p = urlretrieve(u)[0]` */
  private tempDownloadName(c: Node): Node | undefined {
    let value: Node = c;
    const up = c.parent;
    if (up?.type === 'subscript' && up.childForFieldName('subscript')?.text === '0') value = up;
    const a = value.parent;
    if (a?.type !== 'assignment' || a.childForFieldName('right') !== value) return undefined;
    const left = a.childForFieldName('left');
    if (value === c && (left?.type === 'pattern_list' || left?.type === 'tuple_pattern'))
      return left.namedChildren[0]?.type === 'identifier' ? left.namedChildren[0] : undefined;
    return value !== c && left?.type === 'identifier' ? left : undefined;
  }

  /** modules (`ext` of `…/ext.py`) whose source the code saved from a download */
  private readonly downloadedModules = new Set<string>();

  private noteModule(path: string): void {
    const m = /(?:^|\/)([A-Za-z_]\w*)\.py$/.exec(path);
    if (m) this.downloadedModules.add(m[1] as string);
  }

  private noteDownloaded(path: string, at: Node): void {
    this.noteModule(path);
    if (!this.downloadedPaths.has(path)) this.downloadedPaths.set(path, at.startPosition.row + 1);
  }

  /**
   * For the skill-level step (engine/links.ts): where this file saves downloads, and the paths it
   * runs or loads with something that runs code (`exec(open(P).read())`, `pickle.load(f)` of a
   * `with open(P, 'rb') as f`, `runpy.run_path(P)`, `joblib.load(P)`). Not for helper files.
   */
  reportLinks(link: (fact: LinkFact) => void): void {
    if (this.imports?.sink) return;
    for (const [path, line] of this.downloadedPaths) link({ kind: 'download', path, line });
    for (const c of this.root.descendantsOfType('call')) {
      const canon = this.resolve(this.nodes.first(c));
      if (!canon) continue;
      const at = PATH_RUNNERS.get(canon);
      const args = this.args(c).filter((a) => a.type !== 'keyword_argument');
      let path: Node | string | undefined;
      if (at !== undefined) path = args[at];
      else if (CODE_LOADERS.has(canon) && args[0]) path = this.readPath(args[0]);
      else if (YAML_LOADERS.has(canon) && args[0] && this.unsafeYamlLoader(c, canon))
        path = this.readPath(args[0]);
      if (path === undefined) continue;
      const how = canon.startsWith('os.') || canon === 'runpy.run_path' ? 'runs' : 'loads';
      // what exec/eval/compile or runpy runs of a file is Python, whatever the file is named
      const language = PY_CODE_RUNNERS.has(canon) ? ('python' as const) : undefined;
      const v = typeof path === 'string' ? path : this.folder.fold(path);
      // a path known here, or the paths the helper this call is in is given by its callers
      const paths: Array<[string, Node]> =
        typeof v === 'string'
          ? [[v, c]]
          : v.kind === 'str' && v.s !== HOLE
            ? [[v.s, c]]
            : this.paramValues(path as Node);
      for (const [p, where] of paths)
        link({
          kind: 'run',
          path: p,
          line: where.startPosition.row + 1,
          how,
          ...(language && { language }),
        });
    }
  }

  /**
   * does a yaml.load call build objects: `full_load`, or `load` with the Loader left out (PyYAML
   * before 5.1 builds anything then) or naming an object-building one (py-yaml-load-downloaded)
   */
  private unsafeYamlLoader(c: Node, canon: string): boolean {
    if (canon.startsWith('yaml.full_load')) return true;
    const args = this.args(c);
    const kw = args.find(
      (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'Loader',
    );
    const loader = kw
      ? kw.childForFieldName('value')
      : args.filter((a) => a.type !== 'keyword_argument')[1];
    if (!loader) return true;
    const name = this.resolve(loader);
    return name !== undefined && UNSAFE_YAML_LOADER.test(name);
  }

  /** the file whose text a node is: `open(P)`, `open(P).read()`, `Path(P).read_text()`, `f` of `with open(P) as f` */
  private readPath(n: Node, depth = 0): string | Node | undefined {
    if (depth > 3) return undefined;
    if (n.type === 'identifier') {
      for (const b of this.root.descendantsOfType(['as_pattern', 'assignment'])) {
        const target = b.type === 'as_pattern' ? asTarget(b) : b.childForFieldName('left');
        const value = b.type === 'as_pattern' ? b.namedChildren[0] : b.childForFieldName('right');
        if (target?.text !== n.text || !value || value === n) continue;
        const p = this.readPath(value, depth + 1);
        if (p !== undefined) return p;
      }
      return undefined;
    }
    if (n.type !== 'call') return undefined;
    const fn = this.nodes.first(n);
    const canon = this.resolve(fn);
    const args = this.args(n).filter((a) => a.type !== 'keyword_argument');
    if (canon && OPEN_FUNCS.has(canon)) {
      if (!args[0]) return undefined;
      const v = this.folder.fold(args[0]);
      // a path that does not fold here may be a helper's parameter (see paramValues)
      return v.kind === 'str' && v.s !== HOLE ? v.s : args[0];
    }
    if (fn?.type !== 'attribute') return undefined;
    const method = fn.namedChildren.at(-1)?.text ?? '';
    const obj = fn.namedChildren[0];
    if (!obj || !/^(?:read|read_text|read_bytes|readlines|open)$/.test(method)) return undefined;
    if (method !== 'read' && method !== 'readlines') {
      // Path(P).read_text(), Path(P).open()
      const v = this.folder.fold(obj);
      if (v.kind === 'str' && v.s !== HOLE && /\//.test(v.s)) return v.s;
    }
    return this.readPath(obj, depth + 1);
  }

  /** the path argument of `open(P, 'wb')` (a mode that writes) */
  private writtenFileNode(n: Node | null | undefined): Node | undefined {
    if (n?.type !== 'call' || !OPEN_FUNCS.has(this.resolve(this.nodes.first(n)) ?? '')) return;
    const args = this.args(n);
    const pos = args.filter((a) => a.type !== 'keyword_argument');
    const modeKw = args.find(
      (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'mode',
    );
    const mode = modeKw ? modeKw.childForFieldName('value') : pos[1];
    const m = mode ? this.folder.fold(mode) : undefined;
    return isKnown(m) && /[wax]/.test(m.s) ? pos[0] : undefined;
  }

  /**
   * The paths a parameter of a local function is given at the function's calls in this file
   * (`def fetch(url, dest): urlretrieve(url, dest)` … `fetch(U, '/tmp/m.pkl')`), each with the
   * call that passes it, so a download or a load written in a helper is placed at its callers.
   * Only a plain function defined once, called by name, whose body does not assign the
   * parameter again; calls that spread their arguments are skipped.
   */
  private paramValues(n: Node): Array<[string, Node]> {
    if (n.type !== 'identifier') return [];
    let def: Node | null = n.parent;
    while (def && def.type !== 'function_definition' && def.type !== 'lambda') def = def.parent;
    const name = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : '';
    const defs = name ? this.funcs.get(name) : undefined;
    const fn = defs?.length === 1 ? defs[0] : undefined;
    if (!name || fn?.kind !== 'function' || fn.locals.has(n.text)) return [];
    const i = fn.params.findIndex((p) => p.name === n.text);
    const param = fn.params[i];
    if (!param || fn.params.slice(0, i + 1).some((p) => p.kind !== 'pos')) return [];
    this.callsByName ??= this.indexCallsByName();
    const out: Array<[string, Node]> = [];
    for (const c of this.callsByName.get(name) ?? []) {
      const args = this.args(c);
      if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) continue;
      const kw = args.find(
        (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === param.name,
      );
      const a = kw
        ? kw.childForFieldName('value')
        : args.filter((x) => x !== kw && x.type !== 'keyword_argument')[i];
      const v = a ? this.folder.fold(a) : param.dflt ? this.folder.fold(param.dflt) : undefined;
      if (isKnown(v)) out.push([v.s, c]);
      if (out.length >= MAX_PARAM_CALLS) break;
    }
    return out;
  }

  /** the calls of each name called directly (`fetch(...)`), for paramValues */
  private callsByName: Map<string, Node[]> | undefined;

  private indexCallsByName(): Map<string, Node[]> {
    const byName = new Map<string, Node[]>();
    for (const c of this.root.descendantsOfType('call')) {
      const fn = this.nodes.first(c);
      if (fn?.type !== 'identifier' || !this.funcs.has(fn.text)) continue;
      const list = byName.get(fn.text);
      if (list) list.push(c);
      else byName.set(fn.text, [c]);
    }
    return byName;
  }

  /** downloaded data, or the loop variable of a `for` over downloaded data (`r.iter_content()`) */
  private remoteData(n: Node): boolean {
    const v = this.folder.fold(n);
    if (v.kind === 'str' && v.source === 'remote') return true;
    if (n.type !== 'identifier') return false;
    for (let p = n.parent; p; p = p.parent) {
      if (p.type !== 'for_statement') continue;
      if (p.childForFieldName('left')?.text !== n.text) continue;
      const right = p.childForFieldName('right');
      const items = right ? this.folder.fold(right) : undefined;
      return items?.kind === 'str' && items.source === 'remote';
    }
    return false;
  }

  /**
   * The variable of a `for` over downloaded text (`for line in body.splitlines():`, `for chunk in
   * r.iter_lines():`, `for i, line in enumerate(lines):`) holds a piece of it: downloaded text
   * from there on (as `with urlopen(u) as r` binds r). So does the variable of a loop over what
   * was read from a credential file (`for acc in cfg['channels']['telegram']['accounts']
   * .values():`, the value of `for name, acc in ….items():`): a piece of the credentials.
   */
  private noteRemoteLoops(): void {
    let marked = false;
    const listings: Node[] = [];
    for (const loop of this.root.descendantsOfType('for_statement')) {
      let left = loop.childForFieldName('left');
      let right = loop.childForFieldName('right');
      if (!left || !right) continue;
      // `for i, x in enumerate(xs)`: x is an item of xs
      if (
        (left.type === 'pattern_list' || left.type === 'tuple_pattern') &&
        right.type === 'call' &&
        this.resolve(this.nodes.first(right)) === 'enumerate'
      ) {
        const kids = left.namedChildren;
        const items = this.args(right).filter((a) => a.type !== 'keyword_argument');
        if (kids.length !== 2 || items.length !== 1) continue;
        left = kids[1] as Node;
        right = items[0] as Node;
      }
      // `for key, value in d.items()`: the value
      if (
        (left.type === 'pattern_list' || left.type === 'tuple_pattern') &&
        left.namedChildren.length === 2 &&
        right.type === 'call' &&
        this.nodes.first(right)?.type === 'attribute' &&
        this.nodes.second(this.nodes.first(right))?.text === 'items'
      )
        left = left.namedChildren[1] as Node;
      if (left.type !== 'identifier') continue;
      const v = this.folder.fold(right);
      if (v.kind === 'str' && (v.source === 'remote' || v.source === CREDENTIAL_SOURCE)) {
        this.noteSourceAs(left, v.source);
        marked = true;
      } else if (this.listsCredentialFiles(right)) {
        this.noteSourceAs(left, CREDENTIAL_SOURCE);
        listings.push(loop);
        marked = true;
      } else if (this.credentialItem(right)) {
        // a list of paths naming one (the loop variable is that path, see credentialItem): what
        // the body reads with it is traced, and so is a collection it fills
        listings.push(loop);
        marked = true;
      }
    }
    if (marked) this.folder.forget();
    // names the body assigns from the file named (`txt = open(f).read()`) were bound before
    // the loop variable was known to name a credential file: bound again
    for (const loop of listings)
      for (const a of loop.childForFieldName('body')?.descendantsOfType('assignment') ?? [])
        this.bind(a);
    if (!listings.length) return;
    this.folder.forget();
    // a collection the body fills with what it read (`keys[f] = open(f).read()`,
    // `found.append(p.read_text())`) holds credentials from the loop's end on
    for (const loop of listings) {
      const filled = new Set<string>();
      for (const st of loop.childForFieldName('body')?.descendantsOfType(['assignment', 'call']) ??
        []) {
        const [target, value] =
          st.type === 'assignment'
            ? [st.childForFieldName('left'), st.childForFieldName('right')]
            : [this.nodes.first(st), this.args(st)[0]];
        if (st.type === 'assignment' ? target?.type !== 'subscript' : !this.isFill(target))
          continue;
        const name = target ? this.nodes.first(target) : undefined;
        // (what the file holds, read: its name alone, `os.path.basename(f)`, is no secret)
        if (name?.type !== 'identifier' || !value || !FILE_READ.test(value.text)) continue;
        if (carries(this.folder.fold(value), CREDENTIAL_SOURCE)) filled.add(name.text);
      }
      for (const name of filled)
        this.b.set(name, { kind: 'value', value: sourced(CREDENTIAL_SOURCE) }, loop.endIndex);
    }
    this.folder.forget();
  }

  /** `xs.append(…)`, `xs.extend(…)`, `xs.add(…)`: a call that puts its argument into xs */
  private isFill(fn: Node | null | undefined): boolean {
    if (fn?.type !== 'attribute') return false;
    return /^(?:append|extend|add)$/.test(this.nodes.second(fn)?.text ?? '');
  }

  /**
   * A listing of the user's credential files: `glob.glob(expanduser('~/.ssh/id_*'))`,
   * `Path.home().glob('.ssh/id_*')`, `os.listdir('~/.ssh')` (in `sorted(…)` or `list(…)`). The
   * variable of a loop over it names one of them each time, so what is opened through it is
   * read from a credential file, as `open('~/.ssh/id_rsa')` is. A pattern that only takes public
   * keys (`*.pub`) or a folder of no secrets lists none.
   */
  private listsCredentialFiles(n: Node, depth = 0): boolean {
    if (n.type !== 'call' || depth > 2) return false;
    const fn = this.nodes.first(n);
    const canon = this.resolve(fn) ?? '';
    const first = this.args(n).find((a) => a.type !== 'keyword_argument');
    // (a builtin resolves to nothing: its bare name, unless an import took the name)
    const wraps = canon || (fn?.type === 'identifier' ? fn.text : '');
    if (/^(?:builtins\.)?(?:sorted|list|set)$/.test(wraps))
      return !!first && this.listsCredentialFiles(first, depth + 1);
    const under = (dir: Value, rest: string): boolean =>
      isKnown(dir) && credentialFile(str(`${dir.s.replace(/\/+$/, '')}/${rest}`));
    const pattern = first ? this.folder.fold(first) : UNKNOWN;
    if (/^glob\.i?glob$/.test(canon)) return credentialFile(pattern);
    if (canon === 'os.listdir' || canon === 'os.scandir') return !!first && under(pattern, HOLE);
    const recv = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
    const method = fn?.type === 'attribute' ? this.nodes.second(fn)?.text : undefined;
    if (!recv || !method) return false;
    const dir = this.folder.fold(recv);
    if (method === 'iterdir' && !first) return under(dir, HOLE);
    if ((method === 'glob' || method === 'rglob') && isKnown(pattern))
      return under(dir, method === 'rglob' ? `**/${pattern.s}` : pattern.s);
    return false;
  }

  /** `with … as NAME` binds NAME to data of this source from here on */
  private noteSourceAs(target: Node, source: string): void {
    const at = this.remoteAs.get(target.text);
    if (at) at.push([target.startIndex, source]);
    else this.remoteAs.set(target.text, [[target.startIndex, source]]);
  }

  /** the source of the data a `with … as NAME` binding before `at` holds */
  private isRemoteName(name: string, at: number): string | undefined {
    let last: [number, string] | undefined;
    for (const b of this.remoteAs.get(name) ?? [])
      if (b[0] <= at && (!last || b[0] > last[0] || (b[0] === last[0] && b[1]))) last = b;
    return last?.[1] || undefined;
  }

  /**
   * `@contextmanager def shipped(url): buf = []; yield buf; post(url, data=buf)` used as `with
   * shipped(U) as b: b.append(secret)`: what the with body adds to b (append, extend, add,
   * write, `b[k] = v`) is in the yielded name after the yield, so the send there carries it
   */
  /** what a with body put into a @contextmanager's yielded name, from the yield's end on */
  private readonly yieldHeld = new Map<string, Array<{ after: number; value: Value }>>();

  private bindContextYields(): void {
    for (const item of this.root.descendantsOfType('as_pattern')) {
      const target = asTarget(item);
      const call = item.namedChildren[0];
      const fn = call?.type === 'call' ? this.nodes.first(call) : undefined;
      if (target?.type !== 'identifier' || fn?.type !== 'identifier') continue;
      const y = this.contextYield(fn.text);
      let w = item.parent;
      while (w && w.type !== 'with_statement') w = w.parent;
      const body = w?.namedChildren.find((c) => c.type === 'block');
      if (!y || !body) continue;
      const added: Node[] = [];
      for (const n of body.descendantsOfType(['call', 'assignment'])) {
        if (added.length >= 16) break;
        if (n.type === 'call') {
          const f = this.nodes.first(n);
          const method = f?.type === 'attribute' ? this.nodes.second(f)?.text : undefined;
          const arg = this.args(n)[0];
          if (
            f?.type === 'attribute' &&
            this.nodes.first(f)?.text === target.text &&
            /^(?:append|extend|add|write|update)$/.test(method ?? '') &&
            arg
          )
            added.push(arg);
        } else {
          const left = n.childForFieldName('left');
          const right = n.childForFieldName('right');
          if (
            left?.type === 'subscript' &&
            left.childForFieldName('value')?.text === target.text &&
            right
          )
            added.push(right);
        }
      }
      for (const src of [CREDENTIAL_SOURCE, DOTENV_SOURCE, 'remote'])
        if (added.some((a) => carries(this.folder.fold(a), src))) {
          const value: Value = { kind: 'list', items: [sourced(src)] };
          this.b.set(y.name, { kind: 'value', value }, y.after);
          const held = this.yieldHeld.get(y.name) ?? [];
          held.push({ after: y.after, value });
          this.yieldHeld.set(y.name, held);
          break;
        }
    }
  }

  /** the name a `@contextmanager` generator of this file yields, and where its yield ends */
  private contextYield(name: string): { name: string; after: number } | undefined {
    for (const st of this.root.namedChildren) {
      if (st.type !== 'decorated_definition') continue;
      const def = st.namedChildren.find((c) => c.type === 'function_definition');
      if (def?.childForFieldName('name')?.text !== name) continue;
      const managed = st.namedChildren.some(
        (c) =>
          c.type === 'decorator' && /^@\s*(?:contextlib\.)?(?:async)?contextmanager\b/.test(c.text),
      );
      const body = def.childForFieldName('body');
      if (!managed || !body) return undefined;
      for (const y of body.descendantsOfType('yield')) {
        const v = y.namedChildren[0];
        if (v?.type === 'identifier' && y.parent?.type === 'expression_statement')
          return { name: v.text, after: y.parent.endIndex };
      }
      return undefined;
    }
    return undefined;
  }

  /**
   * `__doc__` is the module's docstring (its first statement, a string): `print(__doc__)` shows
   * it to whoever runs the script, the agent included
   */
  private bindDocstring(): void {
    const first = this.root.namedChildren.find((c) => c.type !== 'comment');
    const doc = first?.type === 'expression_statement' ? first.namedChildren[0] : undefined;
    if (doc?.type !== 'string' || first?.namedChildren.length !== 1) return;
    const v = this.folder.fold(doc);
    if (v.kind === 'str') this.b.set('__doc__', { kind: 'value', value: v });
  }

  // ---- pass 1 ------------------------------------------------------------------------------

  private bind(n: Node): void {
    this.tick();
    this.bindMutation(n);
    switch (n.type) {
      case 'import_statement':
        for (const c of n.namedChildren) {
          if (c.type === 'dotted_name') {
            this.b.set(c.text.split('.')[0] as string, {
              kind: 'name',
              canonical: c.text.split('.')[0] as string,
            });
            // `import helpers.net` is used as `helpers.net.f(...)`
            this.modules.set(c.text, c.text);
          } else if (c.type === 'aliased_import') {
            const name = c.childForFieldName('name')?.text;
            const alias = c.childForFieldName('alias')?.text;
            if (name && alias) {
              this.b.set(alias, { kind: 'name', canonical: name });
              this.modules.set(alias, name);
            }
          }
        }
        return;
      case 'import_from_statement': {
        const mod = n.childForFieldName('module_name');
        if (mod) this.noteImports(n, mod.text);
        if (!mod || mod.type === 'relative_import') return;
        const m = normModule(mod.text);
        if (n.namedChildren.some((c) => c.type === 'wildcard_import')) this.stars.push(m);
        for (const c of n.childrenForFieldName('name')) {
          if (c.type === 'dotted_name')
            this.b.set(c.text, { kind: 'name', canonical: m ? `${m}.${c.text}` : c.text });
          else if (c.type === 'aliased_import') {
            const name = c.childForFieldName('name')?.text;
            const alias = c.childForFieldName('alias')?.text;
            if (name && alias)
              this.b.set(alias, { kind: 'name', canonical: m ? `${m}.${name}` : name });
          }
        }
        return;
      }
      case 'assignment': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (left?.type === 'identifier' && right) this.bindValue(left.text, right, left.startIndex);
        else if (left?.type === 'attribute' && right) this.bindSelfAttr(left, right);
        else if (
          left &&
          (left.type === 'pattern_list' ||
            left.type === 'tuple_pattern' ||
            left.type === 'list_pattern')
        ) {
          // `reader, writer = await asyncio.open_connection(h, p)`: each name unpacked from a
          // response (or a connection's pair) holds downloaded data; other unpacked names are unknown
          const from = right?.type === 'await' ? right.namedChildren[0] : right;
          const v = from ? this.folder.fold(from) : undefined;
          const remote = v?.kind === 'str' && v.source === 'remote' ? v : undefined;
          // `a, b = 'cu', 'rl'`: each name takes its item of a tuple or list of the same length;
          // `first, *rest = […]`: the starred name takes the list of the items the others leave
          const names = left.namedChildren;
          const star = names.findIndex((c) => c.type === 'list_splat_pattern');
          const fits =
            v?.kind === 'list' &&
            (star < 0
              ? v.items.length === names.length
              : v.items.length >= names.length - 1 &&
                names.filter((c) => c.type === 'list_splat_pattern').length === 1);
          const items =
            v?.kind === 'list' && fits
              ? star < 0
                ? v.items
                : [
                    ...v.items.slice(0, star),
                    {
                      kind: 'list' as const,
                      items: v.items.slice(star, v.items.length - (names.length - 1 - star)),
                    },
                    ...v.items.slice(v.items.length - (names.length - 1 - star)),
                  ]
              : undefined;
          names.forEach((n0, i) => {
            const c = n0.type === 'list_splat_pattern' ? n0.namedChildren[0] : n0;
            if (c?.type !== 'identifier') return;
            const item = items?.[i];
            if (remote) this.b.set(c.text, { kind: 'value', value: remote }, c.startIndex);
            else if (item && item.kind !== 'unknown')
              this.b.set(c.text, { kind: 'value', value: item }, c.startIndex);
            else this.b.kill(c.text, c.startIndex);
          });
        }
        return;
      }
      case 'named_expression': {
        // `if (c := 'cu' + 'rl'):` binds c as an assignment does, from where it is written
        const [target, value] = n.namedChildren;
        if (target?.type === 'identifier' && value)
          this.bindValue(target.text, value, target.startIndex);
        return;
      }
      case 'augmented_assignment': {
        const left = n.childForFieldName('left');
        if (left?.type === 'identifier') this.b.kill(left.text, left.startIndex);
        return;
      }
      case 'as_pattern': {
        const target = asTarget(n);
        const value = n.namedChildren[0];
        if (target?.type === 'identifier' && value) {
          // `with open(<a data file of the skill>) as f`: f reads shipped data (the skill's own
          // dotenv: its whole text; a credential file of the user's: its secrets)
          if (value.type === 'call') {
            const v = this.folder.peek(value);
            const src = v.kind === 'str' ? v.source : undefined;
            // (another binding of the name ends an earlier one)
            this.noteSourceAs(
              target,
              src === 'shipped' || src === DOTENV_SOURCE || src === CREDENTIAL_SOURCE ? src : '',
            );
            const p = src === 'shipped' ? this.folder.fold(this.nodes.args(value)[0]) : undefined;
            const list = this.shippedAs.get(target.text) ?? [];
            list.push([target.startIndex, p && isKnown(p) ? p.s : '']);
            this.shippedAs.set(target.text, list);
          }
          const canon = this.resolve(value);
          if (canon)
            this.b.set(
              target.text,
              { kind: canon.endsWith('()') ? 'instance' : 'name', canonical: canon },
              target.startIndex,
            );
        }
        return;
      }
      case 'for_statement': {
        const left = n.childForFieldName('left');
        if (left?.type === 'identifier') {
          const right = n.childForFieldName('right');
          const found = this.homeGlob(right) ?? this.credentialItem(right);
          if (found) this.b.set(left.text, { kind: 'value', value: found }, left.startIndex);
          else this.b.kill(left.text, left.startIndex);
        }
        this.bindLoop(n, left);
        return;
      }
    }
  }

  /**
   * A loop over a list of paths one of which is a credential file of the user's (a list the code
   * or a config file it ships names: `for t in cfg['targets']:` with `targets: [~/.aws/credentials,
   * …]` in its YAML) reads that file on one of its turns: the loop variable is judged as that
   * path, so what the body reads with it is a credential file's data
   */
  private credentialItem(right: Node | null | undefined): Value | undefined {
    const v = right ? this.folder.fold(right) : undefined;
    return v?.kind === 'list' ? v.items.find((i) => credentialFile(i)) : undefined;
  }

  /**
   * A loop over the files of the user's home that match a pattern (`Path.home().glob('**\/.git')`,
   * `.rglob('AGENTS.md')`, `glob.glob(os.path.expanduser('~/**\/.git'), recursive=True)`, also
   * inside sorted() or list()) gives each time some file under home matching it: the pattern with
   * its wildcards unknown (`~/…/.git`), so what the body writes there (`g / 'hooks' /
   * 'pre-commit'`) is judged by where it lands, in every repository or project of the user's
   */
  private homeGlob(right: Node | null | undefined): Value | undefined {
    let n = right;
    for (let i = 0; i < 2 && n?.type === 'call'; i++) {
      const w = this.nodes.first(n);
      if (w?.type !== 'identifier' || !['sorted', 'list'].includes(w.text) || this.b.has(w.text))
        break;
      n = this.args(n)[0];
    }
    if (n?.type !== 'call') return undefined;
    const fn = this.nodes.first(n);
    const first = this.args(n).find((a) => a.type !== 'keyword_argument');
    const pat = first ? this.folder.fold(first) : undefined;
    if (!isKnown(pat)) return undefined;
    let full: string | undefined;
    const method = fn?.type === 'attribute' ? this.nodes.second(fn)?.text : undefined;
    if (['glob.glob', 'glob.iglob'].includes(this.resolve(fn) ?? '')) full = pat.s;
    else if (fn?.type === 'attribute' && (method === 'glob' || method === 'rglob')) {
      const base = this.folder.fold(this.nodes.first(fn));
      if (isKnown(base))
        full = `${base.s.replace(/\/+$/, '')}/${method === 'rglob' ? '**/' : ''}${pat.s}`;
    }
    if (!full || !/^~(?:\/|$)/.test(full) || !/[*?[]/.test(full)) return undefined;
    return str(full.replace(/\*\*\/|\*\*$|[*?]|\[[^\]]*\]/g, HOLE), { computed: true });
  }

  /**
   * A statement of its own, at module level or in a function's body, that adds to a list or dict
   * a name holds (`parts.append('curl')`, `parts.extend([…])`, `cfg['src'] = URL`): from its end
   * the name holds the changed copy (inside a branch or a loop it is not sure to run: left)
   */
  private bindMutation(n: Node): void {
    const st = n.parent;
    const block = st?.parent;
    if (
      st?.type !== 'expression_statement' ||
      !(
        block?.type === 'module' ||
        (block?.type === 'block' && block.parent?.type === 'function_definition')
      )
    )
      return;
    let target: Node | undefined;
    let change: ((v: Value) => Value | undefined) | undefined;
    if (n.type === 'call') {
      const fn = this.nodes.first(n);
      const method = fn?.type === 'attribute' ? this.nodes.second(fn)?.text : undefined;
      const args = this.args(n);
      target = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
      const positional = args.filter((a) => a.type !== 'keyword_argument');
      let added: Value[] | undefined;
      if (method === 'append' && args.length === 1 && positional.length === 1)
        added = [this.folder.fold(args[0])];
      else if (method === 'extend' && args.length === 1 && positional.length === 1) {
        const x = this.folder.fold(args[0]);
        // (an iterable not folded to a list still adds what it holds, as one item; a string's
        // letters are not known as items)
        added = x.kind === 'list' ? x.items : x.kind === 'str' ? undefined : [x];
      } else if (method === 'insert' && args.length === 2 && positional.length === 2)
        added = [this.folder.fold(args[1])];
      const addTo = (v: Value | undefined): Value | undefined =>
        added && (v === undefined || v.kind === 'list')
          ? (v?.items.length ?? 0) + added.length <= 256
            ? { kind: 'list', items: [...(v?.items ?? []), ...added] }
            : undefined
          : undefined;
      // `d.setdefault(k, []).append(x)`: d's list at k gets x
      const inner = target?.type === 'call' ? this.nodes.first(target) : undefined;
      const innerArgs = target?.type === 'call' ? this.args(target) : [];
      if (
        added &&
        inner?.type === 'attribute' &&
        this.nodes.second(inner)?.text === 'setdefault' &&
        innerArgs.length >= 1 &&
        innerArgs.length <= 2 &&
        innerArgs.every((a) => a.type !== 'keyword_argument')
      ) {
        target = this.nodes.first(inner);
        const k = this.folder.fold(innerArgs[0]);
        const key = isKnown(k) ? k.s : HOLE;
        change = (v) => {
          if (v.kind !== 'obj' || v.props.size >= 256) return undefined;
          const at = v.props.get(key);
          const list = addTo(at?.kind === 'list' ? at : undefined);
          if (!list) return undefined;
          return { kind: 'obj', props: new Map(v.props).set(key, list) };
        };
      } else if (added) change = (v) => (v.kind === 'list' ? addTo(v) : undefined);
      else if (method === 'update' && args.length >= 1) {
        // `d.update({'k': x})`, `d.update(k=x)`, `d.update(other)`: the keys it sets
        const sets: Array<[string, Value]> = [];
        let whole = true;
        for (const a of args) {
          if (a.type === 'keyword_argument') {
            const name = a.childForFieldName('name')?.text;
            const val = a.childForFieldName('value');
            if (name && val) sets.push([name, this.folder.fold(val)]);
            continue;
          }
          const x = this.folder.fold(a);
          if (x.kind === 'obj') for (const [k, val] of x.props) sets.push([k, val]);
          else if (x.kind === 'list') whole = false;
          else sets.push([HOLE, x]);
        }
        change = (v) => {
          if (!whole || v.kind !== 'obj' || v.props.size + sets.length > 256) return undefined;
          const props = new Map(v.props);
          for (const [k, val] of sets) props.set(k, val);
          return { kind: 'obj', props };
        };
      }
    } else if (n.type === 'assignment') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (left?.type === 'subscript' && right) {
        target = left.childForFieldName('value') ?? undefined;
        const k = this.folder.fold(left.childForFieldName('subscript'));
        const x = this.folder.fold(right);
        change = (v) => {
          if (v.kind !== 'obj' || v.props.size >= 256) return undefined;
          const props = new Map(v.props);
          props.set(isKnown(k) ? k.s : HOLE, isKnown(k) ? x : UNKNOWN);
          return { kind: 'obj', props };
        };
      }
    }
    if (target?.type !== 'identifier' || !change) return;
    const b = this.b.get(target.text, n.startIndex);
    if (b?.kind !== 'value' || (b.value.kind !== 'obj' && b.value.kind !== 'list')) return;
    const next = change(b.value);
    if (next) this.b.set(target.text, { kind: 'value', value: next }, n.endIndex);
    else this.b.kill(target.text, n.endIndex);
  }

  /**
   * A module-level loop that builds a value from constants (`for c in data: s += chr(c ^ 42)`,
   * `parts.append(...)`): the names it assigns hold what the loop computed, from its end on.
   */
  private bindLoop(loop: Node, target: Node | null | undefined): void {
    for (let p = loop.parent; p; p = p.parent)
      if (p.type === 'function_definition' || p.type === 'class_definition') return;
    const body = loop.childForFieldName('body');
    if (!body) return;
    const names = new Set<string>();
    for (const st of this.nodes.kids(body)) {
      const e = st.type === 'expression_statement' ? this.nodes.kids(st)[0] : undefined;
      if (!e) return;
      if (e.type === 'assignment' || e.type === 'augmented_assignment') {
        const left = e.childForFieldName('left');
        if (left?.type !== 'identifier') return;
        names.add(left.text);
      } else if (e.type === 'call') {
        const fn = this.nodes.first(e);
        const obj = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
        if (obj?.type !== 'identifier') return;
        names.add(obj.text);
      } else return;
    }
    if (target?.type === 'identifier') names.delete(target.text);
    for (const t of target?.descendantsOfType('identifier') ?? []) names.delete(t.text);
    if (!names.size || names.size > 8) return;
    const after = this.folder.runLoop(loop, [...names]);
    if (!after) return;
    for (const name of names) {
      const v = after.get(name);
      if (v && v.kind !== 'unknown') this.b.set(name, { kind: 'value', value: v }, loop.endIndex);
    }
  }

  /** `from M import f as g`: g may be a function (or, for `from . import m`, a module) of a skill file */
  private noteImports(n: Node, module: string): void {
    if (!this.imports) return;
    for (const c of n.childrenForFieldName('name')) {
      const name = c.type === 'aliased_import' ? c.childForFieldName('name')?.text : c.text;
      const local = c.type === 'aliased_import' ? c.childForFieldName('alias')?.text : c.text;
      if (!name || !local || name.includes('.')) continue;
      this.imported.set(local, { module, name });
      this.modules.set(local, module.endsWith('.') ? `${module}${name}` : `${module}.${name}`);
    }
  }

  /** the walker of the skill file a module name stands for (prepared, reporting into this file's facts) */
  private helper(module: string): PyWalker | undefined {
    const imp = this.imports;
    if (!imp || imp.chain.length >= MAX_IMPORT_CHAIN) return undefined;
    let w = this.helpers.get(module);
    if (w !== undefined) return w ?? undefined;
    w = null;
    for (const path of modulePaths(imp.path, module)) {
      if (imp.chain.includes(path) || this.budget.files <= 0) continue;
      const root = imp.load(path);
      if (!root) continue;
      this.budget.files--;
      w = new PyWalker(root, this.ctx, {
        path,
        load: imp.load,
        chain: [...imp.chain, path],
        sink: this.facts,
        budget: this.budget,
      });
      w.prepare();
      break;
    }
    this.helpers.set(module, w);
    return w ?? undefined;
  }

  /**
   * A call of a function imported from another file of the skill (`from .util import sh`,
   * `import util; util.sh(...)`): the helper's calls are recorded at this call's line, folded with
   * this call's arguments. False when `fn` names no such function.
   */
  private expandImported(
    fn: Node | undefined,
    argNodes: Node[],
    folder: PyFolder,
    line: number,
    depth: number,
    fileScoped: readonly Node[] = [],
  ): boolean {
    if (!fn || !this.imports || this.budget.left <= 0) return false;
    const expand = (
      target: { module: string; name: string } | null | undefined,
      kinds: ReadonlyArray<PyFunc['kind']>,
      owner?: string,
    ): boolean => {
      if (!target) return false;
      const w = this.helper(target.module);
      const defs = w?.funcs
        .get(target.name)
        ?.filter((d) => kinds.includes(d.kind) && (owner === undefined || d.owner === owner));
      if (!w || !defs?.length) return false;
      w.expandDefs(defs, this.callValues(argNodes, this.folding(folder, fileScoped)), line, depth);
      return true;
    };
    if (expand(this.importedTarget(fn), ['function'])) return true;
    if (fn.type !== 'attribute') return false;
    // a method of a class of that file: `Runner().run(...)`, `r.run(...)` after `r = Runner()`,
    // and a staticmethod `Runner.build(...)`
    const obj = this.nodes.first(fn);
    const name = this.nodes.second(fn)?.text;
    if (!name) return false;
    const method = (cls: { module: string; name: string } | null | undefined) =>
      cls ? { module: cls.module, name } : undefined;
    if (obj?.type === 'call') {
      const cls = this.importedTarget(this.nodes.first(obj));
      return expand(method(cls), ['method', 'static'], cls?.name);
    }
    if (obj?.type !== 'identifier') return false;
    const inst = this.instances.get(obj.text);
    if (inst) return expand(method(inst), ['method', 'static'], inst.name);
    const cls = this.imported.get(obj.text);
    if (expand(method(cls), ['static'], cls?.name)) return true;
    // an instance made by that file: `from .net import runner; runner.run(...)`
    const made = cls ? this.helper(cls.module)?.made.get(cls.name) : undefined;
    return !!made && expand(method(cls), ['method'], made);
  }

  /**
   * the (module, name) a callee stands for when it is a function or class of a skill file:
   * `from .util import sh` → sh, `import util` → util.sh, `import helpers.net` → helpers.net.sh
   */
  private importedTarget(
    fn: Node | null | undefined,
  ): { module: string; name: string } | undefined {
    if (!fn || !this.imports) return undefined;
    if (fn.type === 'identifier') return this.imported.get(fn.text);
    if (fn.type !== 'attribute') return undefined;
    const obj = this.nodes.first(fn);
    const name = this.nodes.second(fn)?.text;
    const dotted =
      obj?.type === 'identifier'
        ? obj.text
        : obj?.type === 'attribute' && /^[\w.]+$/.test(obj.text)
          ? obj.text
          : undefined;
    const module = dotted !== undefined ? this.modules.get(dotted) : undefined;
    return module && name ? { module, name } : undefined;
  }

  private bindSelfAttr(left: Node, right: Node): void {
    const obj = this.nodes.first(left);
    const attr = this.nodes.second(left)?.text;
    if (obj?.type !== 'identifier' || !SELF.test(obj.text) || !attr) return;
    const canon = right.type === 'call' ? this.resolve(this.nodes.first(right)) : undefined;
    const made = canon && CLIENT_MAKERS.test(canon) ? `${canon}()` : null;
    const had = this.selfAttrs.get(attr);
    this.selfAttrs.set(attr, had === undefined || had === made ? made : null);
    this.selfAttrsSet++;
  }

  /** the client class a method's `self` is an instance of (`class Api(requests.Session)`) */
  private selfClass(n: Node): string | undefined {
    const base = this.enclosingClass(n)?.childForFieldName('superclasses')?.namedChildren[0];
    const canon = base ? this.resolve(base) : undefined;
    return canon && CLIENT_MAKERS.test(canon) ? `${canon}()` : undefined;
  }

  /** the known texts a call is given, positional and keyword (madeTexts; see CallFact.madeWith) */
  private madeWith(call: Node): string[] | undefined {
    if (call.type !== 'call') return undefined;
    const values: Value[] = [];
    for (const a of this.args(call).slice(0, 16)) {
      if (a.type.endsWith('splat')) continue;
      const n = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
      if (n) values.push(this.folder.fold(n));
    }
    return madeTexts(values);
  }

  /**
   * CallFact.madeWith of a method call: the texts the object at the root of its chain (`router` of
   * `router.functions.swap(…).transact()`) was made with, when a name bound to an instance
   */
  private madeWithOf(n: Node | undefined): string[] | undefined {
    let e = n;
    for (let i = 0; i < 32 && e; i++) {
      if (e.type === 'subscript') e = e.childForFieldName('value') ?? undefined;
      else if (
        e.type === 'attribute' ||
        e.type === 'call' ||
        e.type === 'parenthesized_expression' ||
        e.type === 'await'
      )
        e = this.nodes.first(e);
      else break;
    }
    if (e?.type !== 'identifier') return undefined;
    const b = this.b.get(e.text, e.startIndex);
    return b?.kind === 'instance' ? b.made : undefined;
  }

  /** `s = Source()` of a class of this file: s → the class (null: bound more than once) */
  private readonly localMade = new Map<string, string | null>();
  /** `Step = namedtuple('Step', 'url shell')`: Step → its field names */
  private readonly tuples = new Map<string, string[]>();

  /**
   * `s = Source()` of a class of this file (made without arguments when a dataclass, whose
   * arguments replace its defaults), and `Step = namedtuple(…)` then `s = Step(URL, 'bash')`,
   * whose fields are the arguments: noted so that `s.url` folds (attrText, a value of fields)
   */
  private noteMade(name: string, right: Node, pos: number): boolean {
    const had = this.localMade.has(name);
    this.localMade.set(name, null);
    this.tuples.delete(name);
    if (right.type !== 'call') return false;
    const callee = this.nodes.first(right);
    const args = this.args(right);
    const canon = callee ? this.resolve(callee) : undefined;
    if (canon === 'collections.namedtuple' || canon === 'typing.NamedTuple') {
      const spec = args.filter((a) => a.type !== 'keyword_argument')[1];
      const f = spec ? this.folder.fold(spec) : UNKNOWN;
      const fields = isKnown(f)
        ? f.s.split(/[\s,]+/).filter(Boolean)
        : f.kind === 'list' && f.items.every(isKnown)
          ? f.items.map((x) => (x as { s: string }).s)
          : undefined;
      if (fields?.length && fields.length <= 64) this.tuples.set(name, fields);
      return false;
    }
    if (callee?.type !== 'identifier') return false;
    const fields = this.tuples.get(callee.text);
    if (fields) {
      const props = new Map<string, Value>();
      const positional = args.filter((a) => a.type !== 'keyword_argument');
      if (positional.some((a) => a.type.endsWith('splat'))) return false;
      fields.forEach((f, i) => props.set(f, this.folder.fold(positional[i])));
      for (const a of args)
        if (a.type === 'keyword_argument') {
          const k = a.childForFieldName('name')?.text;
          if (k && props.has(k)) props.set(k, this.folder.fold(a.childForFieldName('value')));
        }
      this.b.set(name, { kind: 'value', value: { kind: 'obj', props } }, pos);
      return true;
    }
    const cls = this.classAttrs.has(callee.text) ? this.classDef(callee.text) : undefined;
    if (
      !had &&
      cls &&
      (!args.length ||
        !/^@(?:dataclasses\.)?dataclass\b/m.test(
          cls.parent?.type === 'decorated_definition' ? cls.parent.text : '',
        ))
    )
      this.localMade.set(name, callee.text);
    return false;
  }

  /** the one class definition of this name at module level (undefined: none, or several) */
  private classDef(name: string): Node | undefined {
    const found: Node[] = [];
    for (const st of this.root.namedChildren) {
      const c =
        st.type === 'decorated_definition'
          ? st.namedChildren.find((x) => x.type === 'class_definition')
          : st;
      if (c?.type === 'class_definition' && c.childForFieldName('name')?.text === name)
        found.push(c);
    }
    return found.length === 1 ? found[0] : undefined;
  }

  private bindValue(name: string, right: Node, pos: number): void {
    if (this.noteMade(name, right, pos)) return;
    if (right.type === 'call') {
      // r = Runner(...) of a class imported from a skill file: r.run(...) is that class's method
      const callee = this.nodes.first(right);
      const cls = this.importedTarget(callee);
      if (cls && this.imports) {
        const had = this.instances.get(name);
        this.instances.set(name, had === undefined ? cls : null);
      }
      if (callee?.type === 'identifier' && this.isLocalClass(callee.text)) {
        const had = this.localInstances.get(name);
        this.localInstances.set(name, had === undefined ? callee.text : null);
      }
      // an instance a helper file makes for its importers (`runner = Runner()`)
      if (this.imports?.sink && callee?.type === 'identifier')
        this.made.set(name, this.made.has(name) ? null : callee.text);
      // run = functools.partial(subprocess.run, shell=True): calls of `run` are calls of the target
      const fn = this.nodes.first(right);
      const canon = fn ? this.resolve(fn) : undefined;
      const args = this.args(right);
      const target = args[0];
      if (
        (canon === 'functools.partial' || canon === 'functools.partialmethod') &&
        target &&
        target.type !== 'keyword_argument' &&
        !target.type.endsWith('splat')
      ) {
        const inner = this.resolve(target);
        const binding: Binding = { kind: 'partial', target, args: args.slice(1) };
        if (inner) binding.canonical = inner;
        this.b.set(name, binding, pos);
        return;
      }
    }
    const v = this.folder.fold(right);
    if (v.kind === 'str') {
      // an object made with data of a source (`w3.eth.contract(address=os.environ['TOKEN'])`)
      // keeps both: its methods are still methods of what made it
      const made = right.type === 'call' ? this.resolve(right) : undefined;
      const texts = made?.endsWith('()') ? this.madeWith(right) : undefined;
      this.b.set(
        name,
        made?.endsWith('()')
          ? { kind: 'instance', canonical: made, value: v, ...(texts ? { made: texts } : {}) }
          : { kind: 'value', value: v },
        pos,
      );
      return;
    }
    // the values of a config file the skill ships, parsed (`json.load(open(P))`), an object
    // made by `dict(k=v)`, and a translation table (`t = str.maketrans('QZ', 'ul')`, read by
    // `.translate(t)`)
    const fn = right.type === 'call' ? this.nodes.first(right) : undefined;
    if (
      (v.kind === 'obj' || v.kind === 'list') &&
      (carries(v, 'shipped') ||
        (right.type === 'call' && this.resolve(right) === 'dict()') ||
        (v.kind === 'obj' &&
          fn?.type === 'attribute' &&
          this.nodes.second(fn)?.text === 'maketrans'))
    ) {
      this.b.set(name, { kind: 'value', value: v }, pos);
      return;
    }
    const canon = this.resolve(right);
    if (canon?.endsWith('()')) {
      const texts = this.madeWith(right);
      this.b.set(
        name,
        { kind: 'instance', canonical: canon, ...(texts ? { made: texts } : {}) },
        pos,
      );
    } else if (canon) this.b.set(name, { kind: 'name', canonical: canon }, pos);
    else if (v.kind !== 'unknown') this.b.set(name, { kind: 'value', value: v }, pos);
    else this.b.kill(name, pos);
  }

  // ---- local functions (wrappers) ----------------------------------------------------------

  private collectFuncs(): void {
    for (const n of this.root.descendantsOfType([
      'function_definition',
      'assignment',
      'augmented_assignment',
      'call',
    ])) {
      this.tick();
      if (n.type === 'call') {
        this.noteSetattr(n);
        continue;
      }
      if (n.type === 'augmented_assignment') {
        const left = n.childForFieldName('left');
        if (left) this.noteClassAttr(left, null);
        continue;
      }
      if (n.type === 'function_definition') {
        const name = n.childForFieldName('name')?.text;
        let p = n.parent;
        let staticm = false;
        if (p?.type === 'decorated_definition') {
          staticm = /@staticmethod\b/.test(p.text.slice(0, n.startIndex - p.startIndex));
          p = p.parent;
        }
        const inClass = p?.type === 'block' && p.parent?.type === 'class_definition';
        const owner = inClass ? p?.parent?.childForFieldName('name')?.text : undefined;
        if (name)
          this.addFunc(name, n, inClass ? (staticm ? 'static' : 'method') : 'function', owner);
        if (name && owner && !staticm) {
          const key = `${owner}.${name}`;
          this.methodDefs.set(key, this.methodDefs.has(key) ? null : n);
        }
        if (name && !inClass) this.notePure(name, n);
      } else {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (left) this.noteClassAttr(left, right);
        if (left) this.noteHeldAttr(left, right);
        if (left?.type === 'identifier' && right?.type === 'lambda')
          this.addFunc(left.text, right, 'function');
        if (left?.type === 'identifier')
          this.notePure(left.text, right?.type === 'lambda' ? right : undefined);
        // `ACTIONS = {'send': lambda b: post(URL, data=b)}`: each lambda is a local function
        // called as `ACTIONS['send'](x)` (see tableKey)
        if (left?.type === 'identifier' && right?.type === 'dictionary')
          for (const pair of right.namedChildren) {
            if (pair.type !== 'pair') continue;
            const k = this.folder.fold(pair.childForFieldName('key'));
            const v = pair.childForFieldName('value');
            if (!isKnown(k) || v?.type !== 'lambda') continue;
            const name = `${left.text}[${k.s}]`;
            this.addFunc(name, v, 'function');
            this.notePure(name, v);
          }
      }
    }
  }

  /** a function the folder may evaluate; a name bound twice is not */
  private notePure(name: string, def: Node | undefined): void {
    this.pure.set(name, def && !this.pure.has(name) ? def : null);
  }

  private addFunc(name: string, def: Node, kind: PyFunc['kind'], owner?: string): void {
    const body = def.childForFieldName('body');
    if (!body) return;
    const params: PyParam[] = [];
    for (const c of def.childForFieldName('parameters')?.namedChildren ?? []) {
      const inner = c.type === 'typed_parameter' ? c.namedChildren[0] : c;
      if (!inner) continue;
      if (inner.type === 'identifier') params.push({ name: inner.text, kind: 'pos' });
      else if (inner.type === 'default_parameter' || inner.type === 'typed_default_parameter') {
        const n = inner.childForFieldName('name');
        if (n?.type === 'identifier')
          params.push({ name: n.text, kind: 'pos', dflt: inner.childForFieldName('value') });
      } else if (inner.type === 'list_splat_pattern' || inner.type === 'dictionary_splat_pattern') {
        const n = inner.namedChildren[0];
        if (n?.type === 'identifier')
          params.push({
            name: n.text,
            kind: inner.type === 'list_splat_pattern' ? 'star' : 'dstar',
          });
      }
    }
    if (!params.length) return;
    const locals = new Map<string, Node[]>();
    for (const a of body.descendantsOfType('assignment')) {
      const left = a.childForFieldName('left');
      if (left?.type === 'identifier') locals.set(left.text, [...(locals.get(left.text) ?? []), a]);
    }
    const names = new Set([...params.map((p) => p.name), ...locals.keys()]);
    const calls: Node[] = [];
    for (const call of body.descendantsOfType('call')) {
      if (calls.length >= MAX_WRAPPED_CALLS) break;
      const args = this.nodes.second(call);
      const fn = this.nodes.first(call);
      const uses = (x: Node | undefined) =>
        !!x && x.descendantsOfType('identifier').some((i) => names.has(i.text));
      if (uses(args) || (fn?.type === 'attribute' && uses(this.nodes.first(fn)))) calls.push(call);
    }
    if (!calls.length) return;
    if (kind === 'function') for (const c of calls) this.wrappedBy.set(c.startIndex, name);
    const list = this.funcs.get(name) ?? [];
    if (list.length < 3)
      list.push(owner ? { params, kind, calls, locals, owner } : { params, kind, calls, locals });
    this.funcs.set(name, list);
  }

  /**
   * A call of a local function: its wrapped calls are recorded again as facts at this call's line,
   * folded with this call's arguments in place of the parameters.
   */
  private expandLocal(
    fn: Node | undefined,
    argNodes: Node[],
    folder: PyFolder,
    line: number,
    depth: number,
    fileScoped: readonly Node[] = [],
  ): void {
    if (!fn || this.budget.left <= 0) return;
    let key: string | undefined;
    let viaSelf = false;
    if (fn.type === 'identifier') key = fn.text;
    else if (fn.type === 'subscript') key = tableKey(fn, (x) => this.folder.fold(x));
    else if (fn.type === 'attribute') {
      // `self.run(...)`, `obj.run(...)`, `Tool().run(...)`: a method of a class in this file
      const obj = this.nodes.first(fn)?.type;
      if (obj === 'identifier' || obj === 'call' || obj === 'attribute') {
        key = this.nodes.second(fn)?.text;
        viaSelf = true;
      }
    }
    const defs = (key ? this.funcs.get(key) : undefined)?.filter(
      (d) => (d.kind !== 'function') === viaSelf,
    );
    if (!defs?.length) return;
    this.expandDefs(defs, this.callValues(argNodes, this.folding(folder, fileScoped)), line, depth);
  }

  /** a call's arguments folded (`fold(argument node, part of it)`) */
  private callValues(
    argNodes: Node[],
    fold: (a: Node, n: Node | null | undefined) => Value,
  ): CallValues {
    const positional: Value[] = [];
    const keywords = new Map<string, Value>();
    let open = false;
    for (const a of argNodes) {
      if (a.type === 'keyword_argument') {
        const k = a.childForFieldName('name')?.text;
        if (k) keywords.set(k, fold(a, a.childForFieldName('value')));
      } else if (a.type === 'list_splat') {
        const v = fold(a, a.namedChildren[0]);
        if (v.kind !== 'list') {
          open = true;
          break;
        }
        positional.push(...v.items);
      } else if (a.type !== 'dictionary_splat') positional.push(fold(a, a));
    }
    return { positional, keywords, open };
  }

  /** the wrapped calls of these definitions, their parameters bound to the call's values */
  private expandDefs(defs: readonly PyFunc[], call: CallValues, line: number, depth: number): void {
    const { positional, keywords, open } = call;
    for (const def of defs) {
      const subst = new Map<string, Value>();
      let i = 0;
      for (const p of def.params.slice(def.kind === 'method' ? 1 : 0)) {
        if (p.kind === 'star') {
          subst.set(p.name, open ? UNKNOWN : { kind: 'list', items: positional.slice(i) });
          i = positional.length;
        } else if (p.kind === 'dstar') subst.set(p.name, UNKNOWN);
        else {
          const v = keywords.get(p.name) ?? (i < positional.length ? positional[i++] : undefined);
          subst.set(p.name, v ?? (p.dflt ? this.folder.fold(p.dflt) : UNKNOWN));
        }
      }
      const inner: PyFolder = new PyFolder(
        {
          resolve: (n) => this.resolve(n),
          constant: (name, at) => this.localConstant(def, subst, inner, name, at),
          decoded: () => {},
        },
        this.nodes,
      );
      for (const c of def.calls) {
        if (--this.budget.left < 0) return;
        const cfn = this.nodes.first(c);
        const cargs = this.args(c);
        const canon = this.resolve(cfn);
        if (depth < MAX_WRAPPER_DEPTH && this.expandImported(cfn, cargs, inner, line, depth + 1))
          continue;
        if (canon) this.facts.push(this.callFact(canon, cfn, cargs, inner, line));
        else if (
          depth < MAX_WRAPPER_DEPTH &&
          !this.expandPartial(cfn, cargs, inner, line, depth + 1)
        )
          this.expandLocal(cfn, cargs, inner, line, depth + 1);
      }
    }
  }

  /**
   * A call of a name bound by `functools.partial`: the target called with the bound arguments
   * first, then the call's (later keywords override earlier ones). False when `fn` is no such name.
   */
  private expandPartial(
    fn: Node | undefined,
    argNodes: Node[],
    folder: PyFolder,
    line: number,
    depth: number,
  ): boolean {
    const b = fn?.type === 'identifier' ? this.b.get(fn.text, fn.startIndex) : undefined;
    if (b?.kind !== 'partial') return false;
    const target = b.target as Node;
    // the bound arguments are folded in the file's scope, the call's in the caller's
    const bound = (b.args as Node[]).slice(0, 64);
    if (b.canonical) {
      const fact = this.callFact(b.canonical, target, [...bound, ...argNodes], folder, line, bound);
      this.facts.push(fact);
    } else if (
      depth <= MAX_WRAPPER_DEPTH &&
      !this.expandImported(target, [...bound, ...argNodes], folder, line, depth, bound)
    )
      this.expandLocal(target, [...bound, ...argNodes], folder, line, depth, bound);
    return true;
  }

  /** a name inside a wrapper: its last local assignment before `at`, else the parameter, else the file's constant */
  private localConstant(
    def: PyFunc,
    subst: Map<string, Value>,
    folder: PyFolder,
    name: string,
    at: number,
  ): Value | undefined {
    const assigns = def.locals.get(name);
    if (assigns) {
      let last: Node | undefined;
      for (const a of assigns) if (a.endIndex <= at) last = a;
      // (the list a @contextmanager yielded, after the with body filled it: bindContextYields)
      const held = this.yieldHeld
        .get(name)
        ?.find((h) => h.after <= at && (!last || h.after > last.endIndex));
      if (held) return held.value;
      if (last) return folder.fold(last.childForFieldName('right'));
    }
    const v = subst.get(name);
    if (v) return v;
    if (assigns) return UNKNOWN;
    const b = this.b.get(name, at);
    return boundValue(b);
  }

  /**
   * folds an argument node (or a part of it): arguments bound by `functools.partial` in the
   * file's scope, the others with the caller's folder
   */
  private folding(
    folder: PyFolder,
    fileScoped: readonly Node[],
  ): (arg: Node, n: Node | null | undefined) => Value {
    if (!fileScoped.length || folder === this.folder) return (_a, n) => folder.fold(n);
    return (a, n) => (fileScoped.includes(a) ? this.folder : folder).fold(n);
  }

  /** the fact for a call to `canon`, its arguments folded by `folder` */
  /**
   * What the code writes to the standard input of a `subprocess.Popen` call (`Popen(argv,
   * stdin=PIPE).communicate(text)`, `p.communicate(input=text)`, `p.stdin.write(text)` of the
   * name it is kept in): the program's `input` as `subprocess.run(argv, input=text)` gives it
   * (several writes in order, joined); undefined when none is seen
   */
  private popenInput(call: Node, folder: PyFolder): Value | undefined {
    const fed = (c: Node | null | undefined): Value | undefined => {
      if (c?.type !== 'call') return undefined;
      const list = c.codeChildren[1];
      const args = list?.type === 'argument_list' ? list.codeChildren : [];
      for (const a of args)
        if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'input')
          return folder.fold(a.childForFieldName('value'));
      const a0 = args[0];
      return a0 && a0.type !== 'keyword_argument' && !a0.type.endsWith('splat')
        ? folder.fold(a0)
        : undefined;
    };
    /** `x.communicate(…)` or `x.stdin.write(…)` of the object `x` */
    const written = (x: Node): Value | undefined => {
      const p = x.parent;
      if (p?.type !== 'attribute' || p.codeChildren[0] !== x) return undefined;
      const m = p.codeChildren[1]?.text;
      if (m === 'communicate') return fed(p.parent);
      const w = p.parent;
      return m === 'stdin' && w?.type === 'attribute' && w.codeChildren[1]?.text === 'write'
        ? fed(w.parent)
        : undefined;
    };
    const direct = written(call);
    if (direct) return direct;
    const a = call.parent;
    if (a?.type !== 'assignment' || a.childForFieldName('right') !== call) return undefined;
    const name = a.childForFieldName('left');
    if (name?.type !== 'identifier') return undefined;
    const uses = mentionsOf(this.root, name.text, 32, name) ?? [];
    const parts = uses.map(written).filter((v): v is Value => v !== undefined);
    return parts.length ? (parts.length === 1 ? parts[0] : concat(parts)) : undefined;
  }

  private callFact(
    canon: string,
    fn: Node | undefined,
    argNodes: Node[],
    folder: PyFolder,
    line: number,
    fileScoped: readonly Node[] = [],
  ): CodeFact {
    const fold = this.folding(folder, fileScoped);
    const positional = argNodes.filter(
      (a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'),
    );
    const args: Value[] = positional.map((a) => fold(a, a));
    const options = new Map<string, Value>();
    for (const a of argNodes) {
      if (a.type !== 'keyword_argument') continue;
      const k = a.childForFieldName('name')?.text;
      if (k) options.set(k, fold(a, a.childForFieldName('value')));
    }
    if (OPEN_FUNCS.has(canon))
      options.set('mode', options.get('mode') ?? args[1] ?? { kind: 'str', s: 'r' });
    // `Path(P).open("a")`: the mode is the method's first argument
    else if (canon === 'pathlib.Path().open')
      options.set('mode', options.get('mode') ?? args[0] ?? { kind: 'str', s: 'r' });
    // a file the code downloaded to, given by path to a loader: the loader reads downloaded data
    // (or a path urlretrieve chose, which carries 'remote'): it loads or runs downloaded data
    const at = PATH_RUNNERS.get(canon);
    const a = at !== undefined ? args[at] : undefined;
    if (
      at !== undefined &&
      a &&
      ((isKnown(a) && this.downloadedPaths.has(a.s)) || carries(a, 'remote'))
    )
      args[at] = sourced('remote');
    // `importlib.import_module("ext")` of a module the code wrote from a download
    if (PLAIN_IMPORTS.has(canon) && isKnown(args[0]) && this.downloadedModules.has(args[0].s))
      args[0] = sourced('remote');
    if (canon === 'subprocess.Popen' && !options.has('input') && fn?.parent?.type === 'call') {
      const fed = this.popenInput(fn.parent, folder);
      if (fed) options.set('input', fed);
    }
    const fact: CallFact = { kind: 'call', callee: canon, args, options, line };
    // (`with Path(P).open('a') as f: f.write(x)` writes through the method as open(P) does)
    if ((OPEN_FUNCS.has(canon) || canon === 'pathlib.Path().open') && fn?.parent?.type === 'call') {
      const written = this.writtenThrough(fn.parent, folder);
      if (written) fact.written = written;
    } else if (/^pathlib\.Path\(\)\.write_(?:text|bytes)$/.test(canon) && args[0])
      fact.written = [this.dumpedSettings(argNodes[0], fn, folder) ?? args[0]];
    const names = this.argNames(argNodes);
    if (names) fact.names = names;
    if (fn?.type === 'attribute') {
      const r = folder.fold(this.nodes.first(fn));
      if (r.kind === 'str' || r.kind === 'list') fact.receiver = r;
      const made = this.madeWithOf(this.nodes.first(fn));
      if (made) fact.madeWith = made;
    }
    if (fn?.parent) this.markConfigRead(fact, args[0], fn.parent);
    if (
      fn?.parent &&
      INI_READ.test(canon) &&
      new PyIniSettings(this.root, (n) => this.folder.fold(n)).only(fn.parent)
    )
      fact.settingOnly = true;
    if (NETWORK_CALLEE.test(canon)) {
      const sends = this.sends(canon, fn?.parent, positional, argNodes, args, options, fold, fact);
      if (sends !== undefined) fact.sends = sends;
    }
    return fact;
  }

  /**
   * A read of the agent's configuration used only for the skill's own entry or for services'
   * credentials (own.ts, hints.ts configReadUse): marked `ownEntry` or `configKeys`
   */
  private markConfigRead(fact: CallFact, first: Value | undefined, call: Node): void {
    const p = OPEN_FUNCS.has(fact.callee)
      ? first
      : READS_PATH.test(fact.callee)
        ? fact.receiver
        : undefined;
    if (p?.kind !== 'str' || !AGENT_CONFIG.test(p.s)) return;
    const use = configReadUse(this.ctx.ownNames?.() ?? [], (target) =>
      new PyConfigKeyUse(
        this.root,
        (n) => this.folder.fold(n),
        (n) => this.resolve(n),
        target,
      ).only(call),
    );
    if (use) Object.assign(fact, use);
  }

  private settingsHost(folder: PyFolder): SettingsHost {
    return {
      fold: (n) => folder.fold(n),
      resolve: (n) => this.resolve(n),
      args: (c) => this.args(c),
      callee: (c) => this.nodes.first(c),
    };
  }

  /**
   * `Path(P).write_text(json.dumps(cfg))` of a settings object changed in place: what the code put
   * into the file's own settings (mergedSettings); undefined for anything else
   */
  private dumpedSettings(
    data: Node | undefined,
    fn: Node | undefined,
    folder: PyFolder,
  ): Value | undefined {
    if (data?.type !== 'call' || this.resolve(this.nodes.first(data)) !== 'json.dumps')
      return undefined;
    const [obj] = this.args(data);
    const recv = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
    if (!obj || !recv || isKnown(folder.fold(data))) return undefined;
    return mergedSettings(this.settingsHost(folder), this.root, obj, folder.fold(recv), recv);
  }

  /**
   * What the code writes through the file an `open(…)` call opens: `open(P, 'w').write(x)`,
   * `f.write(x)` / `f.writelines(x)` / `print(x, file=f)` in `with open(P, 'w') as f:` or after
   * `f = open(P, 'w')` (in the same function or module). Undefined when no write is seen.
   */
  private writtenThrough(call: Node, folder: PyFolder): Value[] | undefined {
    const out: Value[] = [];
    const dataOf = (c: Node, print: boolean): void => {
      const args = this.args(c);
      if (print) {
        for (const a of args) if (a.type !== 'keyword_argument') out.push(folder.fold(a));
      } else {
        const a0 = args.find((a) => a.type !== 'keyword_argument');
        out.push(a0 ? folder.fold(a0) : UNKNOWN);
      }
    };
    const p = call.parent;
    if (p?.type === 'attribute' && p.parent?.type === 'call') {
      const m = p.namedChildren.at(-1)?.text ?? '';
      if (/^(?:write|writelines)$/.test(m)) dataOf(p.parent, false);
      return out.length ? out : undefined;
    }
    let name: string | undefined;
    let scope: Node | null | undefined;
    if (p?.type === 'as_pattern') {
      const t = asTarget(p);
      name = t?.type === 'identifier' ? t.text : undefined;
      scope = p.parent;
      while (scope && scope.type !== 'with_statement') scope = scope.parent;
    } else if (p?.type === 'assignment' && p.childForFieldName('left')?.type === 'identifier') {
      name = p.childForFieldName('left')?.text;
      scope = p.parent;
      while (scope && !['function_definition', 'module'].includes(scope.type)) scope = scope.parent;
    }
    if (!name || !scope) return undefined;
    for (const c of scope.descendantsOfType('call').slice(0, 512)) {
      const f = this.nodes.first(c);
      if (f?.type === 'attribute' && f.namedChildren[0]?.text === name) {
        const m = f.namedChildren.at(-1)?.text ?? '';
        if (/^(?:write|writelines)$/.test(m)) dataOf(c, false);
      } else if (f && this.resolve(f) === 'json.dump') {
        // `json.dump(cfg, f, indent=2)`: the object's JSON text, or what the code put into the
        // file's own settings loaded (mergedSettings)
        const [obj, file] = this.args(c).filter((a) => a.type !== 'keyword_argument');
        if (obj && file?.type === 'identifier' && file.text === name) {
          const text = jsonText(folder.fold(obj), true);
          const [to] = this.args(call);
          out.push(
            text !== undefined && !text.includes(HOLE)
              ? str(text)
              : (mergedSettings(this.settingsHost(folder), this.root, obj, folder.fold(to), to) ??
                  UNKNOWN),
          );
        }
      } else if (f?.type === 'identifier' && f.text === 'print') {
        const file = this.args(c).find(
          (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'file',
        );
        if (file?.childForFieldName('value')?.text === name) dataOf(c, true);
      }
    }
    return out.length ? out : undefined;
  }

  /** arguments that name a module member (`Loader=yaml.UnsafeLoader`, `yaml.FullLoader`), resolved */
  private argNames(argNodes: Node[]): Map<string, string> | undefined {
    let out: Map<string, string> | undefined;
    let i = 0;
    for (const a of argNodes) {
      const keyword = a.type === 'keyword_argument';
      if (!keyword && a.type.endsWith('splat')) break;
      const v = keyword ? a.childForFieldName('value') : a;
      const key = keyword ? a.childForFieldName('name')?.text : String(i++);
      if (!key || (v?.type !== 'identifier' && v?.type !== 'attribute')) continue;
      const canon = this.resolve(v);
      if (canon) (out ??= new Map()).set(key, canon);
    }
    return out;
  }

  /** the `transport=` keyword of a client call is an in-process transport made in place */
  private inProcessTransport(argNodes: Node[]): boolean {
    const kw = argNodes.find(
      (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'transport',
    );
    const v = kw?.childForFieldName('value');
    if (v?.type !== 'call') return false;
    const name = this.resolve(this.nodes.first(v));
    return name !== undefined && PY_IN_PROCESS_TRANSPORT.test(name);
  }

  /** can this network call carry local data out (None arguments count as absent) */
  private sends(
    canon: string,
    call: Node | null | undefined,
    positional: Node[],
    argNodes: Node[],
    args: Value[],
    options: Map<string, Value>,
    fold: (arg: Node, n: Node | null | undefined) => Value,
    fact: CallFact,
  ): boolean | undefined {
    // a dict or list kept in a variable may have been added to after it was made
    let named = false;
    for (const a of argNodes) {
      const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
      if (!v) continue;
      const ids = v.type === 'identifier' ? [v] : v.descendantsOfType('identifier').slice(0, 32);
      if (ids.some((id) => ['obj', 'list'].includes(fold(a, id).kind))) named = true;
    }
    const opts = new Map<string, Value>();
    for (const a of argNodes) {
      if (a.type !== 'keyword_argument') continue;
      const k = a.childForFieldName('name')?.text;
      const v = a.childForFieldName('value');
      if (k) opts.set(k, v?.type === 'none' ? ABSENT : (options.get(k) ?? UNKNOWN));
    }
    // an httpx client whose transport is the application itself (`AsyncClient(transport=
    // ASGITransport(app=app), base_url="http://test")`, a test client) or a canned responder
    // (MockTransport) sends nothing over the network: no request made with it leaves the process
    if (IN_PROCESS_CLIENT.test(canon) && this.inProcessTransport(argNodes)) return false;
    this.fileFlags ??= pyFileFlags(this.root.text);
    const c = {
      callee: canon,
      args: args.map((v, i) => (positional[i]?.type === 'none' ? ABSENT : v)),
      options: opts,
      open: argNodes.some((a) => a.type.endsWith('splat')),
      contained: CLIENTS.test(canon) && !!call && this.contained(call),
      named,
    };
    if (PY_CLIENT_CALLEE.test(canon) && call) {
      // a connection by the requests made on it, a pycurl handle by all its options
      const fn = this.nodes.first(call);
      const recv =
        canon.startsWith('pycurl.') && fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
      const name = recv?.type === 'identifier' ? recv.text : this.boundName(call);
      const uses = name ? this.methodUses(name) : undefined;
      // what the requests made on a connection are handed goes where it goes (`conn.request("POST",
      // "/x", body, {"Authorization": …})`), its body as the body
      const carried = usedValues(uses);
      if (carried.length) fact.carried = carried;
      const bodies = usedBodies(uses);
      if (bodies.length) fact.bodies = bodies;
      const r = pyClientSends(uses ? { ...c, uses } : c);
      if (r !== null) return r === false && named && this.fileFlags.writes ? undefined : r;
    }
    return pySends(c, this.fileFlags);
  }

  /** identifiers of this file by name, collected once */
  private idIndex: Map<string, Node[]> | undefined;

  /**
   * The method calls made on `name` anywhere in this file (`conn.request(...)`,
   * `c.setopt(pycurl.URL, ...)`), its arguments folded; undefined when the name is used any other
   * way (passed on, returned, stored) or more than 64 times.
   */
  private methodUses(name: string): Use[] | undefined {
    if (this.usesByName.has(name)) return this.usesByName.get(name);
    const uses = this.collectUses(name);
    this.usesByName.set(name, uses);
    return uses;
  }

  /** method uses by name, collected once per name */
  private readonly usesByName = new Map<string, Use[] | undefined>();

  /** the identifiers of the file named `name`, in file order (indexed once per file) */
  private identifiers(name: string): readonly Node[] {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const id of this.root.descendantsOfType('identifier')) {
        this.tick();
        const list = this.idIndex.get(id.text);
        if (list) list.push(id);
        else this.idIndex.set(id.text, [id]);
      }
    }
    return this.idIndex.get(name) ?? [];
  }

  private collectUses(name: string): Use[] | undefined {
    const out: Use[] = [];
    for (const id of this.identifiers(name)) {
      const q = id.parent;
      if (!q) return undefined;
      if (
        (q.type === 'assignment' && q.childForFieldName('left')?.id === id.id) ||
        q.type === 'as_pattern_target'
      )
        continue;
      const call = q.parent;
      if (
        q.type !== 'attribute' ||
        this.nodes.first(q)?.id !== id.id ||
        call?.type !== 'call' ||
        this.nodes.first(call)?.id !== q.id ||
        out.length >= 64
      )
        return undefined;
      out.push(this.use(this.nodes.second(q)?.text ?? '', call));
    }
    return out;
  }

  /** one method call on a client, its arguments folded in the file's scope */
  private use(method: string, call: Node): Use {
    const argNodes = this.args(call);
    const positional = argNodes.filter(
      (a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'),
    );
    const args = positional.map((a) => (a.type === 'none' ? ABSENT : this.folder.fold(a)));
    // pycurl options are module constants (`pycurl.URL`, `c.POSTFIELDS`): named by their last part
    const opt = positional[0];
    if ((method === 'setopt' || method === 'unsetopt') && opt) {
      const last = opt.type === 'attribute' ? this.nodes.second(opt) : opt;
      args[0] = last?.type === 'identifier' ? { kind: 'str', s: last.text } : UNKNOWN;
    }
    const options = new Map<string, Value>();
    for (const a of argNodes) {
      if (a.type !== 'keyword_argument') continue;
      const k = a.childForFieldName('name')?.text;
      const v = a.childForFieldName('value');
      if (k) options.set(k, v?.type === 'none' ? ABSENT : this.folder.fold(v));
    }
    return { method, args, options, open: argNodes.some((a) => a.type.endsWith('splat')) };
  }

  /** the name a call's result is bound to: `x = call(...)`, `with call(...) as x:` */
  private boundName(call: Node): string | undefined {
    const p = call.parent;
    if (p?.type === 'assignment' && p.childForFieldName('right')?.id === call.id) {
      const left = p.childForFieldName('left');
      return left?.type === 'identifier' ? left.text : undefined;
    }
    if (p?.type === 'as_pattern' && p.namedChildren[0]?.id === call.id) {
      const id = asTarget(p);
      return id?.type === 'identifier' ? id.text : undefined;
    }
    return undefined;
  }

  /**
   * `s = requests.Session()` / `with httpx.Client() as c:` where every later use of the name is
   * a method call on it (`s.get(...)`), so each request it makes is a fact of its own
   */
  private contained(call: Node): boolean {
    const name = this.boundName(call);
    if (!name) return false;
    let uses = 0;
    for (const id of this.identifiers(name)) {
      const q = id.parent;
      if (!q) return false;
      const target =
        (q.type === 'assignment' && q.childForFieldName('left')?.id === id.id) ||
        q.type === 'as_pattern_target';
      if (target) continue;
      const receiver =
        q.type === 'attribute' &&
        this.nodes.first(q)?.id === id.id &&
        q.parent?.type === 'call' &&
        this.nodes.first(q.parent)?.id === q.id;
      if (!receiver || ++uses > 64) return false;
    }
    return true;
  }

  // ---- pass 2 ------------------------------------------------------------------------------

  private line(n: Node): number {
    return n.startPosition.row + 1;
  }

  private visit(n: Node): void {
    this.tick();
    const type = n.type;
    if (type === 'call') this.onCall(n);
    else if (type === 'subscript') this.onSubscript(n);
    else if (type === 'for_statement') {
      const right = n.childForFieldName('right');
      if (right && this.isEnviron(right)) this.onEnv(right);
      return;
    } else if (type === 'dictionary_splat') {
      const inner = n.namedChildren[0];
      if (inner && this.isEnviron(inner)) this.onEnv(inner);
      return;
    }
    // (a subscript is no text of its own, but the transcript a hook's input names is a path the
    // code refers to: value.ts transcriptPath)
    if (type === 'subscript' && this.nodes.second(n)?.text.slice(1, -1) !== TRANSCRIPT_KEY) return;
    if (type === 'string' && n.parent?.type === 'concatenated_string') return;
    if (type === 'call' && !foldWorthy(this.nodes.first(n)?.text ?? '')) return;
    const v = this.folder.fold(n);
    if (v.kind === 'str' && v.s.replaceAll(HOLE, '').trim().length >= 3) {
      const fact: Extract<CodeFact, { kind: 'string' }> = {
        kind: 'string',
        value: v.s,
        line: this.line(n),
      };
      if (type === 'string' && this.shown(n)) fact.shown = true;
      if (this.keyFileOnly(n, 0)) fact.keyFile = true;
      if ((type === 'string' || type === 'concatenated_string') && this.regexPattern(n))
        fact.shown = fact.pattern = true;
      this.facts.push(fact);
    }
  }

  /**
   * A string that is only shown: a bare string statement (a docstring; unless the file reads a
   * `__doc__`) or an argument of `print` as is. Its text names what it names, nothing reads it.
   */
  private shown(n: Node): boolean {
    const p = n.parent;
    if (p?.type === 'expression_statement' && p.namedChildren.length === 1)
      return !(this.readsDoc ??= this.root.text.includes('__doc__'));
    if (p?.type !== 'argument_list') return false;
    const call = p.parent;
    const fn = call?.type === 'call' ? this.nodes.first(call) : undefined;
    return (
      fn?.type === 'identifier' &&
      fn.text === 'print' &&
      /^(?:builtins\.)?print$/.test(this.resolve(fn) ?? 'print')
    );
  }

  private readsDoc: boolean | undefined;

  /**
   * A path only handed to an SSH client library as the identity it logs in with, as bash's
   * `ssh -i KEY` / `scp -i KEY` take it as an option, never as a file to copy: paramiko's
   * `connect(key_filename=…)` or `pkey=RSAKey.from_private_key_file(…)`, fabric's
   * `connect_kwargs={'key_filename': …}`, asyncssh's `client_keys=[…]`. Through the value calls
   * that only make the path (`os.path.expanduser`, `os.environ.get('DEPLOY_KEY', …)`, `Path`,
   * `str`) and names bound to it, each of whose uses must be such a place too (or a check that
   * it exists): a name also opened, read or uploaded is a read like any other.
   */
  private keyFileOnly(n: Node, depth: number): boolean {
    if (depth > 3) return false;
    let e: Node = n;
    for (;;) {
      const p: Node | null = e.parent;
      if (!p) return false;
      if (p.type === 'parenthesized_expression') {
        e = p;
        continue;
      }
      if (p.type === 'argument_list') {
        const call = p.parent;
        const fn = call?.type === 'call' ? this.nodes.first(call) : undefined;
        const canon = fn ? (this.resolve(fn) ?? '') : '';
        if (call && KEY_PATH_CALLS.test(canon)) {
          e = call;
          continue;
        }
        if (call && canon && KEY_LOADERS.test(canon) && p.namedChildren[0]?.id === e.id) {
          // the key object a loader makes goes to `pkey=` (inline or through a name)
          return this.keyObjectOnly(call, depth);
        }
        return false;
      }
      if (p.type === 'call' && this.nodes.first(p)?.id === e.id) return false;
      if (p.type === 'attribute' && this.nodes.first(p)?.id === e.id) {
        // `Path('~/.ssh/id_rsa').expanduser()`, `str(...)`: still the path
        const call = p.parent;
        const m = this.nodes.second(p)?.text ?? '';
        if (call?.type === 'call' && /^(?:expanduser|resolve|absolute|as_posix)$/.test(m)) {
          e = call;
          continue;
        }
        return false;
      }
      if (p.type === 'keyword_argument')
        return KEY_OPTIONS.test(p.childForFieldName('name')?.text ?? '') && this.inCall(p);
      if (p.type === 'list' || p.type === 'tuple') {
        // `client_keys=[path]`
        const kw = p.parent;
        return (
          kw?.type === 'keyword_argument' &&
          /^client_keys$/.test(kw.childForFieldName('name')?.text ?? '') &&
          this.inCall(kw)
        );
      }
      if (p.type === 'pair' && p.childForFieldName('value')?.id === e.id) {
        // fabric `connect_kwargs={'key_filename': path}`
        const k = this.folder.fold(p.childForFieldName('key'));
        const dict = p.parent;
        const kw = dict?.type === 'dictionary' ? dict.parent : undefined;
        return (
          k.kind === 'str' &&
          KEY_OPTIONS.test(k.s) &&
          kw?.type === 'keyword_argument' &&
          kw.childForFieldName('name')?.text === 'connect_kwargs' &&
          this.inCall(kw)
        );
      }
      if (p.type === 'assignment' && p.childForFieldName('right')?.id === e.id) {
        const left = p.childForFieldName('left');
        return left?.type === 'identifier' && this.usesOnlyAsKey(left, depth, false);
      }
      return false;
    }
  }

  /** a key object made by a loader goes only to `pkey=` of a call */
  private keyObjectOnly(call: Node, depth: number): boolean {
    const p = call.parent;
    if (p?.type === 'keyword_argument')
      return p.childForFieldName('name')?.text === 'pkey' && this.inCall(p);
    if (p?.type === 'assignment' && p.childForFieldName('right')?.id === call.id) {
      const left = p.childForFieldName('left');
      return left?.type === 'identifier' && this.usesOnlyAsKey(left, depth, true);
    }
    return false;
  }

  private inCall(kw: Node): boolean {
    return kw.parent?.type === 'argument_list' && kw.parent.parent?.type === 'call';
  }

  /** every other use of the name bound here is an identity given to an SSH client (or a check) */
  private usesOnlyAsKey(target: Node, depth: number, object: boolean): boolean {
    let uses = 0;
    let logins = 0;
    for (const id of this.identifiers(target.text)) {
      if (id.id === target.id) continue;
      const q = id.parent;
      if (!q) return false;
      if (q.type === 'assignment' && q.childForFieldName('left')?.id === id.id) continue;
      if (q.type === 'keyword_argument' && q.childForFieldName('name')?.id === id.id) continue;
      if (++uses > 16) return false;
      if (object) {
        if (q.type === 'keyword_argument' && q.childForFieldName('name')?.text === 'pkey') continue;
        return false;
      }
      // `if not os.path.exists(key): sys.exit(...)`
      const call = q.type === 'argument_list' ? q.parent : undefined;
      const fn = call?.type === 'call' ? this.nodes.first(call) : undefined;
      if (fn && KEY_CHECKS.test(this.resolve(fn) ?? '')) continue;
      if (!this.keyFileOnly(id, depth + 1)) return false;
      logins++;
    }
    // a path only checked for (`os.path.exists(cfg)`) is handed to no client either
    return object ? uses > 0 : logins > 0;
  }

  /**
   * The pattern of a regular expression: the first argument of `re.compile` / `re.search` /
   * `re.sub`… (or `pattern=`), which the code compares texts with (a scanner's list of indicators
   * such as `re.compile(r"stratum\+tcp://|xmrig")` names no pool it joins).
   */
  private regexPattern(n: Node): boolean {
    let a: Node | null = n;
    if (a.parent?.type === 'keyword_argument') {
      if (a.parent.childForFieldName('name')?.text !== 'pattern') return false;
      a = a.parent;
    }
    const list = a.parent;
    if (list?.type !== 'argument_list') return false;
    const call = list.parent;
    const fn = call?.type === 'call' ? this.nodes.first(call) : undefined;
    if (!fn || !REGEX_CALLS.test(this.resolve(fn) ?? '')) return false;
    return a.type === 'keyword_argument' || list.namedChildren[0] === a;
  }

  private remoteLog: Value | null | undefined;

  /**
   * where a logging handler this file makes sends the records (`HTTPHandler(host, url,
   * secure=True)`: `https://host/url`; a socket handler: its host), or null when it makes none
   */
  private remoteLogHandler(): Value | null {
    if (this.remoteLog !== undefined) return this.remoteLog;
    this.remoteLog = null;
    for (const c of this.root.descendantsOfType('call')) {
      const canon = this.resolve(this.nodes.first(c));
      const m = canon ? REMOTE_LOG_HANDLER.exec(canon) : null;
      if (!m) continue;
      const args = this.args(c);
      const positional = args.filter((a) => a.type !== 'keyword_argument');
      const kw = (k: string) =>
        args
          .find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === k)
          ?.childForFieldName('value');
      const host = this.folder.fold(positional[0] ?? kw('host'));
      const path = m[1] === 'HTTPHandler' ? this.folder.fold(positional[1] ?? kw('url')) : str('');
      const secure = /^True$/.test(kw('secure')?.text ?? '');
      this.remoteLog = isKnown(host)
        ? str(`${secure ? 'https' : 'http'}://${host.s}${isKnown(path) ? path.s : ''}`)
        : UNKNOWN;
      break;
    }
    return this.remoteLog;
  }

  private onCall(n: Node): void {
    const fn = this.nodes.first(n);
    const line = this.line(n);
    const argNodes = this.args(n);
    const positional = argNodes.filter(
      (a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'),
    );
    const args: Value[] = positional.map((a) => this.folder.fold(a));
    if (fn?.type === 'attribute') {
      const obj = this.nodes.first(fn);
      if (obj && (obj.type === 'attribute' || obj.type === 'identifier') && this.isEnviron(obj))
        this.onEnv(obj);
    }
    for (const a of positional)
      if ((a.type === 'attribute' || a.type === 'identifier') && this.isEnviron(a)) this.onEnv(a);
    const canon = this.resolve(fn);
    // builtins that only compute values (resolved for folding) are no facts
    if (canon && VALUE_BUILTINS.has(canon)) return;
    // a function of another file of the skill: analysed as the calls it wraps
    if (this.expandImported(fn, argNodes, this.folder, line, 1) && !canon) return;
    if (!canon) {
      if (this.expandPartial(fn, argNodes, this.folder, line, 1)) return;
      // a local function: analysed as the calls it wraps; calls through computed lookups
      // (getattr(mod, <computed>) / __import__(<computed>)) are left alone
      this.expandLocal(fn, argNodes, this.folder, line, 1);
      return;
    }
    if (IMPORT_FUNCS.has(canon)) {
      const m = args[0];
      // a module named by one plain literal is as open as an import statement: only a name
      // that is computed (joined, decoded, interpolated, looked up) hides what is loaded
      const plain = isPlainLiteral(positional[0]) && PLAIN_IMPORTS.has(canon);
      if (!plain) {
        const target = isKnown(m) ? m.s : undefined;
        if (!(target && target.startsWith('.'))) {
          this.facts.push(
            target
              ? { kind: 'indirect-import', target, via: canon, line }
              : { kind: 'indirect-import', via: canon, line },
          );
        }
      }
    }
    if (canon === 'getattr' && positional.length >= 2) {
      const name = args[1];
      const base = this.resolve(positional[0]);
      if (
        base &&
        RISKY_MODULES.test(base) &&
        (!isKnown(name) || positional[1]?.type !== 'string')
      ) {
        this.facts.push(
          isKnown(name)
            ? { kind: 'indirect-import', target: `${base}.${name.s}`, via: 'getattr', line }
            : { kind: 'indirect-import', via: 'getattr', line },
        );
      }
    }
    // connect() on a UDP socket sends nothing: with no send on that socket it only asks the
    // system which local address routes there (`s.connect(('8.8.8.8', 80)); s.getsockname()`)
    if (
      (canon === 'socket.socket().connect' || canon === 'socket.socket().connect_ex') &&
      this.udpRouteProbe(fn)
    )
      return;
    if ((canon === 'os.getenv' || canon === 'os.getenvb') && isKnown(args[0])) {
      this.facts.push({ kind: 'env-read', name: args[0].s, line });
    }
    this.handedCall(canon, argNodes, positional, line);
    const fact = this.callFact(canon, fn, argNodes, this.folder, line);
    this.facts.push(fact);
    // `log.info(x)` in a file that gives a logger a handler sending records to a host
    // (`logging.handlers.HTTPHandler('logs.example', '/in')`): x goes to that host
    if (LOG_CALLS.test(canon)) {
      const to = this.remoteLogHandler();
      if (to)
        this.facts.push({
          kind: 'call',
          callee: REMOTE_LOG_EMIT,
          args: [to, ...args],
          options: new Map(),
          line,
        });
    }
    this.noteParamFact(n, positional[0], fact);
    if (fact.kind === 'call') this.loopArgFacts(fact, positional);
  }

  /**
   * A function handed to a runner that calls it later, in a thread, a process, a timer or a pool
   * (`threading.Thread(target=requests.post, args=(url,))`, `threading.Timer(5, f, args=[a])`,
   * `pool.submit(f, a)`, `loop.run_in_executor(None, f, a)`, `asyncio.to_thread(f, a)`): a call of
   * that function with those arguments (keyword arguments handed as `kwargs=` are not followed)
   */
  private handedCall(canon: string, argNodes: Node[], positional: Node[], line: number): void {
    const kw = (name: string) =>
      argNodes
        .find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
        ?.childForFieldName('value') ?? undefined;
    let target: Node | undefined;
    let rest: Node[] = [];
    if (HANDED_TARGET.has(canon)) {
      target = kw('target') ?? positional[HANDED_TARGET.get(canon) as number];
      // (`_thread.start_new_thread(f, (a,))` takes the arguments as its second positional)
      const a = kw('args') ?? (canon === '_thread.start_new_thread' ? positional[1] : undefined);
      rest = a?.type === 'tuple' || a?.type === 'list' ? a.codeChildren : [];
    } else if (/\.(?:submit|to_thread|run_in_executor|apply_async|start_new_thread)$/.test(canon)) {
      const at = canon.endsWith('.run_in_executor') ? 1 : 0;
      target = positional[at];
      rest = positional.slice(at + 1);
    }
    if (target?.type !== 'attribute' && target?.type !== 'identifier') return;
    const t = this.resolve(target);
    if (t && !HANDED_TARGET.has(t))
      this.facts.push(this.callFact(t, target, rest, this.folder, line));
  }

  /**
   * `for svc in ('github.com', 'openai'): keyring.get_password(svc, user)`: a positional argument
   * that is the variable of an enclosing `for` over a list of known texts (written in place or
   * bound to a name) stands for each of them, so the call is also reported once with each (the first 16), as bash evaluates a loop
   * body again with each word
   */
  private loopArgFacts(fact: CallFact, positional: Node[]): void {
    const at = positional.findIndex(
      (a) => a.type === 'identifier' && !isKnown(fact.args[positional.indexOf(a)]),
    );
    const arg = positional[at];
    if (!arg) return;
    for (let p = arg.parent; p; p = p.parent) {
      if (p.type === 'function_definition' || p.type === 'class_definition') return;
      if (p.type !== 'for_statement') continue;
      const left = p.childForFieldName('left');
      if (left?.type !== 'identifier' || left.text !== arg.text) continue;
      const right = p.childForFieldName('right');
      if (!right) return;
      // the list may be written in place or be a name bound to one (`TARGETS = (…)`), and its
      // items any text that folds (`Path.home() / '.claude' / 'CLAUDE.md'`, expanduser(…))
      const over = right.type === 'identifier' ? this.folder.fold(right) : undefined;
      const items =
        right.type === 'list' || right.type === 'tuple'
          ? right.namedChildren.map((c) => this.folder.fold(c))
          : over?.kind === 'list'
            ? over.items
            : [];
      if (!items.length || items.length > 16 || !items.every(isKnown)) return;
      for (const item of items) {
        const args = [...fact.args];
        args[at] = item;
        this.facts.push({ ...fact, args });
      }
      return;
    }
  }

  /**
   * `NAME.connect(...)` where NAME is, in its function (or the module), only ever a
   * `socket.socket(..., SOCK_DGRAM)` (assigned or bound by `with ... as NAME`) and nothing is
   * sent through it (no send/sendall/sendto/sendmsg/sendfile/makefile/dup/fileno, NAME is not
   * passed on or returned): a UDP connect puts no packet on the wire.
   */
  private udpRouteProbe(fn: Node | null | undefined): boolean {
    const obj = fn?.type === 'attribute' ? this.nodes.first(fn) : undefined;
    if (obj?.type !== 'identifier') return false;
    const name = obj.text;
    let scope: Node = this.root;
    for (let p = fn?.parent; p; p = p.parent)
      if (p.type === 'function_definition') {
        scope = p;
        break;
      }
    const dgram = (call: Node | null | undefined): boolean => {
      if (call?.type !== 'call' || this.resolve(this.nodes.first(call)) !== 'socket.socket')
        return false;
      return this.args(call).some((a) => {
        const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
        return !!v && this.resolve(v) === 'socket.SOCK_DGRAM';
      });
    };
    let made = 0;
    for (const a of scope.descendantsOfType('assignment')) {
      if (a.childForFieldName('left')?.text !== name) continue;
      if (!dgram(a.childForFieldName('right'))) return false;
      made++;
    }
    for (const a of scope.descendantsOfType('as_pattern')) {
      const target = asTarget(a);
      if (target?.text !== name) continue;
      if (!dgram(a.namedChildren[0])) return false;
      made++;
    }
    if (made === 0) return false;
    for (const id of scope.descendantsOfType('identifier')) {
      if (id.text !== name) continue;
      const parent = id.parent;
      if (parent?.type === 'attribute' && this.nodes.first(parent) === id) {
        const attr = this.nodes.second(parent)?.text ?? '';
        if (/^(send|sendall|sendto|sendmsg|sendfile|makefile|dup|fileno|detach)$/.test(attr))
          return false;
        continue;
      }
      // the name itself handed to a call, returned, stored elsewhere: it may send later
      if (
        parent?.type === 'argument_list' ||
        parent?.type === 'return_statement' ||
        parent?.type === 'keyword_argument' ||
        (parent?.type === 'assignment' && parent.childForFieldName('right') === id)
      )
        return false;
    }
    return true;
  }

  private isEnviron(n: Node | null | undefined): boolean {
    return !!n && this.resolve(n) === 'os.environ';
  }

  private insideEnvKwarg(n: Node): boolean {
    for (let p = n.parent, i = 0; p && i < 6; p = p.parent, i++) {
      if (p.type === 'keyword_argument') return p.childForFieldName('name')?.text === 'env';
      if (p.type === 'call' && i > 1) return false;
    }
    return false;
  }

  private onSubscript(n: Node): void {
    if (!this.isEnviron(n.childForFieldName('value'))) return;
    // a variable set (`os.environ["MODE"] = "fast"`) or removed (`del os.environ["X"]`) for this
    // process and its children is not read (`+=` reads it too)
    const p = n.parent;
    if (
      (p?.type === 'assignment' && p.childForFieldName('left')?.id === n.id) ||
      p?.type === 'delete_statement'
    )
      return;
    const key = this.folder.fold(n.childForFieldName('subscript'));
    if (isKnown(key)) this.facts.push({ kind: 'env-read', name: key.s, line: this.line(n) });
  }

  /** `NAME = os.environ.copy()` where NAME is in some call's `env=` (a child process's environment) */
  private childEnvCopy(call: Node): boolean {
    const p = call.parent;
    const name = p?.type === 'assignment' ? p.childForFieldName('left') : undefined;
    if (name?.type !== 'identifier') return false;
    let root: Node = call;
    while (root.parent) root = root.parent;
    return new RegExp(`\\benv\\s*=\\s*[^,)\\n]{0,80}?\\b${name.text}\\b`).test(root.text);
  }

  private onEnv(n: Node): void {
    const p = n.parent;
    const line = this.line(n);
    if (!p) return;
    if (p.type === 'attribute' && this.nodes.first(p)?.id === n.id) {
      const method = this.nodes.second(p)?.text ?? '';
      const call = p.parent;
      if (call?.type !== 'call') return;
      if (method === 'get' || method === 'setdefault' || method === 'pop') {
        const key = this.folder.fold(this.args(call)[0]);
        if (isKnown(key)) this.facts.push({ kind: 'env-read', name: key.s, line });
      } else if (BULK_ENV_METHODS.has(method) && !this.insideEnvKwarg(call))
        this.facts.push({ kind: 'env-bulk', line });
      // a copy of the environment is all of it, unless it is the copy a child process is given
      // (`env = os.environ.copy(); env['X'] = …; run(…, env=env)`)
      else if (method === 'copy' && !this.insideEnvKwarg(call) && !this.childEnvCopy(call))
        this.facts.push({ kind: 'env-bulk', line });
      return;
    }
    if (p.type === 'subscript' || p.type === 'assignment' || p.type === 'keyword_argument') return;
    if (this.insideEnvKwarg(n)) return;
    if (
      p.type === 'for_statement' ||
      p.type === 'for_in_clause' ||
      p.type === 'dictionary_splat' ||
      p.type === 'argument_list' ||
      p.type === 'list_splat'
    ) {
      if (p.type === 'argument_list') {
        const callee = this.resolve(p.parent ? this.nodes.first(p.parent) : undefined);
        if (callee && /^(?:subprocess|os\.exec|os\.spawn|asyncio\.create_subprocess)/.test(callee))
          return;
      }
      this.facts.push({ kind: 'env-bulk', line });
    }
  }
}

/**
 * The link of a chain that resolving `n` resolves first whatever it finds (the callee of a call,
 * the object of an attribute, the value of a subscript, what parentheses hold), when that link is
 * itself a chain; undefined at a name or any other end.
 */
function chainBelow(n: Node): Node | undefined {
  const below =
    n.type === 'parenthesized_expression' || n.type === 'await'
      ? n.namedChildren[0]
      : n.type === 'attribute' || n.type === 'call'
        ? n.codeChildren[0]
        : n.type === 'subscript'
          ? n.childForFieldName('value')
          : undefined;
  return below && CHAIN_LINKS.has(below.type) ? below : undefined;
}

const CHAIN_LINKS = new Set([
  'parenthesized_expression',
  'await',
  'attribute',
  'call',
  'subscript',
]);

/** a call that reads a file's contents */
const FILE_READ = /\b(?:open|read|read_text|read_bytes|readlines|load)\s*\(/;
