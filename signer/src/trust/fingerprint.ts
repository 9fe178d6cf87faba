import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// canonicalize is CommonJS (`module.exports = serialize`) but its .d.ts declares `export default`:
// under NodeNext the default import is the function itself at run time.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** DER SubjectPublicKeyInfo of a key given as KeyObject, PEM text or DER bytes. */
export function spkiDer(key: KeyObject | string | Uint8Array): Buffer {
  const obj =
    typeof key === 'string'
      ? createPublicKey(key)
      : key instanceof Uint8Array
        ? createPublicKey({ key: Buffer.from(key), format: 'der', type: 'spki' })
        : key.type === 'private'
          ? createPublicKey(key)
          : key;
  return obj.export({ format: 'der', type: 'spki' });
}

/** The key fingerprint we pin and print: sha256 of the SPKI DER, lowercase hex. Also the bundle's key hint. */
export function keyFingerprint(key: KeyObject | string | Uint8Array): string {
  return createHash('sha256').update(spkiDer(key)).digest('hex');
}

/** sha256 (hex) of a JSON value's RFC 8785 canonical form: stable across whitespace and key order. */
export function canonicalDigest(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return createHash('sha256').update(text).digest('hex');
}
