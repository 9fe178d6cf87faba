/**
 * The public JSON contract of the HTTP API as TypeScript types, for clients (the CLI and the web
 * UI import it as `@skillgate/registry/api`). Every type is derived from the TypeBox schemas the
 * routes validate their responses with, so a client cannot drift from what the server sends.
 * Types only: importing this module loads no server code.
 */
import type { Static } from '@sinclair/typebox';
import type { AuditEntrySchema, QueueStats } from './moderation/schemas.js';

export type { Capabilities, EnvEntry, Manifest } from '@skillgate/format';
export type {
  DynamicRun,
  Finding,
  ScanReport,
  Severity,
  Stage,
  Verdict,
} from '@skillgate/scanner/types';
export type {
  HistoryEntryView as HistoryEntry,
  PublishAccepted,
  SearchResult,
  SkillDetail,
  SkillSummary,
  VersionDetail,
  VersionSummary,
  WhoAmI,
} from './schemas.js';
export type { VersionState } from './store/types.js';
export type AuditEntry = Static<typeof AuditEntrySchema>;
/** `GET /v1/admin/queues`: what the pipeline holds, per stage (BullMQ) or as unfinished runs */
export type PipelineQueues = Static<typeof QueueStats>;
