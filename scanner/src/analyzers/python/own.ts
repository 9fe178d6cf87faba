/**
 * A read of the agent's configuration used only for some of its keys (a KeyTarget: the skill's
 * own entry, a service's credential): `json.load(f)['skills']['entries']['weather']['apiKey']` in
 * `with open(P) as f:`, `json.loads(Path(P).read_text()).get('channels', {}).get('telegram',
 * {}).get('botToken')`, or the parsed dict kept in a name every use of which goes to such a key.
 * See code/evaluate.ts configUses.
 */
import type { TreeNode } from '../code/tree.js';
import { HOLE, type Value } from '../code/value.js';
import type { KeyTarget } from '../../engine/hints.js';
import { ANY_KEY } from '../../capabilities/issuers.js';

type Node = TreeNode;

/** how many names a value may pass through (`f` → `cfg` → the entry) */
const MAX_HOPS = 3;
/** uses of one name looked at; past it the read counts as the whole configuration */
const MAX_USES = 32;
/** keys of one chain (`channels.telegram.accounts.default.botToken` has five) */
const MAX_KEYS = 6;
/** parsers whose result is the same data, as a dict */
const PARSERS = /^(?:json\.loads?|tomllib\.loads?|tomli\.loads?|yaml\.safe_load)$/;
/** methods that give the text of a file or the text itself (`f.read()`, `.read_text()`, `.strip()`) */
const TEXT_OF = /^(?:read|read_text|strip)$/;

/** `x or {}`, `x or dict()`: a default that holds nothing */
function emptyDefault(p: Node, n: Node): boolean {
  if (p.type !== 'boolean_operator' || p.childForFieldName('left') !== n) return false;
  const r = p.childForFieldName('right');
  // the operator is the text between the two sides (the tree keeps no tokens here)
  const op = r ? p.text.slice(n.text.length, p.text.length - r.text.length) : '';
  if (op.trim() !== 'or') return false;
  if (r?.type === 'dictionary') return r.codeChildren.length === 0;
  return (
    r?.type === 'call' &&
    r.codeChildren[0]?.text === 'dict' &&
    r.codeChildren[1]?.codeChildren.length === 0
  );
}

/** wrappers that leave a value as it is */
function outer(n: Node): Node {
  while (
    n.parent &&
    (n.parent.type === 'parenthesized_expression' ||
      n.parent.type === 'await' ||
      emptyDefault(n.parent, n))
  )
    n = n.parent;
  return n;
}

export class PyConfigKeyUse {
  constructor(
    private readonly root: Node,
    private readonly fold: (n: Node) => Value,
    private readonly resolve: (n: Node) => string | undefined,
    private readonly target: KeyTarget,
  ) {}

