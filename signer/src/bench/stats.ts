export interface Stats {
  runs: number;
  /** wall-clock milliseconds */
  medianMs: number;
  p95Ms: number;
  /** CPU milliseconds of this process (user + system): steadier than wall time on a shared machine */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

/** Runs `fn` `warmup` times untimed, then `runs` times, timing wall clock and CPU for each run. */
export function measure(fn: () => unknown, runs: number, warmup = 20): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    const t1 = process.hrtime.bigint();
    const c = process.cpuUsage(c0);
    wall.push(Number(t1 - t0) / 1e6);
    cpu.push((c.user + c.system) / 1e3);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    runs,
    medianMs: quantile(wall, 0.5),
    p95Ms: quantile(wall, 0.95),
    cpuMedianMs: quantile(cpu, 0.5),
    cpuP95Ms: quantile(cpu, 0.95),
  };
}
