import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { FormatError } from './errors.js';
import { withLimits, type PackLimits } from './limits.js';

export interface UnpackedFile {
  path: string;
  bytes: Buffer;
  executable: boolean;
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_TYPES = new Set(['SymbolicLink', 'Link']);
const DEVICE_TYPES = new Set(['CharacterDevice', 'BlockDevice', 'FIFO']);
/** tar's own metadata records, applied by the parser and never entries of their own */
const META_TYPES = new Set([
  'ExtendedHeader',
  'GlobalExtendedHeader',
  'NextFileHasLongPath',
  'NextFileHasLongLinkpath',
  'OldExtendedHeader',
]);

/**
 * Checks one archive entry name (valid UTF-8, no control characters, relative, no `..`) and returns
 * it normalised: `a//./b` is `a/b`. Throws FormatError naming the entry.
 */
export function checkEntryName(raw: string): string {
  if (raw.includes('\uFFFD') || raw.includes('\0')) {
    throw new FormatError(
      'UNPACK_BAD_NAME',
      `entry name ${JSON.stringify(raw)} is not valid UTF-8`,
      raw,
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    throw new FormatError(
      'UNPACK_BAD_NAME',
      `entry name ${JSON.stringify(raw)} contains control characters`,
      raw,
    );
  }
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.startsWith('\\')) {
    throw new FormatError(
      'UNPACK_ABSOLUTE_PATH',
      `entry ${JSON.stringify(raw)} has an absolute path`,
      raw,
    );
  }
  const parts = raw.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  // checked again once `.` segments are gone: `./C:/x` must not turn into the Windows path `C:/x`
  if (parts.some((p) => /^[A-Za-z]:/.test(p))) {
    throw new FormatError(
      'UNPACK_ABSOLUTE_PATH',
      `entry ${JSON.stringify(raw)} has a drive-letter path`,
      raw,
    );
  }
  if (parts.includes('..')) {
    throw new FormatError(
      'UNPACK_PATH_TRAVERSAL',
      `entry ${JSON.stringify(raw)} climbs out of the package with ..`,
      raw,
    );
  }
  if (parts.length === 0)
    throw new FormatError('UNPACK_BAD_NAME', `entry name ${JSON.stringify(raw)} is empty`, raw);
  return parts.join('/').normalize('NFC');
}

function inflate(bytes: Uint8Array, lim: PackLimits): Buffer {
  if (bytes.length > lim.maxPackedBytes) {
    throw new FormatError(
      'UNPACK_TOO_LARGE',
      `archive is ${bytes.length} bytes, over the ${lim.maxPackedBytes}-byte limit`,
    );
  }
  // tar framing adds at most a header block and padding per entry, plus the end blocks.
  return gunzipCapped(bytes, lim.maxUnpackedBytes + (lim.maxEntries + 4) * 1024 * 2);
}

/**
 * Inflates gzip data held in memory, cut off as soon as the output passes `cap` bytes (a
 * compression bomb); FormatError `UNPACK_BOMB` or `UNPACK_CORRUPT` saying which.
 */
export function gunzipCapped(bytes: Uint8Array, cap: number): Buffer {
  try {
    // zlib stops inflating as soon as the output passes the cap: a bomb is cut off while it streams.
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (cause) {
    if (
      cause instanceof RangeError ||
      (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
    ) {
      throw new FormatError(
        'UNPACK_BOMB',
        `archive inflates past ${cap} bytes (compression bomb)`,
        undefined,
        { cause },
      );
    }
    throw new FormatError(
      'UNPACK_CORRUPT',
      `archive is not valid gzip: ${(cause as Error).message}`,
      undefined,
      { cause },
    );
  }
}

/**
 * Reads a skill tarball fully in memory, enforcing every safety rule; nothing touches the disk.
 * Returns files in archive order.
 */
export async function readTarball(
  bytes: Uint8Array,
  limits?: Partial<PackLimits>,
): Promise<UnpackedFile[]> {
  return readTarballSync(bytes, limits);
}

/** {@link readTarball} without the promise, for callers that must stay synchronous (the scanner). */
export function readTarballSync(bytes: Uint8Array, limits?: Partial<PackLimits>): UnpackedFile[] {
  const lim = withLimits(limits);
  return readTarSync(inflate(bytes, lim), lim);
}

/**
 * Reads an uncompressed tar held in memory under the same rules as {@link readTarball}. tar's
 * parser handles a buffer written to it whole before `end()` returns, so no promise is needed.
 */
export function readTarSync(tar: Uint8Array, limits?: Partial<PackLimits>): UnpackedFile[] {
  const lim = withLimits(limits);
  const files: UnpackedFile[] = [];
  const seen = new Set<string>();
  let entries = 0;
  let total = 0;
  let failure: unknown;
  let ended = false;

  const parser = new Parser({ strict: true });
  const fail = (e: unknown) => {
    failure ??= e;
  };
  parser.on('warn', (_code: string, message: string | Error) =>
    fail(
      new FormatError(
        'UNPACK_CORRUPT',
        `archive is malformed: ${String(message instanceof Error ? message.message : message)}`,
      ),
    ),
  );
  parser.on('error', (e: Error) =>
    fail(
      new FormatError('UNPACK_CORRUPT', `archive is malformed: ${e.message}`, undefined, {
        cause: e,
      }),
    ),
  );
  parser.on('entry', (entry: ReadEntry) => {
    if (failure) return entry.resume();
    try {
      const type = entry.type;
      if (META_TYPES.has(type)) return entry.resume();
      entries += 1;
      if (entries > lim.maxEntries) {
        throw new FormatError(
          'UNPACK_TOO_MANY_ENTRIES',
          `archive has more than ${lim.maxEntries} entries`,
          entry.path,
        );
      }
      const name = checkEntryName(entry.path);
      if (LINK_TYPES.has(type)) {
        const code = type === 'Link' ? 'UNPACK_HARDLINK' : 'UNPACK_SYMLINK';
        throw new FormatError(
          code,
          `entry ${name} is a ${type === 'Link' ? 'hard' : 'symbolic'} link`,
          name,
        );
      }
      if (DEVICE_TYPES.has(type)) {
        throw new FormatError('UNPACK_DEVICE', `entry ${name} is a ${type}`, name);
      }
      if (type === 'Directory') return entry.resume();
      if (!FILE_TYPES.has(type)) {
        throw new FormatError('UNPACK_DEVICE', `entry ${name} has unsupported type ${type}`, name);
      }
      const key = name.toLowerCase();
      if (seen.has(key))
        throw new FormatError('UNPACK_DUPLICATE', `entry ${name} appears more than once`, name);
      seen.add(key);
      const size = entry.size ?? 0;
      if (size > lim.maxEntryBytes) {
        throw new FormatError(
          'UNPACK_ENTRY_TOO_LARGE',
          `entry ${name} is ${size} bytes, over the ${lim.maxEntryBytes}-byte limit`,
          name,
        );
      }
      total += size;
      if (total > lim.maxUnpackedBytes) {
        throw new FormatError(
          'UNPACK_TOO_LARGE',
          `archive unpacks to more than ${lim.maxUnpackedBytes} bytes`,
          name,
        );
      }
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () =>
        files.push({
          path: name,
          bytes: Buffer.concat(chunks),
          executable: ((entry.mode ?? 0) & 0o111) !== 0,
        }),
      );
    } catch (e) {
      fail(e);
      entry.resume();
    }
  });
  parser.on('end', () => (ended = true));
  parser.on('close', () => (ended = true));
  parser.end(Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength));
  if (failure) throw failure;
  if (!ended) {
    throw new FormatError('UNPACK_CORRUPT', 'archive is malformed: the tar stream did not end');
  }
  // A file may not also be a directory prefix of another file (a/b and a/b/c).
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/').toLowerCase();
      if (seen.has(prefix))
        throw new FormatError(
          'UNPACK_DUPLICATE',
          `entry ${f.path} lies under the file ${prefix}`,
          f.path,
        );
    }
  }
  return files;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) return false;
    return (await readdir(dir)).length === 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}

