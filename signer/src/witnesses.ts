import { RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';

export interface WitnessOptions {
  /** Rekor base URL: every signature gets a transparency-log entry there */
  rekorURL?: string;
  /** RFC 3161 timestamp authority base URL */
  tsaURL?: string;
  /** per-request timeout, ms (default 10000) */
  timeoutMs?: number;
  /** retries per request (default 2) */
  retries?: number;
  /**
   * Rekor v1 entry kind (default 'intoto', as npm provenance uses): real Rekor accepts both;
   * the local @sigstore/mock Rekor stores proposed entries as sent, which only 'intoto' verifies against.
   */
  rekorEntryType?: 'intoto' | 'dsse';
}

export function witnessesFor(o: WitnessOptions): Witness[] {
  const fetch = { timeout: o.timeoutMs ?? 10_000, retry: o.retries ?? 2 };
  const out: Witness[] = [];
  if (o.rekorURL)
    out.push(
      new RekorWitness({
        rekorBaseURL: o.rekorURL,
        entryType: o.rekorEntryType ?? 'intoto',
        ...fetch,
      }),
    );
  if (o.tsaURL) out.push(new TSAWitness({ tsaBaseURL: o.tsaURL, ...fetch }));
  return out;
}
