import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { digestsOf, packFiles, type Capabilities } from '@skillgate/format';
import {
  SIGNER_ERROR_CODES,
  SignerError,
  buildStatement,
  createKeySigner,
  KeylessSigner,
  mergeTrustRoots,
  prepareTrust,
  summarizeFindings,
  verifySkill,
  type PreparedTrust,
  type Statement,
} from '@skillgate/signer';
import { startMockSigstore, type MockSigstore } from '@skillgate/signer/testing';
import { describeError, target, violated, within, type FuzzTarget } from './target.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const CAPS: Capabilities = {
  network: ['api.example.com'],
  fs: { read: ['./data/**'] },
  exec: ['git'],
  env: [{ name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
};

interface Material {
  bundles: Json[];
  statement: Statement;
  digests: { sha256: string; sha512: string };
  trust: PreparedTrust;
  sigstore: MockSigstore;
  keyDir: string;
}

let material: Material | undefined;

/** One edit of a bundle's JSON tree, addressed by a path of indexes resolved against the tree. */
export interface BundleEdit {
  path: number[];
  op: 'delete' | 'replace' | 'flip-base64' | 'flip-string' | 'duplicate' | 'swap-type';
  value: Json;
  at: number;
}

const edit: fc.Arbitrary<BundleEdit> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  op: fc.constantFrom(
    'delete',
    'replace',
    'flip-base64',
    'flip-base64',
    'flip-string',
    'duplicate',
    'swap-type',
  ),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(
      '',
      'AAAA',
      '====',
      '-1',
      'application/vnd.dev.sigstore.bundle.v0.1+json',
      null,
      [],
      {},
      1e300,
    ),
  ),
  at: fc.nat(),
});

function children(node: Json): [string | number, Json][] {
  if (Array.isArray(node)) return node.map((v, i) => [i, v]);
  if (node !== null && typeof node === 'object') return Object.entries(node);
  return [];
}

function flipBase64(s: string, at: number): string {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(s, 'base64');
  } catch {
    return s;
  }
  if (bytes.length === 0) return s + 'A';
  const i = at % bytes.length;
  bytes[i] = (bytes[i] ?? 0) ^ (1 << (at % 8));
  return bytes.toString('base64');
}

/** Applies an edit in place: walks the index path down the tree, then changes the node it reached. */
export function applyEdit(root: Json, e: BundleEdit): void {
  let parent: Json = root;
  let key: string | number | undefined;
  for (const step of e.path) {
    const node: Json =
      key === undefined ? parent : ((parent as Record<string | number, Json>)[key] as Json);
    const kids = children(node);
    if (kids.length === 0) break;
    const pick = kids[step % kids.length];
    if (!pick) break;
    if (key !== undefined) parent = node;
    key = pick[0];
  }
  if (key === undefined) return;
  const holder = parent as Record<string | number, Json> & Json[];
  const current = holder[key];
  switch (e.op) {
    case 'delete':
      if (Array.isArray(holder) && typeof key === 'number') holder.splice(key, 1);
      else delete holder[key];
      return;
    case 'replace':
      holder[key] = e.value;
      return;
    case 'flip-base64':
      if (typeof current === 'string') holder[key] = flipBase64(current, e.at);
      return;
    case 'flip-string':
      if (typeof current === 'string' && current.length > 0) {
        const i = e.at % current.length;
        holder[key] =
          current.slice(0, i) +
          String.fromCharCode(current.charCodeAt(i) ^ 1) +
          current.slice(i + 1);
      }
      return;
    case 'duplicate':
      if (Array.isArray(holder) && current !== undefined) holder.push(structuredClone(current));
      else if (Array.isArray(current)) current.push(...structuredClone(current));
      return;
    case 'swap-type':
      holder[key] = typeof current === 'string' ? [current] : JSON.stringify(current ?? null);
      return;
  }
}

export interface BundleCase {
  which: number;
  edits: BundleEdit[];
  /** also hand the verifier text or bytes instead of parsed JSON, possibly cut */
  form: 'object' | 'text' | 'bytes' | 'truncated-text';
  cut: number;
}

