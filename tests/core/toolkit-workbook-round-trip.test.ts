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

/** Twelve sections of three statements on a five-level scale from 0, with every optional part, and clean under the editorial rules. */
function twelveSectionToolkit(): Toolkit {
  const levels = [0, 1, 2, 3, 4].map((value) => ({ value, label: `Stage ${value}` }));
  const sectionIds = Array.from({ length: 12 }, (_, s) => `section-${s + 1}`);
  const statement = (s: number, i: number) => ({
    id: `s${s + 1}-statement-${i + 1}`,
    statement: `Practice ${s + 1}.${i + 1} is visible in every classroom.`,
    descriptors: Object.fromEntries(levels.map((level) => [String(level.value), `At stage ${level.value}, practice ${s + 1}.${i + 1} looks like this.`])),
    evidencePrompts: [`What share of lessons showed practice ${s + 1}.${i + 1} last week?`, 'What do pupils say about it?'],
    suggestedActions: [
      { action: `Start practice ${s + 1}.${i + 1} in one year group.`, successMeasure: 'All classes in that year use it by the end of the spring term.', whenRated: 0 },
      { action: `Share practice ${s + 1}.${i + 1} with every class.`, successMeasure: 'Nine in ten lessons show it by the summer term.' },
    ],
    reference: `Local guidance, part ${s + 1}.`,
    // One core statement per section: twelve in all, the fewest a quick review takes.
    ...(i === 0 ? { core: true } : i === 1 ? { core: false } : {}),
    ...(i === 2 && s % 3 === 0 ? { legalDuty: { duty: 'Schools must do this.', source: `An Act, section ${s + 1}`, metFromLevel: 3 } } : {}),
    ...(i === 1 && s === 0 ? { replaces: ['earlier-one', 'earlier-two'] } : {}),
  });
  const questionnaire = (id: 'pupils' | 'staff', count: number) => ({
    id,
    title: `What ${id} think`,
    audience: id,
    introduction: 'Tell us what you think.',
    statements: Array.from({ length: count }, (_, q) => ({ id: `${id}-${q + 1}`, text: `Statement ${q + 1} is true here.`, domainIds: sectionIds.slice(q % 12, (q % 12) + 2) })),
  });
  return {
    schemaVersion: 1,
    id: 'twelve-sections',
    version: '3.1.4',
    title: 'Twelve sections',
    summary: 'A large toolkit.',
    audience: 'Everyone.',
    scale: { levels, allowNotApplicable: false },
    domains: sectionIds.map((id, s) => ({
      id,
      title: `Section ${s + 1}`,
      shortTitle: `S${s + 1}`,
      description: `Whether section ${s + 1} is in place.`,
      indicators: [0, 1, 2].map((i) => statement(s, i)),
      ...(s < 2 ? { inspectionAreaIds: ['leadership', 'behaviour'] } : {}),
    })),
    inspectionSource: 'A framework, 2026',
    inspectionAreas: [
      { id: 'leadership', title: 'Leadership' },
      { id: 'behaviour', title: 'Behaviour' },
    ],
    glossary: [{ term: 'Practice', definition: 'What staff do.', also: ['practices', 'practise'] }],
    questionnaires: [questionnaire('pupils', 8), questionnaire('staff', 12)],
    respondentGroups: [
      { id: 'leaders', title: 'Leaders' },
      { id: 'teachers', title: 'Teachers' },
    ],
  };
}

describe('a twelve-section toolkit on a five-level scale from 0', () => {
  it('is the same toolkit after the round trip, and passes every rule', () => {
    const toolkit = twelveSectionToolkit();
    const data = asData(toolkit);
    expect(data.sheets.find((sheet) => sheet.name === 'Indicators')!.rows[0]!.slice(4, 9)).toEqual([0, 1, 2, 3, 4].map((level) => `Descriptor for level ${level}`));
    expectSameToolkit(workbookToToolkit(data), toolkit);
  });
});
