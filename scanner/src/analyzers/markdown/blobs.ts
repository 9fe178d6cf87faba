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

const HEX = /(?:[0-9a-fA-F]{2}){16,}/g;

const b64ByLength = new Map<number, RegExp>();

/**
 * Whole base64 runs that can reach `minLength` with their `=` padding. A run only starts where no
 * base64 character precedes it, so a start inside a shorter run fails at once instead of every
 * run of 16 or more becoming a match that is then dropped for being short.
 */
function b64Runs(minLength: number): RegExp {
  const n = Math.max(16, minLength - 2);
  let re = b64ByLength.get(n);
  if (!re)
    b64ByLength.set(n, (re = new RegExp(`(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{${n},}={0,2}`, 'g')));
  return re;
}

export function findBlobs(text: string, minLength: number): Blob[] {
  const out: Blob[] = [];
  for (const m of text.matchAll(b64Runs(minLength))) {
    const s = m[0];
    const at = m.index ?? 0;
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
  for (const m of text.matchAll(HEX)) {
    const s = m[0];
    if (s.length < minLength) continue;
    const c = classify(Buffer.from(s, 'hex'));
    if (c.decodes === 'media') continue;
    out.push({ offset: m.index ?? 0, length: s.length, encoding: 'hex', ...c });
  }
  return out;
}
