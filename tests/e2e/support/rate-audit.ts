import { expect, type Page } from '@playwright/test';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { indicatorGroup, levelFor } from './audit-flow';

/** From the first domain page: rates every indicator, waits for each save, and ends on the results page. */
export async function rateWholeAudit(page: Page, toolkit: Toolkit): Promise<void> {
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
    }
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
    const next = toolkit.domains[d + 1];
    await page.getByRole('link', { name: next ? `Next: ${next.shortTitle}` : 'See the results' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}
