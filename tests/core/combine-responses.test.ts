import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { combineResponses, MIN_GROUP_SIZE, scoreBand, type TeamRespondent, type TeamResponse } from '../../src/core/combine-responses';
import { scoreAudit } from '../../src/core/score-audit';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

/** A respondent's answers to statement a1 only. */
const onA1 = (rating: Rating): AnswersByIndicator => ({ a1: { rating, note: '' } });

function team(ratings: readonly Rating[], groupId = 'staff'): { respondents: TeamRespondent[]; responses: TeamResponse[] } {
  const respondents = ratings.map((_, index) => ({ id: `r${index}`, groupId }));
  return { respondents, responses: ratings.map((rating, index) => ({ respondentId: `r${index}`, answers: onA1(rating) })) };
}

describe('combineResponses: one statement', () => {
  it.each([
    ['one voice', [3], { median: 3, rating: 3, isDisagreement: false }],
    ['an odd count', [1, 4, 2], { median: 2, rating: 2, isDisagreement: true }],
    ['an even count: the median falls between two levels, and the lower stands in', [2, 3], { median: 2.5, rating: 2, isDisagreement: false }],
    ['a tie across the middle', [1, 1, 4, 4], { median: 2.5, rating: 1, isDisagreement: true }],
    ['one level apart is not a disagreement', [2, 3, 3, 2], { median: 2.5, rating: 2, isDisagreement: false }],
    ['not applicable is left out of the median', [4, 'n/a', 4], { median: 4, rating: 4, isDisagreement: false }],
    ['everyone who answered said not applicable', ['n/a', null], { median: null, rating: 'n/a', isDisagreement: false }],
    ['nobody has answered', [null, null], { median: null, rating: null, isDisagreement: false }],
  ] as const)('%s', (_case, ratings, expected) => {
    const { respondents, responses } = team(ratings);
    const spread = combineResponses(toolkit, respondents, responses).indicators.find((indicator) => indicator.indicatorId === 'a1')!;
    expect(spread).toMatchObject(expected);
    expect(spread.source).toBe(expected.rating === null ? 'none' : 'median');
  });

  it('counts each level, not applicable and not rated, every level of the scale present', () => {
    const { respondents, responses } = team([1, 4, 4, 'n/a', null]);
    const spread = combineResponses(toolkit, respondents, responses).indicators[0]!;
    expect(spread).toMatchObject({ counts: { 1: 1, 2: 0, 3: 0, 4: 2 }, notApplicable: 1, notRated: 1 });
  });

  it('counts a respondent who has not sent a response as not rated', () => {
    const { respondents, responses } = team([2, 3]);
    const spread = combineResponses(toolkit, [...respondents, { id: 'late', groupId: 'staff' }], responses).indicators[0]!;
    expect(spread).toMatchObject({ notRated: 1, median: 2.5 });
  });

  it('ignores a response from someone the lead has removed', () => {
    const { respondents, responses } = team([2, 2]);
    const combined = combineResponses(toolkit, respondents, [...responses, { respondentId: 'removed', answers: onA1(4) }]);
    expect(combined.indicators[0]).toMatchObject({ counts: { 4: 0 }, isDisagreement: false });
  });

  it('uses the agreed level, with its reason, in place of the median', () => {
    const { respondents, responses } = team([1, 4, 2]);
    const combined = combineResponses(toolkit, respondents, responses, [{ indicatorId: 'a1', rating: 3, reason: 'Routines are in place; attendance data lags.' }]);
    expect(combined.indicators[0]).toMatchObject({ rating: 3, source: 'agreed', reason: 'Routines are in place; attendance data lags.', median: 2 });
    expect(combined.answers.a1).toEqual({ rating: 3, note: 'Routines are in place; attendance data lags.' });
  });
});

