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
      const kept = await storedBundle(ctx);
      if (kept)
        return { ok: true, bundle: kept, reason: 'attestation signed (stored bundle reused)' };
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
      const bytes = Buffer.from(JSON.stringify(await signer.sign(statement)));
      const { digest } = await ctx.blobs.put(bytes);
      const won = await ctx.store.claimAttestation(ctx.version.id, digest);
      if (won !== digest) {
        const first = await storedBundle(ctx);
        if (!first) throw new Error(`the stored attestation ${won} is missing from the blob store`);
        return { ok: true, bundle: first, reason: 'attestation signed (a concurrent run won)' };
      }
      return {
        ok: true,
        bundle: bytes,
        reason: approver ? `attestation signed (approved by ${approver})` : 'attestation signed',
      };
    },
  };
}

/** the bundle already stored for this version, if a previous run signed it */
async function storedBundle(ctx: StageContext): Promise<Buffer | undefined> {
  const digest = await ctx.store.getAttestation(ctx.version.id);
  if (!digest) return undefined;
  const bytes = await ctx.blobs.get(digest);
  if (!bytes) throw new Error(`the stored attestation ${digest} is missing from the blob store`);
  return bytes;
}
