/**
 * Just enough DER to show who signed a keyless (Fulcio) certificate: the SubjectAltName
 * (email or URI) and the OIDC issuer extension. Display only; verification is the CLI's job.
 */
interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function readTlv(b: Uint8Array, pos: number, limit: number): Tlv {
  if (pos + 2 > limit) throw new Error('truncated DER');
  const tag = b[pos] as number;
  let len = b[pos + 1] as number;
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) throw new Error('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (b[p++] as number);
  }
  if (p + len > limit) throw new Error('truncated DER');
  return { tag, start: p, end: p + len };
}

function children(b: Uint8Array, t: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let p = t.start; p < t.end && out.length < 4096;) {
    const c = readTlv(b, p, t.end);
    out.push(c);
    p = c.end;
  }
  return out;
}

const hex = (b: Uint8Array, t: Tlv) =>
  Array.from(b.subarray(t.start, t.end), (x) => x.toString(16).padStart(2, '0')).join('');
const text = (b: Uint8Array, t: Tlv) => new TextDecoder().decode(b.subarray(t.start, t.end));

const OID_SAN = '551d11';
/** Fulcio OIDC issuer: 1.3.6.1.4.1.57264.1.1 (raw) and .1.8 (DER UTF8String) */
const OID_ISSUER_V1 = '2b0601040183bf300101';
const OID_ISSUER_V2 = '2b0601040183bf300108';

export interface CertIdentity {
  identity: string | null;
  issuer: string | null;
}

export function certificateIdentity(der: Uint8Array): CertIdentity {
  const out: CertIdentity = { identity: null, issuer: null };
  const cert = readTlv(der, 0, der.length);
  const tbs = children(der, cert)[0];
  if (!tbs) return out;
  const extsWrapper = children(der, tbs).find((c) => c.tag === 0xa3);
  const extSeq = extsWrapper ? children(der, extsWrapper)[0] : undefined;
  if (!extSeq) return out;
  for (const ext of children(der, extSeq)) {
    const parts = children(der, ext);
    const oid = parts[0];
    const value = parts[parts.length - 1];
    if (!oid || !value || value.tag !== 0x04) continue;
    const id = hex(der, oid);
    if (id === OID_SAN) {
      const names = readTlv(der, value.start, value.end);
      for (const n of children(der, names)) {
        // [1] rfc822Name, [6] URI, [2] dNSName
        if (n.tag === 0x81 || n.tag === 0x86 || n.tag === 0x82) {
          out.identity = text(der, n);
          break;
        }
      }
    } else if (id === OID_ISSUER_V2) {
      const s = readTlv(der, value.start, value.end);
      out.issuer = text(der, s);
    } else if (id === OID_ISSUER_V1 && !out.issuer) {
      out.issuer = text(der, value);
    }
  }
  return out;
}
