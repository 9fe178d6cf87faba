/**
 * A throw-away certificate authority for the sinkhole: the sandbox trusts it, so TLS a sample
 * opens is terminated by the sinkhole and its plaintext recorded. Made once per process with the
 * host's openssl; the keys live in a root-only directory that is never mounted into a sandbox.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ObserveCa {
  dir: string;
  caCert: string;
  caKey: string;
  /** one key for every leaf certificate the sinkhole signs */
  leafKey: string;
  pem: string;
}

const made = new Map<string, ObserveCa>();

export function observeCa(tmpRoot: string, openssl = '/usr/bin/openssl'): ObserveCa | undefined {
  const cached = made.get(tmpRoot);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpRoot, 'skillgate-ca-'));
  chmodSync(dir, 0o700);
  const caCert = join(dir, 'ca.pem');
  const caKey = join(dir, 'ca.key');
  const leafKey = join(dir, 'leaf.key');
  try {
    const quiet = {
      stdio: ['ignore', 'ignore', 'pipe'] as ['ignore', 'ignore', 'pipe'],
      timeout: 10_000,
    };
    execFileSync(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=skillgate observe CA',
        '-keyout',
        caKey,
        '-out',
        caCert,
      ],
      quiet,
    );
    execFileSync(
      openssl,
      ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', leafKey],
      quiet,
    );
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const ca = { dir, caCert, caKey, leafKey, pem: readFileSync(caCert, 'utf8') };
  made.set(tmpRoot, ca);
  if (made.size === 1)
    process.once('exit', () =>
      made.forEach((c) => rmSync(c.dir, { recursive: true, force: true })),
    );
  return ca;
}
