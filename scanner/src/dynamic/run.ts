/**
 * The dynamic stage driver: plans the runs, hands each to the injected sandbox, turns what it saw
 * into findings. The sandbox is a port, so the driver has no IO of its own.
 */
import type { Capabilities, Manifest } from '@skillgate/format';
import type {
  Availability,
  ObserveLimits,
  ObserveResult,
  ObserveSandbox,
} from '@skillgate/sandbox';
import type { DynamicRun, DynamicSummary, Finding } from '../types.js';
import { runFindings } from './behaviour.js';
import { planRuns, type DynamicFile, type RunTarget } from './targets.js';

export interface DynamicOptions {
  /** the sandbox to run in; without one the stage reports itself unavailable */
  sandbox?: ObserveSandbox;
  /** the host check (observeAvailability()); `available: false` makes the stage unavailable */
  availability?: Availability;
  limits?: Partial<ObserveLimits>;
  /** at most this many runs (default 16) */
  maxRuns?: number;
  /** stop starting new runs after this long (default 60 s) */
  budgetMs?: number;
  /** called after each run (progress, logs) */
  onRun?: (run: DynamicRun, result: ObserveResult) => void;
}

export interface DynamicOutcome {
  findings: Finding[];
  summary: DynamicSummary;
}

export const DEFAULT_DYNAMIC_LIMITS: Partial<ObserveLimits> = { wallMs: 4000, cpuSeconds: 3 };

export async function runDynamic(
  files: readonly DynamicFile[],
  manifest: Manifest | undefined,
  options: DynamicOptions = {},
): Promise<DynamicOutcome> {
  if (!options.sandbox)
    return unavailable(
      options.availability?.reason ?? 'no sandbox was configured for the dynamic stage',
    );
  if (options.availability && !options.availability.available) {
    return unavailable(options.availability.reason ?? 'this host cannot run the sandbox');
  }
  const { targets, extraFiles } = planRuns(files);
  if (targets.length === 0)
    return {
      findings: [],
      summary: {
        status: 'skipped',
        reason: 'nothing to run: no scripts, shell blocks, commands or lifecycle scripts',
        runs: [],
      },
    };
  const declared: Capabilities = manifest?.capabilities ?? {};
  const skillFiles = [...files, ...extraFiles].map((f) => ({
    path: f.path,
    bytes: f.bytes,
    executable: f.executable ?? false,
  }));
  const packageManagers = files.some(
    (f) => f.path === 'package.json' || f.path === 'requirements.txt',
  );
  const maxRuns = options.maxRuns ?? 16;
  const deadline = Date.now() + (options.budgetMs ?? 60_000);
  const runs: DynamicRun[] = [];
  const findings: Finding[] = [];
  const skipped: RunTarget[] = [];
  for (const target of targets) {
    if (runs.length >= maxRuns || Date.now() > deadline) {
      skipped.push(target);
      continue;
    }
    const result = await options.sandbox.run({
      files: skillFiles,
      workspaceFiles: skillFiles,
      argv: target.argv,
      limits: { ...DEFAULT_DYNAMIC_LIMITS, ...options.limits },
      gitWorkspace: true,
    });
    const run = toRun(target, result);
    runs.push(run);
    options.onRun?.(run, result);
    findings.push(...runFindings({ run: target, result, declared, packageManagers }));
  }
  const summary: DynamicSummary = { status: 'ran', runs };
  if (skipped.length)
    summary.reason = `${skipped.length} of ${targets.length} runs not started (limit of ${maxRuns} runs or the time budget): ${skipped.map((t) => t.target).join(', ')}`;
  return { findings: dedupeAcrossRuns(findings), summary };
}

function toRun(t: RunTarget, r: ObserveResult): DynamicRun {
  const run: DynamicRun = {
    id: t.id,
    target: t.target,
    argv: t.argv,
    exitCode: r.exitCode,
    signal: r.signal,
    durationMs: Math.round(r.durationMs),
    cpuMs: Math.round(r.cpuMs),
    peakMemoryBytes: r.peakMemoryBytes,
  };
  if (r.limitHit) run.limitHit = r.limitHit;
  return run;
}

function unavailable(reason: string): DynamicOutcome {
  return { findings: [], summary: { status: 'unavailable', reason, runs: [] } };
}

/** The same capability finding from several runs (a script run directly and from SKILL.md) once. */
function dedupeAcrossRuns(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.category === 'threat') return true;
    const key = `${f.ruleId}\0${JSON.stringify(f.capability ?? f.message)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
