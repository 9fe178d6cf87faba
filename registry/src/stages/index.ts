/** The stages after `validate`, composed for `serve` and workers. */
import { createKeySigner, type Signer } from '@skillgate/signer';
import type { ScanOptions } from '@skillgate/scanner';
import type { PipelineStage } from '../pipeline/types.js';
import { signStage } from './sign.js';
import { staticScanStage } from './static-scan.js';

export { signStage } from './sign.js';
export { staticScanStage } from './static-scan.js';

export interface DefaultStagesOptions {
  /** key mode: where the registry's P-256 key pair lives (created on first start, 0600) */
  keyDir: string;
  /** a keyless (or other) signer instead of the key signer */
  signer?: Signer;
  scan?: ScanOptions;
}

export interface DefaultStages {
  stages: PipelineStage[];
  signer: Signer & { trustRoot?: () => unknown };
}

export async function defaultStages(opts: DefaultStagesOptions): Promise<DefaultStages> {
  const signer = opts.signer ?? (await createKeySigner({ keyDir: opts.keyDir }));
  return { stages: [staticScanStage(opts.scan), signStage(signer)], signer };
}
