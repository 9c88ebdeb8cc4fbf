import { describe, expect, it } from 'vitest';
import { formatPlanDate, isIsoDate } from '../../src/core/plan-dates';

describe('formatPlanDate', () => {
  it.each([
    ['2027-03-31', '31 March 2027'],
    ['  2027-01-09 ', '9 January 2027'],
    ['Spring 2027', 'Spring 2027'],
    ['  end of Summer term ', 'end of Summer term'],
    ['2027-02-30', '2027-02-30'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(formatPlanDate(value)).toBe(expected);
  });

  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['27-01-01', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
