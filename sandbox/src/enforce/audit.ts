/** The local audit file: one JSON object per line, appended (IO). */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { DeniedAction } from './types.js';

export interface AuditRecord extends DeniedAction {
  time: string;
  runId: string;
  skill: string;
  version: string;
  command: readonly string[];
}

export async function appendAudit(file: string, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.appendFile(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n', {
    mode: 0o600,
  });
}
