import { describe, expect, it } from 'vitest';
import { auditProgress } from '../../src/core/progress';
import { makeToolkit } from '../fixtures/toolkits';

describe('auditProgress', () => {
  it.each([
    ['nothing answered', {}, 0, { first: 0, second: 0 }],
    ['levels and n/a both count as answered', { a1: 2, a2: 'n/a', b1: 4 }, 3, { first: 2, second: 1 }],
    ['a note without a rating is not an answer', { a1: null }, 0, { first: 0, second: 0 }],
    ['answers to unknown indicators are ignored', { gone: 3, b2: 1 }, 1, { first: 0, second: 1 }],
  ] as const)('%s', (_name, ratings, answered, byDomain) => {
    const answers = Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: 'x' }]));
    const progress = auditProgress(makeToolkit(), answers);
    expect(progress.answered).toBe(answered);
    expect(progress.total).toBe(5);
    expect(progress.domains.first).toEqual({ answered: byDomain.first, total: 3 });
    expect(progress.domains.second).toEqual({ answered: byDomain.second, total: 2 });
  });
});
