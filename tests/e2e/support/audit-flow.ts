import { expect, type Page } from '@playwright/test';
import type { Toolkit } from '../../../src/core/toolkit-schema';

export interface AuditDetails {
  toolkitTitle: string;
  school: string;
  title: string;
  /** yyyy-mm-dd; the form's default (today) when left out. */
  date?: string;
  participants?: string;
  /** Full (the form's default) when left out. */
  scope?: 'full' | 'quick';
}

/** Starts an audit through the form, as a user does. */
export async function startAudit(page: Page, details: AuditDetails): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await page.getByRole('radio', { name: details.toolkitTitle }).check();
  if (details.scope === 'quick') await page.getByRole('radio', { name: 'Quick review' }).check();
  await page.getByLabel('School name').fill(details.school);
  await page.getByLabel('Title of this self-evaluation').fill(details.title);
  if (details.date) await page.getByLabel('Date').fill(details.date);
  if (details.participants) await page.getByLabel('Who is taking part? (optional)').fill(details.participants);
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  // Callers read the new audit's id from the address, so wait until it is there.
  await page.waitForURL(/\/audits\/[^/]+\/domains\//);
}

/** The level each indicator gets in the tests: varied, so that domain scores differ. */
export function levelFor(toolkit: Toolkit, domainIndex: number, indicatorIndex: number) {
  const levels = toolkit.scale.levels;
  return levels[(domainIndex + indicatorIndex) % levels.length]!;
}

export function indicatorGroup(page: Page, statement: string) {
  return page.getByRole('group', { name: statement });
}

/** Leaves a domain page by its "Next" link; after the last domain, through check your answers to the results. */
export async function goToNextSection(page: Page, toolkit: Toolkit, domainIndex: number): Promise<void> {
  const next = toolkit.domains[domainIndex + 1];
  if (next) {
    await page.getByRole('link', { name: `Next: ${next.shortTitle}` }).click();
    return;
  }
  await page.getByRole('link', { name: 'Next: check your answers' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();
}

/** From the first domain page: rates every indicator (see levelFor), waits for each save, and ends on the results page. */
export async function rateWholeAudit(page: Page, toolkit: Toolkit): Promise<void> {
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
    }
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
    await goToNextSection(page, toolkit, d);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}
