/** One error class for the package format, with a closed set of codes and the cause kept. */
export type FormatErrorCode =
  | 'MANIFEST_MISSING'
  | 'MANIFEST_JSON'
  | 'MANIFEST_INVALID'
  | 'SKILLMD_MISSING'
  | 'SKILLMD_FRONTMATTER'
  | 'NAME_MISMATCH'
  | 'PACK_SYMLINK'
  | 'PACK_SPECIAL_FILE'
  | 'PACK_TOO_LARGE'
  | 'PACK_TOO_MANY_ENTRIES'
  | 'UNPACK_PATH_TRAVERSAL'
  | 'UNPACK_ABSOLUTE_PATH'
  | 'UNPACK_SYMLINK'
  | 'UNPACK_HARDLINK'
  | 'UNPACK_DEVICE'
  | 'UNPACK_DUPLICATE'
  | 'UNPACK_ENTRY_TOO_LARGE'
  | 'UNPACK_TOO_LARGE'
  | 'UNPACK_TOO_MANY_ENTRIES'
  | 'UNPACK_BOMB'
  | 'UNPACK_BAD_NAME'
  | 'UNPACK_CORRUPT'
  | 'UNPACK_ENCRYPTED'
  | 'UNPACK_TARGET_EXISTS';

export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    readonly code: FormatErrorCode,
    message: string,
    /** the manifest field, file or archive entry at fault */
    readonly where?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
