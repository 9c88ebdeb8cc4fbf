/**
 * The plan page makes the PDF while the plan is read, and a click on the
 * same plan hands that file over. What a click downloads must still be the
 * plan on the screen: an edit made a moment before the click, not yet
 * saved when the button is pressed, is in the file, and the earlier lead is not.
 */
import { expect, test, type Page } from '@playwright/test';
import { readPdf } from './support/pdf-reader';
import { fillAction, startRatedAudit } from './support/plan-flow';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');

async function downloadPdf(page: Page, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return readPdf(file);
}

test('the PDF downloaded is the plan on the screen, even an edit made a moment before the click', async ({ page }) => {
  const auditId = await startRatedAudit(page, toolkit, { school: 'Brookside Academy', title: 'Spring 2027 review', date: '2027-03-01', participants: 'Head, SENCo' });
  await page.goto(`/audits/${auditId}/plan`);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await fillAction(page, 1, { Action: 'Call every family whose child missed a day without a reason, the same morning.', 'Success measure': 'Calls logged by 10am.', Lead: 'Attendance officer' });
  await page.getByRole('button', { name: 'Done editing action 1' }).click();

  // A first download keeps the file it made, as a PDF made while the page was read is kept.
  const first = await downloadPdf(page, 'first.pdf');
  expect(first.contains('Attendance officer')).toBe(true);

  // The lead changed and the button pressed straight away, before the change is saved on its own.
  await page.getByRole('button', { name: 'Edit action 1' }).click();
  await page.getByRole('form', { name: 'Edit action 1' }).getByLabel('Lead', { exact: true }).fill('Deputy head teacher');
  const second = await downloadPdf(page, 'second.pdf');
  expect(second.contains('Deputy head teacher')).toBe(true);
  expect(second.contains('Attendance officer')).toBe(false);
  // And the edit was kept, as the page says.
  await expect(page.getByRole('form', { name: 'Edit action 1' }).getByRole('status')).toHaveText('All changes saved.');
});
