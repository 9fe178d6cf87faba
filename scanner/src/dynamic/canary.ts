/**
 * Finds planted secrets in bytes a sample sent, also when encoded: raw, URL-encoded, base64 /
 * base64url, hex and base32 runs are decoded and searched. Each canary is matched by its random
 * part (16+ hex characters), case-insensitively, so framing and prefixes do not matter. Pure.
 */
import { constants, gunzipSync, inflateSync } from 'node:zlib';
import type { Canary } from '@skillgate/sandbox';

export interface CanaryHit {
  canary: Canary;
  encoding:
    'raw' | 'url' | 'base64' | 'hex' | 'base32' | 'base64+gzip' | 'hex+gzip' | 'base32+gzip';
}

export function canaryNeedle(c: Canary): string {
  const runs = c.value.match(/[0-9a-fA-F]{16,}/g) ?? [c.value];
  return runs.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase();
}

export function findCanaries(data: Buffer | string, canaries: readonly Canary[]): CanaryHit[] {
  const text = typeof data === 'string' ? data : data.toString('latin1');
  const views: { encoding: CanaryHit['encoding']; text: string }[] = [
    { encoding: 'raw', text: text.toLowerCase() },
  ];
  if (text.includes('%')) {
    try {
      views.push({
        encoding: 'url',
        text: decodeURIComponent(text.replace(/\+/g, ' ')).toLowerCase(),
      });
    } catch {
      views.push({
        encoding: 'url',
        text: text
          .replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
          .toLowerCase(),
      });
    }
  }
  for (const run of text.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) ?? []) {
    for (let shift = 0; shift < 4; shift++) {
      const s = run.slice(shift).replace(/-/g, '+').replace(/_/g, '/');
      addDecoded(views, 'base64', Buffer.from(s, 'base64'));
    }
  }
  for (const run of text.match(/(?:[0-9a-fA-F]{2}){8,}/g) ?? []) {
    for (const shift of [0, 1]) addDecoded(views, 'hex', Buffer.from(run.slice(shift), 'hex'));
  }
  for (const run of text.match(/[A-Za-z2-7]{16,}={0,6}/g) ?? [])
    addDecoded(views, 'base32', base32(run));
  const hits: CanaryHit[] = [];
  for (const canary of canaries) {
    const needle = canaryNeedle(canary);
    const v = views.find((x) => x.text.includes(needle));
    if (v) hits.push({ canary, encoding: v.encoding });
  }
  return hits;
}

type View = { encoding: CanaryHit['encoding']; text: string };

/** Adds a decoded buffer, and its gzip/zlib inflation when it looks compressed (truncation tolerated). */
function addDecoded(views: View[], encoding: 'base64' | 'hex' | 'base32', buf: Buffer): void {
  views.push({ encoding, text: buf.toString('latin1').toLowerCase() });
  const gz = buf[0] === 0x1f && buf[1] === 0x8b;
  const zl = buf[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(buf[1] ?? 0);
  if (!gz && !zl) return;
  try {
    const opts = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 };
    const out = gz ? gunzipSync(buf, opts) : inflateSync(buf, opts);
    views.push({ encoding: `${encoding}+gzip`, text: out.toString('latin1').toLowerCase() });
  } catch {
    /* not really compressed */
  }
}

function base32(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of s.toUpperCase().replace(/=+$/, '')) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) break;
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