describe('combineResponses: the audit it makes', () => {
  it('gives scoreAudit agreed or median ratings, leaving out statements nobody rated', () => {
    const respondents = [
      { id: 'head', groupId: 'leaders' },
      { id: 'deputy', groupId: 'leaders' },
      { id: 'teacher', groupId: 'staff' },
    ];
    const responses = [
      { respondentId: 'head', answers: { a1: { rating: 4, note: '' }, a2: { rating: 3, note: '' }, b1: { rating: 2, note: '' } } },
      { respondentId: 'deputy', answers: { a1: { rating: 3, note: '' }, a2: { rating: 1, note: '' } } },
      { respondentId: 'teacher', answers: { a1: { rating: 1, note: '' }, b1: { rating: 4, note: '' } } },
    ];
    const combined = combineResponses(toolkit, respondents, responses, [{ indicatorId: 'b1', rating: 3, reason: 'Agreed in the meeting.' }]);
    expect(Object.keys(combined.answers).sort()).toEqual(['a1', 'a2', 'b1']);
    expect(combined.answers).toMatchObject({ a1: { rating: 3 }, a2: { rating: 1 }, b1: { rating: 3 } });
    expect(scoreAudit(toolkit, combined.answers).domains.map((domain) => domain.score)).toEqual([2, 3]);
  });

  it("bands each domain by respondents' own domain scores", () => {
    const respondents = ['a', 'b', 'c', 'd'].map((id) => ({ id, groupId: 'staff' }));
    const first = (a1: number, a2: number): AnswersByIndicator => ({ a1: { rating: a1, note: '' }, a2: { rating: a2, note: '' } });
    const responses = [first(1, 1), first(2, 2), first(3, 4), first(4, 4)].map((answers, index) => ({ respondentId: respondents[index]!.id, answers }));
    const [firstDomain, secondDomain] = combineResponses(toolkit, respondents, responses).domains;
    // Domain scores 1, 2, 3.5 and 4.
    expect(firstDomain!.band).toEqual({ respondents: 4, median: 2.75, lowest: 1, highest: 4, lowerQuartile: 1.75, upperQuartile: 3.625 });
    expect(secondDomain!.band).toBeNull();
  });
});

describe('combineResponses: groups', () => {
  const respondents: TeamRespondent[] = [
    ...Array.from({ length: MIN_GROUP_SIZE }, (_, index) => ({ id: `staff-${index}`, groupId: 'staff' })),
    { id: 'head', groupId: 'leaders' },
    { id: 'deputy', groupId: 'leaders' },
  ];
  const responses = respondents.map((respondent, index) => ({ respondentId: respondent.id, answers: onA1((index % 4) + 1) }));

  it(`shows a group apart only with at least ${MIN_GROUP_SIZE} answers, so that nobody's rating can be picked out`, () => {
    const { groups } = combineResponses(toolkit, respondents, responses);
    expect(groups.map(({ groupId, respondents: count, isShown }) => ({ groupId, count, isShown }))).toEqual([
      { groupId: 'staff', count: 3, isShown: true },
      { groupId: 'leaders', count: 2, isShown: false },
    ]);
    expect(groups[0]!.domains[0]!.band).toMatchObject({ respondents: 3, median: 2 });
    expect(groups[1]!.domains).toEqual([]);
  });

  it('counts a group by who answered, not who was asked', () => {
    const { groups } = combineResponses(toolkit, respondents, responses.slice(1));
    expect(groups[0]).toMatchObject({ groupId: 'staff', respondents: 2, isShown: false, domains: [] });
  });

  it("still counts a small group's answers in the whole team's", () => {
    const combined = combineResponses(toolkit, respondents, responses);
    expect(combined.domains[0]!.band!.respondents).toBe(5);
  });
});

describe('scoreBand', () => {
  it.each([
    [[], null],
    [[2], { respondents: 1, median: 2, lowest: 2, highest: 2, lowerQuartile: 2, upperQuartile: 2 }],
    [[3, 1, 2], { respondents: 3, median: 2, lowest: 1, highest: 3, lowerQuartile: 1.5, upperQuartile: 2.5 }],
  ])('bands %j', (values, expected) => {
    expect(scoreBand(values)).toEqual(expected);
  });
});
