/**
 * One person's plan (PlanSources, say the reviewed governors' plan) as a
 * backup file, restored on the settings page as a user restores one: a plan
 * reviewed several times is on the device in seconds, where recording each
 * review through the review screens (tested in plan-reviews.spec.ts) would
 * take minutes.
 */
import { expect, type Page } from '@playwright/test';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import type { PlanSources } from '../../../src/core/plan-report';
import { chooseBackupFile } from './backup-files';

export function planBackup(sources: PlanSources): string {
  const { audit, toolkit } = sources;
  return serializeBackup(
    buildBackup(
      {
        audits: [audit],
        answers: Object.entries(sources.answers).map(([indicatorId, answer]) => ({ auditId: audit.id, indicatorId, rating: answer!.rating, note: answer!.note, updatedAt: 2_000 })),
        reflections: [...sources.reflections],
        actions: [...sources.actions],
        actionReviews: [...sources.actionReviews],
        planReviews: [...sources.reviews],
        respondents: [],
        responses: [],
        agreedRatings: [],
        voiceAnswers: [],
        toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: 1_000 }],
      },
      '0.1.0',
      new Date('2027-03-04T09:00:00Z'),
    ),
  );
}

/** Restores the plan through the settings page; the audit keeps its id. */
export async function restorePlan(page: Page, sources: PlanSources): Promise<void> {
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2027-03-04.json', buffer: Buffer.from(planBackup(sources)) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();
}
