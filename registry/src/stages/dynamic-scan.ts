/**
 * The `dynamic-scan` stage: the skill's scripts and SKILL.md shell blocks run in the observe
 * sandbox (bubblewrap, honeypot home, sinkhole, syscall trace) through the scanner's full scan,
 * which merges the dynamic findings with the static ones and recomputes the verdict with the
 * scanner's verdict engine. When the host cannot run the sandbox the report says so
 * (`dynamic.status: 'unavailable'`) and the policy stage sends the skill to review.
 *
 * A `fail` verdict stops the run here; `review` is left to the policy stage.
 */
import { scanSkill, type FullScanOptions, type ScanOptions } from '@skillgate/scanner';
import type { PipelineStage, StageContext, StageResult } from '../pipeline/types.js';

export type DynamicStageOptions = Exclude<FullScanOptions['dynamic'], boolean | undefined>;

export function dynamicScanStage(
  scan: ScanOptions = {},
  dynamic: DynamicStageOptions = {},
): PipelineStage {
  return {
    name: 'dynamic-scan',
    state: 'scanning',
    async run(ctx: StageContext): Promise<StageResult> {
      const { files } = await ctx.unpack();
      const report = await scanSkill(
        files.map((f) => ({ path: f.path, bytes: f.bytes, executable: f.executable })),
        { ...scan, dynamic },
      );
      const d = report.dynamic;
      const reason = `${d?.status ?? 'skipped'}${d?.reason ? ` (${d.reason})` : ''}; ${d?.runs.length ?? 0} runs; ${report.summary}`;
      return {
        ok: true,
        report,
        ...(report.verdict === 'fail' ? { verdict: 'fail' as const } : {}),
        reason,
      };
    },
  };
}
