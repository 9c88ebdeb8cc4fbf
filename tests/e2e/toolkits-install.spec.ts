/**
 * A council's own toolkit, installed at run time from its toolkit file: the
 * file is checked and previewed first (or every problem in it listed), then it
 * starts a self-evaluation. Versions, refusals, removal and backups too.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { indicatorGroup } from './support/audit-flow';
import { expectNoAxeViolations } from './support/audit-pages';
import { chooseBackupFile, downloadBackup } from './support/backup-files';
import { customToolkit } from './support/custom-toolkit';
import { checkToolkitFile, installToolkitFile, jsonFile, preview, toolkitCard } from './support/toolkit-install';
import { readToolkit } from './support/toolkits';

const council: Toolkit = { ...structuredClone(customToolkit), title: '<b>Trust</b> arrivals & “routines”' };

test('a council’s toolkit file is checked, shown and installed, then starts a self-evaluation; markup in it stays text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Toolkits', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toolkits' })).toBeVisible();
  const attendance = readToolkit('attendance');
  await expect(toolkitCard(page, attendance.title)).toContainText('Comes with Reflect');
  await expect(toolkitCard(page, attendance.title)).toContainText(`Version${attendance.version}`);

  // A shipped toolkit comes out as the toolkit file it was written as.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download as a toolkit file for ${attendance.title}, version ${attendance.version}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`attendance-${attendance.version}.json`);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(attendance);

  await checkToolkitFile(page, jsonFile('arrivals.json', council));
  const shown = preview(page);
  await expect(shown.getByRole('heading', { name: `${council.title}, version 1.0.0` })).toBeVisible();
  await expect(shown.getByRole('table', { name: 'Sections in this toolkit' }).getByRole('row')).toHaveCount(council.domains.length + 1);
  await expect(shown).toContainText(`Statements${council.domains.flatMap((domain) => domain.indicators).length} (no quick review`);
  await expect(page.locator('b')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Install this toolkit' }).click();
  await expect(page.getByText(`“${council.title}” version 1.0.0 is installed.`)).toBeVisible();
  const card = toolkitCard(page, council.title);
  await expect(card).toContainText('Installed from “arrivals.json”');
  await expect(card).toContainText('Used byNone');
  await expect(card.getByRole('button', { name: /^Remove/ })).toBeVisible();

  await page.getByRole('link', { name: 'start a self-evaluation with it' }).click();
  await page.getByRole('radio', { name: council.title }).check();
  await page.getByLabel('School name').fill('Hollins Academy');
  await page.getByLabel('Title of this self-evaluation').fill('Arrivals, autumn');
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: council.domains[0]!.title })).toBeVisible();

  await page.goto('/toolkits');
  await expect(toolkitCard(page, council.title)).toContainText('Used by1 self-evaluation');
  await expect(toolkitCard(page, council.title).getByRole('button', { name: /^Remove/ })).toHaveCount(0);
});

test('a file with problems lists every one and installs nothing; other content under the same version is refused; a newer version is installed beside the old', async ({ page }) => {
  await page.goto('/toolkits');
  const cards = page.locator('.govuk-summary-card');
  await expect(toolkitCard(page, readToolkit('attendance').title)).toBeVisible();
  const shipped = await cards.count();

  const broken = structuredClone(council);
  broken.domains[0]!.indicators[1]!.id = 'has spaces';
  broken.domains[0]!.indicators[2]!.statement = ' ';
  await checkToolkitFile(page, jsonFile('broken.json', broken));
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('“broken.json” cannot be installed');
  await expect(summary).toContainText('Nothing was installed. Correct these 2 problems in the file, then choose it again.');
  await expect(summary.getByRole('listitem')).toHaveText([
    'domains[0].indicators[1].id: must be kebab-case: lower-case letters, digits and single hyphens',
    'domains[0].indicators[2].statement: must not be empty',
  ]);
  await expect(cards).toHaveCount(shipped);

  // Not a toolkit at all: each kind says what it is.
  await checkToolkitFile(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Arrivals: fine') });
  await expect(page.getByRole('alert')).toContainText('This file is not a toolkit');
  await checkToolkitFile(page, jsonFile('backup.json', { format: 'reflect-backup', schemaVersion: 3 }));
  await expect(page.getByRole('alert')).toContainText('This is a Reflect backup, not a toolkit. Restore it on the settings page.');
  await checkToolkitFile(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 32) });
  await expect(page.getByRole('alert')).toContainText('The file is too large (20 MB)');
  await checkToolkitFile(page, { name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(council).replace('"title":', '"__proto__":{"x":1},"title":')) });
  await expect(page.getByRole('alert')).toContainText('holds the key "__proto__", which a toolkit never has');
  await expect(cards).toHaveCount(shipped);

  await installToolkitFile(page, jsonFile('arrivals.json', council), council);
  await checkToolkitFile(page, jsonFile('arrivals-edited.json', { ...council, summary: 'Edited without a new version number.' }));
  await expect(page.getByRole('alert')).toContainText(`This device already has version 1.0.0 of “${council.title}” with different content. A changed toolkit needs a new version number, so nothing was installed.`);
  await expect(page.getByRole('button', { name: 'Install this toolkit' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Choose another file' }).click();

  await checkToolkitFile(page, jsonFile('arrivals.json', council));
  await expect(preview(page)).toContainText('This toolkit is already on this device, exactly as in the file.');
  await page.getByRole('button', { name: 'Install this toolkit' }).click();
  await expect(page.getByText(`“${council.title}” version 1.0.0 was already on this device. Nothing changed.`)).toBeVisible();

  const newer = { ...council, version: '1.1.0' };
  await checkToolkitFile(page, jsonFile('arrivals-1.1.json', newer));
  await expect(preview(page)).toContainText('This is a newer version of a toolkit on this device (you have version 1.0.0).');
  await page.getByRole('button', { name: 'Install this toolkit' }).click();
  await expect(page.getByText(`“${council.title}” version 1.1.0 is installed.`)).toBeVisible();
  await expect(cards).toHaveCount(shipped + 2);
});

test('a toolkit nothing uses can be removed; installed toolkits travel in a backup', async ({ page, browser }, testInfo) => {
  await page.goto('/toolkits');
  await installToolkitFile(page, jsonFile('arrivals.json', council), council);
  await page.goto('/settings');
  const backup = await downloadBackup(page, 'Download a backup of everything', testInfo.outputPath('backup.json'));
  expect(JSON.parse(backup.text).toolkits.map((row: { id: string }) => row.id)).toContain(council.id);

  const other = await (await browser.newContext()).newPage();
  await other.goto('/settings');
  await chooseBackupFile(other, testInfo.outputPath('backup.json'));
  await other.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(other.getByText(/^Restored /)).toBeVisible();
  await other.goto('/toolkits');
  await expect(toolkitCard(other, council.title)).toContainText('Came with a backup restored');

  await page.goto('/toolkits');
  await toolkitCard(page, council.title).getByRole('button', { name: /^Remove/ }).click();
  await expect(page.getByText(`“${council.title}” version 1.0.0 was removed from this device.`)).toBeVisible();
  await expect(toolkitCard(page, council.title)).toHaveCount(0);
  await page.goto('/audits/new');
  await expect(page.getByRole('radio', { name: council.title })).toHaveCount(0);
  expect(readFileSync(testInfo.outputPath('backup.json'), 'utf8')).not.toContain('"origin"');
});

test('a self-evaluation made with an installed toolkit keeps its version when a newer one is installed, and the next one moves its answers across', async ({ page }) => {
  const first = council.domains[0]!.indicators[0]!;
  await page.goto('/toolkits');
  await installToolkitFile(page, jsonFile('arrivals.json', council), council);
  await page.getByRole('link', { name: 'start a self-evaluation with it' }).click();
  await page.getByRole('radio', { name: council.title }).check();
  await page.getByLabel('School name').fill('Hollins Academy');
  await page.getByLabel('Title of this self-evaluation').fill('Arrivals, autumn');
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Growing' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  const auditPath = new URL(page.url()).pathname;

  const newer: Toolkit = structuredClone({ ...council, version: '1.1.0' });
  newer.domains[0]!.indicators[0]!.statement = 'Every pupil is greeted by name and on time at the gate.';
  await page.goto('/toolkits');
  await installToolkitFile(page, jsonFile('arrivals-1.1.json', newer), newer);
  await expect(toolkitCard(page, council.title)).toHaveCount(2);

  // The autumn self-evaluation still has the version it was made with.
  await page.goto(auditPath);
  await expect(indicatorGroup(page, first.statement).getByRole('radio', { name: 'Growing' })).toBeChecked();

  const auditId = auditPath.split('/')[2]!;
  await page.goto(`/audits/${auditId}/next-review`);
  await expect(page.getByText(`The toolkit “${council.title}” has been updated since ‘Arrivals, autumn’ was started`)).toBeVisible();
  await page.getByLabel('Title of this self-evaluation').fill('Arrivals, spring');
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();
  await expect(indicatorGroup(page, newer.domains[0]!.indicators[0]!.statement).getByRole('radio', { name: 'Growing' })).toBeChecked();
});
