import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, paths } from '../api/client.js';
import type { SearchResult } from '../api/types.js';
import { SkillCard, SkillCardSkeleton } from '../components/skill-card.js';
import { ErrorNote } from '../components/notes.js';
import { plural } from '../lib/format.js';
import { navigate, useLocation } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

export const PER_PAGE = 12;
const KINDS = [
  ['network', 'Network'],
  ['fs', 'Files'],
  ['exec', 'Programs'],
  ['env', 'Env vars'],
] as const;
const DEBOUNCE_MS = 250;

/** The catalog's state lives in the URL (shareable, back button works). */
function urlWith(
  search: URLSearchParams,
  changes: Record<string, string | string[] | null>,
): string {
  const next = new URLSearchParams(search);
  for (const [k, v] of Object.entries(changes)) {
    next.delete(k);
    if (Array.isArray(v)) for (const x of v) next.append(k, x);
    else if (v) next.set(k, v);
  }
  if (!('page' in changes)) next.delete('page');
  const qs = next.toString();
  return qs ? `/?${qs}` : '/';
}

function apiParams(search: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  const q = search.get('q');
  if (q) p.set('q', q);
  for (const c of search.getAll('capability')) p.append('capability', c);
  for (const k of ['verdict', 'reviewed', 'sort', 'page'] as const) {
    const v = search.get(k);
    if (v) p.set(k, v);
  }
  p.set('perPage', String(PER_PAGE));
  return p;
}

export function Catalog() {
  const loc = useLocation();
  const urlQ = loc.search.get('q') ?? '';
  const [draft, setDraft] = useState(urlQ);
  const lastSent = useRef(urlQ);
  // back/forward or a link changed q: show it in the box
  useEffect(() => {
    if (urlQ !== lastSent.current) {
      lastSent.current = urlQ;
      setDraft(urlQ);
    }
  }, [urlQ]);
  useEffect(() => {
    if (draft === lastSent.current) return;
    const t = setTimeout(() => {
      lastSent.current = draft;
      navigate(urlWith(new URLSearchParams(location.search), { q: draft.trim() ? draft : null }), {
        replace: true,
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [draft]);
  useEffect(() => {
    document.title = urlQ ? `“${urlQ}” · skillgate` : 'Skills · skillgate';
  }, [urlQ]);

  const params = apiParams(loc.search);
  const key = params.toString();
  const result = useFetch<SearchResult>(key, (signal) =>
    getJson(paths.search(params), { signal, auth: false }),
  );
  // while the next answer loads, the last one stays on screen (dimmed) instead of flashing skeletons
  const lastOk = useRef<SearchResult | null>(null);
  if (result.status === 'ok') lastOk.current = result.data;
  if (result.status === 'error') lastOk.current = null;
  const data =
    result.status === 'ok' ? result.data : result.status === 'loading' ? lastOk.current : null;
  const stale = result.status === 'loading' && data !== null;

  const caps = loc.search.getAll('capability');
  const verdict = loc.search.get('verdict') ?? '';
  const reviewed = loc.search.get('reviewed') === 'true';
  const sort = loc.search.get('sort') ?? 'recent';
  const page = Math.max(1, Number(loc.search.get('page') ?? '1') || 1);
  const set = (changes: Record<string, string | string[] | null>) =>
    navigate(urlWith(loc.search, changes));

  const total = data ? data.total : null;
  const pages = total !== null ? Math.max(1, Math.ceil(total / PER_PAGE)) : null;

  return (
    <div class="catalog">
      <h1 class="page-title">Vetted skills</h1>
      <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q" class="search-label">
          Search skills
        </label>
        <input
          id="q"
          type="search"
          name="q"
          autoComplete="off"
          spellcheck={false}
          placeholder="name, description, publisher…"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </form>
      <div class="catalog-body">
        <aside class="filters" aria-label="filters">
          <fieldset>
            <legend>Uses (all checked)</legend>
            {KINDS.map(([k, label]) => (
              <label key={k} class="check">
                <input
                  type="checkbox"
                  name="capability"
                  value={k}
                  checked={caps.includes(k)}
                  onChange={(e) =>
                    set({
                      capability: e.currentTarget.checked
                        ? [...caps, k]
                        : caps.filter((c) => c !== k),
                    })
                  }
                />
                {label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Scan verdict</legend>
            {[
              ['', 'Any'],
              ['pass', 'Passed'],
              ['review', 'Approved after review'],
            ].map(([v, label]) => (
              <label key={v} class="check">
                <input
                  type="radio"
                  name="verdict"
                  value={v}
                  checked={verdict === v}
                  onChange={() => set({ verdict: v || null })}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Review</legend>
            <label class="check">
              <input
                type="checkbox"
                name="reviewed"
                checked={reviewed}
                onChange={(e) => set({ reviewed: e.currentTarget.checked ? 'true' : null })}
              />
              Reviewed by a human
            </label>
          </fieldset>
          <div class="field">
            <label for="sort">Sort by</label>
            <select
              id="sort"
              value={sort}
              onChange={(e) =>
                set({ sort: e.currentTarget.value === 'recent' ? null : e.currentTarget.value })
              }
            >
              <option value="recent">Most recent</option>
              <option value="name">Name</option>
            </select>
          </div>
        </aside>
        <section
          class="results"
          aria-labelledby="results-h"
          aria-busy={result.status === 'loading'}
        >
          <h2 id="results-h" class="results-count" aria-live="polite">
            {result.status === 'ok'
              ? `${plural(result.data.total, 'skill')}${urlQ ? ` for “${urlQ}”` : ''}`
              : result.status === 'loading'
                ? 'Searching…'
                : 'Search failed'}
          </h2>
          {result.status === 'error' ? <ErrorNote error={result.error} what="the catalog" /> : null}
          <div class={stale ? 'grid stale' : 'grid'}>
            {data
              ? data.items.map((s) => <SkillCard key={s.name} skill={s} />)
              : result.status === 'loading'
                ? Array.from({ length: PER_PAGE }, (_, i) => <SkillCardSkeleton key={i} />)
                : null}
          </div>
          {result.status === 'ok' && result.data.items.length === 0 ? (
            <p class="empty">No vetted skill matches. Try fewer filters or another word.</p>
          ) : null}
          <nav class="pager" aria-label="pages">
            <button
              type="button"
              class="button"
              disabled={page <= 1}
              onClick={() => set({ page: page - 1 > 1 ? String(page - 1) : null })}
            >
              ← Previous
            </button>
            <span>
              Page {page}
              {pages !== null ? ` of ${pages}` : ''}
            </span>
            <button
              type="button"
              class="button"
              disabled={pages === null || page >= pages}
              onClick={() => set({ page: String(page + 1) })}
            >
              Next →
            </button>
          </nav>
        </section>
      </div>
    </div>
  );
}
