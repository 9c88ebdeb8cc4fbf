import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/core/workbook';
import { problemsOf, setCell, sheet, templateData } from '../fixtures/toolkit-workbooks';

/** Drops the column with this heading from every row of the sheet. */
function dropColumn(data: WorkbookData, sheetName: string, heading: string) {
  const rows = sheet(data, sheetName).rows;
  const index = rows[0]!.indexOf(heading);
  for (const row of rows) row.splice(index, 1);
}

const ID_RULE = 'use lower-case letters, digits and single hyphens, e.g. first-day-calls';

// Each case starts from the template, which installs cleanly, and changes what an author might get wrong.
const cases: [string, (data: WorkbookData) => void, string[]][] = [
  ['a required sheet is missing', (data) => (data.sheets = data.sheets.filter((candidate) => candidate.name !== 'Suggested actions')), ['the workbook has no "Suggested actions" sheet']],
  ['the scale is missing, so descriptors cannot be checked either', (data) => (data.sheets = data.sheets.filter((candidate) => candidate.name !== 'Scale')), ['the workbook has no "Scale" sheet']],
  ['a required column is missing', (data) => dropColumn(data, 'Indicators', 'Statement'), ['Indicators: the column "Statement" is missing']],
  ['an optional column may be left out', (data) => dropColumn(data, 'Indicators', 'Replaces'), []],
  [
    'a misspelt heading is not ignored',
    (data) => setCell(data, 'Indicators!I1', 'Evidence promts'),
    ['Indicators: the column "Evidence prompts" is missing', 'Indicators!I1: "Evidence promts" is not a column of the Indicators sheet; check the spelling against the template'],
  ],
  ['a column filled in without a heading', (data) => setCell(data, 'Scale!C3', 'Note'), ['Scale!C1: this column has no heading, but cells below it are filled in']],
  ['a note below the table, in a column without a heading', (data) => setCell(data, 'Indicators!Q9', 'A note'), ['Indicators!Q1: this column has no heading, but cells below it are filled in']],
  ['the Toolkit sheet without its Value column', (data) => dropColumn(data, 'Toolkit', 'Value'), ['Toolkit: the column "Value" is missing']],
  ['a sheet twice, its names differing only in case or spaces', (data) => data.sheets.push({ name: 'scale ', rows: [['Level', 'Label']] }), ['scale : an earlier sheet has this name too; keep one']],
  [
    'a sheet that is not in the template',
    (data) => data.sheets.push({ name: 'Notes', rows: [['Our notes']] }),
    ['Notes: this sheet is not in the template, so nothing on it would be installed; rename it as a template sheet or remove it'],
  ],
  ['an id with a space', (data) => setCell(data, 'Respondent groups!A2', 'attendance team'), [`Respondent groups!A2: "attendance team" is not an id: ${ID_RULE}`]],
  [
    'ids on one line of a cell of ids',
    (data) => setCell(data, 'Domains!E2', 'attendance, safety'),
    [`Domains!E2: "attendance, safety" is not an id: ${ID_RULE}, and put each id on a line of its own`, 'Domains!E2: "attendance, safety" is not an id on the Inspection areas sheet'],
  ],
  ['an id repeated', (data) => setCell(data, 'Questionnaire statements!B4', 'told-same-day'), ['Questionnaire statements!B4: the id "told-same-day" is used on an earlier row already']],
  [
    'an id quoted as typed, even where it has a word the messages change',
    (data) => sheet(data, 'Respondent groups').rows.splice(1, 1, ['domain-leads', 'Leads'], ['domain-leads', 'Leads again']),
    ['Respondent groups!A3: the id "domain-leads" is used on an earlier row already'],
  ],
  ['a level repeated', (data) => setCell(data, 'Scale!A3', 1), ['Scale!A3: level 1 is on an earlier row already']],
  ['a descriptor missing', (data) => setCell(data, 'Indicators!G2', '  '), ['Indicators!G2: the descriptor for level 3 is empty']],
  [
    'a descriptor for a level not on the scale',
    (data) => (setCell(data, 'Indicators!O1', 'Descriptor for level 5'), setCell(data, 'Indicators!O2', 'Leading others.')),
    ['Indicators!O2: this descriptor is for level 5, which is not on the Scale sheet'],
  ],
  ['an empty column for a level not on the scale is harmless', (data) => setCell(data, 'Indicators!O1', 'Descriptor for level 5'), []],
  [
    'a level added to the scale without its descriptors',
    (data) => (setCell(data, 'Scale!A6', 5), setCell(data, 'Scale!B6', 'Leading')),
    ['Indicators: the column "Descriptor for level 5" is missing'],
  ],
  ['a formula', (data) => setCell(data, 'Indicators!C2', { formula: 'A2&B2' }), ['Indicators!C2: holds a formula; type the value itself']],
  ['an error value', (data) => setCell(data, 'Indicators!J2', { error: '#REF!' }), ['Indicators!J2: holds an error (#REF!)']],
  ['text where a level number goes', (data) => setCell(data, 'Suggested actions!D2', 'two'), ['Suggested actions!D2: must be a whole number, e.g. 3, not "two"']],
  ['a level that is not whole', (data) => setCell(data, 'Indicators!M2', 2.5), ['Indicators!M2: must be a whole number, not 2.5']],
  ['a level beyond 10', (data) => setCell(data, 'Scale!A5', 12), ['Scale!A5: must be a whole number from 0 to 10, not 12']],
  ['a level not on the scale', (data) => setCell(data, 'Indicators!M2', 9), ['Indicators!M2: level 9 is not on the Scale sheet']],
  ['a number typed as text is still the number', (data) => setCell(data, 'Indicators!M2', ' 4 '), []],
  ['yes or no answered otherwise', (data) => (setCell(data, 'Indicators!D2', 'maybe'), setCell(data, 'Toolkit!B8', 'sometimes')), ['Toolkit!B8: must be yes or no, not "sometimes"', 'Indicators!D2: must be yes or no, not "maybe"']],
  ['a spreadsheet’s own TRUE is yes', (data) => setCell(data, 'Toolkit!B8', true), []],
  ['an audience not on the list', (data) => setCell(data, 'Questionnaires!C2', 'parents'), ['Questionnaires!C2: must be families, pupils or staff, not "parents"']],
  [
    'a statement in a section the workbook does not have',
    (data) => setCell(data, 'Indicators!A2', 'attendence'),
    ['Domains!A2: has no statements on the Indicators sheet', 'Indicators!A2: there is no section "attendence" on the Domains sheet'],
  ],
  [
    'an action for a statement the workbook does not have',
    (data) => sheet(data, 'Suggested actions').rows.push(['registers-late', 'Check registers.', 'All registers on time by the end of the spring term.']),
    ['Suggested actions!A3: there is no statement "registers-late" on the Indicators sheet'],
  ],
  ['a statement with no action', (data) => sheet(data, 'Suggested actions').rows.splice(1), ['Indicators!B2: has no suggested action on the Suggested actions sheet']],
  [
    'a statement for a questionnaire the workbook does not have',
    (data) => sheet(data, 'Questionnaire statements').rows.push(['pupils', 'liked', 'I like school.', 'registers']),
    ['Questionnaire statements!A10: there is no questionnaire "pupils" on the Questionnaires sheet'],
  ],
  [
    'a legal duty without its source',
    (data) => setCell(data, 'Indicators!L2', null),
    ['Indicators!L2: the legal source is empty; a legal duty needs the law or guidance it comes from'],
  ],
  ['a short title too long for the chart', (data) => setCell(data, 'Domains!C2', 'Registers, records and calls'), ['Domains!C2: must be at most 24 characters to fit the chart']],
  ['a field of the Toolkit sheet misspelt', (data) => setCell(data, 'Toolkit!A3', 'Versoin'), [
    'Toolkit: there is no "Version" row',
    'Toolkit!A3: "Versoin" is not a field of the template, which has Id, Version, Title, Summary, Audience, Inspection source and Allow not applicable',
  ]],
  ['a version typed as a number', (data) => setCell(data, 'Toolkit!B3', 1.1), ['Toolkit!B3: must be a version like 1.0.0']],
  // The editorial rules, as for a toolkit file.
  ['one core statement', (data) => setCell(data, 'Indicators!D2', 'yes'), ['Indicators: the Core column says yes for 1 of the statements; a quick review needs 12 to 16']],
  [
    'a success measure that cannot be measured',
    (data) => setCell(data, 'Suggested actions!C2', 'Registers are better.'),
    ['Suggested actions!C2: does not say how much (a number or a proportion) or by when (a date, a term or a named event)'],
  ],
  ['a glossary term the text never uses', (data) => (setCell(data, 'Glossary!A2', 'Roll call'), setCell(data, 'Glossary!C2', null)), ['Glossary!A2: "Roll call" does not appear in the toolkit, so nobody would see its definition']],
  ['a questionnaire too short', (data) => sheet(data, 'Questionnaire statements').rows.splice(8), ['Questionnaires!A2: has 7 statements; a questionnaire has 8 to 12']],
];

describe('workbookToToolkit with a problem in the workbook', () => {
  it.each(cases)('%s', (_name, change, expected) => {
    const data = templateData();
    change(data);
    expect(problemsOf(data)).toEqual(expected);
  });

  it('says a workbook with none of the template’s sheets is not a Reflect toolkit workbook, and nothing else', () => {
    expect(problemsOf({ sheets: [{ name: 'Sheet1', rows: [['Name', 'Score']] }, { name: 'Sheet2', rows: [] }] })).toEqual([
      'this is not a Reflect toolkit workbook: one has the sheets Toolkit, Scale, Domains, Indicators and Suggested actions, and may have Glossary, Questionnaires, Questionnaire statements, Inspection areas and Respondent groups',
    ]);
  });
});
