import { expect, test } from '@playwright/test';
import { goToNextSection, indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { chooseBackupFile, downloadBackup, expectNoAxeViolations } from './support/backup-files';
import { putRecords, readAllTables } from './support/indexeddb';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const school = 'Northfield Primary School';
const title = 'Autumn 2026 review';

test('fill an audit with a plan, back it up, clear all site data, restore it: every record comes back', async ({ browser }) => {
  const original = await browser.newContext();
  const page = await original.newPage();
  await startAudit(page, { toolkitTitle: toolkit.title, school, title });

  // Rate every indicator and write an evidence note for each, through the form.
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      const group = indicatorGroup(page, indicator.statement);
      await group.getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
      await page.locator(`#indicator-${indicator.id}-note`).fill(`Evidence for ${indicator.id}: “minutes”, 3 < 4 & <b>bold</b>`);
    }
    await expect(page.getByRole('status')).toHaveText('All changes saved.');
    await goToNextSection(page, toolkit, d);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();

  // The plan and reflection screens are built separately; until they are wired
  // in, write their records into IndexedDB exactly as the app stores them.
  const auditId = new URL(page.url()).pathname.split('/')[2]!;
  const now = Date.now();
  await putRecords(page, 'reflections', [
    { auditId, domainId: toolkit.domains[0]!.id, workingWell: 'Clear leadership', evenBetterIf: 'Governors see weekly data', updatedAt: now },
  ]);
  await putRecords(page, 'actions', [
    { id: 'action-1', auditId, domainId: toolkit.domains[1]!.id, indicatorId: null, action: 'Log first-day calls', successMeasure: 'Every call logged by 10am', lead: 'Attendance officer', targetDate: '2027-01-31', status: 'on-track', progressNote: 'Started', order: 1, createdAt: now, updatedAt: now },
    { id: 'action-2', auditId, domainId: null, indicatorId: null, action: '<script>window.__xss = 1</script>Share with governors', successMeasure: 'Minuted', lead: 'Head', targetDate: 'Spring 2027', status: 'not-started', progressNote: '', order: 2, createdAt: now, updatedAt: now },
  ]);

  // After real work with no backup, the audits list suggests one; "Remind me later" puts it away.
  await page.goto('/');
  const reminder = page.getByRole('region', { name: 'Back up your work' });
  await expect(reminder).toBeVisible();
  await page.screenshot({ path: '/tmp/issue-7/home-reminder.png' });
  await expectNoAxeViolations(page);
  await reminder.getByRole('button', { name: 'Remind me later' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
  await expect(reminder).toBeHidden();

  const before = await readAllTables(page);
  expect(before.answers).toHaveLength(toolkit.domains.flatMap((domain) => domain.indicators).length);
  expect(before.actions).toHaveLength(2);

  await page.getByRole('link', { name: 'Settings and backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and backup' })).toBeVisible();
  await expect(page.getByText('You have not made a backup on this device yet.')).toBeVisible();
  await page.screenshot({ path: '/tmp/issue-7/settings.png', fullPage: true });
  await expectNoAxeViolations(page);
  const backup = await downloadBackup(page, 'Download a backup of everything', test.info().outputPath('backup.json'));
  expect(backup.fileName).toMatch(/^reflect-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Last backup: /)).toBeVisible();
  const file = JSON.parse(backup.text) as { schemaVersion: number; appVersion: string; audits: unknown[]; toolkits: Array<{ id: string }> };
  expect(file.schemaVersion).toBe(1);
  expect(file.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(file.toolkits.map((stored) => stored.id)).toEqual(['attendance']);
  await original.close();

  // A new browser context has no site data at all: as if the browser's data had been cleared.
  const fresh = await browser.newContext();
  const restored = await fresh.newPage();
  let dialogs = 0;
  restored.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await restored.goto('/settings');
  await chooseBackupFile(restored, { name: backup.fileName, buffer: Buffer.from(backup.text) });
  const audits = restored.getByRole('table', { name: 'Self-evaluations in the file' });
  await expect(audits.getByRole('row', { name: new RegExp(title) })).toContainText('New');
  await expect(restored.getByRole('table', { name: 'Toolkits in the file' })).toContainText(toolkit.title);
  await expect(restored.getByText('It holds 1 self-evaluation, 2 plan actions and 1 toolkit.')).toBeVisible();
  await restored.screenshot({ path: '/tmp/issue-7/restore-preview.png', fullPage: true });
  await expectNoAxeViolations(restored);
  await restored.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(restored.getByText('Restored 1 self-evaluation, 2 plan actions and 1 toolkit.')).toBeVisible();
  await expectNoAxeViolations(restored);

  // Field by field, every table is as it was.
  expect(await readAllTables(restored)).toEqual(before);

  // And the app shows it: the audit in the list (no reminder: this is exactly the backup), every rating and note in the form.
  await restored.getByRole('link', { name: 'Go to your self-evaluations' }).click();
  await expect(restored.getByRole('region', { name: 'Back up your work' })).toBeHidden();
  await restored.getByRole('link', { name: title }).click();
  const [firstDomain] = toolkit.domains;
  for (const [i, indicator] of firstDomain!.indicators.entries()) {
    await expect(indicatorGroup(restored, indicator.statement).getByRole('radio', { name: levelFor(toolkit, 0, i).label })).toBeChecked();
    await expect(restored.locator(`#indicator-${indicator.id}-note`)).toHaveValue(`Evidence for ${indicator.id}: “minutes”, 3 < 4 & <b>bold</b>`);
  }
  expect(await restored.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  await fresh.close();
});
