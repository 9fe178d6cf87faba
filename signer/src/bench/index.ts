/**
 * Verification cost per install against hashing the tarball alone, measured in the same run.
 *   node dist/bench/index.js [--runs N] [--json]
 * Columns (median / p95 ms over N ≥ 200 runs, after 20 warm-up runs):
 *   sha512       createHash('sha512') over the tarball: the baseline
 *   verify       verifySkill with a prepared trust root (a runtime re-verifying its lockfile)
 *   install      what one `skillgate install` does: sha256+sha512 of the tarball, parse the trust root
 *                from JSON, verifySkill. ratio = install / sha512 (medians). Goal: install ≤ 20 ms.
 * Wall time and process CPU time are both reported: the machine is shared, CPU time is steadier.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { digestsOf, packFiles, type Capabilities } from '@skillgate/format';
import { KeySigner } from '../key/signer.js';
import { KeylessSigner } from '../keyless/signer.js';
import type { SerializedBundle } from '../signer.js';
import { buildStatement, summarizeFindings } from '../statement/build.js';
import { startMockSigstore } from '../testing/mock-sigstore.js';
import { prepareTrust } from '../trust/prepare.js';
import type { TrustRootDocument } from '../trust/root.js';
import { verifySkill } from '../verify/verify-skill.js';
import { measure, type Stats } from './stats.js';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = Math.max(200, runsArg >= 0 ? Number(args[runsArg + 1]) || 0 : 300);
const asJSON = args.includes('--json');
const GOAL_MS = 20;

const CAPS: Capabilities = { network: ['api.example.com'], exec: ['git'], env: ['LOG_LEVEL'] };
const POLICY = { name: 'bench-skill', version: '1.0.0' };

/** A packed skill whose payload is `size` bytes of random base64 text (gzip cannot shrink it much). */
function tarballOf(size: number): Buffer {
  const manifest = { ...POLICY, description: 'bench', capabilities: CAPS };
  return packFiles([
    {
      path: 'SKILL.md',
      bytes: Buffer.from('---\nname: bench-skill\ndescription: bench\n---\nbench\n'),
      executable: false,
    },
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(manifest)), executable: false },
    {
      path: 'references/data.txt',
      bytes: Buffer.from(randomBytes(size).toString('base64').slice(0, size)),
      executable: false,
    },
  ]).tarball;
}

interface Row {
  case: string;
  tarballBytes: number;
  sha512: Stats;
  verify: Stats;
  install: Stats;
  ratio: number;
  cpuRatio: number;
  withinGoal: boolean;
}

function bench(
  name: string,
  tarball: Buffer,
  bundle: SerializedBundle,
  trust: TrustRootDocument,
): Row {
  const text = JSON.stringify(bundle);
  const trustText = JSON.stringify(trust);
  const prepared = prepareTrust(JSON.parse(trustText));
  const digests = digestsOf(tarball);
  const run = (d: { sha256: string; sha512: string }, t: TrustRootDocument | typeof prepared) =>
    verifySkill({
      bundle: text,
      tarballDigests: d,
      manifestCapabilities: CAPS,
      trust: t,
      policy: POLICY,
    });
  run(digests, prepared); // fail loudly before timing anything
  const sha512 = measure(() => createHash('sha512').update(tarball).digest(), runs);
  const verify = measure(() => run(digests, prepared), runs);
  const install = measure(
    () => run(digestsOf(tarball), JSON.parse(trustText) as TrustRootDocument),
    runs,
  );
  return {
    case: name,
    tarballBytes: tarball.length,
    sha512,
    verify,
    install,
    ratio: install.medianMs / sha512.medianMs,
    cpuRatio: install.cpuMedianMs / Math.max(sha512.cpuMedianMs, 0.001),
    withinGoal: install.medianMs <= GOAL_MS,
  };
}

async function main(): Promise<void> {
  const statementFor = (tarball: Buffer) =>
    buildStatement({
      ...POLICY,
      digests: digestsOf(tarball),
      capabilities: CAPS,
      verdict: 'pass',
      scanner: { version: '0.1.0', rulesVersion: 'bench' },
      findings: summarizeFindings([]),
      scannedAt: new Date(),
    });
  const key = KeySigner.fromPrivateKey(
    generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey,
  );
  const sigstore = await startMockSigstore();
  const signed: [string, Buffer, SerializedBundle, TrustRootDocument][] = [];
  try {
    for (const size of [64 * 1024, 1024 * 1024]) {
      const tarball = tarballOf(size);
      const label = `${Math.round(tarball.length / 1024)} KiB`;
      const keyless = new KeylessSigner({
        fulcioURL: sigstore.fulcioURL,
        rekorURL: sigstore.rekorURL,
        tsaURL: sigstore.tsaURL,
        identityToken: sigstore.identityToken(),
        retries: 1,
      });
      signed.push([
        `key, ${label}`,
        tarball,
        await key.sign(statementFor(tarball)),
        key.trustRoot(),
      ]);
      signed.push([
        `keyless+rekor+tsa, ${label}`,
        tarball,
        await keyless.sign(statementFor(tarball)),
        sigstore.trustRoot,
      ]);
    }
  } finally {
    await sigstore.close();
  }
  const rows = signed.map(([name, tarball, bundle, trust]) => bench(name, tarball, bundle, trust));
  const load = loadavg().map((l) => l.toFixed(1));
  if (asJSON) {
    process.stdout.write(
      `${JSON.stringify({ runs, goalMs: GOAL_MS, loadavg: load, rows }, null, 2)}\n`,
    );
    return;
  }
  const f = (a: number, b: number) => `${a.toFixed(3).padStart(7)} /${b.toFixed(3).padStart(7)}`;
  const out = [
    `signer bench: ${runs} runs each; ms median / p95; load average ${load.join(' ')}`,
    `${'case'.padEnd(26)}${'sha512 wall'.padStart(18)}${'verify wall'.padStart(18)}${'install wall'.padStart(18)}${'install cpu'.padStart(18)}  ratio(wall, cpu)  goal ${GOAL_MS}ms`,
    ...rows.map(
      (r) =>
        `${r.case.padEnd(26)}${f(r.sha512.medianMs, r.sha512.p95Ms).padStart(18)}${f(r.verify.medianMs, r.verify.p95Ms).padStart(18)}` +
        `${f(r.install.medianMs, r.install.p95Ms).padStart(18)}${f(r.install.cpuMedianMs, r.install.cpuP95Ms).padStart(18)}` +
        `  ${r.ratio.toFixed(1).padStart(6)}x ${r.cpuRatio.toFixed(1).padStart(6)}x  ${r.withinGoal ? 'ok' : 'OVER'}`,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  for (let c = e instanceof Error ? e.cause : undefined, i = 0; c !== undefined && i < 5; i++) {
    process.stderr.write(`  caused by: ${String(c)}\n`);
    c = c instanceof Error ? c.cause : undefined;
  }
  process.exitCode = 1;
});
