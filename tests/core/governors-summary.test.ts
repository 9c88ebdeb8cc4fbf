import { describe, expect, it } from 'vitest';
import type { ActionStatus, PlanAction } from '../../src/core/audit';
import type { ActionReview } from '../../src/core/action-reviews';
import { SUMMARY_LIMITS, buildGovernorsSummary, governorsSummaryFileName, shorten } from '../../src/core/governors-summary';
import { buildPlanReport, type PlanSources } from '../../src/core/plan-report';
import type { PlanReview } from '../../src/core/plan-reviews';
import { makeActionReview } from '../fixtures/backups';
import { makeAction, makeAudit, makeReview } from '../fixtures/plan';
import { makeToolkit, makeToolkitWithDuties } from '../fixtures/toolkits';

function sources(overrides: Partial<PlanSources> = {}): PlanSources {
  return {
    audit: makeAudit({ school: 'Northfield Primary', title: 'Autumn 2026 review' }),
    toolkit: makeToolkit(),
    answers: {},
    reflections: [],
    actions: [],
    actionReviews: [],
    reviews: [],
    ...overrides,
  };
}

const action = (id: string, status: ActionStatus, overrides: Partial<PlanAction> = {}) => makeAction({ id, domainId: 'first', action: `Action ${id}`, status, ...overrides });
const review = (actionId: string, reviewedOn: string, status: ActionStatus, createdAt = 1) => makeActionReview(`${actionId}-${reviewedOn}`, 'audit-1', actionId, { reviewedOn, status, createdAt });

function summaryOf(actions: PlanAction[], actionReviews: ActionReview[] = [], today = '2027-05-20', extra: Partial<PlanSources> = {}) {
  return buildGovernorsSummary(buildPlanReport(sources({ actions, actionReviews, ...extra })), today);
}

