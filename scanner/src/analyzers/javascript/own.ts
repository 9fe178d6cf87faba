/**
 * A read of the agent's configuration used only for some of its keys (a KeyTarget: the skill's
 * own entry, a service's credential): `JSON.parse(fs.readFileSync(P, 'utf8')).skills.entries
 * ['weather'].apiKey`, `cfg?.channels?.telegram?.botToken`, or the parsed object kept in a name
 * every use of which goes to such a key. See code/evaluate.ts configUses.
 */
import ts from './typescript.cjs';
import { HOLE, type Value } from '../code/value.js';
import type { KeyTarget } from '../../engine/hints.js';
import { ANY_KEY } from '../../capabilities/issuers.js';

/** how many names a value may pass through (`raw` → `cfg` → the entry) */
const MAX_HOPS = 3;
/** uses of one name looked at; past it the read counts as the whole configuration */
const MAX_USES = 32;
/** keys of one chain (`channels.telegram.accounts.default.botToken` has five) */
const MAX_KEYS = 6;

/** `x ?? {}`, `x || {}`: a default that holds nothing */
function emptyDefault(p: ts.Node, n: ts.Node): boolean {
  return (
    ts.isBinaryExpression(p) &&
    p.left === n &&
    (p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      p.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
    ts.isObjectLiteralExpression(p.right) &&
    p.right.properties.length === 0
  );
}

/** wrappers that leave a value as it is */
function outer(n: ts.Node): ts.Node {
  let p = n.parent;
  while (
    p &&
    (ts.isParenthesizedExpression(p) ||
      ts.isAwaitExpression(p) ||
      ts.isNonNullExpression(p) ||
      ts.isAsExpression(p) ||
      emptyDefault(p, n))
  ) {
    n = p;
    p = n.parent;
  }
  return n;
}

/** the name a function is called by: its declaration's, or the variable's it is the value of */
function functionName(fn: ts.SignatureDeclaration): ts.Identifier | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name;
  const p = fn.parent;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(p))
    return ts.isIdentifier(p.name) ? p.name : undefined;
  return undefined;
}

export class ConfigKeyUse {
  constructor(
    private readonly sf: ts.SourceFile,
    private readonly fold: (n: ts.Node) => Value,
    private readonly target: KeyTarget,
  ) {}

