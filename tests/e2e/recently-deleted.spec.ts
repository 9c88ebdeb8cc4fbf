import { expect, test } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, expectAllSaved, expectNoAxeViolations, indicator, noteFor, school, startAttendanceAudit } from './support/audit-pages';
import { downloadBackup } from './support/backup-files';
import { readAllTables } from './support/indexeddb';
import { actionCards, fillAction } from './support/plan-flow';

const title = 'Autumn 2026 review';
const first = indicator(0, 0);

test('a deleted self-evaluation is restored from Recently deleted after a reload, with everything it held', async ({ page }) => {
  // An answer, a reflection, a plan action and a progress check, all typed through the app.
  const auditId = await startAttendanceAudit(page, title);
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Embedded' }).check();
  await noteFor(page, first.statement).fill('Governors review attendance termly');
  await page.getByLabel('What is working well?').fill('A named champion on the senior team');
  await expectAllSaved(page);
  await page.goto(`/audits/${auditId}/plan`);
  await page.getByLabel('Section for the new action').selectOption({ label: attendance.domains[0]!.title });
  await page.getByRole('button', { name: 'Add an action' }).click();
  await fillAction(page, 1, { Action: 'Report attendance to governors', 'Success measure': 'Minuted each term' });
  await page.getByRole('button', { name: 'Done editing action 1' }).click();
  await expect(actionCards(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Add a progress check' }).click();
  const review = page.getByRole('group', { name: 'Progress check 1' });
  await review.getByLabel('When').fill('2027-03-20');
  await review.getByLabel('Who checks progress').fill('Full governing body');
  await expect(review.getByRole('status')).toHaveText('All changes saved.');
  const before = await readAllTables(page);
  expect([before.answers, before.reflections, before.actions, before.planReviews].map((rows) => rows?.length)).toEqual([1, 1, 1, 1]);

  await page.goto('/');
  await page.getByRole('link', { name: `Delete ${title}` }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('alert')).toContainText(`You deleted ‘${title}’.`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'You have not started a self-evaluation yet' })).toBeVisible();
  await expect(page.getByRole('region', { name: title })).toHaveCount(0);

  // A backup made now leaves the deleted self-evaluation out.
  await page.getByRole('link', { name: 'Settings and backup' }).click();
  const backup = await downloadBackup(page, 'Download a backup of everything', test.info().outputPath('backup.json'));
  const file = JSON.parse(backup.text) as Record<string, unknown[]>;
  expect([file.audits, file.answers, file.reflections, file.actions, file.planReviews].map((rows) => rows?.length)).toEqual([0, 0, 0, 0, 0]);

  const section = page.getByRole('region', { name: 'Recently deleted' });
  const row = section.getByRole('table', { name: 'Deleted self-evaluations' }).getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(school);
  await expect(row).toContainText(/\d{4}, \d{2}:\d{2}/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('recently-deleted.png'), fullPage: true });

  await row.getByRole('button', { name: `Restore ${title}` }).click();
  await expect(section.getByRole('alert')).toContainText(`You restored ‘${title}’.`);
  await expect(section.getByRole('alert')).toBeFocused();
  await expect(section).toContainText('Nothing has been deleted in the last 30 days.');
  await expectNoAxeViolations(page);

  // Every record is exactly as it was before the delete, and the app shows it.
  expect(await readAllTables(page)).toEqual(before);
  await section.getByRole('link', { name: 'Go to your self-evaluations' }).click();
  await expect(page.getByRole('region', { name: title })).toContainText('1 of');
  await page.goto(`/audits/${auditId}/plan`);
  await expect(actionCards(page).first()).toContainText('Report attendance to governors');
  await expect(page.getByRole('group', { name: 'Progress check 1' }).getByLabel('Who checks progress')).toHaveValue('Full governing body');
});
