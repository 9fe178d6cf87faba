/**
 * The registry's public JSON shapes, as the registry itself defines them (`@skillgate/registry/api`,
 * derived from the schemas its routes validate responses with), plus what the client adds.
 */
export type {
  HistoryEntry,
  PublishAccepted,
  SearchResult,
  SkillDetail,
  SkillSummary,
  VersionDetail,
  VersionState,
  VersionSummary,
} from '@skillgate/registry/api';

/** states a version stays in until someone acts: `publish` stops following there */
export const FINAL_STATES: ReadonlySet<string> = new Set([
  'published',
  'rejected',
  'review',
  'revoked',
  'yanked',
]);
