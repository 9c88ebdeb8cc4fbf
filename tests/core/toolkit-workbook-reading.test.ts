import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/parse-toolkit';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { EXAMPLE_TOOLKIT } from '../../src/core/toolkit-workbook-template';
import type { WorkbookData } from '../../src/core/workbook';
import { workbookToToolkit } from '../../src/core/workbook-to-toolkit';
import { problemsOf, readToolkit, setCell, sheet, templateData, workbookOf } from '../fixtures/toolkit-workbooks';

function installed(data: WorkbookData): Toolkit {
  const result = workbookToToolkit(data);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('workbookToToolkit', () => {
  it('reports every problem at once, each at its cell, in the workbook’s order', () => {
    const data = workbookOf(readToolkit('toolkits/attendance.json'));
    setCell(data, 'Indicators!G14', null);
    setCell(data, 'Glossary!B2', { error: '#N/A' });
    setCell(data, 'Toolkit!B3', '2');
    setCell(data, 'Indicators!C20', { formula: 'C19' });
    setCell(data, 'Indicators!D25', 'perhaps');
    setCell(data, 'Domains!C3', 'Working with families and partners');
    setCell(data, 'Questionnaire statements!D3', 'nowhere');
    sheet(data, 'Suggested actions').rows.push(['no-such-statement', 'Check the registers.', 'All registers on time by the end of the spring term.']);
    expect(problemsOf(data)).toEqual([
      'Toolkit!B3: must be a version like 1.0.0',
      'Domains!C3: must be at most 24 characters to fit the chart',
      'Indicators!G14: the descriptor for level 3 is empty',
      'Indicators!C20: holds a formula; type the value itself',
      'Indicators!D25: must be yes or no, not "perhaps"',
      'Suggested actions!A41: there is no statement "no-such-statement" on the Indicators sheet',
      'Glossary!B2: holds an error (#N/A)',
      'Questionnaire statements!D3: "nowhere" is not a section id on the Domains sheet',
    ]);
  });

  it('finds columns by heading, in any order, case or spacing', () => {
    const data = templateData();
    for (const { rows } of data.sheets) {
      // Every row padded to the headings' width, then its columns reversed.
      const width = rows[0]!.length;
      for (const row of rows) row.splice(0, row.length, ...Array.from({ length: width }, (_, c) => row[width - 1 - c] ?? null));
      rows[0] = rows[0]!.map((heading, c) => (c % 2 === 0 ? `  ${String(heading).toUpperCase()} ` : String(heading).toLowerCase()));
    }
    expect(installed(data)).toStrictEqual(EXAMPLE_TOOLKIT);
  });

  it('skips empty rows, and still says which row a problem is on', () => {
    const data = templateData();
    sheet(data, 'Indicators').rows.splice(1, 0, [], [null, '  ', null]);
    expect(installed(data)).toStrictEqual(EXAMPLE_TOOLKIT);
    setCell(data, 'Indicators!C4', null);
    expect(problemsOf(data)).toEqual(['Indicators!C4: the statement is empty']);
  });

  it('reads a number typed into a text column as its text', () => {
    const data = templateData();
    setCell(data, 'Respondent groups!A2', 12);
    setCell(data, 'Respondent groups!B2', 2025);
    expect(installed(data).respondentGroups).toEqual([{ id: '12', title: '2025' }]);
  });

  it('keeps markup as the characters typed', () => {
    const data = templateData();
    const typed = ['<script>alert("hi")</script> & <b>bold</b>', '**Markdown** &amp; [a link](https://example.org)', '=1+1 typed as text, not a formula'];
    setCell(data, 'Indicators!C2', typed[0]!);
    setCell(data, 'Indicators!E2', typed[1]!);
    setCell(data, 'Indicators!I2', `${typed[2]}\n${typed[0]}`);
    const [indicator] = installed(data).domains[0]!.indicators;
    expect(indicator!.statement).toBe(typed[0]);
    expect(indicator!.descriptors['1']).toBe(typed[1]);
    expect(indicator!.evidencePrompts).toEqual([typed[2], typed[0]]);
  });

  it('never takes an object key from a cell: prototype names are unknown headings, fields and sheets', () => {
    const data = templateData();
    setCell(data, 'Indicators!O1', '__proto__');
    setCell(data, 'Indicators!O2', 'polluted');
    setCell(data, 'Indicators!P1', 'Descriptor for level constructor');
    setCell(data, 'Indicators!P2', 'polluted');
    sheet(data, 'Toolkit').rows.push(['constructor', 'polluted']);
    data.sheets.push({ name: '__proto__', rows: [['polluted']] });
    expect(problemsOf(data)).toEqual([
      'Toolkit!A9: "constructor" is not a field of the template, which has Id, Version, Title, Summary, Audience, Inspection source and Allow not applicable',
      'Indicators!O1: "__proto__" is not a column of the Indicators sheet; check the spelling against the template',
      'Indicators!P1: "Descriptor for level constructor" is not a column of the Indicators sheet; check the spelling against the template',
      '__proto__: this sheet is not in the template, so nothing on it would be installed; rename it as a template sheet or remove it',
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
