/**
 * Schools' summaries of the shipped attendance toolkit, made by the app's own
 * builder as each school's laptop would write them, and imported on the
 * local-authority page as a council does. Each school rates every statement
 * at one level; when asked, the first offers a passage for the showcase
 * (with markup, which must stay text) and names itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { buildSchoolSummary, serializeSummary } from '../../../src/core/school-summary';
import { auditRatings, NO_TEAM } from '../../../src/core/team-ratings';
import { readToolkit } from './toolkits';

const toolkit = readToolkit('attendance');
const ids = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));
export const COUNCIL_PASSAGE = 'Governors <b>visit</b> every term & talk to pupils about attendance.';

/** The id of the nth school's summary (0-based): its self-evaluation's id. */
export const summaryIdOf = (n: number) => `generated-${n}`;

/** A school's next self-evaluation, a term after the first: a summary of it is the school's next round. */
const SPRING = { suffix: '-spring', date: '2027-03-20', madeAt: '2027-03-21T10:00:00Z' };

/** One summary file per rating, the nth from `Generated School n + 1`, the first offering COUNCIL_PASSAGE when asked; returns their paths. */
export function writeSummaries(dir: string, ratings: readonly number[], { withPassage = false, nextRound = false } = {}): string[] {
  const round = nextRound ? SPRING : { suffix: '', date: '2026-11-25', madeAt: '2026-11-26T10:00:00Z' };
  return ratings.map((rating, n) => {
    const offers = withPassage && n === 0;
    const summary = buildSchoolSummary({
      audit: { id: `${summaryIdOf(n)}${round.suffix}`, school: `Generated School ${n + 1}`, date: round.date, scope: 'full' },
      toolkit,
      ratings: auditRatings(toolkit, { participants: '' }, Object.fromEntries(ids.map((id) => [id, { rating, note: '' }])), NO_TEAM),
      reflections: offers ? [{ domainId: toolkit.domains[0]!.id, workingWell: COUNCIL_PASSAGE }] : [],
      choices: { urn: String(200001 + n), showcaseSectionIds: offers ? [toolkit.domains[0]!.id] : [], credit: 'named' },
      appVersion: '0.1.0',
      now: new Date(round.madeAt),
    });
    const path = join(dir, `generated-${n + 1}-summary${round.suffix}.json`);
    writeFileSync(path, serializeSummary(summary));
    return path;
  });
}

/** Imports `ratings.length` schools' summaries through the local-authority page, the first offering a showcase passage. */
export async function importCouncilSummaries(page: Page, ratings: readonly number[]): Promise<void> {
  const files = writeSummaries(mkdtempSync(join(tmpdir(), 'reflect-council-')), ratings, { withPassage: true });
  await page.goto('/local-authority');
  await page.getByLabel('Summary files').setInputFiles(files);
  await page.getByRole('button', { name: 'Import summaries' }).click();
  await expect(page.getByRole('heading', { name: `${files.length} of ${files.length} ${files.length === 1 ? 'file' : 'files'} imported` })).toBeVisible();
}
