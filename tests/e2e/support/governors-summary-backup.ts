/**
 * The governors' plan of thirty actions looked at twice
 * (tests/fixtures/governors-summary-plan.ts) as a backup file, restored on
 * the settings page as a user restores one. A backup, not the review
 * screens: the point is what the summary makes of two rounds of reviews,
 * and a backup puts them on the device in seconds, dated as the fixture
 * dates them.
 */
import { expect, type Page } from '@playwright/test';
import type { BackupRecords } from '../../../src/core/backup-schema';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import { makeGovernorsSummaryPlan } from '../../fixtures/governors-summary-plan';
import { chooseBackupFile } from './backup-files';

export const GOVERNORS_AUDIT_ID = 'governors-summary-audit';

export function governorsSummaryBackup(): string {
  const sources = makeGovernorsSummaryPlan();
  const { toolkit } = sources;
  const mine = <T extends { auditId: string }>(rows: readonly T[]) => rows.map((row) => ({ ...row, auditId: GOVERNORS_AUDIT_ID }));
  const backup: BackupRecords = {
    audits: [{ ...sources.audit, id: GOVERNORS_AUDIT_ID }],
    answers: Object.entries(sources.answers).map(([indicatorId, answer]) => ({ auditId: GOVERNORS_AUDIT_ID, indicatorId, rating: answer!.rating, note: answer!.note, updatedAt: 2_000 })),
    reflections: mine(sources.reflections),
    actions: mine(sources.actions),
    actionReviews: mine(sources.actionReviews),
    planReviews: mine(sources.reviews),
    respondents: [],
    responses: [],
    agreedRatings: [],
    voiceAnswers: [],
    toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: 1_000 }],
  };
  return serializeBackup(buildBackup(backup, '0.1.0', new Date('2027-05-19T09:00:00Z')));
}

/** Restores the plan through the settings page; its id is GOVERNORS_AUDIT_ID. */
export async function restoreGovernorsPlan(page: Page): Promise<void> {
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2027-05-19.json', buffer: Buffer.from(governorsSummaryBackup()) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();
}
