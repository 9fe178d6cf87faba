/** Size limits for packing and unpacking (defaults from the package format; all configurable). */
export interface PackLimits {
  /** compressed tarball size */
  maxPackedBytes: number;
  /** sum of all file sizes once unpacked (also the cap on inflated bytes: a bomb stops here) */
  maxUnpackedBytes: number;
  /** number of archive entries (files and directories) */
  maxEntries: number;
  /** size of one file */
  maxEntryBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackLimits = Object.freeze({
  maxPackedBytes: 10 * MiB,
  maxUnpackedBytes: 50 * MiB,
  maxEntries: 2000,
  maxEntryBytes: 20 * MiB,
});

export function withLimits(partial?: Partial<PackLimits>): PackLimits {
  return { ...DEFAULT_LIMITS, ...(partial ?? {}) };
}
