/**
 * Positional access to a node's named children (comments left out, computed once per node by the
 * tree copy): call = [function, arguments], attribute = [object, attribute].
 */
import type { TreeNode } from '../code/tree.js';

type Node = TreeNode;

export class Nodes {
  kids(n: Node): Node[] {
    return n.codeChildren;
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
