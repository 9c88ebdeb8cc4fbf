import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { startPreviewServer } from './support/preview-server';
import { listCachedPaths, waitForOfflineReady } from './support/service-worker';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const school = 'Hillside Academy';
const distDir = resolve(import.meta.dirname, '../../dist');

/**
 * Every file of the build the app may ask for; the install dialog's screenshots and the worker's own files aside,
 * and the Chinese font slices (4.6 MB), which a PDF fetches one by one when a name needs them and keeps in a
 * cache of its own (src/pdf/fonts/noto-sans-sc.ts; offline use is tested in plan-offline.spec.ts); and the policy
 * written for the host to send as a header, which the app never reads.
 */
function listBuiltFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, resolve(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !/^(sw\.js|workbox-[\w-]+\.js|screenshots\/|\.vite\/|assets\/noto-sans-sc-[^/]+\.woff$|content-security-policy\.txt$)/.test(path))
    .sort();
}

test('after the first visit every file is cached and every screen works with no network, deep links and PDF export included', async ({
  browser,
}) => {
  const server = await startPreviewServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    // First visit, online: start an audit and rate one indicator.
    await startAudit(page, { toolkitTitle: toolkit.title, school, title: 'Spring 2027 review' });
    const domain = toolkit.domains[1]!;
    const indicator = domain.indicators[0]!;
    const level = levelFor(toolkit, 1, 0);
    await page.getByRole('link', { name: `Next: ${domain.shortTitle}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    await indicatorGroup(page, indicator.statement).getByRole('radio', { name: level.label }).check();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
    const domainPath = new URL(page.url()).pathname;
    const resultsPath = domainPath.replace(/\/domains\/.*$/, '/results');
    await waitForOfflineReady(page);

    // Everything the build contains is in the cache, however large (the PDF code, the toolkits, lazy screens).
    const cached = await listCachedPaths(page);
    expect(listBuiltFiles().filter((file) => !cached.includes(file))).toEqual([]);

    // No server, no network.
    await server.close();
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('offline-indicator.png') });

    // A deep link opened directly, then reloaded.
    const offlinePage = await context.newPage();
    await offlinePage.goto(domainPath);
    await expect(offlinePage.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    await expect(indicatorGroup(offlinePage, indicator.statement).getByRole('radio', { name: level.label })).toBeChecked();
    await offlinePage.reload();
    await expect(indicatorGroup(offlinePage, indicator.statement).getByRole('radio', { name: level.label })).toBeChecked();

    // Results and the PDF export, whose code loads only now.
    await offlinePage.goto(resultsPath);
    await expect(offlinePage.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
    const [download] = await Promise.all([
      offlinePage.waitForEvent('download'),
      offlinePage.getByRole('button', { name: 'Download development plan (PDF)' }).click(),
    ]);
    const file = test.info().outputPath('offline-plan.pdf');
    await download.saveAs(file);
    expect(collapseWhitespace(pdfText(file))).toContain(school);

    // The toolkit files, for a new audit.
    await offlinePage.goto('/audits/new');
    await expect(offlinePage.getByRole('radio', { name: toolkit.title })).toBeVisible();

    // The audits list, and an unknown address.
    await offlinePage.goto('/');
    await expect(offlinePage.getByRole('region', { name: 'Spring 2027 review' }).getByRole('link', { name: 'Spring 2027 review', exact: true })).toBeVisible();
    await offlinePage.goto('/no-such-page');
    await expect(offlinePage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

    // Back online, the note goes away. (Checked on the first page: Chromium reports
    // navigator.onLine as true in pages opened after offline emulation began.)
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
});