  /**
   * is the value of `node` used only to reach the target's keys; `prefix` holds the keys
   * already taken to reach it (`skills`, `entries` for `entries = cfg["skills"]["entries"]`)
   */
  only(node: Node, hops = 0, prefix: readonly string[] = []): boolean {
    if (this.target.reaches(prefix)) return true;
    const n = outer(node);
    const p = n.parent;
    if (!p) return false;
    if (p.type === 'argument_list' && p.parent?.type === 'call' && p.codeChildren.length === 1) {
      const fn = p.parent.codeChildren[0];
      const canon = fn ? this.resolve(fn) : undefined;
      return (
        !prefix.length && canon !== undefined && PARSERS.test(canon) && this.only(p.parent, hops)
      );
    }
    if (p.type === 'attribute' && p.codeChildren[0] === n) {
      const call = p.parent;
      const method = p.codeChildren[1]?.text ?? '';
      // `for acc in accounts.values():` / `for name, acc in accounts.items():`: each value is
      // under a key of its own
      if (
        (method === 'values' || method === 'items') &&
        call?.type === 'call' &&
        call.codeChildren[0] === p
      )
        return this.loopValues(call, method === 'items', hops, [...prefix, ANY_KEY]);
      if (
        !prefix.length &&
        call?.type === 'call' &&
        call.codeChildren[0] === p &&
        TEXT_OF.test(method)
      )
        return this.only(call, hops);
      return this.chain(n, hops, prefix);
    }
    if (p.type === 'subscript' && p.codeChildren[0] === n) return this.chain(n, hops, prefix);
    let name: Node | null | undefined;
    // `with open(P) as f:`, `cfg = json.load(f)`
    if (p.type === 'as_pattern' && p.codeChildren[0] === n) {
      if (prefix.length) return false;
      const alias = p.childForFieldName('alias');
      name = alias?.namedChildren[0] ?? alias;
    } else if (p.type === 'assignment' && p.childForFieldName('right') === n)
      name = p.childForFieldName('left');
    if (name?.type !== 'identifier' || hops >= MAX_HOPS) return false;
    const uses = this.uses(name);
    return (
      uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1, prefix))
    );
  }

  /**
   * `for acc in m.values():` (`for k, acc in m.items():`, `items` true): the call is only the
   * loop's iterable, and every use of the value's name is used only so, under `prefix`
   */
  private loopValues(call: Node, items: boolean, hops: number, prefix: readonly string[]): boolean {
    const loop = outer(call).parent;
    // a for statement, or the `for … in` clause of a comprehension or generator
    // (`[a['botToken'] for a in accounts.values()]`)
    const clause = loop?.type === 'for_in_clause';
    if (
      !loop ||
      (loop.type !== 'for_statement' && !clause) ||
      (clause ? loop.codeChildren[1] : loop.childForFieldName('right')) !== outer(call)
    )
      return false;
    const left = clause ? loop.codeChildren[0] : loop.childForFieldName('left');
    const names =
      left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.codeChildren : [left];
    const name = items
      ? names.length === 2
        ? names[1]
        : undefined
      : names.length === 1
        ? names[0]
        : undefined;
    if (name?.type !== 'identifier' || hops >= MAX_HOPS || !this.target.toward(prefix))
      return false;
    const uses = this.uses(name);
    return (
      uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1, prefix))
    );
  }

  /** a key chain on `n`: it reaches the target, or a part on the way that is used only so */
  private chain(n: Node, hops: number, prefix: readonly string[]): boolean {
    const { keys, end } = this.keys(n);
    const all = [...prefix, ...keys];
    if (this.target.reaches(all)) return true;
    return keys.length > 0 && this.target.toward(all) && this.only(end, hops, all);
  }

  /**
   * The keys of the subscript and `.get(k, …)` chain on `n` (skills, entries, x, apiKey; a key
   * known only at run time is ANY_KEY: `["accounts"][account_id]`) and the last link of it
   */
  private keys(n: Node): { keys: string[]; end: Node } {
    const out: string[] = [];
    let cur = outer(n);
    while (out.length < MAX_KEYS) {
      const p = cur.parent;
      let key: Node | undefined;
      let next: Node | undefined;
      if (p?.type === 'subscript' && p.codeChildren[0] === cur && p.codeChildren.length === 2) {
        key = p.codeChildren[1];
        next = p;
      } else if (
        p?.type === 'attribute' &&
        p.codeChildren[0] === cur &&
        p.codeChildren[1]?.text === 'get' &&
        p.parent?.type === 'call' &&
        p.parent.codeChildren[0] === p
      ) {
        const args = p.parent.codeChildren[1];
        key = args?.type === 'argument_list' ? args.codeChildren[0] : undefined;
        next = p.parent;
      }
      if (!key || !next) break;
      out.push(this.keyOf(key) ?? ANY_KEY);
      cur = outer(next);
    }
    return { keys: out, end: cur };
  }

  /**
   * A key's text: folded, or the one text every call of the function passes for the parameter
   * the key is (`def entry_of(name): … ["entries"][name]` called only as `entry_of("x")`)
   */
  private keyOf(key: Node): string | undefined {
    const k = this.fold(key);
    if (k.kind === 'str' && !k.s.includes(HOLE)) return k.s;
    return key.type === 'identifier' ? this.paramText(key) : undefined;
  }

  private paramText(id: Node): string | undefined {
    let fn = id.parent;
    while (fn && fn.type !== 'function_definition') fn = fn.parent;
    const params = fn?.childForFieldName('parameters')?.codeChildren ?? [];
    const index = params.findIndex((q) => q.type === 'identifier' && q.text === id.text);
    const name = fn?.childForFieldName('name');
    if (index < 0 || !name) return undefined;
    const uses = this.uses(name);
    if (!uses?.length) return undefined;
    const texts = new Set<string>();
    for (const u of uses) {
      const call = u.parent;
      if (call?.type !== 'call' || call.codeChildren[0] !== u) return undefined;
      const args = call.codeChildren[1];
      const a = args?.type === 'argument_list' ? args.codeChildren[index] : undefined;
      if (!a || a.type === 'keyword_argument' || a.type.endsWith('splat')) return undefined;
      const v = this.fold(a);
      if (v.kind !== 'str' || v.s.includes(HOLE)) return undefined;
      texts.add(v.s);
    }
    return texts.size === 1 ? [...texts][0] : undefined;
  }

  /** every other mention of the name `name` binds in the file, or undefined past MAX_USES */
  private uses(name: Node): Node[] | undefined {
    return mentionsOf(this.root, name.text, MAX_USES, name);
  }
}

/**
 * Every mention of the name `text` in the tree under `root` but the node `except`, or undefined
 * past `max` (a name used that often is not followed). An attribute's name (`o.cfg`) or a
 * keyword's (`f(cfg=1)`) is no mention of the name.
 */
export function mentionsOf(
  root: Node,
  text: string,
  max: number,
  except?: Node,
): Node[] | undefined {
  const out: Node[] = [];
  for (const n of root.descendantsOfType('identifier')) {
    if (n === except || n.text !== text) continue;
    const p = n.parent;
    if (p?.type === 'attribute' && p.codeChildren[1] === n) continue;
    if (p?.type === 'keyword_argument' && p.childForFieldName('name') === n) continue;
    if (out.length >= max) return undefined;
    out.push(n);
  }
  return out;
}
