import { describe, expect, it } from 'vitest';
import {
  compareWithSelfEvaluation,
  describeComparisonRule,
  describeDifference,
  DIFFERENT_VIEW_GAP,
  scorePosition,
} from '../../src/core/voice-difference';
import { makeToolkit } from '../fixtures/toolkits';

const levels = makeToolkit().scale.levels;

describe('scorePosition', () => {
  it.each([
    [1, 0],
    [2, 33],
    [2.5, 50],
    [3, 67],
    [3.5, 83],
    [4, 100],
  ])('on a 1–4 scale, %s is %s', (score, position) => {
    expect(scorePosition(levels, score)).toBe(position);
  });

  it('works on a scale of other numbers, and a one-level scale is all the way', () => {
    const zeroToTwo = [0, 1, 2].map((value) => ({ value, label: `Level ${value}` }));
    expect(scorePosition(zeroToTwo, 1.5)).toBe(75);
    expect(scorePosition([{ value: 1, label: 'Only' }], 1)).toBe(100);
  });
});

describe('compareWithSelfEvaluation', () => {
  it.each([
    [100, 100, 'similar'],
    [70, 100, 'less-positive'],
    [71, 100, 'similar'],
    [97, 67, 'more-positive'],
    [96, 67, 'similar'],
    [0, 0, 'similar'],
    [30, 0, 'more-positive'],
  ] as const)('%s%% agreeing beside a score at %s is %s', (agree, position, difference) => {
    expect(compareWithSelfEvaluation(agree, position)).toBe(difference);
  });

  it('flags at the gap, not before', () => {
    expect(compareWithSelfEvaluation(50 + DIFFERENT_VIEW_GAP, 50)).toBe('more-positive');
    expect(compareWithSelfEvaluation(50 + DIFFERENT_VIEW_GAP - 1, 50)).toBe('similar');
  });
});

describe('describeDifference', () => {
  it.each([
    ['families', 'less-positive', 'Families see this less positively than the staff’s self-evaluation'],
    ['pupils', 'more-positive', 'Pupils see this more positively than the staff’s self-evaluation'],
    ['families', 'similar', null],
    ['families', null, null],
  ] as const)('%s, %s', (audience, difference, words) => {
    expect(describeDifference(audience, difference)).toBe(words);
  });
});

describe('describeComparisonRule', () => {
  it('names the ends of the scale and the gap', () => {
    expect(describeComparisonRule(levels)).toBe(
      'To compare, each section’s score is placed from 0 to 100: 1 (Not yet in place) is 0 and 4 (Embedded) is 100. ' +
        'The share who agree and the score measure different things, so a section is flagged only when the two are 30 points apart or more.',
    );
  });
});
