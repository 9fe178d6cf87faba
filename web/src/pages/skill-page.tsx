import { useEffect } from 'preact/hooks';
import { getJson, getText, paths } from '../api/client.js';
import type { SkillInfo, VersionDetail, VersionSummary } from '../api/types.js';
import { AttestationView } from '../components/attestation-view.js';
import { SignedMark, StateBadge, VerdictBadge } from '../components/badges.js';
import { CapabilityChanges, CapabilityList } from '../components/capability-list.js';
import { CommandLine } from '../components/copy-button.js';
import { Markdown } from '../components/markdown.js';
import { ErrorNote, Skeleton } from '../components/notes.js';
import { formatBytes, formatDate } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

const byCreated = (a: VersionSummary, b: VersionSummary) => a.createdAt.localeCompare(b.createdAt);

function pickVersion(info: SkillInfo, wanted: string | undefined): string | null {
  if (wanted) return wanted;
  if (info.distTags.latest) return info.distTags.latest;
  const published = info.versions.filter((v) => v.state === 'published').sort(byCreated);
  const last = published[published.length - 1] ?? [...info.versions].sort(byCreated).pop();
  return last?.version ?? null;
}

export const skillHref = (name: string, version?: string) =>
  `/skills/${encodeURIComponent(name)}${version ? `/${encodeURIComponent(version)}` : ''}`;
export const reportHref = (name: string, version: string) => `${skillHref(name, version)}/report`;

