/**
 * The governors' plan of thirty actions looked at twice
 * (tests/fixtures/governors-summary-plan.ts), restored on the settings page
 * as a user restores a backup. A backup, not the review screens: the point
 * is what the summary makes of two rounds of reviews, and a backup puts them
 * on the device in seconds, dated as the fixture dates them.
 */
import type { Page } from '@playwright/test';
import { makeGovernorsSummaryPlan } from '../../fixtures/governors-summary-plan';
import { restorePlan } from './plan-backup';

export const GOVERNORS_AUDIT_ID = 'governors-summary-audit';

/** Restores the plan through the settings page; its id is GOVERNORS_AUDIT_ID. */
export async function restoreGovernorsPlan(page: Page): Promise<void> {
  const sources = makeGovernorsSummaryPlan();
  const mine = <T extends { auditId: string }>(rows: readonly T[]) => rows.map((row) => ({ ...row, auditId: GOVERNORS_AUDIT_ID }));
  await restorePlan(page, {
    ...sources,
    audit: { ...sources.audit, id: GOVERNORS_AUDIT_ID },
    reflections: mine(sources.reflections),
    actions: mine(sources.actions),
    actionReviews: mine(sources.actionReviews),
    reviews: mine(sources.reviews),
  });
}
