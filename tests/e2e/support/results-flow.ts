import { expect, type Page } from '@playwright/test';
import type { AnswersByIndicator, Rating } from '../../../src/core/audit';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { goToNextSection, indicatorGroup } from './audit-flow';

/** The rating each indicator gets, by indicator id; missing means left unanswered. */
export type RatingPlan = Record<string, Exclude<Rating, null>>;

export interface DatedAudit {
  toolkitTitle: string;
  school: string;
  title: string;
  /** yyyy-mm-dd */
  date: string;
}

/** Starts an audit through the form, as a user does, with a date of our choosing. */
export async function startDatedAudit(page: Page, details: DatedAudit): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await page.getByRole('radio', { name: details.toolkitTitle }).check();
  await page.getByLabel('School name').fill(details.school);
  await page.getByLabel('Title of this self-evaluation').fill(details.title);
  await page.getByLabel('Date').fill(details.date);
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
}

/** Rates every domain page in turn, waits for each to save, and ends on the results page. */
export async function rateAudit(page: Page, toolkit: Toolkit, plan: RatingPlan, notes: Record<string, string> = {}): Promise<void> {
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      const rating = plan[indicator.id];
      const group = indicatorGroup(page, indicator.statement);
      if (rating === 'n/a') await group.getByRole('radio', { name: 'Not applicable to our school' }).check();
      else if (rating !== undefined) await group.getByRole('radio', { name: toolkit.scale.levels.find((level) => level.value === rating)!.label, exact: true }).check();
      const note = notes[indicator.id];
      if (note) await page.getByLabel('How do we know? (evidence note)').nth(i).fill(note);
    }
    if (domain.indicators.some((indicator) => plan[indicator.id] !== undefined || notes[indicator.id])) {
      await expect(page.getByRole('status')).toHaveText('All changes saved.');
    }
    await goToNextSection(page, toolkit, d);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}

/** The answers the plan produces, as core reads them, to compute what the screens should show. */
export function answersFor(plan: RatingPlan, notes: Record<string, string> = {}): AnswersByIndicator {
  const ids = new Set([...Object.keys(plan), ...Object.keys(notes)]);
  return Object.fromEntries([...ids].map((id) => [id, { rating: plan[id] ?? null, note: notes[id] ?? '' }]));
}

/** The audit id in the address of any of its pages. */
export function auditIdFrom(url: string): string {
  const match = /\/audits\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`No audit in ${url}`);
  return match[1]!;
}

/**
 * Writes a domain's reflections straight into the browser's database. The
 * audit form is where people write them; until that screen exists in this
 * build, this puts the record exactly where it will. Reload afterwards: live
 * queries only see writes made through Dexie.
 */
export async function storeReflection(page: Page, reflection: { auditId: string; domainId: string; workingWell: string; evenBetterIf: string }): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('reflect');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction('reflections', 'readwrite');
          transaction.objectStore('reflections').put({ ...record, updatedAt: Date.now() });
          transaction.oncomplete = () => (db.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    reflection,
  );
}
