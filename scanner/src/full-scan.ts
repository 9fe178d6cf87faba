/**
 * The whole scan: static analysis, then (where the host can) the dynamic stage in the observe
 * sandbox, merged into one report with one verdict. Used by `skillgate scan` and the registry.
 */
import { parseManifest, type Manifest } from '@skillgate/format';
import type { ObserveSandbox } from '@skillgate/sandbox';
import { runDynamic, type DynamicOptions } from './dynamic/index.js';
import type { ScanOptions } from './engine/options.js';
import { loadScanInput, scanFiles, type ScanInputFile } from './engine/scan.js';
import type { DynamicSummary, ScanReport } from './types.js';
import { decideVerdict } from './verdict/verdict.js';

export interface FullScanOptions extends ScanOptions {
  /** false skips the dynamic stage; an object tunes it (sandbox, limits, budget) */
  dynamic?: boolean | DynamicOptions;
}

function manifestOf(files: readonly ScanInputFile[]): Manifest | undefined {
  const f = files.find((x) => x.path === 'skill.json');
  if (!f) return undefined;
  try {
    return parseManifest(Buffer.from(f.bytes).toString('utf8'));
  } catch {
    return undefined; // the static report already carries the manifest finding
  }
}

let defaultSandbox: ObserveSandbox | undefined;

async function dynamicOptions(opt: true | DynamicOptions): Promise<DynamicOptions> {
  const given = opt === true ? {} : opt;
  if (given.sandbox) return given;
  // the sandbox stack loads only when a scan runs the dynamic stage (`--no-dynamic` skips it)
  const { BwrapObserveSandbox, observeAvailability } = await import('@skillgate/sandbox');
  const availability = given.availability ?? (await observeAvailability());
  if (!availability.available) return { ...given, availability };
  defaultSandbox ??= new BwrapObserveSandbox();
  return { ...given, availability, sandbox: defaultSandbox };
}

export async function scanSkill(
  files: readonly ScanInputFile[],
  options: FullScanOptions = {},
): Promise<ScanReport> {
  const report = scanFiles(files, options);
  if (options.dynamic === false) {
    return {
      ...report,
      dynamic: { status: 'skipped', reason: 'the dynamic stage was turned off', runs: [] },
    };
  }
  const started = performance.now();
  const outcome = await runDynamic(
    files, // folder and tarball readers keep each file's executable bit for the run plan
    manifestOf(files),
    await dynamicOptions(options.dynamic ?? true),
  );
  const findings = [...report.findings, ...outcome.findings];
  const { verdict, summary } = decideVerdict(findings);
  const dynamic: DynamicSummary = outcome.summary;
  return {
    ...report,
    findings,
    verdict,
    summary:
      dynamic.status === 'unavailable'
        ? `${summary} (dynamic stage unavailable: ${dynamic.reason ?? 'unknown'})`
        : summary,
    dynamic,
    timings: {
      ...report.timings,
      dynamic: Math.round(performance.now() - started),
      total: Math.round((report.timings['total'] ?? 0) + performance.now() - started),
    },
  };
}

/** `scanSkill` over a folder or `.tgz` path. */
export async function scanTarget(
  target: string,
  options: FullScanOptions = {},
): Promise<ScanReport> {
  return scanSkill(await loadScanInput(target), options);
}
