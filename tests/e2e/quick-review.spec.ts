/**
 * A quick review as a school runs one: chosen on the start page with its
 * honest time, rated on core statements only, named as a quick review
 * wherever the self-evaluation is named, down to the PDF's cover; and the
 * next self-evaluation after it, as a full review of every statement.
 */
import { expect, test, type Page } from '@playwright/test';
import { scopeToolkit } from '../../src/core/review-scope';
import { goToNextSection, indicatorGroup, levelFor } from './support/audit-flow';
import { attendance, school } from './support/audit-pages';
import { readPdf } from './support/pdf-reader';

const quick = scopeToolkit(attendance, 'quick');
const allStatements = attendance.domains.flatMap((domain) => domain.indicators);
const coreStatements = quick.domains.flatMap((domain) => domain.indicators);
const title = 'Spring 2027 quick review';

/** The value of one row of a self-evaluation's card on the home page. */
const cardValue = (page: Page, cardTitle: string, label: string) =>
  page
    .getByRole('region', { name: cardTitle })
    .locator('.govuk-summary-list__row')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');

async function startQuickReview(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await page.getByRole('radio', { name: attendance.title }).check();

  const scope = page.getByRole('group', { name: 'How much do you want to review?' });
  await expect(scope.getByRole('radio', { name: 'Full review' })).toBeChecked();
  // The times come from what there is to read and rate in the shipped toolkit (npm run validate:toolkits prints the same).
  await expect(scope.getByRole('radio', { name: 'Full review' })).toHaveAccessibleDescription(
    'Every statement, planned as a pre-read and a meeting. 39 statements. About 20 minutes to read beforehand and 1 hour to rate together.',
  );
  await expect(scope.getByRole('radio', { name: 'Quick review' })).toHaveAccessibleDescription(
    'Core statements only, for a shorter meeting or a check between full reviews. 15 statements. About 10 minutes to read beforehand and 25 minutes to rate together.',
  );
  await scope.getByRole('radio', { name: 'Quick review' }).check();
  await page.getByLabel('School name').fill(school);
  await page.getByLabel('Title of this self-evaluation').fill(title);
  await page.getByLabel('Date').fill('2027-03-10');
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: quick.domains[0]!.title })).toBeVisible();
}

test('a quick review rates the core statements only, says so wherever it is named, and its PDF says so on the cover', async ({ page }) => {
  expect(coreStatements.length).toBe(15);
  await startQuickReview(page);

  for (const [d, domain] of quick.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'This self-evaluation' })).toContainText('Quick review Core statements only');
    const whole = attendance.domains.find((candidate) => candidate.id === domain.id)!;
    for (const indicator of whole.indicators.filter((candidate) => !candidate.core)) {
      await expect(indicatorGroup(page, indicator.statement)).toHaveCount(0);
    }
    for (const [i, indicator] of domain.indicators.entries()) {
      await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(quick, d, i).label }).check();
    }
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
    if (d === quick.domains.length - 1) {
      await page.getByRole('link', { name: 'Next: check your answers' }).click();
      await expect(page.getByText('This is a quick review: it rates the toolkit’s core statements only.')).toBeVisible();
      await page.getByRole('link', { name: 'See the results' }).click();
    } else {
      await goToNextSection(page, quick, d);
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'This self-evaluation' })).toContainText('Quick review');

  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath('quick-review.pdf');
  await download.saveAs(file);
  const pdf = readPdf(file);
  expect(pdf.contains(`Self-evaluation ${title} (quick review: core statements only)`)).toBe(true);
  expect(pdf.contains('based on all 15 statements')).toBe(true);
  for (const indicator of coreStatements) expect(pdf.contains(indicator.statement), indicator.statement).toBe(true);
  for (const indicator of allStatements.filter((candidate) => !candidate.core)) expect(pdf.contains(indicator.statement), indicator.statement).toBe(false);

  await page.goto('/');
  const card = page.getByRole('region', { name: title });
  await expect(card).toContainText('15 of 15 statements answered');
  await expect(cardValue(page, title, 'Review')).toHaveText('Quick review: core statements only');
});

test('the next self-evaluation after a quick review can be a full one, with every statement of the toolkit', async ({ page }) => {
  await startQuickReview(page);
  const first = quick.domains[0]!;
  for (const indicator of first.indicators) await indicatorGroup(page, indicator.statement).getByRole('radio', { name: 'Embedded' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('region', { name: title }).getByRole('link', { name: `Start the next self-evaluation from ${title}` }).click();
  await expect(page.getByText(`‘${title}’ was a quick review of core statements only. A full review rates every statement.`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Full review' })).toBeChecked();
  await page.getByLabel('Title of this self-evaluation').fill('Summer 2027 review');
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();

  const whole = attendance.domains[0]!;
  await expect(page.getByRole('heading', { level: 1, name: whole.title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'This self-evaluation' })).not.toContainText('Quick review');
  // Every statement of the section, the quick review's answers carried across.
  for (const indicator of whole.indicators) await expect(indicatorGroup(page, indicator.statement)).toHaveCount(1);
  for (const indicator of first.indicators) await expect(indicatorGroup(page, indicator.statement).getByRole('radio', { name: 'Embedded' })).toBeChecked();

  await page.goto('/');
  const card = page.getByRole('region', { name: 'Summer 2027 review' });
  await expect(card).toContainText(`${first.indicators.length} of ${allStatements.length} statements answered`);
  await expect(cardValue(page, 'Summer 2027 review', 'Review')).toHaveText('Full review');
});
