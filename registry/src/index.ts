export { buildApp, pipelineStages } from './app.js';
export { startServer, type ServerOptions, type RunningServer } from './server.js';
export {
  createToken,
  openHome,
  homePaths,
  defaultHome,
  type HomePaths,
  type OpenedHome,
} from './home.js';
export {
  issueToken,
  hashToken,
  hasRole,
  checkToken,
  type Principal,
  type IssuedToken,
  type IssueTokenInput,
} from './auth/tokens.js';
export {
  ERROR_CATALOGUE,
  ERROR_CODES,
  RegistryError,
  catalogueMarkdown,
  type ErrorCode,
  type ErrorKey,
  type ErrorBody,
} from './errors.js';
export { openSqliteStore, openPostgresStore } from './store/open.js';
export { FsBlobStore, BlobCorruptError, type BlobStore } from './store/blob-store.js';
export type { MetadataStore } from './store/metadata-store.js';
export * from './store/types.js';
export * from './pipeline/types.js';
export { InProcessRunner } from './pipeline/runner.js';
export { validateStage } from './pipeline/validate-stage.js';
export { NEXT as STATE_TRANSITIONS, canMove, isFinal } from './pipeline/states.js';
export { inspectTarball } from './publish/inspect.js';
export type { AppDeps, AppOptions } from './services.js';
export * from './schemas.js';
export {
  defaultStages,
  staticScanStage,
  signStage,
  type DefaultStages,
  type DefaultStagesOptions,
} from './stages/index.js';
export {
  appendAudit,
  auditedStore,
  canonicalJson,
  checkChain,
  verifyAuditChain,
  verifyAuditLog,
  type AuditEvent,
  type ChainCheck,
} from './audit/index.js';
export { startWorker, type WorkerOptions, type RunningWorker } from './worker.js';
export {
  BullMqRunner,
  startStageWorkers,
  type BullOptions,
  type StageWorkersOptions,
} from './queue/bullmq.js';
export { runStep, entryStage } from './queue/step.js';
export { rescanVersions, moveVersion } from './moderation/index.js';
