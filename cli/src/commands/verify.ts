import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { enc } from '../client.js';
import { CliError, EXIT } from '../errors.js';
import { printJson, printLine, progress } from '../output.js';
import { clientFor, globals } from './context.js';

interface VerifyFlags {
  tarball?: string;
  bundle?: string;
  lockfile?: boolean;
  root: string;
  trustRoot?: string;
  acceptNewTrustRoot?: boolean;
}

export function register(program: Command): void {
  program
    .command('verify')
    .description(
      'verify a skill attestation: from the registry, from local files, or everything in the lockfile',
    )
    .argument('[spec]', 'name@version on the registry')
    .option('--tarball <file>', 'a local .tgz (with --bundle)')
    .option('--bundle <file>', 'its Sigstore bundle JSON')
    .option(
      '--lockfile',
      're-verify every skill in skillgate-lock.json (runtimes call this at load)',
    )
    .option('--root <dir>', 'project root holding skillgate-lock.json', '.')
    .option('--trust-root <file>', 'trust material file (instead of the pinned registry root)')
    .option('--accept-new-trust-root', 'replace a pinned trust root that changed')
    .action(async (spec: string | undefined, o: VerifyFlags, cmd: Command) => {
      const { readSkillPackage, readTarball } = await import('@skillgate/format');
      const { parseSpec, resolveVersion } = await import('../lib/install.js');
      const { loadTrust } = await import('../lib/trust.js');
      const { checkBundle, checkNotRevoked, signerLabel, verifyLockfile } =
        await import('../lib/verify.js');
      const client = clientFor(cmd);
      const json = globals(cmd).json;
      const trust = await loadTrust(client, { file: o.trustRoot, acceptNew: o.acceptNewTrustRoot });
      if (trust.pinned)
        progress(`pinned the trust root of ${client.base}: fingerprint ${trust.fingerprint}`);

      if (o.lockfile) {
        const results = await verifyLockfile({ root: o.root, client, trust: trust.root });
        if (json) printJson({ results });
        else
          for (const r of results)
            printLine(
              `${r.ok ? 'ok  ' : 'FAIL'} ${r.name}@${r.version}${r.ok ? `  signed by ${r.signer}` : `  ${r.error}`}`,
            );
        if (results.some((r) => !r.ok)) process.exitCode = EXIT.verify;
        return;
      }
      let tarball: Buffer;
      let bundle: unknown;
      let wanted: { name: string; version: string } | undefined; // undefined: the tarball's own
      if (o.tarball || o.bundle) {
        if (!o.tarball || !o.bundle)
          throw new CliError('USAGE', '--tarball and --bundle go together');
        tarball = await readFile(o.tarball);
        bundle = JSON.parse(await readFile(o.bundle, 'utf8')) as unknown;
      } else {
        if (!spec)
          throw new CliError('USAGE', 'give name@version, --tarball with --bundle, or --lockfile');
        const parsed = parseSpec(spec);
        wanted = {
          name: parsed.name,
          version: await resolveVersion(client, parsed.name, parsed.range),
        };
        await checkNotRevoked(client, wanted.name, wanted.version);
        const base = `/v1/skills/${enc(wanted.name)}/versions/${enc(wanted.version)}`;
        tarball = await client.bytes(`${base}/tarball`);
        bundle = await client.get<unknown>(`${base}/attestation`);
      }
      const manifest = readSkillPackage(await readTarball(tarball)).manifest;
      const { name, version } = wanted ?? manifest;
      const v = checkBundle({
        bundle,
        tarball,
        capabilities: manifest.capabilities,
        trust: trust.root,
        name,
        version,
      });
      const result = {
        name,
        version,
        verdict: v.predicate.verdict,
        approver: v.predicate.approver,
        signer: signerLabel(v),
        bundleDigest: v.bundleDigest,
        signedAt: v.signedAt,
        tlogEntries: v.tlogEntries,
      };
      if (json) return printJson(result);
      printLine(
        `verified ${name}@${version}: verdict ${result.verdict}${result.approver ? ` (approved by ${result.approver})` : ''}, signed by ${result.signer}`,
      );
    });
}
