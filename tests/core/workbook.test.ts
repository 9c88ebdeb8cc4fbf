import { describe, expect, it } from 'vitest';
import { cellRef } from '../../src/core/workbook';

describe('cellRef', () => {
  it.each([
    [0, 0, 'Indicators!A1'],
    [13, 2, 'Indicators!C14'],
    [0, 25, 'Indicators!Z1'],
    [0, 26, 'Indicators!AA1'],
    [4, 701, 'Indicators!ZZ5'],
    [4, 702, 'Indicators!AAA5'],
  ])('row %i, column %i is %s', (row, column, expected) => {
    expect(cellRef('Indicators', row, column)).toBe(expected);
  });
});
