import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import { ratingLabel } from '../../src/core/rating-label';
import { makeToolkit } from '../fixtures/toolkits';

const levels = makeToolkit().scale.levels;

describe('ratingLabel', () => {
  it.each<[string, Rating, string]>([
    ['the bottom level by its name', 1, 'Not yet in place'],
    ['the top level by its name', 4, 'Embedded'],
    ['not applicable', 'n/a', 'Not applicable'],
    ['an indicator nobody has rated', null, 'Not answered'],
    ['a level the scale lacks by its number', 9, 'Level 9'],
  ])('names %s', (_name, rating, text) => {
    expect(ratingLabel(levels, rating)).toBe(text);
  });
});
