/** Library API of the skillgate CLI package, for agent runtimes and tests. */
export * from './errors.js';
export * from './client.js';
export * from './api-types.js';
export * from './lib/init.js';
export * from './lib/publish.js';
export * from './lib/install.js';
export * from './lib/lockfile.js';
