/**
 * The whole trip a council's workbook makes: a toolkit written as .xlsx bytes
 * by the app's writer, read back by its reader, and turned into a toolkit by
 * the same mapping and checks an install uses, gives the toolkit it started as.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/parse-toolkit';
import { toolkitContentHash } from '../../src/core/toolkit-identity';
import { toolkitToWorkbook } from '../../src/core/toolkit-to-workbook';
import { workbookToToolkit } from '../../src/core/workbook-to-toolkit';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { readToolkit } from '../fixtures/toolkit-workbooks';

describe('a toolkit written to .xlsx bytes and installed from them', () => {
  it.each(['toolkits/attendance.json', 'toolkits/positive-relationships.json', 'tests/fixtures/arrival-routines-toolkit.json'])('is the same toolkit: %s', async (file) => {
    const toolkit = readToolkit(file);
    const read = await readWorkbook(await writeWorkbook(toolkitToWorkbook(toolkit)));
    if (!read.ok) throw new Error(read.message);
    const installed = workbookToToolkit(read.data);
    if (!installed.ok) throw new Error(installed.problems.map(formatProblem).join('\n'));
    const content = { ...toolkit };
    // An editor's pointer to the JSON Schema, not content: a workbook has nowhere to keep it.
    delete content.$schema;
    expect(installed.value).toStrictEqual(content);
    expect(toolkitContentHash(installed.value)).toBe(toolkitContentHash(toolkit));
  });
});
