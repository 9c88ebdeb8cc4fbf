import { describe, expect, it } from 'vitest';
import { describePlanProgress, summarisePlanProgress, withCurrentStatus } from '../../src/core/plan-progress';
import { makeActionReview } from '../fixtures/backups';
import { makeAction } from '../fixtures/plan';

describe('a plan’s progress in one line', () => {
  const today = '2027-03-10';
  const actions = [
    makeAction({ id: 'a', status: 'not-started', targetDate: '2027-03-01' }),
    makeAction({ id: 'b', status: 'not-started', targetDate: '2027-03-01' }),
    makeAction({ id: 'c', status: 'on-track', targetDate: '2027-03-20' }),
    makeAction({ id: 'd', status: 'on-track', targetDate: 'Spring 2027' }),
    makeAction({ id: 'e', status: 'at-risk', targetDate: '2026-12-01' }),
  ];
  const reviews = [
    // b was written "not started" and is past its date, but its latest review says done: neither not started nor overdue.
    makeActionReview('r1', 'audit-1', 'b', { reviewedOn: '2027-02-01', status: 'on-track', createdAt: 1 }),
    makeActionReview('r2', 'audit-1', 'b', { reviewedOn: '2027-03-05', status: 'done', createdAt: 2 }),
    // d's latest review, by the day reviewed, says at risk: one of an earlier day typed in afterwards does not count.
    makeActionReview('r3', 'audit-1', 'd', { reviewedOn: '2027-03-06', status: 'at-risk', createdAt: 5 }),
    makeActionReview('r4', 'audit-1', 'd', { reviewedOn: '2027-01-06', status: 'on-track', createdAt: 9 }),
  ];

  it('counts each action at its current status, and what is overdue or due in the next 14 days', () => {
    const progress = summarisePlanProgress(actions, reviews, today);
    expect(progress).toEqual({ total: 5, byStatus: { 'not-started': 1, 'on-track': 1, 'at-risk': 2, done: 1 }, overdue: 2, dueSoon: 1 });
    expect(describePlanProgress(progress)).toBe('5 actions — 1 on track, 2 at risk, 1 done, 1 not started; 2 overdue');
  });

  it('gives each action its latest review’s status and leaves the rest as written', () => {
    expect(withCurrentStatus(actions, reviews).map((action) => action.status)).toEqual(['not-started', 'done', 'on-track', 'at-risk', 'at-risk']);
    expect(actions[1]!.status).toBe('not-started');
  });

  it.each([
    [{ total: 0, byStatus: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, done: 0 }, overdue: 0, dueSoon: 0 }, 'No actions yet'],
    [{ total: 1, byStatus: { 'not-started': 0, 'on-track': 1, 'at-risk': 0, done: 0 }, overdue: 0, dueSoon: 1 }, '1 action — 1 on track'],
    [{ total: 12, byStatus: { 'not-started': 2, 'on-track': 5, 'at-risk': 2, done: 3 }, overdue: 1, dueSoon: 0 }, '12 actions — 5 on track, 2 at risk, 3 done, 2 not started; 1 overdue'],
    [{ total: 3, byStatus: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, done: 3 }, overdue: 0, dueSoon: 0 }, '3 actions — 3 done'],
  ])('says %o as “%s”', (progress, line) => {
    expect(describePlanProgress(progress)).toBe(line);
  });
});
