import { describe, expect, it } from 'vitest';
import { auditProgress, findResumeDomain, listUnanswered } from '../../src/core/progress';
import { makeToolkit } from '../fixtures/toolkits';

function answersFrom(ratings: Record<string, number | 'n/a' | null>) {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: 'x' }]));
}

describe('auditProgress', () => {
  it.each([
    ['nothing answered', {}, 0, { first: 0, second: 0 }],
    ['levels and n/a both count as answered', { a1: 2, a2: 'n/a', b1: 4 }, 3, { first: 2, second: 1 }],
    ['a note without a rating is not an answer', { a1: null }, 0, { first: 0, second: 0 }],
    ['answers to unknown indicators are ignored', { gone: 3, b2: 1 }, 1, { first: 0, second: 1 }],
  ] as const)('%s', (_name, ratings, answered, byDomain) => {
    const progress = auditProgress(makeToolkit(), answersFrom(ratings));
    expect(progress.answered).toBe(answered);
    expect(progress.total).toBe(5);
    expect(progress.domains.first).toEqual({ answered: byDomain.first, total: 3 });
    expect(progress.domains.second).toEqual({ answered: byDomain.second, total: 2 });
  });
});

describe('listUnanswered', () => {
  it('lists every unanswered indicator in form order, numbered within its domain', () => {
    const unanswered = listUnanswered(makeToolkit(), answersFrom({ a1: 2, a3: null, b1: 'n/a' }));
    expect(unanswered.map(({ domain, indicator, number }) => [domain.id, indicator.id, number])).toEqual([
      ['first', 'a2', 2],
      ['first', 'a3', 3],
      ['second', 'b2', 2],
    ]);
  });

  it('is empty once everything is rated or not applicable', () => {
    expect(listUnanswered(makeToolkit(), answersFrom({ a1: 1, a2: 'n/a', a3: 4, b1: 2, b2: 3 }))).toEqual([]);
  });
});

describe('findResumeDomain', () => {
  it.each([
    ['a fresh audit starts at the first domain', {}, 'first'],
    ['carries on at the first domain with something unanswered', { a1: 1, a2: 2, a3: 'n/a' }, 'second'],
    ['an earlier gap comes first', { a1: 1, a3: 2, b1: 3, b2: 4 }, 'first'],
    ['a finished audit opens at the first domain', { a1: 1, a2: 2, a3: 3, b1: 4, b2: 'n/a' }, 'first'],
  ] as const)('%s', (_name, ratings, domainId) => {
    expect(findResumeDomain(makeToolkit(), answersFrom(ratings))?.id).toBe(domainId);
  });
});
