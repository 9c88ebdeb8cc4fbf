/**
 * What is due and overdue on the plan page, and the plan's progress on the
 * results page, for the governors' plan after two looks at it
 * (tests/fixtures/reviewed-plan.ts). Its reviews are restored from a backup
 * on the settings page: the screens that record reviews are built
 * separately. "Today" is the device's, so the browser's clock is set.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/backup-files';
import { restorePlan } from './support/plan-backup';
import { makeReviewedPlan } from '../fixtures/reviewed-plan';
import { reviewEntryLine } from '../../src/core/review-entry-text';
import { buildPlanReport } from '../../src/core/plan-report';

const plan = makeReviewedPlan();
const auditId = plan.audit.id;
const text = (number: number) => plan.actions[number - 1]!.action;

test('on 20 March 2027 the plan shows action 3 overdue and action 1 due, at their current status; each opens its action; the results page links the plan with its progress', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-20T10:00:00'));
  await restorePlan(page, plan);
  await page.goto(`/audits/${auditId}/plan`);
  const panel = page.getByRole('region', { name: 'Due and overdue' });
  await expect(panel).toBeVisible();

  const overdue = panel.getByRole('table', { name: 'Overdue' });
  await expect(overdue.getByRole('columnheader')).toHaveText(['No.', 'Action', 'Lead', 'Target date', 'Status']);
  await expect(overdue.getByRole('row')).toHaveCount(2);
  await expect(overdue.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', text(3), 'Mr Hughes (business manager)', '10 March 2027', 'Not started']);
  // Action 5, due on the same day as action 1, was done at its last review, so it is not listed.
  const dueSoon = panel.getByRole('table', { name: 'Due in the next 14 days' });
  await expect(dueSoon.getByRole('row')).toHaveCount(2);
  // Written "on track", action 1 was at risk at its latest review: that is the status shown.
  await expect(dueSoon.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', text(1), 'Mrs Okafor (deputy head)', '26 March 2027', 'At risk']);
  await expectNoAxeViolations(page);

  await overdue.getByRole('link', { name: text(3) }).click();
  await expect(page).toHaveURL(/#action-governors-action-3$/);
  await expect(page.locator('#action-governors-action-3').getByRole('heading', { name: 'Action 3', exact: true })).toBeInViewport();

  await page.goto(`/audits/${auditId}/results`);
  const progress = page.getByRole('link', { name: 'Plan: 6 actions — 1 on track, 1 at risk, 2 done, 2 not started; 1 overdue' });
  await expect(progress).toBeVisible();
  await progress.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
});

test('on 5 January 2027 nothing is overdue or due in the next 14 days, and the plan says so in one line', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-05T10:00:00'));
  await restorePlan(page, plan);
  await page.goto(`/audits/${auditId}/plan`);
  const panel = page.getByRole('region', { name: 'Due and overdue' });
  await expect(panel.getByText('Nothing is overdue or due in the next 14 days.')).toBeVisible();
  await expect(panel.getByRole('table')).toHaveCount(0);
});

test('a plan whose targets are all terms has no panel of what is due', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-20T10:00:00'));
  await restorePlan(page, { ...plan, actions: plan.actions.map((action) => ({ ...action, targetDate: 'Summer 2027' })) });
  await page.goto(`/audits/${auditId}/plan`);
  await expect(page.getByRole('heading', { level: 4, name: 'Action 6', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Due and overdue' })).toHaveCount(0);
  await page.goto(`/audits/${auditId}/results`);
  await expect(page.getByRole('link', { name: /^Plan: 6 actions — 1 on track, 1 at risk, 2 done, 2 not started$/ })).toBeVisible();
});

test('the printable plan writes each reviewed action’s history under its status, oldest first', async ({ page }) => {
  await restorePlan(page, plan);
  await page.goto(`/audits/${auditId}/plan/print`);
  const table = page.getByRole('table', { name: /^6 actions/ });
  const actions = buildPlanReport(plan).actionGroups.flatMap((group) => group.actions);
  const rowOf = (number: number) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: String(number), exact: true }) });
  const status = (number: number) => rowOf(number).getByRole('cell').nth(5);
  await expect(status(1).getByRole('listitem')).toHaveText(actions[0]!.history.map(reviewEntryLine));
  await expect(status(1)).toContainText('At risk');
  await expect(status(1).getByRole('listitem').first()).toHaveText('3 February 2027: On track; success measure partly met. Fortnightly look at the DfE report started in January. Evidence: Attendance officer’s notes, 27 January');
  await expect(status(2).getByRole('listitem')).toHaveCount(0);
  await expect(status(2)).not.toContainText('Progress at each review');
  await expectNoAxeViolations(page);
  // At 320 pixels (400% zoom) the row stacks and its history wraps inside the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await status(1).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await status(1).evaluate((cell) => cell.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: test.info().outputPath('print-history-320.png') });
});
