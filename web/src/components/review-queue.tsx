import { getJson, paths } from '../api/client.js';
import type { VersionDetail } from '../api/types.js';
import { formatDate } from '../lib/format.js';
import { REVIEW_ROUTES, requireRoute } from '../lib/openapi.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { ErrorNote, Skeleton } from './notes.js';

export const reviewHref = (d: { name: string; version: string }) =>
  `/moderation/${encodeURIComponent(d.name)}/${encodeURIComponent(d.version)}`;

/** The versions waiting for a moderator (`GET /v1/review`). */
export function Queue({ refresh, selected }: { refresh: number; selected?: string }) {
  const queue = useFetch<{ items: VersionDetail[] }>(`queue:${refresh}`, async (signal) => {
    await requireRoute(REVIEW_ROUTES.queue);
    return getJson(paths.review(), { signal });
  });
  return (
    <nav class="panel queue" aria-labelledby="queue-h">
      <h2 id="queue-h">Review queue</h2>
      {queue.status === 'loading' ? (
        <Skeleton lines={4} />
      ) : queue.status === 'error' ? (
        <ErrorNote error={queue.error} what="the review queue (GET /v1/review)" />
      ) : queue.data.items.length === 0 ? (
        <p>Nothing waits for review.</p>
      ) : (
        <ul class="queue-list">
          {queue.data.items.map((d) => {
            const ref = `${d.name}@${d.version}`;
            return (
              <li key={ref}>
                <Link href={reviewHref(d)} aria-current={selected === ref ? 'page' : undefined}>
                  <strong>{ref}</strong>
                </Link>
                <span class="muted">
                  {' '}
                  by {d.publisher} · {formatDate(d.createdAt).slice(0, 16)}
                </span>
                {d.reason ? <span class="queue-reason">{d.reason}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
