/**
 * Radar chart geometry, shared by the PDF (drawn with jsPDF lines) and the
 * printable page (SVG), so both show exactly the same picture. Coordinates
 * are on a unit circle centred at 0,0 with y pointing down; the first axis
 * points straight up and the rest follow clockwise.
 */
import { formatScore } from './score-display';

export interface RadarPoint {
  x: number;
  y: number;
}

export interface RadarAxis {
  label: string;
  score: number | null;
  /** The score as the tables show it, for the label beside the axis. */
  scoreText: string;
  /** Where the axis meets the outer ring. */
  end: RadarPoint;
  /** Which way a label beside the axis end should run. */
  align: 'left' | 'center' | 'right';
}

export interface RadarLayout {
  axes: RadarAxis[];
  /** One ring per scale level, innermost first, with its level value. */
  rings: { value: number; points: RadarPoint[] }[];
  /** The scores, joined in axis order; domains that are not rated are left out, never drawn as zero. */
  shape: RadarPoint[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function pointAt(index: number, count: number, fraction: number): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: round(Math.cos(angle) * fraction), y: round(Math.sin(angle) * fraction) };
}

export function layoutRadar(domains: readonly { label: string; score: number | null }[], levels: readonly number[]): RadarLayout {
  const max = Math.max(...levels);
  const count = domains.length;
  const axes = domains.map((domain, index): RadarAxis => {
    const end = pointAt(index, count, 1);
    return { label: domain.label, score: domain.score, scoreText: formatScore(domain.score), end, align: Math.abs(end.x) < 0.15 ? 'center' : end.x > 0 ? 'left' : 'right' };
  });
  const rings = [...levels]
    .filter((value) => value > 0)
    .sort((a, b) => a - b)
    .map((value) => ({ value, points: domains.map((_, index) => pointAt(index, count, value / max)) }));
  const shape = domains.flatMap((domain, index) => (domain.score === null ? [] : [pointAt(index, count, Math.max(0, domain.score) / max)]));
  return { axes, rings, shape };
}

/** One section's spread of scores across a team: lowest to highest, and the middle half. */
export interface RadarBandInput {
  lowest: number;
  highest: number;
  lowerQuartile: number;
  upperQuartile: number;
}

/**
 * A band between two values on every axis, as pieces to fill in one go:
 * between each pair of neighbouring axes that both have a band, the four
 * corners of that wedge of it; an axis whose neighbours have none is a
 * line along it (`spokes`), so that no section's spread goes unseen.
 */
export interface RadarBandShape {
  wedges: RadarPoint[][];
  spokes: [RadarPoint, RadarPoint][];
}

export interface RadarBand {
  /** Lowest to highest. */
  range: RadarBandShape;
  /** Lower to upper quartile. */
  middle: RadarBandShape;
}

function bandShape(bands: readonly ({ from: number; to: number } | null)[], max: number): RadarBandShape {
  const count = bands.length;
  const at = (index: number, value: number) => pointAt(index, count, Math.max(0, value) / max);
  const wedges: RadarPoint[][] = [];
  const hasWedge = bands.map(() => false);
  bands.forEach((band, index) => {
    const next = (index + 1) % count;
    const other = bands[next];
    // Two axes make a line, not a ring: join them once, not there and back.
    if (!band || !other || count < 3) return;
    wedges.push([at(index, band.from), at(index, band.to), at(next, other.to), at(next, other.from)]);
    hasWedge[index] = hasWedge[next] = true;
  });
  const spokes = bands.flatMap((band, index): [RadarPoint, RadarPoint][] => (band && !hasWedge[index] ? [[at(index, band.from), at(index, band.to)]] : []));
  return { wedges, spokes };
}

export function layoutRadarBand(bands: readonly (RadarBandInput | null)[], levels: readonly number[]): RadarBand {
  const max = Math.max(...levels);
  return {
    range: bandShape(bands.map((band) => band && { from: band.lowest, to: band.highest }), max),
    middle: bandShape(bands.map((band) => band && { from: band.lowerQuartile, to: band.upperQuartile }), max),
  };
}
