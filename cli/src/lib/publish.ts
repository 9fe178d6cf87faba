import { collectFiles, FormatError, packFiles, readSkillPackage } from '@skillgate/format';
import { FINAL_STATES, type PublishAccepted, type VersionDetail } from '../api-types.js';
import { enc, type RegistryClient } from '../client.js';
import { CliError } from '../errors.js';

export type PublishEvent =
  | { type: 'packed'; name: string; version: string; sha256: string; bytes: number; files: number }
  | { type: 'uploaded'; name: string; version: string; state: string }
  | { type: 'state'; state: string; stage?: string; reason?: string; at: string }
  | { type: 'final'; state: string; verdict?: string; reason?: string; signed: boolean };

export interface PublishOptions {
  dir: string;
  client: RegistryClient;
  /** follow the pipeline until a final state (default true) */
  follow?: boolean;
  pollMs?: number;
  timeoutMs?: number;
  onEvent?: (e: PublishEvent) => void;
}

export interface PublishResult {
  name: string;
  version: string;
  sha256: string;
  state: string;
  verdict?: string;
  reason?: string;
  signed: boolean;
}

/** Packs a skill folder, uploads it and follows its state until published, rejected or in review. */
export async function publishSkill(opts: PublishOptions): Promise<PublishResult> {
  const emit = opts.onEvent ?? (() => undefined);
  let packed;
  try {
    const files = await collectFiles(opts.dir);
    const { manifest } = readSkillPackage(files.map((f) => ({ path: f.path, bytes: f.bytes })));
    packed = { manifest, result: packFiles(files) };
  } catch (e) {
    if (e instanceof FormatError) throw new CliError('INPUT', e.message, { cause: e });
    throw e;
  }
  const { manifest, result } = packed;
  emit({
    type: 'packed',
    name: manifest.name,
    version: manifest.version,
    sha256: result.digests.sha256,
    bytes: result.tarball.length,
    files: result.files.length,
  });
  const accepted = await opts.client.json<PublishAccepted>('POST', '/v1/skills', result.tarball);
  emit({ type: 'uploaded', name: accepted.name, version: accepted.version, state: accepted.state });
  const base: PublishResult = {
    name: manifest.name,
    version: manifest.version,
    sha256: result.digests.sha256,
    state: accepted.state,
    signed: false,
  };
  if (opts.follow === false) return base;

  const path = `/v1/skills/${enc(manifest.name)}/versions/${enc(manifest.version)}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  let seen = 0;
  for (;;) {
    const v = await opts.client.get<VersionDetail>(path);
    for (const h of v.history.slice(seen))
      emit({ type: 'state', state: h.state, stage: h.stage, reason: h.reason, at: h.at });
    seen = v.history.length;
    if (FINAL_STATES.has(v.state)) {
      emit({
        type: 'final',
        state: v.state,
        verdict: v.verdict,
        reason: v.reason,
        signed: v.signed,
      });
      return { ...base, state: v.state, verdict: v.verdict, reason: v.reason, signed: v.signed };
    }
    if (Date.now() > deadline) {
      throw new CliError(
        'TIMEOUT',
        `${manifest.name}@${manifest.version} is still ${v.state}${v.stage ? ` (${v.stage})` : ''} after the timeout; follow it with \`skillgate info ${manifest.name}@${manifest.version}\``,
      );
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 250));
  }
}
