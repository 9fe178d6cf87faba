/**
 * A plain-JS copy of a tree-sitter tree, built with one TreeCursor pass. Every property read on a
 * native `SyntaxNode` crosses into native code (and `children`/`namedChildren` register a weak
 * reference per node), so the Python and bash analyzers copy the tree once and then read plain
 * objects. The copy answers the subset of the `SyntaxNode` API they use, with the same meaning:
 * `type`, `isNamed`, `text`, `startIndex`/`endIndex` (UTF-16 offsets), `startPosition`/
 * `endPosition` (rows counted at `\n`, columns in UTF-16 units), `children`, `namedChildren`,
 * `parent`, `childForFieldName`, `childrenForFieldName` and `descendantsOfType` (pre-order,
 * the node itself included).
 */
import type Parser from 'tree-sitter';
import { lastAtMost, lineStarts } from '../../engine/lines.js';

export interface Point {
  row: number;
  column: number;
}

export interface CopyOptions {
  /**
   * Only children of these node types get their field recorded (one native call less per node
   * elsewhere); `childForFieldName` on any other type throws, so a missing entry shows in tests.
   */
  fieldParents?: ReadonlySet<string>;
  /**
   * Only children of these node types keep their anonymous children (punctuation, operators);
   * `children` of any other type throws, and `namedChildren` and fields work as usual.
   */
  anonymousParents?: ReadonlySet<string>;
  /**
   * Do not descend into named nodes that the grammar's node-types.json gives no named children
   * (identifiers, words, numbers, comments...): tokens, or token sequences whose anonymous
   * children are never read (types in `anonymousParents` are always descended).
   */
  skipChildless?: boolean;
  /** nodes of these types whose `keepChildren` says no are copied without their subtree */
  leafTypes?: ReadonlySet<string>;
  keepChildren?: (node: TreeNode) => boolean;
}

/** per-language tables filled as type and field ids are first met */
interface Names {
  types: string[];
  named: boolean[];
  fields: string[];
  /** named types without children, fields or subtypes in node-types.json */
  childless: Set<string>;
}

interface NodeTypeInfo {
  type: string;
  named: boolean;
  children?: unknown;
  fields?: Record<string, unknown>;
  subtypes?: unknown;
}

function childlessTypes(language: { nodeTypeInfo?: NodeTypeInfo[] }): Set<string> {
  const out = new Set<string>();
  for (const t of language.nodeTypeInfo ?? []) {
    const noFields = !t.fields || Object.keys(t.fields).length === 0;
    if (t.named && !t.children && noFields && !t.subtypes) out.add(t.type);
  }
  return out;
}

const namesByLanguage = new WeakMap<object, Names>();

class Source {
  private lineStarts: number[] | undefined;
  /** the tree's nodes by type, each list in pre-order (ascending id); built on first use */
  byType: Map<string, TreeNode[]> | undefined;

  constructor(
    readonly text: string,
    readonly fieldParents: ReadonlySet<string> | undefined,
    readonly anonymousParents: ReadonlySet<string> | undefined,
  ) {}

  point(index: number): Point {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    const row = lastAtMost(starts, index);
    return { row, column: index - (starts[row] as number) };
  }
}

const NO_NODES: readonly TreeNode[] = Object.freeze([]);

export class TreeNode {
  parent: TreeNode | null = null;
  /** the children that were copied, in source order */
  kids: TreeNode[] = NO_NODES as TreeNode[];
  /** the highest id in this node's subtree (ids are pre-order, so the subtree is [id, last]) */
  last: number;
  private named: TreeNode[] | undefined;
  private code: TreeNode[] | undefined;

  constructor(
    private readonly src: Source,
    private readonly names: Names,
    /** unique within the tree (pre-order number) */
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** the field id under which the parent holds this node, 0 when none */
    readonly fieldId: number,
  ) {
    this.last = id;
  }

  get text(): string {
    return this.src.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.src.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.src.point(this.endIndex);
  }

  /** all children, anonymous ones included, in source order */
  get children(): TreeNode[] {
    const parents = this.src.anonymousParents;
    if (parents && !parents.has(this.type))
      throw new Error(`copyTree: anonymous children of ${this.type} were not copied`);
    return this.kids;
  }

  get namedChildren(): TreeNode[] {
    return (this.named ??= this.kids.filter((c) => c.isNamed));
  }

  /** the named children other than comments, computed once (the array is shared: do not change it) */
  get codeChildren(): TreeNode[] {
    return (this.code ??= this.namedChildren.filter((c) => c.type !== 'comment'));
  }

  private checkFields(): void {
    const parents = this.src.fieldParents;
    if (parents && !parents.has(this.type))
      throw new Error(`copyTree: fields of ${this.type} were not copied (add it to fieldParents)`);
  }

  childForFieldName(name: string): TreeNode | null {
    this.checkFields();
    const fields = this.names.fields;
    for (const c of this.kids) if (c.fieldId && fields[c.fieldId] === name) return c;
    return null;
  }

