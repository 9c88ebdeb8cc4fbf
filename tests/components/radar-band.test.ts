import { describe, expect, it } from 'vitest';
import type { ScoreBand } from '../../src/core/combine-responses';
import { layoutBands } from '../../src/components/radar-band';

const band = (lowest: number, lowerQuartile: number, upperQuartile: number, highest: number): ScoreBand => ({ respondents: 4, median: (lowerQuartile + upperQuartile) / 2, lowest, highest, lowerQuartile, upperQuartile });
const geometry = { centre: { x: 100, y: 100 }, radius: 80, maxLevel: 4 };
const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, number: unknown) => (typeof number === 'number' ? Math.round(number * 1000) / 1000 + 0 : number))) as unknown;

describe('layoutBands', () => {
  it('lays each band along its own axis, clockwise from the top, on the radius scale from 0 to the top level', () => {
    const bars = layoutBands([band(1, 2, 3, 4), band(2, 2, 3, 3), null, band(0.5, 1, 1, 1.5)], geometry);
    expect(rounded(bars)).toEqual([
      // Up: 1 is a quarter of the radius (20 px) above the centre, 4 the whole radius.
      { range: [{ x: 100, y: 80 }, { x: 100, y: 20 }], middle: [{ x: 100, y: 60 }, { x: 100, y: 40 }], across: { x: 1, y: 0 } },
      // Right.
      { range: [{ x: 140, y: 100 }, { x: 160, y: 100 }], middle: [{ x: 140, y: 100 }, { x: 160, y: 100 }], across: { x: 0, y: 1 } },
      // Not rated: no bar.
      null,
      // Left.
      { range: [{ x: 90, y: 100 }, { x: 70, y: 100 }], middle: [{ x: 80, y: 100 }, { x: 80, y: 100 }], across: { x: 0, y: -1 } },
    ]);
  });

  it('has no bars when there are no bands', () => {
    expect(layoutBands([], geometry)).toEqual([]);
  });
});