describe('buildGovernorsSummary', () => {
  it('counts the actions by their current status, with the total', () => {
    const summary = summaryOf(
      [action('a', 'not-started'), action('b', 'not-started'), action('c', 'on-track'), action('d', 'on-track'), action('e', 'on-track')],
      // Reviews decide where an action stands now: c is done, d at risk.
      [review('c', '2027-05-12', 'done'), review('d', '2027-02-03', 'at-risk')],
    );
    expect(summary.counts.map(({ label, count }) => [label, count])).toEqual([
      ['Not started', 2],
      ['On track', 1],
      ['At risk', 1],
      ['Done', 1],
    ]);
    expect(summary.total).toBe(5);
    expect(summary).toMatchObject({ school: 'Northfield Primary', auditTitle: 'Autumn 2026 review', date: '2027-05-20', dateText: '20 May 2027' });
  });

  // Each row: the action's status as written, its reviews (day and status), and the line the summary gives for the last review, 12 May.
  it.each<[string, ActionStatus, [string, ActionStatus][], string | null]>([
    ['a change since the review before', 'not-started', [['2027-02-03', 'on-track'], ['2027-05-12', 'done']], 'Action 1: from On track to Done (reviewed 12 May 2027)'],
    ['no change since the review before', 'not-started', [['2027-02-03', 'on-track'], ['2027-05-12', 'on-track']], null],
    ['a first review that changed the status it was written with', 'not-started', [['2027-05-12', 'on-track']], 'Action 1: from Not started to On track (first reviewed 12 May 2027)'],
    ['a first review that kept it', 'at-risk', [['2027-05-12', 'at-risk']], 'Action 1: At risk, unchanged (first reviewed 12 May 2027)'],
    ['reviewed only at an earlier review', 'not-started', [['2027-02-03', 'done']], null],
    ['never reviewed', 'on-track', [], null],
  ])('what changed at the last review: %s', (_, written, history, line) => {
    // Another action reviewed on 12 May makes that day the last review whatever this one's history.
    const summary = summaryOf(
      [action('x', written), action('other', 'not-started')],
      [...history.map(([day, status], index) => review('x', day, status, index)), review('other', '2027-05-12', 'done')],
    );
    const lines = summary.changes.shown.filter((change) => change.number === 1).map((change) => change.text);
    expect(lines).toEqual(line ? [line] : []);
    expect(summary.lastReviewText).toBe('12 May 2027');
  });

  it('says so when no action has been reviewed, or none changed at the last review', () => {
    expect(summaryOf([action('a', 'on-track')])).toMatchObject({ lastReviewText: null, changesIntro: 'No action has been reviewed yet.', changes: { shown: [], more: 0 } });
    expect(summaryOf([action('a', 'on-track')], [review('a', '2027-02-03', 'on-track', 1), review('a', '2027-05-12', 'on-track', 2)]).changesIntro).toBe(
      'At the last review, on 12 May 2027, no action changed its status.',
    );
  });

  it(`lists at most ${SUMMARY_LIMITS.changes} changes and says how many more`, () => {
    const actions = Array.from({ length: 12 }, (_, index) => action(`a${index}`, 'not-started'));
    const summary = summaryOf(actions, actions.map((each) => review(each.id, '2027-05-12', 'on-track')));
    expect(summary.changes.shown).toHaveLength(SUMMARY_LIMITS.changes);
    expect(summary.changes).toMatchObject({ more: 4, moreText: 'and 4 more' });
    expect(summary.changes.shown[0]).toEqual({ number: 1, action: 'Action a0', text: 'Action 1: from Not started to On track (first reviewed 12 May 2027)' });
  });

  // Today is 20 May 2027 in each row.
  it.each<[string, string, ActionStatus, [string, ActionStatus][], boolean]>([
    ['a date passed, not started', '2027-03-26', 'not-started', [], true],
    ['a date passed, on track', '2027-05-19', 'on-track', [], true],
    ['due today', '2027-05-20', 'on-track', [], false],
    ['a date to come', '2027-07-16', 'at-risk', [], false],
    ['a date passed but done', '2027-03-26', 'on-track', [['2027-05-12', 'done']], false],
    ['written done, then found at risk', '2027-03-26', 'done', [['2027-05-12', 'at-risk']], true],
    ['a term, never overdue', 'Spring 2027', 'not-started', [], false],
  ])('overdue: %s', (_, targetDate, status, history, isOverdue) => {
    const summary = summaryOf([action('x', status, { targetDate, lead: 'Mrs Okafor' })], history.map(([day, reviewed]) => review('x', day, reviewed)));
    expect(summary.overdue.shown).toEqual(isOverdue ? [{ number: 1, action: 'Action x', lead: 'Mrs Okafor', targetDate: formatted(targetDate) }] : []);
    expect(summary.overdueIntro).toBe(isOverdue ? '1 action is not done and past its target date.' : 'No action is past its target date.');
  });

  it('lists the overdue oldest first, capped, with a lead named even when none was written and a long one cut', () => {
    const actions = Array.from({ length: 10 }, (_, index) =>
      action(`a${index}`, 'on-track', { targetDate: `2027-04-${String(20 - index).padStart(2, '0')}`, lead: index === 9 ? '' : index === 8 ? 'Mrs Adebayo-Richardson-Whitfield (assistant headteacher, inclusion)' : 'Head' }),
    );
    const summary = summaryOf(actions);
    expect(summary.overdueIntro).toBe('10 actions are not done and past their target date.');
    expect(summary.overdue.shown.map((each) => each.targetDate).slice(0, 2)).toEqual(['11 April 2027', '12 April 2027']);
    expect(summary.overdue.shown.slice(0, 2).map((each) => each.lead)).toEqual(['No lead named', 'Mrs Adebayo-Richardson-Whitfiel…']);
    expect(summary.overdue.shown).toHaveLength(SUMMARY_LIMITS.overdue);
    expect(summary.overdue).toMatchObject({ more: 4, moreText: 'and 4 more' });
  });

  it.each<[string, PlanSources['answers'], string, string[]]>([
    ['one not met, one met', { a1: { rating: 4, note: '' }, b2: { rating: 3, note: '' } }, '1 of 2 legal requirements is not met.', ['Schools must tell the local authority of a pupil who leaves.']],
    ['one not met, one not rated', { b2: { rating: 1, note: '' } }, '1 of 2 legal requirements is not met, and 1 is not rated yet.', ['Schools must tell the local authority of a pupil who leaves.']],
    ['none rated', {}, 'No legal requirement is rated as not met, and 2 are not rated yet.', []],
    ['both met', { a1: { rating: 4, note: '' }, b2: { rating: 4, note: '' } }, 'No legal requirement is rated as not met.', []],
    ['one not applicable, the other not met', { a1: { rating: 'n/a', note: '' }, b2: { rating: 2, note: '' } }, '1 of 1 legal requirement is not met.', ['Schools must tell the local authority of a pupil who leaves.']],
  ])('legal requirements not yet met: %s', (_, answers, intro, duties) => {
    const summary = summaryOf([], [], '2027-05-20', { toolkit: makeToolkitWithDuties(), answers });
    expect(summary.legal!.intro).toBe(intro);
    expect(summary.legal!.notMet.shown.map((duty) => duty.duty)).toEqual(duties);
  });

  it('has no legal requirements when the toolkit has none', () => {
    expect(summaryOf([]).legal).toBeNull();
  });

  // Today is 20 May 2027.
  it.each<[string, Partial<PlanReview>[], string]>([
    ['the soonest dated check still to come', [{ when: '2027-07-07', who: 'Full governing body' }, { when: '2027-06-10', who: 'Standards committee' }, { when: '2027-03-24', who: 'SLT' }], '10 June 2027: Standards committee'],
    ['a check today', [{ when: '2027-05-20', who: '' }], '20 May 2027'],
    ['a term when no dated check is to come', [{ when: '2027-03-24', who: 'SLT' }, { when: 'Summer 2027', who: 'Governors' }], 'Summer 2027: Governors'],
    ['every check past', [{ when: '2027-03-24', who: 'SLT' }], 'None set after today: add one on the development plan.'],
    ['none set', [], 'None set after today: add one on the development plan.'],
  ])('next progress check: %s', (_, checks, expected) => {
    const reviews = checks.map((check, index) => makeReview({ id: `check-${index}`, createdAt: index, ...check }));
    expect(summaryOf([], [], '2027-05-20', { reviews }).nextCheck).toBe(expected);
  });
});

