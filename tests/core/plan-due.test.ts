import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../src/core/audit';
import { addDays, dueActions } from '../../src/core/plan-due';

const action = (name: string, targetDate: string, status: ActionStatus = 'on-track') => ({ name, targetDate, status });

describe('what is due and overdue', () => {
  const today = '2027-03-10';
  const plan = [
    action('due in a fortnight exactly', '2027-03-24'),
    action('due in fifteen days', '2027-03-25'),
    action('due today', '2027-03-10'),
    action('overdue by a day', '2027-03-09', 'at-risk'),
    action('overdue long ago', '2026-12-01', 'not-started'),
    action('done, and past its date', '2027-03-01', 'done'),
    action('done, and due soon', '2027-03-12', 'done'),
    action('a term, not a day', 'Spring 2027'),
    action('not a real day', '2027-02-30'),
    action('no target', ''),
    action('written with spaces', ' 2027-03-11 '),
  ];

  it('puts each action not yet done in its place, oldest overdue and soonest due first', () => {
    const { overdue, dueSoon } = dueActions(plan, today);
    expect(overdue.map((item) => item.name)).toEqual(['overdue long ago', 'overdue by a day']);
    expect(dueSoon.map((item) => item.name)).toEqual(['due today', 'written with spaces', 'due in a fortnight exactly']);
  });

  it.each([
    ['2027-03-10', 14, '2027-03-24'],
    ['2027-12-25', 14, '2028-01-08'],
    ['2028-02-20', 14, '2028-03-05'], // a leap year
    ['2027-03-20', 14, '2027-04-03'], // across the clocks going forward
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('can look further ahead when asked', () => {
    expect(dueActions(plan, today, 15).dueSoon.map((item) => item.name)).toContain('due in fifteen days');
  });
});
