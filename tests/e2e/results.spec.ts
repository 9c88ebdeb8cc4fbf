import { expect, test } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { startAudit } from './support/audit-flow';
import { answersFor, auditIdFrom, expectRadarAxes, expectRadarLabelsFit, rateAudit, seriesName, type RatingPlan } from './support/results-flow';
import { expectTableMatches } from './support/scores-table';
import { saveScreenshot } from './support/screenshots';
import { readToolkit } from './support/toolkits';
import { autumn, autumnAnswers, expectNoAxeViolations, makeTwoAudits, school, summer, summerAnswers, toolkit } from './support/two-audits';

const CURRENT_STYLE = 'solid line, round markers';
const EARLIER_STYLE = 'dashed line, square markers';

test('the radar and its table show the scores, and compare with an earlier audit', async ({ page }) => {
  await makeTwoAudits(page);
  const radar = page.getByRole('figure', { name: /Radar chart of domain scores/ });
  const table = page.getByRole('table', { name: 'Scores by section' });
  const alone = buildChartModel(toolkit, autumnAnswers);
  const notRated = alone.domains.filter((domain) => domain.score === null);
  // The audits are made so that some domains have no ratings: those say so, and have no point on the chart.
  expect(notRated.length).toBeGreaterThan(0);
  expect(notRated.length).toBeLessThan(alone.domains.length);

  // One axis per domain, each labelled with its score, inside the chart and clear of the others.
  await expectRadarAxes(radar, alone, 1);
  await expectRadarLabelsFit(radar, alone);
  await expect(radar.getByText('Not rated', { exact: true })).toHaveCount(notRated.length);
  const current = radar.getByRole('img', { name: /^This self-evaluation/ });
  await expect(current).toHaveAccessibleName(seriesName(`This self-evaluation, ${autumn.label}`, CURRENT_STYLE, alone.domains, (domain) => domain.scoreText));
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(0);
  await expectTableMatches(table, alone);

  // Compare with the summer audit: two series, a legend and a change column.
  await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: summer.label });
  const compared = buildChartModel(toolkit, autumnAnswers, { earlier: { toolkit, answers: summerAnswers } });
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveAccessibleName(
    seriesName(`Earlier self-evaluation, ${summer.label}`, EARLIER_STYLE, compared.domains, (domain) => domain.earlier!.scoreText),
  );
  await expect(radar.getByRole('img', { name: /^This self-evaluation/ })).toHaveCount(1);
  await expectRadarAxes(radar, compared, 2);
  const key = radar.getByRole('list', { name: 'Key' }).getByRole('listitem');
  await expect(key).toHaveText([`This self-evaluation: ${autumn.label} (${CURRENT_STYLE})`, `Earlier: ${summer.label} (${EARLIER_STYLE})`]);
  await expect(table.getByRole('columnheader')).toHaveText(['Section', 'Score', 'Level', 'Based on', 'Earlier', 'Change']);
  await expectTableMatches(table, compared);
  // Every kind of change is shown: up, not rated now, not rated before.
  expect(compared.domains.map((domain) => domain.changeText)).toEqual(expect.arrayContaining(['Not rated now', 'Not rated before', expect.stringMatching(/^\+/)]));
  await expect(page.getByText(`Overall score: ${compared.overallText}`)).toContainText(`Change: ${compared.overallChangeText}.`);

  // The choice is in the address, so a reload (or meeting mode) keeps it.
  await expect(page).toHaveURL(/\?compare=/);
  await page.reload();
  await expectTableMatches(table, compared);

  await saveScreenshot(page, 'results-compare.png');
  await saveScreenshot(page, 'results-compare-full.png', { fullPage: true });
  await saveScreenshot(radar, 'results-radar.png');
  await expectNoAxeViolations(page);

  // On a phone, or at 400% zoom, the labels still fit: smaller, not cut off.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectRadarLabelsFit(radar, compared);
  await saveScreenshot(page, 'results-320.png', { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: 'No comparison' });
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(0);
  await expectTableMatches(table, alone);

  // A comparison that no longer exists is explained, not silently dropped.
  await page.goto(page.url().replace(/compare=[^&]+/, 'compare=deleted-audit'));
  await expect(page.getByText('The self-evaluation chosen for comparison could not be found.', { exact: false })).toBeVisible();
  await expectTableMatches(table, alone);

  // Meeting mode in a small window too.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/audits/${auditIdFrom(page.url())}/meeting`);
  await expectRadarLabelsFit(radar, alone);
  await saveScreenshot(page, 'meeting-320.png');
});

test('the other toolkit’s radar keeps its labels whole and apart: on the page, at 320 pixels and in meeting mode', async ({ page }) => {
  const relationships = readToolkit('positive-relationships');
  // One indicator rated in each domain but the last, so that labels carry both scores and "Not rated".
  const plan: RatingPlan = Object.fromEntries(relationships.domains.slice(0, -1).map((domain, index) => [domain.indicators[0]!.id, (index % 4) + 1]));
  await startAudit(page, { toolkitTitle: relationships.title, school, title: 'Relationships review', date: '2026-11-25' });
  await rateAudit(page, relationships, plan);
  const model = buildChartModel(relationships, answersFor(plan));
  const radar = page.getByRole('figure', { name: /Radar chart of domain scores/ });

  await expectRadarAxes(radar, model, 1);
  await expectRadarLabelsFit(radar, model);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectRadarLabelsFit(radar, model);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/audits/${auditIdFrom(page.url())}/meeting`);
  await expectRadarAxes(radar, model, 1);
  await expectRadarLabelsFit(radar, model);
  await saveScreenshot(page, 'meeting-relationships.png');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectRadarLabelsFit(radar, model);
});

test('with one statement of thirty-nine rated, every score says what it rests on, on the results page and in meeting mode', async ({ page }) => {
  const leadership = toolkit.domains[0]!;
  await startAudit(page, { toolkitTitle: toolkit.title, school, title: 'First look', date: '2026-11-25' });
  await rateAudit(page, toolkit, { [leadership.indicators[0]!.id]: 3 });

  // A score from one statement must not read like the whole picture.
  await expect(page.getByText('Overall score: 3.0 (Developing), based on 1 of 39 statements, on a scale of 1 to 4.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Scores by section' });
  await expect(table.getByRole('row', { name: new RegExp(`^${leadership.title}`) }).getByRole('cell')).toHaveText(['3.0', 'Developing', '1 of 5 statements']);
  await expect(table.getByRole('row', { name: new RegExp(`^${toolkit.domains[1]!.title}`) }).getByRole('cell')).toHaveText(['Not rated', '–', '0 of 7 statements']);
  const priorities = page.getByRole('group', { name: 'Priority areas' });
  await expect(priorities.getByRole('checkbox', { name: leadership.title })).toHaveAccessibleDescription('Score 3.0 (Developing), based on 1 of 5 statements');
  await saveScreenshot(page, 'results-partial.png');

  // Meeting mode keeps it visibly partial: overall, and on the section's slide.
  await page.getByRole('button', { name: 'Start meeting mode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First look');
  await expect(page.getByText('Based on 1 of 39 statements', { exact: true })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadership.title);
  await expect(page.getByText('Based on 1 of 5 statements', { exact: true })).toBeVisible();
});
