import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { scoreAudit } from '../../src/core/score-audit';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

function answers(ratings: Record<string, Rating>): AnswersByIndicator {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: '' }]));
}

describe('scoreAudit', () => {
  it.each<{ name: string; ratings: Record<string, Rating>; first: number | null; second: number | null; overall: number | null }>([
    { name: 'nothing answered', ratings: {}, first: null, second: null, overall: null },
    { name: 'every indicator rated', ratings: { a1: 1, a2: 2, a3: 3, b1: 4, b2: 4 }, first: 2, second: 4, overall: 3 },
    { name: 'unanswered indicators are left out, not counted as zero', ratings: { a1: 4, b1: 2 }, first: 4, second: 2, overall: 3 },
    { name: 'n/a is left out of the mean', ratings: { a1: 'n/a', a2: 2, a3: 3, b1: 'n/a', b2: 1 }, first: 2.5, second: 1, overall: 1.75 },
    { name: 'explicit null counts as unanswered', ratings: { a1: null, a2: 3 }, first: 3, second: null, overall: 3 },
    { name: 'a domain that is all n/a is not rated', ratings: { a1: 2, b1: 'n/a', b2: 'n/a' }, first: 2, second: null, overall: 2 },
  ])('$name', ({ ratings, first, second, overall }) => {
    const score = scoreAudit(toolkit, answers(ratings));
    expect(score.domains.map((domain) => domain.score)).toEqual([first, second]);
    expect(score.overall).toBe(overall);
  });

  it('counts rated, not applicable and total per domain', () => {
    const score = scoreAudit(toolkit, answers({ a1: 'n/a', a2: 2, b1: 3 }));
    expect(score.domains[0]).toMatchObject({ domainId: 'first', rated: 1, notApplicable: 1, total: 3 });
    expect(score.domains[1]).toMatchObject({ domainId: 'second', rated: 1, notApplicable: 0, total: 2 });
  });

  it('ignores answers for indicators the toolkit does not have', () => {
    const score = scoreAudit(toolkit, answers({ a1: 2, removed: 4 }));
    expect(score.domains[0]!.score).toBe(2);
    expect(score.overall).toBe(2);
  });

  it('takes the overall score as the mean of domain scores, not of all indicators', () => {
    // first: (4+4+4)/3 = 4; second: 1 → overall 2.5, where a mean of indicators would give 3.25.
    const score = scoreAudit(toolkit, answers({ a1: 4, a2: 4, a3: 4, b1: 1 }));
    expect(score.overall).toBe(2.5);
  });
});
