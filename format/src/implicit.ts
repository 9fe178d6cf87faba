/**
 * The manifest convention on programs that need not be listed in `capabilities.exec`
 * (DESIGN.md, shared/corpus/README.md): plain POSIX text plumbing. The scanner (what counts as
 * undeclared) and enforce mode (what may run) both start from this one list.
 */
export const POSIX_PLUMBING = [
  'cat',
  'ls',
  'rm',
  'mkdir',
  'find',
  'xargs',
  'sed',
  'awk',
  'grep',
  'date',
  'du',
  'head',
  'tail',
  'sort',
  'wc',
  'tr',
  'cut',
] as const;
