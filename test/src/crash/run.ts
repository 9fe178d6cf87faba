/**
 * Crash consistency: `serve` on one data dir is killed with SIGKILL while publishes are in flight,
 * at `kills` points (after a random delay, or the moment the blob store starts writing a temp file),
 * and restarted on the same data dir each time; after every restart the data dir must be consistent.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packFiles } from '@skillgate/format';
import { createToken } from '@skillgate/registry';
import { checkConsistency, type Attempt, type Findings } from './consistency.js';
import { startServe, type ServeKind } from './serve-child.js';
import { sha256 } from '../load/digest.js';

export interface CrashOptions {
  kind: ServeKind;
  kills: number;
  /** size of the large upload in each round, bytes (random, so it does not compress) */
  bigBytes?: number;
  log?: (line: string) => void;
}

export interface KillPoint {
  round: number;
  mode: 'delay' | 'blob-write' | 'after-ack';
  atMs: number;
  /** for blob-write: a temp blob file existed at the kill */
  sawTempBlob: boolean;
}

export interface CrashReport {
  kills: KillPoint[];
  attempts: Attempt[];
  checks: Findings[];
  problems: string[];
}

const NAME = 'crash-skill';

function tarball(version: string, extra?: Buffer): Buffer {
  const manifest = {
    name: NAME,
    version,
    description: 'crash test skill',
    license: 'MIT',
    capabilities: {},
  };
  return packFiles([
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(manifest)), executable: false },
    {
      path: 'SKILL.md',
      bytes: Buffer.from(`---\nname: ${NAME}\ndescription: crash test\n---\nHi.\n`),
      executable: false,
    },
    ...(extra ? [{ path: 'assets/data.bin', bytes: extra, executable: false }] : []),
  ]).tarball;
}

async function tempBlobExists(home: string): Promise<boolean> {
  const names = await readdir(path.join(home, 'blobs')).catch(() => [] as string[]);
  return names.some((n) => n.startsWith('.tmp'));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runCrashConsistency(o: CrashOptions): Promise<CrashReport> {
  const log = o.log ?? (() => undefined);
  const home = await mkdtemp(path.join(tmpdir(), 'sg-crash-'));
  const report: CrashReport = { kills: [], attempts: [], checks: [], problems: [] };
  try {
    const { token } = await createToken(home, { user: 'alice', roles: ['publisher'] });
    const bigBytes = o.bigBytes ?? 2 * 1024 * 1024;
    for (let round = 0; round <= o.kills; round++) {
      const serve = await startServe(o.kind, home);
      // every restart: what earlier crashes left must be consistent (and in-flight work finished)
      const check = await checkConsistency(serve.url, token, home, report.attempts);
      report.checks.push(check);
      for (const p of check.problems) report.problems.push(`after kill ${round}: ${p}`);
      log(
        `restart ${round}: ${JSON.stringify(check.states)}, ${check.orphanBlobs} orphan blobs, ${check.tmpFiles} temp files, ${check.problems.length} problems`,
      );
      if (round === o.kills) {
        await serve.stop();
        break;
      }
      const uploads = [
        { version: `1.${round}.0` },
        { version: `1.${round}.1`, big: true },
        { version: `1.${round}.2` },
        { version: `1.${round}.3`, big: true },
      ].map((u) => {
        const bytes = tarball(u.version, u.big ? randomBytes(bigBytes) : undefined);
        const attempt: Attempt = { name: NAME, version: u.version, sha256: sha256(bytes) };
        report.attempts.push(attempt);
        const done = fetch(`${serve.url}/v1/skills`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gzip' },
          body: new Uint8Array(bytes),
        })
          .then((res) => {
            attempt.status = res.status;
          })
          .catch(() => undefined);
        return done;
      });
      const modes: KillPoint['mode'][] = ['delay', 'blob-write', 'after-ack'];
      const mode = modes[round % modes.length] ?? 'delay';
      const roundAttempts = report.attempts.slice(-uploads.length);
      const started = Date.now();
      let sawTempBlob = false;
      if (mode === 'delay') {
        await sleep(Math.floor(Math.random() * 600));
      } else if (mode === 'blob-write') {
        // poll for the blob store's temp file and kill while it is being written (bounded: 3 s)
        while (Date.now() - started < 3000 && !(sawTempBlob = await tempBlobExists(home)))
          await sleep(1);
      } else {
        // kill right after the first upload is acknowledged: its pipeline run is still going
        while (Date.now() - started < 5000 && !roundAttempts.some((a) => a.status === 202))
          await sleep(1);
      }
      await serve.kill9();
      report.kills.push({ round, mode, atMs: Date.now() - started, sawTempBlob });
      await Promise.all(uploads);
    }
    return report;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
