import fc from 'fast-check';

/**
 * A fuzz target: an arbitrary that generates hostile inputs and a check that throws when a
 * property is violated (a crash, an unexpected error class, a write outside the target...).
 * `setup` runs once before the cases (temp dirs, apps), `teardown` once after.
 */
export interface FuzzTarget<T = unknown> {
  name: string;
  arbitrary: () => fc.Arbitrary<T>;
  /** throws on a property violation; may return a label of the outcome (an error code, `accepted`) */
  check: (value: T) => Promise<string | void>;
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
}

/** Builds a target, keeping the type link between arbitrary and check. */
export function target<T>(t: FuzzTarget<T>): FuzzTarget {
  return t as unknown as FuzzTarget;
}

/** A property violation found by a target's check (as opposed to a bug in the harness). */
export class PropertyViolation extends Error {
  override readonly name = 'PropertyViolation';
}

export function violated(message: string, cause?: unknown): never {
  throw new PropertyViolation(message, cause === undefined ? undefined : { cause });
}

/** Rejects when `p` does not settle within `ms`: a hang is a failure too. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PropertyViolation(`${what} did not settle in ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([p, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short, printable description of anything thrown. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return `${e.name}${typeof code === 'string' ? `(${code})` : ''}: ${e.message}`.slice(0, 400);
  }
  return String(e).slice(0, 400);
}
