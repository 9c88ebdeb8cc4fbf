import { describe, expect, it } from 'vitest';
import { formatProblem, parseToolkit } from '../../src/core/parse-toolkit';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

function problemsOf(input: unknown): string[] {
  const result = parseToolkit(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The fixture with every second-edition field filled in correctly. */
function secondEdition(): Toolkit {
  const toolkit = makeToolkit();
  toolkit.inspectionSource = 'A framework, November 2025';
  toolkit.inspectionAreas = [
    { id: 'inclusion', title: 'Inclusion' },
    { id: 'attendance-and-behaviour', title: 'Attendance and behaviour' },
  ];
  toolkit.domains[0]!.inspectionAreaIds = ['inclusion', 'attendance-and-behaviour'];
  toolkit.domains[0]!.indicators[0]!.core = true;
  toolkit.domains[0]!.indicators[0]!.legalDuty = { duty: 'Schools must keep a register.', source: 'Regulations 2024, reg 10', metFromLevel: 3 };
  toolkit.domains[0]!.indicators[1]!.replaces = ['old-a', 'old-b'];
  toolkit.glossary = [{ term: 'Statement', definition: 'What good looks like.', also: ['statements'] }];
  toolkit.questionnaires = [
    { id: 'families', title: 'Families', audience: 'families', introduction: 'Tell us.', statements: [{ id: 'welcome', text: 'I feel welcome.', domainIds: ['first'] }] },
  ];
  return toolkit;
}

describe('second-edition toolkit fields', () => {
  it('accepts legal duties, core statements, replaced ids, inspection areas, a glossary and questionnaires', () => {
    expect(problemsOf(secondEdition())).toEqual([]);
  });

  it('rejects a legal duty met from a level the scale does not have', () => {
    const toolkit = secondEdition();
    toolkit.domains[0]!.indicators[0]!.legalDuty!.metFromLevel = 5;
    expect(problemsOf(toolkit)).toEqual(['domains[0].indicators[0].legalDuty.metFromLevel: level 5 is not on the scale']);
  });

  it('rejects a legal duty without its source', () => {
    const toolkit = secondEdition() as unknown as { domains: Array<{ indicators: Array<{ legalDuty: Record<string, unknown> }> }> };
    delete toolkit.domains[0]!.indicators[0]!.legalDuty.source;
    expect(problemsOf(toolkit)).toEqual([expect.stringMatching(/^domains\[0\]\.indicators\[0\]\.legalDuty\.source: /)]);
  });

  it('rejects an inspection area a domain names but the toolkit does not define, and duplicate areas', () => {
    const toolkit = secondEdition();
    toolkit.domains[1]!.inspectionAreaIds = ['safeguarding'];
    toolkit.inspectionAreas!.push({ id: 'inclusion', title: 'Inclusion again' });
    expect(problemsOf(toolkit)).toEqual([
      'inspectionAreas[2].id: duplicate inspection area id "inclusion"',
      'domains[1].inspectionAreaIds[0]: "safeguarding" is not one of the toolkit\'s inspectionAreas',
    ]);
  });

  it('rejects replacing an id this edition still has, or replacing one id twice', () => {
    const toolkit = secondEdition();
    toolkit.domains[0]!.indicators[2]!.replaces = ['a1'];
    toolkit.domains[1]!.indicators[0]!.replaces = ['old-b'];
    expect(problemsOf(toolkit)).toEqual([
      'domains[0].indicators[2].replaces[0]: "a1" is still a statement in this edition, so nothing replaces it',
      'domains[1].indicators[0].replaces[0]: "old-b" is already replaced by "a2"; its answer can go to one statement only',
    ]);
  });

  it('rejects a glossary term defined twice', () => {
    const toolkit = secondEdition();
    toolkit.glossary!.push({ term: 'statement', definition: 'Again.' });
    expect(problemsOf(toolkit)).toEqual(['glossary[1].term: "statement" is defined twice']);
  });

  it('rejects a questionnaire statement for an unknown domain, and duplicate ids', () => {
    const toolkit = secondEdition();
    const questionnaire = toolkit.questionnaires![0]!;
    questionnaire.statements.push({ id: 'welcome', text: 'Again.', domainIds: ['nowhere'] });
    toolkit.questionnaires!.push({ ...questionnaire, statements: [questionnaire.statements[0]!] });
    expect(problemsOf(toolkit)).toEqual([
      'questionnaires[0].statements[1].id: duplicate statement id "welcome"',
      'questionnaires[0].statements[1].domainIds[0]: "nowhere" is not a domain of this toolkit',
      'questionnaires[1].id: duplicate questionnaire id "families"',
    ]);
  });

  it('rejects a questionnaire for an audience the app does not know', () => {
    const toolkit = secondEdition() as unknown as { questionnaires: Array<Record<string, unknown>> };
    toolkit.questionnaires[0]!.audience = 'governors';
    expect(problemsOf(toolkit)).toEqual([expect.stringMatching(/^questionnaires\[0\]\.audience: /)]);
  });

  it('rejects a questionnaire statement that informs no domain', () => {
    const toolkit = secondEdition();
    toolkit.questionnaires![0]!.statements[0]!.domainIds = [];
    expect(problemsOf(toolkit)).toEqual(['questionnaires[0].statements[0].domainIds: must name at least one domain it informs']);
  });
});
