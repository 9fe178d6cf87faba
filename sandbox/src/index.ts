export * from './observe/index.js';