  childrenForFieldName(name: string): TreeNode[] {
    this.checkFields();
    const fields = this.names.fields;
    return this.kids.filter((c) => c.fieldId !== 0 && fields[c.fieldId] === name);
  }

  descendantsOfType(types: string | readonly string[]): TreeNode[] {
    const index = (this.src.byType ??= this.root().indexTypes());
    const out: TreeNode[] = [];
    let lists = 0;
    for (const t of typeof types === 'string' ? [types] : new Set(types)) {
      const list = index.get(t);
      if (!list) continue;
      // the nodes of this type inside [id, last]: a slice of the pre-ordered list
      let i = firstAtLeast(list, this.id);
      const start = out.length;
      for (; i < list.length && (list[i] as TreeNode).id <= this.last; i++)
        out.push(list[i] as TreeNode);
      if (out.length > start) lists++;
    }
    return lists > 1 ? out.sort((a, b) => a.id - b.id) : out;
  }

  private root(): TreeNode {
    let n = this.parent;
    if (!n) return this;
    while (n.parent) n = n.parent;
    return n;
  }

  /** every node of the tree (this is its root) by type, in pre-order */
  private indexTypes(): Map<string, TreeNode[]> {
    const byType = new Map<string, TreeNode[]>();
    const stack: TreeNode[] = [this];
    while (stack.length) {
      const n = stack.pop() as TreeNode;
      const list = byType.get(n.type);
      if (list) list.push(n);
      else byType.set(n.type, [n]);
      const k = n.kids;
      for (let i = k.length - 1; i >= 0; i--) stack.push(k[i] as TreeNode);
    }
    return byType;
  }
}

/** the position of the first node with id >= `id` in a list sorted by id */
function firstAtLeast(list: readonly TreeNode[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as TreeNode).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Copies `tree` (parsed from `text`) into plain objects; returns the root. */
export function copyTree(tree: Parser.Tree, text: string, options: CopyOptions = {}): TreeNode {
  const { fieldParents, anonymousParents, leafTypes, keepChildren } = options;
  const language = (tree as unknown as { language: { nodeTypeInfo?: NodeTypeInfo[] } }).language;
  let names = namesByLanguage.get(language);
  if (!names)
    namesByLanguage.set(
      language,
      (names = { types: [], named: [], fields: [], childless: childlessTypes(language) }),
    );
  const { types, named, fields } = names;
  const childless = options.skipChildless ? names.childless : undefined;
  const src = new Source(text, fieldParents, anonymousParents);
  const c = tree.walk();
  let id = 0;
  let fieldsWanted = true;
  let anonymousWanted = true;
  const typeOf = (typeId: number): string => {
    let type = types[typeId];
    if (type === undefined) {
      type = types[typeId] = c.nodeType;
      named[typeId] = c.nodeIsNamed;
    }
    return type;
  };
  const make = (typeId: number): TreeNode => {
    const fieldId = fieldsWanted
      ? ((c as unknown as { currentFieldId: number | undefined }).currentFieldId ?? 0)
      : 0;
    if (fieldId && fields[fieldId] === undefined) fields[fieldId] = c.currentFieldName;
    return new TreeNode(
      src,
      names,
      id++,
      typeOf(typeId),
      named[typeId] as boolean,
      c.startIndex,
      c.endIndex,
      fieldId,
    );
  };
  // anonymous nodes are tokens (or, rarely, aliased token sequences such as Python's `not in`):
  // their own children are never read
  const descend = (n: TreeNode): boolean =>
    n.isNamed &&
    !(childless?.has(n.type) && !anonymousParents?.has(n.type)) &&
    !(leafTypes?.has(n.type) && keepChildren && !keepChildren(n)) &&
    c.gotoFirstChild();
  const enter = (p: TreeNode): void => {
    fieldsWanted = !fieldParents || fieldParents.has(p.type);
    anonymousWanted = !anonymousParents || anonymousParents.has(p.type);
  };
  const root = make(c.nodeTypeId);
  let parent = root;
  if (!descend(root)) return root;
  enter(root);
  for (;;) {
    const typeId = c.nodeTypeId;
    typeOf(typeId);
    if (anonymousWanted || named[typeId]) {
      const n = make(typeId);
      n.parent = parent;
      if (parent.kids === NO_NODES) parent.kids = [n];
      else parent.kids.push(n);
      if (descend(n)) {
        parent = n;
        enter(n);
        continue;
      }
    }
    while (!c.gotoNextSibling()) {
      // the node the cursor leaves was the last child: its parent's subtree ends here
      parent.last = id - 1;
      if (!c.gotoParent() || !parent.parent) return finish(root, parent, id);
      parent = parent.parent;
      enter(parent);
    }
  }
}

/** the nodes still open when the copy stops end with the last node copied */
function finish(root: TreeNode, open: TreeNode, next: number): TreeNode {
  for (let p: TreeNode | null = open; p; p = p.parent) p.last = next - 1;
  return root;
}
