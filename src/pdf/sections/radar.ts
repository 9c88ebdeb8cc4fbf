/**
 * The radar chart drawn as PDF vector paths straight from the scores: crisp at any zoom, and its labels are real text.
 * For a team, the spread of everyone's section scores lies behind the score line: lowest to highest in a
 * light band, the middle half in a stronger one, with a key beneath (drawKey).
 */
import { layoutRadar, layoutRadarBand, type RadarAxis, type RadarBandInput, type RadarBandShape, type RadarPoint } from '../../core/plan-radar';
import { separateLabels } from '../../core/radar-labels';
import type { PlanReport } from '../../core/plan-report';
import { COLOUR, TYPE, type Pdf } from '../layout';

/** What a radar draws: a plan's sections and its team's band, or a borough's median school and spread of schools. */
export interface RadarChartInput {
  axes: readonly { label: string; score: number | null }[];
  levels: readonly number[];
  /** One per axis; null for one person's self-evaluation, which has no band. */
  bands: readonly (RadarBandInput | null)[] | null;
}

/** The plan's radar: its sections' scores, with the team's band for a team. */
export function planRadarInput(report: PlanReport): RadarChartInput {
  return {
    axes: report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })),
    levels: report.levels.map((level) => level.value),
    bands: report.team ? report.team.sections.map((section) => section.band) : null,
  };
}

/** Tints of the score line's blue, opaque so that neighbouring wedges meet without a seam. */
export const BAND_COLOUR = { range: '#d2e2f1', middle: '#9fc2e4' } as const;

function polygon(pdf: Pdf, points: readonly RadarPoint[], cx: number, cy: number, radius: number, style: 'S' | 'F' | 'FD'): void {
  if (points.length < 2) return;
  const absolute = points.map((point) => [cx + point.x * radius, cy + point.y * radius] as const);
  const deltas = absolute.slice(1).map(([x, y], index) => [x - absolute[index]![0], y - absolute[index]![1]]);
  pdf.doc.lines(deltas, absolute[0]![0], absolute[0]![1], [1, 1], style, true);
}

/** Every wedge as one path filled once, so that no edge shows between them; a lone section's band as a thick line. */
function drawBandShape(pdf: Pdf, shape: RadarBandShape, colour: string, spokeWidth: number, cx: number, cy: number, radius: number): void {
  const { doc } = pdf;
  const at = (point: RadarPoint) => [cx + point.x * radius, cy + point.y * radius];
  if (shape.wedges.length > 0) {
    doc.setFillColor(colour);
    doc.path(shape.wedges.flatMap((wedge) => [{ op: 'm', c: at(wedge[0]!) }, ...wedge.slice(1).map((point) => ({ op: 'l', c: at(point) })), { op: 'h', c: [] }])).fill();
  }
  doc.setDrawColor(colour).setLineWidth(spokeWidth).setLineCap('round');
  for (const [from, to] of shape.spokes) doc.line(at(from)[0]!, at(from)[1]!, at(to)[0]!, at(to)[1]!);
  doc.setLineCap('butt');
}

const NAME_STYLE = { size: 9, bold: true } as const;
const SCORE_STYLE = { ...TYPE.small, size: 8.5 } as const;
/**
 * A label's lines, in mm: from its top to the name's baseline, the name's
 * baseline to the score's, and below the score, by Noto Sans's own extent
 * (1.069 of the size above the baseline, 0.293 below), whatever the letters.
 */
const MM_PER_POINT = 25.4 / 72;
const LABEL_ASCENT = NAME_STYLE.size * 1.069 * MM_PER_POINT;
const SCORE_STEP = 3.8;
const LABEL_DESCENT = SCORE_STYLE.size * 0.293 * MM_PER_POINT;
/** Room kept between two labels that had to be moved apart. */
const LABEL_SPACING = 0.8;
const SIDE = { left: 'start', right: 'end', center: 'middle' } as const;

export interface PlacedRadarLabel {
  axis: RadarAxis;
  /** Where the label's lines are aligned, and the name's baseline, from the chart's centre. */
  x: number;
  baseline: number;
  top: number;
  bottom: number;
}

/**
 * Each section's name and score just beyond its axis end, from the chart's
 * centre: above the chart at the top, below it at the bottom, level with it at
 * the sides. Labels that would touch (twelve sections, say) are moved apart.
 */
