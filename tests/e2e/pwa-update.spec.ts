import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startAudit } from './support/audit-flow';
import { buildVariant } from './support/build-variant';
import { waitForOfflineReady } from './support/service-worker';
import { startSwitchableServer } from './support/switchable-server';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
const buildA = resolve(import.meta.dirname, '../../dist');
const NEXT_VERSION = `${version}-next`;
let buildB = '';

test.beforeAll(async () => {
  buildB = mkdtempSync(join(tmpdir(), 'reflect-build-b-'));
  await buildVariant(buildB, NEXT_VERSION);
});

test.afterAll(() => {
  if (buildB) rmSync(buildB, { recursive: true, force: true });
});

/** Marks the current document, so that we can tell whether the page has reloaded since. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { reflectTestMark: true }));
const isSameDocument = (page: Page) => page.evaluate(() => 'reflectTestMark' in window);

test('a new version waits until the person accepts it, and nothing typed is lost', async ({ browser }) => {
  const server = await startSwitchableServer(buildA);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    await startAudit(page, { toolkitTitle: toolkit.title, school: 'Brookside Primary', title: 'Summer 2027 review' });
    await expect(page.getByRole('heading', { level: 1, name: toolkit.domains[0]!.title })).toBeVisible();
    await expect(page.getByText(`Version ${version}`, { exact: true })).toBeVisible();
    await waitForOfflineReady(page);
    await markDocument(page);
    const note = page.getByLabel('How do we know? (evidence note)').first();
    await note.fill('Registers close at 9:05');

    // Build B is deployed. The browser finds it when Reflect is next opened, here in a second tab.
    server.serve(buildB);
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
    await markDocument(other);

    // Both tabs offer the update once it is installed (which downloads the whole
    // build, slow on a busy machine); neither reloads by itself.
    const offer = (tab: Page) => tab.getByRole('region', { name: 'A new version of Reflect is available' });
    await expect(offer(page)).toBeVisible({ timeout: 30_000 });
    await expect(offer(page)).toContainText('Reload when you are ready');
    await expect(offer(other)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('update-offer.png') });
    expect(await isSameDocument(page)).toBe(true);
    await expect(note).toHaveValue('Registers close at 9:05');

    // Still typing when they accept: the last words go with the page as it reloads.
    await note.pressSequentially('; the office phones home by 9:30.');
    await offer(page).getByRole('button', { name: 'Reload now' }).click();
    await expect(page.getByText(`Version ${NEXT_VERSION}`, { exact: true })).toBeVisible();
    expect(await isSameDocument(page)).toBe(false);
    await expect(page.getByLabel('How do we know? (evidence note)').first()).toHaveValue('Registers close at 9:05; the office phones home by 9:30.');
    await expect(offer(page)).toHaveCount(0);

    // The other tab keeps running the old version until its user reloads, and says why.
    const updatedElsewhere = other.getByRole('region', { name: 'Reflect was updated in another tab' });
    await expect(updatedElsewhere).toBeVisible();
    expect(await isSameDocument(other)).toBe(true);
    await updatedElsewhere.getByRole('button', { name: 'Reload now' }).click();
    await expect(other.getByText(`Version ${NEXT_VERSION}`, { exact: true })).toBeVisible();
  } finally {
    await context.close();
    await server.close();
  }
});
