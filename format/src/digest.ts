import { createHash } from 'node:crypto';

export interface Digests {
  sha256: string; // hex
  sha512: string; // hex
  /** npm-style SRI string: `sha512-<base64>` */
  integrity: string;
}

export function digestsOf(bytes: Uint8Array): Digests {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const s512 = createHash('sha512').update(bytes).digest();
  return { sha256, sha512: s512.toString('hex'), integrity: `sha512-${s512.toString('base64')}` };
}
