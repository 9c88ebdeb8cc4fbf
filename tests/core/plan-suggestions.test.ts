import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { actionFromSuggestion, suggestPlanActions } from '../../src/core/plan-suggestions';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

function answers(ratings: Record<string, Rating>): AnswersByIndicator {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: '' }]));
}

const ids = (priorities: string[], ratings: Record<string, Rating>, actions: { indicatorId: string | null }[] = []) =>
  suggestPlanActions(toolkit, priorities, answers(ratings), actions).map((suggestion) => suggestion.indicatorId);

describe('suggestPlanActions', () => {
  it.each<[string, string[], Record<string, Rating>, string[]]>([
    ['in toolkit order when nothing is rated', [], {}, ['a1', 'a2', 'a3', 'b1', 'b2']],
    ['lowest rated first', [], { a1: 3, a2: 1, a3: 2, b1: 2, b2: 1 }, ['a2', 'b2', 'a3', 'b1', 'a1']],
    ['priority domains first among those to develop', ['second'], { a1: 1, a2: 2, a3: 3, b1: 3, b2: 2 }, ['b2', 'b1', 'a1', 'a2', 'a3']],
    ['unrated after those to develop', [], { a1: 2, b2: 3 }, ['a1', 'b2', 'a2', 'a3', 'b1']],
    ['top level and then not applicable last', [], { a1: 4, a2: 'n/a', a3: 1, b1: 4, b2: 2 }, ['a3', 'b2', 'a1', 'b1', 'a2']],
    ['a priority domain does not lift an indicator already at the top level', ['first'], { a1: 4, b1: 1 }, ['b1', 'a2', 'a3', 'b2', 'a1']],
  ])('offers indicators %s', (_name, priorities, ratings, expected) => {
    expect(ids(priorities, ratings)).toEqual(expected);
  });

  it('describes each indicator with its domain, rating and what is already planned', () => {
    const [first] = suggestPlanActions(toolkit, ['second'], answers({ b1: 1, b2: 'n/a' }), [{ indicatorId: 'b1' }, { indicatorId: 'b1' }, { indicatorId: null }]);
    expect(first).toEqual({
      domainId: 'second',
      domainTitle: 'Second domain',
      isPriority: true,
      indicatorId: 'b1',
      statement: 'Statement for b1.',
      rating: 1,
      ratingLabel: 'Not yet in place',
      suggestedActions: [{ action: 'Improve b1.', successMeasure: 'b1 is consistent.' }],
      actionsInPlan: 2,
    });
    const labels = suggestPlanActions(toolkit, [], answers({ b2: 'n/a' }), []).map((suggestion) => suggestion.ratingLabel);
    expect(labels).toContain('Not applicable');
    expect(labels).toContain('Not answered');
  });

  it('offers every indicator exactly once', () => {
    expect(ids(['first'], { a1: 2, b2: 'n/a' }).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
  });
});

describe('actionFromSuggestion', () => {
  it("pre-fills the toolkit's suggested action and success measure, linked to the indicator", () => {
    const [suggestion] = suggestPlanActions(toolkit, [], answers({ a2: 1 }), []);
    expect(actionFromSuggestion(suggestion!, suggestion!.suggestedActions[0]!)).toEqual({
      domainId: 'first',
      indicatorId: 'a2',
      action: 'Improve a2.',
      successMeasure: 'a2 is consistent.',
      lead: '',
      targetDate: '',
      status: 'not-started',
      progressNote: '',
    });
  });
});
