/**
 * A WorkbookSpec as .xlsx bytes: one worksheet per sheet, in order, made to
 * be filled in by hand. The heading row is bold and frozen, and each heading
 * carries its column's help as a note; columns have their widths and wrap
 * their text; each column rule is data validation over the first
 * DATA_ROWS rows below the heading. Strings are always text, never
 * formulas, even when they start with "=".
 */
import type { Worksheet } from 'exceljs';
import type { ColumnRule, ColumnSpec, SheetSpec, WorkbookSpec } from '../core/workbook';
import { cellRef } from '../core/workbook';
import { columnValidation } from './column-rule';
import ExcelJS from './exceljs';

/** Rows below the heading that the rules cover: far more than any toolkit's statements. */
export const DATA_ROWS = 1000;

/** Excel shows at most this many characters in a cell, and calls a file with more damaged. */
const MAX_CELL_TEXT = 32_767;

const MAX_SHEET_NAME = 31;

const WRAPPED = { wrapText: true, vertical: 'top' } as const;

/** exceljs keeps range validations on the sheet, but its types do not say so. */
type WithValidations = Worksheet & { dataValidations: { add(range: string, validation: ReturnType<typeof columnValidation>): void } };

export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = spec.title;
  workbook.creator = 'Reflect';
  workbook.lastModifiedBy = 'Reflect';
  for (const sheet of spec.sheets) {
    // exceljs would cut a longer name short (and throws on the characters * ? : \ / [ ] and the name History); a name read back must be the one written.
    if (sheet.name.length > MAX_SHEET_NAME) throw new RangeError(`Sheet name "${sheet.name}" is over the ${MAX_SHEET_NAME} characters a spreadsheet allows.`);
    writeSheet(workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] }), sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function writeSheet(worksheet: Worksheet, sheet: SheetSpec): void {
  sheet.columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    // On the column too, so rows the author adds wrap as well.
    sheetColumn.alignment = WRAPPED;
  });

  const heading = worksheet.getRow(1);
  sheet.columns.forEach((column, index) => {
    const cell = heading.getCell(index + 1);
    cell.value = column.heading;
    cell.note = column.help;
  });
  heading.font = { bold: true };

  sheet.rows.forEach((values, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 2);
    values.forEach((value, columnIndex) => {
      if (value === null) return;
      checkValue(value, cellRef(sheet.name, rowIndex + 1, columnIndex));
      const cell = row.getCell(columnIndex + 1);
      // exceljs keeps a string as a string: only { formula } objects become formulas.
      cell.value = value;
      cell.alignment = WRAPPED;
    });
  });

  sheet.columns.forEach((column, index) => {
    if (!hasRule(column)) return;
    const letter = worksheet.getColumn(index + 1).letter;
    (worksheet as WithValidations).dataValidations.add(`${letter}2:${letter}${DATA_ROWS + 1}`, columnValidation(column));
  });
}

const hasRule = (column: ColumnSpec): column is ColumnSpec & { rule: ColumnRule } => column.rule !== undefined;

/** What Excel cannot hold would give a file it offers to repair; better to fail here, naming the cell. */
function checkValue(value: string | number, where: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${where}: ${value} is not a number a spreadsheet can hold.`);
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw new RangeError(`${where}: ${value.length} characters, over the ${MAX_CELL_TEXT} a spreadsheet cell holds.`);
}
