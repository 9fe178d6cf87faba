import fc from 'fast-check';
import { describeError, type FuzzTarget } from './target.js';

export interface FuzzOptions {
  numRuns: number;
  seed: number;
  /** wall-clock bound for the target; the run stops early (and says so) when it is reached */
  timeLimitMs: number;
  /** how many failing inputs to keep for the report */
  keepFailures?: number;
}

export interface FuzzFailure {
  input: string;
  error: string;
}

export interface FuzzResult {
  target: string;
  cases: number;
  failures: number;
  interrupted: boolean;
  ms: number;
  /** process warnings emitted while the target ran (e.g. a parser logging about hostile input) */
  warnings: number;
  firstWarning?: string;
  /** how the cases ended, by label (error code, `accepted`), to show what the generators reach */
  outcomes: Record<string, number>;
  examples: FuzzFailure[];
}

/**
 * Runs one target, counting every failing case instead of stopping at the first one (a nightly run
 * wants the failure rate, not only one counterexample). Unhandled rejections raised while the
 * target runs count as failures too.
 */
export async function runTarget(t: FuzzTarget, opts: FuzzOptions): Promise<FuzzResult> {
  const keep = opts.keepFailures ?? 5;
  const result: FuzzResult = {
    target: t.name,
    cases: 0,
    failures: 0,
    interrupted: false,
    ms: 0,
    warnings: 0,
    outcomes: {},
    examples: [],
  };
  const record = (input: unknown, error: string) => {
    result.failures += 1;
    if (result.examples.length < keep)
      result.examples.push({ input: fc.stringify(input).slice(0, 600), error });
  };
  let current: unknown;
  const onUnhandled = (reason: unknown) =>
    record(current, `unhandled rejection: ${describeError(reason)}`);
  const onWarning = (w: Error) => {
    result.warnings += 1;
    result.firstWarning ??= describeError(w).split('\n')[0];
  };
  process.on('unhandledRejection', onUnhandled);
  process.on('warning', onWarning);
  const started = Date.now();
  await t.setup?.();
  try {
    const details = await fc.check(
      fc.asyncProperty(t.arbitrary(), async (value) => {
        current = value;
        result.cases += 1;
        try {
          const label = (await t.check(value)) ?? 'ok';
          result.outcomes[label] = (result.outcomes[label] ?? 0) + 1;
        } catch (e) {
          record(value, describeError(e));
        }
        return true;
      }),
      {
        numRuns: opts.numRuns,
        seed: opts.seed,
        plugins: [fc.interruptAfterTimeLimit(opts.timeLimitMs)],
      },
    );
    result.interrupted = details.interrupted;
  } finally {
    await t.teardown?.();
    process.off('unhandledRejection', onUnhandled);
    process.off('warning', onWarning);
    result.ms = Date.now() - started;
  }
  return result;
}

/** The outcome labels, most frequent first: `accepted 120, UNPACK_CORRUPT 80, …`. */
export function outcomeLine(r: FuzzResult, top = 12): string {
  return Object.entries(r.outcomes)
    .sort(([, a], [, b]) => b - a)
    .slice(0, top)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** The one-line summary `target: N cases, F failures`. */
export function summary(r: FuzzResult): string {
  const extra = r.interrupted ? ` (stopped by the ${Math.round(r.ms / 1000)} s time bound)` : '';
  return `${r.target}: ${r.cases} cases, ${r.failures} failures${extra}`;
}
