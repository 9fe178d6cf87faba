export { default as moderationRoutes } from './routes.js';
export { moveVersion, isRetryableRejection, PIPELINE_STATES } from './actions.js';
export { rescanVersions, type RescanOutcome, type RescanDeps } from './rescan.js';
