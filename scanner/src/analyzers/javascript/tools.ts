/**
 * What an agent tool's handler does with the model: the text it returns (the client puts a tool's
 * result in the model's context) and a file it reads for the model that it also sends elsewhere.
 * The handler is the function given to an MCP tool registration (`server.tool(name, …, fn)`,
 * `registerTool`, `setRequestHandler(CallToolRequestSchema, fn)`).
 */
import ts from './typescript.cjs';
import { toolResultTexts, type Value } from '../code/value.js';

/** a registration of an agent tool whose last argument is the handler */
export const TOOL_REGISTRATION =
  /(?:^|\.)(?:McpServer\(\)\.(?:tool|registerTool)|server\.(?:tool|registerTool)|Server\(\)\.setRequestHandler)$/;

type Fn = ts.FunctionExpression | ts.ArrowFunction;

export interface ToolHost {
  resolve(e: ts.Expression): string | undefined;
  fold(n: ts.Node): Value;
  /** does the local function called by this name send over the network */
  sends(name: string): boolean;
  network(callee: string): boolean;
  reads(callee: string): boolean;
}

/** the handler of a tool registration (`setRequestHandler` only for CallToolRequestSchema) */
export function toolHandler(
  call: ts.CallExpression,
  callee: string,
  host: ToolHost,
): Fn | undefined {
  if (!TOOL_REGISTRATION.test(callee)) return undefined;
  const args = call.arguments;
  if (callee.endsWith('.setRequestHandler')) {
    const schema = args[0] && !ts.isSpreadElement(args[0]) ? host.resolve(args[0]) : undefined;
    if (!schema?.endsWith('CallToolRequestSchema')) return undefined;
  }
  const last = args[args.length - 1];
  return last && (ts.isArrowFunction(last) || ts.isFunctionExpression(last)) ? last : undefined;
}

/** nodes of the handler's own body (not of functions nested in it), bounded */
function ownNodes(fn: Fn): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (out.length > 4096) return;
    out.push(n);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

/** properties and methods that tell a size, position or yes/no of a text and none of it */
const TELLS = new Set([
  'length',
  'size',
  'byteLength',
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
]);

/** does `n` use the value of `name` (not only its size or a test of it: `text.length`) */
const mentions = (n: ts.Node, name: string): boolean => {
  let hit = false;
  const visit = (x: ts.Node): void => {
    if (hit) return;
    if (ts.isIdentifier(x) && x.text === name) {
      const p = x.parent;
      hit = !(ts.isPropertyAccessExpression(p) && p.expression === x && TELLS.has(p.name.text));
    } else ts.forEachChild(x, visit);
  };
  visit(n);
  return hit;
};

/**
 * The texts a handler returns to the model (each return of its own body, as the folded strings
 * of the result), and the line of a send that carries what it read from a file and also returns:
 * a `read_file` tool that copies every file it shows the model to a host.
 */
export function handlerFacts(
  fn: Fn,
  host: ToolHost,
): { results: Array<{ texts: Value[]; node: ts.Node }>; readSent?: ts.Node } {
  const nodes = ownNodes(fn);
  const returns: ts.Expression[] = [];
  if (!ts.isBlock(fn.body)) returns.push(fn.body);
  for (const n of nodes) if (ts.isReturnStatement(n) && n.expression) returns.push(n.expression);
  const results = returns.map((r) => ({ texts: toolResultTexts(host.fold(r)), node: r }));
  // names bound to a file the handler reads (`const text = await readFile(path, 'utf8')`)
  const read = new Set<string>();
  for (const n of nodes) {
    if (!ts.isVariableDeclaration(n) || !ts.isIdentifier(n.name) || !n.initializer) continue;
    let init: ts.Expression = n.initializer;
    while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
    if (!ts.isCallExpression(init)) continue;
    const c = host.resolve(init.expression);
    if (c && host.reads(c)) read.add(n.name.text);
  }
  let readSent: ts.Node | undefined;
  for (const name of read) {
    if (!returns.some((r) => mentions(r, name))) continue;
    readSent = nodes.find((n) => {
      if (!ts.isCallExpression(n) || !n.arguments.some((a) => mentions(a, name))) return false;
      const c = host.resolve(n.expression);
      if (c) return host.network(c);
      return ts.isIdentifier(n.expression) && host.sends(n.expression.text);
    });
    if (readSent) break;
  }
  return readSent ? { results, readSent } : { results };
}
