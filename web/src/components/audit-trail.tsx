import { getJson, paths } from '../api/client.js';
import type { AuditEntry } from '../api/types.js';
import { formatDate } from '../lib/format.js';
import { REVIEW_ROUTES, requireRoute } from '../lib/openapi.js';
import { useFetch } from '../lib/use-fetch.js';
import { ErrorNote, Skeleton } from './notes.js';

/** The hash-chained audit entries of one version (`GET …/audit`), newest last. */
export function AuditTrail({
  name,
  version,
  refresh,
}: {
  name: string;
  version: string;
  refresh: number;
}) {
  const audit = useFetch<{ entries: AuditEntry[] }>(
    `audit:${name}@${version}:${refresh}`,
    async (signal) => {
      await requireRoute(REVIEW_ROUTES.audit);
      return getJson(paths.audit(name, version), { signal });
    },
  );
  return (
    <section class="panel" aria-labelledby="audit-h">
      <h2 id="audit-h">Audit trail</h2>
      {audit.status === 'loading' ? (
        <Skeleton lines={3} />
      ) : audit.status === 'error' ? (
        <ErrorNote error={audit.error} what="the audit trail" />
      ) : audit.data.entries.length === 0 ? (
        <p>No audit entries.</p>
      ) : (
        <ol class="audit">
          {audit.data.entries.map((e) => (
            <li key={e.seq}>
              <span class="audit-at">{formatDate(e.at)}</span> <strong>{e.action}</strong>
              {e.state ? ` → ${e.state}` : ''}
              {e.actor ? ` by ${e.actor}` : ''}
              {e.reason ? ` — ${e.reason}` : ''}
              <code class="small audit-hash" title="entry hash (chained)">
                {' '}
                {e.hash.slice(0, 12)}
              </code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
