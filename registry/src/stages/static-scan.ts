/** The `static-scan` stage: runs the static scanner over the unpacked upload and reports its verdict. */
import { scanFiles, type ScanOptions } from '@skillgate/scanner';
import type { PipelineStage, StageContext, StageResult } from '../pipeline/types.js';

/**
 * With `deferReview`, only a `fail` verdict stops the run here; a `review` verdict is carried in the
 * report to the later stages (the dynamic scan still runs, the policy stage decides).
 */
export function staticScanStage(
  options: ScanOptions = {},
  opts: { deferReview?: boolean } = {},
): PipelineStage {
  return {
    name: 'static-scan',
    state: 'scanning',
    async run(ctx: StageContext): Promise<StageResult> {
      const { files } = await ctx.unpack();
      const report = scanFiles(
        files.map((f) => ({ path: f.path, bytes: f.bytes })),
        options,
      );
      const reason = report.summary;
      if (opts.deferReview && report.verdict !== 'fail') return { ok: true, report, reason };
      return { ok: true, report, verdict: report.verdict, reason };
    },
  };
}
