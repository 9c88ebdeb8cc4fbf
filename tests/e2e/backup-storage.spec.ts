import { expect, test, type Page } from '@playwright/test';
import { startAudit } from './support/audit-flow';
import { expectNoAxeViolations } from './support/backup-files';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');

test('the settings page shows storage use, and asks the browser to keep the data', async ({ page, context, browser, baseURL }) => {
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await expect(storage.getByRole('definition').nth(1)).toHaveText(/^\d+(\.\d)? (bytes|KB|MB|GB) \(this browser lets Reflect use about \d+(\.\d)? (MB|GB|TB)\)$/);
  await expect(storage.getByRole('term')).toHaveText(['Protected from automatic clearing', 'Space used']);
  await expect(storage.getByRole('definition').first()).toHaveText(/^No — make a backup regularly\./);

  // Chromium keeps data for sites with the "durable storage" permission; grant it as a browser would for an installed app.
  // Playwright's grantPermissions has no name for it, so ask Chromium directly, for this test's browser context only.
  const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
  await (await browser.newBrowserCDPSession()).send('Browser.grantPermissions', {
    permissions: ['durableStorage'],
    origin: new URL(baseURL!).origin,
    browserContextId: targetInfo.browserContextId,
  });
  await storage.getByRole('button', { name: 'Ask this browser to protect Reflect’s data' }).click();
  await expect(storage.getByRole('status')).toHaveText('This browser has promised to keep Reflect’s data.');
  await expect(storage.getByRole('definition').first()).toHaveText(/^Yes\. This browser has promised/);
  await expect(storage.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('when the browser says no, the page says so and points to backups', async ({ page }) => {
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await storage.getByRole('button', { name: 'Ask this browser to protect Reflect’s data' }).click();
  await expect(storage.getByRole('status')).toHaveText(/^This browser would not promise to keep your data\..*Make a backup regularly\.$/);
});

/** Counts calls to navigator.storage.persist, noting whether each came in the wake of a click; `answer` replaces the browser's reply. */
async function watchPersistRequests(page: Page, answer: 'browser' | 'never') {
  await page.addInitScript((answer) => {
    const calls: boolean[] = [];
    const persist = navigator.storage.persist.bind(navigator.storage);
    Object.assign(window, { persistCalls: calls });
    navigator.storage.persist = () => {
      calls.push(navigator.userActivation.isActive);
      return answer === 'never' ? new Promise<boolean>(() => undefined) : persist();
    };
  }, answer);
  return () => page.evaluate(() => (window as unknown as { persistCalls: boolean[] }).persistCalls);
}

test('starting a self-evaluation asks the browser to keep the data, on the click that starts it', async ({ page }) => {
  const persistCalls = await watchPersistRequests(page, 'browser');
  await page.goto('/audits/new');
  await page.getByLabel('Title of this self-evaluation').fill('Autumn 2026 review');
  // A form with errors creates nothing, and asks nothing.
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  expect(await persistCalls()).toEqual([]);

  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title: 'Autumn 2026 review' });
  await expect(page.getByRole('heading', { level: 1, name: toolkit.domains[0]!.title })).toBeVisible();
  expect(await persistCalls()).toEqual([true]);
});

test('a browser that never answers the request does not hold up the new self-evaluation', async ({ page }) => {
  const persistCalls = await watchPersistRequests(page, 'never');
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title: 'Autumn 2026 review' });
  await expect(page.getByRole('heading', { level: 1, name: toolkit.domains[0]!.title })).toBeVisible();
  expect(await persistCalls()).toEqual([true]);
});
