import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_LIMITS,
  FormatError,
  extractTarball,
  packFiles,
  readTarball,
  type UnpackedFile,
} from '@skillgate/format';
import { diffSnapshots, snapshot } from './fs-snapshot.js';
import { mutatedPack, mutatedPackBytes, packedFiles } from './skill-gen.js';
import { archiveBytes, rawArchive } from './tar-gen.js';
import { describeError, target, violated, within, type FuzzTarget } from './target.js';

/** Archive bytes from three generators: hand-built hostile tar, damaged valid packs, plain noise. */
export const archiveInput: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 5, arbitrary: rawArchive.map(archiveBytes) },
  { weight: 4, arbitrary: mutatedPack.map(mutatedPackBytes) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)) },
);

const HANG_MS = 10_000;

function expectFormatError(e: unknown, what: string): void {
  if (!(e instanceof FormatError))
    violated(`${what} threw ${describeError(e)}, not a FormatError`, e);
  if (typeof e.code !== 'string' || e.message === '')
    violated(`${what}: FormatError without code or message`);
}

/** What a successful read must guarantee whatever the input was. */
function checkAccepted(files: UnpackedFile[]): void {
  const seen = new Set<string>();
  let total = 0;
  for (const f of files) {
    const p = f.path;
    if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.includes('\\'))
      violated(`accepted entry name ${JSON.stringify(p)} is absolute or not posix`);
    const parts = p.split('/');
    if (parts.some((s) => s === '' || s === '.' || s === '..'))
      violated(`accepted entry name ${JSON.stringify(p)} has an empty, . or .. segment`);
    if (/[\u0000-\u001f\u007f\uFFFD]/.test(p))
      violated(`accepted entry name ${JSON.stringify(p)} has control or replacement characters`);
    if (p !== p.normalize('NFC')) violated(`accepted entry name ${JSON.stringify(p)} is not NFC`);
    const key = p.toLowerCase();
    if (seen.has(key)) violated(`accepted duplicate entry ${JSON.stringify(p)}`);
    seen.add(key);
    if (f.bytes.length > DEFAULT_LIMITS.maxEntryBytes) violated(`accepted oversized entry ${p}`);
    total += f.bytes.length;
  }
  for (const p of seen) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++)
      if (seen.has(parts.slice(0, i).join('/')))
        violated(`accepted ${p} under the file ${parts.slice(0, i).join('/')}`);
  }
  if (total > DEFAULT_LIMITS.maxUnpackedBytes) violated('accepted more than the unpacked limit');
  if (files.length > DEFAULT_LIMITS.maxEntries) violated('accepted more than the entry limit');
}

/** readTarball: only FormatError, never a hang; what it accepts is safe to write. */
export const readTarballTarget: FuzzTarget = target<Buffer>({
  name: 'archive/readTarball',
  arbitrary: () => archiveInput,
  async check(bytes) {
    let files: UnpackedFile[];
    try {
      files = await within(readTarball(bytes), HANG_MS, 'readTarball');
    } catch (e) {
      expectFormatError(e, 'readTarball');
      return (e as FormatError).code;
    }
    checkAccepted(files);
    return 'accepted';
  },
});

/** Valid packs always read back as exactly the files packed (no false rejection, no alteration). */
export const roundTripTarget: FuzzTarget = target({
  name: 'archive/pack-roundtrip',
  arbitrary: () => packedFiles,
  async check(files) {
    const got = await readTarball(packFiles(files).tarball);
    const want = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (got.length !== want.length)
      violated(`read ${got.length} files back, packed ${want.length}`);
    got.forEach((g, i) => {
      const w = want[i];
      if (
        !w ||
        g.path !== w.path.normalize('NFC') ||
        !g.bytes.equals(w.bytes) ||
        g.executable !== w.executable
      )
        violated(`file ${i} came back as ${g.path}, packed ${w?.path}`);
    });
  },
});

type TargetState = 'missing' | 'empty' | 'occupied' | 'file';

