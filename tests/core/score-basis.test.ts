import { describe, expect, it } from 'vitest';
import { describeBasis, describeBasisAlone, sumBasis } from '../../src/core/score-basis';

describe('describeBasis', () => {
  it.each([
    ['one of many, as a first look gives', { rated: 1, notApplicable: 0, total: 40 }, 'based on 1 of 40 statements'],
    ['part of a section', { rated: 3, notApplicable: 0, total: 6 }, 'based on 3 of 6 statements'],
    ['every statement', { rated: 6, notApplicable: 0, total: 6 }, 'based on all 6 statements'],
    ['some not applicable', { rated: 4, notApplicable: 2, total: 6 }, 'based on 4 of 6 statements (2 not applicable)'],
    ['some not applicable and some left', { rated: 1, notApplicable: 1, total: 6 }, 'based on 1 of 6 statements (1 not applicable)'],
    ['nothing rated', { rated: 0, notApplicable: 0, total: 5 }, 'no statements rated yet'],
    ['only not applicable', { rated: 0, notApplicable: 5, total: 5 }, 'no statements rated yet (5 not applicable)'],
    ['a section of one statement', { rated: 1, notApplicable: 0, total: 1 }, 'based on 1 of 1 statement'],
  ])('%s', (_name, basis, text) => {
    expect(describeBasis(basis)).toBe(text);
  });
});

describe('sumBasis', () => {
  it('adds up the sections', () => {
    expect(
      sumBasis([
        { rated: 3, notApplicable: 1, total: 6 },
        { rated: 0, notApplicable: 0, total: 5 },
        { rated: 7, notApplicable: 0, total: 7 },
      ]),
    ).toEqual({ rated: 10, notApplicable: 1, total: 18 });
  });

  it('is nothing of nothing for no sections', () => {
    expect(sumBasis([])).toEqual({ rated: 0, notApplicable: 0, total: 0 });
  });
});

describe('describeBasisAlone', () => {
  it('starts with a capital, to stand as its own line', () => {
    expect(describeBasisAlone({ rated: 12, notApplicable: 0, total: 40 })).toBe('Based on 12 of 40 statements');
    expect(describeBasisAlone({ rated: 0, notApplicable: 0, total: 40 })).toBe('No statements rated yet');
  });
});

