/** Library API of the skillgate CLI package, for agent runtimes and tests. */
export * from './errors.js';
export * from './client.js';
export * from './api-types.js';
export * from './lib/init.js';
export * from './lib/publish.js';
export * from './lib/install.js';
export * from './lib/lockfile.js';
export * from './lib/verify.js';
export * from './lib/trust.js';
export { runSkill, type RunOptions, type RunResult } from './lib/run.js';
