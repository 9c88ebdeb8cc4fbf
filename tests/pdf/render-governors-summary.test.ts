/**
 * The governors' summary PDF read back by a real PDF reader (poppler): one
 * page, with the facts of the model as text, its title and language set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMITS, buildGovernorsSummary, shorten, type GovernorsSummary } from '../../src/core/governors-summary';
import { buildPlanReport } from '../../src/core/plan-report';
import { renderGovernorsSummary } from '../../src/pdf/render-governors-summary';
import { readPdf } from '../e2e/support/pdf-reader';
import { TODAY, makeGovernorsSummaryPlan } from '../fixtures/governors-summary-plan';

async function render(summary: GovernorsSummary) {
  const { pdf, missing } = await renderGovernorsSummary(summary);
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-governors-summary-')), 'summary.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-${summary.changes.more}.pdf`, Buffer.from(await pdf.arrayBuffer()));
  return { ...readPdf(file), missing };
}

const summaryOfPlan = () => buildGovernorsSummary(buildPlanReport(makeGovernorsSummaryPlan()), TODAY);

describe('renderGovernorsSummary', { timeout: 30_000 }, () => {
  it('puts a plan of thirty actions, looked at twice, on one page with every fact the model gives', async () => {
    const summary = summaryOfPlan();
    const { info, contains, pages, missing, language } = await render(summary);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Title:\s+Northfield Primary School: Governors’ summary, 20 May 2027/);
    expect(language).toBe('en-GB');
    expect(missing).toEqual([]);
    expect(pages[0]).toMatch(/Page 1 of 1/);
    for (const text of ['Northfield Primary School', 'Attendance self-evaluation', '“Spring 2027 attendance self-evaluation”, as it stands on 20 May 2027']) expect(contains(text), text).toBe(true);
    // Counts by status: 1 not started, 19 on track, 2 at risk, 8 done, 30 in all (see the fixture).
    expect(pages[0]).toMatch(/1\s+19\s+2\s+8\s+30/);
    expect(pages[0]).toMatch(/Not started\s+On track\s+At risk\s+Done\s+actions in all/);
    for (const change of summary.changes.shown) {
      expect(contains(change.text), change.text).toBe(true);
      expect(contains(change.action), change.action).toBe(true);
    }
    expect(contains('from On track to At risk (reviewed 12 May 2027)')).toBe(true);
    expect(contains('and 1 more: see the development plan.')).toBe(true);
    expect(contains('3 actions are not done and past their target date.')).toBe(true);
    for (const action of summary.overdue.shown) for (const text of [action.action, action.lead, action.targetDate]) expect(contains(text), text).toBe(true);
    expect(contains('Mrs Okafor (deputy head)')).toBe(true);
    expect(contains('2 of 7 legal requirements are not met.')).toBe(true);
    for (const duty of summary.legal!.notMet.shown) expect(contains(duty.duty), duty.duty).toBe(true);
    expect(contains('7 July 2027: Full governing body')).toBe(true);
  });

  it('stays on one page at its fullest: every list at its cap, every line as long as the model lets it be', async () => {
    const base = summaryOfPlan();
    // As long as the model makes them: actions and leads cut to fit, the longest date, the toolkit's longest duty in law.
    const words = 'Meet every family whose child has missed more than ten sessions this half term, and agree one change';
    const lead = shorten('Mrs Adebayo-Richardson-Whitfield (assistant headteacher, inclusion)', 32);
    const duty = 'Leave of absence may be given only by a person the school authorises, and only in the circumstances the regulations allow, such as exceptional circumstances.';
    const many = <T,>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index));
    const full: GovernorsSummary = {
      ...base,
      school: 'The Very Long Name Church of England Voluntary Aided Primary and Nursery School of St Michael and All Angels',
      changes: { shown: many(SUMMARY_LIMITS.changes, (index) => ({ number: 20 + index, action: shorten(words, 36), text: `Action ${20 + index}: from Not started to On track (first reviewed 30 September 2027)` })), more: 12, moreText: 'and 12 more' },
      overdue: { shown: many(SUMMARY_LIMITS.overdue, (index) => ({ number: 20 + index, action: shorten(words), lead, targetDate: '30 September 2027' })), more: 5, moreText: 'and 5 more' },
      legal: {
        intro: '8 of 12 legal requirements are not met, and 4 are not rated yet.',
        notMet: { shown: many(SUMMARY_LIMITS.legal, () => ({ section: 'Registers, data and early identification', duty })), more: 3, moreText: 'and 3 more' },
      },
    };
    const { info, contains } = await render(full);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(contains('and 12 more: see the development plan.')).toBe(true);
    expect(contains('and 5 more: see the development plan.')).toBe(true);
    expect(contains(full.nextCheck)).toBe(true);
  });

  it('says plainly when nothing has been reviewed, nothing is overdue and the toolkit has no legal duties', async () => {
    const summary: GovernorsSummary = {
      ...summaryOfPlan(),
      changesIntro: 'No action has been reviewed yet.',
      changes: { shown: [], more: 0, moreText: '' },
      overdueIntro: 'No action is past its target date.',
      overdue: { shown: [], more: 0, moreText: '' },
      legal: null,
    };
    const { contains, pages } = await render(summary);
    expect(contains('No action has been reviewed yet.')).toBe(true);
    expect(contains('No action is past its target date.')).toBe(true);
    expect(pages[0]).not.toMatch(/Legal requirements not yet met/);
  });
});
