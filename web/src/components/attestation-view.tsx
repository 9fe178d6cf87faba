import { getJson, paths } from '../api/client.js';
import type { VersionDetail } from '../api/types.js';
import { parseAttestation, type AttestationInfo } from '../lib/attestation.js';
import { formatDate } from '../lib/format.js';
import { useFetch } from '../lib/use-fetch.js';
import { CommandLine } from './copy-button.js';
import { ErrorNote, Skeleton } from './notes.js';

function signerText(a: AttestationInfo): string {
  const s = a.signer;
  if (s.kind === 'key') return `registry key${s.hint ? ` ${s.hint}` : ''}`;
  if (s.kind === 'certificate')
    return `${s.identity ?? 'unknown identity'}${s.issuer ? ` (issued by ${s.issuer})` : ''} via a Fulcio certificate`;
  return 'unknown signer';
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function Facts({ a, detail }: { a: AttestationInfo; detail: VersionDetail }) {
  const digestOk = a.sha256 !== null && a.sha256 === detail.integrity.sha256;
  const p = a.predicate ?? {};
  const verdict = str(p.verdict);
  const approver = str(p.approver);
  const time = a.tlog?.integratedTime ?? str(p.scannedAt);
  return (
    <dl class="facts attestation">
      <dt>Signer</dt>
      <dd data-testid="att-signer">{signerText(a)}</dd>
      <dt>Subject digest</dt>
      <dd>
        <code class="digest" data-testid="att-digest">
          sha256:{a.sha256 ?? 'missing'}
        </code>
        <br />
        {digestOk ? (
          <span class="ok">matches the tarball this registry serves</span>
        ) : (
          <span class="bad">does not match the tarball's sha256 ({detail.integrity.sha256})</span>
        )}
      </dd>
      <dt>Attested verdict</dt>
      <dd>
        {verdict ?? 'missing'}
        {approver ? `, approved by ${approver}` : ''}
      </dd>
      <dt>Transparency log</dt>
      <dd data-testid="att-log">
        {a.tlog ? (
          <>
            entry #{a.tlog.logIndex}
            {a.tlog.kind ? ` (${a.tlog.kind})` : ''}
            {a.tlog.logId ? (
              <>
                {' '}
                in log <code class="digest">{a.tlog.logId.slice(0, 16)}…</code>
              </>
            ) : null}
          </>
        ) : (
          'none (signed with the registry key; no public log)'
        )}
        {a.rfc3161Timestamps > 0 ? `; ${a.rfc3161Timestamps} RFC 3161 timestamp(s)` : ''}
      </dd>
      <dt>Time</dt>
      <dd data-testid="att-time">
        {time ? formatDate(time) : '—'}
        {a.tlog?.integratedTime ? ' (log integration time)' : time ? ' (scan time)' : ''}
      </dd>
      <dt>Statement</dt>
      <dd>
        <code class="small">{a.predicateType ?? 'unreadable'}</code>
      </dd>
    </dl>
  );
}

/** The Sigstore attestation of a published version and how to check it yourself. */
export function AttestationView({ detail }: { detail: VersionDetail }) {
  const ref = `${detail.name}@${detail.version}`;
  const available = detail.state === 'published' && detail.signed;
  const bundle = useFetch<AttestationInfo>(available ? `att:${ref}` : null, async (signal) =>
    parseAttestation(
      await getJson<unknown>(paths.attestation(detail.name, detail.version), { signal }),
    ),
  );
  return (
    <section class="panel" aria-labelledby="verify-h">
      <h2 id="verify-h">Verification</h2>
      {!available ? (
        <p class="note">
          This version has no attestation: it is {detail.state}, not published and signed.
        </p>
      ) : bundle.status === 'loading' ? (
        <Skeleton lines={6} class="sk-attestation" />
      ) : bundle.status === 'error' ? (
        <ErrorNote error={bundle.error} what="the attestation" />
      ) : (
        <Facts a={bundle.data} detail={detail} />
      )}
      <p class="hint">
        Check the signature, digest and capabilities yourself before you trust them:
      </p>
      <CommandLine command={`skillgate verify ${ref}`} label="verify command" />
      <p class="hint">
        <a href={paths.attestation(detail.name, detail.version)}>
          Download the Sigstore bundle (JSON)
        </a>
      </p>
    </section>
  );
}
