import { describe, expect, it } from 'vitest';
import { outlinePath } from '../../src/components/radar-series';

const p = (x: number, y: number) => ({ x, y });
const notRated = p(Number.NaN, Number.NaN);

describe('outlinePath', () => {
  it('closes and fills the shape when every domain is rated', () => {
    expect(outlinePath([p(0, -10), p(10, 5), p(-10, 5)])).toEqual({ d: 'M0,-10L10,5L-10,5Z', isClosed: true });
  });

  it('leaves a gap at a domain that is not rated, instead of drawing it at the centre', () => {
    const outline = outlinePath([p(0, -10), p(10, 5), notRated, p(-5, -5)]);
    expect(outline).toEqual({ d: 'M0,-10L10,5M-5,-5L0,-10', isClosed: false });
    expect(outline.d).not.toContain('NaN');
  });

  it('draws nothing when nothing is rated, and no line from a lone rated domain', () => {
    expect(outlinePath([notRated, notRated, notRated]).d).toBe('');
    expect(outlinePath([notRated, p(10, 5), notRated]).d).toBe('');
  });
});
