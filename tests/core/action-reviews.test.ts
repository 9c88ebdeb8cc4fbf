import { describe, expect, it } from 'vitest';
import { checkReviewDate, compareActionReviews, describeReview, historyOf, latestReview } from '../../src/core/action-reviews';
import { makeActionReview } from '../fixtures/backups';

const reviews = [
  makeActionReview('r3', 'audit-a', 'action-1', { reviewedOn: '2027-05-12', status: 'done', measureMet: 'met', createdAt: 30 }),
  makeActionReview('r1', 'audit-a', 'action-1', { reviewedOn: '2027-02-03', createdAt: 10 }),
  makeActionReview('r2', 'audit-a', 'action-2', { reviewedOn: '2027-02-03', createdAt: 20 }),
  // Recorded later but for the same day as r1: it comes after it.
  makeActionReview('r4', 'audit-a', 'action-1', { reviewedOn: '2027-02-03', status: 'at-risk', createdAt: 40 }),
];

describe('an action’s history', () => {
  it('lists only that action’s reviews, by the day of the review and then the moment recorded', () => {
    expect(historyOf(reviews, 'action-1').map((review) => review.id)).toEqual(['r1', 'r4', 'r3']);
    expect(historyOf(reviews, 'action-2').map((review) => review.id)).toEqual(['r2']);
    expect(historyOf(reviews, 'action-3')).toEqual([]);
  });

  it('knows the latest review, and that an action never reviewed has none', () => {
    expect(latestReview(reviews, 'action-1')?.id).toBe('r3');
    expect(latestReview(reviews, 'action-3')).toBeNull();
  });

  it('orders reviews the same way whatever order they are stored in', () => {
    expect([...reviews].sort(compareActionReviews).map((review) => review.id)).toEqual(['r1', 'r2', 'r4', 'r3']);
    expect([...reviews].reverse().sort(compareActionReviews).map((review) => review.id)).toEqual(['r1', 'r2', 'r4', 'r3']);
  });

  it('describes a review in the words every format uses', () => {
    expect(describeReview(makeActionReview('r', 'a', 'x', { reviewedOn: '2027-02-03', status: 'at-risk', measureMet: 'not-met', note: '  Two tutors off sick. ', evidence: ' Register audit ' }))).toEqual({
      reviewedOn: '2027-02-03',
      dateText: '3 February 2027',
      status: 'at-risk',
      statusLabel: 'At risk',
      measureMet: 'not-met',
      measureLabel: 'Not met',
      note: 'Two tutors off sick.',
      evidence: 'Register audit',
    });
  });
});

describe('the date of a review', () => {
  it.each([
    ['2027-02-03', '2027-02-03', null],
    ['2027-02-02', '2027-02-03', null],
    ['2027-02-04', '2027-02-03', 'The date of the review must be today or in the past'],
    ['2027-02-30', '2027-03-01', 'Enter the date of the review as a real date, for example 3 2 2027'],
    ['', '2027-03-01', 'Enter the date of the review as a real date, for example 3 2 2027'],
    ['Spring 2027', '2027-03-01', 'Enter the date of the review as a real date, for example 3 2 2027'],
  ])('%s on %s → %s', (value, today, expected) => {
    expect(checkReviewDate(value, today)).toBe(expected);
  });
});
