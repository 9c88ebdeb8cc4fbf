import { describe, expect, it } from 'vitest';
import ExcelJS from '../../src/xlsx/exceljs';
import { MAX_FILE_BYTES } from '../../src/xlsx/limits';
import { WORKBOOK_MESSAGES, fileTooLarge, partTooLarge, sheetTooLarge, totalTooLarge, unpacksPastDeclared } from '../../src/xlsx/messages';
import { checkWorkbookSize, readWorkbook } from '../../src/xlsx/read-workbook';
import { readZipEntries } from '../../src/xlsx/zip-entries';
import { minimalWorkbookParts, patchCentral, zipOf } from './crafted-zips';

const SHEET = 'xl/worksheets/sheet1.xml';

async function written(build: (workbook: InstanceType<typeof ExcelJS.Workbook>) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The minimal workbook with its sheet's XML changed. */
async function withSheet(change: (xml: string) => string): Promise<Uint8Array> {
  const parts = await minimalWorkbookParts();
  return zipOf({ ...parts, [SHEET]: change(new TextDecoder().decode(parts[SHEET])) });
}

/** Refused with `message`, quickly (a crafted file must never keep the page busy). */
async function expectRefused(bytes: Uint8Array, message: string) {
  const started = performance.now();
  await expect(readWorkbook(bytes)).resolves.toEqual({ ok: false, message });
  expect(performance.now() - started).toBeLessThan(1000);
}

describe('readWorkbook: cells', () => {
  it('reads formulas as their formula and errors as their error, never a saved result', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet('Statements');
      sheet.getCell('A1').value = { formula: 'SUM(B1:B2)', result: 7 };
      sheet.getCell('B1').value = { error: '#REF!' };
      sheet.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(await readWorkbook(bytes)).toEqual({
      ok: true,
      data: { sheets: [{ name: 'Statements', rows: [[{ formula: '=SUM(B1:B2)' }, { error: '#REF!' }, { formula: '=1/0' }]] }] },
    });
  });

  it('reads text, rich text, numbers, booleans, links and dates as plain values, and gaps as null', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet('Statements');
      sheet.getCell('A1').value = 'Registers';
      sheet.getCell('B1').value = { richText: [{ text: 'Registers ', font: { bold: true } }, { text: 'twice a day' }] };
      sheet.getCell('C1').value = 3.5;
      sheet.getCell('D1').value = true;
      sheet.getCell('A3').value = { text: 'The guidance', hyperlink: 'https://www.gov.uk/' };
      sheet.getCell('B3').value = new Date(Date.UTC(2026, 11, 3));
      sheet.getCell('C3').value = new Date(Date.UTC(2026, 11, 3, 9, 30));
      sheet.getCell('D3').value = '';
      // Styled but empty rows below the last value are not rows of the toolkit.
      sheet.getCell('A9').font = { bold: true };
    });
    expect(await readWorkbook(bytes)).toEqual({
      ok: true,
      data: {
        sheets: [
          {
            name: 'Statements',
            rows: [
              ['Registers', 'Registers twice a day', 3.5, true],
              [null, null, null, null],
              ['The guidance', '2026-12-03', '2026-12-03T09:30:00', null],
            ],
          },
        ],
      },
    });
  });

  it('gives the sheets in workbook order with their names, an empty sheet with no rows', async () => {
    const bytes = await written((workbook) => {
      workbook.addWorksheet('About').getCell('A1').value = 'Title';
      workbook.addWorksheet('Empty');
      workbook.addWorksheet('Statements').getCell('B2').value = 'Registers';
    });
    expect(await readWorkbook(bytes)).toEqual({
      ok: true,
      data: {
        sheets: [
          { name: 'About', rows: [['Title']] },
          { name: 'Empty', rows: [] },
          { name: 'Statements', rows: [[null, null], [null, 'Registers']] },
        ],
      },
    });
  });

  it('reads a merged range as its value in the top-left cell only', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet('Statements');
      sheet.getCell('A1').value = 'Section';
      sheet.mergeCells('A1:B2');
    });
    expect(await readWorkbook(bytes)).toMatchObject({ ok: true, data: { sheets: [{ rows: [['Section']] }] } });
  });
});

