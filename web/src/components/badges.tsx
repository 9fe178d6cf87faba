import type { Capabilities, Severity, Verdict, VersionState } from '../api/types.js';
import { capabilityCounts, KIND_LABEL, type CapabilityKind } from '../lib/capabilities.js';

const KINDS: CapabilityKind[] = ['network', 'fs', 'exec', 'env'];

/** One badge per capability kind the skill uses, with its count; "no capabilities" when none. */
export function CapabilityBadges({ capabilities }: { capabilities: Capabilities }) {
  const counts = capabilityCounts(capabilities);
  const used = KINDS.filter((k) => counts[k] > 0);
  if (used.length === 0) return <span class="badge badge-none">no capabilities</span>;
  return (
    <ul class="badges" aria-label="capabilities">
      {used.map((k) => (
        <li key={k} class={`badge badge-cap badge-${k}`}>
          {KIND_LABEL[k]} <span class="count">{counts[k]}</span>
        </li>
      ))}
    </ul>
  );
}

const VERDICT_TEXT: Record<Verdict, string> = {
  pass: 'passed scan',
  review: 'needs review',
  fail: 'failed scan',
};

export function VerdictBadge({ verdict }: { verdict: Verdict | null | undefined }) {
  if (!verdict) return null;
  return <span class={`badge verdict-${verdict}`}>{VERDICT_TEXT[verdict] ?? verdict}</span>;
}

export function StateBadge({ state }: { state: VersionState }) {
  return <span class={`badge state-${state}`}>{state}</span>;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span class={`badge sev-${severity}`}>{severity}</span>;
}

export function SignedMark({ signed, reviewed }: { signed: boolean; reviewed?: boolean }) {
  return (
    <span class="marks">
      {signed ? (
        <span
          class="badge signed"
          title="the registry signed a Sigstore attestation for this version"
        >
          <span aria-hidden="true">✔ </span>signed
        </span>
      ) : (
        <span class="badge unsigned">not signed</span>
      )}
      {reviewed ? <span class="badge reviewed">reviewed by a human</span> : null}
    </span>
  );
}
