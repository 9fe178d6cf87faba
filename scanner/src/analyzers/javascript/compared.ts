/**
 * Lists of strings the code only compares other strings with. A skill that guards its file
 * access keeps a deny list (`const BLOCKED = ['/.ssh/', '/.env', '/.netrc']`) and tests a path
 * against each entry (`for (const seg of BLOCKED) if (real.includes(seg)) throw new Error(…)`):
 * the entries name credential files, but nothing opens them. An entry of such a list counts as
 * shown (js-sensitive-path `unlessShown`), as a message handed to console.log does.
 */
import ts from './typescript.cjs';

/** string methods that compare their first argument with the receiver */
const COMPARES = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf']);
/** array methods that hand each element to a callback */
const EACH = new Set(['some', 'every', 'find', 'findIndex', 'filter']);
/** array methods that test membership of their argument */
const MEMBER = new Set(['includes', 'indexOf']);
/** string methods that rewrite an entry for a message */
const RESHAPES = new Set(['replace', 'replaceAll', 'toLowerCase', 'toUpperCase', 'trim', 'slice']);
/** constructors of the errors a guard throws */
const ERRORS = new Set(['Error', 'TypeError', 'RangeError']);
const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const MAX_NODES = 200_000;

export class ComparedLists {
  private readonly memo = new Map<string, boolean>();

  /**
   * @param shows does a call print its arguments (console.log and the like, resolved by the
   *   walker)
   */
  constructor(
    private readonly sf: ts.SourceFile,
    private readonly shows: (call: ts.CallExpression) => boolean,
  ) {}

  /**
   * Is `node` a string or template literal in the array literal of a `const` whose every use compares a
   * string with its entries: a `for … of` loop or a some/every/find/findIndex/filter callback
   * whose element is only an argument of includes/startsWith/endsWith/indexOf, an operand of
   * `===`/`!==`, or part of an error or console message; or a membership test
   * (`LIST.includes(x)`). Any other use (a read, a map, an alias, an export) and a second
   * declaration of the name make the entries values like any other.
   */
  element(node: ts.Node): boolean {
    const list = node.parent;
    const decl = list?.parent;
    if (
      !(ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) ||
      !list ||
      !ts.isArrayLiteralExpression(list) ||
      !decl ||
      !ts.isVariableDeclaration(decl) ||
      decl.initializer !== list ||
      !ts.isIdentifier(decl.name) ||
      !ts.isVariableDeclarationList(decl.parent) ||
      !(decl.parent.flags & ts.NodeFlags.Const)
    )
      return false;
    const name = decl.name.text;
    let known = this.memo.get(name);
    if (known === undefined) {
      known = this.onlyCompared(name, decl.name);
      this.memo.set(name, known);
    }
    return known;
  }

