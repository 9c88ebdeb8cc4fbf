/**
 * The pages the build draws into the HTML (src/app/prerender.tsx): what the
 * HTML alone shows before any script of ours has run, that no other address
 * shows them, and that the live page takes over without a "Loading…" between;
 * and the audits list the last visit drew, shown in the home page's first paint.
 * Service workers are blocked so that page.route sees every request.
 */
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, domainPath, expectAllSaved, indicator, school, startAttendanceAudit } from './support/audit-pages';

const indicatorCount = attendance.domains.reduce((count, domain) => count + domain.indicators.length, 0);

test.use({ serviceWorkers: 'block' });

/** Keeps the app's own scripts away, so that the page shows only what its HTML holds. */
async function withoutAppScripts(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

test('the home page and the new-audit page show their heading, text and start button from the HTML alone', async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
  await expect(page.getByText('Reflect helps your team look at what is working well')).toBeVisible();
  // Before the scripts, the start button is a plain link, and it works.
  await expect(page.getByRole('button', { name: 'Start a new self-evaluation' })).toHaveAttribute('href', '/audits/new');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Settings and backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await expect(page).toHaveURL(/\/audits\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new self-evaluation' })).toBeVisible();
  // The shipped toolkits are drawn too, in a form that takes no typing until it is live (the swap would lose it).
  await expect(page.getByText('Attendance self-evaluation', { exact: true })).toBeVisible();
  await expect(page.locator('form')).toHaveAttribute('inert', '');
  await expect(page.locator('#date')).toHaveValue('');
});

test('any other address shows none of the drawn page, though the host sends it the same HTML', async ({ page }) => {
  await withoutAppScripts(page);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/settings', '/audits/some-audit/results', '/audits/new/extra']) {
    await page.goto(path);
    await expect(page.locator('#root')).toBeEmpty();
  }
  // The inline script that empties it is allowed by its hash, and by nothing wider.
  expect(violations).toEqual([]);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(policy).not.toContain('unsafe-inline');
});

test('with its scripts, the drawn page becomes the live one as it stands: no “Loading…” between, and no element drawn again', async ({ page }) => {
  // A hydration mismatch is reported as a page error, and React would then draw the page again.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const element of document.querySelectorAll('main h1, main p, main .govuk-hint')) element.setAttribute('data-drawn-at-build', '');
    });
    const seen: string[] = [];
    (window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
    new MutationObserver(() => {
      for (const p of document.querySelectorAll('main p')) if (p.textContent === 'Loading…') seen.push(location.pathname);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'You have not started a self-evaluation yet' })).toBeVisible();
  // The element the build drew is the one on screen now (a new one would not carry the mark).
  await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toHaveAttribute('data-drawn-at-build', '');
  await expect(page.getByText('Reflect helps your team look at what is working well')).toHaveAttribute('data-drawn-at-build', '');
  await page.goto('/audits/new');
  await expect(page.getByRole('group', { name: 'Which toolkit do you want to use?' })).toBeVisible();
  await expect(page.locator('#toolkit-attendance-hint')).toHaveAttribute('data-drawn-at-build', '');
  expect(await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen)).toEqual([]);
  // And it is live: the start button is the app's own link now.
  await expect(page.locator('form')).not.toHaveAttribute('inert');
  await page.getByLabel('School name').fill('Northfield Primary School');
  await expect(page.getByLabel('School name')).toHaveValue('Northfield Primary School');
  // Today's date, not the build's.
  await expect(page.locator('#date')).toHaveValue(await page.evaluate(() => new Date().toLocaleDateString('en-CA')));
  expect(errors).toEqual([]);
});

test.describe('the audits list from the last visit', () => {
  test('shows in the first paint, before any script, and the app takes it over as it stands', async ({ page }) => {
    const errors = pageErrors(page);
    const autumnId = await startAttendanceAudit(page, 'Autumn 2026 review');
    await startAttendanceAudit(page, 'Spring 2027 review');
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Spring 2027 review', exact: true })).toBeVisible();

    // Without the app's scripts, the list the last visit drew is there, and its links work as links.
    await withoutAppScripts(page);
    await page.reload();
    const autumn = page.getByRole('region', { name: 'Autumn 2026 review' });
    await expect(autumn).toContainText(`0 of ${indicatorCount} statements answered`);
    await expect(page.getByRole('region', { name: 'Spring 2027 review' })).toContainText(school);
    await expect(page.getByText('Loading your self-evaluations…')).toHaveCount(0);
    await expect(autumn.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toHaveAttribute('href', `/audits/${autumnId}`);

    // With them, the app takes the list over without drawing it again: the card on screen is the one the page showed.
    await page.unroute(/\/assets\/.*\.js$/);
    errors.length = 0; // Only the blocked scripts' failures so far.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => document.querySelector('.govuk-summary-card')?.setAttribute('data-from-html', ''));
    });
    await page.reload();
    await expect(page.locator('#root')).not.toHaveAttribute('data-from-last-visit');
    await expect(page.locator('.govuk-summary-card').first()).toHaveAttribute('data-from-html', '');
    // And it is live: the link opens the audit where it was left, its first domain.
    await autumn.getByRole('link', { name: 'Autumn 2026 review', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: attendance.domains[0]!.title })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('is corrected from the database when the self-evaluations changed after it was drawn', async ({ page }) => {
    const errors = pageErrors(page);
    const autumnId = await startAttendanceAudit(page, 'Autumn 2026 review');
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toContainText(`0 of ${indicatorCount} statements answered`);
    // Rated since, and a new one started, without coming back to the list.
    await page.goto(domainPath(autumnId, 0));
    await indicatorGroup(page, indicator(0, 0).statement).getByRole('radio').first().check();
    await expectAllSaved(page);
    await startAttendanceAudit(page, 'Spring 2027 review');

    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toContainText(`1 of ${indicatorCount} statements answered`);
    await expect(page.getByRole('region', { name: 'Spring 2027 review' })).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('data-from-last-visit');
    expect(errors).toEqual([]);
  });

  test('is not shown by a later version of the app, nor when what was kept is unreadable', async ({ page }) => {
    const errors = pageErrors(page);
    await startAttendanceAudit(page, 'Autumn 2026 review');
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
    const kept = await page.evaluate(() => localStorage.getItem('reflect-home-list'));
    expect(kept).toContain('Autumn 2026 review');

    await withoutAppScripts(page);
    // Kept by an earlier build (its entry script had another name), whose markup may differ: not shown.
    await page.evaluate((text) => localStorage.setItem('reflect-home-list', text.replace(/"entry":"[^"]+"/, '"entry":"/assets/index-older.js"')), kept!);
    await page.reload();
    await expect(page.getByText('Loading your self-evaluations…')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toHaveCount(0);
    // Cut short (say, storage failing as it was written): not shown either, and the app still starts.
    await page.evaluate((text) => localStorage.setItem('reflect-home-list', text.slice(0, 40)), kept!);
    await page.reload();
    await expect(page.getByText('Loading your self-evaluations…')).toBeVisible();
    await page.unroute(/\/assets\/.*\.js$/);
    errors.length = 0; // Only the blocked scripts' failures so far.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
    // Drawn afresh from the database, and kept again.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('reflect-home-list'))).toBe(kept);
    expect(errors).toEqual([]);
  });

  test('with localStorage full, the list still shows from the database and nothing is kept', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'reflect-home-list') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await startAttendanceAudit(page, 'Autumn 2026 review');
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('reflect-home-list'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

/** Page errors and console errors: a hydration mismatch shows as one, and React then draws the page again. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
