/**
 * Applies code rules (see validate.ts for the vocabulary) to the facts of one file: findings with
 * capabilities, embedded commands routed to the bash/python/js analyzers, decoded text rescanned.
 */
import { helpForUser, injectionFinding } from '../../engine/finding.js';
import type { Rule, RuleLanguage } from '@skillgate/rules';
import type { AnalyzerContext, SourceFile } from '../../analyzer.js';
import { LineIndex, findingFor, type HitPlace } from '../../engine/finding.js';
import type { CapabilityUse, Finding } from '../../types.js';
import type { CallFact, CodeFact } from './facts.js';
import { guessLanguage } from './guess.js';
import { declaresWithin, type Declares } from './declared.js';
import { destinationOf } from './hosts.js';
import {
  CREDENTIAL_SOURCE,
  CRON_LISTING,
  DOTENV_SOURCE,
  HOLE,
  asText,
  carries,
  TEMPLATE_SOURCE,
  hasComputed,
  isKnown,
  keysIn,
  keysInContent,
  UNKNOWN,
  type Value,
} from './value.js';
import { boundedMemo } from '../../engine/memo.js';
import { normalizePath } from '../../engine/links.js';
import { requestBodies } from './sends.js';
import { bundleScopes } from './bundle.js';
import { SSH_CONFIG } from '../bash/ssh.js';
import {
  CONFIG_READ_AS_WRITTEN,
  TOOL_CONFIG,
  TOOL_RC,
  configCommands,
} from '../bash/tool-config.js';
import {
  AGENT_CONFIG,
  AGENT_DIR,
  agentSkillFolder,
  ownAgentFile,
  ownSkillStateFile,
} from '../../engine/hints.js';

type Match = Record<string, unknown>;

/** a rule regex: matched case-insensitively with the `u` flag */
interface RuleRegExp {
  test(s: string): boolean;
}

/**
 * Patterns whose `iu` meaning can differ from their `i` meaning on ASCII text: non-ASCII
 * characters, escapes that can name non-ASCII code points (`\u`, `\x`, `\c`), property
 * classes, and the word-class escapes whose Unicode case folding adds ſ and K.
 */
const NEEDS_UNICODE = /[^\x00-\x7f]|\\[uxcpPWB]/;
const ASCII = /^[\x00-\x7f]*$/;

function asciiOnly(src: string): RegExp | undefined {
  try {
    return new RegExp(src, 'i');
  } catch {
    return undefined;
  }
}

const regexCache = new Map<string, RuleRegExp>();
function re(src: string): RuleRegExp {
  let r = regexCache.get(src);
  if (!r) {
    const full = new RegExp(src, 'iu');
    // case-insensitive matching with `u` is some 30x slower; on ASCII text a pattern of ASCII
    // characters and ASCII-only escapes matches the same with `i` alone (the two foldings
    // differ only on non-ASCII characters)
    const fast = NEEDS_UNICODE.test(src) ? undefined : asciiOnly(src);
    r = fast ? { test: (s) => (ASCII.test(s) ? fast.test(s) : full.test(s)) } : full;
    regexCache.set(src, r);
  }
  return r;
}

type CalleeTest = (callee: string) => boolean;

/**
 * Callee matching, memoized as a table: every distinct callee list of the rules (by content) is a
 * column, every callee name met a row of answers (undefined until asked). A file's call facts are
 * checked against each call rule by reading one row per distinct callee, not a lookup per rule.
 */
const columns = new Map<string, number>();
const columnTests: CalleeTest[] = [];
const rows = new Map<string, (boolean | undefined)[]>();
const columnOf = new WeakMap<readonly string[], number>();

