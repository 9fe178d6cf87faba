import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SerializedBundle } from '@sigstore/bundle';
import { KeySigner } from '../key/signer.js';
import type { Statement } from '../statement/schema.js';
import { keyTrustRoot } from '../trust/root.js';
import { verifySkill } from '../verify/verify-skill.js';
import {
  clone,
  editPayload,
  fromTarball,
  packSkill,
  policyFor,
  statementFor,
  throwsCode,
  type PackedSkill,
} from './fixtures.js';

describe('verifySkill, key mode', () => {
  let dir: string;
  let signer: KeySigner;
  let skill: PackedSkill;
  let bundle: SerializedBundle;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signer-key-'));
    signer = await KeySigner.open({ keyDir: join(dir, 'keys') });
    skill = await packSkill();
    bundle = await signer.sign(statementFor(skill));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const verify = (over: Partial<Parameters<typeof verifySkill>[0]> = {}) =>
    verifySkill({
      bundle,
      tarballDigests: skill.digests,
      manifestCapabilities: skill.manifest.capabilities,
      trust: signer.trustRoot(),
      policy: policyFor(skill),
      ...over,
    });

  it('accepts the bundle the registry key signed, as object, JSON text or bytes', () => {
    const ok = verify();
    assert.deepEqual(ok.signer, { kind: 'key', fingerprint: signer.fingerprint });
    assert.equal(ok.predicate.verdict, 'pass');
    assert.deepEqual(ok.predicate.capabilities, skill.manifest.capabilities);
    assert.equal(ok.tlogEntries, 0);
    assert.match(ok.bundleDigest, /^sha256:[0-9a-f]{64}$/);
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.equal(verify({ bundle: JSON.stringify(bundle, null, 2) }).bundleDigest, ok.bundleDigest);
    assert.equal(verify({ bundle: Buffer.from(JSON.stringify(bundle)) }).signer.kind, 'key');
  });

  it('rejects a tarball with one byte changed (DIGEST_MISMATCH)', () => {
    const bytes = Buffer.from(skill.tarball);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const tarballDigests = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sha512: createHash('sha512').update(bytes).digest('hex'),
    };
    throwsCode(() => verify({ tarballDigests }), 'DIGEST_MISMATCH');
    // only one of the two digests differing is enough
    throwsCode(
      () => verify({ tarballDigests: { ...skill.digests, sha512: tarballDigests.sha512 } }),
      'DIGEST_MISMATCH',
    );
  });

  it('rejects predicate capabilities edited after signing (SIGNATURE_INVALID)', () => {
    const edited = editPayload(bundle, (s) => {
      s.predicate.capabilities = { ...s.predicate.capabilities, network: ['*.example.net'] };
    });
    throwsCode(() => verify({ bundle: edited }), 'SIGNATURE_INVALID');
  });

  it('rejects a validly signed predicate whose capabilities differ from the shipped skill.json (CAPABILITIES_MISMATCH)', async () => {
    const signed = await signer.sign(
      statementFor(skill, {
        capabilities: { ...skill.manifest.capabilities, exec: ['git', 'curl'] },
      }),
    );
    const e = throwsCode(() => verify({ bundle: signed }), 'CAPABILITIES_MISMATCH');
    assert.match(e.message, /removed: exec:curl/);
    // and the tarball's skill.json read back must be what the verifier compares
    throwsCode(
      () => verify({ manifestCapabilities: { network: ['api.example.com'] } }),
      'CAPABILITIES_MISMATCH',
    );
  });

  it('rejects the bundle of another skill or another version (SUBJECT_MISMATCH)', async () => {
    const other = await packSkill('weather-report', '1.2.4');
    const forOther = await signer.sign(statementFor(other));
    throwsCode(() => verify({ bundle: forOther }), 'SUBJECT_MISMATCH', /weather-report@1\.2\.4/);
    const renamed = await packSkill('tide-table');
    const forRenamed = await signer.sign(statementFor(renamed));
    throwsCode(() => verify({ bundle: forRenamed }), 'SUBJECT_MISMATCH');
  });

  it('checks the subject before the signature', () => {
    const wrongAndForged = editPayload(bundle, (s) => {
      s.subject[0].name = 'weather-report@9.9.9';
    });
    throwsCode(() => verify({ bundle: wrongAndForged }), 'SUBJECT_MISMATCH');
  });

  it('rejects a signature from a key outside the trust root (UNTRUSTED_KEY)', async () => {
    const stranger = KeySigner.fromPrivateKey(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey,
    );
    const foreign = await stranger.sign(statementFor(skill));
    throwsCode(() => verify({ bundle: foreign }), 'UNTRUSTED_KEY');
    // the same bundle verifies against the stranger's own root: the failure is the trust, not the bundle
    assert.equal(verify({ bundle: foreign, trust: stranger.trustRoot() }).signer.kind, 'key');
  });

  it('rejects a stranger signature that claims the registry key as its hint (SIGNATURE_INVALID)', async () => {
    const stranger = KeySigner.fromPrivateKey(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey,
    );
    const forged = clone(await stranger.sign(statementFor(skill)));
    if (forged.verificationMaterial.publicKey)
      forged.verificationMaterial.publicKey.hint = signer.fingerprint;
    throwsCode(() => verify({ bundle: forged }), 'SIGNATURE_INVALID');
  });

  it('rejects a trusted key the policy does not pin (IDENTITY_MISMATCH)', async () => {
    const second = KeySigner.fromPrivateKey(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey,
    );
    const trust = keyTrustRoot([signer.publicKeyPem, second.publicKeyPem]);
    const bySecond = await second.sign(statementFor(skill));
    assert.equal(verify({ bundle: bySecond, trust }).signer.kind, 'key');
    throwsCode(
      () =>
        verify({
          bundle: bySecond,
          trust,
          policy: policyFor(skill, { keyFingerprints: [signer.fingerprint] }),
        }),
      'IDENTITY_MISMATCH',
    );
  });

  it('rejects a bundle without a log entry when the policy requires one (TLOG_MISSING)', () => {
    throwsCode(() => verify({ policy: policyFor(skill, { requireTlog: true }) }), 'TLOG_MISSING');
  });

  it('accepts review only with an approver, and only if the policy allows review', async () => {
    const reviewed = await signer.sign(
      statementFor(skill, { verdict: 'review', approver: 'moderator@example.com' }),
    );
    assert.equal(verify({ bundle: reviewed }).predicate.approver, 'moderator@example.com');
    throwsCode(
      () => verify({ bundle: reviewed, policy: policyFor(skill, { acceptReviewed: false }) }),
      'VERDICT_NOT_ACCEPTED',
    );
    // buildStatement refuses this, so sign the raw statement as a faulty pipeline would
    const raw = statementFor(skill);
    const unapproved: Statement = { ...raw, predicate: { ...raw.predicate, verdict: 'review' } };
    const signed = await signer.sign(unapproved);
    throwsCode(() => verify({ bundle: signed }), 'VERDICT_NOT_ACCEPTED', /no approver/);
  });

  it('rejects a signed predicate that breaks the schema or names another skill (PREDICATE_INVALID)', async () => {
    const raw = statementFor(skill);
    const extra = {
      ...raw,
      predicate: { ...raw.predicate, sandbox: 'off' },
    } as unknown as Statement;
    const extraSigned = await signer.sign(extra);
    throwsCode(() => verify({ bundle: extraSigned }), 'PREDICATE_INVALID', /sandbox/);
    const misnamed: Statement = {
      ...raw,
      predicate: { ...raw.predicate, skill: { name: 'tide-table', version: '1.2.3' } },
    };
    const misnamedSigned = await signer.sign(misnamed);
    throwsCode(() => verify({ bundle: misnamedSigned }), 'PREDICATE_INVALID', /tide-table/);
    const failed = {
      ...raw,
      predicate: { ...raw.predicate, verdict: 'fail' },
    } as unknown as Statement;
    const failedSigned = await signer.sign(failed);
    throwsCode(() => verify({ bundle: failedSigned }), 'PREDICATE_INVALID', /verdict/);
  });

  it('names bad trust roots and policies', () => {
    throwsCode(() => verify({ trust: { mediaType: 'x' } as never }), 'TRUST_ROOT_INVALID');
    const root = signer.trustRoot();
    const wrongId = { ...root, keys: root.keys.map((k) => ({ ...k, keyId: '00'.repeat(32) })) };
    throwsCode(() => verify({ trust: wrongId }), 'TRUST_ROOT_INVALID', /keyId/);
    throwsCode(() => verify({ policy: { name: '', version: '1.2.3' } }), 'POLICY_INVALID');
  });

  it('verifies a tarball re-read from bytes (what install does)', async () => {
    const again = await fromTarball(Buffer.from(skill.tarball));
    assert.equal(
      verify({ tarballDigests: again.digests, manifestCapabilities: again.manifest.capabilities })
        .name,
      'weather-report',
    );
  });
});
