/**
 * A workbook as the toolkit mapping sees it, with no spreadsheet library in
 * sight: sheets of cells going out (with what a writer needs to make them easy
 * to fill in) and coming back. src/core maps toolkits to and from these;
 * src/xlsx turns them into .xlsx bytes and back.
 */

/** A cell as read back: its value, or what stands in its way. */
export type CellValue = string | number | boolean | null | { formula: string } | { error: string };

export interface SheetData {
  name: string;
  /** rows[0] is the heading row (spreadsheet row 1); cells[0] is column A. Trailing empty rows are left out. */
  rows: CellValue[][];
}

export interface WorkbookData {
  sheets: SheetData[];
}

/** What a column accepts, offered as a drop-down or checked as the author types, where the spreadsheet supports it. */
export type ColumnRule = { kind: 'list'; values: readonly string[] } | { kind: 'whole'; min: number; max: number };

export interface ColumnSpec {
  heading: string;
  /** Says what goes in the column; shown with the heading (a note) and when a cell in it is chosen. */
  help: string;
  /** In characters. */
  width: number;
  rule?: ColumnRule;
}

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Below the heading row; one value per column. */
  rows: readonly (readonly (string | number | null)[])[];
}

export interface WorkbookSpec {
  /** The document title, kept in the file's properties. */
  title: string;
  sheets: readonly SheetSpec[];
}

/** `Indicators!C14`: a sheet's name and a cell's column letters and row number (both from 0 here). */
export function cellRef(sheet: string, row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${sheet}!${letters}${row + 1}`;
}

/**
 * The workbook a reader would hand back after a writer saved `spec` and nobody
 * touched it: the heading row, then the rows, with empty cells as null and
 * trailing empty cells and rows left out. For tests and the round trip.
 */
export function workbookSpecToData(spec: WorkbookSpec): WorkbookData {
  const isEmpty = (cell: CellValue) => cell === null || cell === '';
  const trimEnd = <T>(items: T[], empty: (item: T) => boolean) => {
    let end = items.length;
    while (end > 0 && empty(items[end - 1]!)) end -= 1;
    return items.slice(0, end);
  };
  return {
    sheets: spec.sheets.map((sheet) => {
      const rows = [sheet.columns.map((column) => column.heading), ...sheet.rows].map((row) =>
        trimEnd(
          row.map((cell) => (cell === '' ? null : cell)),
          isEmpty,
        ),
      );
      return { name: sheet.name, rows: trimEnd(rows, (row) => row.length === 0) };
    }),
  };
}
