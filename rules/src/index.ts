export * from './rule.js';
export * from './schema.js';
export * from './errors.js';
export * from './load.js';
