export { canonicalJson, checkChain, entryHash, nextEntry, GENESIS_HASH } from './chain.js';
export type { AuditEvent, ChainCheck } from './chain.js';
export { appendAudit, verifyAuditChain } from './log.js';
export { auditedStore } from './audited-store.js';
export { verifyAuditLog } from './verify-home.js';
