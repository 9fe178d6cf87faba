export * from './observe/index.js';
export * from './enforce/index.js';
