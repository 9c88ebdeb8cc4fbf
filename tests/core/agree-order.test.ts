import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import { levelSpread, orderForAgreeing } from '../../src/core/agree-order';
import { combineResponses, type AgreedLevel } from '../../src/core/combine-responses';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
/** The fixture's statements in toolkit order: a1, a2, a3, b1, b2. */
const ids = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));

/** Each respondent's ratings, one per statement in toolkit order; made into spreads by the app's own combining. */
function spreadsOf(byRespondent: readonly (readonly Rating[])[], agreed: readonly AgreedLevel[] = []) {
  const respondents = byRespondent.map((_, index) => ({ id: `r${index}`, groupId: 'staff' }));
  const responses = byRespondent.map((ratings, index) => ({
    respondentId: `r${index}`,
    answers: Object.fromEntries(ratings.map((rating, at) => [ids[at]!, { rating, note: '' }])),
  }));
  return combineResponses(toolkit, respondents, responses, agreed).indicators;
}

const agree = (indicatorId: string): AgreedLevel => ({ indicatorId, rating: 3, reason: '' });

describe('levelSpread', () => {
  it.each<[string, Rating[], number]>([
    ['everyone gave the same level', [3, 3, 3], 0],
    ['lowest to highest', [1, 4, 2], 3],
    ['not applicable is not a level', [2, 'n/a', 3], 1],
    ['one level given', [4, null, 'n/a'], 0],
    ['nobody rated', [null, null], 0],
  ])('%s', (_name, ratings, expected) => {
    expect(levelSpread(spreadsOf(ratings.map((rating) => [rating]))[0]!)).toBe(expected);
  });
});

describe('orderForAgreeing', () => {
  it.each<[string, Rating[][], AgreedLevel[], string[]]>([
    ['nothing to tell them apart: the toolkit’s order', [[3, 3, 3, 3, 3], [3, 3, 3, 3, 3]], [], ['a1', 'a2', 'a3', 'b1', 'b2']],
    [
      'disagreements first, the widest spread first',
      // a1 spread 1; a2 spread 2 (a disagreement); a3 spread 0; b1 spread 3 (a disagreement); b2 spread 1.
      [[2, 1, 3, 1, 2], [3, 3, 3, 4, 3]],
      [],
      ['b1', 'a2', 'a1', 'b2', 'a3'],
    ],
    ['a spread of one level is no disagreement, but still comes before no spread', [[3, 3, 2, 3, 3], [3, 3, 3, 3, 3]], [], ['a3', 'a1', 'a2', 'b1', 'b2']],
    ['equal spreads: not yet agreed before agreed, then the toolkit’s order', [[1, 1, 1, 1, 1], [4, 4, 4, 4, 4]], [agree('a1'), agree('a3')], ['a2', 'b1', 'b2', 'a1', 'a3']],
    ['agreeing never lifts a statement past a wider spread', [[1, 2, 3, 3, 3], [4, 3, 3, 3, 3]], [agree('a1')], ['a1', 'a2', 'a3', 'b1', 'b2']],
    ['not applicable neither widens a spread nor counts as disagreeing', [['n/a', 2, 3, 3, 3], [4, 3, 3, 3, 3]], [], ['a2', 'a1', 'a3', 'b1', 'b2']],
    ['nobody rated: no spread, kept in the toolkit’s order among the rest', [[null, 3, null, 1, 3], [null, 3, null, 2, 3]], [], ['b1', 'a1', 'a2', 'a3', 'b2']],
  ])('%s', (_name, byRespondent, agreed, expected) => {
    expect(orderForAgreeing(toolkit, spreadsOf(byRespondent, agreed))).toEqual(expected);
  });

  it('leaves out a spread for a statement the toolkit no longer has', () => {
    const spreads = spreadsOf([[3, 3, 3, 3, 3]]);
    const stray = { ...spreads[0]!, indicatorId: 'gone', isDisagreement: true };
    expect(orderForAgreeing(toolkit, [stray, ...spreads])).toEqual(ids);
  });
});
