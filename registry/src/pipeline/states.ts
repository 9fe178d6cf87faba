/** The version state machine (pure). */
import type { VersionState } from '../store/types.js';
import { STAGE_STATES, type PipelineStage } from './types.js';

/** Where each state may go next. A non-final state may be re-entered when a run resumes. */
export const NEXT: Record<VersionState, readonly VersionState[]> = {
  received: ['validating', 'rejected'],
  validating: ['validating', 'scanning', 'signing', 'published', 'review', 'rejected'],
  scanning: ['scanning', 'signing', 'published', 'review', 'rejected'],
  signing: ['signing', 'published', 'rejected'],
  review: ['signing', 'published', 'rejected'],
  published: [],
  rejected: [],
  // taken back after publication (moderation routes move published versions here, outside the pipeline)
  revoked: [],
  yanked: [],
};

export function canMove(from: VersionState, to: VersionState): boolean {
  return NEXT[from].includes(to);
}

/** the states a version may be in for a move to `to` */
export function sourcesOf(to: VersionState): VersionState[] {
  return (Object.keys(NEXT) as VersionState[]).filter((s) => NEXT[s].includes(to));
}

export function isFinal(s: VersionState): boolean {
  return NEXT[s].length === 0;
}

/** Throws when stages are not in pipeline order (validating, then scanning, then signing). */
export function checkStageOrder(stages: readonly PipelineStage[]): void {
  let last = 0;
  for (const s of stages) {
    const rank = STAGE_STATES.indexOf(s.state);
    if (rank < 0) throw new Error(`stage ${s.name} has unknown state ${String(s.state)}`);
    if (rank < last)
      throw new Error(
        `stage ${s.name} (${s.state}) comes after a ${STAGE_STATES[last] ?? ''} stage`,
      );
    last = rank;
  }
  const names = stages.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`stage name ${dup} is used twice`);
}
