import { describe, expect, it } from 'vitest';
import { describeReview } from '../../src/core/action-reviews';
import { describeReviewEntry, reviewEntryLine } from '../../src/core/review-entry-text';
import { makeActionReview } from '../fixtures/backups';

const entry = (overrides: Parameters<typeof makeActionReview>[3]) => describeReview(makeActionReview('r', 'audit-1', 'action-1', overrides));

describe('a review as the plan writes it under its action', () => {
  it.each([
    [{ status: 'on-track', measureMet: 'partly', note: 'Calls logged most mornings', evidence: 'MIS report' }, '3 February 2027: On track; success measure partly met. Calls logged most mornings Evidence: MIS report'],
    [{ status: 'done', measureMet: 'met', note: '', evidence: '' }, '3 February 2027: Done; success measure met.'],
    [{ status: 'at-risk', measureMet: 'not-met', note: ' Staff off sick. ', evidence: '' }, '3 February 2027: At risk; success measure not met. Staff off sick.'],
    [{ status: 'not-started', measureMet: null, note: '', evidence: 'Minutes' }, '3 February 2027: Not started. Evidence: Minutes'],
  ] as const)('%o reads “%s”', (overrides, line) => {
    expect(reviewEntryLine(entry(overrides))).toBe(line);
  });

  it('keeps the date, the standing, the note and the evidence apart for a format that sets them in their own style', () => {
    expect(describeReviewEntry(entry({ note: 'Calls logged', evidence: 'Register' }))).toEqual({
      date: '3 February 2027:',
      standing: 'On track; success measure partly met.',
      note: 'Calls logged',
      evidence: 'Evidence: Register',
    });
  });
});
