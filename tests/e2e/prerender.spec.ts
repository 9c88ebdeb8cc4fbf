/**
 * The pages the build draws into the HTML (src/app/prerender.tsx): what the
 * HTML alone shows before any script of ours has run, that no other address
 * shows them, and that the live page takes over without a "Loading…" between.
 * Service workers are blocked so that page.route sees every request.
 */
import { expect, test, type Page } from '@playwright/test';

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
