/**
 * A team's self-evaluation with the shipped attendance toolkit, seeded by
 * restoring a backup through the settings page: the screens where a lead
 * invites colleagues and brings in their answers are being built alongside
 * the results, so the team's records arrive the one other way they can. The
 * backup is built with the app's own format code.
 *
 * Seven people in three groups: the lead (Ms Patel) and two more senior
 * leaders, three teaching staff, and one member of the support staff, who is
 * too few to be shown apart. Everyone rates the leadership and registers
 * sections (one teacher leaves registers out); nobody rates the rest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Answer, Audit, Rating } from '../../../src/core/audit';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import { formatProblem, parseToolkit } from '../../../src/core/parse-toolkit';
import type { AgreedRating, Respondent, TeamAnswer, TeamMode } from '../../../src/core/team';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { chooseBackupFile } from './backup-files';

function readAttendance(): Toolkit {
  const parsed = parseToolkit(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../toolkits/attendance.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`The attendance toolkit is not valid: ${parsed.problems.map(formatProblem).join('; ')}`);
  return parsed.value;
}

export const toolkit = readAttendance();
const leadership = toolkit.domains.find((domain) => domain.id === 'leadership')!;
const registers = toolkit.domains.find((domain) => domain.id === 'registers-and-data')!;

export const CHAMPION = leadership.indicators.find((indicator) => indicator.id === 'senior-attendance-champion')!;
export const POLICY = leadership.indicators.find((indicator) => indicator.id === 'attendance-policy')!;
export const EXPECTATIONS = leadership.indicators.find((indicator) => indicator.id === 'high-expectations-support-first')!;
export const GOVERNORS = leadership.indicators.find((indicator) => indicator.id === 'governor-oversight')!;

interface Person {
  id: string;
  name: string;
  groupId: string;
  /** The level given to every leadership and registers statement not listed in `given`. */
  usual: number;
  given: Record<string, Rating>;
  skipsRegisters?: boolean;
}

/** The lead first: their ratings are the audit's own answers. */
export const people: Person[] = [
  { id: 'lead', name: 'Ms Patel', groupId: 'senior-leaders', usual: 3, given: { [CHAMPION.id]: 4, [EXPECTATIONS.id]: 4, [GOVERNORS.id]: 4 } },
  { id: 'okafor', name: 'Mr Okafor', groupId: 'senior-leaders', usual: 3, given: { [CHAMPION.id]: 4, [EXPECTATIONS.id]: 2, [GOVERNORS.id]: 4 } },
  { id: 'byrne', name: 'Ms Byrne', groupId: 'senior-leaders', usual: 3, given: { [EXPECTATIONS.id]: 2, [GOVERNORS.id]: 4 } },
  { id: 'shah', name: 'Mr Shah', groupId: 'teaching-staff', usual: 2, given: { [POLICY.id]: 3, [EXPECTATIONS.id]: 4, [GOVERNORS.id]: 3 }, skipsRegisters: true },
  { id: 'lewis', name: 'Ms Lewis', groupId: 'teaching-staff', usual: 3, given: { [CHAMPION.id]: 1, [POLICY.id]: 2, [EXPECTATIONS.id]: 4, [GOVERNORS.id]: 4 } },
  { id: 'evans', name: 'Mrs Evans', groupId: 'teaching-staff', usual: 2, given: { [POLICY.id]: 3, [GOVERNORS.id]: 3 } },
  { id: 'quinn', name: 'Mr Quinn', groupId: 'support-staff', usual: 3, given: { [CHAMPION.id]: 'n/a', [POLICY.id]: null, [GOVERNORS.id]: 4 } },
];

export const AGREED_REASON = 'A champion is named; their time for it is not yet protected.';

function ratingsOf(person: Person): Array<[string, Rating]> {
  const statements = [...leadership.indicators, ...(person.skipsRegisters ? [] : registers.indicators)];
  return statements.flatMap((indicator): Array<[string, Rating]> => {
    const rating = indicator.id in person.given ? person.given[indicator.id]! : person.usual;
    return rating === null ? [] : [[indicator.id, rating]];
  });
}

export interface TeamAuditDetails {
  id: string;
  title: string;
  mode: TeamMode;
}

function recordsFor({ id, title, mode }: TeamAuditDetails, at: number) {
  const audit: Audit = {
    id,
    toolkitId: toolkit.id,
    toolkitVersion: toolkit.version,
    school: 'Northfield Primary School',
    title,
    date: '2026-11-25',
    participants: 'Ms Patel',
    status: 'in-progress',
    basedOnAuditId: null,
    priorityDomainIds: [],
    team: { mode, leadGroupId: 'senior-leaders' },
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  const [lead, ...colleagues] = people;
  const answers: Answer[] = ratingsOf(lead!).map(([indicatorId, rating]) => ({ auditId: id, indicatorId, rating, note: '', updatedAt: at }));
  // Added a minute apart, in the order listed: the order the team view lists them in.
  const respondents: Respondent[] = colleagues.map((person, index) => ({
    auditId: id, id: `${id}-${person.id}`, name: person.name, groupId: person.groupId, takesPart: 'own-device', createdAt: at + index * 60_000, updatedAt: at, removedAt: null, revealed: false, finishedAt: null,
  }));
  const responses: TeamAnswer[] = colleagues.flatMap((person) =>
    ratingsOf(person).map(([indicatorId, rating]) => ({ auditId: id, respondentId: `${id}-${person.id}`, indicatorId, rating, note: '', updatedAt: at })),
  );
  const agreedRatings: AgreedRating[] = [{ auditId: id, indicatorId: CHAMPION.id, rating: 3, reason: AGREED_REASON, updatedAt: at }];
  return { audit, answers, respondents, responses, agreedRatings };
}

/** Restores one backup holding each team audit given, and checks it arrived. */
export async function restoreTeamAudits(page: Page, audits: readonly TeamAuditDetails[]): Promise<void> {
  const at = Date.parse('2026-11-25T09:00:00Z');
  const made = audits.map((details) => recordsFor(details, at));
  const records = {
    audits: made.map((one) => one.audit),
    answers: made.flatMap((one) => one.answers),
    reflections: [],
    actions: [],
    actionReviews: [],
    planReviews: [],
    respondents: made.flatMap((one) => one.respondents),
    responses: made.flatMap((one) => one.responses),
    agreedRatings: made.flatMap((one) => one.agreedRatings),
    voiceAnswers: [],
    toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: at }],
  };
  const text = serializeBackup(buildBackup(records, '0.1.0', new Date('2026-11-25T09:00:00Z')));
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2026-11-25.json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored \d+ self-evaluation/)).toBeVisible();
}
