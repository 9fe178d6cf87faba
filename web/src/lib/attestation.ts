/** What the web shows from a Sigstore bundle: signer, subject digest, log entry, time, predicate. */
import { certificateIdentity } from './der.js';

export type Signer =
  | { kind: 'key'; hint: string | null }
  | { kind: 'certificate'; identity: string | null; issuer: string | null }
  | { kind: 'unknown' };

export interface TlogInfo {
  logIndex: string;
  logId: string | null;
  integratedTime: string | null;
  kind: string | null;
}

export interface AttestationInfo {
  mediaType: string | null;
  signer: Signer;
  subjectName: string | null;
  sha256: string | null;
  predicateType: string | null;
  predicate: Record<string, unknown> | null;
  tlog: TlogInfo | null;
  rfc3161Timestamps: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;

function b64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function b64ToHex(b64: string): string {
  return Array.from(b64ToBytes(b64), (x) => x.toString(16).padStart(2, '0')).join('');
}

function signerOf(vm: Obj): Signer {
  if (isObj(vm.publicKey)) return { kind: 'key', hint: str(vm.publicKey.hint) };
  let raw: string | null = null;
  if (isObj(vm.certificate)) raw = str(vm.certificate.rawBytes);
  else if (isObj(vm.x509CertificateChain) && Array.isArray(vm.x509CertificateChain.certificates)) {
    const first: unknown = vm.x509CertificateChain.certificates[0];
    if (isObj(first)) raw = str(first.rawBytes);
  }
  if (!raw) return { kind: 'unknown' };
  try {
    return { kind: 'certificate', ...certificateIdentity(b64ToBytes(raw)) };
  } catch {
    return { kind: 'certificate', identity: null, issuer: null };
  }
}

function tlogOf(vm: Obj): TlogInfo | null {
  if (!Array.isArray(vm.tlogEntries)) return null;
  const e: unknown = vm.tlogEntries[0];
  if (!isObj(e)) return null;
  const logIndex = str(e.logIndex);
  if (logIndex === null) return null;
  const t = str(e.integratedTime);
  const logKey = isObj(e.logId) ? str(e.logId.keyId) : null;
  let logId: string | null = null;
  try {
    logId = logKey ? b64ToHex(logKey) : null;
  } catch {
    logId = logKey;
  }
  const kv = isObj(e.kindVersion)
    ? `${str(e.kindVersion.kind) ?? '?'} ${str(e.kindVersion.version) ?? ''}`.trim()
    : null;
  return {
    logIndex,
    logId,
    integratedTime: t && Number(t) > 0 ? new Date(Number(t) * 1000).toISOString() : null,
    kind: kv,
  };
}

/** Parse a bundle for display. Throws only on something that is not a bundle at all. */
export function parseAttestation(bundle: unknown): AttestationInfo {
  if (!isObj(bundle)) throw new Error('the attestation is not a JSON object');
  const vm = isObj(bundle.verificationMaterial) ? bundle.verificationMaterial : {};
  const info: AttestationInfo = {
    mediaType: str(bundle.mediaType),
    signer: signerOf(vm),
    subjectName: null,
    sha256: null,
    predicateType: null,
    predicate: null,
    tlog: tlogOf(vm),
    rfc3161Timestamps: 0,
  };
  const tvd = vm.timestampVerificationData;
  if (isObj(tvd) && Array.isArray(tvd.rfc3161Timestamps))
    info.rfc3161Timestamps = tvd.rfc3161Timestamps.length;
  const env = bundle.dsseEnvelope;
  if (isObj(env) && typeof env.payload === 'string') {
    try {
      const statement: unknown = JSON.parse(new TextDecoder().decode(b64ToBytes(env.payload)));
      if (isObj(statement)) {
        info.predicateType = str(statement.predicateType);
        info.predicate = isObj(statement.predicate) ? statement.predicate : null;
        const subject: unknown = Array.isArray(statement.subject) ? statement.subject[0] : null;
        if (isObj(subject)) {
          info.subjectName = str(subject.name);
          info.sha256 = isObj(subject.digest) ? str(subject.digest.sha256) : null;
        }
      }
    } catch {
      // payload not JSON: shown as "statement unreadable"
    }
  }
  return info;
}
