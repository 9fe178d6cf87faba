import { useState } from 'preact/hooks';
import { getJson, paths } from '../api/client.js';
import type { PipelineQueues } from '../api/types.js';
import { REVIEW_ROUTES, requireRoute } from '../lib/openapi.js';
import { useFetch } from '../lib/use-fetch.js';
import { ErrorNote, Skeleton } from './notes.js';

/** BullMQ job states, in the order a job moves through them */
const COLUMNS = ['waiting', 'delayed', 'active', 'failed', 'completed'] as const;

/**
 * The admins' view of the pipeline (`GET /v1/admin/queues`): jobs per stage and state when the
 * registry runs on BullMQ, unfinished runs when it runs in-process, and the review backlog.
 */
export function PipelineQueuesPanel({ refresh }: { refresh: number }) {
  const [tick, setTick] = useState(0);
  const stats = useFetch<PipelineQueues>(`queues:${refresh}:${tick}`, async (signal) => {
    await requireRoute(REVIEW_ROUTES.queues);
    return getJson(paths.queues(), { signal });
  });
  return (
    <section class="panel" aria-labelledby="queues-h">
      <h2 id="queues-h">Pipeline queues</h2>
      {stats.status === 'loading' ? (
        <Skeleton lines={3} />
      ) : stats.status === 'error' ? (
        <ErrorNote error={stats.error} what="the pipeline queues (GET /v1/admin/queues)" />
      ) : (
        <>
          <dl class="facts" data-testid="queue-facts">
            <dt>Mode</dt>
            <dd>{stats.data.mode === 'bullmq' ? 'BullMQ workers on Redis' : 'in-process'}</dd>
            <dt>Unfinished runs</dt>
            <dd>{stats.data.unfinished}</dd>
            <dt>Waiting for review</dt>
            <dd>{stats.data.review}</dd>
          </dl>
          {stats.data.stages.length > 0 ? (
            <div class="table-scroll">
              <table class="table" aria-label="jobs per pipeline stage and state">
                <thead>
                  <tr>
                    <th scope="col">Stage</th>
                    {COLUMNS.map((c) => (
                      <th scope="col" key={c}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {stats.data.stages.map((s) => (
                    <tr key={s.stage}>
                      <th scope="row">{s.stage}</th>
                      {COLUMNS.map((c) => (
                        <td key={c}>{s.counts[c] ?? 0}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
      <button type="button" class="button small" onClick={() => setTick((n) => n + 1)}>
        Refresh
      </button>
    </section>
  );
}
