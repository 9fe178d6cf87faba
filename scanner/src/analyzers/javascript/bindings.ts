/**
 * File-level name bindings for the JS and Python analyzers: what an identifier stands for. One
 * flat table (no scopes), position-aware: a use sees the last binding written before it in the
 * source (or the first one, for uses above every binding, such as functions declared earlier).
 */
import { HOLE, type Value } from '../code/value.js';

export type Binding =
  /** a module or a member of one: `child_process`, `child_process.exec`, `os.homedir` */
  | { kind: 'name'; canonical: string }
  /**
   * the result of calling/constructing a known thing: `net.Socket()`; `value` is the data it was
   * made with when that carries a source (`axios.create({ headers: { 'x-api-key': KEY } })`);
   * `made` the known texts it was made with (`new ethers.Contract(ROUTER, abi, w)`: ROUTER,
   * lowercased, see madeTexts), which its methods' calls carry (CallFact.madeWith)
   */
  | { kind: 'instance'; canonical: string; value?: Value; made?: string[] }
  /** a constant value */
  | { kind: 'value'; value: Value }
  /**
   * a call with some arguments bound in advance (`functools.partial(subprocess.run, shell=True)`,
   * `exec.bind(null, 'sh')`): the target expression, its canonical name when known (else a local
   * function), and the bound argument nodes of the analyzer's syntax tree
   */
  | { kind: 'partial'; canonical?: string; target: unknown; args: readonly unknown[] };

/**
 * the known texts among the values an object was made with, one level into objects and lists,
 * lowercased (at most 16; see CallFact.madeWith); undefined when there is none
 */
export function madeTexts(values: readonly Value[]): string[] | undefined {
  const out: string[] = [];
  const add = (v: Value | undefined, depth: number): void => {
    if (!v || out.length >= 16) return;
    if (v.kind === 'str') {
      if (!v.s.includes(HOLE) && v.s.length <= 256) out.push(v.s.toLowerCase());
    } else if (depth < 2 && v.kind === 'obj')
      for (const x of [...v.props.values()].slice(0, 16)) add(x, depth + 1);
    else if (depth < 2 && v.kind === 'list')
      for (const x of v.items.slice(0, 16)) add(x, depth + 1);
  };
  for (const v of values.slice(0, 16)) add(v, 0);
  return out.length ? out : undefined;
}

/** the value a name holds: a constant's, or the data an instance was made with */
export function boundValue(b: Binding | null | undefined): Value | undefined {
  return b?.kind === 'value' || b?.kind === 'instance' ? b.value : undefined;
}

interface Entry {
  pos: number;
  b: Binding | null;
}

export class Bindings {
  private readonly map = new Map<string, Entry[]>();
  /** changes whenever a binding is written: what was looked up before may read otherwise now */
  version = 0;

  set(name: string, b: Binding, pos = 0): void {
    this.push(name, { pos, b });
  }

  /** the name is reassigned to something unknown at `pos` */
  kill(name: string, pos = 0): void {
    this.push(name, { pos, b: null });
  }

  private push(name: string, e: Entry): void {
    this.version++;
    const list = this.map.get(name);
    if (!list) this.map.set(name, [e]);
    else {
      let i = list.length;
      while (i > 0 && (list[i - 1] as Entry).pos > e.pos) i--;
      list.splice(i, 0, e);
    }
  }

  get(name: string, pos?: number): Binding | undefined {
    const list = this.map.get(name);
    if (!list?.length) return undefined;
    if (pos === undefined) return list.length === 1 ? (list[0]?.b ?? undefined) : undefined;
    let found: Entry | undefined;
    for (const e of list) {
      if (e.pos <= pos) found = e;
      else break;
    }
    return (found ?? list[0])?.b ?? undefined;
  }

  /** every binding of the name, by position (shared: do not change it) */
  entries(name: string): ReadonlyArray<{ readonly pos: number; readonly b: Binding | null }> {
    return this.map.get(name) ?? [];
  }

  /** is the name bound at all (even to something unknown) */
  has(name: string): boolean {
    return this.map.has(name);
  }
}
