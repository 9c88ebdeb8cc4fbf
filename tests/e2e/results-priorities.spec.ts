import { expect, test } from '@playwright/test';
import type { Reflection } from '../../src/core/audit';
import { buildChartModel } from '../../src/core/chart-model';
import { findStrengthsAndAreas, type HighlightGroup } from '../../src/core/strengths-and-areas';
import { makeAutumnAudit } from './support/one-audit';
import { auditIdFrom, writeReflection } from './support/results-flow';
import { expectTableMatches } from './support/scores-table';
import { saveScreenshot } from './support/screenshots';
import { autumnAnswers, expectNoAxeViolations, toolkit } from './support/two-audits';

const titleOf = (domainId: string) => toolkit.domains.find((domain) => domain.id === domainId)!.title;

test('the team marks two or three priority areas', async ({ page }) => {
  await makeAutumnAudit(page);
  const [leadership, belonging, registers] = [titleOf('leadership'), titleOf('belonging'), titleOf('registers-and-data')];
  const priorities = page.getByRole('group', { name: 'Priority areas' });
  const table = page.getByRole('table', { name: 'Scores by section' });
  const save = page.getByRole('button', { name: 'Save priority areas' });

  // One is not enough: a clear message, and nothing saved.
  await priorities.getByRole('checkbox', { name: leadership }).check();
  await save.click();
  await expect(page.getByRole('alert')).toContainText('Choose at least 2 priority areas, or none');
  await expect(priorities.getByText('Error: Choose at least 2 priority areas, or none')).toBeVisible();
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));
  await expectNoAxeViolations(page);

  await priorities.getByRole('checkbox', { name: belonging }).check();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Priority areas saved' })).toHaveText(
    `Priority areas saved: ${leadership}; ${belonging}.`,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  const withPriorities = buildChartModel(toolkit, autumnAnswers, { priorityDomainIds: ['leadership', 'belonging'] });
  await expectTableMatches(table, withPriorities);

  // Saved: they are still there after a reload.
  await page.reload();
  await expect(priorities.getByRole('checkbox', { name: leadership })).toBeChecked();
  await expect(priorities.getByRole('checkbox', { name: registers })).not.toBeChecked();
  await expect(priorities.getByRole('checkbox', { name: belonging })).toBeChecked();
  await expectTableMatches(table, withPriorities);

  // And cleared.
  await priorities.getByRole('checkbox', { name: leadership }).uncheck();
  await priorities.getByRole('checkbox', { name: belonging }).uncheck();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'priority areas' })).toHaveText('No priority areas are set.');
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));
});

/** What a group of strengths or areas shows: each indicator with its level and evidence note. */
function groupItems(group: HighlightGroup): string[] {
  return group.indicators.map((indicator) => `${indicator.statement} (${indicator.ratingText})${indicator.note ? `Evidence: ${indicator.note}` : ''}`);
}

test('strengths and areas to develop show the highest and lowest rated statements; what the team wrote is shown by section', async ({ page }) => {
  await makeAutumnAudit(page);
  const auditId = auditIdFrom(page.url());
  const reflections: Reflection[] = [
    { auditId, domainId: 'leadership', workingWell: 'Governors ask about attendance.', evenBetterIf: 'A clearer policy for parents.', updatedAt: 0 },
    { auditId, domainId: 'registers-and-data', workingWell: 'Registers are on time.', evenBetterIf: 'First-day calls before 10am.', updatedAt: 0 },
    { auditId, domainId: 'barriers', workingWell: '', evenBetterIf: 'We asked families what gets in the way.', updatedAt: 0 },
  ];
  for (const reflection of reflections) await writeReflection(page, reflection);
  await page.goto(`/audits/${auditId}/results`);

  const section = page.getByRole('region', { name: 'Strengths and areas to develop' });
  const found = findStrengthsAndAreas(buildChartModel(toolkit, autumnAnswers), reflections);
  // The autumn audit has strengths and areas in several sections.
  expect(found.strengths.length).toBeGreaterThan(1);
  expect(found.areas.length).toBeGreaterThan(1);
  await expect(section.getByRole('heading')).toHaveText([
    'Strengths and areas to develop',
    'Strengths: rated highest',
    ...found.strengths.map((group) => group.title),
    'Areas to develop: rated lowest',
    ...found.areas.map((group) => group.title),
  ]);
  const lists = section.getByRole('list');
  const groups = [...found.strengths, ...found.areas];
  await expect(lists).toHaveCount(groups.length);
  for (const [index, group] of groups.entries()) await expect(lists.nth(index).getByRole('listitem')).toHaveText(groupItems(group));
  // The champion is the audit's one Embedded statement in leadership, shown with its evidence; the lowest level given is Emerging.
  await expect(lists.first().getByRole('listitem')).toContainText([`${toolkit.domains[0]!.indicators[0]!.statement} (Embedded)Evidence: =HYPERLINK("http://example.com","click")`]);
  expect(new Set(found.areas.flatMap((group) => group.indicators.map((indicator) => indicator.ratingText)))).toEqual(new Set(['Emerging']));
  // Nothing the team wrote sits under a statement it is not about.
  await expect(section.getByText(/What is working well|Even better if/)).toHaveCount(0);

  // What the team wrote, each under its own section, in the toolkit's order.
  const written = page.getByRole('region', { name: 'What the team wrote about each section' });
  await expect(written.getByRole('term')).toHaveText(['leadership', 'registers-and-data', 'barriers'].map(titleOf));
  const definitions = written.getByRole('definition');
  await expect(definitions.nth(0)).toHaveText('What is working well: Governors ask about attendance.Even better if: A clearer policy for parents.');
  await expect(definitions.nth(1)).toHaveText('What is working well: Registers are on time.Even better if: First-day calls before 10am.');
  await expect(definitions.nth(2)).toHaveText('Even better if: We asked families what gets in the way.');
  await saveScreenshot(section, 'results-strengths.png');
  await saveScreenshot(written, 'results-reflections.png');
  await expectNoAxeViolations(page);
});
