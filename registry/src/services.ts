/** What the routes share: the stores, the pipeline runner and the app options. */
import type { PackLimits } from '@skillgate/format';
import type { Principal } from './auth/tokens.js';
import type { RateLimitConfig } from './plugins/rate-limit.js';
import type { PipelineRunner, PipelineStage } from './pipeline/types.js';
import type { BlobStore, VerifiedBlobCache } from './store/blob-store.js';
import type { MetadataStore } from './store/metadata-store.js';
import type { Role } from './store/types.js';

export interface AppDeps {
  store: MetadataStore;
  blobs: BlobStore;
  /**
   * Stages after `validate`, in order (scanning ones, then signing ones), e.g. the scanner's and the
   * signer's. Absent stages are skipped: with none, a valid upload is published unsigned.
   */
  stages?: PipelineStage[];
  /** replaces the in-process runner (e.g. a queue-backed one); built from the stages when absent */
  runner?: PipelineRunner;
  /** the trust material `GET /v1/trust-root` serves; 404 when absent */
  trustRoot?: () => unknown;
}

export interface AppOptions {
  /** fastify logger option (false in tests) */
  logger?: boolean | { level: string };
  /** largest accepted upload, bytes (default: the format's packed-size limit, 10 MiB) */
  maxUploadBytes?: number;
  /** unpack limits for uploads (defaults from @skillgate/format) */
  limits?: Partial<PackLimits>;
  /** directory of the built web UI (web/dist); served at `/` with SPA fallback when it holds index.html */
  webDir?: string;
  /**
   * limits on write routes (publish, tokens), per client address and per token (default 60 a
   * minute per address, twice that per token); false turns them off
   */
  rateLimit?: RateLimitConfig;
  /** longest a request (headers and body) may take to arrive, ms (default 30 s; 0 = no limit) */
  requestTimeoutMs?: number;
  /** pipeline runs at the same time for the in-process runner */
  pipelineConcurrency?: number;
}

export interface Services {
  store: MetadataStore;
  blobs: BlobStore;
  tarballs: VerifiedBlobCache;
  runner: PipelineRunner;
  trustRoot: (() => unknown) | undefined;
  limits: Partial<PackLimits> & { maxPackedBytes: number };
  /** how long a publish body may take to arrive (the request timeout) */
  uploadTimeoutMs: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    skillgate: Services;
    /** an onRequest hook that requires a token with at least `role` */
    requireRole(role: Role): (req: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    /** the token's user and roles; null when no Authorization header was sent */
    principal: Principal | null;
  }
}
