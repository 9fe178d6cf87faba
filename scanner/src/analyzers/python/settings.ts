/**
 * A Python settings file read, changed in place and dumped back: what the code puts into it
 * (javascript/walk.ts mergedSettings is the JS form).
 */
import type { TreeNode as Node } from '../code/tree.js';
import { HOLE, UNKNOWN, isKnown, jsonText, objectAt, str, type Value } from '../code/value.js';
import { mentionsOf } from './own.js';

/** what the settings reader needs of the walker: folding, resolving, a call's arguments */
export interface SettingsHost {
  fold(n: Node | null | undefined): Value;
  resolve(n: Node | null | undefined): string | undefined;
  args(call: Node): Node[];
  /** the function part of a call */
  callee(call: Node): Node | undefined;
}

/** the most mentions of the settings object (and its aliases) read */
const MAX_USES = 64;
/** reads of a dict that change nothing, when their result is only tested */
const READS = new Set(['get', 'keys', 'values', 'items']);
/** where a read's result is only tested (`if not any(... cfg.get('hooks', {}) ...)`) */
const TESTS = new Set([
  'comparison_operator',
  'not_operator',
  'boolean_operator',
  'if_statement',
  'while_statement',
  'conditional_expression',
  'assert_statement',
]);

type Obj = { kind: 'obj'; props: Map<string, Value> };

/** values the fold gave are copied before they are changed in place (the fold may keep them) */
function copied(v: Value, depth = 0): Value {
  if (depth > 8) return UNKNOWN;
  if (v.kind === 'list') return { ...v, items: v.items.map((x) => copied(x, depth + 1)) };
  if (v.kind === 'obj')
    return { ...v, props: new Map([...v.props].map(([k, x]) => [k, copied(x, depth + 1)])) };
  return v;
}

/** is anything in `v` unknown */
const unknownIn = (v: Value): boolean => {
  const t = jsonText(v);
  return t === undefined || t.includes(HOLE);
};

/**
 * The JSON text of what the code puts into the settings object `obj` (an identifier) that it dumps
 * into the file at `path` (`cfg = json.load(open(P)) if os.path.exists(P) else {}`, `hooks =
 * cfg.setdefault('hooks', {}).setdefault('PostToolUse', [])`, `hooks.append({...})`, `cfg['a'] =
 * x`, then `json.dump(cfg, f)` into `open(P, 'w')`), the user's own content left out. Only when
 * every assignment of the name starts it as `{}` or as that same file loaded, every other use is
 * such a change (setdefault, subscript assignment, append/extend/insert, through a name bound to
 * a part of it) or a read only tested, and every value put in folds; else undefined.
 */
