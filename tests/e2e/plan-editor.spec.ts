import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { actionCards, fillAction, startRatedAudit, suggestionOrder } from './support/plan-flow';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

test('build a plan from the ratings: suggestions, edits, reordering, delete with undo and progress checks, all kept', async ({ page }) => {
  // The whole journey, with screenshots and the printable page: near its minute on a busy two-core machine.
  test.slow();
  const auditId = await startRatedAudit(page, toolkit, { school: 'Northfield Primary School', title: 'Autumn 2026 review' });
  await page.goto(`/audits/${auditId}/plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  await expect(page.getByText('There are no actions in the plan yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Legal duties not met are offered first, then the lowest rated statements, toolkit order breaking ties.
  await page.getByRole('link', { name: 'Add actions suggested by your ratings' }).click();
  const order = suggestionOrder(toolkit);
  const legalNotMet = order.filter((suggestion) => suggestion.isLegalDutyNotMet);
  expect(legalNotMet.length).toBeGreaterThan(0);
  const [first, second] = order.filter((suggestion) => !suggestion.isLegalDutyNotMet);
  const [lowest, next] = [first!.indicator, second!.indicator];
  // Both land in one domain, so that the action written below joins them there.
  const domain = first!.domain;
  if (second!.domain !== domain) throw new Error('The two lowest rated indicators are expected in one domain; see levelFor.');
  const suggestionTitles = page.getByRole('heading', { level: 2 });
  for (const [index, { indicator }] of legalNotMet.entries()) {
    await expect(suggestionTitles.nth(index)).toContainText(indicator.statement);
    await expect(suggestionTitles.nth(index)).toContainText('Legal requirement: not met');
  }
  await expect(suggestionTitles.nth(legalNotMet.length)).toContainText(lowest.statement);
  await expect(suggestionTitles.nth(legalNotMet.length + 1)).toContainText(next.statement);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('suggestions.png'), fullPage: false });
  for (const indicator of [lowest, next]) {
    await page.getByRole('button', { name: `Add to plan: ${indicator.suggestedActions[0]!.action}` }).click();
    await expect(page.getByRole('link', { name: `Give it a lead and a date: ${indicator.suggestedActions[0]!.action}` })).toBeVisible();
  }
  await page.getByRole('link', { name: `Give it a lead and a date: ${lowest.suggestedActions[0]!.action}` }).click();

  // Pre-filled from the toolkit, open for editing; every change is saved as it is typed.
  const editor = page.getByRole('form', { name: 'Edit action 1' });
  await expect(editor.getByLabel('Action', { exact: true })).toHaveValue(lowest.suggestedActions[0]!.action);
  await expect(editor.getByLabel('Success measure')).toHaveValue(lowest.suggestedActions[0]!.successMeasure);
  await fillAction(page, 1, { Lead: 'Łucja Wójcik', 'Target date': 'Spring 2027', 'Progress note': 'Named on the website in January.' });
  await editor.getByRole('radio', { name: 'On track' }).check();
  await expect(editor.getByRole('status')).toHaveText('All changes saved.');
  await expectNoAxeViolations(page);
  await editor.getByRole('button', { name: 'Done editing action 1' }).click();
  await expect(actionCards(page).first()).toContainText('Łucja Wójcik');
  await expect(actionCards(page).first()).toContainText('On track');

  // Your own action, in the same domain: the card opens with the cursor in "Action".
  await page.getByLabel('Section for the new action').selectOption({ label: domain.title });
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('form', { name: 'Edit action 3' }).getByLabel('Action', { exact: true })).toBeFocused();
  await fillAction(page, 3, { Action: 'Share weekly attendance with tutors – £0 cost', Lead: 'Ольга Іваненко', 'Success measure': 'Tutors can say their group’s figure' });
  await page.screenshot({ path: test.info().outputPath('plan-editor.png'), fullPage: true });
  await page.getByRole('button', { name: 'Done editing action 3' }).click();

  // Reordering, keyboard focus staying on the button pressed.
  const headings = () => actionCards(page).locator('dd').first();
  await expect(actionCards(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Move up action 3' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved up. It is now action 2.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move up action 2' })).toBeFocused();
  await expect(actionCards(page).nth(1)).toContainText('Share weekly attendance with tutors');
  expect(await headings().textContent()).toBe(lowest.suggestedActions[0]!.action);

  // Delete, then undo: the action comes back where it was, with everything in it.
  await page.getByRole('button', { name: 'Delete action 2' }).click();
  // A success banner: announced, and focused so that Undo is one Tab away.
  const deleted = page.getByRole('alert', { name: 'Deleted' });
  await expect(deleted).toContainText('Action 2 deleted: “Share weekly attendance');
  await expect(deleted).toBeFocused();
  await expect(actionCards(page)).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(actionCards(page)).toHaveCount(3);
  await expect(actionCards(page).nth(1)).toContainText('Ольга Іваненко');

  // Progress checks.
  await page.getByRole('button', { name: 'Add a progress check' }).click();
  const review = page.getByRole('group', { name: 'Progress check 1' });
  await expect(review.getByLabel('When')).toBeFocused();
  await review.getByLabel('When').fill('2027-03-20');
  await review.getByLabel('Who checks progress').fill('Full governing body');
  await expect(review.getByRole('status')).toHaveText('All changes saved.');

  // Everything is still there after a reload.
  await page.reload();
  await expect(actionCards(page)).toHaveCount(3);
  await expect(actionCards(page).nth(0)).toContainText('Named on the website in January.');
  await expect(actionCards(page).nth(1)).toContainText('Tutors can say their group’s figure');
  await expect(page.getByRole('group', { name: 'Progress check 1' }).getByLabel('Who checks progress')).toHaveValue('Full governing body');
  await expectNoAxeViolations(page);

  // The printable page: real headings and tables, the same plan.
  await page.getByRole('link', { name: 'Printable version (web page)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northfield Primary School' })).toBeVisible();
  const table = page.getByRole('table', { name: /^3 actions/ });
  await expect(table.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(3);
  await expect(table.getByRole('rowheader').first()).toContainText(domain.title);
  await expect(table.getByRole('columnheader')).toHaveText(['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress']);
  await expect(page.getByRole('table', { name: 'When the plan will be looked at again, and by whom' })).toContainText('20 March 2027');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('print-page.png'), fullPage: true });
});
