import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import type { Respondent, TeamMode } from '../../src/core/team';
import { auditRatings, NO_TEAM } from '../../src/core/team-ratings';
import { describeStatements, ratingSources, type StatementSpread } from '../../src/core/team-statements';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
const person = (id: string): Respondent => ({ auditId: 'audit', id, name: `Person ${id}`, groupId: 'teaching-staff', takesPart: 'own-device', createdAt: 1, updatedAt: 1, removedAt: null, revealed: false, finishedAt: null });
const answer = (respondentId: string, indicatorId: string, rating: Rating) => ({ auditId: 'audit', respondentId, indicatorId, rating, note: '', updatedAt: 1 });

/** The lead (Ms Patel) and two colleagues: far apart on a1 (agreed at 3), close on a2, apart on b1 (not agreed), nobody on the rest. */
function statementsIn(mode: TeamMode) {
  const records = {
    respondents: [person('p1'), person('p2')],
    responses: [answer('p1', 'a1', 1), answer('p2', 'a1', 4), answer('p1', 'a2', 3), answer('p2', 'a2', 'n/a'), answer('p1', 'b1', 2)],
    agreedRatings: [{ auditId: 'audit', indicatorId: 'a1', rating: 3, reason: ' Seen in the registers ', updatedAt: 1 }],
  };
  const own = { a1: { rating: 3, note: '' }, a2: { rating: 3, note: '' }, b1: { rating: 4, note: '' } };
  const { team } = auditRatings(toolkit, { participants: 'Ms Patel', team: { mode, leadGroupId: 'senior-leaders' } }, own, { ...NO_TEAM, ...records });
  return describeStatements(toolkit, team!);
}

describe('describeStatements', () => {
  const found = statementsIn('anonymous');
  const byId = new Map(found.sections.flatMap((section) => section.statements).map((statement) => [statement.indicatorId, statement]));

  it.each<[string, Partial<StatementSpread>]>([
    ['a1', { distributionText: '1 rated Embedded, 1 Developing, 1 Not yet in place', medianText: '3 (Developing)', ratingText: 'Developing', sourceLabel: 'Agreed', reason: 'Seen in the registers', isDisagreement: true }],
    ['a2', { distributionText: '2 rated Developing, 1 not applicable', ratingText: 'Developing', sourceLabel: 'Median, not yet agreed', reason: '', isDisagreement: false }],
    ['b1', { distributionText: '1 rated Embedded, 1 Emerging, 1 not rated', medianText: '3, halfway between Emerging and Embedded', ratingText: 'Emerging', sourceLabel: 'Median, not yet agreed', isDisagreement: true }],
    ['b2', { distributionText: 'Nobody has rated this yet', medianText: null, ratingText: 'Not answered', source: 'none', sourceLabel: null, isDisagreement: false }],
  ])('%s', (indicatorId, expected) => {
    expect(byId.get(indicatorId)).toMatchObject(expected);
  });

  it('gathers the statements to discuss first, in the toolkit’s order, and counts what is agreed by section', () => {
    expect(found.disagreements.map((statement) => statement.indicatorId)).toEqual(['a1', 'b1']);
    expect(found.sections.map((section) => [section.domainId, section.agreed, section.statements.length])).toEqual([
      ['first', 1, 3],
      ['second', 0, 2],
    ]);
  });

  it('names nobody in anonymous mode, and who gave which in open mode', () => {
    expect(found.sections.flatMap((section) => section.statements).every((statement) => statement.named === null)).toBe(true);
    const open = statementsIn('open').sections[0]!.statements;
    expect(open[0]!.named).toEqual([
      { ratingText: 'Embedded', names: ['Person p2'] },
      { ratingText: 'Developing', names: ['Ms Patel'] },
      { ratingText: 'Not yet in place', names: ['Person p1'] },
    ]);
    expect(open[1]!.named).toEqual([
      { ratingText: 'Developing', names: ['Ms Patel', 'Person p1'] },
      { ratingText: 'Not applicable', names: ['Person p2'] },
    ]);
    expect(open[2]!.named).toEqual([{ ratingText: 'Not rated', names: ['Ms Patel', 'Person p1', 'Person p2'] }]);
  });
});

describe('ratingSources', () => {
  it('says where each team rating came from, and nothing for one person’s audit', () => {
    const { team } = auditRatings(toolkit, { participants: '', team: { mode: 'anonymous', leadGroupId: 'senior-leaders' } }, { a1: { rating: 2, note: '' } }, {
      ...NO_TEAM,
      agreedRatings: [{ auditId: 'audit', indicatorId: 'a2', rating: 4, reason: '', updatedAt: 1 }],
    });
    expect(Object.fromEntries(ratingSources(team))).toEqual({ a1: 'median', a2: 'agreed', a3: 'none', b1: 'none', b2: 'none' });
    expect(ratingSources(null).size).toBe(0);
  });
});