let fence = '';
let dest = '';
let baseline = new Map<string, string>();
let tmpBefore: string[] = [];

async function topOfTmp(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((n) => !n.startsWith('sg-fuzz-')).sort();
}

/**
 * extractTarball into a target four directories deep inside a fence: on rejection nothing under the
 * fence changed; on success exactly the accepted files sit in the target and nothing else changed
 * (no staging leftovers, nothing next to or above the target). The fence is reused across cases and
 * must be back to its baseline after each one.
 */
export const extractTarballTarget: FuzzTarget = target<{ bytes: Buffer; state: TargetState }>({
  name: 'archive/extractTarball',
  arbitrary: () =>
    fc.record({
      bytes: archiveInput,
      state: fc.constantFrom<TargetState>(
        'missing',
        'missing',
        'missing',
        'empty',
        'occupied',
        'file',
      ),
    }),
  async setup() {
    tmpBefore = await topOfTmp();
    fence = await mkdtemp(path.join(tmpdir(), 'sg-fuzz-extract-'));
    const deep = path.join(fence, 'd1', 'd2', 'd3', 'd4');
    dest = path.join(deep, 'target');
    await mkdir(deep, { recursive: true });
    baseline = await snapshot(fence);
  },
  async teardown() {
    await rm(fence, { recursive: true, force: true });
    const after = await topOfTmp();
    // Only names that can come from an archive count (other processes use the temp dir too).
    const escaped = after.filter(
      (n) =>
        !tmpBefore.includes(n) && /^(SKILL\.md|skill\.json|scripts|run\.sh|a|A|k|x+|y+)$/.test(n),
    );
    if (escaped.length) throw new Error(`files appeared in ${tmpdir()}: ${escaped.join(', ')}`);
  },
  async check({ bytes, state }) {
    if (state === 'empty' || state === 'occupied') await mkdir(dest);
    if (state === 'occupied') await writeFile(path.join(dest, 'keep.txt'), 'keep');
    if (state === 'file') await writeFile(dest, 'a file');
    try {
      const before = await snapshot(fence);
      let files: UnpackedFile[];
      try {
        files = await within(extractTarball(bytes, dest), HANG_MS, 'extractTarball');
      } catch (e) {
        expectFormatError(e, 'extractTarball');
        const diff = diffSnapshots(before, await snapshot(fence));
        if (diff.length)
          violated(
            `rejected (${describeError(e)}) but changed the disk: ${diff.slice(0, 5).join(', ')}`,
          );
        return (e as FormatError).code;
      }
      if (state === 'occupied' || state === 'file') violated(`extracted over an ${state} target`);
      checkAccepted(files);
      const after = await snapshot(fence);
      const rel = path.relative(fence, dest).split(path.sep).join('/');
      const expected = new Map(before);
      expected.set(rel, 'dir 755');
      for (const f of files) {
        const parts = f.path.split('/');
        for (let i = 1; i < parts.length; i++) {
          const dir = `${rel}/${parts.slice(0, i).join('/')}`;
          const seen = after.get(dir);
          if (!expected.has(dir)) expected.set(dir, seen?.startsWith('dir ') ? seen : 'dir');
        }
        const sha = createHash('sha256').update(f.bytes).digest('hex');
        expected.set(`${rel}/${f.path}`, `file ${f.executable ? '755' : '644'} ${sha}`);
      }
      const diff = diffSnapshots(expected, after);
      if (diff.length)
        violated(`extracted tree differs from the accepted files: ${diff.slice(0, 5).join(', ')}`);
      return 'accepted';
    } finally {
      await rm(dest, { recursive: true, force: true });
      const left = diffSnapshots(baseline, await snapshot(fence));
      if (left.length) {
        await rm(fence, { recursive: true, force: true });
        await mkdir(path.dirname(dest), { recursive: true });
        violated(`files left next to the target: ${left.slice(0, 5).join(', ')}`);
      }
    }
  },
});
