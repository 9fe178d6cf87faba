import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KeySigner } from '../key/signer.js';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, loadOrCreateKeyPair } from '../key/keypair.js';
import { keyFingerprint } from '../trust/fingerprint.js';
import { rejectsCode, throwsCode } from './fixtures.js';

describe('registry key pair on disk', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'signer-keys-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('creates a P-256 key on first use with a 0600 private file and reuses it after', async () => {
    const dir = join(root, 'first', 'nested');
    const a = await KeySigner.open({ keyDir: dir });
    assert.equal((await stat(join(dir, PRIVATE_KEY_FILE))).mode & 0o777, 0o600);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
    const pub = await readFile(join(dir, PUBLIC_KEY_FILE), 'utf8');
    assert.equal(pub, a.publicKeyPem);
    assert.equal(keyFingerprint(pub), a.fingerprint);
    const b = await KeySigner.open({ keyDir: dir });
    assert.equal(b.fingerprint, a.fingerprint, 'same key on the second start');
    assert.deepEqual(
      (await readdir(dir)).sort(),
      [PRIVATE_KEY_FILE, PUBLIC_KEY_FILE].sort(),
      'no temp files left',
    );
  });

  it('agrees on one key when several processes start at once', async () => {
    const dir = join(root, 'race');
    const pairs = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKeyPair(dir)));
    assert.equal(new Set(pairs.map((p) => keyFingerprint(p.publicKey))).size, 1);
  });

  it('refuses a private key readable by others', async () => {
    const dir = join(root, 'open');
    await KeySigner.open({ keyDir: dir });
    await chmod(join(dir, PRIVATE_KEY_FILE), 0o644);
    await rejectsCode(KeySigner.open({ keyDir: dir }), 'KEY_INVALID');
  });

  it('refuses a key file that is not a P-256 private key', async () => {
    const dir = join(root, 'rsa');
    await KeySigner.open({ keyDir: dir });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    await writeFile(join(dir, PRIVATE_KEY_FILE), rsa, { mode: 0o600 });
    await rejectsCode(KeySigner.open({ keyDir: dir }), 'KEY_INVALID');
    await writeFile(join(dir, PRIVATE_KEY_FILE), 'garbage', { mode: 0o600 });
    await rejectsCode(KeySigner.open({ keyDir: dir }), 'KEY_INVALID');
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey;
    throwsCode(() => KeySigner.fromPrivateKey(p384), 'KEY_INVALID', /P-256/);
  });
});
