/**
 * A configparser read used only for named settings that are no secret: `cfg.read(P)` then
 * `cfg.get('default', 'region')`, `cfg['profile dev']['output']`, `cfg.has_section(s)`. An AWS
 * or gcloud helper picking its region from the tool's own config file reads where to connect,
 * not the keys beside it. Any other use of the parser (an option whose name says key, token,
 * secret, password…, a section kept whole or iterated, the parser passed on) reads the file. See
 * code/evaluate.ts onlyChecked.
 */
import type { TreeNode } from '../code/tree.js';
import { HOLE, type Value } from '../code/value.js';
import { mentionsOf } from './own.js';

type Node = TreeNode;

/** a parser's reads of files or text */
export const INI_READ = /^configparser\.(?:Raw|Safe)?ConfigParser\(\)\.read(?:_file)?$/;
/** words that make an option a secret (`aws_secret_access_key`, `credential_process`) */
const SECRET_OPTION =
  /key|secret|token|pass|auth|cred|cookie|session|private|bearer|webhook|dsn|database|(?:^|[._-])db(?:[._-]|$)|redis|mongo|postgres|mysql/i;
/** uses of one name looked at; past it the parser counts as read whole */
const MAX_USES = 32;
/** methods that give one option's value */
const GETTERS = /^(?:get|getint|getfloat|getboolean)$/;
/** methods that tell whether a section or option is there, or list section names */
const TESTS = /^(?:has_section|has_option|sections|read|read_file)$/;

export class PyIniSettings {
  constructor(
    private readonly root: Node,
    private readonly fold: (n: Node) => Value,
  ) {}

  /**
   * `call` is `NAME.read(P)` (or `read_file`): is every use of NAME a setting's read. The parser
   * reads that one file only: a second file or a list of them could define an option of the
   * skill's whose value interpolates a secret of the first (`region = %(aws_secret_access_key)s`).
   */
  only(call: Node): boolean {
    const fn = call.codeChildren[0];
    const obj = fn?.type === 'attribute' ? fn.codeChildren[0] : undefined;
    if (obj?.type !== 'identifier') return false;
    const first = call.codeChildren[1]?.codeChildren[0];
    if (!first || first.type === 'list' || first.type === 'tuple') return false;
    const uses = this.uses(obj.text);
    if (uses === undefined || !uses.every((u) => this.settingUse(u, true))) return false;
    const reads = uses.filter((u) =>
      /^read(?:_file)?$/.test(u.parent?.codeChildren[1]?.text ?? ''),
    );
    return reads.length === 1;
  }

  /** a use of the parser (`parser`) or of one section of it */
  private settingUse(n: Node, parser: boolean): boolean {
    const p = n.parent;
    if (!p) return false;
    // the binding itself: `cfg = configparser.ConfigParser()`, `sec = cfg['default']`
    if (p.type === 'assignment' && p.childForFieldName('left') === n) return true;
    // `'default' in cfg`
    if (p.type === 'comparison_operator' && p.codeChildren[1] === n) return true;
    if (p.type === 'attribute' && p.codeChildren[0] === n) {
      const method = p.codeChildren[1]?.text ?? '';
      const call = p.parent;
      if (call?.type !== 'call' || call.codeChildren[0] !== p) return false;
      if (parser && TESTS.test(method)) return true;
      if (!GETTERS.test(method)) return false;
      const args = call.codeChildren[1]?.codeChildren ?? [];
      return this.plainOption(args[parser ? 1 : 0]);
    }
    if (p.type === 'subscript' && p.codeChildren[0] === n) {
      // `cfg['default']['region'] = …` sets an option
      const set = p.parent?.type === 'assignment' && p.parent.childForFieldName('left') === p;
      if (!parser) return !set && this.plainOption(p.codeChildren[1]);
      if (set) return false;
      return this.settingUse(p, false) || this.sectionKept(p);
    }
    return false;
  }

  /** `sec = cfg['default']`: every use of `sec` reads a plain option */
  private sectionKept(sub: Node): boolean {
    const p = sub.parent;
    if (p?.type !== 'assignment' || p.childForFieldName('right') !== sub) return false;
    const name = p.childForFieldName('left');
    if (name?.type !== 'identifier') return false;
    const uses = this.uses(name.text);
    return uses !== undefined && uses.every((u) => u === name || this.settingUse(u, false));
  }

  /** an option named by a literal that says no secret */
  private plainOption(n: Node | undefined): boolean {
    if (!n || n.type === 'keyword_argument') return false;
    const v = this.fold(n);
    return v.kind === 'str' && !v.s.includes(HOLE) && !SECRET_OPTION.test(v.s);
  }

  /** every mention of a name in the file (not as an attribute's or keyword's name) */
  private uses(text: string): Node[] | undefined {
    return mentionsOf(this.root, text, MAX_USES);
  }
}
