/**
 * Constant folding for JS/TS expressions: literals, concatenation, template literals, array
 * join/reverse/split, String.fromCharCode, Buffer.from(x, 'base64'|'hex'), atob, path.join,
 * os.homedir(). Decodings are reported so the decoded text can be scanned again.
 */
import ts from 'typescript';
import {
  HOLE,
  IDENTITY_COMMAND,
  IDENTITY_ENV,
  UNKNOWN,
  asText,
  concat,
  decodeBase64,
  decodeHex,
  isKnown,
  joinPath,
  printable,
  sourceOf,
  sourced,
  str,
  type Value,
} from '../code/value.js';

export interface FoldHost {
  /** canonical name of an expression (`os.homedir`, `process.env.HOME`) or undefined */
  resolve(node: ts.Expression): string | undefined;
  /** constant bound to an identifier */
  constant(name: string, at: number): Value | undefined;
  /** called once per decoding of a known string */
  decoded(text: string, how: string, node: ts.Node): void;
}

const HOME_ENV = new Set(['process.env.HOME', 'process.env.USERPROFILE']);
const MAX_ITEMS = 10_000;
/** calls whose result names the user or the machine */
const IDENTITY_CALLS = new Set(['os.hostname', 'os.userInfo', 'os.networkInterfaces']);
/** calls that run a command and return its output (or a result with `.stdout`) */
const OUTPUT_CALLS = new Set([
  'child_process.execSync',
  'child_process.execFileSync',
  'child_process.spawnSync',
]);

export class Folder {
  private readonly memo = new Map<ts.Node, Value>();
  private depth = 0;

  constructor(private readonly host: FoldHost) {}

  fold(node: ts.Node): Value {
    const hit = this.memo.get(node);
    if (hit) return hit;
    if (this.depth > 200) return UNKNOWN;
    this.depth++;
    let v: Value;
    try {
      v = this.compute(node);
    } finally {
      this.depth--;
    }
    this.memo.set(node, v);
    return v;
  }

  private decoded(text: string | undefined, how: string, node: ts.Node): Value {
    if (text === undefined) return UNKNOWN;
    this.host.decoded(text, how, node);
    return str(text, { computed: true, decodedFrom: how });
  }

