/**
 * The sandbox's /etc: generated account/resolver files plus the few host files programs need
 * (loader cache, CA certificates, alternatives symlinks), made once per process and bound
 * read-only as one mount. Nothing else of the host's /etc is visible.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { etcFiles } from './bwrap-args.js';

const HOST_ENTRIES = [
  'ld.so.cache',
  'ld.so.conf',
  'ld.so.conf.d',
  'localtime',
  'alternatives',
  'ssl/certs',
  'ssl/openssl.cnf',
  'ca-certificates.conf',
  'mime.types',
];

const made = new Map<string, string>();

/** The sandbox trusts `caPem` (appended to the system bundle and kept as its own file). */
export const SANDBOX_CA_FILE = '/etc/ssl/certs/skillgate-observe-ca.pem';
export const SANDBOX_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

export function etcTemplate(tmpRoot: string, caPem?: string): string {
  const existing = made.get(tmpRoot);
  if (existing && existsSync(existing)) return existing;
  const dir = mkdtempSync(join(tmpRoot, 'skillgate-etc-'));
  chmodSync(dir, 0o755);
  for (const entry of HOST_ENTRIES) {
    const src = `/etc/${entry}`;
    if (existsSync(src)) cpSync(src, join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  if (caPem) {
    const bundle = join(dir, 'ssl/certs/ca-certificates.crt');
    const system = existsSync(bundle) ? readFileSync(bundle, 'utf8') : '';
    rmSync(bundle, { force: true });
    mkdirSync(join(dir, 'ssl/certs'), { recursive: true, mode: 0o755 });
    writeFileSync(bundle, system + caPem, { mode: 0o644 });
    writeFileSync(join(dir, 'ssl/certs/skillgate-observe-ca.pem'), caPem, { mode: 0o644 });
  }
  for (const [name, text] of Object.entries(etcFiles()))
    writeFileSync(join(dir, name), text, { mode: 0o644 });
  made.set(tmpRoot, dir);
  if (made.size === 1)
    process.once('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return dir;
}
