import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkbookSpec } from '../../src/core/workbook';
import ExcelJS from '../../src/xlsx/exceljs';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { DATA_ROWS, writeWorkbook } from '../../src/xlsx/write-workbook';
import { partsOf } from './crafted-zips';

const SPEC: WorkbookSpec = {
  title: 'Attendance self-evaluation',
  sheets: [
    {
      name: 'About',
      columns: [
        { heading: 'Field', help: 'What this row gives.', width: 20 },
        { heading: 'Value', help: 'The toolkit’s value for it.', width: 60 },
      ],
      rows: [
        ['Title', 'Attendance self-evaluation'],
        ['Version', '2.0.0'],
      ],
    },
    {
      name: 'Statements',
      columns: [
        { heading: 'Section', help: 'The id of the section the statement is in.', width: 12 },
        { heading: 'Statement', help: 'What a school that does this well does, in one sentence.', width: 60 },
        { heading: 'Core', help: 'yes if the statement is in the quick review.', width: 8, rule: { kind: 'list', values: ['yes', 'no'] } },
        { heading: 'Level', help: 'A whole number from 1 to 4.', width: 8, rule: { kind: 'whole', min: 1, max: 4 } },
      ],
      rows: [
        ['attendance-1', '=1+1', 'yes', 2],
        ['attendance-1', '@x', null, null],
        ['attendance-2', '+44 20 7946 0000 and -3', 'no', 4],
      ],
    },
  ],
};

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const sheetXml = (bytes: Uint8Array, index: number) => new TextDecoder().decode(partsOf(bytes)[`xl/worksheets/sheet${index}.xml`]);

describe('writeWorkbook', () => {
  it('reads back as the heading row, then the rows, of each sheet in order', async () => {
    expect(await readWorkbook(await writeWorkbook(SPEC))).toEqual({
      ok: true,
      data: {
        sheets: [
          { name: 'About', rows: [['Field', 'Value'], ...SPEC.sheets[0]!.rows] },
          { name: 'Statements', rows: [['Section', 'Statement', 'Core', 'Level'], ...SPEC.sheets[1]!.rows] },
        ],
      },
    });
  });

  it('keeps strings that start with =, @, + or - as text, never formulas', async () => {
    const bytes = await writeWorkbook(SPEC);
    const xml = sheetXml(bytes, 2);
    expect(xml).not.toMatch(/<f[ >]/);
    const worksheet = (await load(bytes)).getWorksheet('Statements')!;
    for (const address of ['B2', 'B3', 'B4']) expect(worksheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
    expect(worksheet.getCell('B2').value).toBe('=1+1');
    expect(worksheet.getCell('B3').value).toBe('@x');
  });

  it('sets the title and creator, and makes the heading row bold and frozen with the help as notes', async () => {
    const workbook = await load(await writeWorkbook(SPEC));
    expect(workbook.title).toBe('Attendance self-evaluation');
    expect(workbook.creator).toBe('Reflect');
    const worksheet = workbook.getWorksheet('Statements')!;
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(worksheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(worksheet.getCell('A2').font?.bold).toBeFalsy();
    expect(noteText(worksheet, 'D1')).toBe('A whole number from 1 to 4.');
    expect(noteText(worksheet, 'A1')).toBe('The id of the section the statement is in.');
    expect(worksheet.getCell('A2').note).toBeUndefined();
  });

  it('gives each column its width and wraps its text, in the rows written and below them', async () => {
    const worksheet = (await load(await writeWorkbook(SPEC))).getWorksheet('Statements')!;
    expect([1, 2, 3, 4].map((column) => worksheet.getColumn(column).width)).toEqual([12, 60, 8, 8]);
    expect(worksheet.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(worksheet.getColumn(2).alignment).toMatchObject({ wrapText: true });
  });

  it('turns each rule into data validation over the rows below the heading, with the help as its prompt', async () => {
    const worksheet = (await load(await writeWorkbook(SPEC))).getWorksheet('Statements')!;
    const list = {
      type: 'list',
      formulae: ['"yes,no"'],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: 'Core',
      prompt: 'yes if the statement is in the quick review.',
      showErrorMessage: true,
      errorStyle: 'stop',
      error: 'Choose one of: yes, no.',
    };
    expect(worksheet.getCell('C2').dataValidation).toMatchObject(list);
    expect(worksheet.getCell(`C${DATA_ROWS + 1}`).dataValidation).toMatchObject(list);
    expect(worksheet.getCell(`C${DATA_ROWS + 2}`).dataValidation).toBeUndefined();
    expect(worksheet.getCell('C1').dataValidation).toBeUndefined();
    expect(worksheet.getCell('D500').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [1, 4],
      prompt: 'A whole number from 1 to 4.',
      showErrorMessage: true,
      error: 'Type a whole number from 1 to 4.',
    });
    expect(worksheet.getCell('B2').dataValidation).toBeUndefined();
  });

  it('keeps titles, prompts and lists within what Excel accepts', async () => {
    const sections = Array.from({ length: 12 }, (_, index) => `Leadership and management of attendance, part ${index + 1}`);
    const bytes = await writeWorkbook({
      title: 'Long',
      sheets: [
        {
          name: 'Statements',
          columns: [
            { heading: 'A heading far longer than thirty-two characters', help: 'Help. '.repeat(100), width: 10, rule: { kind: 'list', values: ['yes', 'no'] } },
            { heading: 'Section', help: 'Which section.', width: 10, rule: { kind: 'list', values: sections } },
            { heading: 'Comma', help: 'A value with a comma.', width: 10, rule: { kind: 'list', values: ['yes, mostly', 'no'] } },
          ],
          rows: [],
        },
      ],
    });
    const validations = [...sheetXml(bytes, 1).matchAll(/<dataValidation [^>]*>/g)].map(([tag]) => tag);
    expect(validations).toHaveLength(3);
    const attribute = (tag: string, name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
    expect(Array.from(attribute(validations[0]!, 'promptTitle')!)).toHaveLength(32);
    expect(Array.from(attribute(validations[0]!, 'prompt')!)).toHaveLength(255);
    expect(attribute(validations[0]!, 'prompt')).toMatch(/…$/);
    // Lists Excel cannot hold inline keep the prompt and lose the drop-down.
    for (const tag of validations.slice(1)) {
      expect(attribute(tag, 'type')).toBeUndefined();
      expect(attribute(tag, 'showInputMessage')).toBe('1');
    }
  });

  it('refuses a value no spreadsheet can hold, naming its cell', async () => {
    const spec = (value: number | string): WorkbookSpec => ({
      title: 'Bad',
      sheets: [{ name: 'Statements', columns: [{ heading: 'Level', help: '', width: 8 }], rows: [[1], [value]] }],
    });
    await expect(writeWorkbook(spec(Number.NaN))).rejects.toThrow('Statements!A3: NaN');
    await expect(writeWorkbook(spec('x'.repeat(32_768)))).rejects.toThrow('Statements!A3: 32768 characters');
    await expect(writeWorkbook({ title: 'Bad', sheets: [{ name: 'S'.repeat(32), columns: [], rows: [] }] })).rejects.toThrow('over the 31 characters');
    await expect(writeWorkbook({ title: 'Bad', sheets: [{ name: 'Statements?', columns: [], rows: [] }] })).rejects.toThrow();
  });
});

function noteText(worksheet: Worksheet, address: string): string | undefined {
  const note = worksheet.getCell(address).note;
  return typeof note === 'string' ? note : note?.texts?.map((run) => run.text).join('');
}
