/** The stages after validate: dynamic scan in the real observe sandbox, policy, idempotent sign. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { digestsOf } from '@skillgate/format';
import { decideVerdict, type ScanReport } from '@skillgate/scanner';
import { createKeySigner } from '@skillgate/signer';
import { inspectTarball } from '../publish/inspect.js';
import { defaultStages } from '../stages/index.js';
import { decidePolicy } from '../stages/policy.js';
import { signStage } from '../stages/sign.js';
import type { StageContext } from '../pipeline/types.js';
import { publishAndSettle, skillTarball, tempDir, testEnv, type TestEnv } from './helpers.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function report(verdict: ScanReport['verdict'], dynamic?: ScanReport['dynamic']): ScanReport {
  return {
    verdict,
    summary: `${verdict}: test`,
    findings: [],
    ...(dynamic ? { dynamic } : {}),
  } as unknown as ScanReport;
}

describe('policy', () => {
  it('fail rejects, review waits, a pass without a dynamic run goes to review', () => {
    const fail = decidePolicy(report('fail'), { requireDynamic: true });
    assert.ok('stop' in fail && fail.stop === 'rejected');
    const rv = decidePolicy(report('review'), { requireDynamic: false });
    assert.ok('stop' in rv && rv.stop === 'review');
    const un = decidePolicy(
      report('pass', { status: 'unavailable', reason: 'no bwrap', runs: [] }),
      {
        requireDynamic: true,
      },
    );
    assert.ok(
      'stop' in un && un.stop === 'review' && un.reason.includes('no bwrap'),
      JSON.stringify(un),
    );
    const ran = decidePolicy(report('pass', { status: 'ran', runs: [] }), { requireDynamic: true });
    assert.ok('ok' in ran && ran.verdict === 'pass');
    const off = decidePolicy(report('pass', { status: 'unavailable', runs: [] }), {
      requireDynamic: false,
    });
    assert.ok('ok' in off);
  });
});

describe('default stages in the in-process pipeline (dynamic stage on, real sandbox)', () => {
  let env: TestEnv;
  let keys: { dir: string; cleanup: () => Promise<void> };
  before(async () => {
    keys = await tempDir('sg-keys-');
    const { stages } = await defaultStages({ keyDir: path.join(keys.dir, 'keys') });
    assert.deepEqual(
      stages.map((s) => s.name),
      ['static-scan', 'dynamic-scan', 'policy', 'sign'],
    );
    env = await testEnv({ stages });
  });
  after(async () => {
    await env.close();
    await keys.cleanup();
  });

  it('a clean skill with a script is run in the sandbox, merged, and signed (or sent to review when the sandbox is unavailable)', async () => {
    const tgz = skillTarball({
      name: 'dyn-clean',
      files: { 'scripts/hello.sh': '#!/bin/sh\necho hello >/dev/null\n' },
    });
    await publishAndSettle(env, env.tokens.alice, tgz);
    const v = await env.store.getVersion('dyn-clean', '1.0.0');
    const r = v?.report as ScanReport;
    assert.ok(r.dynamic, 'the stored report carries the dynamic summary');
    assert.equal(
      r.verdict,
      decideVerdict(r.findings).verdict,
      'verdict recomputed over merged findings',
    );
    if (r.dynamic.status === 'ran') {
      assert.ok(r.dynamic.runs.length >= 1);
      assert.equal(v?.state, 'published', v?.reason ?? '');
      assert.ok(v?.bundleDigest);
    } else {
      assert.equal(v?.state, 'review', 'never signed on static analysis alone');
    }
    const hist = await env.store.history(v?.id ?? '');
    assert.ok(hist.some((h) => h.stage === 'dynamic-scan'));
  });

  it('a static review finding still gets its dynamic run before the policy sends it to review', async () => {
    await publishAndSettle(
      env,
      env.tokens.alice,
      skillTarball({
        name: 'dyn-review',
        files: { 'scripts/run.py': 'import sys\nexec(sys.argv[1])\n' },
      }),
    );
    const v = await env.store.getVersion('dyn-review', '1.0.0');
    assert.equal(v?.state, 'review');
    assert.equal(v?.stage, 'policy');
    assert.ok((v?.report as ScanReport).dynamic);
  });

  it('the sign stage is idempotent: a second run returns the stored bundle, one attestation', async () => {
    const signer = await createKeySigner({ keyDir: path.join(keys.dir, 'keys') });
    const tgz = skillTarball({ name: 'sign-twice' });
    await publishAndSettle(env, env.tokens.alice, tgz);
    const v = await env.store.getVersion('sign-twice', '1.0.0');
    assert.ok(v?.bundleDigest);
    const ctx: StageContext = {
      version: v,
      tarball: tgz,
      unpack: () => inspectTarball(tgz),
      store: env.store,
      blobs: env.blobs,
      report: v.report,
      verdict: 'pass',
      log: quiet,
    };
    const stage = signStage(signer);
    const a = await stage.run(ctx);
    const b = await stage.run(ctx);
    assert.ok('ok' in a && 'ok' in b && a.bundle && b.bundle);
    assert.equal(digestsOf(a.bundle).sha256, v.bundleDigest);
    assert.equal(digestsOf(b.bundle).sha256, v.bundleDigest);
    assert.equal(await env.store.getAttestation(v.id), v.bundleDigest);
  });
});