/** compiles a rule's callee list: exact names in a set, `*` patterns as one regex */
function compileCallees(patterns: readonly string[]): CalleeTest {
  const exact = new Set(patterns.filter((p) => !p.includes('*')));
  // `*` stays within names (`requests.*`); `**` also spans calls (`**.approve` matches
  // `ethers.Contract().approve`)
  const globs = patterns
    .filter((p) => p.includes('*'))
    .map((p) =>
      p
        .split(/(\*\*?)/)
        .map((x) =>
          x === '**' ? '.*' : x === '*' ? '[^()]*' : x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join(''),
    );
  const rx = globs.length ? new RegExp(`^(?:${globs.join('|')})$`) : undefined;
  return (callee) => exact.has(callee) || (rx?.test(callee) ?? false);
}

function calleeColumn(patterns: readonly string[]): number {
  let col = columnOf.get(patterns);
  if (col !== undefined) return col;
  const key = patterns.join('\n');
  col = columns.get(key);
  if (col === undefined) {
    col = columnTests.length;
    columnTests.push(compileCallees(patterns));
    columns.set(key, col);
  }
  columnOf.set(patterns, col);
  return col;
}

function calleeRow(callee: string): (boolean | undefined)[] {
  return boundedMemo(rows, callee, 65_536, () => []);
}

function calleeMatches(row: (boolean | undefined)[], col: number, callee: string): boolean {
  let hit = row[col];
  if (hit === undefined) row[col] = hit = (columnTests[col] as CalleeTest)(callee);
  return hit;
}

/** a rule's callee list as a test on one callee name */
function calleeTest(patterns: readonly string[]): CalleeTest {
  const col = calleeColumn(patterns);
  return (callee) => calleeMatches(calleeRow(callee), col, callee);
}

/**
 * is every unknown piece of a code text a whole template literal's body (`` `\uFFFF` ``), with no
 * other backtick: what fills it in is text, not code
 */
const templated = (code: Value | undefined): boolean =>
  code?.kind === 'str' && !code.s.replaceAll(`\`${HOLE}\``, '').replace(/[^`\uFFFF]/g, '');

function argOk(cond: Record<string, unknown>, v: Value | undefined): boolean {
  if (cond['literal'] === true && !isKnown(v)) return false;
  if (typeof cond['carries'] === 'string' && !carries(v, cond['carries'])) return false;
  if (cond['decoded'] === true && !(v?.kind === 'str' && v.decodedFrom)) return false;
  if (cond['literal'] === false && isKnown(v) && !(v as { computed?: boolean }).computed)
    return false;
  // code whose only unknown pieces are a plain template of the skill's own, each the body of a
  // template literal (templated): its text is fixed, what fills it in is data
  if (
    cond['literal'] === false &&
    v?.kind === 'str' &&
    v.source === TEMPLATE_SOURCE &&
    !v.also &&
    templated(v)
  )
    return false;
  const t = asText(v);
  if (cond['url'] === true && !(t && /^(?:https?|ftp|data|wss?):/i.test(t))) return false;
  if (
    typeof cond['matches'] === 'string' &&
    !(t && re(cond['matches']).test(t.replaceAll(HOLE, '')))
  )
    return false;
  return true;
}

const NOT_PATHS =
  /^(?:utf-?8|utf-?16le|ucs-?2|ascii|latin1|binary|base64(?:url)?|hex|[rwax]b?\+?|[rwa]t)$/i;

function looksLikePath(s: string): boolean {
  return s.length > 0 && s.length < 400 && !/[\n\r]/.test(s) && !NOT_PATHS.test(s);
}

/**
 * file operations with a source and a destination (`shutil.copy2(src, dst)`, `os.rename(old, new)`,
 * `fs.copyFileSync(src, dest)`, `os.symlink(target, link)`): they write only the second operand
 */
const TWO_OPERAND =
  /(?:^|\.)(?:copy|copy2|copyfile|copytree|move|rename|replace|link|symlink|copyFile|copyFileSync|cp|cpSync|renameSync|symlinkSync|linkSync)$/;

/**
 * the paths a file call works on: its receiver (`Path(p).read_text()`), the first argument, and
 * a second one that looks like a path (copy destinations); for what the call writes (`written`),
 * only the destination of a copy, move or link from a path the receiver does not name
 */
/**
 * a home dotfile named by an unknown part and `env` (`'~/.' + sh + 'env'`, `f'~/.{x}env'`) is zsh's
 * ~/.zshenv, the one startup file of that ending (as bash's facts.ts startupStandIn reads
 * `~/.${x}env`); left as it is, the unknown part dropped would name the dotenv file ~/.env
 */
function startupStandIn(p: string): string {
  return p.replace(/^~\/\.\uFFFF+env$/, '~/.zshenv');
}

function pathTexts(f: CallFact, written = false): string[] {
  return pathTextsAsIs(f, written).map(startupStandIn);
}

function pathTextsAsIs(f: CallFact, written: boolean): string[] {
  // a receiver holding data read from somewhere (a configparser that read a credential file) is
  // no path
  const r = f.receiver?.kind === 'str' && f.receiver.source ? undefined : asText(f.receiver);
  const a1 = f.args[1];
  if (
    written &&
    r === undefined &&
    TWO_OPERAND.test(f.callee) &&
    a1?.kind === 'str' &&
    looksLikePath(a1.s)
  )
    return [a1.s];
  const out: string[] = [];
  if (r !== undefined && looksLikePath(r)) out.push(r);
  const a0 = f.args[0];
  if (a0?.kind === 'str' && looksLikePath(a0.s)) out.push(a0.s);
  if (a1?.kind === 'str' && a1.s.includes('/') && looksLikePath(a1.s)) out.push(a1.s);
  return out;
}

/** calls that copy or link their first operand to their second (no move: the skill stays whole) */
const COPIES =
  /(?:^|\.)(?:copy|copy2|copyfile|copytree|copyFile|copyFileSync|copySync|cp|cpSync|symlink|symlinkSync)$/;

/**
 * a path of the skill's own files as the code names it: under the script's folder (`$SKILL/…`,
 * its `..` kept inside the skill, from the file at `from`) or relative, never elsewhere
 */
function inSkill(p: string, from: string): boolean {
  if (!p || p.includes(HOLE) || /^[a-z][a-z0-9+.-]*:/i.test(p)) return false;
  let rest: string;
  let depth: number;
  if (/^\$SKILL(?:\/|$)/.test(p)) {
    rest = p.slice('$SKILL'.length);
    depth = from.split('/').length - 1;
  } else if (/^(?:\/|~|\$)/.test(p)) return false;
  else {
    rest = p;
    depth = 0;
  }
  for (const seg of rest.split('/')) {
    if (seg === '..') depth--;
    else if (seg && seg !== '.') depth++;
    if (depth < 0) return false;
  }
  return true;
}

/**
 * A copy (or link) of the skill's own files into its own folder in an agent's skills directory
 * (`shutil.copytree($SKILL/.., ~/.claude/skills/<name>)`, `<name>` one SKILL.md or skill.json
 * gives it): installing the skill, as bash/install.ts judges `cp -r "$DIR"/* ~/.claude/skills/<name>/`.
 */
function installsSelf(f: CallFact, from: string, own: () => readonly string[]): boolean {
  if (!COPIES.test(f.callee) || f.receiver !== undefined) return false;
  const [src, dst] = f.args;
  if (src?.kind !== 'str' || dst?.kind !== 'str' || dst.s.includes(HOLE)) return false;
  const name = agentSkillFolder(dst.s);
  return name !== undefined && inSkill(src.s, from) && own().includes(name);
}

/**
 * does a copy put a file the skill ships (`$SKILL/…` from the file at `from`, or relative to the
 * skill's root or the file's folder, and present among the skill's files) at a path matching `to`
 * (unlessShipped): the file is scanned with the skill and judged by its own code
 */
function copiesShipped(
  f: CallFact,
  from: string,
  to: string,
  sibling: ((path: string) => string | undefined) | undefined,
): boolean {
  if (!sibling || !COPIES.test(f.callee) || f.receiver !== undefined) return false;
  const [src, dst] = f.args;
  if (src?.kind !== 'str' || dst?.kind !== 'str' || dst.s.includes(HOLE)) return false;
  if (!inSkill(src.s, from)) return false;
  const rx = re(to);
  const name = src.s.split('/').pop() ?? '';
  if (!rx.test(dst.s) && !rx.test(`${dst.s.replace(/\/+$/, '')}/${name}`)) return false;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const rel = src.s.replace(/^\$SKILL(?:\/|$)/, '');
  // (inSkill has checked that neither path leaves the skill)
  const here = normalizePath(`${dir}/${rel}`.split('/')) ?? '';
  return (
    sibling(here) !== undefined ||
    (!src.s.startsWith('$SKILL') && sibling(normalizePath(rel.split('/')) ?? '') !== undefined)
  );
}

/**
 * does a file write put only harmless lines in a file of this kind: the destination matches
 * `path`, the text written is seen (CallFact.written) and wholly known, and each of its lines that
 * is not blank matches `lines` (a `.pth` line that is a path, not an `import` that runs)
 */
function writesOnly(f: CallFact, cond: { path: string; lines: string }): boolean {
  // JS hands the text as the data argument (`fs.writeFileSync(P, text)`, `Bun.write(P, text)`)
  const written = f.written?.length
    ? f.written
    : DATA_WRITE.test(f.callee) && f.args[1]
      ? [f.args[1]]
      : [];
  if (!written.length) return false;
  if (!pathTexts(f, true).some((p) => re(cond.path).test(p.replaceAll(HOLE, '')))) return false;
  const lines = re(cond.lines);
  return written.every(
    (v) =>
      v.kind === 'str' &&
      !v.s.includes(HOLE) &&
      v.s.split(/\r?\n|\r/).every((l) => !l.trim() || lines.test(l)),
  );
}

/** calls whose second argument is the text they put into the file named first */
const DATA_WRITE = /(?:^|\.)(?:writeFile\w*|appendFile\w*|outputFile\w*|writeTextFile|write)$/;

/** calls that put a whole text into a file (not append to one: JSON appended is no settings file) */
const WHOLE_WRITE = /(?:^|\.)(?:writeFile\w*|outputFile\w*|write|writeTextFile|write_text|open)$/;

/**
 * The settings a write call puts into a file, wholly known (Python: what `f.write(x)` or
 * `json.dump(x, f)` give the file `open(P, 'w')` opened, `Path(P).write_text(x)`; JS: the data
 * argument, `fs.writeFileSync(P, JSON.stringify(cfg, null, 2))`), laid out as a settings file is
 * (one key a line), when it is a JSON object; else undefined
 */
function writtenSettings(f: CallFact): string | undefined {
  if (!WHOLE_WRITE.test(f.callee)) return undefined;
  const mode = f.options.get('mode') ?? (f.callee.endsWith('open') ? f.args[1] : undefined);
  if (mode?.kind === 'str' && /a/.test(mode.s)) return undefined;
  const vals = f.written?.length
    ? f.written
    : f.args[1] && !f.callee.endsWith('open')
      ? [f.args[1]]
      : [];
  if (!vals.length || !vals.every((v) => v.kind === 'str' && !v.s.includes(HOLE))) return undefined;
  const text = vals.map((v) => (v.kind === 'str' ? v.s : '')).join('');
  try {
    const o: unknown = JSON.parse(text);
    return o && typeof o === 'object' && !Array.isArray(o) ? JSON.stringify(o, null, 2) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * what makes written settings more than a project's setup: a threat the config rules or the
 * analysis of its hook and server command lines find, or a command line that reaches the network
 * (a hook run on every tool call posting what it is handed)
 */
const settingsRisk = (f: Finding): boolean =>
  f.category === 'threat' || f.capability?.kind === 'network';

/**
 * calls that only show a value or give it back (in checksum case, as a check): handing it to them
 * uses nothing
 */
const NO_USE =
  /(?:^|\.)(?:print|pprint|log|info|debug|warn|warning|error|trace|dir|table|echo|write|writeln|str|String|getAddress|to_checksum_address|toChecksumAddress|isAddress|is_address|is_checksum_address|lower|toLowerCase)$/;

/**
 * methods of a contract object that only read it (ERC-20/721 views, ethers' events and helpers,
 * web3's `.call()`): a chain through one of them sends nothing to the address (`connect(signer)`
 * gives the contract back: the method after it decides)
 */
const READS_ONLY = new Set([
  'name',
  'symbol',
  'decimals',
  'totalSupply',
  'balanceOf',
  'allowance',
  'owner',
  'ownerOf',
  'getApproved',
  'isApprovedForAll',
  'supportsInterface',
  'getAddress',
  'getDeployedCode',
  'interface',
  'filters',
  'on',
  'once',
  'off',
  'queryFilter',
  'listeners',
  'call',
  'staticCall',
  'callStatic',
]);

/** does a call's chain go through a method that only reads (READS_ONLY) */
function readsOnly(callee: string): boolean {
  return callee.split('.').some((p) => READS_ONLY.has(p.replace(/\(\)$/, '')));
}

/** a key of the object handed to a call that names where a transaction goes */
function sentTo(f: CallFact, t: string): boolean {
  const inObj = (v: Value | undefined, depth: number): boolean => {
    if (v?.kind === 'list')
      return depth < 2 && v.items.slice(0, 64).some((x) => inObj(x, depth + 1));
    if (v?.kind !== 'obj') return false;
    const is = (k: string) => {
      const x = v.props.get(k);
      return x?.kind === 'str' && x.s.toLowerCase() === t;
    };
    // a transaction to it (`sendTransaction({ to })`), viem's `writeContract({ address, functionName })`
    if (is('to') || (is('address') && v.props.has('functionName'))) return true;
    return depth < 2 && [...v.props.values()].slice(0, 64).some((x) => inObj(x, depth + 1));
  };
  if (f.args.some((a) => inObj(a, 0))) return true;
  const opts: Value = { kind: 'obj', props: f.options };
  return inObj(opts, 0);
}

/**
 * `unlessReused`: the code uses the address its `arg` names (wholly known), not only grants it
 * something: it calls a method of an object made at it (`router.swapExactTokensForTokens(…)`,
 * `router.functions.swap(…).transact()`; a view such as `balanceOf` reads, it sends nothing) or
 * sends a transaction to it (`to:` of the transaction). A contract object made at the address and
 * never called, the address printed, logged, checksummed or handed to any other call is no use:
 * a drainer does those to look used.
 */
function reusedArg(m: Match, calls: readonly CodeFact[]): (f: CallFact) => boolean {
  const idx = (m['arg'] as { index?: number } | undefined)?.index ?? 0;
  return (f) => {
    const v = f.args[idx];
    const t = v?.kind === 'str' && !v.s.includes(HOLE) ? v.s.toLowerCase() : undefined;
    if (!t) return false;
    return calls.some(
      (g) =>
        g !== f &&
        g.kind === 'call' &&
        !NO_USE.test(g.callee) &&
        ((g.madeWith?.includes(t) === true && !readsOnly(g.callee)) || sentTo(g, t)),
    );
  };
}

/**
 * The command a call runs as one argv (`arg: {argv: true}`): its first argument (a list's items,
 * or one text) and the list after it (`spawn('bash', ['-s'])`, `execFile('sh', ['-'])`)
 */
function argvOf(f: CallFact): Value | undefined {
  const [a0, a1] = f.args;
  if (a0?.kind !== 'list' && a1?.kind === 'list')
    return { kind: 'list', items: [a0 ?? UNKNOWN, ...a1.items] };
  return a0;
}

/** an argument, option or the receiver of the call holds data of `source` */
function callCarries(f: CallFact, source: string): boolean {
  return (
    f.args.some((a) => carries(a, source)) ||
    [...f.options.values()].some((o) => carries(o, source)) ||
    carries(f.receiver, source)
  );
}

type FactTest = (f: CodeFact) => boolean;
const factTests = new WeakMap<Match, FactTest>();

/** a rule's match compiled once (per match object) into a test over one fact */
function factTest(m: Match): FactTest {
  let t = factTests.get(m);
  if (t) return t;
  if ('call' in m) {
    const callee = calleeTest(m['call'] as string[]);
    const arg = m['arg'] as Record<string, unknown> | undefined;
    const idx = arg?.['index'];
    const opt = m['option'] as
      | {
          name: string;
          equals?: unknown;
          matches?: string;
          position?: number;
          names?: string[];
          missing?: boolean;
          carries?: string;
        }
      | undefined;
    const equals = opt?.equals !== undefined ? String(opt.equals).toLowerCase() : undefined;
    const optNames = opt?.names ? new Set(opt.names) : undefined;
    const pathRx = typeof m['path'] === 'string' ? re(m['path']) : undefined;
    const written = m['capability'] === 'fs.write';
    const carried = typeof m['carries'] === 'string' ? m['carries'] : undefined;
    const carriedAny = Array.isArray(m['carries']) ? (m['carries'] as string[]) : undefined;
    t = (f) => {
      if (f.kind !== 'call' || !callee(f.callee)) return false;
      if (carriedAny && !carriedAny.some((k) => callCarries(f, k))) return false;
      if (carried === 'computed') {
        if (!(f.args.some(hasComputed) || [...f.options.values()].some(hasComputed))) return false;
      } else if (carried === 'remote-program') {
        // `subprocess.run(task['argv'])`, `spawn(job.cmd, job.args)`: the server names what runs
        const a0 = f.args[0];
        const program = a0?.kind === 'list' ? a0.items[0] : a0;
        if (!carries(program, 'remote')) return false;
      } else if (carried === 'shipped') {
        // the code argument only (Function's body is its last): a config handed to a sandbox
        // beside code of the skill's own is data
        // a plain template (value.ts TEMPLATE_SOURCE) counts unless each piece of it stands
        // inside backticks of the code's own (`'return `' + tpl + '`'`)
        const code = f.callee === 'Function' ? f.args.at(-1) : f.args[0];
        if (!carries(code, carried) && !(carries(code, TEMPLATE_SOURCE) && !templated(code)))
          return false;
      } else if (carried && !callCarries(f, carried)) return false;
      if (arg) {
        const ok =
          arg['argv'] === true
            ? argOk(arg, argvOf(f))
            : typeof idx === 'number'
              ? argOk(arg, f.args[idx])
              : f.args.some((a) => argOk(arg, a));
        if (!ok) return false;
      }
      const given = (o: { name: string; position?: number }) =>
        f.options.has(o.name) || (o.position !== undefined && f.args.length > o.position);
      if (opt?.missing && !given(opt)) {
        // the argument is left out: its default stands
      } else if (opt?.missing && !optNames) return false;
      else if (optNames && opt) {
        // the keyword argument, else the positional argument that stands for it, is one of these names
        const keyword = f.options.has(opt.name);
        const named =
          f.names?.get(opt.name) ??
          (!keyword && opt.position !== undefined ? f.names?.get(String(opt.position)) : undefined);
        if (named === undefined || !optNames.has(named)) return false;
      } else if (opt) {
        const v = f.options.get(opt.name);
        if (!v) return false;
        if (equals !== undefined && asText(v)?.toLowerCase() !== equals) return false;
        if (opt.matches !== undefined && !re(opt.matches).test(asText(v) ?? '')) return false;
        if (opt.carries !== undefined && !carries(v, opt.carries)) return false;
      }
      if (pathRx && !pathTexts(f, written).some((x) => pathRx.test(x.replaceAll(HOLE, ''))))
        return false;
      return true;
    };
  } else if ('string' in m) {
    const rx = re(m['string'] as string);
    const shown = m['unlessShown'] === true;
    const keyFile = m['unlessKeyFile'] === true;
    // a regular expression's pattern is compared with texts, never run as a command
    const code = typeof m['embed'] === 'string' && m['embed'] !== 'text';
    t = (f) =>
      f.kind === 'string' &&
      !(shown && f.shown) &&
      !(keyFile && f.keyFile) &&
      !(code && f.pattern) &&
      rx.test(f.value.replaceAll(HOLE, ''));
  } else {
    const kind: CodeFact['kind'] | undefined =
      m['envRead'] === true
        ? 'env-read'
        : m['envBulk'] === true
          ? 'env-bulk'
          : m['indirectImport'] === true
            ? 'indirect-import'
            : m['decoded'] === true
              ? 'decoded'
              : undefined;
    t = (f) => kind !== undefined && f.kind === kind;
  }
  factTests.set(m, t);
  return t;
}

/** the callees that run a program with an argv (commands: true) */
const EXEC_CALLEE =
  /(?:^|\.)(?:exec(?:File|vp?e?|lp?e?)?(?:Sync)?|spawn(?:Sync)?|execa(?:Sync)?|run|call|check_call|check_output|Popen|create_subprocess_exec)$/;

/** a program's first argument as a subcommand (`install`, `prettier`), not an option or a path */
const SUBCOMMAND = /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/;

function firstWord(cmd: string): string | undefined {
  const w = cmd
    .trim()
    .replace(/^(?:sudo|exec|env|nohup|command)\s+/, '')
    .split(/[\s;|&<>()]+/)[0];
  return w && !w.includes(HOLE) ? w : undefined;
}

function capabilityOf(kind: string, f: CodeFact, pathRx?: RuleRegExp): CapabilityUse | undefined {
  if (kind === 'env') return f.kind === 'env-read' ? { kind: 'env', name: f.name } : undefined;
  if (f.kind === 'string' && (kind === 'fs.read' || kind === 'fs.write')) {
    return { kind, path: f.value.replaceAll(HOLE, '*') };
  }
  if (f.kind !== 'call') return undefined;
  if (kind === 'network') {
    // `Request(url=url)`, `requests.get(url=...)`: a keyword URL when no argument names one
    // …or a client's base URL (`httpx.Client(base_url=…)`, `AsyncClient(base_url=…)`): the host
    // every request made with it goes to, unless a request names its own
    const url = f.options.get('url') ?? f.options.get('base_url');
    const d = destinationOf(f.args, f.receiver) ?? (url ? destinationOf([url]) : undefined);
    return d ? { kind: 'network', ...d } : undefined;
  }
  if (kind === 'exec') {
    const a0 = f.args[0];
    const bin = a0?.kind === 'list' ? asText(a0.items[0]) : a0 ? asText(a0) : undefined;
    const b = bin ? firstWord(bin) : undefined;
    if (!b) return undefined;
    const binary = b.slice(b.lastIndexOf('/') + 1);
    // the program's first argument: the list's second item, the command line's second word, or
    // the second of the call's string arguments (`spawn("npm", ["install", …])`)
    const words =
      a0?.kind === 'list' || !bin || !/\s/.test(bin.trim())
        ? argv(f)
        : bin
            .trim()
            .replace(/^(?:sudo|exec|env|nohup|command)\s+/, '')
            .split(/\s+/);
    const sub = words?.[1];
    return sub !== undefined && SUBCOMMAND.test(sub)
      ? { kind: 'exec', binary, sub }
      : { kind: 'exec', binary };
  }
  const texts = pathTexts(f, kind === 'fs.write');
  const p =
    (pathRx ? texts.find((t) => pathRx.test(t.replaceAll(HOLE, ''))) : undefined) ?? texts[0];
  return p ? { kind: kind as 'fs.read' | 'fs.write', path: p.replaceAll(HOLE, '*') } : undefined;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/**
 * argv of an exec call: list form (`["git", "push"]`), program plus list (`spawn("git", [...])`,
 * `os.execvp("git", ["git", ...])` whose list repeats the program as argv[0]), or program plus
 * string arguments (`asyncio.create_subprocess_exec("git", "push")`, `os.execlp`)
 */
function argv(f: CallFact): string[] | undefined {
  const a0 = f.args[0];
  if (a0?.kind === 'list') return a0.items.map((i) => asText(i) ?? HOLE);
  if (!a0 || !isKnown(a0)) return undefined;
  const a1 = f.args[1];
  let rest: string[] | undefined;
  if (a1?.kind === 'list') rest = a1.items.map((i) => asText(i) ?? HOLE);
  else if (a1 && f.args.every((a) => a.kind === 'str' || a.kind === 'num'))
    rest = f.args.slice(1).map((a) => asText(a) ?? HOLE);
  if (!rest) return undefined;
  if (rest[0] !== undefined && base(rest[0]) === base(a0.s)) rest = rest.slice(1);
  return [a0.s, ...rest];
}

/** documentation, whose code blocks are examples (the markdown analyzer hands their code here) */
const DOC_FILE = /\.(?:md|mdx|markdown)$/i;

/** the command line an exec call runs: its argv's words, or its first string argument */
function commandText(f: CallFact): string | undefined {
  const av = argv(f);
  if (av && av.length > 1) return av.join(' ');
  const a0 = f.args[0];
  return a0?.kind === 'str' ? a0.s : undefined;
}

/** a virtual environment made (`python3 -m venv DIR`, `virtualenv DIR`, `uv venv DIR`): its words */
const VENV_MADE =
  /(?:^|[\s;&|(])(?:\S*\/)?(?:python[\d.]*\s+(?:-[A-Za-z]+\s+)*-m\s+venv|virtualenv|uv\s+venv)\s+([^;&|)]+)/g;
/** the package installer or interpreter of a virtual environment at DIR (`DIR/bin/pip`) */
const VENV_TOOL = /^(.+)\/(?:bin|Scripts)\/(?:pip[\d.]*|python[\d.]*|uv|pytest)(?:\.exe)?$/;

/**
 * The folders the file's exec calls make virtual environments in, wholly known (unlessVenv).
 */
function venvDirs(calls: readonly CodeFact[]): Set<string> {
  const dirs = new Set<string>();
  for (const g of calls) {
    if (g.kind !== 'call' || !EXEC_CALLEE.test(g.callee)) continue;
    const t = commandText(g);
    if (!t) continue;
    // every word after the command that is no option (`virtualenv -p python3 DIR`: DIR, and
    // python3, which names no folder the file runs a pip from)
    for (const m of t.matchAll(VENV_MADE))
      for (const w of (m[1] as string).trim().split(/\s+/)) {
        const d = w.replace(/^["']|["']$/g, '').replace(/\/+$/, '');
        if (d && !d.startsWith('-') && !d.includes(HOLE)) dirs.add(d);
      }
  }
  return dirs;
}

/** does an exec call run the pip or python of a virtual environment in `dirs` */
function runsVenv(f: CallFact, dirs: ReadonlySet<string>): boolean {
  const t = commandText(f);
  const program = t
    ?.trim()
    .split(/\s+/)[0]
    ?.replace(/^["']|["']$/g, '');
  const m = program !== undefined ? VENV_TOOL.exec(program) : null;
  return m !== null && dirs.has(m[1] as string);
}

/** `sh -c CMD`, `python -c CODE`, `node -e CODE` inside an argv → the code and its language */
function inlineCode(args: string[]): [string, RuleLanguage] | undefined {
  const bin = (args[0] ?? '').slice((args[0] ?? '').lastIndexOf('/') + 1);
  const flag = args.findIndex((a, i) => i > 0 && /^-[a-zA-Z]*[ce]$/.test(a));
  const code = flag > 0 ? args[flag + 1] : undefined;
  if (!code || code.includes(HOLE)) return undefined;
  if (/^(?:ba|z|da|k)?sh$/.test(bin)) return [code, 'bash'];
  if (/^python[0-9.]*$/.test(bin)) return [code, 'python'];
  if (/^(?:node|deno|bun)$/.test(bin)) return [code, 'javascript'];
  return undefined;
}

/** an argv as one bash command line: plain words bare, others double-quoted, unknown pieces as `${__sg}` */
export function shellLine(argv: readonly string[]): string {
  return argv
    .map((a) =>
      /^[\w./:@%+=,~^-]+$/.test(a)
        ? a
        : `"${a
            .replace(/[\r\n]+/g, ' ')
            .split(HOLE)
            .map((p) => p.replace(/[\\"$`]/g, '\\$&'))
            .join('${__sg}')}"`,
    )
    .join(' ');
}

/** the job table `crontab -l` printed, alone (some lines taken out at most: CRON_LISTING) */
function listingOnly(v: Value | undefined): boolean {
  return v?.kind === 'str' && v.source === CRON_LISTING && /^\s*\uFFFF\s*$/.test(v.s);
}

/**
 * `crontab -` run as a command line (`execSync('crontab -', { input })`) fed the job table's own
 * lines (listingOnly): the pruning `crontab -l | grep -v … | crontab -`, as an argv fed so is
 */
function prunedCommand(f: CallFact, text: string): string {
  return /^\s*crontab\s+-\s*$/.test(text) && listingOnly(f.options.get('input'))
    ? 'crontab -l | grep -v X | crontab -'
    : text;
}

/**
 * the first string argument with text, unknown parts as X; parts holding a secret (a credential
 * file's text, a dotenv, a secret-named variable: `exec('curl "…?d=' + key + '"')`) as `${__sg}`,
 * data the command carries, as an argv's unknown words are (shellLine)
 */
function embedText(f: CallFact): string | undefined {
  for (const a of f.args) {
    if (a.kind !== 'str' || !a.s.replaceAll(HOLE, '').trim()) continue;
    const keys = keysIn([a]);
    // one issuer's key from the environment (`${process.env.GITHUB_TOKEN}`, an f-string of
    // os.environ['GITHUB_TOKEN']): the child process inherits that variable, so the command line
    // reads it as `${GITHUB_TOKEN}` where it is no URL's host, and the shell rules compare the
    // hosts it goes to with the issuer's
    const key = keys.length === 1 ? `\${${keys[0] as string}}` : undefined;
    const secret = SECRET_SOURCES.some((s) => carries(a, s)) ? '${__sg}' : 'X';
    // an unknown piece that is a whole command word (`tool + ' https://… | sh'`, `f'{t} -s {u}'`)
    // is a program only known at run time, as an unset variable there is to the shell: not X, a
    // program the scan would take for a known harmless one
    const part = (at: number, other: string): string =>
      other !== '${__sg}' &&
      /(?:^|[|;&(]\s*|\$\(\s*)$/.test(a.s.slice(0, at)) &&
      /^(?:\s|$)/.test(a.s.slice(at + 1))
        ? '${__sgp}'
        : other;
    if (!key) return a.s.replace(new RegExp(HOLE, 'g'), (_, at: number) => part(at, secret));
    return a.s.replace(new RegExp(HOLE, 'g'), (_, at: number) =>
      part(
        at,
        /:\/\/$/.test(a.s.slice(0, at)) ||
          (/(?:^|[\s"'=(])$/.test(a.s.slice(0, at)) && /^[/:]/.test(a.s.slice(at + 1)))
          ? secret
          : key,
      ),
    );
  }
  return undefined;
}

const SECRET_SOURCES = [CREDENTIAL_SOURCE, DOTENV_SOURCE, 'envsecret'];

/**
 * every string argument of an output call, and a `description` given to it, as one text (unknown
 * parts as X); of a call that writes a file, the text written too (`open(P, 'a')` then `f.write(T)`)
 */
function outputText(f: CallFact): string | undefined {
  const parts: string[] = [];
  for (const w of f.written ?? []) if (w.kind === 'str') parts.push(w.s.replaceAll(HOLE, 'X'));
  for (const a of f.args) {
    if (a.kind === 'str') parts.push(a.s.replaceAll(HOLE, 'X'));
    // a tool or prompt registered with an object of settings: its description is shown too
    const d = a.kind === 'obj' ? a.props.get('description') : undefined;
    if (d?.kind === 'str') parts.push(d.s.replaceAll(HOLE, 'X'));
  }
  const described = f.options.get('description');
  if (described?.kind === 'str') parts.push(described.s.replaceAll(HOLE, 'X'));
  const t = parts.join(' ');
  return t.trim().length >= 12 ? t : undefined;
}

/**
 * calls that only build, test or name a path (`path.join`, `os.path.expanduser`, `Path(P)`,
 * `fs.existsSync`): handing them the agent's configuration reads none of it
 */
const PATH_ONLY =
  /(?:^|\.)(?:join|resolve|normalize|normpath|expanduser|expandvars|abspath|realpath|Path|PurePath|PosixPath|exists|existsSync|isfile|is_file|access|accessSync|fspath|str|String)$/;

/** the texts of a value, looked into lists and objects (bounded) */
function textsOf(v: Value | undefined, out: string[], depth = 0): string[] {
  if (!v || depth > 3 || out.length > 64) return out;
  if (v.kind === 'str') out.push(v.s);
  else if (v.kind === 'list') for (const i of v.items.slice(0, 64)) textsOf(i, out, depth + 1);
  else if (v.kind === 'obj')
    for (const i of [...v.props.values()].slice(0, 64)) textsOf(i, out, depth + 1);
  return out;
}

/**
 * What the code reads each agent configuration file (`~/.openclaw/openclaw.json`) for: `own`, only
 * the skill's own entry, or the key paths of services' credentials it is only read for (the
 * walker's `ownEntry` and `configKeys` marks, hints.ts configReadUse). Every call of the file
 * handed the path (or a text holding it) must be such a read, all of one kind, or only build or
 * test the path. Reading the whole configuration, another skill's entry or the gateway token,
 * handing the path to a shell command or to a function of the skill, keeps it a sensitive read of
 * the whole file (no entry).
 */
function configUses(facts: readonly CodeFact[]): Map<string, 'own' | string[]> {
  const paths = new Set<string>();
  for (const f of facts) if (f.kind === 'string' && AGENT_CONFIG.test(f.value)) paths.add(f.value);
  const out = new Map<string, 'own' | string[]>();
  if (!paths.size) return out;
  const other = new Set<string>();
  const keys = new Map<string, Set<string>>();
  const add = (p: string, use: 'own' | readonly string[]) => {
    const was = out.get(p);
    if (use === 'own' ? was !== undefined && was !== 'own' : was === 'own') other.add(p);
    else if (use === 'own') out.set(p, 'own');
    else {
      const k = keys.get(p) ?? new Set<string>();
      for (const x of use) k.add(x);
      keys.set(p, k);
      out.set(p, [...k].sort());
    }
  };
  for (const f of facts) {
    if (f.kind !== 'call') continue;
    const texts: string[] = [];
    for (const v of [...f.args, f.receiver, ...f.options.values()]) textsOf(v, texts);
    texts.forEach((t) => {
      for (const p of paths) {
        if (!t.includes(p)) continue;
        if (t === p && f.ownEntry) add(p, 'own');
        else if (t === p && f.configKeys) add(p, f.configKeys);
        else if (!(t === p && PATH_ONLY.test(f.callee))) other.add(p);
      }
    });
  }
  for (const p of other) out.delete(p);
  return out;
}

/** calls that test whether a path is there (`fs.existsSync`, `os.path.exists`, `Path.is_file`) */
const CHECKS =
  /(?:^|\.)(?:exists|existsSync|lexists|access|accessSync|isfile|is_file|isdir|is_dir)$/;
/** calls that read, copy or move a file, or send one: a path unknown here may be any file */
const FILE_USES =
  /(?:^|\.)(?:readFile\w*|createReadStream|copyFile\w*|cp|cpSync|rename\w*|open|read_text|read_bytes|copy\w*|move|upload\w*|sendFile|send_file|load)$/;

/** does text `t` name the path `p` itself or a file under it (not a longer name: `p` + `.pub`) */
function namesPath(t: string, p: string): boolean {
  for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
    const next = t[i + p.length];
    if (next === undefined || !/[\w.-]/.test(next)) return true;
  }
  return false;
}

/**
 * The paths the code only tests for (`if (!fs.existsSync(KEY)) …`, `os.path.exists(P)`), or
 * reads only for settings that are no secret (`cfg.read(P)` then `cfg.get('default', 'region')`,
 * settingOnly), and never hands to anything else: a check, not a read of its secrets. Every call
 * whose texts name the path gets it whole and only builds, tests or so reads it, one of them
 * tests or reads it, and no call of the file reads, copies or sends a file by a path known only at
 * run time (where this one could go unseen).
 */
function onlyChecked(facts: readonly CodeFact[], p: string): boolean {
  let checked = false;
  for (const f of facts) {
    if (f.kind !== 'call') continue;
    if (FILE_USES.test(f.callee) && f.args[0] && !isKnown(f.args[0])) return false;
    const texts: string[] = [];
    for (const v of [...f.args, f.receiver, ...f.options.values()]) textsOf(v, texts);
    for (const t of texts) {
      if (!namesPath(t, p)) continue;
      if (t !== p || !(PATH_ONLY.test(f.callee) || f.settingOnly)) return false;
      if ((CHECKS.test(f.callee) && !f.loopItem) || f.settingOnly) checked = true;
    }
  }
  return checked;
}

/** which fact kind a match looks at */
function factKind(m: Match): CodeFact['kind'] {
  if ('call' in m) return 'call';
  if ('string' in m) return 'string';
  if (m['envRead'] === true) return 'env-read';
  if (m['envBulk'] === true) return 'env-bulk';
  if (m['indirectImport'] === true) return 'indirect-import';
  return 'decoded';
}

/**
 * Findings of one rule on one line to one destination are merged downstream: a request that
 * cannot send (`urlopen(req)`) must not hide one on the same line that can (`Request(url,
 * data=...)`), so such a group is quiet only when all of it is.
 */
function quietOnlyWhenAll(out: Finding[]): void {
  const key = (f: Finding) => `${f.ruleId}\0${f.line}\0${JSON.stringify(f.capability ?? null)}`;
  const rank = (f: Finding) => (f.sends === true ? 2 : f.sends === false ? 0 : 1);
  const net = out.filter((f) => f.threat === 'egress' || f.capability?.kind === 'network');
  const loudest = new Map<string, number>();
  for (const f of net) loudest.set(key(f), Math.max(loudest.get(key(f)) ?? 0, rank(f)));
  for (const f of net) {
    const r = loudest.get(key(f)) ?? 1;
    if (r === 2) f.sends = true;
    else if (r === 1) delete f.sends;
  }
}

type Scopes = (line: number) => string;

export function evaluateRules(
  file: SourceFile,
  language: RuleLanguage,
  rules: readonly Rule[],
  facts: readonly CodeFact[],
  ctx: AnalyzerContext,
): Finding[] {
  const out: Finding[] = [];
  const embedded = new Set<string>();
  /** what a text scanned as `lang` yields, once per line, language and text (else nothing) */
  const embedOnce = (
    text: string,
    lang: RuleLanguage,
    line: number,
    how: string,
    asFile?: string,
  ): Finding[] => {
    const key = `${line}\0${lang}\0${asFile ?? ''}\0${text}`;
    if (embedded.has(key)) return [];
    embedded.add(key);
    return ctx.embedded(text, lang, { line, decodedFrom: how, ...(asFile ? { asFile } : {}) });
  };
  const embed = (text: string, lang: RuleLanguage, line: number, how: string) =>
    out.push(...embedOnce(text, lang, line, how));
  const byKind = new Map<CodeFact['kind'], CodeFact[]>();
  for (const f of facts) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const calls = byKind.get('call') ?? [];
  /**
   * the command lines the argv of the file's exec calls spell, as strings (`commands: true`): a
   * program and its flags are separate literals there (`execFileSync('xsel', ['-b', '-o'])`)
   */
  let commandLines: CodeFact[] | undefined;
  const commandFacts = (): CodeFact[] =>
    (commandLines ??= calls.flatMap((f): CodeFact[] => {
      if (f.kind !== 'call' || !EXEC_CALLEE.test(f.callee)) return [];
      const av = argv(f);
      if (!av || av.length < 2 || av.length > 64 || av[0]?.includes(HOLE)) return [];
      return [{ kind: 'string', value: av.join(' '), line: f.line }];
    }));
  /** the distinct callees of the call facts, their answer rows and positions in `calls` (ascending) */
  let callees: { name: string; row: (boolean | undefined)[]; at: number[] }[] | undefined;
  /** the facts a match can hold for: of its kind, and for calls only those to a matching callee */
  const candidates = (m: Match): readonly CodeFact[] => {
    if (!('call' in m)) {
      const own = byKind.get(factKind(m)) ?? [];
      return m['commands'] === true ? [...own, ...commandFacts()] : own;
    }
    if (calls.length <= 8) return calls;
    if (!callees) {
      const byName = new Map<string, number[]>();
      calls.forEach((f, i) => {
        const callee = (f as CallFact).callee;
        const at = byName.get(callee);
        if (at) at.push(i);
        else byName.set(callee, [i]);
      });
      callees = [...byName].map(([name, at]) => ({ name, row: calleeRow(name), at }));
    }
    const col = calleeColumn(m['call'] as string[]);
    let at: number[] | undefined;
    let merged = false;
    for (const c of callees) {
      if (!calleeMatches(c.row, col, c.name)) continue;
      if (!at) at = c.at;
      else {
        at = at.concat(c.at);
        merged = true;
      }
    }
    if (!at) return [];
    if (merged) at.sort((a, b) => a - b);
    return at.map((i) => calls[i] as CodeFact);
  };
  const lines = new LineIndex(file.text);
  /** calls some exec rule matched: their argv goes to the bash analysis like a command line */
  const execCalls = new Set<CallFact>();
  /** the argv command lines by the line of their call, analysed as one bash script */
  const argvLines = new Map<number, string[]>();
  /**
   * is a path the skill's own settings in the agent's folders: its entry of the agent's
   * configuration (ownConfigs), a file of its installed folder or its private settings
   * (ownAgentFile); asked only for paths a sensitive-read rule matched
   */
  let configs: Map<string, 'own' | string[]> | undefined;
  const configUse = (p: string) => (configs ??= configUses(facts)).get(p);
  const ownPath = (p: string): boolean => {
    // only a path in an agent's folders can be the skill's own: no need to read its names
    if (!AGENT_DIR.test(p)) return false;
    const names = ctx.ownNames?.() ?? [];
    if (!names.length) return false;
    if (AGENT_CONFIG.test(p)) return configUse(p) === 'own';
    return ownAgentFile(p, names);
  };
  /**
   * does a call write only known state files in the skill's own installed folder (a copy puts
   * files there whose names it does not say: installsSelf judges those)
   */
  const ownStateWrite = (f: CallFact): boolean => {
    if (COPIES.test(f.callee)) return false;
    const to = pathTexts(f, true);
    if (!to.length || !to.every((p) => AGENT_DIR.test(p) && !p.includes(HOLE))) return false;
    const names = ctx.ownNames?.() ?? [];
    return to.every((p) => ownSkillStateFile(p, names));
  };
  /** the sensitive paths the code only tests for (onlyChecked), by path */
  const checks = new Map<string, boolean>();
  const checkedOnly = (p: string): boolean => {
    let v = checks.get(p);
    if (v === undefined) checks.set(p, (v = onlyChecked(facts, p)));
    return v;
  };
  /** the virtual environments the file's exec calls make, once per file */
  let made: Set<string> | undefined;
  /** the bundled module of each line (bundle.ts), once per file; null: no bundle */
  let scopes: Scopes | null | undefined;
  for (const rule of rules) {
    const m = rule.match;
    // (a list: each of them holds in the file; in a bundle, in the same vendored module or all
    // in the skill's own code, see bundle.ts)
    const also = m['fileAlso'] as Match | Match[] | undefined;
    if (also && ![also].flat().every((a) => candidates(a).some(factTest(a)))) continue;
    if (also && scopes === undefined) scopes = bundleScopes(file.text) ?? null;
    const alsoIn =
      also && scopes
        ? [also].flat().map((a) => {
            const t = factTest(a);
            return new Set(
              candidates(a).flatMap((g) => (t(g) ? [(scopes as Scopes)(g.line)] : [])),
            );
          })
        : undefined;
    const unless = m['unless'] as Match | undefined;
    if (unless && candidates(unless).some(factTest(unless))) continue;
    const declares = m['declares'] as Declares | undefined;
    if (declares && !declaresWithin(file.path, declares, ctx.sibling)) continue;
    const unlessDeclares = m['unlessDeclares'] as Declares | undefined;
    if (unlessDeclares && declaresWithin(file.path, unlessDeclares, ctx.sibling)) continue;
    const capKind = typeof m['capability'] === 'string' ? m['capability'] : undefined;
    const pathRx = typeof m['path'] === 'string' ? re(m['path']) : undefined;
    const test = factTest(m);
    const selfInstall = m['unlessSelfInstall'] as Match | undefined;
    /** does the file also fetch: then what it copies may hold what it saved (not only shipped files) */
    let fetches: boolean | undefined;
    const reused = m['unlessReused'] === true ? reusedArg(m, calls) : undefined;
    /** the command lines of the file's calls that prune the job table, by line (prunedCommand) */
    let prunes: Map<string, string> | undefined;
    const prunedAt = (line: number, text: string): string => {
      prunes ??= new Map(
        calls
          .filter((g): g is CallFact => g.kind === 'call')
          .map((g) => [g, embedText(g)] as const)
          .filter(([g, t]) => t !== undefined && prunedCommand(g, t) !== t)
          .map(([g, t]) => [`${g.line}\0${t}`, prunedCommand(g, t as string)]),
      );
      return prunes.get(`${line}\0${text}`) ?? text;
    };
    const unlessWritten = m['unlessWritten'] as
      { path: string; lines: string } | Array<{ path: string; lines: string }> | undefined;
    const harmless = unlessWritten && [unlessWritten].flat();
    const settings = m['unlessSettings'] as { path: string } | undefined;
    /**
     * a write of known settings to an agent's settings file (unlessSettings): judged by what it
     * holds, read as that file would be (its findings kept); true when nothing there is a risk
     */
    const settingsOnly = (f: CallFact): boolean => {
      if (!settings) return false;
      const to = pathTexts(f, true).find((p) => re(settings.path).test(p.replaceAll(HOLE, '')));
      const text = to !== undefined ? writtenSettings(f) : undefined;
      if (to === undefined || text === undefined) return false;
      const sub = embedOnce(text, 'text', f.line, 'written settings', to);
      out.push(...sub);
      return !sub.some(settingsRisk);
    };
    const shippedTo = m['unlessShipped'] as { path: string } | undefined;
    const madeBy = m['unlessMadeDir'] as Match | undefined;
    /** the known paths the file makes as folders (unlessMadeDir) */
    let dirs: Set<string> | undefined;
    const madeDir = (f: CallFact): boolean => {
      if (!madeBy) return false;
      if (!dirs) {
        const t = factTest(madeBy);
        dirs = new Set(
          candidates(madeBy)
            .filter((g): g is CallFact => g.kind === 'call' && t(g))
            .map((g) => pathTexts(g)[0])
            .filter((p): p is string => p !== undefined && !p.includes(HOLE)),
        );
      }
      const p = pathTexts(f)[0];
      return p !== undefined && dirs.has(p);
    };
    /** the virtual environments the file makes (unlessVenv) */
    const venvs = m['unlessVenv'] === true ? (made ??= venvDirs(calls)) : undefined;
    for (const f of candidates(m)) {
      if (!test(f)) continue;
      if (alsoIn && !alsoIn.every((s) => s.has((scopes as Scopes)(f.line)))) continue;
      // the pip or python of a virtual environment the file itself makes: its own interpreter
      if (venvs && f.kind === 'call' && runsVenv(f, venvs)) continue;
      // an example in documentation (a fenced block of SKILL.md, a template page) that imports or
      // requires by its own name a module the example leaves open (`require(modulePath)`,
      // `import(pluginPath)`) shows a pattern; a name it computes (decoded, joined from pieces:
      // a target) or a renamed loader (`const r = require; r(x)`) still hides what is loaded
      if (
        f.kind === 'indirect-import' &&
        f.target === undefined &&
        (f.via === 'a computed module name' || f.via === 'import') &&
        DOC_FILE.test(file.path)
      )
        continue;
      if (
        f.kind === 'string' &&
        rule.threat === 'sensitive-read' &&
        (ownPath(f.value) || checkedOnly(f.value))
      )
        continue;
      if (harmless && f.kind === 'call' && harmless.some((h) => writesOnly(f, h))) continue;
      // a log or state file written in the skill's own installed folder (hints.ts
      // ownSkillStateFile): no persistence place, as in the bash analyzer
      if (rule.threat === 'persistence' && f.kind === 'call' && ownStateWrite(f)) continue;
      if (settings && f.kind === 'call' && settingsOnly(f)) continue;
      if (reused && f.kind === 'call' && reused(f)) continue;
      if (madeBy && f.kind === 'call' && madeDir(f)) continue;
      if (
        shippedTo &&
        f.kind === 'call' &&
        copiesShipped(f, file.path, shippedTo.path, ctx.sibling)
      )
        continue;
      if (
        selfInstall &&
        f.kind === 'call' &&
        installsSelf(f, file.path, () => ctx.ownNames?.() ?? []) &&
        !(fetches ??= candidates(selfInstall).some(factTest(selfInstall)))
      )
        continue;
      if (m['embed'] === 'text') {
        // text the code shows (printed, logged) reaches the agent that runs it: the rule hits
        // only when the prose rules find something in that text
        if (f.kind !== 'call') continue;
        const t = outputText(f);
        const sub =
          t && !helpForUser(t)
            ? embedOnce(t, 'text', f.line, `${f.callee} output`).filter(injectionFinding)
            : [];
        if (!sub.length) continue;
        out.push(
          findingFor(rule, { file: file.path, line: f.line, evidence: lines.text(f.line) }),
          ...sub,
        );
        continue;
      }
      if (capKind === 'exec' && f.kind === 'call') execCalls.add(f);
      const capability = capKind ? capabilityOf(capKind, f, pathRx) : undefined;
      const place: HitPlace = { file: file.path, line: f.line, evidence: lines.text(f.line) };
      if (capability) place.capability = capability;
      if (f.kind === 'string' && rule.threat === 'sensitive-read' && AGENT_CONFIG.test(f.value)) {
        const use = configUse(f.value);
        if (Array.isArray(use)) place.configKeys = use;
      }
      // whether a network call can carry local data out (a constant GET cannot)
      if (capKind === 'network' && f.kind === 'call' && f.sends !== undefined)
        place.sends = f.sends;
      if (capKind === 'network' && f.kind === 'call' && f.byCaller && !capability)
        place.destination = 'caller';
      if (capKind === 'network' && f.kind === 'call') {
        const keys = keysIn([...f.args, ...f.options.values(), f.receiver, ...(f.carried ?? [])]);
        if (keys.length) place.keys = keys;
        const content = keys.length
          ? keysInContent([...requestBodies(f.callee, f.args, f.options), ...(f.bodies ?? [])])
          : [];
        if (content.length) place.contentKeys = content;
      }
      out.push(findingFor(rule, place));
      if (typeof m['embed'] === 'string') {
        // (a string literal of such a call's command line too: `execSync('crontab -', { input })`)
        const e = f.kind === 'call' ? embedText(f) : undefined;
        const t =
          f.kind === 'call'
            ? e && prunedCommand(f, e)
            : f.kind === 'string'
              ? prunedAt(f.line, f.value.replaceAll(HOLE, 'X'))
              : undefined;
        const how = f.kind === 'call' ? `${f.callee} argument` : 'string-literal';
        if (t) embed(t, m['embed'] as RuleLanguage, f.line, how);
      }
    }
  }
  quietOnlyWhenAll(out);
  for (const f of facts) {
    if (f.kind === 'call') {
      // a ~/.ssh/config, git config, cargo or mise config the code writes: the commands the
      // tool will run by itself (bash/tool-config.ts)
      // (`Path(P).write_text(x)`, `Path(P).open('a')`: the path is the receiver)
      const into = /^pathlib\.Path\(\)\./.test(f.callee) ? f.receiver : f.args[0];
      // JS hands the text as the data argument (`fs.appendFileSync(P, text)`), Python writes it
      const texts = f.written?.length
        ? f.written
        : DATA_WRITE.test(f.callee) && f.args[1]
          ? [f.args[1]]
          : [];
      if (texts.length && into?.kind === 'str' && TOOL_CONFIG.test(into.s)) {
        const how = SSH_CONFIG.test(into.s) ? 'ssh local command' : `command in ${into.s}`;
        for (const w of texts)
          if (w.kind === 'str') {
            const text = w.s.replaceAll(HOLE, 'X');
            for (const cmd of configCommands(into.s, text)) embed(cmd, 'bash', f.line, how);
            // and the text itself read as that file, as the bash analyzer reads what a script
            // writes there (a global core.hooksPath, cargo's runner, mise's hooks)
            if (CONFIG_READ_AS_WRITTEN.test(into.s))
              out.push(...embedOnce(text, 'text', f.line, `written to ${into.s}`, into.s));
          }
      }
      // a tool's start-up file the code writes (~/.vimrc, ~/.config/nvim/init.lua, ~/.tmux.conf):
      // read as the same write from a shell, so the start-up file rules judge what it runs
      if (
        texts.length &&
        into?.kind === 'str' &&
        TOOL_RC.test(into.s) &&
        !into.s.includes(HOLE) &&
        !/["$`\\]/.test(into.s)
      )
        for (const w of texts)
          if (w.kind === 'str' && !w.s.includes('__SG_RC__'))
            embed(
              `cat >> "${into.s.replace(/^~\//, '$HOME/')}" <<'__SG_RC__'\n${w.s.replaceAll(HOLE, 'X')}\n__SG_RC__`,
              'bash',
              f.line,
              `written to ${into.s}`,
            );
      const av = argv(f);
      const inline = av ? inlineCode(av) : undefined;
      if (inline) embed(inline[0], inline[1], f.line, `${f.callee} -c`);
      // one set of command rules for every language: `["git", "push", url]` is analysed as the
      // bash command `git push URL` (network hosts, exfiltration, downloads...)
      else if (av?.[0] && !av[0].includes(HOLE) && execCalls.has(f) && av.length <= 256) {
        // data the code hands the program on its standard input (`subprocess.run([...],
        // input=key)`, `execFileSync(f, args, { input })`) is its here-string
        const fed = f.options.get('input');
        // the job table `crontab -l` printed, some lines taken out, fed back: a pruning
        const pruned = av[0] === 'crontab' && listingOnly(fed);
        const cmd = pruned
          ? `crontab -l | grep -v "\${__sg}" | ${shellLine(av)}`
          : shellLine(av) + (fed !== undefined ? ' <<< "${__sg}"' : '');
        const same = argvLines.get(f.line);
        if (!same) argvLines.set(f.line, [cmd]);
        else if (same.length < 32 && !same.includes(cmd)) same.push(cmd);
      }
    } else if (f.kind === 'decoded' && f.text.trim().length >= 6) {
      embed(f.text, f.asCode ? language : guessLanguage(f.text, 'text'), f.line, f.how);
    }
  }
  if (argvLines.size) {
    // one script with each command on its call's line (lines kept, one bash parse per file)
    const last = Math.max(...argvLines.keys());
    const script: string[] = new Array<string>(last).fill('');
    for (const [line, cmds] of argvLines) script[line - 1] = cmds.join(' ; ');
    out.push(...ctx.embedded(script.join('\n'), 'bash', { line: 1 }));
  }
  return out;
}
