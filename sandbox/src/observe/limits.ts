import { ObserveError } from './errors.js';
import type { ObserveLimits } from './types.js';

export const DEFAULT_OBSERVE_LIMITS: ObserveLimits = {
  wallMs: 5000,
  cpuSeconds: 4,
  memoryBytes: 2 * 1024 ** 3,
  processes: 64,
  fileSizeBytes: 8 * 1024 ** 2,
  outputBytes: 1024 ** 2,
  diskBytes: 32 * 1024 ** 2,
};

/** Merges and checks limits; every value must be a positive integer. */
export function resolveLimits(partial: Partial<ObserveLimits> | undefined): ObserveLimits {
  const l: ObserveLimits = { ...DEFAULT_OBSERVE_LIMITS, ...partial };
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isInteger(v) || v <= 0) {
      throw new ObserveError(
        'BAD_LIMIT',
        `limit ${k} must be a positive integer, got ${JSON.stringify(v)}`,
      );
    }
  }
  return l;
}
