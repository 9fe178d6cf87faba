/**
 * A read of the agent's configuration used only for the skill's own entry:
 * `json.load(f)['skills']['entries']['weather']['apiKey']` in `with open(P) as f:`,
 * `json.loads(Path(P).read_text()).get('skills', {}).get('entries', {}).get('weather')`, or the
 * parsed dict kept in a name every use of which goes to that entry. See code/evaluate.ts
 * ownConfigs.
 */
import type { TreeNode } from '../code/tree.js';
import { HOLE, type Value } from '../code/value.js';
import { ownEntryKeys } from '../../engine/hints.js';

type Node = TreeNode;

/** how many names a value may pass through (`f` → `cfg` → the entry) */
const MAX_HOPS = 3;
/** uses of one name looked at; past it the read counts as the whole configuration */
const MAX_USES = 32;
/** parsers whose result is the same data, as a dict */
const PARSERS = /^(?:json\.loads?|tomllib\.loads?|tomli\.loads?|yaml\.safe_load)$/;
/** methods that give the text of a file or the text itself (`f.read()`, `.read_text()`, `.strip()`) */
const TEXT_OF = /^(?:read|read_text|strip)$/;

/** wrappers that leave a value as it is */
function outer(n: Node): Node {
  while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'await'))
    n = n.parent;
  return n;
}

export class PyOwnEntryUse {
  constructor(
    private readonly root: Node,
    private readonly fold: (n: Node) => Value,
    private readonly resolve: (n: Node) => string | undefined,
    private readonly own: readonly string[],
  ) {}

  /** is the value of `node` used only to reach the skill's own entry */
  only(node: Node, hops = 0): boolean {
    const n = outer(node);
    const p = n.parent;
    if (!p) return false;
    if (p.type === 'argument_list' && p.parent?.type === 'call' && p.codeChildren.length === 1) {
      const fn = p.parent.codeChildren[0];
      const canon = fn ? this.resolve(fn) : undefined;
      return canon !== undefined && PARSERS.test(canon) && this.only(p.parent, hops);
    }
    if (p.type === 'attribute' && p.codeChildren[0] === n) {
      const call = p.parent;
      const method = p.codeChildren[1]?.text ?? '';
      if (call?.type === 'call' && call.codeChildren[0] === p && TEXT_OF.test(method))
        return this.only(call, hops);
      return ownEntryKeys(this.keys(n), this.own);
    }
    if (p.type === 'subscript' && p.codeChildren[0] === n)
      return ownEntryKeys(this.keys(n), this.own);
    let name: Node | null | undefined;
    // `with open(P) as f:`, `cfg = json.load(f)`
    if (p.type === 'as_pattern' && p.codeChildren[0] === n) {
      const alias = p.childForFieldName('alias');
      name = alias?.namedChildren[0] ?? alias;
    } else if (p.type === 'assignment' && p.childForFieldName('right') === n)
      name = p.childForFieldName('left');
    if (name?.type !== 'identifier' || hops >= MAX_HOPS) return false;
    const uses = this.uses(name);
    return uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1));
  }

  /** the keys of the subscript and `.get(k, …)` chain on `n` (skills, entries, x, apiKey) */
  private keys(n: Node): string[] {
    const out: string[] = [];
    let cur = outer(n);
    while (out.length < 4) {
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
      const k = this.fold(key);
      if (k.kind !== 'str' || k.s.includes(HOLE)) break;
      out.push(k.s);
      cur = outer(next);
    }
    return out;
  }

  /** every other mention of the name `name` binds in the file, or undefined past MAX_USES */
  private uses(name: Node): Node[] | undefined {
    const out: Node[] = [];
    for (const n of this.root.descendantsOfType('identifier')) {
      if (n === name || n.text !== name.text) continue;
      const p = n.parent;
      // an attribute's name (`o.cfg`) or a keyword's (`f(cfg=1)`) is no use of the name
      if (p?.type === 'attribute' && p.codeChildren[1] === n) continue;
      if (p?.type === 'keyword_argument' && p.childForFieldName('name') === n) continue;
      if (out.length >= MAX_USES) return undefined;
      out.push(n);
    }
    return out;
  }
}
