/**
 * A school that rated with the attendance toolkit's first edition updates the
 * app: its self-evaluation still opens, scores and prints with the first
 * edition, and the next one moves to the second edition and says which
 * statements it combined. The first-edition
 * audit can only reach a browser today through a backup, so the test restores
 * one through the settings page, as a school moving to this version would.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeAnswer, makeAudit, makeBackup } from '../fixtures/backups';
import { chooseBackupFile } from './support/backup-files';
import { collapseWhitespace, pdfText } from './support/pdf-text';

const readToolkit = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8')) as Toolkit;
const firstEdition = readToolkit('../fixtures/attendance-first-edition.json');
const secondEdition = readToolkit('../../toolkits/attendance.json');
const statementOf = (toolkit: Toolkit, id: string) =>
  toolkit.domains.flatMap((domain) => domain.indicators).find((indicator) => indicator.id === id)!.statement;

test('a first-edition self-evaluation opens, scores and prints with its own edition, and the next one names the statements the second edition combined', async ({ page }) => {
  expect(firstEdition.version).toBe('1.0.0');
  expect(secondEdition.version).toBe('2.0.0');
  const merged = secondEdition.domains.flatMap((domain) => domain.indicators).find((indicator) => indicator.replaces?.includes('tiered-support'))!;
  expect(merged.replaces).toContain('attendance-meetings');

  const audit = makeAudit('autumn-2025', { title: 'Autumn 2025 review', status: 'complete', priorityDomainIds: [] }, firstEdition);
  const backup = makeBackup({
    audits: [audit],
    answers: [
      makeAnswer(audit.id, 'tiered-support', 2, 'Tiers agreed with the local authority'),
      makeAnswer(audit.id, 'attendance-meetings', 3, 'Meetings each half term'),
      makeAnswer(audit.id, merged.id, 4, 'Barriers logged for every pupil'),
      makeAnswer(audit.id, 'senior-attendance-champion', 4, 'Named on the website'),
    ],
    reflections: [],
    actions: [],
    actionReviews: [],
    planReviews: [],
    respondents: [],
    responses: [],
    agreedRatings: [],
    voiceAnswers: [],
    toolkits: [{ id: firstEdition.id, version: firstEdition.version, definition: firstEdition, storedAt: 500 }],
  });
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2025-12-01.json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText(/^Restored 1 self-evaluation/)).toBeVisible();

  // Results score it with the first edition's 40 statements, including the two the second edition merged.
  await page.goto('/');
  await page.getByRole('region', { name: 'Autumn 2025 review' }).getByRole('link', { name: /^Results/ }).click();
  await expect(page.getByText('based on 4 of 40 statements', { exact: false }).first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath('first-edition.pdf');
  await download.saveAs(file);
  const text = collapseWhitespace(pdfText(file));
  // Table cells wrap, so a line of the first edition's statement stands for it.
  expect(statementOf(firstEdition, 'tiered-support')).toContain('The school has a clear, tiered offer of support');
  expect(text).toContain('The school has a clear, tiered offer of support');
  expect(text).toContain('Tiers agreed with the local authority');
  expect(text).toContain('(version 1.0.0)');

  // The next self-evaluation uses the second edition and says which answers were combined.
  await page.goto('/');
  await page.getByRole('region', { name: 'Autumn 2025 review' }).getByRole('link', { name: 'Start the next self-evaluation from Autumn 2025 review' }).click();
  await expect(page.getByText('has been updated since ‘Autumn 2025 review’ was started')).toBeVisible();
  const combined = page.getByRole('listitem').filter({ hasText: statementOf(secondEdition, merged.id) });
  await expect(combined).toContainText(statementOf(firstEdition, 'tiered-support'));
  await expect(combined).toContainText(statementOf(firstEdition, 'attendance-meetings'));
  // Where the merged statement's answers go is followed through in next-review-merged.spec.ts.
});
