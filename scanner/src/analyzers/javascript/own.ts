/**
 * A read of the agent's configuration used only for the skill's own entry:
 * `JSON.parse(fs.readFileSync(P, 'utf8')).skills.entries['weather'].apiKey`, or the parsed
 * object kept in a name every use of which goes to that entry. See code/evaluate.ts ownConfigs.
 */
import ts from 'typescript';
import { HOLE, type Value } from '../code/value.js';
import { ownEntryKeys } from '../../engine/hints.js';

/** how many names a value may pass through (`raw` → `cfg` → the entry) */
const MAX_HOPS = 3;
/** uses of one name looked at; past it the read counts as the whole configuration */
const MAX_USES = 32;

/** wrappers that leave a value as it is */
function outer(n: ts.Node): ts.Node {
  let p = n.parent;
  while (
    p &&
    (ts.isParenthesizedExpression(p) ||
      ts.isAwaitExpression(p) ||
      ts.isNonNullExpression(p) ||
      ts.isAsExpression(p))
  ) {
    n = p;
    p = n.parent;
  }
  return n;
}

export class OwnEntryUse {
  constructor(
    private readonly sf: ts.SourceFile,
    private readonly fold: (n: ts.Node) => Value,
    private readonly own: readonly string[],
  ) {}

  /** is the value of `node` used only to reach the skill's own entry */
  only(node: ts.Node, hops = 0): boolean {
    const n = outer(node);
    const p = n.parent;
    if (!p) return false;
    // JSON.parse(text), text.toString(), text.trim()
    if (ts.isCallExpression(p) && p.arguments[0] === n && p.arguments.length <= 2) {
      return p.expression.getText(this.sf) === 'JSON.parse' && this.only(p, hops);
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === n) {
      const call = p.parent;
      if (
        /^(?:toString|trim)$/.test(p.name.text) &&
        call &&
        ts.isCallExpression(call) &&
        call.expression === p
      )
        return this.only(call, hops);
      return ownEntryKeys(this.keys(n), this.own);
    }
    if (ts.isElementAccessExpression(p) && p.expression === n)
      return ownEntryKeys(this.keys(n), this.own);
    if (ts.isVariableDeclaration(p) && p.initializer === n && ts.isIdentifier(p.name)) {
      if (hops >= MAX_HOPS) return false;
      const uses = this.uses(p.name);
      return uses !== undefined && uses.length > 0 && uses.every((u) => this.only(u, hops + 1));
    }
    return false;
  }

  /** the keys of the member chain on `n` (`n.skills.entries['x'].apiKey` → skills, entries, x, apiKey) */
  private keys(n: ts.Node): string[] {
    const out: string[] = [];
    let cur = n;
    for (let p = outer(cur).parent; p && out.length < 4; p = outer(cur).parent) {
      if (ts.isPropertyAccessExpression(p) && p.expression === outer(cur)) out.push(p.name.text);
      else if (ts.isElementAccessExpression(p) && p.expression === outer(cur)) {
        const k = this.fold(p.argumentExpression);
        if (k.kind !== 'str' || k.s.includes(HOLE)) break;
        out.push(k.s);
      } else break;
      cur = p;
    }
    return out;
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
