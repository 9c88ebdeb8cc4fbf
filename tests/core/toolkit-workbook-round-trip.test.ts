import { describe, expect, it } from 'vitest';
import { lintToolkit } from '../../src/core/lint-toolkit';
import { formatProblem } from '../../src/core/parse-toolkit';
import { toolkitContentHash } from '../../src/core/toolkit-identity';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { workbookToToolkit } from '../../src/core/workbook-to-toolkit';
import { readToolkit, templateData, workbookOf as asData } from '../fixtures/toolkit-workbooks';

function expectSameToolkit(result: ReturnType<typeof workbookToToolkit>, toolkit: Toolkit) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  // $schema only points an editor at the JSON Schema; a workbook has nowhere to keep it, and the hash leaves it out.
  const content = { ...toolkit };
  delete content.$schema;
  expect(result.value).toStrictEqual(content);
  expect(toolkitContentHash(result.value)).toBe(toolkitContentHash(toolkit));
}

describe('a toolkit written as a workbook and read back', () => {
  it.each(['toolkits/attendance.json', 'toolkits/positive-relationships.json', 'tests/fixtures/arrival-routines-toolkit.json'])('is the same toolkit: %s', (file) => {
    const toolkit = readToolkit(file);
    expectSameToolkit(workbookToToolkit(asData(toolkit)), toolkit);
  });

  it('is the same toolkit for a first edition written before the editorial rules, read without them', () => {
    const toolkit = readToolkit('tests/fixtures/attendance-first-edition.json');
    expectSameToolkit(workbookToToolkit(asData(toolkit), { editorialRules: false }), toolkit);
  });

  it('reports the editorial rules a first edition breaks at their cells, unless told not to apply them', () => {
    const result = workbookToToolkit(asData(readToolkit('tests/fixtures/attendance-first-edition.json')));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain('Suggested actions!C14: does not say how much (a number or a proportion)');
  });
});

describe('templateWorkbook', () => {
  it('installs, and passes every editorial rule', () => {
    const result = workbookToToolkit(templateData());
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(lintToolkit(result.value)).toEqual([]);
  });
});
