/**
 * A team self-evaluation of the shipped attendance toolkit: the lead and
 * three colleagues on their own laptops, their responses already in, and
 * nothing agreed yet. It is seeded through a backup, built here with the
 * app's own format code and restored through the settings page as a user
 * restores one, because the screens for inviting colleagues and bringing in
 * their responses are being built alongside this.
 *
 * Everyone rates every statement Developing (3) except:
 * - first-day-follow-up: 1, 4, 3, 4 (three levels apart; median halfway, so Developing stands in);
 * - attendance-policy: 3, not applicable, 1, 3 (two apart; median Developing);
 * - governor-oversight: 2, 4, 4, 4 (two apart; median Embedded);
 * - punctuality: 3, 2, 3, 3 (one apart: no disagreement);
 * - the Impact section: nobody rated it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Answer, Audit, Rating } from '../../../src/core/audit';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import { formatProblem, parseToolkit } from '../../../src/core/parse-toolkit';
import type { Respondent, TeamAnswer } from '../../../src/core/team';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { chooseBackupFile } from './backup-files';

function readAttendance(): Toolkit {
  const parsed = parseToolkit(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../toolkits/attendance.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`The attendance toolkit is not valid: ${parsed.problems.map(formatProblem).join('; ')}`);
  return parsed.value;
}

export const teamToolkit = readAttendance();
export const teamAuditId = 'team-autumn-2026';
export const teamAuditTitle = 'Autumn 2026 team review';
const CREATED = Date.parse('2026-11-25T09:00:00Z');

export const teamAudit: Audit = {
  id: teamAuditId,
  toolkitId: teamToolkit.id,
  toolkitVersion: teamToolkit.version,
  school: 'Oakwood Primary School',
  title: teamAuditTitle,
  date: '2026-11-25',
  participants: 'Ms Patel',
  status: 'in-progress',
  basedOnAuditId: null,
  priorityDomainIds: [],
  team: { mode: 'anonymous', leadGroupId: 'senior-leaders' },
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: null,
};

/** The three colleagues, after the lead: their names must never be shown, since the team chose anonymous. */
export const colleagues = [
  { id: 'b8c4d1e2-0001-4a3b-9c1d-5e6f7a8b9c01', name: 'Sam Okafor', groupId: 'teaching-staff' },
  { id: 'b8c4d1e2-0002-4a3b-9c1d-5e6f7a8b9c02', name: 'Jo Lindqvist', groupId: 'teaching-staff' },
  { id: 'b8c4d1e2-0003-4a3b-9c1d-5e6f7a8b9c03', name: 'Alex Mensah', groupId: 'support-staff' },
] as const;

/** Each statement's ratings, the lead's first, where they are not all Developing. */
const ratingsOf: Record<string, readonly [Rating, Rating, Rating, Rating]> = {
  'first-day-follow-up': [1, 4, 3, 4],
  'attendance-policy': [3, 'n/a', 1, 3],
  'governor-oversight': [2, 4, 4, 4],
  punctuality: [3, 2, 3, 3],
};

/** Evidence notes, the lead's first. */
export const notesOf: Record<string, readonly [string, string, string, string]> = {
  'first-day-follow-up': ['', 'The office phones every absent pupil’s family by 9:30.', 'Calls are missed on days the office is short-staffed.', 'Every call is logged in the MIS.'],
};

const everyIndicator = teamToolkit.domains.filter((domain) => domain.id !== 'impact').flatMap((domain) => domain.indicators.map((indicator) => indicator.id));

function ratingFor(indicatorId: string, person: number): { rating: Rating; note: string } {
  return { rating: ratingsOf[indicatorId]?.[person] ?? 3, note: notesOf[indicatorId]?.[person] ?? '' };
}

export const leadAnswers: Answer[] = everyIndicator.map((indicatorId) => ({ auditId: teamAuditId, indicatorId, ...ratingFor(indicatorId, 0), updatedAt: CREATED }));

export const respondents: Respondent[] = colleagues.map((person, index) => ({
  auditId: teamAuditId,
  ...person,
  takesPart: 'own-device',
  createdAt: CREATED + index + 1,
  updatedAt: CREATED + index + 1,
  removedAt: null,
  revealed: false,
  finishedAt: null,
}));

export const responses: TeamAnswer[] = colleagues.flatMap((person, index) =>
  everyIndicator.map((indicatorId) => ({ auditId: teamAuditId, respondentId: person.id, indicatorId, ...ratingFor(indicatorId, index + 1), updatedAt: CREATED })),
);

/** Restores the team's self-evaluation on this (empty) device through the settings page, and returns its id. */
export async function restoreTeamAudit(page: Page): Promise<string> {
  const records = {
    audits: [teamAudit],
    answers: leadAnswers,
    reflections: [],
    actions: [],
    actionReviews: [],
    planReviews: [],
    respondents,
    responses,
    agreedRatings: [],
    voiceAnswers: [],
    toolkits: [{ id: teamToolkit.id, version: teamToolkit.version, definition: teamToolkit, storedAt: CREATED }],
  };
  const text = serializeBackup(buildBackup(records, '0.1.0', new Date('2026-11-25T09:00:00Z')));
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2026-11-25.json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();
  return teamAuditId;
}
