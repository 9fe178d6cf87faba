import { apiTarget } from './api.js';
import { extractTarballTarget, readTarballTarget, roundTripTarget } from './archives.js';
import { bundleTarget } from './bundles.js';
import { manifestTarget, skillMdTarget } from './documents.js';
import type { FuzzTarget } from './target.js';

/** Every fuzz target, in the order `npm run fuzz` runs them. */
export function allTargets(): FuzzTarget[] {
  return [
    readTarballTarget,
    extractTarballTarget,
    roundTripTarget,
    manifestTarget,
    skillMdTarget,
    bundleTarget,
    apiTarget,
  ];
}
