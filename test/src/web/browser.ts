/** Debian's Chromium driven by playwright-core, with a fresh profile per run and only loopback traffic. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** every dialog (alert/confirm/prompt) that fired; the XSS test asserts it stays empty */
  dialogs: string[];
  /** uncaught page errors */
  errors: string[];
  /** requests that left loopback (blocked): remote images must need consent */
  external: string[];
  close(): Promise<void>;
}

const LOOPBACK = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|\[::1\]|localhost)(?::\d+)?\//;

export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'skillgate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    timeout: 30_000,
  });
  // the copy buttons write to the clipboard; the tests read it back
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialogs: string[] = [];
  const errors: string[] = [];
  const external: string[] = [];
  // Nothing leaves the machine: anything not on loopback is recorded and aborted.
  await context.route(
    (url) => !LOOPBACK.test(url.href) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  // per page load: cumulative layout shift and Content-Security-Policy violations, read by the tests
  await context.addInitScript(`
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample || '')),
    );
  `);
  const page = context.pages()[0] ?? (await context.newPage());
  context.on('page', (p) => p.on('dialog', (d) => void d.dismiss()));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.setDefaultTimeout(10_000);
  return {
    context,
    page,
    dialogs,
    errors,
    external,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
