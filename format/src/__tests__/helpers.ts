import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';

export async function tempDir(
  prefix = 'sg-format-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface RawEntry {
  path: string;
  type?: string;
  body?: Buffer | string;
  /** header size to claim, if it should differ from the body */
  size?: number;
  linkpath?: string;
  mode?: number;
  /** write these raw name bytes instead of `path` (for invalid UTF-8) */
  rawName?: Buffer;
}

/** Builds a tar archive entry by entry, including shapes a well-behaved packer would never make. */
export function rawTar(entries: RawEntry[], { gzip = true } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
    const block = Buffer.alloc(512);
    new Header({
      path: e.path,
      mode: e.mode ?? 0o644,
      size: e.size ?? body.length,
      mtime: new Date(0),
      type: (e.type ?? 'File') as 'File',
      linkpath: e.linkpath ?? '',
      uid: 0,
      gid: 0,
    }).encode(block, 0);
    if (e.rawName) {
      e.rawName.copy(block, 0, 0, Math.min(100, e.rawName.length));
      // recompute the checksum over the patched name
      block.fill(0x20, 148, 156);
      let sum = 0;
      for (const b of block) sum += b;
      block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    }
    parts.push(block, body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  const tar = Buffer.concat(parts);
  return gzip ? gzipSync(tar) : tar;
}
