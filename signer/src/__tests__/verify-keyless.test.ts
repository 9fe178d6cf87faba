import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { SerializedBundle } from '@sigstore/bundle';
import { KeySigner } from '../key/signer.js';
import { KeylessSigner, type KeylessSignerOptions } from '../keyless/signer.js';
import { startMockSigstore, type MockSigstore } from '../testing/mock-sigstore.js';
import { mergeTrustRoots } from '../trust/root.js';
import { verifySkill } from '../verify/verify-skill.js';
import {
  clone,
  editPayload,
  packSkill,
  policyFor,
  rejectsCode,
  statementFor,
  throwsCode,
  type PackedSkill,
} from './fixtures.js';

describe('keyless signing against local Fulcio, Rekor and TSA over HTTP', () => {
  let sigstore: MockSigstore;
  let skill: PackedSkill;
  let full: SerializedBundle; // Fulcio cert + Rekor entry + RFC 3161 timestamp

  const signerFor = (over: Partial<KeylessSignerOptions> = {}) =>
    new KeylessSigner({
      fulcioURL: sigstore.fulcioURL,
      rekorURL: sigstore.rekorURL,
      tsaURL: sigstore.tsaURL,
      identityToken: () => Promise.resolve(sigstore.identityToken()),
      retries: 0,
      ...over,
    });

  const verify = (over: Partial<Parameters<typeof verifySkill>[0]> = {}) =>
    verifySkill({
      bundle: full,
      tarballDigests: skill.digests,
      manifestCapabilities: skill.manifest.capabilities,
      trust: sigstore.trustRoot,
      policy: policyFor(skill),
      ...over,
    });

  before(async () => {
    sigstore = await startMockSigstore();
    skill = await packSkill();
    full = await signerFor().sign(statementFor(skill));
  });
  after(() => sigstore.close());

  it('signs through all three services and verifies certificate, log entry and timestamp', () => {
    assert.deepEqual(sigstore.requests, { fulcio: 1, rekor: 1, tsa: 1 });
    assert.ok(full.verificationMaterial.certificate, 'leaf certificate in the bundle');
    assert.equal(full.verificationMaterial.tlogEntries.length, 1);
    assert.equal(full.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1);
    const ok = verify({ policy: policyFor(skill, { requireTlog: true }) });
    assert.deepEqual(ok.signer, { kind: 'certificate', ...sigstore.identity });
    assert.equal(ok.tlogEntries, 1);
    assert.ok(ok.signedAt && Math.abs(Date.parse(ok.signedAt) - Date.now()) < 10 * 60_000);
  });

  it('rejects predicate capabilities edited after signing (SIGNATURE_INVALID), even with a log entry', () => {
    const edited = editPayload(full, (s) => {
      s.predicate.capabilities = {};
    });
    throwsCode(() => verify({ bundle: edited }), 'SIGNATURE_INVALID');
  });

  it('rejects a certificate for another identity or issuer (IDENTITY_MISMATCH)', async () => {
    const mallory = await signerFor({
      identityToken: sigstore.identityToken({
        subjectAlternativeName: 'https://mallory.example/ci',
      }),
    }).sign(statementFor(skill));
    throwsCode(() => verify({ bundle: mallory }), 'IDENTITY_MISMATCH', /mallory\.example/);
    const otherIssuer = await signerFor({
      identityToken: sigstore.identityToken({ issuer: 'https://accounts.example.org' }),
    }).sign(statementFor(skill));
    throwsCode(
      () => verify({ bundle: otherIssuer }),
      'IDENTITY_MISMATCH',
      /accounts\.example\.org/,
    );
    // a policy identity replaces the trust root's
    const policy = policyFor(skill, {
      identities: [
        { subjectAlternativeName: 'https://mallory.example/ci', issuer: sigstore.identity.issuer },
      ],
    });
    assert.equal(verify({ bundle: mallory, policy }).signer.kind, 'certificate');
    throwsCode(() => verify({ policy }), 'IDENTITY_MISMATCH');
  });

  it('refuses certificates when no signer identity is configured (IDENTITY_MISMATCH)', () => {
    throwsCode(
      () => verify({ trust: { ...sigstore.trustRoot, identities: [] } }),
      'IDENTITY_MISMATCH',
      /no keyless/,
    );
  });

  it('rejects a bundle without a Rekor entry when the policy requires one (TLOG_MISSING)', async () => {
    const tsaOnly = await signerFor({ rekorURL: undefined }).sign(statementFor(skill));
    assert.equal(tsaOnly.verificationMaterial.tlogEntries?.length ?? 0, 0);
    assert.equal(
      verify({ bundle: tsaOnly }).tlogEntries,
      0,
      'a TSA timestamp alone is enough without requireTlog',
    );
    throwsCode(
      () => verify({ bundle: tsaOnly, policy: policyFor(skill, { requireTlog: true }) }),
      'TLOG_MISSING',
    );
    const stripped = clone(full);
    stripped.verificationMaterial.tlogEntries = [];
    throwsCode(
      () => verify({ bundle: stripped, policy: policyFor(skill, { requireTlog: true }) }),
      'TLOG_MISSING',
    );
  });

  it('rejects a certificate bundle with neither log entry nor timestamp (TIMESTAMP_MISSING)', () => {
    const bare = clone(full);
    bare.verificationMaterial.tlogEntries = [];
    bare.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
    throwsCode(() => verify({ bundle: bare }), 'TIMESTAMP_MISSING');
  });

  it('rejects a log entry whose signed fields were altered (TLOG_INVALID)', () => {
    type Entry = SerializedBundle['verificationMaterial']['tlogEntries'][number];
    const alter = (edit: (e: Entry) => void) => {
      const b = clone(full);
      const entry = b.verificationMaterial.tlogEntries[0];
      assert.ok(entry?.inclusionPromise && entry.inclusionProof, 'entry with promise and proof');
      edit(entry);
      return b;
    };
    throwsCode(
      () => verify({ bundle: alter((e) => (e.logIndex = String(Number(e.logIndex) + 1))) }),
      'TLOG_INVALID',
    );
    throwsCode(
      () =>
        verify({
          bundle: alter((e) => (e.integratedTime = String(Number(e.integratedTime) + 60))),
        }),
      'TLOG_INVALID',
    );
    const checkpointForged = alter((e) => {
      e.inclusionPromise = undefined;
      if (e.inclusionProof) {
        const cp = e.inclusionProof.checkpoint.envelope;
        e.inclusionProof.checkpoint.envelope = cp.replace(
          /\n(\d+)\n/,
          (_m, n: string) => `\n${Number(n) + 1}\n`,
        );
        assert.notEqual(e.inclusionProof.checkpoint.envelope, cp);
      }
    });
    throwsCode(() => verify({ bundle: checkpointForged }), 'TLOG_INVALID');
  });

  it('rejects a timestamp that belongs to another signature (TIMESTAMP_INVALID)', async () => {
    const a = await signerFor({ rekorURL: undefined }).sign(statementFor(skill));
    const b = await signerFor({ rekorURL: undefined }).sign(statementFor(skill));
    const swapped = clone(a);
    swapped.verificationMaterial.timestampVerificationData =
      b.verificationMaterial.timestampVerificationData;
    throwsCode(() => verify({ bundle: swapped }), 'TIMESTAMP_INVALID');
  });

  it('rejects a certificate from another Sigstore deployment (UNTRUSTED_CERTIFICATE)', async () => {
    const elsewhere = await startMockSigstore();
    try {
      const foreign = await new KeylessSigner({
        fulcioURL: elsewhere.fulcioURL,
        tsaURL: elsewhere.tsaURL,
        identityToken: elsewhere.identityToken(),
        retries: 0,
      }).sign(statementFor(skill));
      throwsCode(() => verify({ bundle: foreign }), 'UNTRUSTED_CERTIFICATE');
      assert.equal(
        verify({ bundle: foreign, trust: elsewhere.trustRoot }).signer.kind,
        'certificate',
      );
    } finally {
      await elsewhere.close();
    }
  });

  it('verifies key and keyless bundles against one merged trust root', async () => {
    const keySigner = KeySigner.fromPrivateKey(
      (await import('node:crypto')).generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
        .privateKey,
      { rekorURL: sigstore.rekorURL, retries: 0 },
    );
    const trust = mergeTrustRoots(keySigner.trustRoot(), sigstore.trustRoot);
    const keyBundle = await keySigner.sign(statementFor(skill));
    const logged = verify({
      bundle: keyBundle,
      trust,
      policy: policyFor(skill, { requireTlog: true }),
    });
    assert.deepEqual(logged.signer, { kind: 'key', fingerprint: keySigner.fingerprint });
    assert.equal(logged.tlogEntries, 1);
    assert.equal(verify({ trust }).signer.kind, 'certificate');
  });

  it('fails to sign, with SIGNING_FAILED, when Fulcio is unreachable or misconfigured', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    await rejectsCode(
      signerFor({ fulcioURL: `http://127.0.0.1:${port}` }).sign(statementFor(skill)),
      'SIGNING_FAILED',
    );
    assert.throws(
      () => signerFor({ rekorURL: undefined, tsaURL: undefined }),
      /Rekor URL or a TSA URL/,
    );
  });
});