function Versions({ info, current }: { info: SkillInfo; current: string }) {
  const ordered = [...info.versions].sort(byCreated);
  const rows = ordered.map((v, i) => ({ v, prev: i > 0 ? ordered[i - 1] : undefined })).reverse();
  return (
    <section class="panel" aria-labelledby="versions-h">
      <h2 id="versions-h">Versions</h2>
      <div class="table-scroll">
        <table class="table versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">State</th>
              <th scope="col">Date</th>
              <th scope="col">Capability changes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ v, prev }) => (
              <tr key={v.version} aria-current={v.version === current ? 'page' : undefined}>
                <th scope="row">
                  <Link href={skillHref(info.name, v.version)}>{v.version}</Link>
                </th>
                <td>
                  <StateBadge state={v.state} /> <VerdictBadge verdict={v.verdict} />
                </td>
                <td>{formatDate(v.publishedAt ?? v.createdAt).slice(0, 16)}</td>
                <td>
                  {prev ? (
                    <>
                      <span class="visually-hidden">since {prev.version}: </span>
                      <CapabilityChanges prev={prev.capabilities} next={v.capabilities} />
                    </>
                  ) : (
                    <span class="muted">first version</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SkillMd({ detail }: { detail: VersionDetail }) {
  const published = detail.state === 'published';
  const md = useFetch<string>(published ? `md:${detail.name}@${detail.version}` : null, (signal) =>
    getText(paths.skillMd(detail.name, detail.version), { signal }),
  );
  return (
    <section class="panel skill-md" aria-labelledby="skillmd-h">
      <h2 id="skillmd-h">SKILL.md</h2>
      <p class="hint">
        Written by the author and shown as sanitised text: no scripts or raw HTML run, and remote
        images load only when you ask.
      </p>
      {!published ? (
        <p class="note">SKILL.md is served only for published versions.</p>
      ) : md.status === 'loading' ? (
        <Skeleton lines={8} class="sk-md" />
      ) : md.status === 'error' ? (
        <ErrorNote error={md.error} what="SKILL.md" />
      ) : (
        <Markdown text={md.data} />
      )}
    </section>
  );
}

function History({ detail }: { detail: VersionDetail }) {
  return (
    <details class="panel history">
      <summary>History of {detail.version}</summary>
      <ol>
        {detail.history.map((h, i) => (
          <li key={i}>
            <StateBadge state={h.state} /> {formatDate(h.at)}
            {h.stage ? ` · ${h.stage}` : ''}
            {h.reason ? ` · ${h.reason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function VersionBody({ info, detail }: { info: SkillInfo; detail: VersionDetail }) {
  const ref = `${detail.name}@${detail.version}`;
  return (
    <>
      <div class="skill-head">
        <h1 class="page-title">
          {detail.name} <span class="version">v{detail.version}</span>
        </h1>
        <p class="lead">{detail.description}</p>
        <p class="meta">
          <StateBadge state={detail.state} /> <VerdictBadge verdict={detail.verdict} />{' '}
          <SignedMark signed={detail.signed} reviewed={Boolean(detail.approver)} />
          <span class="muted">
            {' '}
            published by <strong>{detail.publisher}</strong> ·{' '}
            {formatDate(detail.publishedAt ?? detail.createdAt)}
            {detail.manifest.license ? ` · ${detail.manifest.license}` : ''} ·{' '}
            {formatBytes(detail.size)}
          </span>
        </p>
        {detail.reason && detail.state !== 'published' ? (
          <p class="note">
            Why it is {detail.state}: {detail.reason}
          </p>
        ) : null}
        {detail.state === 'published' ? (
          <CommandLine command={`skillgate install ${ref}`} label="install command" />
        ) : null}
        <p>
          <Link href={reportHref(detail.name, detail.version)}>
            Read the scan report for {detail.version}
          </Link>
        </p>
      </div>
      <div class="skill-grid">
        <div class="skill-main">
          <SkillMd detail={detail} />
        </div>
        <div class="skill-side">
          <section class="panel" aria-labelledby="caps-h">
            <h2 id="caps-h">What it can do</h2>
            <p class="hint">Enforced at run time: anything not listed is denied.</p>
            <CapabilityList capabilities={detail.manifest.capabilities} />
          </section>
          <AttestationView detail={detail} />
        </div>
      </div>
      <Versions info={info} current={detail.version} />
      <History detail={detail} />
    </>
  );
}

/** The page's frame with placeholders where data goes, sized like the real thing. */
function SkillSkeleton({ name, version }: { name: string; version: string | null }) {
  return (
    <div aria-busy="true">
      <div class="skill-head">
        <h1 class="page-title">
          {name} {version ? <span class="version">v{version}</span> : null}
        </h1>
        <p class="lead">
          <span class="skeleton-line w70" />
        </p>
        <p class="meta">
          <span class="skeleton-line w50" />
        </p>
        <div class="command">
          <span class="skeleton-line sk-command" />
        </div>
        <p>
          <span class="skeleton-line w30" />
        </p>
      </div>
      <div class="skill-grid">
        <div class="panel">
          <Skeleton lines={10} class="sk-md" />
        </div>
        <div class="panel">
          <Skeleton lines={6} class="sk-attestation" />
        </div>
      </div>
    </div>
  );
}

export function SkillPage({ name, version }: { name: string; version?: string }) {
  const info = useFetch<SkillInfo>(`skill:${name}`, (signal) =>
    getJson(paths.skill(name), { signal }),
  );
  const chosen = info.status === 'ok' ? pickVersion(info.data, version) : (version ?? null);
  // the version detail starts in parallel with the skill when the URL names the version
  const detail = useFetch<VersionDetail>(chosen ? `v:${name}@${chosen}` : null, (signal) =>
    getJson(paths.version(name, chosen ?? ''), { signal }),
  );
  useEffect(() => {
    document.title = `${name}${chosen ? `@${chosen}` : ''} · skillgate`;
  }, [name, chosen]);
  if (info.status === 'error') return <ErrorNote error={info.error} what={`the skill ${name}`} />;
  if (info.status === 'ok' && !chosen)
    return <p class="note">{name} has no versions you can see.</p>;
  if (detail.status === 'error')
    return <ErrorNote error={detail.error} what={`${name}@${chosen ?? ''}`} />;
  if (info.status === 'loading' || detail.status === 'loading')
    return <SkillSkeleton name={name} version={chosen} />;
  return <VersionBody info={info.data} detail={detail.data} />;
}