async function makeMaterial(): Promise<Material> {
  const keyDir = await mkdtemp(path.join(tmpdir(), 'sg-fuzz-keys-'));
  const manifest = {
    name: 'weather-report',
    version: '1.2.3',
    description: 'weather',
    license: 'MIT',
    capabilities: CAPS,
  };
  const { tarball } = packFiles([
    {
      path: 'SKILL.md',
      bytes: Buffer.from('---\nname: weather-report\ndescription: weather\n---\nhi\n'),
      executable: false,
    },
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(manifest)), executable: false },
  ]);
  const digests = digestsOf(tarball);
  const statement = buildStatement({
    name: manifest.name,
    version: manifest.version,
    digests,
    capabilities: CAPS,
    verdict: 'pass',
    scanner: { version: '0.1.0', rulesVersion: 'fuzz' },
    findings: summarizeFindings([]),
    scannedAt: '2026-11-23T12:00:00.000Z',
  });
  const sigstore = await startMockSigstore();
  const keySigner = await createKeySigner({ keyDir });
  const keyless = new KeylessSigner({
    fulcioURL: sigstore.fulcioURL,
    rekorURL: sigstore.rekorURL,
    tsaURL: sigstore.tsaURL,
    identityToken: () => Promise.resolve(sigstore.identityToken()),
    retries: 0,
  });
  const bundles = [
    (await keySigner.sign(statement)) as unknown as Json,
    (await keyless.sign(statement)) as unknown as Json,
  ];
  const trust = prepareTrust(mergeTrustRoots(keySigner.trustRoot(), sigstore.trustRoot));
  return { bundles, statement, digests, trust, sigstore, keyDir };
}

const CODES = new Set<string>(SIGNER_ERROR_CODES);

/**
 * verifySkill on mutated Sigstore bundles (key-signed and keyless with Rekor + TSA): it throws only
 * SignerError with a known code, never hangs, and whenever it accepts, what it vouches for is exactly
 * the statement that was signed.
 */
export const bundleTarget: FuzzTarget = target<BundleCase>({
  name: 'bundle/verifySkill',
  arbitrary: () =>
    fc.record({
      which: fc.nat(1),
      edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
      form: fc.constantFrom('object', 'object', 'object', 'text', 'bytes', 'truncated-text'),
      cut: fc.nat(),
    }),
  async setup() {
    material = await makeMaterial();
    // the unmutated bundles must verify, or the target tests nothing
    for (const b of material.bundles) {
      verifySkill({
        bundle: b,
        tarballDigests: material.digests,
        manifestCapabilities: CAPS,
        trust: material.trust,
        policy: { name: 'weather-report', version: '1.2.3' },
      });
    }
  },
  async teardown() {
    if (!material) return;
    await material.sigstore.close();
    await rm(material.keyDir, { recursive: true, force: true });
    material = undefined;
  },
  async check(c) {
    const m = material;
    if (!m) throw new Error('bundle target used without setup');
    const doc = structuredClone(m.bundles[c.which % m.bundles.length]) as Json;
    for (const e of c.edits) applyEdit(doc, e);
    const text = JSON.stringify(doc);
    const bundle: unknown =
      c.form === 'object'
        ? doc
        : c.form === 'text'
          ? text
          : c.form === 'bytes'
            ? Buffer.from(text)
            : text.slice(0, c.cut % (text.length + 1));
    let ok: ReturnType<typeof verifySkill>;
    try {
      ok = await within(
        Promise.resolve().then(() =>
          verifySkill({
            bundle,
            tarballDigests: m.digests,
            manifestCapabilities: CAPS,
            trust: m.trust,
            policy: { name: 'weather-report', version: '1.2.3' },
          }),
        ),
        10_000,
        'verifySkill',
      );
    } catch (e) {
      if (!(e instanceof SignerError)) violated(`threw ${describeError(e)}, not a SignerError`, e);
      if (!CODES.has(e.code)) violated(`SignerError with unknown code ${String(e.code)}`);
      return e.code;
    }
    if (JSON.stringify(ok.statement) !== JSON.stringify(m.statement))
      violated(
        `accepted a bundle whose statement differs from the signed one: ${JSON.stringify(ok.statement).slice(0, 200)}`,
      );
    if (ok.name !== 'weather-report' || ok.version !== '1.2.3' || ok.predicate.verdict !== 'pass')
      violated('accepted with a different name, version or verdict');
    return 'accepted';
  },
});
