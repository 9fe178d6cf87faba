export * from './types.js';
export * from './errors.js';
export * from './limits.js';
export * from './honeypot.js';
export * from './payload.js';
export {
  parseStrace,
  sampleView,
  execArgs,
  connectTarget,
  openPath,
  opensForWrite,
  cStrings,
  TRACED_SYSCALLS,
} from './strace.js';
export type { ConnectTarget, ParsedTrace } from './strace.js';
export { observeAvailability, findHostTools } from './host-tools.js';
export type { HostTools } from './host-tools.js';
export { BwrapObserveSandbox } from './observe.js';
export type { ObserveOptions } from './observe.js';
