import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson, paths, postJson } from '../api/client.js';
import type { AuditEntry, ScanReport, VersionDetail } from '../api/types.js';
import { StateBadge, VerdictBadge } from '../components/badges.js';
import { CapabilityList } from '../components/capability-list.js';
import { ErrorNote, Skeleton } from '../components/notes.js';
import { ReportView } from '../components/report-view.js';
import { SignIn } from '../components/sign-in.js';
import { formatDate } from '../lib/format.js';
import { REVIEW_ROUTES, requireRoute } from '../lib/openapi.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { isModerator, useWhoAmI } from '../lib/use-session.js';
import { skillHref } from './skill-page.js';

const itemHref = (d: { name: string; version: string }) =>
  `/moderation/${encodeURIComponent(d.name)}/${encodeURIComponent(d.version)}`;

function Queue({ refresh, selected }: { refresh: number; selected?: string }) {
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
                <Link href={itemHref(d)} aria-current={selected === ref ? 'page' : undefined}>
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

function AuditTrail({
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
          {audit.data.entries.map((e, i) => (
            <li key={i}>
              <span class="audit-at">
                {formatDate(typeof e.at === 'string' ? e.at : undefined)}
              </span>{' '}
              <strong>{String(e.action ?? e.state ?? 'event')}</strong>
              {(e.actor ?? e.user) ? ` by ${String(e.actor ?? e.user)}` : ''}
              {e.reason ? ` — ${String(e.reason)}` : ''}
              {typeof e.hash === 'string' ? (
                <code class="small audit-hash" title="entry hash (chained)">
                  {' '}
                  {e.hash.slice(0, 12)}
                </code>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Decision({ detail, onDone }: { detail: VersionDetail; onDone: (text: string) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const act = async (kind: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      await requireRoute(kind === 'approve' ? REVIEW_ROUTES.approve : REVIEW_ROUTES.reject);
      if (kind === 'approve') await postJson(paths.approve(detail.name, detail.version), {});
      else await postJson(paths.reject(detail.name, detail.version), { reason: reason.trim() });
      onDone(
        kind === 'approve'
          ? `Approved ${detail.name}@${detail.version}: it goes on to signing and publishing.`
          : `Rejected ${detail.name}@${detail.version}.`,
      );
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err)));
    } finally {
      setBusy(false);
    }
  };
  const waiting = detail.state === 'review';
  return (
    <section class="panel decision" aria-labelledby="decision-h">
      <h2 id="decision-h">Decision</h2>
      {!waiting ? (
        <p class="note">This version is {detail.state}; there is nothing to decide.</p>
      ) : null}
      <button
        type="button"
        class="button primary"
        disabled={!waiting || busy}
        onClick={() => void act('approve')}
      >
        Approve {detail.version}
      </button>
      <form
        class="reject-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act('reject');
        }}
      >
        <label for="reject-reason">Reason for rejecting (shown to the owner)</label>
        <textarea
          id="reject-reason"
          rows={3}
          required
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        <button type="submit" class="button danger" disabled={!waiting || busy || !reason.trim()}>
          Reject {detail.version}
        </button>
      </form>
      {error ? <ErrorNote error={error} what="this decision" /> : null}
    </section>
  );
}

function ReviewItem({
  name,
  version,
  onDecided,
}: {
  name: string;
  version: string;
  onDecided: () => void;
}) {
  const ref = `${name}@${version}`;
  const [tick, setTick] = useState(0);
  const [done, setDone] = useState('');
  useEffect(() => setDone(''), [ref]);
  const detail = useFetch<VersionDetail>(`mv:${ref}:${tick}`, (signal) =>
    getJson(paths.version(name, version), { signal }),
  );
  const report = useFetch<ScanReport>(`mr:${ref}`, (signal) =>
    getJson(paths.report(name, version), { signal }),
  );
  return (
    <div class="review-item">
      <h2 class="review-title">
        Reviewing <span class="version">{ref}</span>
      </h2>
      <p role="status" class="ok">
        {done ? (
          <>
            {done} <Link href={skillHref(name)}>Open the skill page</Link>
          </>
        ) : (
          ''
        )}
      </p>
      <div class="side-by-side">
        <div class="review-left">
          {detail.status === 'loading' ? (
            <Skeleton lines={6} />
          ) : detail.status === 'error' ? (
            <ErrorNote error={detail.error} what={ref} />
          ) : (
            <>
              <section class="panel" aria-labelledby="item-h">
                <h2 id="item-h">Version</h2>
                <p>{detail.data.description}</p>
                <p>
                  <StateBadge state={detail.data.state} />{' '}
                  <VerdictBadge verdict={detail.data.verdict} /> by {detail.data.publisher}
                </p>
                {detail.data.reason ? <p class="note">Why it waits: {detail.data.reason}</p> : null}
                <h3>Declared capabilities</h3>
                <CapabilityList capabilities={detail.data.manifest.capabilities} />
              </section>
              <Decision
                detail={detail.data}
                onDone={(text) => {
                  setDone(text);
                  setTick((n) => n + 1);
                  onDecided();
                }}
              />
            </>
          )}
          <AuditTrail name={name} version={version} refresh={tick} />
        </div>
        <div class="review-right" aria-label="scan report">
          {report.status === 'loading' ? (
            <Skeleton lines={12} />
          ) : report.status === 'error' ? (
            <ErrorNote error={report.error} what="the scan report" />
          ) : (
            <ReportView report={report.data} idPrefix="rv-" />
          )}
        </div>
      </div>
    </div>
  );
}

export function Moderation({ name, version }: { name?: string; version?: string }) {
  const { who } = useWhoAmI();
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    document.title = 'Moderation · skillgate';
  }, []);
  let body;
  if (who === null)
    body = (
      <SignIn purpose="Moderators review the queue here; owners can read reports of their rejected versions." />
    );
  else if (who.status === 'loading') body = <Skeleton lines={4} />;
  else if (who.status === 'error') body = <ErrorNote error={who.error} what="your account" />;
  else if (!isModerator(who.data))
    body = (
      <p class="note">
        Signed in as {who.data.user} ({who.data.roles.join(', ') || 'no roles'}). The review queue
        needs the moderator role.
      </p>
    );
  else
    body = (
      <div class={name && version ? 'moderation with-item' : 'moderation'}>
        <Queue refresh={refresh} selected={name && version ? `${name}@${version}` : undefined} />
        {name && version ? (
          <ReviewItem name={name} version={version} onDecided={() => setRefresh((n) => n + 1)} />
        ) : (
          <p class="hint">Pick an item to see its scan report side by side with the decision.</p>
        )}
      </div>
    );
  return (
    <div>
      <h1 class="page-title">Moderation</h1>
      {body}
    </div>
  );
}
