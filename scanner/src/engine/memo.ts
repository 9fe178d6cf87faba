/** A memo table that cannot grow without bound: emptied when it reaches `max` entries. */
export function boundedMemo<V>(
  m: Map<string, V>,
  key: string,
  max: number,
  make: (key: string) => V,
): V {
  let v = m.get(key);
  if (v === undefined) {
    if (m.size >= max) m.clear();
    m.set(key, (v = make(key)));
  }
  return v;
}
