import { describe, expect, it } from 'vitest';
import { estimateReviewTime, offersQuickReview, scopeToolkit } from '../../src/core/review-scope';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

/** The fixture with a1 and a3 as core statements: domain "second" has none. */
function withCore(): Toolkit {
  const toolkit = makeToolkit();
  toolkit.domains[0]!.indicators[0]!.core = true;
  toolkit.domains[0]!.indicators[2]!.core = true;
  return toolkit;
}

describe('scopeToolkit', () => {
  it('keeps every statement for a full review, and for an audit made before scopes existed', () => {
    const toolkit = withCore();
    expect(scopeToolkit(toolkit, 'full')).toBe(toolkit);
    expect(scopeToolkit(toolkit, undefined)).toBe(toolkit);
  });

  it('keeps only core statements, and the domains that have them, for a quick review', () => {
    const scoped = scopeToolkit(withCore(), 'quick');
    expect(scoped.domains.map((domain) => [domain.id, domain.indicators.map((indicator) => indicator.id)])).toEqual([['first', ['a1', 'a3']]]);
  });

  it('leaves a toolkit without core statements whole, so an odd record never shows an empty audit', () => {
    const toolkit = makeToolkit();
    expect(offersQuickReview(toolkit)).toBe(false);
    expect(scopeToolkit(toolkit, 'quick')).toBe(toolkit);
  });
});

describe('estimateReviewTime', () => {
  it('counts the words a rater reads and allows a minute and a half of discussion per statement, rounded up to five minutes', () => {
    const toolkit = makeToolkit();
    // Each domain's title and description are 4 words; each statement is 3 words, its descriptors 3 + 3 + 3 + 3
    // and its one prompt 4: 19 words for each of 5 statements, 103 in all.
    expect(estimateReviewTime(toolkit, 'full')).toEqual({ statements: 5, words: 103, readingMinutes: 5, meetingMinutes: 10 });
  });

  it('estimates a quick review from its core statements only', () => {
    expect(estimateReviewTime(withCore(), 'quick')).toEqual({ statements: 2, words: 42, readingMinutes: 5, meetingMinutes: 5 });
  });

  it('grows with the text: 4,000 words take 20 minutes to read', () => {
    const toolkit = makeToolkit();
    toolkit.domains[0]!.indicators[0]!.statement = Array.from({ length: 4_000 - 100 }, () => 'word').join(' ');
    expect(estimateReviewTime(toolkit, 'full')).toMatchObject({ words: 4_000, readingMinutes: 20 });
  });
});
