import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, parseToolkit } from '../../src/core/parse-toolkit';
import { makeToolkit } from '../fixtures/toolkits';

const toolkitsDir = resolve(import.meta.dirname, '../../toolkits');
const shipped = readdirSync(toolkitsDir).filter((file) => file.endsWith('.json') && file !== 'toolkit.schema.json');

function problemsOf(input: unknown): string[] {
  const result = parseToolkit(input);
  if (result.ok) throw new Error('expected the toolkit to be rejected');
  return result.problems.map(formatProblem);
}

describe('parseToolkit', () => {
  it('finds at least the attendance toolkit in toolkits/', () => {
    expect(shipped).toContain('attendance.json');
  });

  it.each(shipped)('accepts the shipped toolkit %s', (file) => {
    const result = parseToolkit(JSON.parse(readFileSync(resolve(toolkitsDir, file), 'utf8')));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('accepts the test fixture', () => {
    expect(parseToolkit(makeToolkit()).ok).toBe(true);
  });

  it('rejects something that is not an object', () => {
    expect(problemsOf('attendance')).toEqual([expect.stringMatching(/expected object/i)]);
  });

  it('names the level a descriptor is missing for, with its path', () => {
    const toolkit = makeToolkit();
    delete (toolkit.domains[1]!.indicators[0]!.descriptors as Record<string, string>)['3'];
    expect(problemsOf(toolkit)).toEqual(['domains[1].indicators[0].descriptors: missing level 3']);
  });

  it('reports every problem, not just the first', () => {
    const toolkit = makeToolkit() as unknown as Record<string, unknown> & ReturnType<typeof makeToolkit>;
    toolkit.domains[0]!.indicators[1]!.statement = '   ';
    toolkit.domains[1]!.shortTitle = 'A short title that is far too long for the chart';
    toolkit.domains[1]!.indicators[1]!.id = 'a1';
    (toolkit as Record<string, unknown>).version = 'one';
    expect(problemsOf(toolkit).sort()).toEqual(
      [
        'version: must be a version like 1.0.0',
        'domains[0].indicators[1].statement: must not be empty',
        'domains[1].shortTitle: must be at most 24 characters to fit the chart',
        'domains[1].indicators[1].id: duplicate indicator id "a1"',
      ].sort(),
    );
  });

  it('reports duplicate domain and indicator ids', () => {
    const toolkit = makeToolkit();
    toolkit.domains[1]!.indicators[1]!.id = 'a1';
    toolkit.domains[1]!.id = 'first';
    expect(problemsOf(toolkit)).toEqual(['domains[1].id: duplicate domain id "first"', 'domains[1].indicators[1].id: duplicate indicator id "a1"']);
  });

  it('reads the toolkit’s own respondent groups, and rejects an empty list or a repeated id', () => {
    const groups = [{ id: 'class-teachers', title: 'Class teachers' }, { id: 'pastoral', title: 'Pastoral staff' }];
    const parsed = parseToolkit({ ...makeToolkit(), respondentGroups: groups });
    expect(parsed.ok && parsed.value.respondentGroups).toEqual(groups);
    expect(problemsOf({ ...makeToolkit(), respondentGroups: [] })).toEqual(['respondentGroups: needs at least one group, or leave it out to offer the usual staff groups']);
    expect(problemsOf({ ...makeToolkit(), respondentGroups: [...groups, { id: 'pastoral', title: 'Pastoral team' }] })).toEqual(['respondentGroups[2].id: duplicate group id "pastoral"']);
  });

  it('rejects ids that are not kebab-case, and unknown fields', () => {
    const toolkit = makeToolkit() as unknown as { domains: Array<Record<string, unknown>> };
    toolkit.domains[0]!.id = 'First Domain';
    toolkit.domains[0]!.colour = 'red';
    const problems = problemsOf(toolkit);
    expect(problems).toContain('domains[0].id: must be kebab-case: lower-case letters, digits and single hyphens');
    expect(problems).toContainEqual(expect.stringMatching(/^domains\[0\]: .*colour/));
  });

  it('rejects a descriptor for a level the scale does not have', () => {
    const toolkit = makeToolkit();
    (toolkit.domains[0]!.indicators[2]!.descriptors as Record<string, string>)['5'] = 'Beyond the scale.';
    expect(problemsOf(toolkit)).toEqual(['domains[0].indicators[2].descriptors.5: level 5 is not on the scale']);
  });

  it('reads the rating a suggested action is for, and rejects one the scale does not have', () => {
    const toolkit = makeToolkit();
    toolkit.domains[0]!.indicators[0]!.suggestedActions = [
      { action: 'Start.', successMeasure: 'Started.', whenRated: 1 },
      { action: 'Sustain.', successMeasure: 'Sustained.', whenRated: 4 },
    ];
    expect(parseToolkit(toolkit).ok).toBe(true);
    toolkit.domains[0]!.indicators[0]!.suggestedActions[1]!.whenRated = 5;
    expect(problemsOf(toolkit)).toEqual(['domains[0].indicators[0].suggestedActions[1].whenRated: level 5 is not on the scale']);
  });

  it('rejects a toolkit written for another schema version', () => {
    expect(problemsOf({ ...makeToolkit(), schemaVersion: 2 })).toEqual([
      'schemaVersion: must be 1 (this app reads toolkit schema version 1)',
    ]);
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['domains'], 'domains'],
    [['domains', 2, 'indicators', 0, 'descriptors'], 'domains[2].indicators[0].descriptors'],
    [['scale', 'levels', 1, 'label'], 'scale.levels[1].label'],
  ])('formats %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