  /** every use of `name` in the file but its one declaration is a comparison of its entries */
  private onlyCompared(name: string, declared: ts.Identifier): boolean {
    let ok = true;
    let seen = 0;
    const visit = (n: ts.Node): void => {
      if (!ok || ++seen > MAX_NODES) {
        ok = false;
        return;
      }
      if (ts.isIdentifier(n) && n.text === name && n !== declared && !isMemberName(n))
        ok = this.listUse(n);
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return ok;
  }

  /** a use of the list: iterated for comparisons, or tested for membership */
  private listUse(id: ts.Identifier): boolean {
    const p = id.parent;
    if (ts.isForOfStatement(p) && p.expression === id) {
      const d = p.initializer;
      const v = ts.isVariableDeclarationList(d) ? d.declarations[0] : undefined;
      return !!v && ts.isIdentifier(v.name) && this.entryUses(v.name.text, p.statement);
    }
    if (!ts.isPropertyAccessExpression(p) || p.expression !== id) return false;
    const call = p.parent;
    if (!ts.isCallExpression(call) || call.expression !== p) return false;
    const method = p.name.text;
    if (MEMBER.has(method)) return refusesOnMatch(call);
    const fn = call.arguments[0];
    if (!EACH.has(method) || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
      return false;
    const param = fn.parameters[0];
    return (
      !!param &&
      ts.isIdentifier(param.name) &&
      this.entryUses(param.name.text, fn.body) &&
      (ELEMENTS.has(method) ? this.onlyTested(call) : refusesOnMatch(call))
    );
  }

  /**
   * What filter/find return are entries of the list: their result may only be counted or tested
   * (`.length`, a condition whose match branch refuses, an error or console message), directly or
   * through a `const` only used so; handed on (`.map(read)`, a loop over it) it is the entries.
   */
  private onlyTested(call: ts.CallExpression): boolean {
    const p = call.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === call && p.name.text === 'length')
      return refusesOnMatch(p);
    if (!ts.isVariableDeclaration(p) || p.initializer !== call || !ts.isIdentifier(p.name))
      return refusesOnMatch(call) && inCondition(call);
    const name = p.name.text;
    const declared = p.name;
    let ok = true;
    const visit = (n: ts.Node): void => {
      if (!ok) return;
      if (ts.isIdentifier(n) && n.text === name && n !== declared && !isMemberName(n)) {
        const up = n.parent;
        if (ts.isPropertyAccessExpression(up) && up.expression === n && up.name.text === 'length')
          ok = refusesOnMatch(up);
        else ok = (inCondition(n) && refusesOnMatch(n)) || this.inMessage(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return ok;
  }

  /** is every use of the entry variable `name` in `body` a comparison or part of a message */
  private entryUses(name: string, body: ts.Node): boolean {
    let ok = true;
    let uses = 0;
    const visit = (n: ts.Node): void => {
      if (!ok) return;
      if (ts.isIdentifier(n) && n.text === name && !isMemberName(n)) {
        uses++;
        ok = (compares(n) && refusesOnMatch(n)) || this.inMessage(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    return ok && uses > 0;
  }

  /**
   * The entry (or a reshaped copy, `seg.replace(/\//g, '')`) inside what an error or a console
   * call prints, through template spans, `+` and parentheses.
   */
  private inMessage(id: ts.Identifier): boolean {
    let n: ts.Node = id;
    const p = n.parent;
    if (
      ts.isPropertyAccessExpression(p) &&
      p.expression === n &&
      RESHAPES.has(p.name.text) &&
      ts.isCallExpression(p.parent) &&
      p.parent.expression === p
    )
      n = p.parent;
    for (let i = 0; i < 32; i++) {
      const up = n.parent;
      if (
        ts.isTemplateSpan(up) ||
        ts.isTemplateExpression(up) ||
        ts.isParenthesizedExpression(up) ||
        (ts.isBinaryExpression(up) && up.operatorToken.kind === ts.SyntaxKind.PlusToken)
      ) {
        n = up;
        continue;
      }
      if (ts.isNewExpression(up) || (ts.isCallExpression(up) && up.expression !== n)) {
        const args: readonly ts.Node[] = up.arguments ?? [];
        const arg = args.includes(n);
        const error = ts.isIdentifier(up.expression) && ERRORS.has(up.expression.text);
        return arg && (error || (ts.isCallExpression(up) && this.shows(up)));
      }
      return false;
    }
    return false;
  }
}

/** array methods whose result is entries of the list */
const ELEMENTS = new Set(['filter', 'find']);

/** is the node inside the condition of an `if`, a `?:` or a loop */
function inCondition(node: ts.Node): boolean {
  for (let n = node, i = 0; i < 32 && n.parent; n = n.parent, i++) {
    const p = n.parent;
    if ((ts.isIfStatement(p) || ts.isWhileStatement(p)) && p.expression === n) return true;
    if (ts.isConditionalExpression(p) && p.condition === n) return true;
    if (ts.isStatement(p) || ts.isFunctionLike(p)) return false;
  }
  return false;
}

/**
 * Where a comparison with an entry decides an `if`, the branch taken when the entry matches
 * refuses or reports (a throw, a return, continue/break, console or process.exit, a flag set):
 * a deny list. A branch that reads, sends or collects on a match (`if (full.endsWith(entry))
 * found.push(fs.readFileSync(full))`) makes the list a list of what to take. Negations (`!`,
 * `!==`) between the comparison and the condition swap the branches; no `if` decides nothing.
 */
function refusesOnMatch(node: ts.Node): boolean {
  let negated = false;
  for (let n = node, i = 0; i < 32 && n.parent; n = n.parent, i++) {
    const p = n.parent;
    if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken)
      negated = !negated;
    else if (
      ts.isBinaryExpression(p) &&
      (p.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        p.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken)
    )
      negated = !negated;
    else if (ts.isIfStatement(p) && p.expression === n) {
      const branch = negated ? p.elseStatement : p.thenStatement;
      return branch === undefined || refuses(branch);
    } else if (ts.isConditionalExpression(p) && p.condition === n)
      return refuses(negated ? p.whenFalse : p.whenTrue);
    else if (ts.isStatement(p) || ts.isFunctionLike(p)) return true;
  }
  return true;
}

/** a branch that only refuses or reports: no call but console, process.exit and errors */
function refuses(branch: ts.Node): boolean {
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isCallExpression(n)) {
      const c = n.expression;
      const text = c.getText();
      if (
        !/^(?:console\.\w+|process\.exit|(?:Type|Range)?Error)$/.test(text) &&
        !(ts.isPropertyAccessExpression(c) && (RESHAPES.has(c.name.text) || c.name.text === 'join'))
      )
        ok = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(branch);
  return ok;
}

/** `x.name` or `{ name: … }`: the identifier names a property, not the variable */
function isMemberName(n: ts.Identifier): boolean {
  const p = n.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === n) ||
    (ts.isPropertyAssignment(p) && p.name === n)
  );
}

/** the entry compared with another string: `s.includes(entry)`, `entry === s` */
function compares(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isBinaryExpression(p)) return EQUALITY.has(p.operatorToken.kind);
  if (!ts.isCallExpression(p) || p.arguments[0] !== id) return false;
  const callee = p.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    COMPARES.has(callee.name.text) &&
    callee.expression !== id
  );
}
