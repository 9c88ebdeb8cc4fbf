import { describe, expect, it } from 'vitest';
import { marginForLabels, wrapWords } from '../../src/components/radar-ticks';

describe('wrapWords', () => {
  it.each([
    ['Leadership', 14, ['Leadership']],
    ['Parents in school life', 14, ['Parents in', 'school life']],
    ['Reception and first impressions', 16, ['Reception and', 'first', 'impressions']],
    ['Extraordinarilylongword here', 10, ['Extraordinarilylongword', 'here']],
    ['  spaced   out  ', 14, ['spaced out']],
  ])('%j in lines of %i', (text, length, lines) => {
    expect(wrapWords(text, length)).toEqual(lines);
  });
});

describe('marginForLabels', () => {
  const sizes = { label: 10, ring: 8, gap: 5, lineLength: 14 };

  it('leaves a side label its whole width and a top or bottom label its height', () => {
    // Four axes: top, right, bottom, left (clockwise from the top).
    const margin = marginForLabels(
      [
        { name: 'Top', score: '1.0' },
        { name: 'Rightmost', score: '2.0' },
        { name: 'Bottom', score: 'Not rated' },
        { name: 'Left', score: '3.0' },
      ],
      sizes,
    );
    // "Rightmost": 9 characters × 10px × 0.62 + 5 → 61. Two lines × 12px + 5 → 29.
    expect(margin).toEqual({ top: 29, right: 61, bottom: 29, left: 61 });
  });

  it('makes room for a wrapped label', () => {
    const one = marginForLabels([{ name: 'A', score: '1.0' }, { name: 'Short', score: '1.0' }, { name: 'B', score: '1.0' }], sizes);
    const wrapped = marginForLabels([{ name: 'A', score: '1.0' }, { name: 'Parents in school life', score: '1.0' }, { name: 'B', score: '1.0' }], sizes);
    expect(wrapped.right).toBeGreaterThan(one.right);
    expect(wrapped.top).toBeGreaterThan(one.top);
  });
});
