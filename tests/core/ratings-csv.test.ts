import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRatingsCsv, buildRatingsRows, neutraliseFormula, quoteCsvCell, ratingsFileName, toCsv } from '../../src/core/ratings-csv';
import { makeToolkit } from '../fixtures/toolkits';

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += char;
  }
  return rows;
}

describe('buildRatingsRows', () => {
  it("has one row per indicator: domain, indicator, level, level name, note, and the domain's score and level", () => {
    const rows = buildRatingsRows(makeToolkit(), {
      a1: { rating: 3, note: 'Weekly meetings' },
      a2: { rating: 'n/a', note: '' },
      b2: { rating: null, note: 'To discuss' },
    });
    expect(rows).toEqual([
      ['Section', 'Statement', 'Level', 'Level name', 'Note', 'Section score', 'Section level name'],
      ['First domain', 'Statement for a1.', '3', 'Developing', 'Weekly meetings', '3.0', 'Developing'],
      ['First domain', 'Statement for a2.', '', 'Not applicable', '', '3.0', 'Developing'],
      ['First domain', 'Statement for a3.', '', 'Not answered', '', '3.0', 'Developing'],
      ['Second domain', 'Statement for b1.', '', 'Not answered', '', '', 'Not rated'],
      ['Second domain', 'Statement for b2.', '', 'Not answered', 'To discuss', '', 'Not rated'],
    ]);
  });

  it('names the domain level of the score as shown: 2.45 is "2.5", so level 3', () => {
    const toolkit = makeToolkit();
    const indicators = Array.from({ length: 20 }, (_, i) => ({ ...toolkit.domains[0]!.indicators[0]!, id: `i${i}` }));
    const answers = Object.fromEntries(indicators.map((indicator, i) => [indicator.id, { rating: i < 11 ? 2 : 3, note: '' }]));
    const rows = buildRatingsRows({ ...toolkit, domains: [{ ...toolkit.domains[0]!, indicators }] }, answers);
    expect(new Set(rows.slice(1).map((row) => row.slice(5).join(' ')))).toEqual(new Set(['2.5 Developing']));
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c'], ['say "hi"', 'two\nlines']])).toBe('a,"b, c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `'=HYPERLINK("http://evil.example")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['  =1', `'  =1`],
    ['Fine = well', 'Fine = well'],
    ['', ''],
    // A signed number is a number to a spreadsheet, not a formula: it stays one.
    ['+1.0', '+1.0'],
    ['-0.5', '-0.5'],
    ['-2', '-2'],
    ['+1.0+1', `'+1.0+1`],
    ['-1e3', `'-1e3`],
    [' +1.0', `' +1.0`],
  ])('neutralises a formula: %j', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it('writes a formula-like note as text', () => {
    const csv = buildRatingsCsv(makeToolkit(), { a1: { rating: 2, note: '=1+1' } });
    expect(csv.split('\r\n')[1]).toBe(`First domain,Statement for a1.,2,Emerging,'=1+1,2.0,Emerging`);
  });

  it('reads back every cell, with only formulas changed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(neutraliseFormula)));
      }),
    );
  });

  it('quotes a cell only when it must', () => {
    expect(quoteCsvCell('plain text')).toBe('plain text');
    expect(quoteCsvCell(' padded')).toBe('" padded"');
  });
});

describe('ratingsFileName', () => {
  it('names the school, toolkit and date, safe on Windows', () => {
    expect(ratingsFileName('St Mary’s C of E: Primary', 'attendance', '2026-11-25')).toBe('st-mary’s-c-of-e-primary-attendance-ratings-2026-11-25.csv');
    expect(ratingsFileName('   ', 'attendance', '2026-11-25')).toBe('school-attendance-ratings-2026-11-25.csv');
  });
});
