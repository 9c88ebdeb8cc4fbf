import { expect, type Locator } from '@playwright/test';
import type { ChartModel } from '../../../src/core/chart-model';

/** The scores table shows exactly what the chart model says, row by row, each score with what it rests on. */
export async function expectTableMatches(table: Locator, model: ChartModel) {
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(model.domains.length + 1);
  for (const [index, domain] of model.domains.entries()) {
    const cells = rows.nth(index + 1).getByRole('cell');
    const expected = [domain.scoreText, domain.levelName ?? '–', `${domain.rated} of ${domain.total} statements`];
    if (model.isComparing) expected.push(domain.earlier?.scoreText ?? '–', domain.changeText);
    await expect(rows.nth(index + 1).getByRole('rowheader')).toHaveText(domain.isPriority ? `${domain.title} Priority` : domain.title);
    await expect(cells).toHaveText(expected);
  }
}