  /**
   * is the value of `node` used only to reach the target's keys; `prefix` holds the keys
   * already taken to reach it (`skills`, `entries` for `const { entries } = cfg.skills`)
   */
  only(node: ts.Node, hops = 0, prefix: readonly string[] = []): boolean {
    if (this.target.reaches(prefix)) return true;
    const n = outer(node);
    const p = n.parent;
    if (!p) return false;
    // JSON.parse(text), text.toString(), text.trim()
    if (ts.isCallExpression(p) && p.arguments[0] === n && p.arguments.length <= 2) {
      // `for (const acc of Object.values(m))`, `for (const [id, acc] of Object.entries(m))`: each
      // value is under a key of its own
      const callee = p.expression.getText(this.sf);
      if (callee === 'Object.values' && this.picked(p, hops, [...prefix, ANY_KEY])) return true;
      if (callee === 'Object.values' || callee === 'Object.entries')
        return this.loopValues(p, callee === 'Object.entries', hops, [...prefix, ANY_KEY]);
      return !prefix.length && p.expression.getText(this.sf) === 'JSON.parse' && this.only(p, hops);
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === n) {
      const call = p.parent;
      if (
        !prefix.length &&
        /^(?:toString|trim)$/.test(p.name.text) &&
        call &&
        ts.isCallExpression(call) &&
        call.expression === p
      )
        return this.only(call, hops);
      return this.chain(n, hops, prefix);
    }
    if (ts.isElementAccessExpression(p) && p.expression === n) return this.chain(n, hops, prefix);
    if (ts.isVariableDeclaration(p) && p.initializer === n) {
      if (hops >= MAX_HOPS) return false;
      if (ts.isObjectBindingPattern(p.name)) return this.pattern(p.name, hops + 1, prefix);
      if (!ts.isIdentifier(p.name)) return false;
      const uses = this.uses(p.name);
      return (
        uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1, prefix))
      );
    }
    return false;
  }

  /**
   * `Object.values(m)[0].botToken`, `Object.values(m).at(-1)`, `Object.values(m).map((a) =>
   * a.botToken)`: one value (or each, in the callback) taken from the list, used only under
   * `prefix`
   */
  private picked(call: ts.CallExpression, hops: number, prefix: readonly string[]): boolean {
    const list = outer(call);
    const p = list.parent;
    if (!p || hops >= MAX_HOPS || !this.target.toward(prefix)) return false;
    if (ts.isElementAccessExpression(p) && p.expression === list)
      return this.only(p, hops + 1, prefix);
    if (!ts.isPropertyAccessExpression(p) || p.expression !== list) return false;
    const use = p.parent;
    if (!use || !ts.isCallExpression(use) || use.expression !== p) return false;
    if (p.name.text === 'at') return this.only(use, hops + 1, prefix);
    const cb = use.arguments[0];
    if (p.name.text !== 'map' || use.arguments.length !== 1 || !cb) return false;
    if (!ts.isArrowFunction(cb) && !ts.isFunctionExpression(cb)) return false;
    const param = cb.parameters[0]?.name;
    if (!param || !ts.isIdentifier(param)) return false;
    const uses = this.uses(param);
    return (
      uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1, prefix))
    );
  }

  /**
   * `for (const acc of Object.values(m))` (`const [id, acc]` of Object.entries, `entries` true):
   * the call is only the loop's iterable, and every use of the value's name is used only so,
   * under `prefix`
   */
  private loopValues(
    call: ts.CallExpression,
    entries: boolean,
    hops: number,
    prefix: readonly string[],
  ): boolean {
    const loop = outer(call).parent;
    if (!loop || !ts.isForOfStatement(loop) || loop.expression !== outer(call)) return false;
    const init = loop.initializer;
    const decl = ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
    let name: ts.BindingName | undefined = decl?.name;
    if (entries) {
      const el =
        name && ts.isArrayBindingPattern(name) && name.elements.length === 2
          ? name.elements[1]
          : undefined;
      name = el && ts.isBindingElement(el) && !el.dotDotDotToken ? el.name : undefined;
    }
    if (!name || !ts.isIdentifier(name) || hops >= MAX_HOPS || !this.target.toward(prefix))
      return false;
    const uses = this.uses(name);
    return (
      uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1, prefix))
    );
  }

  /** a member chain on `n`: it reaches the target, or a part on the way that is used only so */
  private chain(n: ts.Node, hops: number, prefix: readonly string[]): boolean {
    const { keys, end } = this.keys(n);
    const all = [...prefix, ...keys];
    if (this.target.reaches(all)) return true;
    return keys.length > 0 && this.target.toward(all) && this.only(end, hops, all);
  }

  /** `const { skills: { entries: { [own]: cfg } } } = …`: every name it binds is used so */
  private pattern(pat: ts.ObjectBindingPattern, hops: number, prefix: readonly string[]): boolean {
    return pat.elements.every((el) => {
      if (el.dotDotDotToken) return false;
      const prop = el.propertyName ?? el.name;
      let key: string | undefined;
      if (ts.isIdentifier(prop) || ts.isStringLiteral(prop)) key = prop.text;
      else if (ts.isComputedPropertyName(prop)) {
        const k = this.fold(prop.expression);
        key = k.kind === 'str' && !k.s.includes(HOLE) ? k.s : undefined;
      }
      if (key === undefined) return false;
      const path = [...prefix, key];
      if (this.target.reaches(path)) return true;
      if (!this.target.toward(path)) return false;
      if (ts.isObjectBindingPattern(el.name)) return this.pattern(el.name, hops, path);
      if (!ts.isIdentifier(el.name) || hops >= MAX_HOPS) return false;
      const uses = this.uses(el.name);
      return uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops, path));
    });
  }

  /**
   * The keys of the member chain on `n` (`n.skills.entries['x'].apiKey` → skills, entries, x,
   * apiKey; a key known only at run time is ANY_KEY: `accounts[id]`) and the last member of it
   */
  private keys(n: ts.Node): { keys: string[]; end: ts.Node } {
    const out: string[] = [];
    let cur = n;
    for (let p = outer(cur).parent; p && out.length < MAX_KEYS; p = outer(cur).parent) {
      if (ts.isPropertyAccessExpression(p) && p.expression === outer(cur)) out.push(p.name.text);
      else if (ts.isElementAccessExpression(p) && p.expression === outer(cur))
        out.push(this.keyOf(p.argumentExpression) ?? ANY_KEY);
      else break;
      cur = p;
    }
    return { keys: out, end: cur };
  }

  /**
   * A key's text: folded, or the one text every call of the function passes for the parameter
   * the key is (`function entryOf(name) { … .entries[name] }` called only as `entryOf('x')`)
   */
  private keyOf(e: ts.Expression): string | undefined {
    const k = this.fold(e);
    if (k.kind === 'str' && !k.s.includes(HOLE)) return k.s;
    return ts.isIdentifier(e) ? this.paramText(e) : undefined;
  }

  private paramText(id: ts.Identifier): string | undefined {
    let fn: ts.Node | undefined = id.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (!fn || !ts.isFunctionLike(fn)) return undefined;
    const index = fn.parameters.findIndex(
      (q) => ts.isIdentifier(q.name) && q.name.text === id.text,
    );
    const name = functionName(fn);
    if (index < 0 || !name) return undefined;
    const uses = this.uses(name);
    if (!uses?.length) return undefined;
    const texts = new Set<string>();
    for (const u of uses) {
      const call = u.parent;
      if (!ts.isCallExpression(call) || call.expression !== u) return undefined;
      const a = call.arguments[index];
      const v = a && !ts.isSpreadElement(a) ? this.fold(a) : undefined;
      if (v?.kind !== 'str' || v.s.includes(HOLE)) return undefined;
      texts.add(v.s);
    }
    return texts.size === 1 ? [...texts][0] : undefined;
  }

  /** every other mention of the name declared by `name` in the file, or undefined past MAX_USES */
  private uses(name: ts.Identifier): ts.Identifier[] | undefined {
    const out: ts.Identifier[] = [];
    let over = false;
    const visit = (n: ts.Node): void => {
      if (over) return;
      if (ts.isIdentifier(n) && n !== name && n.text === name.text) {
        const p = n.parent;
        // a property's name (`o.cfg`, `{ cfg: 1 }`) is no use of the name
        const isKey =
          (ts.isPropertyAccessExpression(p) && p.name === n) ||
          (ts.isPropertyAssignment(p) && p.name === n);
        if (!isKey) {
          if (out.length >= MAX_USES) over = true;
          else out.push(n);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return over ? undefined : out;
  }
}
