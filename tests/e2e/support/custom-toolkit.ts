/**
 * A toolkit the app does not ship (tests/fixtures/arrival-routines-toolkit.json,
 * or one a test builds), brought in the one way such a toolkit reaches the app: inside a backup, with
 * an empty self-evaluation made with it. The backup is built here with the
 * app's own format code, then restored through the settings page as a user
 * restores one; the ratings are then given through the audit form.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Audit } from '../../../src/core/audit';
import { buildBackup, serializeBackup } from '../../../src/core/backup-build';
import { formatProblem, parseToolkit } from '../../../src/core/parse-toolkit';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { chooseBackupFile } from './backup-files';

function readCustomToolkit(): Toolkit {
  const parsed = parseToolkit(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/arrival-routines-toolkit.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`The custom toolkit fixture is not valid: ${parsed.problems.map(formatProblem).join('; ')}`);
  return parsed.value;
}

export const customToolkit = readCustomToolkit();

/**
 * Restores a backup holding a toolkit and one unrated self-evaluation made
 * with it, and opens that self-evaluation's first domain. Any toolkit the
 * test builds (valid per parseToolkit) arrives this way.
 */
export async function restoreToolkitAudit(page: Page, toolkit: Toolkit, details: Pick<Audit, 'school' | 'title' | 'date'>, auditId = 'custom-toolkit-audit'): Promise<void> {
  const audit: Audit = {
    id: auditId,
    toolkitId: toolkit.id,
    toolkitVersion: toolkit.version,
    ...details,
    participants: '',
    status: 'in-progress',
    basedOnAuditId: null,
    priorityDomainIds: [],
    createdAt: Date.parse('2026-11-25T09:00:00Z'),
    updatedAt: Date.parse('2026-11-25T09:00:00Z'),
    deletedAt: null,
  };
  const records = {
    audits: [audit],
    answers: [],
    reflections: [],
    actions: [],
    actionReviews: [],
    planReviews: [],
    respondents: [],
    responses: [],
    agreedRatings: [],
    voiceAnswers: [],
    toolkits: [{ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: audit.createdAt }],
  };
  const text = serializeBackup(buildBackup(records, '0.1.0', new Date('2026-11-25T09:00:00Z')));

  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2026-11-25.json', buffer: Buffer.from(text) });
  // The row is named by the toolkit's title as typed, markup and all.
  await expect(page.getByRole('table', { name: 'Toolkits in the file' }).getByRole('row').filter({ hasText: toolkit.title })).toContainText('Will be added');
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();

  await page.goto('/');
  await page.getByRole('region', { name: details.title }).getByRole('link', { name: details.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: toolkit.domains[0]!.title })).toBeVisible();
}

/** Restores a backup holding the custom toolkit and one unrated self-evaluation made with it, and opens its first domain. */
export function restoreCustomToolkitAudit(page: Page, details: Pick<Audit, 'school' | 'title' | 'date'>): Promise<void> {
  return restoreToolkitAudit(page, customToolkit, details);
}
