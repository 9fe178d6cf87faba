/**
 * File-level name bindings for the JS analyzer: what an identifier stands for. One flat table
 * (no scopes): a name bound twice to different things is ambiguous and resolves to nothing.
 */
import type { Value } from '../code/value.js';

export type Binding =
  /** a module or a member of one: `child_process`, `child_process.exec`, `os.homedir` */
  | { kind: 'name'; canonical: string; indirect?: string }
  /** the result of calling/constructing a known thing: `net.Socket()` */
  | { kind: 'instance'; canonical: string }
  /** a constant value */
  | { kind: 'value'; value: Value };

export class Bindings {
  private readonly map = new Map<string, Binding | null>();

  set(name: string, b: Binding): void {
    const prev = this.map.get(name);
    if (prev === undefined) this.map.set(name, b);
    else if (prev !== null && JSON.stringify(prev, replacer) !== JSON.stringify(b, replacer))
      this.map.set(name, null);
  }

  /** the name is reassigned somewhere: it no longer stands for one thing */
  kill(name: string): void {
    this.map.set(name, null);
  }

  get(name: string): Binding | undefined {
    return this.map.get(name) ?? undefined;
  }
}

function replacer(_k: string, v: unknown): unknown {
  return v instanceof Map ? [...v.entries()] : v;
}
