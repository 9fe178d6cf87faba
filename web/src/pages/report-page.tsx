import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson, paths, postJson } from '../api/client.js';
import { getToken } from '../api/session.js';
import type { ScanReport, SkillInfo, VersionDetail, WhoAmI } from '../api/types.js';
import { StateBadge } from '../components/badges.js';
import { ErrorNote, Skeleton } from '../components/notes.js';
import { ReportView } from '../components/report-view.js';
import { APPEAL_ROUTE, offeredRoutes } from '../lib/openapi.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { skillHref } from './skill-page.js';

interface Ownership {
  isOwner: boolean;
  canAppeal: boolean;
}

async function loadOwnership(name: string, signal: AbortSignal): Promise<Ownership> {
  if (!getToken()) return { isOwner: false, canAppeal: false };
  const [who, info, routes] = await Promise.all([
    getJson<WhoAmI>(paths.whoami(), { signal }),
    getJson<SkillInfo>(paths.skill(name), { signal }),
    offeredRoutes(),
  ]);
  return { isOwner: info.owners.includes(who.user), canAppeal: routes.has(APPEAL_ROUTE) };
}

function Appeal({ detail }: { detail: VersionDetail }) {
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await postJson(paths.appeal(detail.name, detail.version), { message: reason.trim() });
      setStatus({ ok: true, text: 'Appeal sent. A moderator will look at this version again.' });
    } catch (err) {
      setStatus({
        ok: false,
        text: err instanceof ApiError ? `${err.message} (${err.code})` : String(err),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel appeal" onSubmit={(e) => void submit(e)} aria-labelledby="appeal-h">
      <h2 id="appeal-h">Appeal this rejection</h2>
      <label for="appeal-reason">Why the findings are wrong (a moderator reads this)</label>
      <textarea
        id="appeal-reason"
        required
        minLength={10}
        rows={3}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <button
        type="submit"
        class="button"
        disabled={busy || status?.ok === true || reason.trim().length < 10}
      >
        Appeal
      </button>
      <p role="status" class={status ? (status.ok ? 'ok' : 'bad') : ''}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}

export function ReportPage({ name, version }: { name: string; version: string }) {
  const ref = `${name}@${version}`;
  const report = useFetch<ScanReport>(`report:${ref}`, (signal) =>
    getJson(paths.report(name, version), { signal }),
  );
  const detail = useFetch<VersionDetail>(`v:${ref}`, (signal) =>
    getJson(paths.version(name, version), { signal }),
  );
  const owner = useFetch<Ownership>(`own:${ref}:${getToken() ?? ''}`, (signal) =>
    loadOwnership(name, signal),
  );
  useEffect(() => {
    document.title = `Scan report ${ref} · skillgate`;
  }, [ref]);
  const rejected = detail.status === 'ok' && detail.data.state === 'rejected';
  return (
    <div class="report-page">
      <p class="crumbs">
        <Link href={skillHref(name, version)}>
          ← {name}@{version}
        </Link>
      </p>
      <h1 class="page-title">
        Scan report <span class="version">{ref}</span>
      </h1>
      <p class="meta report-state">
        {detail.status === 'ok' ? (
          <>
            State <StateBadge state={detail.data.state} />
            {detail.data.stage ? ` at stage ${detail.data.stage}` : ''}
            {detail.data.reason && detail.data.state !== 'published'
              ? ` — ${detail.data.reason}`
              : ''}
          </>
        ) : detail.status === 'loading' ? (
          <span class="skeleton-line w30" />
        ) : null}
      </p>
      {rejected && owner.status === 'ok' && owner.data.isOwner ? (
        owner.data.canAppeal && detail.status === 'ok' ? (
          <Appeal detail={detail.data} />
        ) : (
          <p class="note">This version was rejected. This registry does not offer appeals yet.</p>
        )
      ) : null}
      {report.status === 'loading' ? (
        <Skeleton lines={12} class="sk-report" />
      ) : report.status === 'error' ? (
        <ErrorNote error={report.error} what="this scan report" />
      ) : (
        <ReportView report={report.data} />
      )}
    </div>
  );
}
