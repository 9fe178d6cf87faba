import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalDigest, keyFingerprint, spkiDer } from '../trust/fingerprint.js';
import { prepareTrust } from '../trust/prepare.js';
import {
  keyTrustRoot,
  mergeTrustRoots,
  parseTrustRoot,
  trustRootFingerprint,
} from '../trust/root.js';
import { throwsCode } from './fixtures.js';

const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;

describe('trust roots', () => {
  it('fingerprints a key as sha256 of its SPKI DER, whatever form it comes in', () => {
    const k = p256();
    const der = k.export({ format: 'der', type: 'spki' });
    const expected = createHash('sha256').update(der).digest('hex');
    assert.equal(keyFingerprint(k), expected);
    assert.equal(keyFingerprint(k.export({ format: 'pem', type: 'spki' }).toString()), expected);
    assert.equal(keyFingerprint(der), expected);
    assert.deepEqual(spkiDer(k), der);
  });

  it('fingerprints a root independently of key order and whitespace, and changes when a key changes', () => {
    const [a, b] = [p256(), p256()];
    const root = keyTrustRoot([a]);
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = JSON.parse(JSON.stringify(reverseKeys(root), null, 4)) as typeof root;
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(root));
    assert.equal(trustRootFingerprint(reordered), trustRootFingerprint(root));
    assert.notEqual(trustRootFingerprint(keyTrustRoot([b])), trustRootFingerprint(root));
    assert.equal(canonicalDigest({ x: 1, y: [2] }), canonicalDigest({ y: [2], x: 1 }));
  });

  it('round-trips through JSON text and merges without duplicates', () => {
    const [a, b] = [p256(), p256()];
    const root = keyTrustRoot([a]);
    assert.deepEqual(parseTrustRoot(JSON.stringify(root)), root);
    const merged = mergeTrustRoots(root, keyTrustRoot([a, b]), root);
    assert.deepEqual(
      merged.keys.map((k) => k.keyId),
      [keyFingerprint(a), keyFingerprint(b)],
    );
    assert.equal(prepareTrust(merged).keys.size, 2);
  });

  it('names what is wrong with a bad root', () => {
    const good = keyTrustRoot([p256()]);
    throwsCode(() => parseTrustRoot('nope'), 'TRUST_ROOT_INVALID', /not JSON/);
    throwsCode(
      () => parseTrustRoot({ ...good, mediaType: 'x' }),
      'TRUST_ROOT_INVALID',
      /mediaType/,
    );
    throwsCode(() => parseTrustRoot({ ...good, keys: [{}] }), 'TRUST_ROOT_INVALID', /keys\[0\]/);
    throwsCode(
      () => parseTrustRoot({ ...good, identities: [{ issuer: 'x' }] }),
      'TRUST_ROOT_INVALID',
      /identities\[0\]/,
    );
    throwsCode(
      () => parseTrustRoot({ ...good, trustedRoot: { ...good.trustedRoot, tlogs: 'none' } }),
      'TRUST_ROOT_INVALID',
      /trustedRoot\.tlogs/,
    );
    const badKey = {
      ...good,
      keys: [
        { keyId: 'ab', publicKey: { rawBytes: 'AAAA', keyDetails: 'PKIX_ECDSA_P256_SHA_256' } },
      ],
    };
    throwsCode(() => prepareTrust(badKey), 'TRUST_ROOT_INVALID', /keys\[0\]/);
    const badCA = {
      ...good,
      trustedRoot: {
        ...good.trustedRoot,
        certificateAuthorities: [{ certChain: { certificates: [{ rawBytes: 'AAAA' }] } }],
      },
    };
    throwsCode(() => prepareTrust(badCA), 'TRUST_ROOT_INVALID', /trustedRoot/);
  });
});
