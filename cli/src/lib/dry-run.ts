/**
 * `skillgate publish --dry-run`: everything that can be checked before an upload — the manifest,
 * the pack, the scan the registry will run, the token, and that the registry's trust root is
 * reachable (so a signed result could be verified). Nothing is uploaded.
 */
import { collectFiles, FormatError, packFiles, readSkillPackage } from '@skillgate/format';
import type { RegistryClient } from '../client.js';

export interface DryRunCheck {
  check: 'manifest' | 'pack' | 'scan' | 'token' | 'trust-root';
  ok: boolean;
  detail: string;
}

export interface DryRunResult {
  ok: boolean;
  name?: string;
  version?: string;
  checks: DryRunCheck[];
}

export async function publishDryRun(opts: {
  dir: string;
  client: RegistryClient;
  dynamic?: boolean;
}): Promise<DryRunResult> {
  const checks: DryRunCheck[] = [];
  let name: string | undefined;
  let version: string | undefined;
  try {
    const files = await collectFiles(opts.dir);
    const { manifest } = readSkillPackage(files);
    ({ name, version } = manifest);
    checks.push({
      check: 'manifest',
      ok: true,
      detail: `${name}@${version}: skill.json and SKILL.md agree`,
    });
    const packed = packFiles(files);
    checks.push({
      check: 'pack',
      ok: true,
      detail: `${packed.files.length} files, ${packed.tarball.length} bytes, sha256 ${packed.digests.sha256}`,
    });
    const { scanSkill } = await import('@skillgate/scanner');
    const report = await scanSkill(files, { dynamic: opts.dynamic ?? true });
    checks.push({ check: 'scan', ok: report.verdict === 'pass', detail: report.summary });
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    checks.push({ check: checks.length === 0 ? 'manifest' : 'pack', ok: false, detail: e.message });
  }
  try {
    const who = await opts.client.get<{ user: string; roles: string[] }>('/v1/whoami');
    checks.push({
      check: 'token',
      ok: who.roles.includes('publisher') || who.roles.includes('admin'),
      detail: `${who.user} (${who.roles.join(', ')})`,
    });
  } catch (e) {
    checks.push({ check: 'token', ok: false, detail: (e as Error).message });
  }
  try {
    await opts.client.get<unknown>('/v1/trust-root');
    checks.push({
      check: 'trust-root',
      ok: true,
      detail: `${opts.client.base}/v1/trust-root is reachable`,
    });
  } catch (e) {
    checks.push({ check: 'trust-root', ok: false, detail: (e as Error).message });
  }
  return { ok: checks.every((c) => c.ok), name, version, checks };
}
