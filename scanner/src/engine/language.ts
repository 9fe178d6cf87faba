/** Which analyzer language a file is, from its name, its shebang or its bytes. */
import type { RuleLanguage } from '@skillgate/rules';

const BY_EXTENSION: Record<string, RuleLanguage> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  pyw: 'python',
  sh: 'bash',
  bash: 'bash',
  zsh: 'bash',
  ksh: 'bash',
  command: 'bash',
  ps1: 'powershell',
  psm1: 'powershell',
  bat: 'powershell',
  cmd: 'powershell',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
};

/** files whose meaning is a package manifest or install recipe rather than code */
const MANIFEST_NAMES = new Set([
  'package.json',
  'skill.json',
  '_meta.json',
  'pyproject.toml',
  'setup.cfg',
]);
const SHELL_DOTFILES =
  /^\.(?:envrc|bashrc|bash_profile|bash_login|bash_aliases|profile|zshrc|zshenv|zprofile|zlogin|kshrc)$/;
const REQUIREMENTS = /^requirements[^/]*\.(?:txt|in)$/;
/** node-gyp's build files: npm runs node-gyp on install, and gyp runs their `<!(cmd)` commands */
const GYP = /\.gypi?$/;

function shebangLanguage(text: string): RuleLanguage | undefined {
  if (!text.startsWith('#!')) return undefined;
  const nl = text.indexOf('\n');
  const first = text.slice(0, nl < 0 ? 200 : Math.min(nl, 200));
  if (/\b(?:node|deno|bun|tsx|ts-node)\b/.test(first))
    return /\b(?:tsx|ts-node)\b/.test(first) ? 'typescript' : 'javascript';
  if (/\bpython[0-9.]*\b/.test(first)) return 'python';
  if (/\b(?:ba|z|k|da)?sh\b/.test(first)) return 'bash';
  return undefined;
}

export function detectLanguage(filePath: string, text: string): RuleLanguage {
  const base = filePath.slice(filePath.lastIndexOf('/') + 1).toLowerCase();
  if (MANIFEST_NAMES.has(base) || REQUIREMENTS.test(base) || GYP.test(base)) return 'manifest';
  // shell dotfiles run by the shell or direnv (`.envrc`), named without an extension
  if (SHELL_DOTFILES.test(base)) return 'bash';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  return shebangLanguage(text) ?? 'text';
}

/**
 * Known inert media formats by magic bytes: shipped assets, not code. The macOS Finder's
 * AppleDouble (`__MACOSX/._name`) and `.DS_Store` records are here too: zips made on a Mac carry
 * them, and they hold file metadata, nothing a shell or interpreter runs.
 */
const MEDIA_MAGIC: Array<[string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['webp', [0x52, 0x49, 0x46, 0x46]],
  ['ico', [0x00, 0x00, 0x01, 0x00]],
  ['woff', [0x77, 0x4f, 0x46, 0x46]],
  ['woff2', [0x77, 0x4f, 0x46, 0x32]],
  ['macOS AppleDouble metadata', [0x00, 0x05, 0x16, 0x07]],
  ['macOS .DS_Store', [0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]],
];

export function mediaKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of MEDIA_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

/**
 * Decodes bytes as UTF-8 text, or returns undefined for binary content (NUL bytes or invalid
 * UTF-8 in the first 64 KiB).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
