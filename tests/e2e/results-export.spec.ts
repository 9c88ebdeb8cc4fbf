import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildChartModel } from '../../src/core/chart-model';
import { buildRatingsCsv } from '../../src/core/ratings-csv';
import { makeAutumnAudit } from './support/one-audit';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { autumnAnswers, school, toolkit } from './support/two-audits';

test('ratings download as CSV, one row per indicator, with formulas made harmless', async ({ page }) => {
  await makeAutumnAudit(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the ratings for a spreadsheet (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('northfield-primary-school-attendance-ratings-2026-11-25.csv');
  const file = test.info().outputPath('ratings.csv');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');

  expect(text).toBe(`\uFEFF${buildRatingsCsv(toolkit, autumnAnswers)}`);
  const lines = text.slice(1).split('\r\n');
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
  expect(lines[0]).toBe('Section,Statement,Level,Level name,Note,Section score,Section level name');
  expect(lines).toHaveLength(indicators.length + 2);
  // Without the last two cells, the domain's score and level name.
  const rowOf = (indicatorId: string) => lines[1 + indicators.findIndex((indicator) => indicator.id === indicatorId)]!.replace(/,[\d.]*,[^,]+$/, '');
  // The evidence note typed as a formula arrives as text, quoted because it holds quotes and a comma.
  expect(rowOf('senior-attendance-champion')).toMatch(/,4,Embedded,"'=HYPERLINK\(""http:\/\/example\.com"",""click""\)"$/);
  expect(rowOf('attendance-policy')).toMatch(/,3,Developing,"Reviewed by governors, ""every year"", in July"$/);
  expect(rowOf('persistent-and-severe')).toMatch(/,,Not applicable,$/);
  // Every indicator has its row, answered or not.
  const unanswered = indicators.find((indicator) => autumnAnswers[indicator.id] === undefined)!;
  expect(rowOf(unanswered.id)).toMatch(/,,Not answered,$/);
});

test('the results page prints on A4 with the whole chart and no page furniture', async ({ page }) => {
  await makeAutumnAudit(page);
  await expect(page.getByRole('figure', { name: /Radar chart of section scores/ })).toBeVisible();
  const file = test.info().outputPath('results.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });

  // Text in the order it is drawn, so that a label wrapped onto two lines still reads as one.
  const firstPage = collapseWhitespace(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'], { encoding: 'utf8' }));
  // The chart, whole, on the first page: every axis label with its score, and the key to the rings.
  const model = buildChartModel(toolkit, autumnAnswers);
  for (const domain of model.domains) expect(firstPage).toContain(`${domain.shortTitle} ${domain.scoreText}`);
  expect(firstPage).toContain(`Rings, from the centre out: ${toolkit.scale.levels.map((level) => `${level.value} ${level.label}`).join(' ')}`);
  expect(firstPage).toContain('Not rated');
  expect(firstPage).toContain('Results');
  expect(firstPage).toContain(school);
  // The legal requirements are counted beside the overall score, and listed in full after the scores.
  expect(firstPage).toMatch(/Legal requirements: \d+ of 7 met/);

  const all = collapseWhitespace(pdfText(file));
  expect(all).toContain('Scores by section');
  for (const domain of toolkit.domains) expect(all).toContain(domain.title);
  expect(all).toContain('Strengths and areas to develop');
  expect(all).toMatch(/Not rated yet \(\d+\)/);
  expect(all).not.toContain('Give a rating');
  // No navigation, buttons or forms.
  for (const furniture of ['Your data stays on this device', 'Start meeting mode', 'Download development plan', 'Save priority areas', 'Compare with', 'Back to the self-evaluation', 'Skip to main content']) {
    expect(all).not.toContain(furniture);
  }
});
