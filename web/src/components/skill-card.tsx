import type { SkillSummary } from '../api/types.js';
import { formatDate } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { CapabilityBadges, SignedMark, VerdictBadge } from './badges.js';

export function SkillCard({ skill }: { skill: SkillSummary }) {
  const href = `/skills/${encodeURIComponent(skill.name)}`;
  return (
    <article class="card" aria-labelledby={`card-${skill.name}`}>
      <header class="card-head">
        <h3 id={`card-${skill.name}`} class="card-title">
          <Link href={href}>{skill.name}</Link>
        </h3>
        <span class="version">v{skill.version}</span>
      </header>
      <p class="card-desc">{skill.description}</p>
      <CapabilityBadges capabilities={skill.capabilities} />
      <footer class="card-foot">
        <span class="publisher">
          by <strong>{skill.publisher}</strong>
          <span class="muted"> · {formatDate(skill.publishedAt).slice(0, 10)}</span>
        </span>
        <span class="card-marks">
          <VerdictBadge verdict={skill.verdict} />
          <SignedMark signed={skill.signed} reviewed={skill.reviewed} />
        </span>
      </footer>
    </article>
  );
}

export function SkillCardSkeleton() {
  return (
    <div class="card card-skeleton" aria-hidden="true">
      <span class="skeleton-line w40 tall" />
      <span class="skeleton-line" />
      <span class="skeleton-line w70" />
      <span class="skeleton-line w30" />
      <span class="skeleton-line w50" />
    </div>
  );
}
