/**
 * Name skeletons for lookalike detection (pure). Skill names are already lowercase ASCII (the
 * manifest pattern refuses Unicode, so homoglyphs from other scripts never get this far); what
 * remains are the ASCII confusables of Unicode's UTS #39 data that survive lowercase:
 * `0`→`o`, `1`→`l`, `rn`→`m`, `vv`→`w`, `cl`→`d`. Two different names with one skeleton read alike.
 */
const SEQUENCES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];
const CHARS: Record<string, string> = { '0': 'o', '1': 'l' };

export function nameSkeleton(name: string): string {
  let s = name.toLowerCase().replace(/[01]/g, (c) => CHARS[c] ?? c);
  for (const [re, to] of SEQUENCES) s = s.replace(re, to);
  return s;
}
