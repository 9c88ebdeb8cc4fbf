import { describe, expect, it } from 'vitest';
import { countListedConditions, lintToolkit, measurableParts } from '../../src/core/lint-toolkit';
import { formatProblem } from '../../src/core/parse-toolkit';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

/** The fixture with measurable success measures, so that it passes every editorial rule. */
function cleanToolkit(): Toolkit {
  const toolkit = makeToolkit();
  for (const domain of toolkit.domains) {
    for (const indicator of domain.indicators) {
      indicator.suggestedActions = [{ action: `Improve ${indicator.id}.`, successMeasure: `All staff use ${indicator.id} by the end of the spring term.` }];
    }
  }
  return toolkit;
}

const problemsOf = (toolkit: Toolkit) => lintToolkit(toolkit).map(formatProblem);

/** Six domains of three statements, so that quick reviews of 12 to 16 can be built. */
function largeToolkit(): Toolkit {
  const toolkit = cleanToolkit();
  const template = toolkit.domains[0]!;
  toolkit.domains = Array.from({ length: 6 }, (_, d) => ({
    ...template,
    id: `domain-${d}`,
    indicators: [0, 1, 2].map((i) => ({ ...template.indicators[0]!, id: `s-${d}-${i}` })),
  }));
  return toolkit;
}

describe('lintToolkit', () => {
  it('finds nothing wrong with a clean toolkit', () => {
    expect(problemsOf(cleanToolkit())).toEqual([]);
  });

  it('asks every success measure for how much and by when', () => {
    const toolkit = cleanToolkit();
    toolkit.domains[0]!.indicators[0]!.suggestedActions[0]!.successMeasure = "Attendance at parents' evening rises.";
    toolkit.domains[0]!.indicators[1]!.suggestedActions[0]!.successMeasure = 'Most families say they feel welcome by the summer term.';
    toolkit.domains[1]!.indicators[0]!.suggestedActions[0]!.successMeasure = 'Nine in ten families say they know who to contact.';
    expect(problemsOf(toolkit)).toEqual([
      'domains[0].indicators[0].suggestedActions[0].successMeasure: does not say how much (a number or a proportion) or by when (a date, a term or a named event)',
      'domains[0].indicators[1].suggestedActions[0].successMeasure: does not say how much (a number or a proportion)',
      'domains[1].indicators[0].suggestedActions[0].successMeasure: does not say by when (a date, a term or a named event)',
    ]);
  });

  it.each([
    ['Nine in ten families who answer the spring survey say they know who to contact.'],
    ['Every persistently absent pupil has a named adult within two weeks of being identified.'],
    ['At least 95% of registers are taken within 30 minutes of the session starting, in a check each half term.'],
    ['All staff complete the training by 31 March 2027.'],
  ])('accepts a measurable success measure: %s', (measure) => {
    expect(measurableParts(measure)).toEqual({ howMuch: true, byWhen: true });
  });

  it('does not count "every term" as an amount', () => {
    expect(measurableParts('Updates go out every term.')).toEqual({ howMuch: false, byWhen: true });
  });

  it('asks a quick review for 12 to 16 core statements with at least one in each domain', () => {
    const toolkit = largeToolkit();
    toolkit.domains.forEach((domain, d) => domain.indicators.forEach((indicator, i) => (indicator.core = d < 5 && i < 2)));
    expect(problemsOf(toolkit)).toEqual(['domains[5]: has no core statement, so a quick review would leave this domain out', 'domains: marks 10 core statements; a quick review needs 12 to 16']);
    toolkit.domains.forEach((domain) => domain.indicators.forEach((indicator, i) => (indicator.core = i < 2)));
    expect(problemsOf(toolkit)).toEqual([]);
    toolkit.domains.forEach((domain) => domain.indicators.forEach((indicator) => (indicator.core = true)));
    expect(problemsOf(toolkit)).toEqual(['domains: marks 18 core statements; a quick review needs 12 to 16']);
  });

  it('leaves a toolkit without core statements alone: it offers a full review only', () => {
    expect(problemsOf(largeToolkit())).toEqual([]);
  });

  it('reports a glossary term the text never uses, and finds one used in another form', () => {
    const toolkit = cleanToolkit();
    toolkit.domains[0]!.indicators[0]!.statement = 'The school makes reasonable enquiries about every TAS referral.';
    toolkit.glossary = [
      { term: 'Reasonable enquiries', definition: 'Steps to find a missing pupil.' },
      { term: 'Team Around the School', definition: 'A local group of services.', also: ['TAS'] },
      { term: 'Trigger point', definition: 'An attendance level that starts a step.' },
    ];
    expect(problemsOf(toolkit)).toEqual(['glossary[2]: "Trigger point" does not appear in the toolkit, so nobody would see its definition']);
  });

  it('asks questionnaires for 8 to 12 short statements', () => {
    const toolkit = cleanToolkit();
    const statement = (n: number) => ({ id: `q${n}`, text: 'I feel welcome when I come into school.', domainIds: ['first'] });
    toolkit.questionnaires = [
      { id: 'short', title: 'Short', audience: 'families', introduction: 'Tell us.', statements: [1, 2, 3].map(statement) },
      { id: 'right', title: 'Right', audience: 'pupils', introduction: 'Tell us.', statements: [1, 2, 3, 4, 5, 6, 7, 8].map(statement) },
    ];
    toolkit.questionnaires[1]!.statements[0]!.text = 'When I come into school in the morning I always feel that the adults at the door are pleased to see me there.';
    expect(problemsOf(toolkit)).toEqual([
      'questionnaires[0].statements: has 3 statements; a questionnaire has 8 to 12',
      'questionnaires[1].statements[0].text: has 23 words; keep it to 20 or fewer',
    ]);
  });
});

describe('countListedConditions', () => {
  it.each([
    ['A senior leader is named.', 1],
    ['The policy is published and reviewed each year.', 2],
    ['Staff, governors and families know the policy, and it is reviewed each year.', 4],
  ])('counts the conditions in "%s" as %i', (descriptor, count) => {
    expect(countListedConditions(descriptor)).toBe(count);
  });
});
