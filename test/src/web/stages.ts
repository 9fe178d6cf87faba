/**
 * Scan and sign stages for the e2e registry, built from the real scanner and signer.
 * (The pipeline issue wires the production stages into `skillgate serve`; these use the same
 * libraries so the web sees real reports and real Sigstore bundles.)
 */
import { digestsOf } from '@skillgate/format';
import type { PipelineStage } from '@skillgate/registry';
import { scanFiles, type ScanReport } from '@skillgate/scanner';
import { buildStatement, summarizeFindings, type Signer } from '@skillgate/signer';

export function staticScanStage(): PipelineStage {
  return {
    name: 'static-scan',
    state: 'scanning',
    async run(ctx) {
      const { files } = await ctx.unpack();
      const report = await scanFiles(files.map((f) => ({ path: f.path, bytes: f.bytes })));
      return { ok: true, report, verdict: report.verdict, reason: report.summary };
    },
  };
}

function isReport(x: unknown): x is ScanReport {
  return typeof x === 'object' && x !== null && 'findings' in x && 'scanner' in x;
}

export function signStage(signer: Signer): PipelineStage {
  return {
    name: 'sign',
    state: 'signing',
    async run(ctx) {
      const report = ctx.report ?? ctx.version.report;
      if (!isReport(report)) return { stop: 'rejected', reason: 'no scan report to attest' };
      const { manifest } = await ctx.unpack();
      const reviewed = (ctx.verdict ?? ctx.version.verdict) === 'review';
      const statement = buildStatement({
        name: manifest.name,
        version: manifest.version,
        digests: digestsOf(ctx.tarball),
        capabilities: manifest.capabilities,
        verdict: reviewed ? 'review' : 'pass',
        ...(reviewed && ctx.version.approver ? { approver: ctx.version.approver } : {}),
        scanner: report.scanner,
        findings: summarizeFindings(report.findings),
        scannedAt: report.scannedAt,
      });
      const bundle = await signer.sign(statement);
      return { ok: true, bundle: Buffer.from(JSON.stringify(bundle)) };
    },
  };
}
