import type { Page } from '@playwright/test';
import { startAudit } from './audit-flow';
import { rateAudit } from './results-flow';
import { autumn, autumnNotes, autumnPlan, school, toolkit } from './two-audits';

/** Just the autumn audit, made through the UI; ends on its results. */
export async function makeAutumnAudit(page: Page): Promise<void> {
  await startAudit(page, { toolkitTitle: toolkit.title, school, title: autumn.title, date: autumn.date });
  await rateAudit(page, toolkit, autumnPlan, autumnNotes);
}
