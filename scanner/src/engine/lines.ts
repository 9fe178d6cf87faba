/** Offsets to lines: the line starts of a text, and the binary search the analyzers share. */

/** the offsets at which the lines of `text` start (`0` first) */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The index of the last entry of the ascending `sorted` that is at most `x` (0 when `x` is below
 * the first): with line starts, the 0-based line holding offset `x`.
 */
export function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
