import fc from 'fast-check';
import { gzipSync } from 'node:zlib';

/** One tar header + body, described at the byte level so that any malformation can be expressed. */
export interface RawTarEntry {
  name: Uint8Array;
  typeflag: number;
  /** the size written in the header (may lie about the body) */
  size: SizeField;
  body: Uint8Array;
  mode: number;
  linkname: Uint8Array;
  /** ustar prefix field (names longer than 100 bytes) */
  prefix: Uint8Array;
  checksum: 'right' | 'wrong' | 'blank';
  magic: 'ustar' | 'gnu' | 'v7';
}

export type SizeField =
  | { kind: 'body' }
  | { kind: 'octal'; value: number }
  | { kind: 'base256'; value: bigint }
  | { kind: 'garbage'; bytes: Uint8Array };

export type Framing = { kind: 'gzip'; level: number } | { kind: 'raw' } | { kind: 'gzip-twice' };

export interface RawArchive {
  entries: RawTarEntry[];
  end: 'two-blocks' | 'one-block' | 'none' | 'garbage';
  framing: Framing;
  /** applied to the final bytes */
  damage: Damage;
}

export type Damage =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'append'; bytes: Uint8Array };

const enc = new TextEncoder();

function writeField(block: Buffer, offset: number, length: number, bytes: Uint8Array): void {
  Buffer.from(bytes.subarray(0, length)).copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  const text = Math.max(0, Math.floor(value))
    .toString(8)
    .slice(-(length - 1))
    .padStart(length - 1, '0');
  block.write(text + '\0', offset, length, 'ascii');
}

function writeSize(block: Buffer, field: SizeField, bodyLength: number): void {
  switch (field.kind) {
    case 'body':
      return writeOctal(block, 124, 12, bodyLength);
    case 'octal':
      return writeOctal(block, 124, 12, field.value);
    case 'base256': {
      // GNU base-256: high bit of the first byte set, big-endian two's complement in the rest
      let v = BigInt.asUintN(88, field.value);
      for (let i = 135; i > 124; i--) {
        block[i] = Number(v & 0xffn);
        v >>= 8n;
      }
      block[124] = field.value < 0n ? 0xff : 0x80;
      return;
    }
    case 'garbage':
      return writeField(block, 124, 12, field.bytes);
  }
}

/** Encodes one header block the way a (possibly hostile) packer would. */
export function headerBlock(e: RawTarEntry): Buffer {
  const block = Buffer.alloc(512);
  writeField(block, 0, 100, e.name);
  writeOctal(block, 100, 8, e.mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeSize(block, e.size, e.body.length);
  writeOctal(block, 136, 12, 499162500);
  block[156] = e.typeflag;
  writeField(block, 157, 100, e.linkname);
  if (e.magic === 'ustar') block.write('ustar\u000000', 257, 8, 'latin1');
  if (e.magic === 'gnu') block.write('ustar  \u0000', 257, 8, 'latin1');
  if (e.magic !== 'v7') writeField(block, 345, 155, e.prefix);
  block.fill(0x20, 148, 156);
  if (e.checksum !== 'blank') {
    let sum = 0;
    for (const b of block) sum += b;
    if (e.checksum === 'wrong') sum += 1;
    block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  }
  return block;
}

function pad(n: number): Buffer {
  return Buffer.alloc((512 - (n % 512)) % 512);
}

export function tarBytes(a: Pick<RawArchive, 'entries' | 'end'>): Buffer {
  const parts: Buffer[] = [];
  for (const e of a.entries) parts.push(headerBlock(e), Buffer.from(e.body), pad(e.body.length));
  if (a.end === 'two-blocks') parts.push(Buffer.alloc(1024));
  if (a.end === 'one-block') parts.push(Buffer.alloc(512));
  if (a.end === 'garbage') parts.push(Buffer.alloc(512, 0x41));
  return Buffer.concat(parts);
}

export function damage(bytes: Buffer, d: Damage): Buffer {
  switch (d.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.subarray(0, bytes.length === 0 ? 0 : d.at % bytes.length);
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      const i = d.at % out.length;
      out[i] = (out[i] ?? 0) ^ (1 << d.bit);
      return out;
    }
    case 'append':
      return Buffer.concat([bytes, d.bytes]);
  }
}

export function archiveBytes(a: RawArchive): Buffer {
  const tar = tarBytes(a);
  let out: Buffer;
  if (a.framing.kind === 'raw') out = tar;
  else if (a.framing.kind === 'gzip') out = gzipSync(tar, { level: a.framing.level });
  else out = gzipSync(gzipSync(tar));
  return damage(out, a.damage);
}

// ---- arbitraries -------------------------------------------------------------------------------

const SEGMENTS = [
  'SKILL.md',
  'skill.json',
  'scripts',
  'run.sh',
  'a',
  'A',
  '..',
  '.',
  '',
  '...',
  '~',
  'C:',
  'c:\\x',
  '\\..',
  'CON',
  '\u00e9', // é NFC
  'e\u0301', // é NFD
  '\u212a', // Kelvin sign, lowercases to k
  'k',
  '\u0000',
  'a\nb',
  '\u202e',
  '\u200b',
  'x'.repeat(99),
  'y'.repeat(200),
];

