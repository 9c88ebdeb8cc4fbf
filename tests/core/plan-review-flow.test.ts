import { describe, expect, it } from 'vitest';
import { checkReviewDate } from '../../src/core/action-reviews';
import { datePartsOf, isoDateOf, previousReview, reviewOn, reviewSteps, summariseReview } from '../../src/core/plan-review-flow';
import { makeActionReview } from '../fixtures/backups';
import { makeAction } from '../fixtures/plan';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
const whole = makeAction({ id: 'whole', order: 1, status: 'on-track' });
const second = makeAction({ id: 'second-1', order: 2, domainId: 'second' });
const first = makeAction({ id: 'first-1', order: 3, domainId: 'first', status: 'at-risk' });

describe('reviewSteps', () => {
  it('numbers the actions through the plan in its order, each with the section it is under', () => {
    expect(reviewSteps(toolkit, [], [first, second, whole]).map((step) => [step.number, step.action.id, step.sectionTitle])).toEqual([
      [1, 'whole', 'Whole-school actions'],
      [2, 'second-1', 'Second domain'],
      [3, 'first-1', 'First domain'],
    ]);
  });
});

const reviews = [
  makeActionReview('later', 'audit-1', 'whole', { reviewedOn: '2027-05-12', status: 'done', createdAt: 30 }),
  makeActionReview('earlier', 'audit-1', 'whole', { reviewedOn: '2027-02-03', status: 'at-risk', createdAt: 10 }),
  makeActionReview('other', 'audit-1', 'second-1', { reviewedOn: '2027-02-03', status: 'on-track', createdAt: 20 }),
];

describe('previousReview and reviewOn', () => {
  it('finds the latest review before the day, never the day’s own or a later one', () => {
    expect(previousReview(reviews, 'whole', '2027-05-12')?.id).toBe('earlier');
    expect(previousReview(reviews, 'whole', '2027-09-01')?.id).toBe('later');
    expect(previousReview(reviews, 'whole', '2027-02-03')).toBeNull();
    expect(previousReview(reviews, 'first-1', '2027-09-01')).toBeNull();
  });

  it('finds the review on the day, and only that action’s', () => {
    expect(reviewOn(reviews, 'whole', '2027-02-03')?.id).toBe('earlier');
    expect(reviewOn(reviews, 'first-1', '2027-02-03')).toBeNull();
  });
});

describe('summariseReview', () => {
  const steps = reviewSteps(toolkit, [], [whole, second, first]);

  it('says each action’s status before and after the day, from the last review or else the action as written', () => {
    expect(summariseReview(steps, reviews, '2027-05-12').map(({ step, review, before, now, changeText }) => [step.action.id, review?.id ?? null, before, now, changeText])).toEqual([
      ['whole', 'later', 'at-risk', 'done', 'At risk → Done'],
      ['second-1', null, 'on-track', 'on-track', 'Not reviewed on this date'],
      ['first-1', null, 'at-risk', 'at-risk', 'Not reviewed on this date'],
    ]);
  });

  it('compares a first review with the status the action was written with, and says when nothing changed', () => {
    expect(summariseReview(steps, reviews, '2027-02-03').map(({ before, now, changeText }) => [before, now, changeText])).toEqual([
      ['on-track', 'at-risk', 'On track → At risk'],
      ['not-started', 'on-track', 'Not started → On track'],
      ['at-risk', 'at-risk', 'Not reviewed on this date'],
    ]);
    const same = [makeActionReview('same', 'audit-1', 'first-1', { reviewedOn: '2027-02-03', status: 'at-risk' })];
    expect(summariseReview(steps, same, '2027-02-03')[2]!.changeText).toBe('No change');
  });
});

describe('the date boxes', () => {
  it('shows a stored date as people type it, and nothing for anything else', () => {
    expect(datePartsOf('2027-02-03')).toEqual({ day: '3', month: '2', year: '2027' });
    expect(datePartsOf('Spring 2027')).toEqual({ day: '', month: '', year: '' });
  });

  it.each([
    [{ day: '3', month: '2', year: '2027' }, '2027-02-03', null],
    [{ day: ' 03 ', month: '02', year: '2027' }, '2027-02-03', null],
    [{ day: '30', month: '2', year: '2027' }, '2027-02-30', 'Enter the date of the review as a real date, for example 3 2 2027'],
    [{ day: '', month: '2', year: '2027' }, '2027-2-', 'Enter the date of the review as a real date, for example 3 2 2027'],
    [{ day: '3', month: 'Feb', year: '2027' }, '2027-Feb-3', 'Enter the date of the review as a real date, for example 3 2 2027'],
    [{ day: '3', month: '2', year: '27' }, '27-2-3', 'Enter the date of the review as a real date, for example 3 2 2027'],
    [{ day: '1', month: '3', year: '2027' }, '2027-03-01', 'The date of the review must be today or in the past'],
  ])('reads %j as %s, which the review date check judges', (parts, iso, problem) => {
    expect(isoDateOf(parts)).toBe(iso);
    expect(checkReviewDate(isoDateOf(parts), '2027-02-28')).toBe(problem);
  });
});
