import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { actionFromSuggestion, offerActions, suggestPlanActions } from '../../src/core/plan-suggestions';
import type { SuggestedAction } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
const { levels } = toolkit.scale;

function answers(ratings: Record<string, Rating>): AnswersByIndicator {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: '' }]));
}

const ids = (priorities: string[], ratings: Record<string, Rating>, actions: { id: string; indicatorId: string | null }[] = []) =>
  suggestPlanActions(toolkit, priorities, answers(ratings), actions).map((suggestion) => suggestion.indicatorId);

/** Suggested actions named by the rating they are for: `for1` is for statements rated 1, `any` has no rating. */
const suggested = (name: string): SuggestedAction => {
  const whenRated = name === 'any' || name.startsWith('any') ? undefined : Number(name.slice(3));
  return { action: name, successMeasure: `${name} measured`, ...(whenRated === undefined ? {} : { whenRated }) };
};

describe('offerActions', () => {
  it.each<[string, string[], Rating, string[]]>([
    ['the step up from the rating first, then any, then higher steps', ['for3', 'any', 'for2', 'for1'], 2, ['for2', 'any', 'for3']],
    ['leaves out actions for lower ratings, already done', ['for1', 'any'], 3, ['any']],
    ['nothing when every action is for a lower rating', ['for1', 'for2'], 3, []],
    ['higher steps nearest first', ['for3', 'for2'], 1, ['for2', 'for3']],
    ['one action only, for a lower rating: still shown', ['for1'], 2, ['for1']],
    ['one action only, for no rating', ['any'], 3, ['any']],
    ['nothing at the top level for actions without a rating', ['any'], 4, []],
    ['at the top level only actions meant for it', ['for3', 'for4', 'any'], 4, ['for4']],
    ['unrated: every action in toolkit order', ['for2', 'any', 'for1'], null, ['for2', 'any', 'for1']],
    ['not applicable: none', ['for1', 'any'], 'n/a', []],
  ])('%s', (_name, names, rating, expected) => {
    expect(offerActions(names.map(suggested), rating, levels).map((offered) => offered.action)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['for1', 'Suggested for statements rated 1 Not yet in place'],
    ['for3', 'Suggested for statements rated 3 Developing'],
    ['any', ''],
  ])('says which rating %s is for: "%s"', (name, note) => {
    expect(offerActions([suggested(name)], null, levels)).toEqual([{ action: name, successMeasure: `${name} measured`, ratingNote: note }]);
  });
});

describe('suggestPlanActions', () => {
  it.each<[string, string[], Record<string, Rating>, string[]]>([
    ['in toolkit order when nothing is rated', [], {}, ['a1', 'a2', 'a3', 'b1', 'b2']],
    ['lowest rated first', [], { a1: 3, a2: 1, a3: 2, b1: 2, b2: 1 }, ['a2', 'b2', 'a3', 'b1', 'a1']],
    ['priority domains first among those to develop', ['second'], { a1: 1, a2: 2, a3: 3, b1: 3, b2: 2 }, ['b2', 'b1', 'a1', 'a2', 'a3']],
    ['unrated after those to develop', [], { a1: 2, b2: 3 }, ['a1', 'b2', 'a2', 'a3', 'b1']],
    ['without those at the top level or not applicable', [], { a1: 4, a2: 'n/a', a3: 1, b1: 4, b2: 2 }, ['a3', 'b2']],
  ])('offers indicators %s', (_name, priorities, ratings, expected) => {
    expect(ids(priorities, ratings)).toEqual(expected);
  });

  it('keeps an indicator with nothing to offer when the plan has an action for it, after the rest', () => {
    expect(ids([], { a1: 4, a2: 'n/a', a3: 1, b1: 4, b2: 2 }, [{ id: 'x', indicatorId: 'a2' }])).toEqual(['a3', 'b2', 'a2']);
  });

  it('describes each indicator with its domain, rating, what fits it and what is already planned', () => {
    const inPlan = [
      { id: 'x', indicatorId: 'b1' },
      { id: 'y', indicatorId: 'b1' },
      { id: 'z', indicatorId: null },
    ];
    const [first] = suggestPlanActions(toolkit, ['second'], answers({ b1: 1, b2: 'n/a' }), inPlan);
    expect(first).toEqual({
      domainId: 'second',
      domainTitle: 'Second domain',
      isPriority: true,
      indicatorId: 'b1',
      statement: 'Statement for b1.',
      rating: 1,
      ratingLabel: 'Not yet in place',
      offeredActions: [{ action: 'Improve b1.', successMeasure: 'b1 is consistent.', ratingNote: '' }],
      legalRequirement: null,
      actionsInPlan: [inPlan[0], inPlan[1]],
    });
    expect(suggestPlanActions(toolkit, [], {}, []).map((suggestion) => suggestion.ratingLabel)).toContain('Not answered');
  });

  describe('with legal duties', () => {
    const withDuties = makeToolkit();
    const duty = (metFromLevel: number) => ({ duty: 'Schools must do this.', source: 'Regulations 2024, reg 1', metFromLevel });
    withDuties.domains[0]!.indicators[2]!.legalDuty = duty(3);
    withDuties.domains[1]!.indicators[1]!.legalDuty = duty(4);
    const legal = (priorities: string[], ratings: Record<string, Rating>) =>
      suggestPlanActions(withDuties, priorities, answers(ratings), []).map((suggestion) => [suggestion.indicatorId, suggestion.legalRequirement]);

    it('puts duties not met first, ahead of priority sections and lower ratings', () => {
      expect(legal(['first'], { a1: 1, a2: 1, a3: 2, b1: 1, b2: 3 })).toEqual([
        ['a3', 'not-met'],
        ['b2', 'not-met'],
        ['a1', null],
        ['a2', null],
        ['b1', null],
      ]);
    });

    it('leaves a duty that is met, or not yet rated, in its usual place, still marked', () => {
      expect(legal([], { a1: 1, a3: 3, b1: 2 })).toEqual([
        ['a1', null],
        ['b1', null],
        ['a3', 'met'],
        ['a2', null],
        ['b2', 'not-rated'],
      ]);
    });
  });

  it('offers every indicator at most once', () => {
    expect(ids(['first'], { a1: 2 }).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
  });
});

describe('actionFromSuggestion', () => {
  it('makes an action linked to the indicator, with the wording the person gave, trimmed', () => {
    expect(actionFromSuggestion({ domainId: 'first', indicatorId: 'a2' }, { action: ' Improve a2, our way. ', successMeasure: 'a2 is consistent.\n' })).toEqual({
      domainId: 'first',
      indicatorId: 'a2',
      action: 'Improve a2, our way.',
      successMeasure: 'a2 is consistent.',
      lead: '',
      targetDate: '',
      status: 'not-started',
      progressNote: '',
    });
  });
});
