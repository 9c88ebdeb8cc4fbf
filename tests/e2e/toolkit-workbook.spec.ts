/**
 * A toolkit written in a spreadsheet: the template downloaded from the
 * toolkits page, filled in here with the same library the app uses (as an
 * adviser would in Excel), installed, and taken through a self-evaluation to
 * its PDF; and a workbook with mistakes, every one listed at its cell.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { indicatorGroup } from './support/audit-flow';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { checkToolkitFile, preview, toolkitCard } from './support/toolkit-install';
import { readToolkit } from './support/toolkits';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function downloadWorkbook(page: Page, button: string | RegExp, path: string): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The row whose first cells are these values, in a sheet read with exceljs. */
function rowWhere(sheet: ExcelJS.Worksheet, column: number, value: string): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n += 1) if (sheet.getRow(n).getCell(column).text === value) return sheet.getRow(n);
  throw new Error(`No row with ${value} in ${sheet.name}`);
}

function columnOf(sheet: ExcelJS.Worksheet, heading: string): number {
  const cells = sheet.getRow(1).values as unknown[];
  const index = cells.findIndex((cell) => cell === heading);
  if (index < 1) throw new Error(`No column ${heading} in ${sheet.name}`);
  return index;
}

test('the template, filled in a spreadsheet, installs and carries a self-evaluation to its PDF', async ({ page }, testInfo) => {
  await page.goto('/toolkits');
  const workbook = await downloadWorkbook(page, 'Download the toolkit template', testInfo.outputPath('template.xlsx'));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
    expect.arrayContaining(['Toolkit', 'Scale', 'Domains', 'Indicators', 'Suggested actions', 'Glossary', 'Questionnaires', 'Questionnaire statements']),
  );
  const indicators = workbook.getWorksheet('Indicators')!;
  // Headings say what goes in them, with help on each, and choices where Excel offers them.
  expect(indicators.getRow(1).getCell(columnOf(indicators, 'Statement')).note).toBeTruthy();
  expect(indicators.getCell(2, columnOf(indicators, 'Core')).dataValidation).toMatchObject({ type: 'list' });

  // The adviser's own toolkit: a new id and title, a second section with a statement of its own.
  const toolkitSheet = workbook.getWorksheet('Toolkit')!;
  rowWhere(toolkitSheet, 1, 'Id').getCell(2).value = 'hollins-arrivals';
  rowWhere(toolkitSheet, 1, 'Title').getCell(2).value = 'Hollins arrivals & <i>welcome</i>';
  const domains = workbook.getWorksheet('Domains')!;
  domains.addRow(['welcome', 'Welcome at the gate', 'Welcome', 'How pupils are greeted as they arrive.', '']);
  const statement = indicators.getRow(2).values as ExcelJS.CellValue[];
  const row = [...statement.slice(1)];
  row[columnOf(indicators, 'Section id') - 1] = 'welcome';
  row[columnOf(indicators, 'Statement id') - 1] = 'greeted-by-name';
  row[columnOf(indicators, 'Statement') - 1] = 'Every pupil is greeted by name at the gate.';
  row[columnOf(indicators, 'Legal duty') - 1] = null;
  row[columnOf(indicators, 'Legal source') - 1] = null;
  row[columnOf(indicators, 'Duty met from level') - 1] = null;
  indicators.addRow(row);
  const actions = workbook.getWorksheet('Suggested actions')!;
  actions.addRow(['greeted-by-name', 'Put two members of staff on the gate each morning.', 'Nine in ten pupils say they are greeted by name in the summer survey.', null]);
  const file = testInfo.outputPath('hollins.xlsx');
  await workbook.xlsx.writeFile(file);

  await checkToolkitFile(page, { name: 'hollins.xlsx', mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  await expect(preview(page).getByRole('heading', { name: 'Hollins arrivals & <i>welcome</i>, version 1.0.0' })).toBeVisible();
  await expect(preview(page).getByRole('table', { name: 'Sections in this toolkit' })).toContainText('Welcome at the gate');
  await page.getByRole('button', { name: 'Install this toolkit' }).click();
  await expect(toolkitCard(page, 'Hollins arrivals & <i>welcome</i>')).toContainText('Installed from “hollins.xlsx”');

  await page.getByRole('link', { name: 'start a self-evaluation with it' }).click();
  await page.getByRole('radio', { name: 'Hollins arrivals & <i>welcome</i>' }).check();
  await page.getByLabel('School name').fill('Hollins Academy');
  await page.getByLabel('Title of this self-evaluation').fill('Arrivals review');
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registers and records' })).toBeVisible();
  await indicatorGroup(page, 'Registers are taken at the start of every morning and afternoon session.').getByRole('radio', { name: 'Developing' }).check();
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome at the gate' })).toBeVisible();
  await indicatorGroup(page, 'Every pupil is greeted by name at the gate.').getByRole('radio', { name: 'Emerging' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const pdf = testInfo.outputPath('plan.pdf');
  await download.saveAs(pdf);
  const text = collapseWhitespace(pdfText(pdf));
  for (const expected of ['Hollins Academy', 'Hollins arrivals & <i>welcome</i>', 'Registers and records', 'Welcome at the gate']) expect(text).toContain(expected);
});

test('a workbook with mistakes lists every one at its sheet, row and column, and installs nothing', async ({ page }, testInfo) => {
  const attendance = readToolkit('attendance');
  await page.goto('/toolkits');
  await expect(toolkitCard(page, attendance.title)).toBeVisible();
  const cards = await page.locator('.govuk-summary-card').count();
  const workbook = await downloadWorkbook(page, `Download as a workbook for ${attendance.title}, version ${attendance.version}`, testInfo.outputPath('attendance.xlsx'));

  const indicators = workbook.getWorksheet('Indicators')!;
  const first = attendance.domains[0]!.indicators[0]!;
  const second = attendance.domains[0]!.indicators[1]!;
  const level3 = columnOf(indicators, 'Descriptor for level 3');
  rowWhere(indicators, columnOf(indicators, 'Statement id'), first.id).getCell(level3).value = null;
  rowWhere(indicators, columnOf(indicators, 'Statement id'), second.id).getCell(columnOf(indicators, 'Statement id')).value = 'has spaces here';
  const domains = workbook.getWorksheet('Domains')!;
  domains.getCell(2, columnOf(domains, 'Title')).value = { formula: 'UPPER("registers")', result: 'REGISTERS' };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await checkToolkitFile(page, { name: 'attendance-edited.xlsx', mimeType: XLSX, buffer });
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('“attendance-edited.xlsx” cannot be installed');
  const items = await summary.getByRole('listitem').allTextContents();
  const letter = (column: number) => String.fromCharCode(64 + column);
  expect(items).toEqual(
    expect.arrayContaining([
      `Domains!${letter(columnOf(domains, 'Title'))}2: holds a formula; type the value itself`,
      `Indicators!${letter(level3)}2: the descriptor for level 3 is empty`,
      expect.stringMatching(/^Indicators!B3: /),
    ]),
  );
  await expect(page.locator('.govuk-summary-card')).toHaveCount(cards);

  // A zip that is no workbook, and a file far too large, are refused with what they are.
  await checkToolkitFile(page, { name: 'photos.xlsx', mimeType: XLSX, buffer: Buffer.from('PK\u0003\u0004 not really a zip at all') });
  await expect(page.getByRole('alert')).toContainText('“photos.xlsx” cannot be installed');
  await checkToolkitFile(page, { name: 'huge.xlsx', mimeType: XLSX, buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20 * 1024 * 1024)]) });
  await expect(page.getByRole('alert')).toContainText('The file is too large (20 MB)');
  await expect(page.locator('.govuk-summary-card')).toHaveCount(cards);
});
