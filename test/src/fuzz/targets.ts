import type { FuzzTarget } from './target.js';

export interface TargetEntry {
  name: string;
  /** loaded on demand, so a target only pulls in the packages it tests */
  load: () => Promise<FuzzTarget>;
}

/** Every fuzz target, in the order `npm run fuzz` runs them. */
export const TARGETS: TargetEntry[] = [
  {
    name: 'archive/readTarball',
    load: async () => (await import('./archives.js')).readTarballTarget,
  },
  {
    name: 'archive/extractTarball',
    load: async () => (await import('./archives.js')).extractTarballTarget,
  },
  {
    name: 'archive/pack-roundtrip',
    load: async () => (await import('./archives.js')).roundTripTarget,
  },
  {
    name: 'skill.json/parseManifest',
    load: async () => (await import('./documents.js')).manifestTarget,
  },
  {
    name: 'SKILL.md/parseSkillMd',
    load: async () => (await import('./documents.js')).skillMdTarget,
  },
  { name: 'bundle/verifySkill', load: async () => (await import('./bundles.js')).bundleTarget },
  { name: 'api/registry', load: async () => (await import('./api.js')).apiTarget },
];
