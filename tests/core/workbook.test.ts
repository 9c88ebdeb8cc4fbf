import { describe, expect, it } from 'vitest';
import { cellRef, workbookSpecToData } from '../../src/core/workbook';

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

describe('workbookSpecToData', () => {
  it('gives the heading row then the rows, as a reader sees them: empty cells null, trailing empties left out', () => {
    const column = { heading: '', help: 'Help.', width: 10 };
    const data = workbookSpecToData({
      title: 'A workbook',
      sheets: [
        {
          name: 'Scale',
          columns: [
            { ...column, heading: 'Level' },
            { ...column, heading: 'Label' },
            { ...column, heading: 'Note' },
          ],
          rows: [
            [1, 'Not yet', ''],
            ['', 'No level', null],
            [null, null, null],
            [2, '', 'A note'],
            ['', null, ''],
          ],
        },
        { name: 'Glossary', columns: [{ ...column, heading: 'Term' }], rows: [] },
      ],
    });
    expect(data).toEqual({
      sheets: [
        {
          name: 'Scale',
          rows: [['Level', 'Label', 'Note'], [1, 'Not yet'], [null, 'No level'], [], [2, null, 'A note']],
        },
        { name: 'Glossary', rows: [['Term']] },
      ],
    });
  });
});
