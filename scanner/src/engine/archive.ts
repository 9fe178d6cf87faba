/**
 * Archives a skill ships (a `.tgz`, `.tar`, `.zip` or `.gz` among its files) are opened in memory
 * and the files inside are scanned like the skill's own, named `outer.zip!/inner/path`. A skill
 * that unpacks a bundled archive and runs what is inside ("self-extracting" packing, the evasion
 * that hides a payload from a scanner reading only the top-level files) hides nothing that way, and
 * a bundle of harmless templates is judged on its contents instead of being held for being binary.
 *
 * Nothing touches the disk. The package format's safety rules hold inside (entry names, links,
 * devices, duplicates, sizes, compression bombs: `@skillgate/format` readTarSync and
 * checkEntryName), within smaller limits derived from the scanner's per-file limit; an archive that
 * cannot be opened within them stays `unanalyzable`, with the reason.
 */
import { unzipSync } from 'fflate';
import {
  FormatError,
  checkEntryName,
  gunzipCapped,
  readTarSync,
  type PackLimits,
} from '@skillgate/format';
import type { ScanInputFile } from './scan.js';

/** How deep archives inside archives are opened: a zip holding a .tgz is read, one level more is not. */
export const MAX_ARCHIVE_DEPTH = 2;

/** Joins an archive's path and a member's path inside it. */
export const MEMBER_SEPARATOR = '!/';

export type ArchiveKind = 'gzip' | 'tar' | 'zip';

export function archiveKind(bytes: Uint8Array): ArchiveKind | undefined {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  // a local file header, or the end record of an empty zip
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6)) return 'zip';
  }
  return isTar(bytes) ? 'tar' : undefined;
}

/** POSIX (`ustar\0`) and GNU (`ustar  `) tar headers carry this magic at offset 257. */
function isTar(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 512 && Buffer.from(bytes.subarray(257, 262)).toString('latin1') === 'ustar'
  );
}

/** Limits for the archives of one skill, from the scanner's per-file byte limit. */
export function archiveLimits(maxFileBytes: number): PackLimits {
  // an archive is opened only when it is itself within the per-file limit; what it holds may be
  // larger (it is compressed) but not without bound, and a member over the per-file limit is
  // listed and reported as too large to analyze, like a top-level file
  const unpacked = 16 * maxFileBytes;
  return {
    maxPackedBytes: maxFileBytes,
    maxUnpackedBytes: unpacked,
    maxEntries: 2000,
    maxEntryBytes: unpacked,
  };
}

export interface OpenedArchive {
  /** what it is, for messages: "zip archive", "gzip-compressed tar archive", "gzip file" */
  kind: string;
  members: ScanInputFile[];
}

/**
 * Opens one archive; `name` is its path (a single gzip-compressed file is named after it, minus
 * `.gz`). Throws FormatError naming what is wrong when the archive breaks a rule or a limit.
 */
export function openArchive(name: string, bytes: Uint8Array, limits: PackLimits): OpenedArchive {
  const kind = archiveKind(bytes);
  if (kind === 'zip') return { kind: 'zip archive', members: unzip(bytes, limits) };
  if (kind === 'tar') return { kind: 'tar archive', members: readTarSync(bytes, limits) };
  if (kind !== 'gzip') throw new FormatError('UNPACK_CORRUPT', 'not an archive');
  const inner = gunzipCapped(bytes, limits.maxUnpackedBytes);
  if (isTar(inner)) {
    return { kind: 'gzip-compressed tar archive', members: readTarSync(inner, limits) };
  }
  const base = name.slice(name.lastIndexOf('/') + 1);
  const stripped = base.replace(/\.(?:gz|gzip|z)$/i, '');
  return {
    kind: 'gzip file',
    members: [
      {
        path: gzipName(bytes) ?? (stripped && stripped !== base ? stripped : 'contents'),
        bytes: inner,
      },
    ],
  };
}

/** The original file name a gzip header may carry (FNAME), checked like an archive entry name. */
function gzipName(bytes: Uint8Array): string | undefined {
  const flags = bytes[3] ?? 0;
  if (!(flags & 0x08)) return undefined;
  let at = 10;
  if (flags & 0x04) at += 2 + ((bytes[10] ?? 0) | ((bytes[11] ?? 0) << 8));
  const end = bytes.indexOf(0, at);
  if (end <= at || end - at > 255) return undefined;
  const raw = Buffer.from(bytes.subarray(at, end)).toString('latin1');
  try {
    const name = checkEntryName(raw);
    return name.slice(name.lastIndexOf('/') + 1);
  } catch {
    return undefined;
  }
}

