/**
 * Workbooks that exceljs did not write. The fixtures were made with
 * LibreOffice Calc 7.4 (headless, "Calc MS Excel 2007 XML"): one from the
 * flat ODS file beside it, one from the workbook SPEC below as writeWorkbook
 * wrote it, opened and saved again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from '../../src/xlsx/exceljs';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/xlsx/${name}`, import.meta.url)));

describe('workbooks saved by another spreadsheet program', () => {
  it('reads formulas, errors, dates and merged cells from a workbook made in it', async () => {
    expect(await readWorkbook(fixture('made-in-libreoffice.xlsx'))).toEqual({
      ok: true,
      data: {
        sheets: [
          {
            name: 'Statements',
            // Calc saves TRUE as the number 1 with a boolean format (Excel saves a boolean).
            rows: [
              ['Section', { formula: '=1+1' }, { formula: '=1/0' }, '2026-12-03', 1],
              ['Merged', null, 3.5, null, null],
            ],
          },
          { name: 'Second', rows: [['=not a formula']] },
        ],
      },
    });
  });

  it('reads our template back after it was opened and saved there, its rules and notes kept', async () => {
    const bytes = fixture('written-then-saved-by-libreoffice.xlsx');
    expect(await readWorkbook(bytes)).toEqual({
      ok: true,
      data: {
        sheets: [
          { name: 'About', rows: [['Field', 'Value'], ['Title', 'Attendance'], ['Version', '2.0.0']] },
          {
            name: 'Statements',
            rows: [
              ['Section', 'Statement', 'Core', 'Level'],
              ['attendance-1', '=1+1', 'yes', 3],
              ['attendance-1', '@x', null, null],
              ['attendance-2', 'Registers are taken twice a day', 'no', 4],
            ],
          },
        ],
      },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Statements')!;
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', prompt: 'yes or no', error: 'Choose one of: yes, no.' });
    expect(sheet.getCell('D1001').dataValidation).toMatchObject({ type: 'whole', formulae: [1, 4] });
    expect(sheet.getCell('A1').note).toMatchObject({ texts: [{ text: 'The section id' }] });
    expect(workbook.title).toBe('Attendance self-evaluation');
  });
});
