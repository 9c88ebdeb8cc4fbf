import { expect, test } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { expectTableMatches } from './support/scores-table';
import { saveScreenshot } from './support/screenshots';
import { autumn, autumnAnswers, expectNoAxeViolations, makeTwoAudits, summer, summerAnswers, toolkit } from './support/two-audits';

test('the radar and its table show the scores, and compare with an earlier audit', async ({ page }) => {
  await makeTwoAudits(page);
  const radar = page.getByRole('figure', { name: /Radar chart of domain scores/ });
  const table = page.getByRole('table', { name: 'Scores by domain' });

  // One axis per domain, each labelled; the domain with no ratings says so and is not drawn at zero.
  for (const domain of toolkit.domains) await expect(radar.getByText(domain.shortTitle, { exact: true })).toHaveCount(1);
  await expect(radar.getByText('Not rated', { exact: true })).toHaveCount(1);
  for (const level of toolkit.scale.levels) await expect(radar.getByText(`${level.value} ${level.label}`, { exact: true })).toHaveCount(1);
  const current = radar.getByRole('img', { name: /^This self-evaluation/ });
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAccessibleName(/Leadership 3\.5, Data 3\.0, Belonging Not rated/);
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(0);
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));

  // Compare with the summer audit: two series, a legend and a change column.
  await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: summer.label });
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(1);
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveAccessibleName(/dashed line, square markers\): Leadership 1\.5, Data 2\.0, Belonging 1\.0/);
  await expect(radar.getByRole('img', { name: /^This self-evaluation/ })).toHaveCount(1);
  const key = radar.getByRole('list', { name: 'Key' }).getByRole('listitem');
  await expect(key).toHaveText([`This self-evaluation: ${autumn.label} (solid line, round markers)`, `Earlier: ${summer.label} (dashed line, square markers)`]);
  const compared = buildChartModel(toolkit, autumnAnswers, { earlier: { toolkit, answers: summerAnswers } });
  await expect(table.getByRole('columnheader')).toHaveText(['Domain', 'Score', 'Level', 'Rated', 'Earlier', 'Change']);
  await expectTableMatches(table, compared);
  await expect(page.getByText(`Overall score: ${compared.overallText}`)).toContainText(`Change: ${compared.overallChangeText}.`);

  // The choice is in the address, so a reload (or meeting mode) keeps it.
  await expect(page).toHaveURL(/\?compare=/);
  await page.reload();
  await expectTableMatches(table, compared);

  await saveScreenshot(page, 'results-compare.png');
  await saveScreenshot(page, 'results-compare-full.png', { fullPage: true });
  await saveScreenshot(radar, 'results-radar.png');
  await expectNoAxeViolations(page);

  await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: 'No comparison' });
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(0);
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));

  // A comparison that no longer exists is explained, not silently dropped.
  await page.goto(page.url().replace(/compare=[^&]+/, 'compare=deleted-audit'));
  await expect(page.getByText('The self-evaluation chosen for comparison could not be found.', { exact: false })).toBeVisible();
  await expectTableMatches(table, buildChartModel(toolkit, autumnAnswers));
});
