/**
 * What a walker's `resolve` answered for each expression (its canonical name, or none), kept while
 * nothing resolving reads has changed, for the JS and Python walkers alike. Every call of a chain
 * (`program.option(..).option(..)…`, `df.rename(..).rename(..)…`) is visited and resolves its
 * callee, which resolves the chain below it: without the answers kept, n chained calls cost n^2
 * (700 JS calls took 0.6 s, 2,048 Python calls 3 s). A chain is resolved from its innermost link
 * up, so each link finds the one below it answered: n links need no n nested calls, and the stack
 * does not run out on a long one.
 */
export class ChainMemo<N> {
  private readonly answers = new Map<N, string | undefined>();
  private at = -1;

  constructor(
    /** a number that changes whenever anything resolving reads changes (a binding, …) */
    private readonly version: () => number,
    /** the link resolving `n` resolves first whatever it finds, when that link is a chain too */
    private readonly below: (n: N) => N | undefined,
    /** resolving itself, which asks `resolve` of the links below */
    private readonly compute: (n: N) => string | undefined,
  ) {}

  resolve(n: N): string | undefined {
    const at = this.version();
    if (this.at !== at) {
      this.answers.clear();
      this.at = at;
    }
    if (this.answers.has(n)) return this.answers.get(n);
    const chain: N[] = [];
    for (let c = this.below(n); c !== undefined && !this.answers.has(c); c = this.below(c))
      chain.push(c);
    for (let i = chain.length - 1; i >= 0; i--) this.once(chain[i] as N, at);
    return this.once(n, at);
  }

  private once(n: N, at: number): string | undefined {
    if (this.answers.has(n)) return this.answers.get(n);
    const r = this.compute(n);
    // something written while resolving (nothing today) would make the answer stale at once
    if (at === this.version()) this.answers.set(n, r);
    return r;
  }
}
