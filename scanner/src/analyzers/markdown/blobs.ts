/**
 * Long base64/hex runs: decoded, classified (text, executable, media) and handed back for
 * another scan. Media (images, fonts, PDFs, archives of known type) and data: URIs of media are
 * not findings.
 */
import { base64Decode, guessLanguage, printable } from '../bash/decode.js';
import { looksLikeShell } from './commands.js';

export interface Blob {
  offset: number;
  length: number;
  encoding: 'base64' | 'hex';
  decodes: 'text' | 'executable' | 'media' | 'binary';
  text?: string;
  language: 'bash' | 'python' | 'javascript' | 'text';
}

const MEDIA: number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x52, 0x49, 0x46, 0x46],
  [0x25, 0x50, 0x44, 0x46],
  [0x00, 0x00, 0x01, 0x00],
  [0x77, 0x4f, 0x46, 0x46],
  [0x77, 0x4f, 0x46, 0x32],
  [0x00, 0x01, 0x00, 0x00],
  [0x4f, 0x54, 0x54, 0x4f],
  [0x49, 0x44, 0x33],
  [0x1a, 0x45, 0xdf, 0xa3],
];
const EXECUTABLE: number[][] = [
  [0x7f, 0x45, 0x4c, 0x46],
  [0x4d, 0x5a],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x00, 0x61, 0x73, 0x6d],
];

const starts = (b: Buffer, m: number[]) => m.every((x, i) => b[i] === x);

function classify(bytes: Buffer): Pick<Blob, 'decodes' | 'text' | 'language'> {
  if (EXECUTABLE.some((m) => starts(bytes, m))) return { decodes: 'executable', language: 'text' };
  if (MEDIA.some((m) => starts(bytes, m))) return { decodes: 'media', language: 'text' };
  const text = printable(bytes);
  if (text) {
    const guess = guessLanguage(text);
    const language =
      guess === 'bash' ? (looksLikeShell(text) || text.startsWith('#!') ? 'bash' : 'text') : guess;
    return { decodes: 'text', text, language };
  }
  return { decodes: 'binary', language: 'text' };
}

/** classes of ASCII characters, a bit each: base64 or base64url (`[A-Za-z0-9+/_-]`), hex digit */
const B64 = 1;
const HEX = 2;
const CHAR_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return (/[A-Za-z0-9+/_-]/.test(ch) ? B64 : 0) | (/[0-9a-fA-F]/.test(ch) ? HEX : 0);
});

/**
 * the maximal runs of characters of class `bit` (CHAR_CLASS) that are at least `n` long, as
 * [start, end]; a table lookup per character (all of a file's text is read this way, twice)
 */
function charRuns(text: string, bit: number, n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const len = text.length;
  for (let i = 0; i < len;) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ((CHAR_CLASS[c] as number) & bit) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < len; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128 || ((CHAR_CLASS[d] as number) & bit) === 0) break;
    }
    if (j - i >= n) out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * The matches of `/(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{n,}={0,2}/g` as [offset, end], found in
 * one pass without a regex attempt at every character: a match is a whole run of base64
 * characters (nothing of the class before it, and the class repeated greedily to its end) at
 * least `n` long, with the `=` padding that follows, at most two.
 */
function b64Runs(text: string, n: number): Array<[number, number]> {
  return charRuns(text, B64, n).map(([i, j]) => {
    let e = j;
    while (e < text.length && e - j < 2 && text.charCodeAt(e) === 61) e++;
    return [i, e];
  });
}

/**
 * The matches of `/(?:[0-9a-fA-F]{2}){16,}/g`: a run of hex digits 32 or more long, taken from
 * its first digit in pairs (an odd last digit stays out; no later start in the run can reach 32).
 */
function hexRuns(text: string): Array<[number, number]> {
  return charRuns(text, HEX, 32).map(([i, j]) => [i, j - ((j - i) & 1)]);
}

export function findBlobs(text: string, minLength: number): Blob[] {
  const out: Blob[] = [];
  // a run only reaching `minLength` with its `=` padding is still a candidate
  for (const [at, end] of b64Runs(text, Math.max(16, minLength - 2))) {
    const s = text.slice(at, end);
    if (s.length < minLength) continue;
    if (!/[A-Z]/.test(s) || !/[a-z]/.test(s) || !/[0-9]/.test(s)) continue;
    if (/^[0-9a-fA-F]+$/.test(s)) continue;
    const prefix = text.slice(Math.max(0, at - 60), at);
    if (
      /data:(?:image|font|audio|video|application\/(?:pdf|font|octet-stream))[^;,\s]*;base64,$/i.test(
        prefix,
      )
    )
      continue;
    const bytes = base64Decode(s);
    if (!bytes) continue;
    const c = classify(bytes);
    if (c.decodes === 'media') continue;
    out.push({ offset: at, length: s.length, encoding: 'base64', ...c });
  }
  for (const [at, end] of hexRuns(text)) {
    const s = text.slice(at, end);
    if (s.length < minLength) continue;
    const c = classify(Buffer.from(s, 'hex'));
    if (c.decodes === 'media') continue;
    out.push({ offset: at, length: s.length, encoding: 'hex', ...c });
  }
  return out;
}
