/**
 * What people are told when a workbook is refused: one sentence naming the
 * problem, then what to do. Every refusal readWorkbook gives comes from here.
 */
import { formatMegabytes } from '../core/format-bytes';
import { MAX_FILE_BYTES, MAX_PART_BYTES, MAX_SHEET_CELLS, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from './limits';

const SAVE_AS_XLSX = 'Open it in Excel or another spreadsheet program and save it as an Excel Workbook (.xlsx).';

export const WORKBOOK_MESSAGES = {
  empty: 'The file is empty. Choose the toolkit workbook again; if it is still empty, save it again from Excel.',
  notXlsx: `This file is not an Excel workbook (.xlsx). ${SAVE_AS_XLSX}`,
  oldExcelOrPassword:
    'This file is not an Excel workbook (.xlsx): it is an older Excel file (.xls), or a workbook protected with a password. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx).',
  zipWithoutWorkbook: 'This file is not an Excel workbook (.xlsx): it is a zip file with no workbook in it.',
  zipWithPassword: 'This file is not an Excel workbook (.xlsx): it is a zip file protected with a password.',
  damaged: 'This workbook is damaged and cannot be read. Open it in Excel and save it again, or ask whoever sent it for a new copy.',
  unsupported: `This workbook is saved in a form Reflect cannot read (for example split across several files, or as a zip64 archive). ${SAVE_AS_XLSX}`,
  tooManyEntries: `This file holds more than ${MAX_ZIP_ENTRIES} files inside it, far more than a toolkit workbook, so it was not opened. Check you chose the right file.`,
  altered:
    'This workbook has been changed outside a spreadsheet program (one of its parts declares its own document type, which Excel never writes), so it was not opened.',
  unreadable: `This workbook could not be read. ${SAVE_AS_XLSX} Then try again.`,
} as const;

export const fileTooLarge = (bytes: number) =>
  `The file is too large (${formatMegabytes(bytes)}). A toolkit workbook is much smaller; the largest accepted is ${formatMegabytes(MAX_FILE_BYTES)}.`;

export const partTooLarge = (part: string, bytes: number) =>
  `This workbook is too large to open: its part ${part} would unpack to ${formatMegabytes(bytes)}, and a toolkit workbook's parts are at most ${formatMegabytes(MAX_PART_BYTES)}. Check you chose the right file.`;

export const totalTooLarge = (bytes: number) =>
  `This workbook is too large to open: it would unpack to ${formatMegabytes(bytes)}, and a toolkit workbook unpacks to at most ${formatMegabytes(MAX_TOTAL_BYTES)}. Check you chose the right file.`;

export const unpacksPastDeclared = (part: string) =>
  `This workbook is damaged or has been tampered with: its part ${part} unpacks to more than it says, so it was not opened.`;

export const sheetTooLarge = (sheet: string, lastRow: number, lastColumn: string) =>
  `The sheet "${sheet}" is too big for a toolkit: its cells reach row ${lastRow} and column ${lastColumn}, more than ${MAX_SHEET_CELLS.toLocaleString('en-GB')} cells. Delete anything typed below or to the right of the toolkit, save, and try again.`;
