/** Appending to and verifying the audit log through the metadata store. */
import type { MetadataStore } from '../store/metadata-store.js';
import type { AuditRecord } from '../store/types.js';
import { checkChain, nextEntry, type AuditEvent, type ChainCheck } from './chain.js';

export function appendAudit(
  store: MetadataStore,
  ev: AuditEvent,
  now: () => Date = () => new Date(),
): Promise<AuditRecord> {
  return store.appendAudit((prev) => nextEntry(prev, ev, now()));
}

/** Reads the whole log in pages and checks the chain. */
export async function verifyAuditChain(store: MetadataStore, pageSize = 1000): Promise<ChainCheck> {
  const all: AuditRecord[] = [];
  for (let after = 0; ;) {
    const page = await store.listAudit({ afterSeq: after, limit: pageSize });
    all.push(...page);
    if (page.length < pageSize) break;
    after = page[page.length - 1]?.seq ?? after;
  }
  return checkChain(all);
}
