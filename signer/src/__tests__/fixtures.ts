/** Shared test material: a real packed skill, statements, bundle surgery and code assertions. */
import assert from 'node:assert/strict';
import {
  digestsOf,
  packFiles,
  readSkillPackage,
  readTarball,
  type Capabilities,
  type Digests,
  type Manifest,
} from '@skillgate/format';
import type { SerializedBundle } from '@sigstore/bundle';
import { SignerError, type SignerErrorCode } from '../errors.js';
import { buildStatement, summarizeFindings, type StatementInput } from '../statement/build.js';
import type { Statement } from '../statement/schema.js';

export const CAPS: Capabilities = {
  network: ['api.example.com'],
  fs: { read: ['./data/**'], write: ['./out/**'] },
  exec: ['git'],
  env: ['LOG_LEVEL', { name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
};

export interface PackedSkill {
  tarball: Buffer;
  digests: Digests;
  manifest: Manifest;
}

/** Packs a small skill with format's deterministic packer and reads its manifest back from the tarball. */
export async function packSkill(
  name = 'weather-report',
  version = '1.2.3',
  capabilities: Capabilities = CAPS,
): Promise<PackedSkill> {
  const manifest = {
    name,
    version,
    description: 'Fetches a weather report',
    license: 'MIT',
    capabilities,
  };
  const { tarball } = packFiles([
    {
      path: 'SKILL.md',
      bytes: Buffer.from(`---\nname: ${name}\ndescription: weather\n---\nRun scripts/report.sh\n`),
      executable: false,
    },
    {
      path: 'skill.json',
      bytes: Buffer.from(JSON.stringify(manifest, null, 2)),
      executable: false,
    },
    { path: 'scripts/report.sh', bytes: Buffer.from('#!/bin/sh\necho sunny\n'), executable: true },
  ]);
  return fromTarball(tarball);
}

/** What an installer knows about a tarball: its digests and its own skill.json. */
export async function fromTarball(tarball: Buffer): Promise<PackedSkill> {
  const files = await readTarball(tarball);
  const { manifest } = readSkillPackage(
    files.map((f) => ({ path: f.path, bytes: Buffer.from(f.bytes) })),
  );
  return { tarball, digests: digestsOf(tarball), manifest };
}

export function statementFor(skill: PackedSkill, over: Partial<StatementInput> = {}): Statement {
  return buildStatement({
    name: skill.manifest.name,
    version: skill.manifest.version,
    digests: skill.digests,
    capabilities: skill.manifest.capabilities,
    verdict: 'pass',
    scanner: { version: '0.1.0', rulesVersion: '2026.11.1' },
    findings: summarizeFindings([{ ruleId: 'net-undeclared-host', severity: 'info' }]),
    scannedAt: '2026-11-23T12:00:00.000Z',
    ...over,
  });
}

export function policyFor(skill: PackedSkill, extra: Record<string, unknown> = {}) {
  return { name: skill.manifest.name, version: skill.manifest.version, ...extra };
}

/** A deep copy of a bundle's JSON. */
export function clone(bundle: SerializedBundle): SerializedBundle {
  return JSON.parse(JSON.stringify(bundle)) as SerializedBundle;
}

/** Re-encodes the DSSE payload after `edit`, keeping the original signature (what a tamperer can do). */
export function editPayload(
  bundle: SerializedBundle,
  edit: (s: Statement) => void,
): SerializedBundle {
  const b = clone(bundle);
  assert.ok(b.dsseEnvelope, 'DSSE bundle expected');
  const statement = JSON.parse(
    Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as Statement;
  edit(statement);
  b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  return b;
}

export function throwsCode(
  fn: () => unknown,
  code: SignerErrorCode,
  message?: RegExp,
): SignerError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof SignerError, `expected SignerError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, `expected ${code}, got ${caught.code}: ${caught.message}`);
  if (message) assert.match(caught.message, message);
  return caught;
}

export async function rejectsCode(
  p: Promise<unknown>,
  code: SignerErrorCode,
): Promise<SignerError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof SignerError, `expected SignerError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, `expected ${code}, got ${caught.code}: ${caught.message}`);
  return caught;
}
