/** The stages after `validate`, composed for `serve` and workers. */
import { createKeySigner, type Signer } from '@skillgate/signer';
import type { ScanOptions } from '@skillgate/scanner';
import type { PipelineStage } from '../pipeline/types.js';
import { dynamicScanStage, type DynamicStageOptions } from './dynamic-scan.js';
import { policyStage } from './policy.js';
import { signStage } from './sign.js';
import { staticScanStage } from './static-scan.js';

export { signStage } from './sign.js';
export { staticScanStage } from './static-scan.js';
export { dynamicScanStage, type DynamicStageOptions } from './dynamic-scan.js';
export { policyStage, decidePolicy, type PolicyOptions } from './policy.js';

export interface DefaultStagesOptions {
  /** key mode: where the registry's P-256 key pair lives (created on first start, 0600) */
  keyDir: string;
  /** a keyless (or other) signer instead of the key signer */
  signer?: Signer;
  scan?: ScanOptions;
  /**
   * the dynamic stage (observe sandbox): on by default; `false` leaves it out (then the policy does
   * not ask for it), an object tunes it (limits, budget, a sandbox)
   */
  dynamic?: boolean | DynamicStageOptions;
}

export interface DefaultStages {
  stages: PipelineStage[];
  signer: Signer & { trustRoot?: () => unknown };
}

export async function defaultStages(opts: DefaultStagesOptions): Promise<DefaultStages> {
  const signer = opts.signer ?? (await createKeySigner({ keyDir: opts.keyDir }));
  const dynamic = opts.dynamic ?? true;
  const stages: PipelineStage[] = [staticScanStage(opts.scan, { deferReview: true })];
  if (dynamic !== false) stages.push(dynamicScanStage(opts.scan, dynamic === true ? {} : dynamic));
  stages.push(policyStage({ requireDynamic: dynamic !== false }), signStage(signer));
  return { stages, signer };
}
