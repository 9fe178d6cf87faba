/** The blob port and its filesystem adapter: content-addressed by sha256, atomic writes, digest checked on read. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

export interface BlobStore {
  /** stores bytes under their sha256; `created` is false when they were already there */
  put(bytes: Uint8Array): Promise<{ digest: string; created: boolean }>;
  /** the bytes, after checking they still hash to `digest`; undefined when absent */
  get(digest: string): Promise<Buffer | undefined>;
  has(digest: string): Promise<boolean>;
  delete(digest: string): Promise<void>;
  /** every stored digest (tests and maintenance) */
  list(): Promise<string[]>;
}

export class BlobCorruptError extends Error {
  override readonly name = 'BlobCorruptError';
  constructor(
    readonly digest: string,
    readonly actual: string,
  ) {
    super(`blob ${digest} is corrupt on disk (its bytes hash to ${actual})`);
  }
}

const DIGEST = /^[0-9a-f]{64}$/;

/**
 * Temp files are named `.tmp-<host>-<pid>-<run>-<random>`, so a sweep can tell which writer a
 * leftover belongs to. Hosts are hex-encoded (any character is safe in a file name that way).
 * `<run>` tells this process from an earlier one that had the same pid: in a container the server
 * is often pid 1 after every restart, so a live pid alone would keep a killed run's file forever.
 * Names without `<run>` come from earlier versions and are judged by host and pid alone.
 */
const TEMP = /^\.tmp-([0-9a-f]*)-(\d+)-(?:([0-9a-f]{16})-)?[0-9a-f]+$/;
const THIS_HOST = Buffer.from(hostname()).toString('hex');
/** one id per process, shared by every copy of this module that the process loads */
const RUN_KEY = Symbol.for('skillgate.blob-store.run');
const THIS_RUN = ((globalThis as Record<symbol, unknown>)[RUN_KEY] ??=
  randomBytes(8).toString('hex')) as string;

/** whether a process with this pid exists on this machine (EPERM: it exists, not ours) */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class FsBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private pathOf(digest: string): string {
    if (!DIGEST.test(digest)) throw new Error(`not a sha256 hex digest: ${JSON.stringify(digest)}`);
    return path.join(this.root, digest.slice(0, 2), digest);
  }

  async put(bytes: Uint8Array): Promise<{ digest: string; created: boolean }> {
    const digest = sha256Hex(bytes);
    const file = this.pathOf(digest);
    if (await this.has(digest)) return { digest, created: false };
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = path.join(
      this.root,
      `.tmp-${THIS_HOST}-${process.pid}-${THIS_RUN}-${randomBytes(8).toString('hex')}`,
    );
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    return { digest, created: true };
  }

  async get(digest: string): Promise<Buffer | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(digest));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    const actual = sha256Hex(bytes);
    if (actual !== digest) throw new BlobCorruptError(digest, actual);
    return bytes;
  }

  async has(digest: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(digest))).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async delete(digest: string): Promise<void> {
    await rm(this.pathOf(digest), { force: true });
  }

  /**
   * Removes temp files that no writer will finish: those of processes on this host that are gone
   * (a writer killed mid-write, also when a new process got its pid), and any older than `staleMs` (a writer on another host sharing the
   * volume). Temp files are never served (only digest names are), so this is housekeeping; it runs
   * when a process opens the store. Returns how many were removed.
   */
  async sweepTemp(staleMs = 60 * 60 * 1000, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    let removed = 0;
    for (const name of names) {
      if (!name.startsWith('.tmp-')) continue;
      const m = TEMP.exec(name);
      const local = m !== null && m[1] === THIS_HOST;
      const pid = Number(m?.[2]);
      // our pid but another run: an earlier process with this pid, killed mid-write
      const earlierRun = pid === process.pid && m?.[3] !== undefined && m[3] !== THIS_RUN;
      let dead = local && (earlierRun || !alive(pid));
      if (!dead) {
        const st = await stat(path.join(this.root, name)).catch(() => undefined);
        dead = st !== undefined && now - st.mtimeMs > staleMs;
      }
      if (dead) {
        await rm(path.join(this.root, name), { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  async list(): Promise<string[]> {
    const out: string[] = [];
    let dirs: string[];
    try {
      dirs = await readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out;
      throw e;
    }
    for (const d of dirs.filter((x) => /^[0-9a-f]{2}$/.test(x)).sort()) {
      for (const f of (await readdir(path.join(this.root, d))).sort())
        if (DIGEST.test(f)) out.push(f);
    }
    return out;
  }
}

/**
 * Keeps recently read, already verified blobs in memory (blobs are immutable, so a verified copy
 * stays valid). Bounded by total bytes; least recently used go first.
 */
export class VerifiedBlobCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  constructor(
    private readonly store: BlobStore,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxEntryBytes = 4 * 1024 * 1024,
  ) {}

  async get(digest: string): Promise<Buffer | undefined> {
    const hit = this.entries.get(digest);
    if (hit) {
      this.entries.delete(digest);
      this.entries.set(digest, hit);
      return hit;
    }
    const bytes = await this.store.get(digest);
    if (bytes && bytes.length <= this.maxEntryBytes) {
      this.entries.set(digest, bytes);
      this.bytes += bytes.length;
      for (const [k, v] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(k);
        this.bytes -= v.length;
      }
    }
    return bytes;
  }
}
