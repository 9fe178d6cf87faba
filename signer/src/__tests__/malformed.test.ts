import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SerializedBundle } from '@sigstore/bundle';
import { SignerError } from '../errors.js';
import { KeySigner } from '../key/signer.js';
import { verifySkill } from '../verify/verify-skill.js';
import {
  clone,
  packSkill,
  policyFor,
  statementFor,
  throwsCode,
  type PackedSkill,
} from './fixtures.js';

/** A tiny deterministic PRNG so the mutation run is reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('malformed bundles', () => {
  let dir: string;
  let signer: KeySigner;
  let skill: PackedSkill;
  let bundle: SerializedBundle;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signer-malformed-'));
    signer = await KeySigner.open({ keyDir: dir });
    skill = await packSkill();
    bundle = await signer.sign(statementFor(skill));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const verify = (b: unknown) =>
    verifySkill({
      bundle: b,
      tarballDigests: skill.digests,
      manifestCapabilities: skill.manifest.capabilities,
      trust: signer.trustRoot(),
      policy: policyFor(skill),
    });

  const withPayload = (payload: unknown, payloadType = 'application/vnd.in-toto+json') => {
    const b = clone(bundle);
    assert.ok(b.dsseEnvelope);
    b.dsseEnvelope.payloadType = payloadType;
    b.dsseEnvelope.payload = Buffer.from(
      typeof payload === 'string' ? payload : JSON.stringify(payload),
    ).toString('base64');
    return b;
  };
  const statement = () =>
    JSON.parse(JSON.stringify(statementFor(skill))) as Record<string, unknown>;

  const cases: [string, () => unknown][] = [
    ['text that is not JSON', () => '{"mediaType":'],
    ['bytes that are not JSON', () => Buffer.from([0xff, 0xfe, 0x00])],
    ['null', () => null],
    ['a number', () => 42],
    ['an array', () => [bundle]],
    ['an empty object', () => ({})],
    [
      'an unknown media type',
      () => ({ ...clone(bundle), mediaType: 'application/x-not-a-bundle' }),
    ],
    ['no verification material', () => ({ ...clone(bundle), verificationMaterial: undefined })],
    ['no content', () => ({ ...clone(bundle), dsseEnvelope: undefined })],
    [
      'a message signature instead of an attestation',
      () => ({
        mediaType: bundle.mediaType,
        verificationMaterial: bundle.verificationMaterial,
        messageSignature: {
          messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
          signature: bundle.dsseEnvelope?.signatures[0]?.sig,
        },
      }),
    ],
    ['another payload type', () => withPayload(statement(), 'text/plain')],
    ['a payload that is not JSON', () => withPayload('not json {')],
    ['a payload that is a JSON string', () => withPayload('"statement"')],
    [
      'a statement of another type',
      () => withPayload({ ...statement(), _type: 'https://in-toto.io/Statement/v0.1' }),
    ],
    [
      'another predicate type',
      () => withPayload({ ...statement(), predicateType: 'https://slsa.dev/provenance/v1' }),
    ],
    ['no subject', () => withPayload({ ...statement(), subject: [] })],
    [
      'two subjects',
      () =>
        withPayload({
          ...statement(),
          subject: [...(statement().subject as unknown[]), ...(statement().subject as unknown[])],
        }),
    ],
    [
      'a subject without sha512',
      () =>
        withPayload({
          ...statement(),
          subject: [{ name: 'weather-report@1.2.3', digest: { sha256: skill.digests.sha256 } }],
        }),
    ],
    [
      'two signatures',
      () => {
        const b = clone(bundle);
        const sig = b.dsseEnvelope?.signatures[0];
        assert.ok(b.dsseEnvelope && sig);
        b.dsseEnvelope.signatures.push(sig);
        return b;
      },
    ],
    [
      'a certificate that is not DER',
      () => {
        const b = clone(bundle) as unknown as { verificationMaterial: Record<string, unknown> };
        delete b.verificationMaterial.publicKey;
        b.verificationMaterial.certificate = { rawBytes: 'AAAA' };
        return b;
      },
    ],
  ];

  it('rejects a bundle too large to be real without parsing it', () => {
    throwsCode(() => verify(' '.repeat(4 * 1024 * 1024 + 1)), 'BUNDLE_MALFORMED', /larger/);
  });

  it('answers a missing or broken input with POLICY_INVALID, not a TypeError', () => {
    throwsCode(() => verifySkill(undefined as never), 'POLICY_INVALID');
    throwsCode(() => verifySkill({ bundle } as never), 'POLICY_INVALID');
    throwsCode(
      () =>
        verifySkill({
          bundle,
          tarballDigests: undefined as never,
          manifestCapabilities: undefined,
          trust: signer.trustRoot(),
          policy: policyFor(skill),
        }),
      'DIGEST_MISMATCH',
    );
  });

  for (const [name, make] of cases) {
    it(`rejects ${name} with BUNDLE_MALFORMED`, () => {
      throwsCode(() => verify(make()), 'BUNDLE_MALFORMED');
    });
  }

  it('never throws anything but SignerError for 300 random mutations of a valid bundle', () => {
    const text = JSON.stringify(bundle);
    const rand = prng(0x5eed);
    const alphabet = '{}[]",:0123456789abcdefABCDEF+/=-_ \\nulltruefalse';
    const codes = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const chars = [...text];
      const edits = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(rand() * chars.length);
        const op = rand();
        const ch = alphabet[Math.floor(rand() * alphabet.length)] ?? 'x';
        if (op < 0.4) chars[at] = ch;
        else if (op < 0.7) chars.splice(at, 1);
        else chars.splice(at, 0, ch);
      }
      try {
        verify(chars.join(''));
        codes.set('accepted', (codes.get('accepted') ?? 0) + 1);
      } catch (e) {
        assert.ok(e instanceof SignerError, `mutation ${i} threw ${String(e)}`);
        codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      }
    }
    // almost every mutation must be caught; the odd one may hit insignificant whitespace
    assert.ok(
      (codes.get('accepted') ?? 0) < 30,
      `too many mutations accepted: ${JSON.stringify([...codes])}`,
    );
    assert.ok(codes.has('BUNDLE_MALFORMED'));
  });
});
