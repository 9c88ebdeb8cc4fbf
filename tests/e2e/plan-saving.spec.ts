import { expect, test, type Page } from '@playwright/test';
import { startAttendanceAudit } from './support/audit-pages';
import { fillDisk, freeDisk } from './support/indexeddb';
import { actionCards } from './support/plan-flow';

/** Starts an audit, opens its plan and adds one action through the form; its editor is left open. */
async function planWithOneAction(page: Page): Promise<string> {
  const auditId = await startAttendanceAudit(page);
  await page.goto(`/audits/${auditId}/plan`);
  await page.getByRole('button', { name: 'Add an action' }).click();
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await editor.getByLabel('Action', { exact: true }).fill('Name a senior attendance champion');
  await expect(editor.getByRole('status')).toHaveText('All changes saved.');
  return auditId;
}

/** Opens the plan in a page and the first action's editor. */
async function openEditor(page: Page, auditId: string) {
  await page.goto(`/audits/${auditId}/plan`);
  await page.getByRole('button', { name: 'Edit action 1' }).click();
  return page.getByRole('form', { name: 'Edit action 1' });
}

test('a success measure typed just before the tab closes is there when the plan reopens', async ({ context, page }) => {
  const auditId = await planWithOneAction(page);
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await editor.getByLabel('Success measure').fill('Every family can name the champion');
  // Well inside the autosave pause (250 ms): only the journal, or the write started as the page hides, can keep it.
  const typedAt = Date.now();
  const closing = page.close();
  expect(Date.now() - typedAt).toBeLessThan(150);
  await closing;

  const reopened = await context.newPage();
  await reopened.goto(`/audits/${auditId}/plan`);
  await expect(actionCards(reopened).first()).toContainText('Every family can name the champion');
  await reopened.reload();
  await expect(actionCards(reopened).first()).toContainText('Every family can name the champion');
});

test('a success measure whose write never reached IndexedDB is recovered from the journal on the next visit', async ({ context, page }) => {
  const auditId = await planWithOneAction(page);
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await fillDisk(page);
  await editor.getByLabel('Success measure').fill('Saved only in the journal');
  await expect(editor.getByRole('alert')).toContainText('Not saved.');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(`/audits/${auditId}/plan`);
  await expect(actionCards(reopened).first()).toContainText('Saved only in the journal');
  await reopened.reload();
  await expect(actionCards(reopened).first()).toContainText('Saved only in the journal');
});

test('when the disk is full the action editor says so, keeps the typed text, and saves it once there is space', async ({ page }) => {
  await planWithOneAction(page);
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await fillDisk(page);
  await editor.getByLabel('Lead').fill('Typed while the disk was full');
  await expect(editor.getByRole('alert')).toContainText('Not saved. Your device is out of storage space');
  await expect(editor.getByRole('status')).toHaveText('Some changes are not saved yet.');
  // The editor stays open while its changes are not saved.
  await editor.getByRole('button', { name: 'Done editing action 1' }).click();
  await expect(editor.getByLabel('Lead')).toHaveValue('Typed while the disk was full');

  await freeDisk(page);
  // The autosaver also tries again by itself every few seconds: on a slow machine its retry can save (and the
  // button go) before the click lands. Either way the typed text must be saved.
  const tryAgain = editor.getByRole('button', { name: 'Try saving again' });
  await tryAgain.click({ timeout: 10_000 }).catch(() => expect(tryAgain).toBeHidden());
  await expect(editor.getByRole('status')).toHaveText('All changes saved.');
  await expect(editor.getByRole('alert')).toHaveText('');
  await page.reload();
  await expect(actionCards(page).first()).toContainText('Typed while the disk was full');
});

test('two tabs editing different fields of one action keep both, and each shows the other’s', async ({ context, page }) => {
  const auditId = await planWithOneAction(page);
  const other = await context.newPage();
  const first = page.getByRole('form', { name: 'Edit action 1' });
  const second = await openEditor(other, auditId);

  await first.getByLabel('Success measure').fill('Typed in the first tab');
  await second.getByLabel('Lead').fill('Typed in the second tab');
  await expect(first.getByRole('status')).toHaveText('All changes saved.');
  await expect(second.getByRole('status')).toHaveText('All changes saved.');
  await expect(first.getByLabel('Lead')).toHaveValue('Typed in the second tab');
  await expect(second.getByLabel('Success measure')).toHaveValue('Typed in the first tab');

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(actionCards(tab).first()).toContainText('Typed in the first tab');
    await expect(actionCards(tab).first()).toContainText('Typed in the second tab');
  }
});

test('an action editor open in one tab shows the other tab’s changes, except in the field being typed in', async ({ context, page }) => {
  const auditId = await planWithOneAction(page);
  const other = await context.newPage();
  const watching = page.getByRole('form', { name: 'Edit action 1' });
  const changing = await openEditor(other, auditId);

  // The first tab is typing its progress note (and has saved what it has so far) when the other tab changes every field.
  const note = watching.getByLabel('Progress note');
  await note.click();
  await note.pressSequentially('Half-typed here');
  await expect(watching.getByRole('status')).toHaveText('All changes saved.');
  await expect(changing.getByLabel('Progress note')).toHaveValue('Half-typed here');
  await changing.getByLabel('Lead').fill('Deputy head');
  await changing.getByLabel('Target date').fill('Spring 2027');
  await changing.getByRole('radio', { name: 'At risk' }).check();
  await changing.getByLabel('Action', { exact: true }).fill('Name a champion and tell every family');
  await changing.getByLabel('Progress note').fill('Written in the other tab');
  await expect(changing.getByRole('status')).toHaveText('All changes saved.');

  await expect(watching.getByLabel('Lead')).toHaveValue('Deputy head');
  await expect(watching.getByLabel('Target date')).toHaveValue('Spring 2027');
  await expect(watching.getByRole('radio', { name: 'At risk' })).toBeChecked();
  await expect(watching.getByLabel('Action', { exact: true })).toHaveValue('Name a champion and tell every family');
  // The box being typed in keeps what is on screen; once the cursor leaves it, it shows what is stored.
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Half-typed here');
  await page.keyboard.press('Tab');
  await expect(note).toHaveValue('Written in the other tab');
});

test('typing into an action that another tab deletes says the change was lost, and does not try again', async ({ context, page }) => {
  const auditId = await planWithOneAction(page);
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  // This tab's write is held back (a full disk) while the other tab deletes the action.
  await fillDisk(page);
  await editor.getByLabel('Lead').fill('Typed as it was deleted');
  await expect(editor.getByRole('alert')).toContainText('Not saved.');
  const other = await context.newPage();
  await other.goto(`/audits/${auditId}/plan`);
  await other.getByRole('button', { name: 'Delete action 1' }).click();
  await expect(actionCards(page)).toHaveCount(0);

  // The retry (after a few seconds) finds nothing to save to.
  await freeDisk(page);
  const lost = page.getByRole('alert').filter({ hasText: 'That change was not saved' });
  await expect(lost).toContainText('That action could not be found. It may have been deleted in another tab.', { timeout: 15_000 });
  // Dropped, not kept for later: nothing is left in the unsaved-edits journal.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('reflect-unsaved-edits:')))).toEqual([]);
  await page.reload();
  await expect(actionCards(page)).toHaveCount(0);
  await expect(page.getByText('There are no actions in the plan yet.')).toBeVisible();
});
