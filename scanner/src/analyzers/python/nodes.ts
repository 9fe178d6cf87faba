/**
 * Cached access to tree-sitter children. Every property read on a node crosses into native code
 * and builds a new JS object, so the walker asks for each node's named children once (by id) and
 * reads fields by position: call = [function, arguments], attribute = [object, attribute].
 */
import type { TreeNode } from '../code/tree.js';

type Node = TreeNode;

export class Nodes {
  private readonly memo = new Map<number, Node[]>();

  kids(n: Node): Node[] {
    const id = n.id;
    let k = this.memo.get(id);
    if (!k) this.memo.set(id, (k = n.namedChildren.filter((c) => c.type !== 'comment')));
    return k;
  }

  /** `function` of a call, `object` of an attribute, `value` of a subscript */
  first(n: Node | null | undefined): Node | undefined {
    return n ? this.kids(n)[0] : undefined;
  }

  /** `arguments` of a call, `attribute` of an attribute */
  second(n: Node | null | undefined): Node | undefined {
    return n ? this.kids(n)[1] : undefined;
  }

  /**
   * the argument nodes of a call (positional and keyword), comments dropped; a lone generator
   * argument (`''.join(c for c in x)`) is the call's only argument
   */
  args(call: Node): Node[] {
    const list = this.second(call);
    if (list?.type === 'generator_expression') return [list];
    return list && list.type === 'argument_list' ? this.kids(list) : [];
  }
}
