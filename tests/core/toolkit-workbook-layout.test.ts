import { describe, expect, it } from 'vitest';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { toolkitToWorkbook } from '../../src/core/toolkit-to-workbook';
import { descriptorHeadingLevel } from '../../src/core/toolkit-workbook-layout';
import { templateWorkbook } from '../../src/core/toolkit-workbook-template';
import type { SheetSpec, WorkbookSpec } from '../../src/core/workbook';
import { makeToolkitWithDuties } from '../fixtures/toolkits';
import { readToolkit } from '../fixtures/toolkit-workbooks';

const sheetIn = (workbook: WorkbookSpec, name: string): SheetSpec => workbook.sheets.find((sheet) => sheet.name === name)!;
const headings = (sheet: SheetSpec) => sheet.columns.map((column) => column.heading);
/** The row's cell under each heading. */
const rowOf = (sheet: SheetSpec, index: number) => Object.fromEntries(sheet.columns.map((column, c) => [column.heading, sheet.rows[index]![c]]));

function withLevels(values: number[]): Toolkit {
  const toolkit = makeToolkitWithDuties();
  toolkit.scale.levels = values.map((value) => ({ value, label: `Level ${value}` }));
  return toolkit;
}

describe('the toolkit workbook layout', () => {
  it('has the template’s sheets, in order, with their headings', () => {
    const workbook = templateWorkbook();
    expect(workbook.title).toBe('Reflect toolkit template');
    expect(workbook.sheets.map((sheet) => [sheet.name, headings(sheet)])).toEqual([
      ['Toolkit', ['Field', 'Value']],
      ['Scale', ['Level', 'Label']],
      ['Domains', ['Section id', 'Title', 'Short title', 'Description', 'Inspection areas']],
      [
        'Indicators',
        [
          'Section id',
          'Statement id',
          'Statement',
          'Core',
          'Descriptor for level 1',
          'Descriptor for level 2',
          'Descriptor for level 3',
          'Descriptor for level 4',
          'Evidence prompts',
          'Reference',
          'Legal duty',
          'Legal source',
          'Duty met from level',
          'Replaces',
        ],
      ],
      ['Suggested actions', ['Statement id', 'Action', 'Success measure', 'When rated']],
      ['Glossary', ['Term', 'Definition', 'Also known as']],
      ['Questionnaires', ['Questionnaire id', 'Title', 'Audience', 'Introduction']],
      ['Questionnaire statements', ['Questionnaire id', 'Statement id', 'Text', 'Sections']],
      ['Inspection areas', ['Id', 'Title']],
      ['Respondent groups', ['Id', 'Title']],
    ]);
  });

  it.each([[[1, 2]], [[0, 1, 2, 3, 4, 5, 10]]])('has a descriptor column for each level of the scale %j, and only those', (levels) => {
    const columns = headings(sheetIn(toolkitToWorkbook(withLevels(levels)), 'Indicators'));
    expect(columns.flatMap((heading) => descriptorHeadingLevel(heading) ?? [])).toEqual(levels);
  });

  it('says in every column what goes in it, briefly enough for a spreadsheet’s prompt (255 characters)', () => {
    for (const sheet of [...templateWorkbook().sheets, ...toolkitToWorkbook(withLevels([0, 1, 2, 3, 4, 5, 6])).sheets]) {
      for (const column of sheet.columns) {
        expect(column.help.length, `${sheet.name}: ${column.heading}`).toBeGreaterThan(10);
        expect(column.help.length, `${sheet.name}: ${column.heading}`).toBeLessThanOrEqual(255);
        expect(column.width).toBeGreaterThan(0);
      }
    }
  });

  it('offers yes/no, audiences and the scale’s levels as lists, and levels from 0 to 10 as whole numbers', () => {
    const workbook = toolkitToWorkbook(withLevels([0, 2, 4]));
    const rule = (sheet: string, heading: string) => sheetIn(workbook, sheet).columns.find((column) => column.heading === heading)!.rule;
    expect(rule('Scale', 'Level')).toEqual({ kind: 'whole', min: 0, max: 10 });
    expect(rule('Indicators', 'Core')).toEqual({ kind: 'list', values: ['yes', 'no'] });
    expect(rule('Indicators', 'Duty met from level')).toEqual({ kind: 'list', values: ['0', '2', '4'] });
    expect(rule('Suggested actions', 'When rated')).toEqual({ kind: 'list', values: ['0', '2', '4'] });
    expect(rule('Questionnaires', 'Audience')).toEqual({ kind: 'list', values: ['families', 'pupils', 'staff'] });
    expect(rule('Indicators', 'Statement')).toBeUndefined();
  });
});

describe('toolkitToWorkbook', () => {
  it('writes yes/no as yes or no, an absent optional one as an empty cell, numbers as numbers and lists a line each', () => {
    const toolkit = makeToolkitWithDuties();
    toolkit.domains[0]!.indicators[1]!.core = true;
    toolkit.domains[0]!.indicators[2]!.core = false;
    toolkit.domains[0]!.indicators[0]!.evidencePrompts = ['How do we know?', 'Who says so?'];
    const workbook = toolkitToWorkbook(toolkit);
    expect(workbook.title).toBe('Test toolkit');
    const indicators = sheetIn(workbook, 'Indicators');
    expect([0, 1, 2].map((i) => rowOf(indicators, i)['Core'])).toEqual([null, 'yes', 'no']);
    expect(rowOf(indicators, 0)).toMatchObject({ 'Evidence prompts': 'How do we know?\nWho says so?', 'Duty met from level': 3, 'Legal source': 'Registration Regulations 2024, reg 10' });
    expect(rowOf(indicators, 1)).toMatchObject({ 'Legal duty': null, 'Duty met from level': null, Replaces: null });
    expect(rowOf(sheetIn(workbook, 'Domains'), 0)['Inspection areas']).toBe('leadership\nattendance');
    expect(sheetIn(workbook, 'Scale').rows[0]).toEqual([1, 'Not yet in place']);
    expect(sheetIn(workbook, 'Toolkit').rows).toContainEqual(['Allow not applicable', 'yes']);
    expect(sheetIn(workbook, 'Glossary').rows).toEqual([]);
  });

  it('lists every statement of every section, and every action of every statement, in order', () => {
    const toolkit = readToolkit('toolkits/attendance.json');
    const workbook = toolkitToWorkbook(toolkit);
    const statements = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => [domain.id, indicator.id]));
    expect(sheetIn(workbook, 'Indicators').rows.map((row) => row.slice(0, 2))).toEqual(statements);
    const actions = toolkit.domains.flatMap((domain) => domain.indicators.flatMap((indicator) => indicator.suggestedActions.map((action) => [indicator.id, action.action])));
    expect(sheetIn(workbook, 'Suggested actions').rows.map((row) => row.slice(0, 2))).toEqual(actions);
  });
});
