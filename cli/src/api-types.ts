/** Client-side view of the registry's public JSON shapes (registry/API.md). */
import type { Capabilities, Manifest } from '@skillgate/format';

export type VersionState =
  | 'received'
  | 'validating'
  | 'scanning'
  | 'signing'
  | 'published'
  | 'rejected'
  | 'review'
  | 'revoked'
  | 'yanked';

export const FINAL_STATES: ReadonlySet<string> = new Set([
  'published',
  'rejected',
  'review',
  'revoked',
  'yanked',
]);

export interface HistoryEntry {
  state: VersionState;
  stage?: string;
  at: string;
  reason?: string;
}

export interface VersionDetail {
  name: string;
  version: string;
  description: string;
  manifest: Manifest;
  integrity: { sha256: string; sha512: string; integrity: string };
  size: number;
  state: VersionState;
  stage?: string;
  verdict?: string;
  reason?: string;
  history: HistoryEntry[];
  createdAt: string;
  publishedAt?: string;
  publisher: string;
  signed: boolean;
  approver?: string;
}

export interface VersionSummary {
  version: string;
  state: VersionState;
  verdict?: string;
  publishedAt?: string;
  createdAt: string;
  capabilities: Capabilities;
}

export interface SkillDetail {
  name: string;
  description: string;
  owners: string[];
  distTags: { latest?: string };
  versions: VersionSummary[];
}

export interface SkillSummary {
  name: string;
  description: string;
  version: string;
  publisher: string;
  capabilities: Capabilities;
  verdict: string;
  signed: boolean;
  reviewed: boolean;
  publishedAt: string;
}

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  items: SkillSummary[];
}

export interface PublishAccepted {
  name: string;
  version: string;
  state: VersionState;
}
