/**
 * The next self-evaluation from one made with an earlier edition of the
 * attendance toolkit, whose statements the second edition merged: the form
 * says in plain words which statements take whose answers, and the merged
 * statement starts from them.
 *
 * The earlier edition is the shipped one taken apart again (each merged
 * statement split back into the statements it replaces), brought in the one
 * way an old edition reaches a device: a backup, restored through settings.
 */
import { expect, test } from '@playwright/test';
import type { Answer, Audit } from '../../src/core/audit';
import { buildBackup, serializeBackup } from '../../src/core/backup-build';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { indicatorGroup } from './support/audit-flow';
import { attendance, noteFor, school } from './support/audit-pages';
import { chooseBackupFile } from './support/backup-files';

const earlierStatement = (id: string) => `Earlier edition: ${id.replace(/-/g, ' ')}.`;

function earlierEdition(): Toolkit {
  return {
    ...attendance,
    version: '1.5.0',
    domains: attendance.domains.map((domain) => ({
      ...domain,
      indicators: domain.indicators.flatMap(({ replaces, ...indicator }) => [
        indicator,
        ...(replaces ?? []).map((id) => ({ ...indicator, id, statement: earlierStatement(id), core: false, legalDuty: undefined })),
      ]),
    })),
  };
}

test('starting the next self-evaluation from an earlier edition lists the merged statements and carries their answers across', async ({ page }) => {
  const earlier = earlierEdition();
  const time = Date.parse('2026-11-25T09:00:00Z');
  const audit: Audit = {
    id: 'first-edition-audit',
    toolkitId: earlier.id,
    toolkitVersion: earlier.version,
    school,
    title: 'Autumn 2026 review',
    date: '2026-11-25',
    participants: '',
    status: 'complete',
    scope: 'full',
    basedOnAuditId: null,
    priorityDomainIds: [],
    createdAt: time,
    updatedAt: time,
    deletedAt: null,
  };
  const answer = (indicatorId: string, rating: number, note: string): Answer => ({ auditId: audit.id, indicatorId, rating, note, updatedAt: time });
  const answers = [
    answer('individual-barriers', 4, 'Barriers note.'),
    answer('tiered-support', 2, 'Tiered support note.'),
    answer('attendance-meetings', 3, 'Meetings note.'),
  ];
  const records = { audits: [audit], answers, reflections: [], actions: [], actionReviews: [], planReviews: [], respondents: [], responses: [], agreedRatings: [], voiceAnswers: [], toolkits: [{ id: earlier.id, version: earlier.version, definition: earlier, storedAt: time }] };
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2026-11-25.json', buffer: Buffer.from(serializeBackup(buildBackup(records, '0.1.0', new Date(time)))) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();

  await page.goto('/');
  await page.getByRole('region', { name: audit.title }).getByRole('link', { name: `Start the next self-evaluation from ${audit.title}` }).click();
  await expect(page.getByText(`The toolkit “${attendance.title}” has been updated since ‘${audit.title}’ was started`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Statements that have been combined' })).toBeVisible();
  const barriers = attendance.domains.find((domain) => domain.id === 'barriers')!;
  const merged = barriers.indicators.find((indicator) => indicator.id === 'individual-barriers')!;
  const item = page.getByRole('listitem').filter({ hasText: `‘${merged.statement}’ takes the answers to` });
  await expect(item).toContainText(`‘${earlierStatement('tiered-support')}’`);
  await expect(item).toContainText(`‘${earlierStatement('attendance-meetings')}’`);
  await expect(item).toHaveText(/’\.$/);

  await page.getByLabel('Title of this self-evaluation').fill('Autumn 2027 review');
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();
  await page.waitForURL(/\/domains\//);
  await page.goto(page.url().replace(/\/domains\/.*$/, `/domains/${barriers.id}`));
  // The lowest of the three ratings, and all three notes.
  await expect(indicatorGroup(page, merged.statement).getByRole('radio', { name: 'Emerging' })).toBeChecked();
  for (const note of ['Barriers note.', 'Tiered support note.', 'Meetings note.']) await expect(noteFor(page, merged.statement)).toHaveValue(new RegExp(note));
});
