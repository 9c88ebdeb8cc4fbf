/**
 * One exceljs cell as the toolkit mapping sees it. A formula is reported as
 * its formula, never the result Excel saved with it: a toolkit holds what its
 * author typed, and a saved result can say anything.
 */
import type { Cell, CellErrorValue, CellHyperlinkValue, CellRichTextValue } from 'exceljs';
import type { CellValue } from '../core/workbook';
import ExcelJS from './exceljs';

const { ValueType } = ExcelJS;

export function toCellValue(cell: Cell): CellValue {
  const { value } = cell;
  switch (cell.type) {
    case ValueType.Number:
      return typeof value === 'number' ? value : null;
    case ValueType.Boolean:
      return typeof value === 'boolean' ? value : null;
    case ValueType.String:
    case ValueType.SharedString:
    case ValueType.RichText:
      return plainText(value);
    case ValueType.Hyperlink:
      return plainText((value as CellHyperlinkValue).text);
    case ValueType.Date:
      return value instanceof Date ? isoDate(value) : null;
    case ValueType.Formula:
      // As the formula bar shows it; shared formulas come back translated to this cell.
      return { formula: `=${cell.formula}` };
    case ValueType.Error:
      return { error: String((value as CellErrorValue).error) };
    default:
      // Empty, and the covered cells of a merge (the value is in its top-left cell).
      return null;
  }
}

/** Text, with rich text's runs joined; empty text is an empty cell. */
function plainText(value: unknown): string | null {
  const text = typeof value === 'string' ? value : isRichText(value) ? value.richText.map((run) => run.text).join('') : null;
  return text ? text : null;
}

function isRichText(value: unknown): value is CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as CellRichTextValue).richText);
}

/**
 * Excel keeps dates as day numbers with no time zone; exceljs reads them as
 * that moment in UTC, so the UTC fields are the ones typed. A date alone is
 * 2026-12-03, a date with a time 2026-12-03T09:30:00. A day number outside
 * what a Date holds is Excel's #NUM!.
 */
function isoDate(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return { error: '#NUM!' };
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
