/**
 * The team's whole self-evaluation of tests/fixtures/team-plan.ts (the
 * governors' plan rated by the lead and eight colleagues, some levels
 * agreed) as a backup file, restored on the settings page as a user
 * restores one. `extraActions` adds to its six actions, for a plan as long
 * as a busy school's.
 */
import { expect, type Page } from '@playwright/test';
import type { PlanAction } from '../../../src/core/audit';
import type { BackupRecords } from '../../../src/core/backup-schema';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import type { TeamMode } from '../../../src/core/team';
import { TEAM_AUDIT_ID, makeTeamPlan } from '../../fixtures/team-plan';
import { chooseBackupFile } from './backup-files';

export { TEAM_AUDIT_ID };

export function teamPlanBackup(mode: TeamMode, extraActions: readonly PlanAction[] = []): string {
  const { sources, audit, leadAnswers, records } = makeTeamPlan(mode);
  const { toolkit } = sources;
  const mine = <T extends { auditId: string }>(rows: readonly T[]) => rows.map((row) => ({ ...row, auditId: TEAM_AUDIT_ID }));
  const backup: BackupRecords = {
    audits: [audit],
    answers: Object.entries(leadAnswers).map(([indicatorId, answer]) => ({ auditId: TEAM_AUDIT_ID, indicatorId, rating: answer!.rating, note: answer!.note, updatedAt: 2_000 })),
    reflections: mine(sources.reflections),
    actions: mine([...sources.actions, ...extraActions]),
    actionReviews: mine(sources.actionReviews),
    planReviews: mine(sources.reviews),
    respondents: [...records.respondents],
    responses: [...records.responses],
    agreedRatings: [...records.agreedRatings],
    voiceAnswers: [],
    toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: 1_000 }],
  };
  return serializeBackup(buildBackup(backup, '0.1.0', new Date('2027-01-21T09:00:00Z')));
}

/** Restores the team's self-evaluation through the settings page; its id is TEAM_AUDIT_ID. */
export async function restoreTeamPlan(page: Page, mode: TeamMode, extraActions: readonly PlanAction[] = []): Promise<void> {
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2027-01-21.json', buffer: Buffer.from(teamPlanBackup(mode, extraActions)) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();
}

/**
 * Ten more actions of the length people type, with what stretches a narrow
 * table most: an address with no spaces, a long progress note, and actions
 * for the whole school (no section).
 */
export function longActions(): PlanAction[] {
  return Array.from({ length: 10 }, (_, index) => ({
    id: `long-action-${index + 1}`,
    auditId: TEAM_AUDIT_ID,
    domainId: index % 3 === 0 ? null : index % 3 === 1 ? 'belonging' : 'formal-steps',
    indicatorId: null,
    action:
      index === 0
        ? 'Read https://www.gov.uk/government/publications/working-together-to-improve-school-attendance-including-the-annex-on-part-time-timetables with the whole staff.'
        : `Action ${index + 1}: meet each family whose child has missed more than ten sessions this half term, agree one change with them and write it down.`,
    successMeasure: 'Every family met within a fortnight; the notes say what was agreed, who does it and when we look again.',
    lead: index === 1 ? 'Mrs Adebayo-Richardson-Whitfield (assistant headteacher, inclusion)' : 'Family liaison officer',
    targetDate: '2027-06-30',
    status: index % 2 ? 'on-track' : 'not-started',
    progressNote: index % 2 ? 'Started after the February half term; fourteen of the twenty-three families met so far, the rest booked.' : '',
    order: 100 + index,
    createdAt: 100 + index,
    updatedAt: 100 + index,
  }));
}
