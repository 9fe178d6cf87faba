import { useEffect, useRef } from 'preact/hooks';
import { setToken } from './api/session.js';
import { Catalog } from './pages/catalog.js';
import { Moderation } from './pages/moderation.js';
import { ReportPage } from './pages/report-page.js';
import { SkillPage } from './pages/skill-page.js';
import { Link, match, useLocation } from './lib/router.js';
import { useWhoAmI } from './lib/use-session.js';

function Route({ path }: { path: string }) {
  let p;
  if (path === '/' || path === '') return <Catalog />;
  if ((p = match('/skills/:name/:version/report', path)) && p.name && p.version)
    return <ReportPage key={`${p.name}@${p.version}`} name={p.name} version={p.version} />;
  if ((p = match('/skills/:name/:version', path)) && p.name)
    return <SkillPage key={`${p.name}@${p.version ?? ''}`} name={p.name} version={p.version} />;
  if ((p = match('/skills/:name', path)) && p.name) return <SkillPage key={p.name} name={p.name} />;
  if (match('/moderation', path)) return <Moderation />;
  if ((p = match('/moderation/:name/:version', path)) && p.name)
    return <Moderation name={p.name} version={p.version} />;
  return (
    <div>
      <h1 class="page-title">Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <Link href="/">Back to the catalog</Link>.
      </p>
    </div>
  );
}

function Account() {
  const { who } = useWhoAmI();
  if (who === null) return <Link href="/moderation">Sign in</Link>;
  return (
    <span class="account">
      {who.status === 'ok' ? <span>Signed in as {who.data.user}</span> : null}
      <button type="button" class="button small link-like" onClick={() => setToken(null)}>
        Sign out
      </button>
    </span>
  );
}

export function App() {
  const loc = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // after an in-app navigation, move focus to the new page so screen readers announce it
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!location.hash) main.current?.focus({ preventScroll: true });
  }, [loc.path]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <Link href="/" class="brand">
            <svg
              class="brand-mark"
              viewBox="0 0 24 24"
              width="22"
              height="22"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="#3fb950" />
              <path d="m8 12 3 3 5-6" fill="none" stroke="#0d1b2a" stroke-width="2.4" />
            </svg>
            skillgate
          </Link>
          <nav aria-label="main">
            <ul class="nav">
              <li>
                <Link href="/" aria-current={loc.path === '/' ? 'page' : undefined}>
                  Catalog
                </Link>
              </li>
              <li>
                <Link
                  href="/moderation"
                  aria-current={loc.path.startsWith('/moderation') ? 'page' : undefined}
                >
                  Moderation
                </Link>
              </li>
              <li>
                <Account />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} class="wrap">
        <Route path={loc.path} />
      </main>
      <footer class="site-footer">
        <div class="wrap">
          Listed versions passed the registry's scans; signed ones carry a Sigstore attestation.
          Verify before you trust: <code>skillgate verify name@version</code>.
        </div>
      </footer>
    </>
  );
}
