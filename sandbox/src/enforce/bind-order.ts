/**
 * Workaround for sandbox-runtime's mount order (ours, pure). Under a read-denied directory srt
 * restores the allowed write paths first and the allowed read paths after, so a read path that is
 * an ancestor of a write path (`fs.read: ["./**"]` with `fs.write: ["./out/**"]`) is bound
 * read-only over the writable bind and the write root becomes read-only. We re-bind each such write
 * root writable right after the last read-only bind of one of its ancestors; later mounts (srt's
 * write denies) still land on top. Paths srt had to quote are left alone (writes there stay
 * read-only: fail closed).
 */
const SIMPLE = /^[\w@%+=:,./-]+$/;

export function rebindWriteRoots(bwrapLine: string, writeRoots: readonly string[]): string {
  const end = bwrapLine.indexOf(' --unshare-pid');
  const limit = end === -1 ? bwrapLine.indexOf(' -- ') : end;
  if (limit === -1) return bwrapLine;
  let head = bwrapLine.slice(0, limit);
  const tail = bwrapLine.slice(limit);
  for (const w of writeRoots) {
    if (!SIMPLE.test(w)) continue;
    let at = -1;
    for (const m of head.matchAll(/ --ro-bind (\S+) (\S+)/g)) {
      const dest = m[2] as string;
      if (w === dest || w.startsWith(dest.endsWith('/') ? dest : `${dest}/`))
        at = (m.index ?? 0) + m[0].length;
    }
    const lastRw = head.lastIndexOf(` --bind ${w} ${w}`);
    // only roots srt itself bound writable, and only where a read bind came after
    if (at === -1 || lastRw === -1 || lastRw > at) continue;
    head = `${head.slice(0, at)} --bind ${w} ${w}${head.slice(at)}`;
  }
  return head + tail;
}
