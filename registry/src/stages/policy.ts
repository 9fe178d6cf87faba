/**
 * The `policy` stage: the verdict that decides what happens next, from the merged scan report.
 * `fail` → rejected; `review` → waits for a moderator; `pass` → sign. A pass whose dynamic stage
 * could not run (sandbox unavailable on this host) is not trusted on static analysis alone: it
 * goes to review with the reason, never straight to signing.
 */
import type { ScanReport } from '@skillgate/scanner';
import type { PipelineStage, StageContext, StageResult } from '../pipeline/types.js';

export interface PolicyOptions {
  /** true when the pipeline has a dynamic stage: a pass without a dynamic run needs a human */
  requireDynamic: boolean;
}

export function decidePolicy(report: ScanReport, opts: PolicyOptions): StageResult {
  if (report.verdict === 'fail')
    return { stop: 'rejected', reason: report.summary, verdict: 'fail' };
  if (report.verdict === 'review')
    return { stop: 'review', reason: report.summary, verdict: 'review' };
  const d = report.dynamic;
  if (opts.requireDynamic && d?.status === 'unavailable')
    return {
      stop: 'review',
      verdict: 'review',
      reason: `static analysis passed but the dynamic stage could not run on this host (${d.reason ?? 'sandbox unavailable'}); a moderator must review`,
    };
  return { ok: true, verdict: 'pass', reason: report.summary };
}

export function policyStage(opts: PolicyOptions): PipelineStage {
  return {
    name: 'policy',
    state: 'scanning',
    run(ctx: StageContext): Promise<StageResult> {
      const report = (ctx.report ?? ctx.version.report) as ScanReport | null | undefined;
      if (!report)
        return Promise.resolve({
          stop: 'rejected',
          reason: 'no scan report: nothing to decide on',
        });
      return Promise.resolve(decidePolicy(report, opts));
    },
  };
}
