import { expect, test } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { makeAutumnAudit } from './support/one-audit';
import { auditIdFrom, storeReflection } from './support/results-flow';
import { expectTableMatches } from './support/scores-table';
import { saveScreenshot } from './support/screenshots';
import { autumnAnswers, expectNoAxeViolations, toolkit } from './support/two-audits';

test('the team marks two or three priority areas', async ({ page }) => {
  await makeAutumnAudit(page);
  const priorities = page.getByRole('group', { name: 'Priority areas' });
  const table = page.getByRole('table', { name: 'Scores by domain' });
  const save = page.getByRole('button', { name: 'Save priority areas' });

  // One is not enough: a clear message, and nothing saved.
  await priorities.getByRole('checkbox', { name: 'Leadership, policy and culture' }).check();
  await save.click();
  await expect(page.getByRole('alert')).toContainText('Choose at least 2 priority areas, or none');
  await expect(priorities.getByText('Error: Choose at least 2 priority areas, or none')).toBeVisible();
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));
  await expectNoAxeViolations(page);

  await priorities.getByRole('checkbox', { name: 'A school pupils want to attend' }).check();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Priority areas saved' })).toHaveText(
    'Priority areas saved: Leadership, policy and culture; A school pupils want to attend.',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  const withPriorities = buildChartModel(toolkit, autumnAnswers, { priorityDomainIds: ['leadership', 'belonging'] });
  await expectTableMatches(table, withPriorities);

  // Saved: they are still there after a reload.
  await page.reload();
  await expect(priorities.getByRole('checkbox', { name: 'Leadership, policy and culture' })).toBeChecked();
  await expect(priorities.getByRole('checkbox', { name: 'Registers, data and early identification' })).not.toBeChecked();
  await expect(priorities.getByRole('checkbox', { name: 'A school pupils want to attend' })).toBeChecked();
  await expectTableMatches(table, withPriorities);

  // And cleared.
  await priorities.getByRole('checkbox', { name: 'Leadership, policy and culture' }).uncheck();
  await priorities.getByRole('checkbox', { name: 'A school pupils want to attend' }).uncheck();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'priority areas' })).toHaveText('No priority areas are set.');
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));
});

test('strengths and areas to develop show the highest and lowest rated indicators with the team’s reflections', async ({ page }) => {
  await makeAutumnAudit(page);
  const auditId = auditIdFrom(page.url());
  await storeReflection(page, { auditId, domainId: 'leadership', workingWell: 'Governors ask about attendance.', evenBetterIf: 'A clearer policy for parents.' });
  await storeReflection(page, { auditId, domainId: 'registers-and-data', workingWell: 'Registers are on time.', evenBetterIf: 'First-day calls before 10am.' });
  await page.reload();

  const section = page.getByRole('region', { name: 'Strengths and areas to develop' });
  const [leadership, data] = toolkit.domains;
  // Autumn: the champion is Embedded (4), the highest; the policy and first-day follow-up are Developing (3), the lowest.
  await expect(section.getByRole('heading')).toHaveText([
    'Strengths and areas to develop',
    'Strengths: rated highest',
    leadership!.title,
    'Areas to develop: rated lowest',
    leadership!.title,
    data!.title,
    'More of what the team wrote',
  ]);
  const lists = section.getByRole('list');
  await expect(lists.nth(0).getByRole('listitem')).toHaveText([`${leadership!.indicators[0]!.statement} (Embedded)Evidence: =HYPERLINK("http://example.com","click")`]);
  await expect(lists.nth(1).getByRole('listitem')).toHaveText([`${leadership!.indicators[1]!.statement} (Developing)Evidence: Reviewed by governors, "every year", in July`]);
  await expect(lists.nth(2).getByRole('listitem')).toHaveText([`${data!.indicators[0]!.statement} (Developing)`]);
  await expect(section.getByText('What is working well: Governors ask about attendance.')).toBeVisible();
  await expect(section.getByText('Even better if: A clearer policy for parents.')).toBeVisible();
  await expect(section.getByText('Even better if: First-day calls before 10am.')).toBeVisible();
  // What the team wrote that is not beside a strength or an area is still shown.
  await expect(section.getByText('What is working well: Registers are on time.')).toBeVisible();
  await saveScreenshot(section, 'results-strengths.png');
  await expectNoAxeViolations(page);
});
