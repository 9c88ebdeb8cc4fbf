/**
 * The team's spread on the radar: along each section's axis, a pale bar from
 * the lowest person's score to the highest, with a tick at each end, and a
 * darker bar over the middle half. Bars lie along the axes rather than
 * joining up, since a band between two sections would claim scores nobody
 * gave. Drawn behind the score line. The middle-half colour and the ticks
 * have at least 3:1 contrast with white (WCAG 1.4.11); the pale bar only
 * joins them.
 */
import type { ScoreBand } from '../core/combine-responses';

export const BAND_RANGE_FILL = '#bbd4ea';
export const BAND_MIDDLE_FILL = '#5694ca';
export const BAND_TICK = '#1d70b8';
export const BAND_DESCRIPTION = 'pale bar from the lowest score to the highest, darker bar over the middle half';

interface Point {
  x: number;
  y: number;
}

export interface BandBar {
  range: [Point, Point];
  middle: [Point, Point];
  /** Across the axis: which way a tick at an end runs, as a unit vector. */
  across: Point;
}

/** Where a score sits on axis `index` of `count`, clockwise from the top as recharts draws them, the radius running from 0 to `maxLevel`. */
function pointAt(value: number, index: number, count: number, geometry: { centre: Point; radius: number; maxLevel: number }): Point {
  const angle = (2 * Math.PI * index) / count;
  const distance = (value / geometry.maxLevel) * geometry.radius;
  return { x: geometry.centre.x + distance * Math.sin(angle), y: geometry.centre.y - distance * Math.cos(angle) };
}

/** One bar per section with a band, in the sections' order; null where nobody rated the section. */
export function layoutBands(bands: readonly (ScoreBand | null)[], geometry: { centre: Point; radius: number; maxLevel: number }): (BandBar | null)[] {
  const count = bands.length;
  return bands.map((band, index) => {
    if (!band) return null;
    const at = (value: number) => pointAt(value, index, count, geometry);
    const angle = (2 * Math.PI * index) / count;
    return {
      range: [at(band.lowest), at(band.highest)],
      middle: [at(band.lowerQuartile), at(band.upperQuartile)],
      across: { x: Math.cos(angle), y: Math.sin(angle) },
    };
  });
}

interface BandShapeProps {
  bars: readonly (BandBar | null)[];
  /** Names the band and every section's spread for assistive technology. */
  label: string;
  width: number;
}

export function BandShape({ bars, label, width }: BandShapeProps) {
  const line = ([from, to]: [Point, Point]) => ({ x1: from.x, y1: from.y, x2: to.x, y2: to.y });
  return (
    <g role="img" aria-label={label}>
      {bars.map((bar, index) => {
        if (!bar) return null;
        const tick = (point: Point) => ({
          x1: point.x - (bar.across.x * width) / 2,
          y1: point.y - (bar.across.y * width) / 2,
          x2: point.x + (bar.across.x * width) / 2,
          y2: point.y + (bar.across.y * width) / 2,
        });
        return (
          <g key={index}>
            <line {...line(bar.range)} stroke={BAND_RANGE_FILL} strokeWidth={width} />
            <line {...line(bar.middle)} stroke={BAND_MIDDLE_FILL} strokeWidth={width} />
            {bar.range.map((end, endIndex) => (
              <line key={endIndex} {...tick(end)} stroke={BAND_TICK} strokeWidth={2} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** The band's entry in the radar's key: the same bar, drawn across. */
export function BandSample() {
  return (
    <svg className="app-radar__sample" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
      <rect x="3" y="3" width="42" height="10" fill={BAND_RANGE_FILL} />
      <rect x="15" y="3" width="18" height="10" fill={BAND_MIDDLE_FILL} />
      <line x1="3" y1="2" x2="3" y2="14" stroke={BAND_TICK} strokeWidth="2" />
      <line x1="45" y1="2" x2="45" y2="14" stroke={BAND_TICK} strokeWidth="2" />
    </svg>
  );
}