const formatted = (day: string) => (day === '2027-03-26' ? '26 March 2027' : day === '2027-05-19' ? '19 May 2027' : day);

describe('shorten', () => {
  it.each([
    ['Call home', 20, 'Call home'],
    ['Call home on the first morning of any absence', 20, 'Call home on the…'],
    ['Call   home,\non the first morning', 40, 'Call home, on the first morning'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['Call home, on the first morning', 12, 'Call home…'],
  ])('%s (%i) → %s', (text, length, expected) => {
    expect(shorten(text, length)).toBe(expected);
    expect(shorten(text, length).length).toBeLessThanOrEqual(length);
  });
});

describe('governorsSummaryFileName', () => {
  it.each([
    ['Northfield Primary', 'attendance', '2027-05-20', 'northfield-primary-attendance-governors-summary-2027-05-20.pdf'],
    ['A/B: "Test" <School>?', 'positive-relationships', '2027-01-09', 'a-b-test-school-positive-relationships-governors-summary-2027-01-09.pdf'],
    ['   ', 'attendance', '2027-05-20', 'school-attendance-governors-summary-2027-05-20.pdf'],
  ])('%s → %s', (school, toolkitId, date, expected) => {
    expect(governorsSummaryFileName(school, toolkitId, date)).toBe(expected);
  });
});
