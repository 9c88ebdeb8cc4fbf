import { expect, test } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, domainPath, expectAllSaved, indicator, noteFor, startAttendanceAudit } from './support/audit-pages';
import { fillDisk, freeDisk } from './support/indexeddb';

const first = indicator(0, 0);
const second = indicator(0, 1);

test('an evidence note typed just before the page closes is there when the audit reopens', async ({ context, page }) => {
  const auditId = await startAttendanceAudit(page);
  await noteFor(page, first.statement).fill('Attendance is a standing item at every governors’ meeting.');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(domainPath(auditId, 0));
  await expect(noteFor(reopened, first.statement)).toHaveValue('Attendance is a standing item at every governors’ meeting.');
});

test('a note whose write never reached IndexedDB is recovered from the journal on the next visit', async ({ context, page }) => {
  const auditId = await startAttendanceAudit(page);
  await fillDisk(page);
  await noteFor(page, first.statement).fill('Saved only in the journal');
  await expect(page.getByRole('alert')).toContainText('Not saved.');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(domainPath(auditId, 0));
  await expect(noteFor(reopened, first.statement)).toHaveValue('Saved only in the journal');
  await reopened.reload();
  await expect(noteFor(reopened, first.statement)).toHaveValue('Saved only in the journal');
});

test('two pages on the same audit: an answer in one appears in the other, and neither loses an answer', async ({ context, page }) => {
  const auditId = await startAttendanceAudit(page);
  const other = await context.newPage();
  await other.goto(domainPath(auditId, 0));
  const level = attendance.scale.levels[2]!.label;

  await indicatorGroup(page, first.statement).getByRole('radio', { name: level }).check();
  await noteFor(page, first.statement).fill('Written in the first tab');
  await expect(indicatorGroup(other, first.statement).getByRole('radio', { name: level })).toBeChecked();
  await expect(noteFor(other, first.statement)).toHaveValue('Written in the first tab');

  // The other page is typing in the second note while the first page rates the same indicator.
  const otherNote = noteFor(other, second.statement);
  await otherNote.click();
  await otherNote.pressSequentially('Typed in the second tab');
  await indicatorGroup(page, second.statement).getByRole('radio', { name: 'Not applicable to our school' }).check();
  await expect(indicatorGroup(other, second.statement).getByRole('radio', { name: 'Not applicable to our school' })).toBeChecked();
  await expect(otherNote).toHaveValue('Typed in the second tab');
  await expect(noteFor(page, second.statement)).toHaveValue('Typed in the second tab');
  await expectAllSaved(page);
  await expectAllSaved(other);

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(indicatorGroup(tab, first.statement).getByRole('radio', { name: level })).toBeChecked();
    await expect(indicatorGroup(tab, second.statement).getByRole('radio', { name: 'Not applicable to our school' })).toBeChecked();
    await expect(noteFor(tab, first.statement)).toHaveValue('Written in the first tab');
    await expect(noteFor(tab, second.statement)).toHaveValue('Typed in the second tab');
  }
});

test('when the disk is full the page says so, keeps the typed text, and saves it once there is space', async ({ page }) => {
  await startAttendanceAudit(page);
  await fillDisk(page);
  await noteFor(page, first.statement).fill('Typed while the disk was full');
  await expect(page.getByRole('alert')).toContainText('Not saved. Your device is out of storage space');
  await expect(page.getByRole('status')).toHaveText('Some changes are not saved yet.');
  await expect(noteFor(page, first.statement)).toHaveValue('Typed while the disk was full');

  await freeDisk(page);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expectAllSaved(page);
  await expect(page.getByRole('alert')).toHaveText('');
  await page.reload();
  await expect(noteFor(page, first.statement)).toHaveValue('Typed while the disk was full');
});
