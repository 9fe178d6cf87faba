/**
 * What must hold on a data dir after any crash, checked over the API of a restarted server and on
 * the blob files themselves.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface Attempt {
  name: string;
  version: string;
  sha256: string;
  /** the HTTP status the client saw, if the answer arrived before the kill */
  status?: number;
}

export interface Findings {
  problems: string[];
  states: Record<string, number>;
  orphanBlobs: number;
  tmpFiles: number;
}

const FINAL = new Set(['published', 'rejected', 'review', 'revoked', 'yanked']);

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

interface VersionSummary {
  version: string;
  state: string;
}

async function listVersions(url: string, token: string, name: string): Promise<VersionSummary[]> {
  const res = await fetch(`${url}/v1/skills/${name}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status === 404) return [];
  if (res.status !== 200) throw new Error(`GET /v1/skills/${name}: ${res.status}`);
  return ((await res.json()) as { versions: VersionSummary[] }).versions;
}

/** Waits (bounded) until every version of the names is in a final state; returns the last listing. */
async function settle(url: string, token: string, names: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = new Map<string, VersionSummary[]>();
    for (const n of names) all.set(n, await listVersions(url, token, n));
    const busy = [...all.values()].flat().filter((v) => !FINAL.has(v.state));
    if (busy.length === 0 || Date.now() > deadline) return { all, busy };
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function checkConsistency(
  url: string,
  token: string,
  home: string,
  attempts: Attempt[],
  settleMs = 60_000,
): Promise<Findings> {
  const problems: string[] = [];
  const names = [...new Set(attempts.map((a) => a.name))];
  const { all, busy } = await settle(url, token, names, settleMs);
  for (const b of busy) problems.push(`${b.version} still ${b.state} ${settleMs} ms after restart`);
  const states: Record<string, number> = {};
  const referenced = new Set<string>();
  const auth = { authorization: `Bearer ${token}` };
  for (const a of attempts) {
    const listed = all.get(a.name)?.filter((v) => v.version === a.version) ?? [];
    if (listed.length > 1) problems.push(`${a.name}@${a.version} listed ${listed.length} times`);
    const v = listed[0];
    const tarball = await fetch(`${url}/v1/skills/${a.name}/versions/${a.version}/tarball`);
    const bytes = new Uint8Array(await tarball.arrayBuffer());
    if (!v) {
      states.absent = (states.absent ?? 0) + 1;
      if (a.status === 202)
        problems.push(`${a.name}@${a.version} was acknowledged (202) and is lost`);
      if (tarball.status !== 404)
        problems.push(`absent ${a.name}@${a.version} served with ${tarball.status}`);
      continue;
    }
    states[v.state] = (states[v.state] ?? 0) + 1;
    const detail = await fetch(`${url}/v1/skills/${a.name}/versions/${a.version}`, {
      headers: auth,
    });
    const d = (await detail.json()) as { integrity?: { sha256?: string } };
    const recorded = d.integrity?.sha256;
    if (recorded) referenced.add(recorded);
    if (recorded !== a.sha256)
      problems.push(`${a.name}@${a.version} records sha256 ${recorded}, uploaded ${a.sha256}`);
    if (v.state === 'published') {
      if (tarball.status !== 200)
        problems.push(`published ${a.name}@${a.version} not served: ${tarball.status}`);
      else if (sha256(bytes) !== a.sha256)
        problems.push(`published ${a.name}@${a.version} served other bytes`);
    } else if (tarball.status === 200) {
      problems.push(`${v.state} ${a.name}@${a.version} was served`);
    }
  }
  // Blob files: whatever is visible under a digest name must be complete and match it.
  const root = path.join(home, 'blobs');
  let orphanBlobs = 0;
  let tmpFiles = 0;
  for (const entry of await readdir(root).catch(() => [] as string[])) {
    if (entry.startsWith('.tmp')) {
      tmpFiles += 1;
      continue;
    }
    if (!/^[0-9a-f]{2}$/.test(entry)) continue;
    for (const f of await readdir(path.join(root, entry))) {
      const content = await readFile(path.join(root, entry, f));
      if (sha256(content) !== f)
        problems.push(`blob ${f} is torn: its content hashes to ${sha256(content)}`);
      if (!referenced.has(f)) orphanBlobs += 1;
    }
  }
  // a restarted store sweeps the temp files of writers that were killed mid-write
  if (tmpFiles > 0) problems.push(`${tmpFiles} temp file(s) of a killed writer left after restart`);
  return { problems, states, orphanBlobs, tmpFiles };
}
