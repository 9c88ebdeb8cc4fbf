/**
 * A screen whose code does not arrive. The browser remembers a failed module
 * fetch until the page reloads, so without help the screen stays blank: the
 * page reloads itself once, and says what happened if that did not help.
 * Service workers are blocked so that every fetch reaches page.route.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/two-audits';

test.use({ serviceWorkers: 'block' });

test('a screen whose code failed to arrive reloads once and then opens', async ({ page }) => {
  let fetches = 0;
  await page.route(/\/assets\/settings-page-[\w-]+\.js$/, (route) => (++fetches === 1 ? route.abort('connectionreset') : route.continue()));
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and backup' })).toBeVisible();
  expect(fetches).toBe(2);
  expect(loads).toBe(2);
});

test('a screen whose code never arrives says so, offers a reload, and does not reload in a loop', async ({ page }) => {
  let fetches = 0;
  await page.route(/\/assets\/meeting-page-[\w-]+\.js$/, (route) => {
    fetches++;
    return route.abort('internetdisconnected');
  });
  let loads = 0;
  page.on('load', () => loads++);
  // Meeting mode fills the screen, outside the layout's own error boundary.
  await page.goto('/audits/any/meeting');
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not load' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Your saved work is safe in this browser.');
  expect([fetches, loads]).toEqual([2, 2]);
  await expectNoAxeViolations(page);

  // Once the connection is back, the button brings the screen.
  await page.unroute(/\/assets\/meeting-page-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Reload the page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page could not load');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