export function mergedSettings(
  host: SettingsHost,
  root: Node,
  obj: Node,
  path: Value | undefined,
  pathNode?: Node,
): Value | undefined {
  if (obj.type !== 'identifier' || !isKnown(path)) return undefined;
  const samePath = (p: Node | null | undefined): boolean => {
    if (!p) return false;
    if (pathNode && p.text === pathNode.text) return true;
    const v = host.fold(p);
    return isKnown(v) && v.s === path.s;
  };
  /** `open(P)`, or a name a `with open(P) as f` bound */
  const opened = (n: Node | null | undefined): boolean => {
    if (!n) return false;
    if (n.type === 'call') {
      const [a0] = host.args(n);
      return host.resolve(host.callee(n)) === 'open' && samePath(a0);
    }
    if (n.type !== 'identifier') return false;
    for (const a of root.descendantsOfType('as_pattern').slice(0, 256)) {
      const alias = a.childForFieldName('alias');
      const t = alias?.namedChildren[0] ?? alias;
      if (t?.text === n.text && opened(a.namedChildren[0])) return true;
    }
    return false;
  };
  /** `{}`, `dict()`, or the file itself loaded, either side of `X if c else Y` */
  const startsOwn = (x: Node | null | undefined): boolean => {
    while (x?.type === 'parenthesized_expression') x = x.namedChildren[0];
    if (!x) return false;
    if (x.type === 'dictionary') return x.text.replace(/\s+/g, '') === '{}';
    if (x.type === 'conditional_expression')
      return startsOwn(x.namedChildren[0]) && startsOwn(x.namedChildren[2]);
    if (x.type === 'boolean_operator')
      return startsOwn(x.namedChildren[0]) && startsOwn(x.namedChildren[1]);
    if (x.type !== 'call') return false;
    const fn = host.resolve(host.callee(x));
    const [a0] = host.args(x);
    if (fn === 'dict') return host.args(x).length === 0;
    if (fn === 'json.load') return opened(a0);
    if (fn !== 'json.loads' || a0?.type !== 'call') return false;
    // `json.loads(Path(P).read_text())`, `json.loads(open(P).read())`
    const f = host.callee(a0);
    if (f?.type !== 'attribute' || !/^(?:read_text|read)$/.test(f.namedChildren.at(-1)?.text ?? ''))
      return false;
    const recv = f.namedChildren[0];
    if (opened(recv) || samePath(recv)) return true;
    return (
      recv?.type === 'call' &&
      /(?:^|\.)Path$/.test(host.resolve(host.callee(recv)) ?? '') &&
      samePath(host.args(recv)[0])
    );
  };
  const top: Obj = { kind: 'obj', props: new Map() };
  const at = (keys: readonly string[], make: boolean) => objectAt(top, keys, make);
  const key = (n: Node | null | undefined): string | undefined => {
    const v = host.fold(n);
    return isKnown(v) ? v.s : undefined;
  };
  let starts = 0;
  let changes = 0;
  let seen = 0;
  /** the uses of one name that stands for the part of the object at `base` */
  const follow = (name: string, base: readonly string[], except?: Node): boolean => {
    const uses = mentionsOf(root, name, MAX_USES, except);
    if (!uses || (seen += uses.length) > MAX_USES) return false;
    for (const u of uses) {
      if (u === obj) continue;
      const keys = [...base];
      let cur: Node = u;
      for (;;) {
        const p = cur.parent;
        if (!p) return false;
        if (p.type === 'assignment' && p.childForFieldName('left') === cur) {
          if (cur === u) {
            // the name (re)bound: only the object itself, started as its own
            if (base.length || !startsOwn(p.childForFieldName('right'))) return false;
            starts++;
            break;
          }
          // `cfg['a']['b'] = v`
          const k = keys.pop();
          const v = copied(host.fold(p.childForFieldName('right')));
          const parent = at(keys, true);
          if (k === undefined || parent?.kind !== 'obj' || unknownIn(v)) return false;
          parent.props.set(k, v);
          changes++;
          break;
        }
        if (p.type === 'assignment' && p.childForFieldName('right') === cur) {
          // `hooks = cfg.setdefault('hooks', {})`: a name for that part
          const left = p.childForFieldName('left');
          if (left?.type !== 'identifier' || cur === u || !follow(left.text, keys, left))
            return false;
          break;
        }
        if (p.type === 'subscript' && p.childForFieldName('value') === cur) {
          const k = key(p.childForFieldName('subscript'));
          if (k === undefined) return false;
          keys.push(k);
          cur = p;
          continue;
        }
        if (
          p.type === 'attribute' &&
          p.namedChildren[0] === cur &&
          p.parent?.type === 'call' &&
          host.callee(p.parent) === p
        ) {
          const method = p.namedChildren.at(-1)?.text ?? '';
          const call = p.parent;
          const args = host.args(call);
          if (method === 'setdefault') {
            const k = key(args[0]);
            const here = at(keys, false);
            const v = args[1] ? copied(host.fold(args[1])) : UNKNOWN;
            if (k === undefined || here?.kind !== 'obj' || (!here.props.has(k) && unknownIn(v)))
              return false;
            if (!here.props.has(k)) here.props.set(k, v);
            keys.push(k);
            changes++;
            cur = call;
            continue;
          }
          if (method === 'append' || method === 'insert' || method === 'extend') {
            const list = at(keys, false);
            const arg = args[method === 'insert' ? 1 : 0];
            const v = copied(host.fold(arg));
            if (list?.kind !== 'list' || unknownIn(v)) return false;
            if (method !== 'extend') list.items = [...list.items, v];
            else if (v.kind === 'list') list.items = [...list.items, ...v.items];
            else return false;
            changes++;
            break;
          }
          if (READS.has(method) && TESTS.has(call.parent?.type ?? '')) break;
          return false;
        }
        // a change whose result is dropped (`cfg.setdefault('hooks', {})`), a test of a key
        if (cur !== u && p.type === 'expression_statement') break;
        if (p.type === 'comparison_operator' || p.type === 'not_operator') break;
        if (
          p.type === 'argument_list' &&
          p.parent &&
          /^json\.dumps?$/.test(host.resolve(host.callee(p.parent)) ?? '')
        )
          break;
        return false;
      }
    }
    return true;
  };
  if (!follow(obj.text, [])) return undefined;
  if (!starts || !changes) return undefined;
  const text = jsonText(top);
  return text !== undefined && !text.includes(HOLE) ? str(text) : undefined;
}
