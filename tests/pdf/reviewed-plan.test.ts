/**
 * The PDF of a plan that has been reviewed: each reviewed action's history,
 * oldest first, in a row of its own beneath it, read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionReview } from '../../src/core/action-reviews';
import { buildPlanReport, type PlanSources } from '../../src/core/plan-report';
import { REVIEW_HISTORY_TITLE, reviewEntryLine } from '../../src/core/review-entry-text';
import { renderDevelopmentPlan } from '../../src/pdf/render-development-plan';
import { readable } from '../e2e/support/pdf-reader';
import { makePlanSources } from '../fixtures/plan-sources';
import { makeReviewedPlan } from '../fixtures/reviewed-plan';
import { headingLeftAlone, headingsOf } from './plan-headings';

const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

async function render(sources: PlanSources) {
  const report = buildPlanReport(sources);
  const { pdf } = await renderDevelopmentPlan(report, new Date('2027-03-25T10:00:00Z'));
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-reviewed-')), 'plan.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const page = (number: number, mode: string) => pdftotext(file, mode, '-f', String(number), '-l', String(number));
  return {
    report,
    whole: readable(pdftotext(file, '-raw')),
    pages: Array.from({ length: count }, (_, index) => page(index + 1, '-layout')),
    rawPages: Array.from({ length: count }, (_, index) => readable(page(index + 1, '-raw'))),
  };
}

describe('the PDF of a reviewed plan', { timeout: 60_000 }, () => {
  it('writes each review under its action, oldest first: date, status, whether the measure is met, the note and the evidence', async () => {
    const sources = makeReviewedPlan();
    const { report, whole } = await render(sources);
    const actions = report.actionGroups.flatMap((group) => group.actions);
    expect(actions.map((action) => action.history.length)).toEqual([2, 0, 0, 1, 1, 0]);
    for (const action of actions) for (const entry of action.history) expect(whole, reviewEntryLine(entry)).toContain(readable(reviewEntryLine(entry)));
    expect(whole).toContain('3 February 2027: On track; success measure partly met. Fortnightly look at the DfE report started in January. Evidence: Attendance officer’s notes, 27 January');
    expect(whole).toContain('3 March 2027: Done; success measure met. Plain-language policy agreed at the March parents’ forum. Evidence: Forum minutes, 2 March');
    // Action 1: its row (now at risk, its latest review's status), then its two reviews in order, before action 2.
    const first = whole.indexOf(actions[0]!.action.slice(0, 40));
    const reviews = [whole.indexOf('3 February 2027: On track'), whole.indexOf('3 March 2027: At risk; success measure not met.')];
    expect(first).toBeGreaterThan(-1);
    expect(reviews[0]).toBeGreaterThan(first);
    expect(reviews[1]).toBeGreaterThan(reviews[0]!);
    expect(whole.indexOf(actions[1]!.action.slice(0, 40))).toBeGreaterThan(reviews[1]!);
    expect(whole.split(REVIEW_HISTORY_TITLE)).toHaveLength(4);
  });

  it('keeps a long plan’s reviews with their action: three reviews for each of 40 actions, no page starting with a history cut off from its action', async () => {
    const sources = makePlanSources(40);
    const days = ['2027-01-13', '2027-02-10', '2027-03-10'];
    const actionReviews: ActionReview[] = sources.actions.flatMap((action, index) =>
      days.map((reviewedOn, look) => ({
        id: `${action.id}-review-${look + 1}`,
        auditId: action.auditId,
        actionId: action.id,
        reviewedOn,
        status: (['on-track', 'at-risk', 'done'] as const)[(index + look) % 3]!,
        measureMet: (['partly', 'not-met', 'met', null] as const)[(index + look) % 4]!,
        note: `Review ${look + 1} of action ${index + 1}: ${look % 2 ? 'figures for the half term looked at with the attendance officer.' : 'started.'}`,
        evidence: look === 2 ? 'Minutes of the governors’ meeting' : '',
        createdAt: look,
        updatedAt: look,
      })),
    );
    const { report, pages, rawPages, whole } = await render({ ...sources, actionReviews });
    for (const review of actionReviews) expect(whole).toContain(review.note);
    const header = 'No. Action Success measure Lead Target date Status and progress';
    const tablePages = rawPages.filter((page) => page.includes(header));
    expect(tablePages.length).toBeGreaterThan(5);
    for (const page of tablePages) expect(page.slice(page.indexOf(header) + header.length).trim().startsWith(REVIEW_HISTORY_TITLE), page.slice(0, 300)).toBe(false);
    const headings = headingsOf(report);
    pages.forEach((page, index) => expect(headingLeftAlone(page, headings), `page ${index + 1}`).toBeNull());
  });
});
