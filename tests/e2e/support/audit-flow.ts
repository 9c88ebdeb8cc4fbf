import type { Page } from '@playwright/test';
import type { Toolkit } from '../../../src/core/toolkit-schema';

export interface AuditDetails {
  toolkitTitle: string;
  school: string;
  title: string;
}

export async function startAudit(page: Page, details: AuditDetails): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await page.getByRole('radio', { name: details.toolkitTitle }).check();
  await page.getByLabel('School name').fill(details.school);
  await page.getByLabel('Title of this self-evaluation').fill(details.title);
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
}

/** The level each indicator gets in the tests: varied, so that domain scores differ. */
export function levelFor(toolkit: Toolkit, domainIndex: number, indicatorIndex: number) {
  const levels = toolkit.scale.levels;
  return levels[(domainIndex + indicatorIndex) % levels.length]!;
}

export function indicatorGroup(page: Page, statement: string) {
  return page.getByRole('group', { name: statement });
}
