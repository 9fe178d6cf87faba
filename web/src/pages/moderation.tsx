import { useEffect, useState } from 'preact/hooks';
import { getJson, paths } from '../api/client.js';
import type { ScanReport, VersionDetail } from '../api/types.js';
import { AuditTrail } from '../components/audit-trail.js';
import { StateBadge, VerdictBadge } from '../components/badges.js';
import { CapabilityList } from '../components/capability-list.js';
import { Decision } from '../components/decision.js';
import { ErrorNote, Skeleton } from '../components/notes.js';
import { ReportView } from '../components/report-view.js';
import { PipelineQueuesPanel } from '../components/pipeline-queues.js';
import { Queue } from '../components/review-queue.js';
import { SignIn } from '../components/sign-in.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { isAdmin, isModerator, useWhoAmI } from '../lib/use-session.js';
import { skillHref } from './skill-page.js';

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
      <>
        <div class={name && version ? 'moderation with-item' : 'moderation'}>
          <Queue refresh={refresh} selected={name && version ? `${name}@${version}` : undefined} />
          {name && version ? (
            <ReviewItem name={name} version={version} onDecided={() => setRefresh((n) => n + 1)} />
          ) : (
            <p class="hint">Pick an item to see its scan report side by side with the decision.</p>
          )}
        </div>
        {isAdmin(who.data) ? <PipelineQueuesPanel refresh={refresh} /> : null}
      </>
    );
  return (
    <div>
      <h1 class="page-title">Moderation</h1>
      {body}
    </div>
  );
}