  private compute(n: ts.Node): Value {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return str(n.text);
    if (ts.isNumericLiteral(n)) return { kind: 'num', n: Number(n.text) };
    if (n.kind === ts.SyntaxKind.TrueKeyword) return str('true');
    if (n.kind === ts.SyntaxKind.FalseKeyword) return str('false');
    if (ts.isTemplateExpression(n)) {
      const parts: Value[] = [str(n.head.text)];
      for (const s of n.templateSpans) parts.push(this.fold(s.expression), str(s.literal.text));
      return concat(parts);
    }
    if (
      ts.isParenthesizedExpression(n) ||
      ts.isAsExpression(n) ||
      ts.isNonNullExpression(n) ||
      ts.isSatisfiesExpression(n) ||
      ts.isTypeAssertionExpression(n) ||
      ts.isAwaitExpression(n)
    ) {
      return this.fold(n.expression);
    }
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) {
        const l = this.fold(n.left);
        const r = this.fold(n.right);
        if (l.kind === 'num' && r.kind === 'num') return { kind: 'num', n: l.n + r.n };
        if (l.kind === 'str' || r.kind === 'str') return concat([l, r]);
        return UNKNOWN;
      }
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        const l = this.fold(n.left);
        return l.kind !== 'unknown' ? l : this.fold(n.right);
      }
      return UNKNOWN;
    }
    if (ts.isIdentifier(n)) {
      if (n.text === '__dirname') return str('$SKILL', { computed: true });
      if (n.text === '__filename') return str('$SKILL/script', { computed: true });
      return this.host.constant(n.text, n.pos) ?? UNKNOWN;
    }
    if (ts.isArrayLiteralExpression(n)) {
      if (n.elements.length > MAX_ITEMS) return UNKNOWN;
      const items: Value[] = [];
      for (const e of n.elements) {
        if (!ts.isSpreadElement(e)) items.push(this.fold(e));
        else {
          // `[...args]` spreads a list that folds (bounded: repeated spreads could double)
          const inner = this.fold(e.expression);
          if (inner.kind === 'list') items.push(...inner.items.slice(0, MAX_ITEMS));
          else items.push(UNKNOWN);
        }
        if (items.length > MAX_ITEMS) return UNKNOWN;
      }
      return { kind: 'list', items };
    }
    if (ts.isObjectLiteralExpression(n)) {
      const props = new Map<string, Value>();
      for (const p of n.properties) {
        if (ts.isPropertyAssignment(p)) {
          const key = ts.isComputedPropertyName(p.name)
            ? this.fold(p.name.expression)
            : str(p.name.getText().replace(/^['"]|['"]$/g, ''));
          if (isKnown(key)) props.set(key.s, this.fold(p.initializer));
          else props.set(HOLE, UNKNOWN);
        } else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, this.fold(p.name));
        else if (ts.isSpreadAssignment(p)) {
          // `{ ...base }` keeps what `base` folds to; otherwise an unknown entry (HOLE key)
          const inner = this.fold(p.expression);
          if (inner.kind === 'obj' && inner.props.size <= 256)
            for (const [k, v] of inner.props) props.set(k, v);
          else props.set(HOLE, UNKNOWN);
        } else props.set(HOLE, UNKNOWN);
      }
      return { kind: 'obj', props };
    }
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      const canon = this.host.resolve(n);
      if (canon && HOME_ENV.has(canon)) return str('~', { computed: true });
      if (canon?.startsWith('process.env.') && IDENTITY_ENV.test(canon.slice(12)))
        return sourced('identity');
      const base = this.fold(n.expression);
      // `os.userInfo().username`, `spawnSync('whoami').stdout`
      if (base.kind === 'str' && base.source) return base;
      const key = ts.isPropertyAccessExpression(n)
        ? str(n.name.text)
        : this.fold(n.argumentExpression);
      if (base.kind === 'obj' && isKnown(key)) return base.props.get(key.s) ?? UNKNOWN;
      if (base.kind === 'list' && key.kind === 'num') return base.items[key.n] ?? UNKNOWN;
      if (base.kind === 'str' && key.kind === 'num')
        return base.s[key.n] !== undefined ? str(base.s[key.n] as string) : UNKNOWN;
      return UNKNOWN;
    }
    if (ts.isNewExpression(n)) {
      const canon = this.host.resolve(n.expression);
      if ((canon === 'URL' || canon === 'String') && n.arguments?.[0])
        return this.fold(n.arguments[0]);
      if (canon === 'URLSearchParams' && n.arguments?.[0]) {
        const src = sourceOf([this.fold(n.arguments[0])]);
        return src ? sourced(src) : UNKNOWN;
      }
      return UNKNOWN;
    }
    if (ts.isCallExpression(n)) return this.call(n);
    return UNKNOWN;
  }

  private call(n: ts.CallExpression): Value {
    const canon = this.host.resolve(n.expression);
    const args = n.arguments;
    const a = (i: number) => (args[i] ? this.fold(args[i]) : UNKNOWN);
    if (canon && IDENTITY_CALLS.has(canon)) return sourced('identity');
    if (
      canon === 'JSON.stringify' ||
      canon === 'querystring.stringify' ||
      canon === 'qs.stringify'
    ) {
      // serialised data keeps what its values carry
      const src = sourceOf([a(0)]);
      return src ? sourced(src) : UNKNOWN;
    }
    if (canon && OUTPUT_CALLS.has(canon)) {
      const a0 = a(0);
      const a1 = a(1);
      const cmd =
        canon === 'child_process.execSync'
          ? asText(a0)
          : [a0, ...(a1.kind === 'list' ? a1.items : [])].map((x) => asText(x) ?? HOLE).join(' ');
      return cmd && IDENTITY_COMMAND.test(cmd.trim()) ? sourced('identity') : UNKNOWN;
    }
    switch (canon) {
      case 'os.homedir':
        return str('~', { computed: true });
      case 'os.tmpdir':
        return str('/tmp', { computed: true });
      case 'process.cwd':
        return str('.', { computed: true });
      case 'path.join':
      case 'path.resolve':
      case 'path.posix.join':
      case 'path.normalize':
        return joinPath(args.map((x) => this.fold(x)));
      case 'String':
        return a(0);
      case 'String.fromCharCode':
      case 'String.fromCodePoint': {
        const codes =
          args.length === 1 && a(0).kind === 'list'
            ? (a(0) as { items: Value[] }).items
            : args.map((x) => this.fold(x));
        if (!codes.length || !codes.every((c) => c.kind === 'num')) return UNKNOWN;
        try {
          return this.decoded(
            String.fromCodePoint(...codes.map((c) => (c as { n: number }).n)),
            'charcode',
            n,
          );
        } catch {
          return UNKNOWN;
        }
      }
      case 'atob':
      case 'Buffer.from': {
        const v = a(0);
        const enc =
          canon === 'atob'
            ? 'base64'
            : isKnown(a(1))
              ? (a(1) as { s: string }).s.toLowerCase()
              : 'utf8';
        if (v.kind === 'list' && v.items.every((c) => c.kind === 'num')) {
          return this.decoded(
            printable(Buffer.from(v.items.map((c) => (c as { n: number }).n))),
            'bytes',
            n,
          );
        }
        if (!isKnown(v)) return UNKNOWN;
        if (enc === 'base64' || enc === 'base64url')
          return this.decoded(decodeBase64(v.s), 'base64', n);
        if (enc === 'hex') return this.decoded(decodeHex(v.s), 'hex', n);
        return v;
      }
      case 'decodeURIComponent':
      case 'decodeURI':
      case 'unescape': {
        const v = a(0);
        if (!isKnown(v)) return UNKNOWN;
        try {
          return this.decoded(decodeURIComponent(v.s), 'percent-encoding', n);
        } catch {
          return UNKNOWN;
        }
      }
    }
    if (!ts.isPropertyAccessExpression(n.expression)) return UNKNOWN;
    const method = n.expression.name.text;
    const recv = this.fold(n.expression.expression);
    return this.method(
      method,
      recv,
      args.map((x) => this.fold(x)),
      n,
    );
  }

  private method(m: string, recv: Value, args: Value[], node: ts.Node): Value {
    const a0 = args[0];
    if (recv.kind === 'list') {
      if (m === 'join') {
        const sep = a0 === undefined ? ',' : a0.kind === 'str' ? a0.s : HOLE;
        const parts: Value[] = [];
        recv.items.forEach((it, i) => {
          if (i) parts.push(str(sep));
          parts.push(it);
        });
        const v = concat(parts);
        const computed = recv.items.length > 1;
        return v.kind === 'str' &&
          computed &&
          isKnown(v) &&
          recv.items.every((x) => x.kind === 'str' && x.s.length <= 2)
          ? this.decoded(v.s, 'array-join', node)
          : v;
      }
      if (m === 'reverse') return { kind: 'list', items: [...recv.items].reverse() };
      if (m === 'concat')
        return {
          kind: 'list',
          items: [...recv.items, ...args.flatMap((x) => (x.kind === 'list' ? x.items : [x]))],
        };
      return UNKNOWN;
    }
    if (recv.kind !== 'str') return UNKNOWN;
    const s = recv.s;
    // `.trim()`, `.toString()`, `.split('\n')[0]`... of text that identifies the user keep doing so
    if (recv.source && s === HOLE) return recv;
    switch (m) {
      case 'split': {
        if (a0?.kind !== 'str' || a0.s.includes(HOLE) || s.includes(HOLE) || s.length > MAX_ITEMS)
          return UNKNOWN;
        const items = s.split(a0.s).map((x) => str(x));
        // `'...'.split('').reverse().join('')` is reported when joined back
        return { kind: 'list', items };
      }
      case 'toString':
      case 'valueOf':
      case 'trim':
        return m === 'trim' ? { ...recv, s: s.trim() } : recv;
      case 'toLowerCase':
        return { ...recv, s: s.toLowerCase() };
      case 'toUpperCase':
        return { ...recv, s: s.toUpperCase() };
      case 'concat':
        return concat([recv, ...args]);
      case 'replace':
      case 'replaceAll':
        if (a0?.kind === 'str' && args[1]?.kind === 'str' && isKnown(recv)) {
          const r = args[1] as { s: string };
          return str(m === 'replace' ? s.replace(a0.s, r.s) : s.split(a0.s).join(r.s), {
            computed: true,
          });
        }
        return UNKNOWN;
      case 'slice':
      case 'substring':
        if (a0?.kind === 'num' && isKnown(recv)) {
          const a1 = args[1];
          return str(s[m](a0.n, a1?.kind === 'num' ? a1.n : undefined), { computed: true });
        }
        return UNKNOWN;
    }
    return UNKNOWN;
  }
}