export function placeRadarLabels(pdf: Pdf, chart: RadarChartInput, radius: number): PlacedRadarLabel[] {
  const axes = layoutRadar(chart.axes, chart.levels).axes;
  const height = LABEL_ASCENT + SCORE_STEP + LABEL_DESCENT;
  const placed = axes.map((axis) => {
    const x = axis.end.x * (radius + 3);
    const edge = axis.end.y * (radius + 3);
    const baseline = axis.end.y < -0.5 ? edge - 6 : axis.end.y > 0.5 ? edge + 3 : edge - 0.5;
    const width = Math.max(pdf.book.width(axis.label, NAME_STYLE), pdf.book.width(axis.scoreText, SCORE_STYLE));
    const left = axis.align === 'left' ? x : axis.align === 'right' ? x - width : x - width / 2;
    return { axis, x, left, width, top: baseline - LABEL_ASCENT };
  });
  const tops = separateLabels(
    placed.map(({ axis, left, width, top }) => ({ left, top, width, height, side: SIDE[axis.align], upness: axis.end.y })),
    LABEL_SPACING,
  );
  return placed.map(({ axis, x }, index) => ({ axis, x, baseline: tops[index]! + LABEL_ASCENT, top: tops[index]!, bottom: tops[index]! + height }));
}

export function drawRadar(pdf: Pdf, chart: RadarChartInput, cx: number, cy: number, radius: number): void {
  const { doc, book } = pdf;
  const { levels } = chart;
  const radar = layoutRadar(chart.axes, levels);

  if (chart.bands) {
    const band = layoutRadarBand(chart.bands, levels);
    drawBandShape(pdf, band.range, BAND_COLOUR.range, 2, cx, cy, radius);
    drawBandShape(pdf, band.middle, BAND_COLOUR.middle, 1.2, cx, cy, radius);
  }

  doc.setDrawColor(COLOUR.border).setLineWidth(0.25);
  for (const ring of radar.rings) polygon(pdf, ring.points, cx, cy, radius, 'S');
  for (const axis of radar.axes) doc.line(cx, cy, cx + axis.end.x * radius, cy + axis.end.y * radius);
  // Level numbers sit just right of the first (top) axis.
  for (const ring of radar.rings) {
    book.draw(String(ring.value), cx + 1.2, cy - (ring.value / Math.max(...levels)) * radius + 3, { size: 7, color: COLOUR.secondary });
  }

  // With a band behind it, the score is a line alone: a fill over the band would hide it.
  if (radar.shape.length >= 3 && !chart.bands) {
    doc.saveGraphicsState();
    doc.setGState(doc.GState({ opacity: 0.22 }));
    doc.setFillColor(COLOUR.blue);
    polygon(pdf, radar.shape, cx, cy, radius, 'F');
    doc.restoreGraphicsState();
  }
  doc.setDrawColor(COLOUR.blue).setLineWidth(0.7);
  if (radar.shape.length >= 2) polygon(pdf, radar.shape, cx, cy, radius, 'S');
  doc.setFillColor(COLOUR.blue);
  for (const point of radar.shape) doc.circle(cx + point.x * radius, cy + point.y * radius, 0.9, 'F');

  for (const label of placeRadarLabels(pdf, chart, radius)) {
    book.draw(label.axis.label, cx + label.x, cy + label.baseline, NAME_STYLE, { align: label.axis.align });
    book.draw(label.axis.scoreText, cx + label.x, cy + label.baseline + SCORE_STEP, SCORE_STYLE, { align: label.axis.align });
  }
}

const KEY_STYLE = { size: 8.5 } as const;
const KEY_STEP = 4.6;
const SWATCH = { width: 7, height: 3.2 } as const;

/** The height of the key under a radar with a band. */
export const KEY_HEIGHT = 3 * KEY_STEP;

/** What the key under a radar with a band says of the range, the middle half and the score line. */
export interface RadarKeyText {
  range: string;
  middle: string;
  score: string;
}

/** The key under a radar with a band, one entry a line, the block centred under the chart; returns the height used. */
export function drawKey(pdf: Pdf, key: RadarKeyText, cx: number, top: number): number {
  const { doc, book } = pdf;
  const entries = [key.range, key.middle, key.score];
  const width = SWATCH.width + 2.5 + Math.max(...entries.map((text) => book.width(text, KEY_STYLE)));
  const left = cx - width / 2;
  entries.forEach((text, index) => {
    const y = top + index * KEY_STEP;
    const middle = y + KEY_STEP / 2;
    if (index < 2) doc.setFillColor(index === 0 ? BAND_COLOUR.range : BAND_COLOUR.middle).rect(left, middle - SWATCH.height / 2, SWATCH.width, SWATCH.height, 'F');
    else {
      doc.setDrawColor(COLOUR.blue).setLineWidth(0.7).line(left, middle, left + SWATCH.width, middle);
      doc.setFillColor(COLOUR.blue).circle(left + SWATCH.width / 2, middle, 0.9, 'F');
    }
    book.draw(text, left + SWATCH.width + 2.5, middle + 1.1, KEY_STYLE);
  });
  return KEY_HEIGHT;
}
