import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isIsoDate, todayIsoDate } from '../../src/core/format-date';

describe('formatDate', () => {
  it.each([
    ['a calendar date', '2027-03-31', '31 March 2027'],
    ['a date with spaces around it', '  2027-01-09 ', '9 January 2027'],
    ['the first of January', '2026-01-01', '1 January 2026'],
    ['a term, as written', 'Spring 2027', 'Spring 2027'],
    ['a phrase, trimmed', '  end of Summer term ', 'end of Summer term'],
    ['a day that does not exist, as written', '2027-02-30', '2027-02-30'],
    ['nothing', '', ''],
  ])('%s: %j → %j', (_name, value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['27-01-01', false],
    [' 2027-01-01', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('todayIsoDate', () => {
  it.each([
    [new Date(2026, 10, 25, 23, 59), '2026-11-25'],
    [new Date(2027, 0, 1, 0, 0), '2027-01-01'],
    [new Date(2027, 8, 9, 12, 0), '2027-09-09'],
  ])('%s → %s, in the local time zone', (now, expected) => {
    expect(todayIsoDate(now)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('gives the day, month, year and time', () => {
    expect(formatDateTime(new Date(2026, 10, 25, 14, 5).getTime())).toBe('25 Nov 2026, 14:05');
  });
});
