/**
 * One rule for the level of a score, everywhere it is shown. A domain of 20
 * indicators, 9 rated 3 and 11 rated 2, has a mean of 49 / 20 = 2.45. It is
 * shown as 2.5, and 2.5 is halfway between Growing (2) and Secure (3), which
 * rounds up: "2.5 Secure". (Naming the level of the unrounded 2.45 would give
 * "2.5 Growing".) The other domain is rated 4 twice: "4.0 Leading"; overall
 * (2.45 + 4) / 2 = 3.225, shown as 3.2, nearest Secure. The expected words are
 * worked out here by hand, not by the app's own scoring code.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { customToolkit, restoreCustomToolkitAudit } from './support/custom-toolkit';
import { readPdf } from './support/pdf-reader';
import { rateAudit, type RatingPlan } from './support/results-flow';

const [routines, families] = customToolkit.domains as [(typeof customToolkit.domains)[0], (typeof customToolkit.domains)[0]];
const plan: RatingPlan = {
  ...Object.fromEntries(routines.indicators.map((indicator, index) => [indicator.id, index < 9 ? 3 : 2])),
  ...Object.fromEntries(families.indicators.map((indicator) => [indicator.id, 4])),
};

test('a domain at 2.45 reads "2.5 Secure" on the results page, in meeting mode, in the CSV, on the printable plan and in the PDF', async ({ page }) => {
  expect(routines.indicators).toHaveLength(20);
  await restoreCustomToolkitAudit(page, { school: 'Brookfield Infant School', title: 'Arrival review', date: '2026-11-25' });
  await rateAudit(page, customToolkit, plan);

  // The results page: the overall score and the scores table.
  await expect(page.getByText('Overall score: 3.2 (Secure), based on all 22 statements, on a scale of 1 to 4.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Scores by section' });
  await expect(table.getByRole('row', { name: /^Daily routines at the start of the day/ }).getByRole('cell')).toHaveText(['2.5', 'Secure', '20 of 20 statements']);
  await expect(table.getByRole('row', { name: /^Links with families/ }).getByRole('cell')).toHaveText(['4.0', 'Leading', '2 of 2 statements']);

  // The CSV: every row of a domain ends with its score and level name.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the ratings for a spreadsheet (CSV)' }).click()]);
  const csvFile = test.info().outputPath('ratings.csv');
  await csvDownload.saveAs(csvFile);
  const rows = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rows[0]).toBe('Section,Statement,Level,Level name,Note,Section score,Section level name');
  const endings = (title: string) => new Set(rows.filter((row) => row.startsWith(`${title},`)).map((row) => row.split(',').slice(-2).join(',')));
  expect(endings(routines.title)).toEqual(new Set(['2.5,Secure']));
  expect(endings(families.title)).toEqual(new Set(['4.0,Leading']));

  // The PDF, read back by pdftotext: the summary table and the domain's findings.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const pdfFile = test.info().outputPath('plan.pdf');
  await pdfDownload.saveAs(pdfFile);
  const pdf = readPdf(pdfFile);
  expect(pdf.pages.some((text) => /Daily routines at the start of the day\s+2\.5\s+Secure\s+20 of 20/.test(text))).toBe(true);
  expect(pdf.pages.some((text) => /Links with families\s+4\.0\s+Leading\s+2 of 2/.test(text))).toBe(true);
  expect(pdf.contains('Score 2.5 (Secure), based on all 20 statements.')).toBe(true);
  expect(pdf.contains('Overall score 3.2 (')).toBe(true);
  expect(pdf.contains('Growing)')).toBe(false);

  // Meeting mode's slide for the domain.
  await page.goto('/audits/custom-toolkit-audit/meeting?slide=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routines.title);
  await expect(page.getByText(/^Score 2\.5 Secure/)).toBeVisible();

  // The printable plan: its scores table and the domain's findings.
  await page.goto('/audits/custom-toolkit-audit/plan/print');
  const printed = page.getByRole('table', { name: 'Scores by section' });
  await expect(printed.getByRole('row', { name: /^Daily routines at the start of the day/ }).getByRole('cell')).toHaveText(['2.5', 'Secure', '20 of 20']);
  await expect(page.getByText('Score 2.5 (Secure), based on all 20 statements.')).toBeVisible();
});
