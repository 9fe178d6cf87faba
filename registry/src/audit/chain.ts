/**
 * The audit log's hash chain (pure). Each entry's hash is sha256 over the previous entry's hash and
 * the canonical JSON (sorted keys, no whitespace) of its own fields, so editing, removing or reordering any entry breaks
 * every hash after it.
 */
import { createHash } from 'node:crypto';
import type { AuditEvent, AuditRecord } from '../store/types.js';

export type { AuditEvent };

/** JSON with object keys sorted at every level (the values here are plain JSON data). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export const GENESIS_HASH = '0'.repeat(64);

/** the hash of an entry given its fields and the previous hash */
export function entryHash(e: Omit<AuditRecord, 'hash'>): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    data: e.data,
  });
  return createHash('sha256').update(e.prevHash).update('\n').update(body).digest('hex');
}

/** the entry that follows `prev` (undefined: the first entry) */
export function nextEntry(prev: AuditRecord | undefined, ev: AuditEvent, at: Date): AuditRecord {
  // JSON round trip: what is hashed is exactly what the database gives back
  const data = JSON.parse(JSON.stringify(ev.data ?? {})) as Record<string, unknown>;
  const base = {
    seq: (prev?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor: ev.actor,
    action: ev.action,
    subject: ev.subject,
    data,
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  return { ...base, hash: entryHash(base) };
}

export type ChainCheck =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; seq: number; problem: string };

/** Checks a whole chain in order: sequence, link to the previous hash, and each entry's own hash. */
export function checkChain(entries: readonly AuditRecord[]): ChainCheck {
  let prev: AuditRecord | undefined;
  for (const e of entries) {
    const expectSeq = (prev?.seq ?? 0) + 1;
    if (e.seq !== expectSeq)
      return {
        ok: false,
        entries: entries.length,
        seq: e.seq,
        problem: `expected entry ${expectSeq}`,
      };
    if (e.prevHash !== (prev?.hash ?? GENESIS_HASH))
      return {
        ok: false,
        entries: entries.length,
        seq: e.seq,
        problem: 'its previous-hash does not match the entry before it',
      };
    if (entryHash(e) !== e.hash)
      return {
        ok: false,
        entries: entries.length,
        seq: e.seq,
        problem: 'its content does not match its hash (edited after it was written)',
      };
    prev = e;
  }
  return { ok: true, entries: entries.length, head: prev?.hash ?? GENESIS_HASH };
}
