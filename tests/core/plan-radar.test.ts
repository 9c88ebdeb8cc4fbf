import { describe, expect, it } from 'vitest';
import { layoutRadar, layoutRadarBand } from '../../src/core/plan-radar';

describe('layoutRadar', () => {
  const levels = [1, 2, 3, 4];

  it('starts at the top and goes clockwise, on the unit circle', () => {
    const { axes } = layoutRadar(
      [
        { label: 'North', score: 4 },
        { label: 'East', score: 4 },
        { label: 'South', score: 4 },
        { label: 'West', score: 4 },
      ],
      levels,
    );
    expect(axes.map((axis) => [axis.label, axis.end, axis.align])).toEqual([
      ['North', { x: 0, y: -1 }, 'center'],
      ['East', { x: 1, y: 0 }, 'left'],
      ['South', { x: 0, y: 1 }, 'center'],
      ['West', { x: -1, y: 0 }, 'right'],
    ]);
  });

  it('draws one ring per level and places scores in proportion to the top level', () => {
    const radar = layoutRadar(
      [
        { label: 'A', score: 2 },
        { label: 'B', score: 4 },
        { label: 'C', score: 1 },
      ],
      levels,
    );
    expect(radar.rings.map((ring) => ring.value)).toEqual([1, 2, 3, 4]);
    expect(radar.rings[1]!.points[0]).toEqual({ x: 0, y: -0.5 });
    expect(radar.shape).toHaveLength(3);
    expect(radar.shape[0]).toEqual({ x: 0, y: -0.5 });
    expect(Math.hypot(radar.shape[1]!.x, radar.shape[1]!.y)).toBeCloseTo(1);
    expect(Math.hypot(radar.shape[2]!.x, radar.shape[2]!.y)).toBeCloseTo(0.25);
  });

  it('leaves out a domain that is not rated instead of drawing it as zero', () => {
    const radar = layoutRadar(
      [
        { label: 'A', score: 3 },
        { label: 'B', score: null },
        { label: 'C', score: 3 },
      ],
      levels,
    );
    expect(radar.axes).toHaveLength(3);
    expect(radar.shape).toHaveLength(2);
    expect(radar.shape.every((point) => Math.hypot(point.x, point.y) > 0.7)).toBe(true);
  });

  it('has no ring for a zero level', () => {
    expect(layoutRadar([{ label: 'A', score: 1 }], [0, 1, 2]).rings.map((ring) => ring.value)).toEqual([1, 2]);
  });
});

describe('layoutRadarBand', () => {
  const levels = [1, 2, 3, 4];
  const band = (lowest: number, highest: number, lowerQuartile = lowest, upperQuartile = highest) => ({ lowest, highest, lowerQuartile, upperQuartile });

  it('makes a wedge between each pair of neighbouring axes, lowest to highest and the middle half, in proportion to the top level', () => {
    const { range, middle } = layoutRadarBand([band(2, 4, 3, 4), band(1, 2), band(2, 2), band(4, 4)], levels);
    expect(range.wedges).toHaveLength(4);
    // North (0, -1) from 2 to 4, then East (1, 0) from 1 to 2.
    expect(range.wedges[0]).toEqual([{ x: 0, y: -0.5 }, { x: 0, y: -1 }, { x: 0.5, y: 0 }, { x: 0.25, y: 0 }]);
    expect(middle.wedges[0]).toEqual([{ x: 0, y: -0.75 }, { x: 0, y: -1 }, { x: 0.5, y: 0 }, { x: 0.25, y: 0 }]);
    expect(range.spokes).toEqual([]);
  });

  it('leaves out the wedges beside a section nobody rated, and draws a lone section as a line along its axis', () => {
    const { range } = layoutRadarBand([band(2, 4), null, band(1, 3), band(2, 3)], levels);
    // Only South–West and West–North have a band at both ends.
    expect(range.wedges).toHaveLength(2);
    expect(range.spokes).toEqual([]);
    const lone = layoutRadarBand([band(2, 4), null, band(1, 3), null], levels).range;
    expect(lone.wedges).toEqual([]);
    expect(lone.spokes).toEqual([
      [{ x: 0, y: -0.5 }, { x: 0, y: -1 }],
      [{ x: 0, y: 0.25 }, { x: 0, y: 0.75 }],
    ]);
  });
});
