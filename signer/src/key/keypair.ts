/** The registry's ECDSA P-256 signing key on disk: created on first use (0600), reused after. */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignerError, describe } from '../errors.js';

export const PRIVATE_KEY_FILE = 'signing-key.pem';
export const PUBLIC_KEY_FILE = 'signing-key.pub.pem';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Accepts only an EC P-256 private key. Throws KEY_INVALID. */
export function checkP256(privateKey: KeyObject, where: string): KeyPair {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ec') {
    throw new SignerError('KEY_INVALID', `${where}: not an EC private key`);
  }
  if (privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new SignerError('KEY_INVALID', `${where}: curve must be P-256 (prime256v1)`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

async function readPrivate(path: string): Promise<KeyPair> {
  const st = await stat(path);
  if ((st.mode & 0o077) !== 0) {
    throw new SignerError(
      'KEY_INVALID',
      `${path}: permissions ${(st.mode & 0o777).toString(8)} are too open; the private key must be 0600`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(await readFile(path, 'utf8'));
  } catch (e) {
    throw new SignerError('KEY_INVALID', `${path}: not a PEM private key: ${describe(e)}`, {
      cause: e,
    });
  }
  return checkP256(key, path);
}

/**
 * Loads the key pair in `dir`, creating it (dir 0700, private key 0600, public key 0644) when absent.
 * Concurrent first starts agree on one key: the private key file is published with link(2), which
 * fails if another process won, and the loser then reads the winner's key.
 */
export async function loadOrCreateKeyPair(dir: string): Promise<KeyPair> {
  const priv = join(dir, PRIVATE_KEY_FILE);
  const pub = join(dir, PUBLIC_KEY_FILE);
  let pair: KeyPair;
  try {
    pair = await readPrivate(priv);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const tmp = join(dir, `.${PRIVATE_KEY_FILE}.${randomBytes(6).toString('hex')}`);
    await writeFile(tmp, privateKey.export({ format: 'pem', type: 'pkcs8' }), {
      mode: 0o600,
      flag: 'wx',
    });
    try {
      await link(tmp, priv);
    } catch (le) {
      if ((le as NodeJS.ErrnoException).code !== 'EEXIST') throw le;
    } finally {
      await unlink(tmp);
    }
    pair = await readPrivate(priv);
  }
  const pubPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const existing = await readFile(pub, 'utf8').catch(() => undefined);
  if (existing !== pubPem) {
    await writeFile(pub, pubPem, { mode: 0o644 });
    await chmod(pub, 0o644);
  }
  return pair;
}
