/**
 * One worksheet as rows of cells: rows[0] is spreadsheet row 1, every row as
 * wide as the widest, up to the last row with something in it. The size is
 * checked before the rows are made, so one stray value in XFD1048576 is
 * refused rather than filling memory with empty cells.
 */
import type { Worksheet } from 'exceljs';
import type { CellValue, SheetData } from '../core/workbook';
import { toCellValue } from './cell-value';
import { MAX_SHEET_CELLS } from './limits';
import { sheetTooLarge } from './messages';

export type ReadSheetResult = { ok: true; sheet: SheetData } | { ok: false; message: string };

export function readSheet(worksheet: Worksheet): ReadSheetResult {
  const filled: { row: number; column: number; value: CellValue }[] = [];
  let height = 0;
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = toCellValue(cell);
      if (value === null) return;
      filled.push({ row: rowNumber - 1, column: columnNumber - 1, value });
      height = Math.max(height, rowNumber);
      width = Math.max(width, columnNumber);
    });
  });
  if (height * width > MAX_SHEET_CELLS) return { ok: false, message: sheetTooLarge(worksheet.name, height, worksheet.getColumn(width).letter) };

  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, column, value } of filled) rows[row]![column] = value;
  return { ok: true, sheet: { name: worksheet.name, rows } };
}
