/**
 * The shapes of the public JSON API as the browser sees them. They come from the registry's own
 * contract (`@skillgate/registry/api`, derived from the response schemas its routes are validated
 * with); these are type-only imports, so no server code reaches the bundle.
 */
export type {
  AuditEntry,
  Capabilities,
  DynamicRun,
  EnvEntry,
  Finding,
  HistoryEntry,
  Manifest,
  PipelineQueues,
  ScanReport,
  SearchResult,
  Severity,
  SkillDetail as SkillInfo,
  SkillSummary,
  Stage,
  Verdict,
  VersionDetail,
  VersionState,
  VersionSummary,
  WhoAmI,
} from '@skillgate/registry/api';
