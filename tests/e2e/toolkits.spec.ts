import { expect, test } from '@playwright/test';
import { goToNextSection, indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { readToolkit } from './support/toolkits';

// The attendance toolkit is audited end to end in walking-skeleton.spec.ts.
test('a whole positive-relationships audit can be completed and scored', async ({ page }) => {
  const toolkit = readToolkit('positive-relationships');
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Riverside Academy', title: 'Relationships review' });

  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      const group = indicatorGroup(page, indicator.statement);
      // Every level's descriptor is readable before choosing.
      for (const level of toolkit.scale.levels) {
        await expect(group.getByRole('radio', { name: level.label })).toHaveAccessibleDescription(indicator.descriptors[String(level.value)]!);
      }
      await group.getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
    }
    await goToNextSection(page, toolkit, d);
  }

  const table = page.getByRole('table', { name: 'Scores by section' });
  for (const domain of toolkit.domains) {
    const row = table.getByRole('row', { name: new RegExp(`^${domain.title}`) });
    await expect(row).toContainText(`${domain.indicators.length} of ${domain.indicators.length} statements`);
  }
});

test('the audits list shows audits of both toolkits with the toolkit each uses', async ({ page }) => {
  const attendance = readToolkit('attendance');
  const relationships = readToolkit('positive-relationships');
  await startAudit(page, { toolkitTitle: attendance.title, school: 'Hillside School', title: 'Attendance check' });
  await startAudit(page, { toolkitTitle: relationships.title, school: 'Hillside School', title: 'Relationships check' });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Attendance check' })).toContainText(attendance.title);
  await expect(page.getByRole('region', { name: 'Relationships check' })).toContainText(relationships.title);
});
