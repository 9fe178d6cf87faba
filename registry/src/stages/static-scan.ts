/** The `static-scan` stage: runs the static scanner over the unpacked upload and reports its verdict. */
import { scanFiles, type ScanOptions } from '@skillgate/scanner';
import type { PipelineStage, StageContext, StageResult } from '../pipeline/types.js';

export function staticScanStage(options: ScanOptions = {}): PipelineStage {
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
      return { ok: true, report, verdict: report.verdict, reason };
    },
  };
}