/**
 * Safely extracts a skill tarball into `target`, which must be missing or empty. Files are written
 * into a fresh sibling directory and renamed into place only when every entry passed, so on
 * rejection `target` is left exactly as it was.
 */
export async function extractTarball(
  bytes: Uint8Array,
  target: string,
  limits?: Partial<PackLimits>,
): Promise<UnpackedFile[]> {
  const dest = path.resolve(target);
  const files = await readTarball(bytes, limits);
  if (!(await isEmptyOrMissing(dest))) {
    throw new FormatError('UNPACK_TARGET_EXISTS', `${dest} exists and is not empty`, dest);
  }
  await mkdir(path.dirname(dest), { recursive: true });
  const staging = `${dest}.partial-${randomBytes(6).toString('hex')}`;
  try {
    await mkdir(staging, { mode: 0o755 });
    for (const f of files) {
      const out = path.join(staging, ...f.path.split('/'));
      if (!out.startsWith(staging + path.sep)) {
        throw new FormatError(
          'UNPACK_PATH_TRAVERSAL',
          `entry ${f.path} resolves outside the target`,
          f.path,
        );
      }
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, f.bytes, { mode: f.executable ? 0o755 : 0o644, flag: 'wx' });
    }
    await rmdir(dest).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(staging, dest);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  return files;
}
