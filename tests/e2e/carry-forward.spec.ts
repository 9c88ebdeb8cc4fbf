/**
 * Carrying unfinished actions into the next self-evaluation: a plan of three
 * actions, one marked done, offers the other two when the next one starts;
 * the one left ticked is in the new plan, saying where it came from, and its
 * link opens the earlier plan.
 */
import { expect, test } from '@playwright/test';
import { attendance, expectNoAxeViolations, school, screenshot, startAttendanceAudit } from './support/audit-pages';
import { actionCards, fillAction } from './support/plan-flow';

const earlierTitle = 'Autumn 2026 review';
const actions = ['Call home on the first morning of absence', 'Share weekly attendance with tutors', 'Publish the attendance policy'];

test('the next self-evaluation offers the unfinished actions, and carries the ones ticked into its plan, linked back', async ({ page }) => {
  const earlierId = await startAttendanceAudit(page, earlierTitle);
  await page.goto(`/audits/${earlierId}/plan`);
  const section = attendance.domains[0]!;
  for (const [index, text] of actions.entries()) {
    await page.getByLabel('Section for the new action').selectOption({ label: section.title });
    await page.getByRole('button', { name: 'Add an action' }).click();
    const editor = await fillAction(page, index + 1, { Action: text, 'Success measure': 'Tutors can say their group’s figure', Lead: 'Head of year 7', 'Target date': 'Spring 2027' });
    // Before any review of it, the status is still set in the action's editor.
    if (index === 2) {
      await editor.getByRole('radio', { name: 'Done' }).check();
      await expect(editor.getByRole('status')).toHaveText('All changes saved.');
    }
    if (index === 1) {
      await editor.getByRole('radio', { name: 'At risk' }).check();
      await expect(editor.getByRole('status')).toHaveText('All changes saved.');
    }
    await editor.getByRole('button', { name: `Done editing action ${index + 1}` }).click();
  }
  await expect(actionCards(page)).toHaveCount(3);

  await page.goto('/');
  await page.getByRole('region', { name: earlierTitle }).getByRole('link', { name: `Start the next self-evaluation from ${earlierTitle}` }).click();
  const offered = page.getByRole('group', { name: 'Carry these unfinished actions into the new plan' });
  await expect(offered.getByRole('checkbox')).toHaveCount(2);
  const [first, second] = [offered.getByRole('checkbox', { name: actions[0] }), offered.getByRole('checkbox', { name: actions[1] })];
  await expect(first).toBeChecked();
  await expect(second).toBeChecked();
  await expect(first).toHaveAccessibleDescription(`${section.title}. Status: Not started.`);
  await expect(second).toHaveAccessibleDescription(`${section.title}. Status: At risk.`);
  await expect(offered.getByRole('checkbox', { name: actions[2] })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'next-review-carry-forward');

  // Select none and all by keyboard, then untick one.
  await offered.getByRole('button', { name: 'Select none' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'No actions ticked.' })).toBeAttached();
  await expect(first).not.toBeChecked();
  await expect(second).not.toBeChecked();
  await offered.getByRole('button', { name: 'Select all' }).focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeChecked();
  await expect(second).toBeChecked();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();

  await page.getByLabel('Title of this self-evaluation').fill('Autumn 2027 review');
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();
  await page.waitForURL(/\/domains\//);
  const nextId = /\/audits\/([^/]+)\//.exec(page.url())![1]!;
  expect(nextId).not.toBe(earlierId);

  await page.goto(`/audits/${nextId}/plan`);
  await expect(actionCards(page)).toHaveCount(1);
  const carried = actionCards(page).first();
  await expect(carried).toContainText(actions[1]!);
  await expect(carried).toContainText('At risk');
  await expect(carried).toContainText(`Carried forward from ${earlierTitle}`);
  // What it is comes with it; its target date is for the new plan to agree.
  await expect(carried.locator('.govuk-summary-list__row', { hasText: 'Success measure' })).toContainText('Tutors can say their group’s figure');
  await expect(carried.locator('.govuk-summary-list__row', { hasText: 'Target date' })).toContainText('Not written yet');
  await expectNoAxeViolations(page);
  await screenshot(page, 'plan-carried-action');

  await page.getByRole('link', { name: `${earlierTitle} (its development plan)` }).click();
  await expect(page).toHaveURL(new RegExp(`/audits/${earlierId}/plan$`));
  await expect(page.getByText(`${school}: ${earlierTitle}`)).toBeVisible();
  await expect(actionCards(page)).toHaveCount(3);
  await expect(actionCards(page).nth(2)).toContainText(actions[2]!);

  // The printable plan says it under the action, as the PDF and the Word document do.
  await page.goto(`/audits/${nextId}/plan/print`);
  await expect(page.getByRole('cell', { name: `${actions[1]} Carried forward from ${earlierTitle}` })).toBeVisible();
});
