/**
 * Reading one sheet of a toolkit workbook by the layout: columns found by
 * heading text (in any order, any case), every cell turned into the kind of
 * value its column holds, and every problem reported at its cell. A formula
 * is never evaluated: the workbook may have been saved without its results,
 * and what a school installs must be what the author can see typed.
 */
import type { CellKind, LayoutColumn, SheetLayout } from './toolkit-workbook-layout';
import { cellRef, type CellValue, type SheetData } from './workbook';

export type CellContent = string | readonly string[] | boolean | number;
export type Report = (where: string, message: string) => void;

/** A data row of a sheet, read by the layout's columns. */
export interface ReadRow<F extends string> {
  /** The row's index in the sheet; 0 is the heading row. */
  index: number;
  /** The cell's reference, or the sheet's name where its column is missing. */
  at(field: F): string;
  value(field: F): CellContent | undefined;
  /** The cell was reported already: it could not be read, or was empty where a value is needed, or its column is missing. */
  isFailed(field: F): boolean;
}

export interface ReadSheet<F extends string> {
  /** As the workbook spells it. */
  name: string;
  /** The layout's columns and any extra ones the sheet has and the layout allows. */
  columns: readonly LayoutColumn<F>[];
  /** The columns the sheet has. */
  found: ReadonlySet<F>;
  rows: ReadRow<F>[];
}

export const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A value to quote in a message, kept short. */
export function quote(value: unknown): string {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

const isBlank = (cell: CellValue | undefined) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

type Decoded = { value: CellContent } | { problem: string } | { isEmpty: true };

/** A cell as its column's kind of value, or what is wrong with it. */
export function decodeCell(cell: CellValue | undefined, kind: CellKind, allowed?: readonly string[]): Decoded {
  if (isBlank(cell)) return { isEmpty: true };
  if (typeof cell === 'object' && cell !== null) {
    return 'formula' in cell ? { problem: 'holds a formula; type the value itself' } : { problem: `holds an error (${cell.error})` };
  }
  const text = typeof cell === 'string' ? cell.trim() : typeof cell === 'boolean' ? String(cell).toUpperCase() : String(cell);
  switch (kind) {
    case 'yes-no': {
      // TRUE and FALSE are how a spreadsheet shows its own yes and no.
      if (typeof cell === 'boolean') return { value: cell };
      const answer = text.toLowerCase();
      if (answer === 'yes' || answer === 'true') return { value: true };
      return answer === 'no' || answer === 'false' ? { value: false } : { problem: `must be yes or no, not ${quote(text)}` };
    }
    case 'whole': {
      // A number typed into a cell formatted as text arrives as text; it is still the number the author meant.
      const number = typeof cell === 'number' ? cell : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
      if (number === undefined) return { problem: `must be a whole number, e.g. 3, not ${quote(text)}` };
      return Number.isInteger(number) ? { value: number } : { problem: `must be a whole number, not ${number}` };
    }
    case 'lines': {
      const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
      return { value: lines };
    }
    case 'text': {
      if (!allowed) return { value: text };
      const match = allowed.find((option) => sameName(option, text));
      return match !== undefined ? { value: match } : { problem: `must be ${listInWords(allowed)}, not ${quote(text)}` };
    }
  }
}

/** `a, b or c` */
export function listInWords(items: readonly string[], last = 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** What a whole-number column's rule allows, checked here too: a pasted value skips the spreadsheet's own check. */
function checkRange(decoded: Decoded, column: LayoutColumn): Decoded {
  const { rule } = column;
  if (!('value' in decoded) || typeof decoded.value !== 'number' || rule?.kind !== 'whole') return decoded;
  return decoded.value >= rule.min && decoded.value <= rule.max ? decoded : { problem: `must be a whole number from ${rule.min} to ${rule.max}, not ${decoded.value}` };
}

function textOf(cell: CellValue | undefined): string | undefined {
  return typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : undefined;
}

/** Which column of the sheet each of the layout's columns is in, reporting headings the layout does not know. */
function findColumns<F extends string>(sheet: SheetData, layout: SheetLayout<F>, report: Report, extraColumn?: (heading: string) => LayoutColumn<F> | undefined) {
  const found = new Map<F, { column: LayoutColumn<F>; index: number }>();
  const headings = sheet.rows[0] ?? [];
  const width = Math.max(headings.length, ...sheet.rows.map((row) => row.length));
  for (let c = 0; c < width; c += 1) {
    const where = cellRef(sheet.name, 0, c);
    const heading = headings[c];
    if (isBlank(heading)) {
      if (sheet.rows.slice(1).some((row) => !isBlank(row[c]))) report(where, 'this column has no heading, but cells below it are filled in');
      continue;
    }
    const text = textOf(heading);
    if (text === undefined) {
      report(where, 'the heading must be text');
      continue;
    }
    const column = layout.columns.find((candidate) => sameName(candidate.heading, text)) ?? extraColumn?.(text);
    if (!column) report(where, `${quote(text)} is not a column of the ${layout.name} sheet; check the spelling against the template`);
    else if (found.has(column.field)) report(where, `${quote(text)} is the heading of an earlier column too; keep one`);
    else found.set(column.field, { column, index: c });
  }
  for (const column of layout.columns) {
    if (!found.has(column.field) && column.whenEmpty !== undefined) report(sheet.name, `the column ${quote(column.heading)} is missing`);
  }
  return found;
}

/** Every non-empty row below the headings, with each cell read and checked. */
export function readSheet<F extends string>(
  sheet: SheetData,
  layout: SheetLayout<F>,
  report: Report,
  extraColumn?: (heading: string) => LayoutColumn<F> | undefined,
): ReadSheet<F> {
  const found = findColumns(sheet, layout, report, extraColumn);
  const missingRequired = new Set(layout.columns.filter((column) => !found.has(column.field) && column.whenEmpty !== undefined).map((column) => column.field));
  const rows: ReadRow<F>[] = [];
  sheet.rows.forEach((cells, index) => {
    // A row with nothing under the known headings is empty: anything in a column without one was reported at its heading.
    if (index === 0 || [...found.values()].every(({ index: c }) => isBlank(cells[c]))) return;
    const values = new Map<F, CellContent>();
    const failed = new Set<F>(missingRequired);
    for (const [field, { column, index: c }] of found) {
      const rule = column.rule?.kind === 'list' && column.kind === 'text' ? column.rule.values : undefined;
      const decoded = checkRange(decodeCell(cells[c], column.kind, rule), column);
      const where = cellRef(sheet.name, index, c);
      const problem = 'problem' in decoded ? decoded.problem : 'isEmpty' in decoded ? column.whenEmpty : undefined;
      if ('value' in decoded) values.set(field, decoded.value);
      if (problem !== undefined) {
        report(where, problem);
        failed.add(field);
      }
    }
    rows.push({
      index,
      at: (field) => {
        const c = found.get(field)?.index;
        return c === undefined ? sheet.name : cellRef(sheet.name, index, c);
      },
      value: (field) => values.get(field),
      isFailed: (field) => failed.has(field),
    });
  });
  const extra = [...found.values()].map(({ column }) => column).filter((column) => !layout.columns.includes(column));
  return { name: sheet.name, columns: [...layout.columns, ...extra], found: new Set(found.keys()), rows };
}