/** Entry names: traversal, absolute, drive letters, backslashes, Unicode tricks, very long. */
export const nameString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '/', './', '//', '\\', 'C:/', '../'),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...SEGMENTS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom('/', '/', '\\', '//'),
    fc.constantFrom('', '', '/'),
  )
  .map(([lead, segs, sep, trail]) => lead + segs.join(sep) + trail);

/** Name bytes: mostly encoded strings, sometimes raw bytes that are not UTF-8 at all. */
export const nameBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 5, arbitrary: nameString.map((s) => enc.encode(s)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('ok/', 'a', ''), fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([p, raw]) => Buffer.concat([Buffer.from(p), Buffer.from([0xc3, 0x28]), raw])),
  },
);

// '0' file, '\0' old file, '1' hard link, '2' symlink, '3' char dev, '4' block dev, '5' dir, '6' fifo,
// '7' contiguous, 'x' pax, 'g' global pax, 'L'/'K' GNU long name/link, 'V' volume, 'M' multivolume,
// 'S' sparse, 'D' GNU dir dump; plus any byte at all.
const TYPEFLAGS = '0\u0000123456 7xgLKVMSDA'.split('').map((c) => c.charCodeAt(0));
export const typeflag: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0x30) },
  { weight: 6, arbitrary: fc.constantFrom(...TYPEFLAGS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
);

export const sizeField: fc.Arbitrary<SizeField> = fc.oneof(
  { weight: 30, arbitrary: fc.constant<SizeField>({ kind: 'body' }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.nat(4096), fc.constantFrom(0o77777777777, 21 * 1024 * 1024, 60 * 1024 * 1024))
      .map((value): SizeField => ({ kind: 'octal', value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .bigInt({ min: -(1n << 80n), max: 1n << 80n })
      .map((value): SizeField => ({ kind: 'base256', value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 12 })
      .map((bytes): SizeField => ({ kind: 'garbage', bytes })),
  },
);

/** A PAX extended-header body: `len key=value\n` records, with honest or lying lengths. */
export const paxBody: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'path',
        'linkpath',
        'size',
        'mtime',
        'uid',
        'SCHILY.xattr.user.x',
        'charset',
        'k',
      ),
      fc.oneof(
        nameString,
        fc.nat().map(String),
        fc.constantFrom('-1', '1e309', '99999999999999999999'),
      ),
      fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((records) =>
    Buffer.concat(
      records.map(([k, v, skew]) => {
        const tail = ` ${k}=${v}\n`;
        let len = Buffer.byteLength(tail);
        len += String(len + String(len).length).length;
        return Buffer.from(`${len + (skew ?? 0)}${tail}`);
      }),
    ),
  );

const rawEntryFields: fc.Arbitrary<RawTarEntry> = fc.record({
  name: nameBytes,
  typeflag,
  size: sizeField,
  body: fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 700 }) },
    { weight: 1, arbitrary: paxBody },
  ),
  mode: fc.oneof(fc.constantFrom(0o644, 0o755, 0o4755, 0o777), fc.nat(0o7777)),
  linkname: fc.oneof(fc.constant(new Uint8Array(0)), nameBytes),
  prefix: fc.oneof(
    { weight: 4, arbitrary: fc.constant(new Uint8Array(0)) },
    { weight: 1, arbitrary: nameBytes },
  ),
  checksum: fc.oneof(
    { weight: 20, arbitrary: fc.constant('right' as const) },
    { weight: 1, arbitrary: fc.constantFrom('wrong' as const, 'blank' as const) },
  ),
  magic: fc.constantFrom('ustar', 'ustar', 'gnu', 'v7'),
});

const LINK_FLAGS = new Set([0x31, 0x32]);

/**
 * Entries: link names mostly only where the type has one, so that most archives reach the checks
 * behind the tar parser's own (which refuses a link name on a file and a link without one).
 */
export const rawEntry: fc.Arbitrary<RawTarEntry> = fc
  .tuple(rawEntryFields, fc.nat(9))
  .map(([e, coin]) => {
    const isLink = LINK_FLAGS.has(e.typeflag);
    if (coin === 0) return e;
    if (isLink && e.linkname.length === 0)
      return { ...e, linkname: enc.encode('../../etc/passwd') };
    if (!isLink) return { ...e, linkname: new Uint8Array(0) };
    return e;
  });

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 16, arbitrary: fc.constant<Damage>({ kind: 'none' }) },
  { weight: 1, arbitrary: fc.nat().map((at): Damage => ({ kind: 'truncate', at })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.integer({ min: 0, max: 7 }))
      .map(([at, bit]): Damage => ({ kind: 'flip', at, bit })),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 600 })
      .map((bytes): Damage => ({ kind: 'append', bytes })),
  },
);

export const rawArchive: fc.Arbitrary<RawArchive> = fc.record({
  entries: fc.array(rawEntry, { maxLength: 6 }),
  end: fc.constantFrom('two-blocks', 'two-blocks', 'one-block', 'none', 'garbage'),
  framing: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.integer({ min: 0, max: 9 }).map((level): Framing => ({ kind: 'gzip', level })),
    },
    { weight: 1, arbitrary: fc.constant<Framing>({ kind: 'raw' }) },
    { weight: 1, arbitrary: fc.constant<Framing>({ kind: 'gzip-twice' }) },
  ),
  damage: damageArb,
});
