import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

/** Every path under `dir` (relative, posix) with its type, mode and content hash. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(rel: string): Promise<void> {
    const abs = rel ? path.join(dir, rel) : dir;
    let names: string[];
    try {
      names = await readdir(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const name of names.sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(path.join(abs, name));
      if (st.isDirectory()) {
        out.set(r, `dir ${(st.mode & 0o777).toString(8)}`);
        await walk(r);
      } else if (st.isSymbolicLink()) {
        out.set(r, `link ${await readlink(path.join(abs, name))}`);
      } else if (st.isFile()) {
        const sha = createHash('sha256')
          .update(await readFile(path.join(abs, name)))
          .digest('hex');
        out.set(r, `file ${(st.mode & 0o777).toString(8)} ${sha}`);
      } else {
        out.set(r, 'special');
      }
    }
  }
  await walk('');
  return out;
}

/** The differences between two snapshots, for messages. Empty when equal. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of after)
    if (before.get(k) !== v) out.push(`${before.has(k) ? '~' : '+'} ${k}`);
  for (const k of before.keys()) if (!after.has(k)) out.push(`- ${k}`);
  return out;
}
