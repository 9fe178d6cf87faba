/**
 * Publish a clean corpus skill → signed → `install` verifies and extracts, in key mode (the
 * embedded default) and in keyless mode against local Fulcio/Rekor/TSA (@sigstore/mock handlers
 * over real HTTP on 127.0.0.1). The corpus folder is only read and packed, never executed here.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMockSigstore, type MockSigstore } from '@skillgate/signer/testing';
import { CORPUS, runCli, startServe, type Served } from '../e2e/cli.js';
import { startTamperProxy } from '../e2e/tamper-proxy.js';

const SKILL = 'commit-message-style';
let work: string;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sg-signing-'));
  await cp(path.join(CORPUS, 'skills', SKILL), path.join(work, SKILL), { recursive: true });
});
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function publishAndInstall(
  served: Served,
  label: string,
): Promise<{ lock: { signer?: string; bundleSha256?: string }; verifyOut: string }> {
  const t = await runCli(['token', 'create', '--user', `pub-${label}`, '--json'], {
    env: { SKILLGATE_HOME: served.home },
  });
  assert.equal(t.code, 0, t.stderr);
  const env = {
    SKILLGATE_REGISTRY: served.url,
    SKILLGATE_TOKEN: (JSON.parse(t.stdout) as { token: string }).token,
    SKILLGATE_CONFIG_DIR: path.join(work, `config-${label}`),
  };
  const pub = await runCli(['publish', path.join(work, SKILL), '--json'], { env });
  const result = (
    JSON.parse(pub.stdout.trim().split('\n').at(-1) ?? '{}') as {
      result?: { state: string; signed: boolean };
    }
  ).result;
  assert.equal(result?.state, 'published', pub.stdout + pub.stderr);
  assert.equal(result?.signed, true);
  const root = path.join(work, `app-${label}`);
  await mkdir(root);
  const inst = await runCli(['install', `${SKILL}@latest`, '--root', root], { env });
  assert.equal(inst.code, 0, inst.stderr);
  assert.match(inst.stderr, /pinned the trust root/);
  const lock = JSON.parse(await readFile(path.join(root, 'skillgate-lock.json'), 'utf8')) as {
    skills: Record<string, { signer?: string; bundleSha256?: string }>;
  };
  const v = await runCli(['verify', `${SKILL}@latest`], { env });
  assert.equal(v.code, 0, v.stderr);
  return { lock: lock.skills[SKILL] ?? {}, verifyOut: v.stdout };
}

describe('key mode (embedded default)', () => {
  let served: Served;
  before(async () => {
    served = await startServe();
  });
  after(async () => served?.stop());

  it('signs with the registry key and install verifies it', async () => {
    const { lock, verifyOut } = await publishAndInstall(served, 'key');
    assert.match(lock.signer ?? '', /^key [0-9a-f]{64}$/);
    assert.match(lock.bundleSha256 ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(verifyOut, /verified commit-message-style@.*verdict pass/);
  });
});

describe('keyless mode against local Fulcio, Rekor and TSA', () => {
  let served: Served;
  let sigstore: MockSigstore;
  let tokenFile: string;
  before(async () => {
    sigstore = await startMockSigstore();
    tokenFile = path.join(work, 'oidc-token');
    const trustFile = path.join(work, 'trusted-root.json');
    await writeFile(tokenFile, sigstore.identityToken());
    await writeFile(trustFile, JSON.stringify(sigstore.trustRoot));
    served = await startServe([
      '--signing',
      'keyless',
      '--fulcio-url',
      sigstore.fulcioURL,
      '--rekor-url',
      sigstore.rekorURL,
      '--tsa-url',
      sigstore.tsaURL,
      '--identity-token-file',
      tokenFile,
      '--trust-root',
      trustFile,
    ]);
  });
  after(async () => {
    await served?.stop();
    await sigstore?.close();
  });

  it('signs with a Fulcio certificate, logs to Rekor, timestamps, and install verifies the identity', async () => {
    const { lock } = await publishAndInstall(served, 'keyless');
    assert.equal(
      lock.signer,
      `${sigstore.identity.subjectAlternativeName} (${sigstore.identity.issuer})`,
    );
    assert.ok(
      sigstore.requests.fulcio >= 1 && sigstore.requests.rekor >= 1 && sigstore.requests.tsa >= 1,
      JSON.stringify(sigstore.requests),
    );
  });

  it('install refuses a bundle whose Rekor entry was stripped when the policy needs one (TLOG_MISSING)', async () => {
    const proxy = await startTamperProxy(served.url);
    try {
      proxy.rewrite = (p, body) => {
        if (!p.endsWith('/attestation')) return undefined;
        const b = JSON.parse(body.toString()) as {
          verificationMaterial: { tlogEntries: unknown[] };
        };
        b.verificationMaterial.tlogEntries = [];
        return Buffer.from(JSON.stringify(b));
      };
      const env = {
        SKILLGATE_REGISTRY: proxy.url,
        SKILLGATE_CONFIG_DIR: path.join(work, 'config-keyless'),
      };
      const root = await mkdtemp(path.join(work, 'app-tlog-'));
      const r = await runCli(['install', `${SKILL}@latest`, '--root', root, '--require-tlog'], {
        env,
      });
      assert.equal(r.code, 4, r.stderr);
      assert.match(r.stderr, /TLOG_MISSING/);
      assert.deepEqual(await readdir(root), []);
    } finally {
      await proxy.close();
    }
  });

  it('install refuses a certificate for another identity (IDENTITY_MISMATCH)', async () => {
    // the registry's platform hands it a token for someone else; the trust root still expects the registry
    await writeFile(
      tokenFile,
      sigstore.identityToken({ subjectAlternativeName: 'https://impostor.test/ci' }),
    );
    const manifestFile = path.join(work, SKILL, 'skill.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { version: string };
    manifest.version = '9.9.9';
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
    const t = await runCli(['token', 'create', '--user', 'pub-keyless', '--json'], {
      env: { SKILLGATE_HOME: served.home },
    });
    const env = {
      SKILLGATE_REGISTRY: served.url,
      SKILLGATE_TOKEN: (JSON.parse(t.stdout) as { token: string }).token,
      SKILLGATE_CONFIG_DIR: path.join(work, 'config-keyless'),
    };
    const pub = await runCli(['publish', path.join(work, SKILL), '--json'], { env });
    assert.match(pub.stdout, /"state":"published"/, pub.stdout + pub.stderr);
    const root = await mkdtemp(path.join(work, 'app-identity-'));
    const r = await runCli(['install', `${SKILL}@9.9.9`, '--root', root], { env });
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /IDENTITY_MISMATCH/);
    assert.deepEqual(await readdir(root), []);
  });
});
