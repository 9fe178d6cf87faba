/**
 * The `sign` stage: builds the in-toto statement (subject = tarball digests, predicate = name,
 * version, shipped capabilities, verdict, approver, scanner + rules versions, findings summary)
 * and signs it through the Signer port. It only runs once every earlier stage passed.
 */
import { digestsOf } from '@skillgate/format';
import type { ScanReport } from '@skillgate/scanner';
import { buildStatement, summarizeFindings, type Signer } from '@skillgate/signer';
import type { PipelineStage, StageContext, StageResult } from '../pipeline/types.js';

export function signStage(signer: Signer): PipelineStage {
  return {
    name: 'sign',
    state: 'signing',
    async run(ctx: StageContext): Promise<StageResult> {
      const report = (ctx.report ?? ctx.version.report) as ScanReport | null | undefined;
      if (!report)
        return {
          stop: 'rejected',
          reason: 'no scan report: the skill was not scanned, so it is not signed',
        };
      const { manifest } = await ctx.unpack();
      const approver = ctx.version.approver ?? undefined;
      const verdict = ctx.verdict ?? ctx.version.verdict ?? report.verdict;
      if (verdict === 'fail') return { stop: 'rejected', reason: 'verdict fail: not signed' };
      if (verdict === 'review' && !approver)
        return { stop: 'review', reason: 'waiting for a moderator' };
      const statement = buildStatement({
        name: manifest.name,
        version: manifest.version,
        digests: digestsOf(ctx.tarball),
        capabilities: manifest.capabilities,
        verdict: verdict === 'review' ? 'review' : 'pass',
        ...(approver ? { approver } : {}),
        scanner: report.scanner,
        findings: summarizeFindings(report.findings),
        scannedAt: report.scannedAt,
      });
      const bundle = await signer.sign(statement);
      return {
        ok: true,
        bundle: Buffer.from(JSON.stringify(bundle)),
        reason: 'attestation signed',
      };
    },
  };
}
