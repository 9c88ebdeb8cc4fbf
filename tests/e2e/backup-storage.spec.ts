import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/backup-files';

test('the settings page shows storage use, and asks the browser to keep the data', async ({ page, context, browser, baseURL }) => {
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await expect(storage.getByRole('definition').nth(1)).toHaveText(/^\d+(\.\d)? (bytes|KB|MB|GB) of about \d+(\.\d)? (MB|GB|TB) the browser allows$/);

  // Chromium keeps data for sites with the "durable storage" permission; grant it as a browser would for an installed app.
  await expect(storage.getByRole('definition').first()).toHaveText(/^Not guaranteed/);
  // Playwright's grantPermissions has no name for it, so ask Chromium directly, for this test's browser context only.
  const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
  await (await browser.newBrowserCDPSession()).send('Browser.grantPermissions', {
    permissions: ['durableStorage'],
    origin: new URL(baseURL!).origin,
    browserContextId: targetInfo.browserContextId,
  });
  await storage.getByRole('button', { name: 'Ask the browser to keep Reflect’s data' }).click();
  await expect(storage.getByRole('status')).toHaveText('The browser agreed to keep Reflect’s data.');
  await expect(storage.getByRole('definition').first()).toHaveText(/^Yes\. The browser has agreed/);
  await expect(storage.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('when the browser says no, the page says so and points to backups', async ({ page }) => {
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await storage.getByRole('button', { name: 'Ask the browser to keep Reflect’s data' }).click();
  await expect(storage.getByRole('status')).toHaveText(/The browser did not agree\..*Download backups regularly\./);
});
