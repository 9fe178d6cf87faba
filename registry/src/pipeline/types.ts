/** The pipeline's one stage interface; scanner and signer stages plug in through it. */
import type { Manifest, SkillMd, UnpackedFile } from '@skillgate/format';
import type { BlobStore } from '../store/blob-store.js';
import type { MetadataStore } from '../store/metadata-store.js';
import type { Verdict, VersionRecord } from '../store/types.js';

/** The states a stage runs in, in pipeline order. */
export const STAGE_STATES = ['validating', 'scanning', 'signing'] as const;
export type StageState = (typeof STAGE_STATES)[number];

export interface UnpackedSkill {
  files: readonly UnpackedFile[];
  manifest: Manifest;
  skillMd: SkillMd;
}

export interface StageLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface StageContext {
  /** the version as it was when the run started */
  readonly version: VersionRecord;
  /** the uploaded tarball, read back from the blob store with its digest checked */
  readonly tarball: Buffer;
  /** safe in-memory unpack of the tarball (memoized); throws RegistryError on a bad package */
  unpack(): Promise<UnpackedSkill>;
  readonly store: MetadataStore;
  readonly blobs: BlobStore;
  /** outputs of the stages that ran before this one in the same run */
  readonly report?: unknown;
  readonly verdict?: Verdict;
  readonly log: StageLogger;
}

export type StageResult =
  | {
      ok: true;
      /** a ScanReport (@skillgate/scanner) */
      report?: unknown;
      /** `fail` stops the run as rejected and `review` as review, whatever `ok` says */
      verdict?: Verdict;
      /** a Sigstore bundle (JSON bytes) attesting the tarball; makes the version `signed` */
      bundle?: Uint8Array;
      reason?: string;
    }
  | { stop: 'rejected' | 'review'; reason: string; report?: unknown; verdict?: Verdict };

export interface PipelineStage {
  /** short id recorded in the history (`validate`, `static-scan`, `sign`, …) */
  readonly name: string;
  /** the version state while this stage runs */
  readonly state: StageState;
  run(ctx: StageContext): Promise<StageResult>;
}

/** Where pipeline runs are executed: in-process (embedded default) or a queue (issue 6). */
export interface PipelineRunner {
  /** schedules a run for a version; returns at once */
  enqueue(versionId: string): void;
  /** resolves when nothing is queued or running */
  idle(): Promise<void>;
  /** re-schedules versions left in a non-final state (after a restart); returns how many */
  resumeUnfinished(): Promise<number>;
  /**
   * Schedules background rescans of these versions with the current scan stages (each is skipped
   * if it is no longer published when its turn comes); returns once they are queued.
   */
  rescan(versionIds: readonly string[]): Promise<void>;
  close(): Promise<void>;
  /** jobs ahead of this version in its stage queue (0 = running); undefined when not queued */
  position?(v: VersionRecord): Promise<number | undefined>;
  /** per-stage job counts, for the admin queue view */
  stats?(): Promise<{ stage: string; counts: Record<string, number> }[]>;
}
