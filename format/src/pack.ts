import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header, Pax } from 'tar';
import { digestsOf, type Digests } from './digest.js';
import { FormatError } from './errors.js';
import { withLimits, type PackLimits } from './limits.js';

/** Directories and files that never go into a skill package. */
const EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.skillgate']);
const EXCLUDED_FILES =
  /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._.*|.*\.swp|.*~|.*\.pyc|skillgate-lock\.json)$/;

/** Fixed mtime for every entry (same as npm's), so packing never depends on the clock. */
export const PACK_MTIME = new Date('1985-10-26T08:15:00.000Z');

export interface PackedFile {
  path: string; // posix, relative
  bytes: Buffer;
  executable: boolean;
}

export interface PackResult {
  tarball: Buffer;
  files: string[];
  digests: Digests;
  unpackedBytes: number;
}

/** Reads the files of a skill folder in sorted order, refusing links and special files. */
export async function collectFiles(
  dir: string,
  limits?: Partial<PackLimits>,
): Promise<PackedFile[]> {
  const lim = withLimits(limits);
  const out: PackedFile[] = [];
  let total = 0;
  async function walk(rel: string): Promise<void> {
    const abs = path.join(dir, rel);
    const names = (await readdir(abs)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const relPath = rel ? `${rel}/${name}` : name;
      const st = await lstat(path.join(abs, name));
      if (st.isDirectory()) {
        if (!EXCLUDED_DIRS.has(name)) await walk(relPath);
        continue;
      }
      if (EXCLUDED_FILES.test(name)) continue;
      if (st.isSymbolicLink()) {
        throw new FormatError(
          'PACK_SYMLINK',
          `${relPath} is a symbolic link; skills may not contain links`,
          relPath,
        );
      }
      if (!st.isFile()) {
        throw new FormatError(
          'PACK_SPECIAL_FILE',
          `${relPath} is not a regular file (device, FIFO or socket)`,
          relPath,
        );
      }
      if (out.length + 1 > lim.maxEntries) {
        throw new FormatError(
          'PACK_TOO_MANY_ENTRIES',
          `more than ${lim.maxEntries} files`,
          relPath,
        );
      }
      if (st.size > lim.maxEntryBytes) {
        throw new FormatError(
          'PACK_TOO_LARGE',
          `${relPath} is ${st.size} bytes, over the ${lim.maxEntryBytes}-byte file limit`,
          relPath,
        );
      }
      total += st.size;
      if (total > lim.maxUnpackedBytes) {
        throw new FormatError(
          'PACK_TOO_LARGE',
          `the skill is over ${lim.maxUnpackedBytes} bytes unpacked`,
          relPath,
        );
      }
      out.push({
        path: relPath,
        bytes: await readFile(path.join(abs, name)),
        executable: (st.mode & 0o111) !== 0,
      });
    }
  }
  await walk('');
  return out;
}

function headerBlock(file: PackedFile): Buffer[] {
  const data = {
    path: file.path,
    mode: file.executable ? 0o755 : 0o644,
    uid: 0,
    gid: 0,
    size: file.bytes.length,
    mtime: PACK_MTIME,
    type: 'File' as const,
    uname: '',
    gname: '',
  };
  const block = Buffer.alloc(512);
  const h = new Header(data);
  const needPax = h.encode(block, 0);
  const blocks: Buffer[] = [];
  if (needPax) blocks.push(new Pax({ path: file.path, mtime: PACK_MTIME }).encode());
  blocks.push(block);
  return blocks;
}

/** Builds a deterministic gzipped tarball from already-collected files. */
export function packFiles(files: PackedFile[], limits?: Partial<PackLimits>): PackResult {
  const lim = withLimits(limits);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts: Buffer[] = [];
  let unpacked = 0;
  for (const f of sorted) {
    parts.push(...headerBlock(f), f.bytes);
    const pad = (512 - (f.bytes.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
    unpacked += f.bytes.length;
  }
  parts.push(Buffer.alloc(1024));
  const tarball = gzipSync(Buffer.concat(parts), { level: 9 });
  tarball[9] = 0xff; // gzip OS byte: "unknown", so the bytes do not depend on the packing platform
  if (tarball.length > lim.maxPackedBytes) {
    throw new FormatError(
      'PACK_TOO_LARGE',
      `the packed skill is ${tarball.length} bytes, over the ${lim.maxPackedBytes}-byte limit`,
    );
  }
  return {
    tarball,
    files: sorted.map((f) => f.path),
    digests: digestsOf(tarball),
    unpackedBytes: unpacked,
  };
}

/** Packs a skill folder into the same `.tgz` bytes whatever the mtimes, owners, umask or cwd. */
export async function packDir(dir: string, limits?: Partial<PackLimits>): Promise<PackResult> {
  return packFiles(await collectFiles(path.resolve(dir), limits), limits);
}
