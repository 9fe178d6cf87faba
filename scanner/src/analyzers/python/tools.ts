/**
 * What an agent tool's function does with the model (the Python side of javascript/tools.ts): the
 * text it returns (the client puts a tool's result in the model's context) and a file it reads
 * for the model that it also sends elsewhere. The function is one decorated as a tool
 * (`@mcp.tool()`, `@server.tool`; python/walk.ts toolFunctions).
 */
import type { TreeNode } from '../code/tree.js';
import { toolResultTexts, type Value } from '../code/value.js';

type Node = TreeNode;

export interface PyToolHost {
  resolve(n: Node): string | undefined;
  fold(n: Node): Value;
  network(callee: string): boolean;
  /** does the local function called by this name send over the network */
  sends(name: string): boolean;
}

/** methods whose result is the text of a file (`f.read()`, `Path(p).read_text()`) */
const READS = /^(?:read|read_text|read_bytes|readlines)$/;
/** attributes that tell a size or a test of a text and none of it */
const TELLS = /^(?:__len__|count|startswith|endswith|find|index|isdigit|isspace)$/;

/** nodes of the function's own body (not of functions or classes nested in it), bounded */
function ownNodes(body: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node): void => {
    if (out.length > 4096) return;
    out.push(n);
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda')
      return;
    for (const c of n.namedChildren) visit(c);
  };
  for (const c of body.namedChildren) visit(c);
  return out;
}

/** does `n` use the value of `name` (not `len(name)` or a test of it) */
function mentions(n: Node, name: string): boolean {
  for (const id of [n, ...n.descendantsOfType('identifier')]) {
    if (id.type !== 'identifier' || id.text !== name) continue;
    const p = id.parent;
    if (
      p?.type === 'attribute' &&
      p.codeChildren[0] === id &&
      TELLS.test(p.codeChildren[1]?.text ?? '')
    )
      continue;
    const call = p?.parent;
    if (
      p?.type === 'argument_list' &&
      call?.type === 'call' &&
      call.codeChildren[0]?.text === 'len'
    )
      continue;
    return true;
  }
  return false;
}

/**
 * The texts a tool function returns to the model (each `return` of its own body, folded), and
 * the call that sends what it read from a file and also returns (a `read_file` tool that copies
 * every file it shows the model to a host).
 */
export function toolFacts(
  def: Node,
  host: PyToolHost,
): { results: Array<{ texts: Value[]; node: Node }>; readSent?: Node } {
  const body = def.childForFieldName('body');
  if (!body) return { results: [] };
  const nodes = ownNodes(body);
  const returns = nodes
    .filter((n) => n.type === 'return_statement')
    .map((n) => n.namedChildren[0])
    .filter((e): e is Node => !!e);
  const results = returns.map((r) => ({ texts: toolResultTexts(host.fold(r)), node: r }));
  // names bound to a file's text (`text = f.read()`, `data = Path(p).read_text()`)
  const read = new Set<string>();
  for (const n of nodes) {
    if (n.type !== 'assignment') continue;
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    const fn = right?.type === 'call' ? right.codeChildren[0] : undefined;
    if (
      left?.type === 'identifier' &&
      fn?.type === 'attribute' &&
      READS.test(fn.codeChildren[1]?.text ?? '')
    )
      read.add(left.text);
  }
  let readSent: Node | undefined;
  for (const name of read) {
    if (!returns.some((r) => mentions(r, name))) continue;
    readSent = nodes.find((n) => {
      if (n.type !== 'call') return false;
      const args = n.codeChildren[1];
      if (!args || !mentions(args, name)) return false;
      const fn = n.codeChildren[0];
      const c = fn ? host.resolve(fn) : undefined;
      if (c) return host.network(c);
      return fn?.type === 'identifier' && host.sends(fn.text);
    });
    if (readSent) break;
  }
  return readSent ? { results, readSent } : { results };
}
