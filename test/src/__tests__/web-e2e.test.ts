/**
 * The web UI end to end: Chromium (playwright-core) against a real registry (startServer on
 * 127.0.0.1, temp home) serving web/dist, with skills published through the real API and
 * scanned and signed by the real scanner and signer (Sigstore services: local mocks).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type Browser } from '../web/browser.js';
import {
  cardCountIs,
  contrastProblems,
  firstCardIs,
  focusState,
  horizontalOverflow,
  inertReport,
  isInViewport,
  readClipboard,
  landmarks,
  trapGlobals,
  unlabeledControls,
} from '../web/probes.js';
import { startTestRegistry, waitForState, WEB_DIST, type TestRegistry } from '../web/registry.js';
import {
  calcEval,
  fillers,
  markdownTrap,
  notesSync,
  pdfTools,
  TRAP_MARKERS,
} from '../web/seeds.js';

const SHOTS = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));

interface VersionDetail {
  state: string;
  integrity: { sha256: string };
}
interface Bundle {
  verificationMaterial: { tlogEntries: { logIndex: string }[] };
}

describe('web UI end to end', { timeout: 180_000 }, () => {
  let reg: TestRegistry;
  let browser: Browser;
  const states: Record<string, string> = {};

  before(async () => {
    assert.ok(
      existsSync(path.join(WEB_DIST, 'index.html')),
      `web/dist is missing: build it with \`npm run build -w @skillgate/web\` (looked in ${WEB_DIST})`,
    );
    await mkdir(SHOTS, { recursive: true });
    reg = await startTestRegistry();
    for (const s of [
      pdfTools('1.0.0'),
      pdfTools('1.1.0'),
      markdownTrap(),
      calcEval(),
      notesSync(),
      ...fillers(),
    ]) {
      states[`${s.name}@${s.version}`] = (await reg.publish(s)).state;
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await reg?.close();
  });

  it('seeds: clean skills are published, the eval skill waits for review, the exfiltrating one is rejected', () => {
    assert.deepEqual(states, {
      'pdf-tools@1.0.0': 'published',
      'pdf-tools@1.1.0': 'published',
      'markdown-trap@1.0.0': 'published',
      'calc-eval@1.0.0': 'review',
      'notes-sync@1.0.0': 'rejected',
      ...Object.fromEntries(fillers().map((f) => [`${f.name}@${f.version}`, 'published'])),
    });
  });

  it('search as you type finds a skill and the URL reflects the query', async () => {
    const { page } = browser;
    await page.goto(`${reg.url}/`);
    await page.waitForFunction(cardCountIs, 12);
    assert.equal(
      await page.locator('.results-count').innerText(),
      '14 skills',
      'published skills only',
    );
    await page.getByLabel('Search skills').pressSequentially('pdf', { delay: 30 });
    await page.waitForURL(/\?q=pdf$/);
    await page.waitForFunction(cardCountIs, 1);
    const card = page.locator('.card');
    assert.equal(await card.locator('h3').innerText(), 'pdf-tools');
    const text = await card.innerText();
    assert.match(text, /v1\.1\.0/);
    assert.match(text, /by alice/);
    assert.match(text, /signed/);
    assert.match(text, /network 2/);
    assert.match(await page.title(), /pdf/);
    await page.screenshot({ path: path.join(SHOTS, 'catalog-search.png'), fullPage: true });

    // neither the version in review nor the rejected one is listed
    await page.getByLabel('Search skills').fill('sync');
    await page.waitForURL(/\?q=sync$/);
    await page.locator('.empty').waitFor();

    // a shared link restores the search box
    await page.goto(`${reg.url}/?q=weather`);
    await page.waitForFunction(cardCountIs, 1);
    assert.equal(await page.getByLabel('Search skills').inputValue(), 'weather');
  });

  it('filters, sorting and paging live in the URL', async () => {
    const { page } = browser;
    await page.goto(`${reg.url}/`);
    await page.waitForFunction(cardCountIs, 12);
    await page.getByRole('checkbox', { name: 'Network' }).check();
    await page.waitForURL(/capability=network/);
    await page.waitForFunction(cardCountIs, 4);
    await page.getByRole('checkbox', { name: 'Programs' }).check();
    await page.waitForURL(/capability=network&capability=exec/);
    await page.waitForFunction(cardCountIs, 1);
    assert.equal(await page.locator('.card h3').innerText(), 'release-notes');
    await page.goBack();
    await page.waitForFunction(cardCountIs, 4);
    assert.equal(await page.getByRole('checkbox', { name: 'Programs' }).isChecked(), false);

    await page.goto(`${reg.url}/`);
    await page.waitForFunction(cardCountIs, 12);
    await page.getByLabel('Sort by').selectOption('name');
    await page.waitForURL(/sort=name/);
    await page.waitForFunction(firstCardIs, 'api-probe');
    const names = await page.locator('.card h3').allInnerTexts();
    assert.deepEqual(names, [...names].sort(), 'sorted by name');
    assert.equal(await page.getByRole('button', { name: '← Previous' }).isDisabled(), true);
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.waitForURL(/page=2/);
    await page.waitForFunction(cardCountIs, 2);
    const page2 = await page.locator('.card h3').allInnerTexts();
    assert.ok(
      page2.every((n) => n > (names[names.length - 1] ?? '')),
      'page 2 continues the order',
    );
    assert.equal(await page.getByRole('button', { name: 'Next →' }).isDisabled(), true);
    assert.match(await page.locator('.pager').innerText(), /Page 2 of 2/);

    await page.goto(`${reg.url}/`);
    await page.waitForFunction(cardCountIs, 12);
    await page.screenshot({ path: path.join(SHOTS, 'catalog.png'), fullPage: true });
  });

  it('the skill page shows capabilities in plain words and the verification data', async () => {
    const { page } = browser;
    const detail = await reg.api<VersionDetail>('GET', '/v1/skills/pdf-tools/versions/1.1.0');
    const bundle = await reg.api<Bundle>('GET', '/v1/skills/pdf-tools/versions/1.1.0/attestation');
    assert.equal(bundle.status, 200);
    const logIndex = bundle.body.verificationMaterial.tlogEntries[0]?.logIndex;
    assert.ok(logIndex !== undefined, 'the bundle has a transparency log entry');

    await page.goto(`${reg.url}/skills/pdf-tools`);
    await page.getByRole('heading', { level: 1, name: /pdf-tools/ }).waitFor();
    const caps = await page.locator('.skill-side .cap-list').innerText();
    for (const phrase of [
      'can connect to api.example.com',
      'can connect to cdn.example.org',
      'can read ./data/**',
      'can write ./out/**',
      'can read env var EXAMPLE_API_KEY, sent only to host api.example.com',
    ])
      assert.ok(caps.includes(phrase), `capabilities list says "${phrase}":\n${caps}`);

    const signer = page.getByTestId('att-signer');
    await signer.waitFor();
    assert.match(await signer.innerText(), /https:\/\/registry\.skillgate\.test\/signer/);
    assert.match(await signer.innerText(), /https:\/\/oidc\.skillgate\.test/);
    assert.equal(
      await page.getByTestId('att-digest').innerText(),
      `sha256:${detail.body.integrity.sha256}`,
    );
    assert.match(await page.locator('.attestation').innerText(), /matches the tarball/);
    assert.match(
      await page.getByTestId('att-log').innerText(),
      new RegExp(`entry #${logIndex}\\b`),
    );
    assert.match(
      await page.getByTestId('att-time').innerText(),
      /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
    );
    assert.equal(
      await page.getByLabel('verify command').innerText(),
      'skillgate verify pdf-tools@1.1.0',
    );
    assert.equal(
      await page.getByLabel('install command').innerText(),
      'skillgate install pdf-tools@1.1.0',
    );
    await page.getByRole('button', { name: 'Copy install command' }).click();
    await page.locator('.copy-status', { hasText: 'Copied' }).first().waitFor();
    assert.equal(await page.evaluate(readClipboard), 'skillgate install pdf-tools@1.1.0');

    // the capability change between 1.0.0 and 1.1.0
    const row = page.locator('table.versions tr', {
      has: page.getByRole('link', { name: '1.1.0' }),
    });
    const change = await row.innerText();
    assert.match(change, /can connect to cdn\.example\.org/);
    assert.match(change, /can write \.\/out\/\*\*/);
    assert.match(change, /published/);

    // the remote image waits for consent
    const consent = page.getByRole('button', { name: 'Load image from host img.example.com' });
    await consent.waitFor();
    assert.equal(await page.locator('.markdown img').count(), 0);
    assert.deepEqual(browser.external, [], 'nothing was fetched from outside');
    await page.screenshot({ path: path.join(SHOTS, 'skill-page.png'), fullPage: true });
    await consent.click();
    await page
      .locator('.markdown img[src="https://img.example.com/diagram.png"]')
      .waitFor({ state: 'attached' });
    for (let i = 0; i < 50 && browser.external.length === 0; i++) await page.waitForTimeout(20);
    assert.deepEqual(
      browser.external,
      ['https://img.example.com/diagram.png'],
      'the image loads only after the click',
    );
    browser.external.length = 0;
  });

  it('a finding links to its evidence', async () => {
    const { page } = browser;
    await page.goto(`${reg.url}/skills/pdf-tools/1.1.0/report`);
    const link = page.locator('.finding-index a', {
      hasText: 'js-network-egress — scripts/save-fonts.mjs:3',
    });
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    assert.ok(href.startsWith('#finding-'), `index links to an anchor: ${href}`);
    const anchor = href.slice(1);
    await link.click();
    await page.waitForURL((u) => u.hash === href);
    const target = page.locator(`[id="${anchor}"]`);
    assert.match((await target.getAttribute('class')) ?? '', /targeted/);
    assert.match(
      await target.locator('.evidence').innerText(),
      /fetch\('https:\/\/cdn\.example\.org\/fonts\.json'\)/,
    );
    assert.match(await target.innerText(), /scripts\/save-fonts\.mjs:3/);
    assert.match(await target.innerText(), /static/);
    assert.ok(await target.isVisible());

    // a fresh load of the link lands on the same evidence
    await page.goto(`${reg.url}/skills/pdf-tools/1.1.0/report${href}`);
    await page.locator(`[id="${anchor}"].targeted`).waitFor();
    const inView = await page.locator(`[id="${anchor}"]`).evaluate(isInViewport);
    assert.ok(inView, 'the linked finding is scrolled into view');
    await page.goto(`${reg.url}/skills/pdf-tools/1.1.0/report`);
    await page.locator('.finding').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'report.png'), fullPage: true });
  });

  it('a hostile SKILL.md renders inert', async () => {
    const { page } = browser;
    await page.goto(`${reg.url}/skills/markdown-trap`);
    const md = page.locator('.markdown');
    await md.getByText('Intro text.').waitFor();
    const dom = await md.evaluate(inertReport);
    assert.equal(dom.active, 0, dom.html);
    assert.deepEqual(dom.handlers, []);
    assert.equal(dom.styled, 0);
    assert.deepEqual(dom.badUrls, []);
    assert.equal(dom.comments, false);
    assert.ok(!dom.html.includes(TRAP_MARKERS.comment), 'the HTML comment is dropped');
    assert.deepEqual(dom.borrowedClasses, [], 'author classes cannot borrow the page styles');
    assert.deepEqual(dom.globals, []);
    assert.deepEqual(browser.external, [], 'no frame, object, srcset or base reached out');
    await page.screenshot({
      path: path.join(SHOTS, 'skill-page-hostile-markdown.png'),
      fullPage: true,
    });
    // the links that survive are inert; clicking them runs nothing
    await md.getByText('Open the guide').click();
    await md.getByText('Click me').click();
    await md.getByText('Data link').click();
    await md.getByText('Mixed case').click();
    await md.getByText('Entity').click();
    await page.waitForTimeout(200);
    assert.deepEqual(browser.dialogs, [], 'no dialog fired');
    assert.deepEqual(await page.evaluate(trapGlobals), []);
    assert.match(page.url(), /\/skills\/markdown-trap/);
    assert.deepEqual(browser.errors, []);
  });

  it('is accessible: landmarks, labels, AA contrast, keyboard with visible focus, no layout shift', async (t) => {
    const { page } = browser;
    for (const [route, ready] of [
      ['/', '.card'],
      ['/skills/pdf-tools', '[data-testid="att-signer"]'],
      ['/skills/pdf-tools/1.1.0/report', '.finding'],
      ['/moderation', '#token'],
    ] as const) {
      await page.goto(reg.url + route);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(
        await page.evaluate(unlabeledControls),
        [],
        `${route}: every control has a label`,
      );
      assert.deepEqual(
        await page.locator('body').evaluate(contrastProblems),
        [],
        `${route}: AA contrast`,
      );
      const marks = await page.evaluate(landmarks);
      assert.deepEqual(
        { main: marks.main, banner: marks.banner, contentinfo: marks.contentinfo, h1: marks.h1 },
        { main: 1, banner: 1, contentinfo: 1, h1: 1 },
        `${route}: landmarks`,
      );
      assert.ok(marks.nav >= 1, `${route}: navigation landmark`);
      const cls = Number(await page.evaluate('window.__layoutShift'));
      t.diagnostic(`${route}: cumulative layout shift ${cls.toFixed(4)}`);
      // the app itself needs no inline script or style: the strict CSP never fires on it
      assert.deepEqual(
        await page.evaluate('window.__cspViolations'),
        [],
        `${route}: CSP violations`,
      );
      assert.ok(cls < 0.05, `${route}: cumulative layout shift ${cls} stays under 0.05`);
    }

    // reflow at a phone's width (320 CSS px is WCAG's yardstick)
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [route, ready] of [
      ['/', '.card'],
      ['/skills/pdf-tools', '[data-testid="att-signer"]'],
      ['/skills/pdf-tools/1.1.0/report', '.finding'],
    ] as const) {
      await page.goto(reg.url + route);
      await page.locator(ready).first().waitFor();
      assert.equal(
        await page.evaluate(horizontalOverflow),
        0,
        `${route}: no sideways scrolling at 320 px`,
      );
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // keyboard only: skip link, search box, then a result opens with Enter
    await page.goto(`${reg.url}/`);
    await page.locator('.card').first().waitFor();
    await page.keyboard.press('Tab');
    let focus = await page.evaluate(focusState);
    assert.equal(focus.text, 'Skip to content');
    assert.match(focus.outline, /^solid [1-9]/, 'focus is visible');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    focus = await page.evaluate(focusState);
    assert.equal(focus.tag, 'input', 'after skipping, the search box is next');
    await page.keyboard.type('pdf');
    await page.waitForURL(/\?q=pdf$/);
    await page.waitForFunction(cardCountIs, 1);
    for (let i = 0; i < 10 && (await page.evaluate(focusState)).text !== 'pdf-tools'; i++)
      await page.keyboard.press('Tab');
    focus = await page.evaluate(focusState);
    assert.equal(focus.text, 'pdf-tools');
    assert.match(focus.outline, /^solid [1-9]/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/skills\/pdf-tools$/);
    await page.getByRole('heading', { level: 1, name: /pdf-tools/ }).waitFor();
  });

  it("a rejected version's report is visible to its owner (with the appeal action when offered)", async () => {
    const { page } = browser;
    const route = '/skills/notes-sync/1.0.0/report';
    await page.goto(reg.url + route);
    const denied = page.getByRole('alert');
    await denied.waitFor();
    assert.match(await denied.innerText(), /not found.*Owners and moderators can sign in/s);
    assert.equal(await page.locator('.finding').count(), 0, 'the public sees no findings');

    await page.goto(`${reg.url}/moderation`);
    await page.getByLabel('API token').fill(reg.tokens.publisher);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as alice', { exact: true }).waitFor();
    await page.goto(reg.url + route);
    const finding = page.locator('.finding', { hasText: 'cap-undeclared-network' });
    await finding.waitFor();
    assert.match(await finding.locator('.evidence').innerText(), /collect\.example\.net/);
    assert.match(await finding.innerText(), /high/);
    assert.match(await page.locator('.meta').innerText(), /rejected/);
    const openapi = await reg.api<{ paths: Record<string, unknown> }>('GET', '/openapi.json');
    const appeals = '/v1/skills/{name}/versions/{version}/appeal' in openapi.body.paths;
    if (appeals) {
      // the owner appeals once; the version goes back to the review queue
      await page
        .getByLabel('Why the findings are wrong')
        .fill('collect.example.net is our own sync server');
      await page.getByRole('button', { name: 'Appeal' }).click();
      await page.getByRole('status').filter({ hasText: 'Appeal sent' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Appeal' }).isDisabled(), true);
      const after = await reg.api<VersionDetail>(
        'GET',
        '/v1/skills/notes-sync/versions/1.0.0',
        reg.tokens.publisher,
      );
      assert.equal(after.body.state, 'review');
    } else {
      await page.getByText('does not offer appeals yet').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Appeal' }).count(), 0);
    }
    await page.screenshot({ path: path.join(SHOTS, 'report-rejected.png'), fullPage: true });

    // the owner's skill page lists the rejected version with its state
    await page.goto(`${reg.url}/skills/notes-sync`);
    const row = page.locator('table.versions tr', {
      has: page.getByRole('link', { name: '1.0.0' }),
    });
    await row.waitFor();
    // after an appeal the version waits for review again
    assert.match(await row.innerText(), appeals ? /review/ : /rejected/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('a moderator approves a review item and the skill appears in the catalog', async (t) => {
    const openapi = await reg.api<{ paths: Record<string, unknown> }>('GET', '/openapi.json');
    const missing = ['/v1/review', '/v1/skills/{name}/versions/{version}/approve'].filter(
      (p) => !(p in openapi.body.paths),
    );
    const { page } = browser;
    await page.goto(`${reg.url}/moderation`);
    await page.getByLabel('API token').fill(reg.tokens.moderator);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (missing.length > 0) {
      // the UI says plainly that the route is missing instead of failing obscurely
      const note = page.getByRole('alert');
      await note.waitFor();
      assert.match(await note.innerText(), /does not offer the review queue/);
      t.skip(`the registry does not offer ${missing.join(', ')} yet (pipeline issue)`);
      return;
    }
    const item = page.getByRole('link', { name: 'calc-eval@1.0.0' });
    await item.waitFor();
    await item.click();
    await page.waitForURL(/\/moderation\/calc-eval\/1\.0\.0$/);
    // the report sits beside the decision
    await page.locator('.review-right .finding', { hasText: 'js-eval-dynamic' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'moderation.png'), fullPage: true });
    // the pipeline queues are for admins only
    assert.equal(await page.getByRole('heading', { name: 'Pipeline queues' }).count(), 0);
    await page.getByRole('button', { name: 'Approve 1.0.0' }).click();
    await page.getByRole('status').filter({ hasText: 'Approved calc-eval@1.0.0' }).waitFor();
    assert.equal(
      (await waitForState(reg.api, 'calc-eval', '1.0.0', reg.tokens.moderator)).state,
      'published',
    );

    await page.goto(`${reg.url}/?q=calc`);
    const card = page.locator('.card', { hasText: 'calc-eval' });
    await card.waitFor();
    assert.match(await card.innerText(), /reviewed by a human/);
    // the attestation names the approver
    await card.getByRole('link', { name: 'calc-eval' }).click();
    await page.getByTestId('att-signer').waitFor();
    assert.match(await page.locator('.attestation').innerText(), /review, approved by mod/);
  });

  it('an admin sees the pipeline queues beside the review queue', async () => {
    const { page } = browser;
    await page.goto(`${reg.url}/moderation`);
    const signOut = page.getByRole('button', { name: 'Sign out' });
    if (await signOut.count()) await signOut.click();
    await page.getByLabel('API token').fill(reg.tokens.admin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const panel = page.locator('section', {
      has: page.getByRole('heading', { name: 'Pipeline queues' }),
    });
    await panel.waitFor();
    const facts = panel.getByTestId('queue-facts');
    await facts.waitFor();
    const stats = await reg.api<{ mode: string; unfinished: number; review: number }>(
      'GET',
      '/v1/admin/queues',
      reg.tokens.admin,
    );
    assert.equal(stats.status, 200);
    const text = await facts.innerText();
    assert.match(text, /Mode\s+in-process/);
    assert.match(text, new RegExp(`Unfinished runs\\s+${stats.body.unfinished}\\b`));
    assert.match(text, new RegExp(`Waiting for review\\s+${stats.body.review}\\b`));
    await page.screenshot({ path: path.join(SHOTS, 'pipeline-queues.png'), fullPage: true });
  });
});