describe('readWorkbook: files that are not toolkit workbooks', () => {
  it('refuses an empty file', async () => {
    await expectRefused(new Uint8Array(0), WORKBOOK_MESSAGES.empty);
  });

  it('refuses a 20 MB file by its size alone, before parsing it', async () => {
    // Zeros would be "not a zip" if they were parsed: the size message shows they were not.
    const bytes = new Uint8Array(20 * 1024 * 1024);
    await expectRefused(bytes, fileTooLarge(bytes.length));
    expect(fileTooLarge(bytes.length)).toBe('The file is too large (20 MB). A toolkit workbook is much smaller; the largest accepted is 5.0 MB.');
    await expect(readWorkbook(new Uint8Array(MAX_FILE_BYTES))).resolves.toEqual({ ok: false, message: WORKBOOK_MESSAGES.notXlsx });
  });

  it('says from a size alone whether a file can be read, so a page need not read a huge one', () => {
    expect(checkWorkbookSize(0)).toBe(WORKBOOK_MESSAGES.empty);
    expect(checkWorkbookSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkWorkbookSize(MAX_FILE_BYTES + 1)).toBe(fileTooLarge(MAX_FILE_BYTES + 1));
  });

  it('refuses a file that is not a zip, and says so', async () => {
    await expectRefused(new TextEncoder().encode('Section,Statement\nattendance-1,Registers\n'), WORKBOOK_MESSAGES.notXlsx);
    expect(WORKBOOK_MESSAGES.notXlsx).toMatch(/^This file is not an Excel workbook \(\.xlsx\)/);
  });

  it('says an older Excel file or a password-protected workbook is one', async () => {
    const compoundFile = new Uint8Array(4096);
    compoundFile.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefused(compoundFile, WORKBOOK_MESSAGES.oldExcelOrPassword);
  });

  it('refuses a zip that holds no workbook, such as a Word document', async () => {
    await expectRefused(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), WORKBOOK_MESSAGES.zipWithoutWorkbook);
  });

  it('refuses a workbook whose parts do not parse', async () => {
    const parts = await minimalWorkbookParts();
    await expectRefused(zipOf({ ...parts, 'xl/workbook.xml': '<workbook><sheets><sheet name="S"' }), WORKBOOK_MESSAGES.unreadable);
  });

  it('refuses a workbook with a document type declaration (entity expansion)', async () => {
    await expectRefused(
      await withSheet((xml) => xml.replace('?>', '?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')),
      WORKBOOK_MESSAGES.altered,
    );
  });
});

describe('readWorkbook: crafted zips', () => {
  it('refuses a part that declares a huge size, before unpacking anything', async () => {
    const zip = patchCentral(zipOf(await minimalWorkbookParts()), SHEET, 'uncompressedSize', 0xf0000000);
    await expectRefused(zip, partTooLarge(SHEET, 0xf0000000));
  });

  it('refuses parts whose declared sizes add up to too much', async () => {
    const parts = await minimalWorkbookParts();
    const sheets = Object.fromEntries([2, 3, 4].map((n) => [`xl/worksheets/sheet${n}.xml`, '<worksheet/>']));
    let zip = zipOf({ ...parts, ...sheets });
    for (const name of Object.keys(sheets)) zip = patchCentral(zip, name, 'uncompressedSize', 3 * 1024 * 1024);
    const declared = Object.values(parts).reduce((sum, part) => sum + part.length, 0) + 9 * 1024 * 1024;
    await expectRefused(zip, totalTooLarge(declared));
    expect(totalTooLarge(declared)).toMatch(/^This workbook is too large to open: it would unpack to 9\.0 MB, and a toolkit workbook unpacks to at most 8\.0 MB/);
  });

  it('stops a part whose data inflates far past what it declares', async () => {
    const parts = await minimalWorkbookParts();
    // 16 MB of zeros in the sheet, which says it holds 2,000 bytes.
    const zip = patchCentral(zipOf({ ...parts, [SHEET]: new Uint8Array(16 * 1024 * 1024) }), SHEET, 'uncompressedSize', 2000);
    await expectRefused(zip, unpacksPastDeclared(SHEET));
  });

  it('refuses a zip of too many files', async () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`xl/media/image${index}.png`, 'x']));
    await expectRefused(zipOf({ ...(await minimalWorkbookParts()), ...many }), WORKBOOK_MESSAGES.tooManyEntries);
  });

  it('refuses garbled deflate data as damaged', async () => {
    const zip = zipOf({ ...(await minimalWorkbookParts()), [SHEET]: 'Registers are taken twice a day. '.repeat(200) });
    const listed = readZipEntries(zip, 10);
    const sheet = listed.ok ? listed.entries.find((entry) => entry.name === SHEET)! : undefined;
    zip.fill(0xff, sheet!.dataStart + 2, sheet!.dataStart + sheet!.compressedSize);
    await expectRefused(zip, WORKBOOK_MESSAGES.damaged);
  });
});

describe('readWorkbook: ranges that would make exceljs work per cell', () => {
  const HUGE = 'A1:XFD1048576';

  it('reads a workbook with a name over the whole sheet without expanding it', async () => {
    const parts = await minimalWorkbookParts();
    const workbookXml = new TextDecoder().decode(parts['xl/workbook.xml']).replace('</sheets>', `</sheets><definedNames><definedName name="all">Sheet!$A$1:$XFD$1048576</definedName></definedNames>`);
    await expect(readWorkbook(zipOf({ ...parts, 'xl/workbook.xml': workbookXml }))).resolves.toMatchObject({ ok: true, data: { sheets: [{ rows: [['x']] }] } });
  });

  it.each([
    ['merged cells', (xml: string) => xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${HUGE}"/></mergeCells>`)],
    ['data validation', (xml: string) => xml.replace('</sheetData>', `</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="${HUGE}"><formula1>1</formula1><formula2>4</formula2></dataValidation></dataValidations>`)],
    ['column settings', (xml: string) => xml.replace('<sheetData>', '<cols><col min="1" max="100000000" width="9"/></cols><sheetData>')],
  ])('reads a sheet with %s over the whole sheet without expanding them', async (_, change) => {
    const started = performance.now();
    await expect(readWorkbook(await withSheet(change))).resolves.toMatchObject({ ok: true, data: { sheets: [{ rows: [['x']] }] } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a sheet whose last cell is far from its first, before making its rows', async () => {
    await expectRefused(
      await withSheet((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>')),
      sheetTooLarge('Sheet', 1048576, 'XFD'),
    );
  });
});