/**
 * What unzip would do that reading the entries' bytes does not show: an entry that is
 * password-protected (general-purpose flag bit 0) or a symbolic link (Unix mode in the external
 * attributes), read from the central directory the way unzip finds it, through the end record.
 * Either keeps the archive closed, as the package format refuses links in a skill.
 */
function entryProblem(bytes: Uint8Array): FormatError | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, view.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = view.length - 22; i >= floor; i--) {
    if (view.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let at = view.readUInt32LE(eocd + 16);
  for (let n = view.readUInt16LE(eocd + 10); n > 0 && at + 46 <= view.length; n--) {
    if (view.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = view.readUInt16LE(at + 28);
    const name = JSON.stringify(view.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    if (view.readUInt16LE(at + 8) & 1) {
      return new FormatError(
        'UNPACK_ENCRYPTED',
        `entry ${name} is password-protected, so what it holds cannot be read`,
      );
    }
    const unix = view[at + 5] === 3;
    if (unix && ((view.readUInt32LE(at + 38) >>> 16) & 0xf000) === 0xa000) {
      return new FormatError('UNPACK_SYMLINK', `entry ${name} is a symbolic link`);
    }
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return undefined;
}

function unzip(bytes: Uint8Array, lim: PackLimits): ScanInputFile[] {
  const problem = entryProblem(bytes);
  if (problem) throw problem;
  let entries = 0;
  let total = 0;
  const names = new Map<string, string>();
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(bytes, {
      // the sizes are the ones the archive declares; fflate inflates into a buffer of exactly that
      // size, so a lying header truncates its own entry instead of growing past the limit
      filter: (f) => {
        entries += 1;
        if (entries > lim.maxEntries) {
          throw new FormatError(
            'UNPACK_TOO_MANY_ENTRIES',
            `archive has more than ${lim.maxEntries} entries`,
          );
        }
        if (f.name.endsWith('/')) return false;
        const name = checkEntryName(f.name);
        if (names.has(name.toLowerCase())) {
          throw new FormatError('UNPACK_DUPLICATE', `entry ${name} appears more than once`, name);
        }
        names.set(name.toLowerCase(), f.name);
        total += f.originalSize;
        if (total > lim.maxUnpackedBytes) {
          throw new FormatError(
            'UNPACK_TOO_LARGE',
            `archive unpacks to more than ${lim.maxUnpackedBytes} bytes`,
            name,
          );
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof FormatError) throw e;
    throw new FormatError('UNPACK_CORRUPT', `it is not a readable zip: ${(e as Error).message}`);
  }
  return [...names.values()].flatMap((raw) => {
    const data = out[raw];
    return data ? [{ path: checkEntryName(raw), bytes: data }] : [];
  });
}

/**
 * The skill's files with the members of every archive among them added (archives inside archives
 * down to MAX_ARCHIVE_DEPTH), and for each archive either what it was or why it stayed closed.
 */
export function withArchiveMembers(
  input: readonly ScanInputFile[],
  maxFileBytes: number,
): {
  files: ScanInputFile[];
  archives: Map<string, { kind: string; members: number } | { error: string }>;
} {
  const limits = archiveLimits(maxFileBytes);
  const files: ScanInputFile[] = [];
  const taken = new Set(input.map((f) => f.path));
  const archives = new Map<string, { kind: string; members: number } | { error: string }>();
  let budget = limits.maxUnpackedBytes;
  const visit = (f: ScanInputFile, depth: number) => {
    files.push(f);
    if (f.bytes.length > maxFileBytes || !archiveKind(f.bytes)) return;
    if (depth >= MAX_ARCHIVE_DEPTH) {
      archives.set(f.path, {
        error: `it is an archive nested more than ${MAX_ARCHIVE_DEPTH} deep inside other archives`,
      });
      return;
    }
    if (budget <= 0) {
      archives.set(f.path, {
        error: `the skill's archives together unpack to more than ${limits.maxUnpackedBytes} bytes`,
      });
      return;
    }
    let opened: OpenedArchive;
    try {
      opened = openArchive(f.path, f.bytes, { ...limits, maxUnpackedBytes: budget });
    } catch (e) {
      const why = e instanceof FormatError ? e.message : String(e);
      archives.set(f.path, { error: `it is an archive that could not be opened (${why})` });
      return;
    }
    for (const m of opened.members) budget -= m.bytes.length;
    archives.set(f.path, { kind: opened.kind, members: opened.members.length });
    for (const m of opened.members) {
      const path = `${f.path}${MEMBER_SEPARATOR}${m.path}`;
      if (taken.has(path)) continue;
      taken.add(path);
      visit({ path, bytes: m.bytes }, depth + 1);
    }
  };
  for (const f of input) visit(f, 0);
  return { files, archives };
}
