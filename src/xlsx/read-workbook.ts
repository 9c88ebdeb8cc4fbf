/**
 * Reads a toolkit workbook from outside into sheets of cell values, or says
 * in one sentence why not. It never throws. Safety comes before exceljs sees
 * anything: the file's size, then its zip directory and every size it
 * declares, then each part unpacked under that bound (unpack-workbook.ts);
 * exceljs gets only the checked parts, stored uncompressed, and is told to
 * skip everything in a sheet but its cells.
 */
import { zipSync } from 'fflate';
import type { SheetData, WorkbookData } from '../core/workbook';
import ExcelJS from './exceljs';
import { MAX_FILE_BYTES } from './limits';
import { WORKBOOK_MESSAGES, fileTooLarge } from './messages';
import { readSheet } from './read-sheet';
import { unpackWorkbook } from './unpack-workbook';

export type ReadWorkbookResult = { ok: true; data: WorkbookData } | { ok: false; message: string };

/**
 * Every part of a worksheet but sheetData. Several make exceljs do work for
 * each cell a range covers (merged cells, data validation, columns), so a
 * few bytes naming A1:XFD1048576 would freeze the page; the rest are not
 * needed to read values (hyperlinks included: a linked cell reads as its text).
 */
const SKIPPED_SHEET_PARTS = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

/**
 * What is wrong with a file of this many bytes, or null. Call it with the
 * chosen File's size before reading it, so a huge file is never read into
 * memory; readWorkbook checks it again.
 */
export function checkWorkbookSize(bytes: number): string | null {
  if (bytes === 0) return WORKBOOK_MESSAGES.empty;
  return bytes > MAX_FILE_BYTES ? fileTooLarge(bytes) : null;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbookResult> {
  try {
    const sizeProblem = checkWorkbookSize(bytes.length);
    if (sizeProblem) return { ok: false, message: sizeProblem };
    const unpacked = unpackWorkbook(bytes);
    if (!unpacked.ok) return unpacked;

    const stored = zipSync(unpacked.parts, { level: 0 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(stored.buffer as ArrayBuffer, { ignoreNodes: SKIPPED_SHEET_PARTS });

    const sheets: SheetData[] = [];
    for (const worksheet of workbook.worksheets) {
      const read = readSheet(worksheet);
      if (!read.ok) return read;
      sheets.push(read.sheet);
    }
    return { ok: true, data: { sheets } };
  } catch {
    // exceljs refuses XML it cannot parse, or parts that do not fit together, by throwing.
    return { ok: false, message: WORKBOOK_MESSAGES.unreadable };
  }
}
