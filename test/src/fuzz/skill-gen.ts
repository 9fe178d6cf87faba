import fc from 'fast-check';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packFiles, type PackedFile } from '@skillgate/format';
import { damageArb, damage, type Damage } from './tar-gen.js';

const SEG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_.';

/** A path segment a well-behaved packer produces (ASCII, not `.`/`..`). */
const segment: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...SEG_CHARS.split('')), minLength: 1, maxLength: 12 }),
    fc.constantFrom(
      'SKILL.md',
      'skill.json',
      'scripts',
      'r\u00e9sum\u00e9',
      '\u6587\u4ef6',
      'z'.repeat(120),
    ),
  )
  .filter((s) => s !== '.' && s !== '..');

function conflicts(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(y + '/') || y.startsWith(x + '/');
}

/** A set of files a real skill folder could hold: unique (case-insensitively), no file/dir clash. */
export const packedFiles: fc.Arbitrary<PackedFile[]> = fc
  .array(
    fc.record({
      path: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
      bytes: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      executable: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((files) => {
    const kept: PackedFile[] = [];
    for (const f of files) if (!kept.some((k) => conflicts(k.path, f.path))) kept.push(f);
    return kept;
  });

/** Where to damage a valid package: its gzip bytes, or the tar inside (re-gzipped, so the CRC holds). */
export type PackMutation =
  | { layer: 'none' }
  | { layer: 'gzip'; damage: Damage }
  | { layer: 'tar'; damages: Damage[] }
  | { layer: 'duplicate' };

export const packMutation: fc.Arbitrary<PackMutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<PackMutation>({ layer: 'none' }) },
  { weight: 2, arbitrary: damageArb.map((d): PackMutation => ({ layer: 'gzip', damage: d })) },
  {
    weight: 5,
    arbitrary: fc
      .array(damageArb, { minLength: 1, maxLength: 4 })
      .map((damages): PackMutation => ({ layer: 'tar', damages })),
  },
  { weight: 1, arbitrary: fc.constant<PackMutation>({ layer: 'duplicate' }) },
);

export interface MutatedPack {
  files: PackedFile[];
  mutation: PackMutation;
}

export const mutatedPack: fc.Arbitrary<MutatedPack> = fc.record({
  files: packedFiles,
  mutation: packMutation,
});

export function mutatedPackBytes(m: MutatedPack): Buffer {
  return mutateTarball(packFiles(m.files).tarball, m.mutation);
}

/** Damages a valid .tgz as the mutation says. */
export function mutateTarball(tarball: Buffer, mutation: PackMutation): Buffer {
  switch (mutation.layer) {
    case 'none':
      return tarball;
    case 'gzip':
      return damage(tarball, mutation.damage);
    case 'tar': {
      let tar: Buffer = gunzipSync(tarball);
      for (const d of mutation.damages) tar = damage(tar, d);
      return gzipSync(tar);
    }
    case 'duplicate': {
      const tar = gunzipSync(tarball);
      const body = tar.subarray(0, tar.length - 1024);
      return gzipSync(Buffer.concat([body, body, Buffer.alloc(1024)]));
    }
  }
}
