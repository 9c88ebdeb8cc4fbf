import { describe, expect, it } from 'vitest';
import { rollUpToolkit } from '../../src/core/borough-rollup';
import { ROLLUP_CSV_HEADER, buildRollupCsv, buildRollupRows, rollupFileName } from '../../src/core/rollup-csv';
import { attendance, makeSchools } from '../fixtures/school-summaries';

const parseRows = (csv: string) => csv.trimEnd().split('\r\n');

describe('buildRollupCsv', () => {
  it('gives every row the header’s columns: section scores, statements below the middle, legal requirements and the change', () => {
    const rows = buildRollupRows(rollUpToolkit(makeSchools(5, (n) => [1, 2, 3, 4, 4][n]!)));
    expect(rows[0]).toEqual([...ROLLUP_CSV_HEADER]);
    for (const row of rows) expect(row).toHaveLength(ROLLUP_CSV_HEADER.length);
    expect(rows[1]).toEqual(['Section scores', attendance.domains[0]!.title, '', '5', '3.0', '2.0', '4.0', '1.0', '4.0', '', '', '', '', '']);
    const below = rows.find((row) => row[0] === 'Statements below the middle of the scale')!;
    expect(below.slice(2, 4)).toEqual([attendance.domains[0]!.indicators[0]!.statement, '5']);
    expect(below.slice(9, 11)).toEqual(['2', '40']);
    expect(rows.filter((row) => row[0] === 'Legal requirements not met')).toHaveLength(7);
    expect(rows.at(-1)).toEqual(['Change since the last round', '', '', '0', ...Array(9).fill(''), 'Not shown: based on fewer than 5 schools that shared two rounds']);
  });

  it('says why there are no figures below five schools, and gives none', () => {
    expect(parseRows(buildRollupCsv(rollUpToolkit(makeSchools(4, () => 1))))).toEqual([
      ROLLUP_CSV_HEADER.join(','),
      `All,,,4,,,,,,,,,,Not shown: based on fewer than 5 schools: 4 shared a summary`,
    ]);
  });

  it('makes text that a spreadsheet would run as a formula plain text', () => {
    const toolkit = { ...attendance, domains: attendance.domains.map((domain, index) => (index === 0 ? { ...domain, title: '=HYPERLINK("http://x","Click")' } : domain)) };
    const csv = buildRollupCsv(rollUpToolkit(makeSchools(5, () => 2, { toolkit })));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Click"")"`);
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  it('names the file after the toolkit, its version and the day', () => {
    expect(rollupFileName({ toolkit: { id: 'attendance', version: '2.0.0', title: '', levels: [] } }, '2026-12-05', 'csv')).toBe('attendance-2.0.0-borough-roll-up-2026-12-05.csv');
  });
});
