/**
 * The radar chart drawn as PDF vector paths straight from the scores: crisp at any zoom, and its labels are real text.
 * For a team, the spread of everyone's section scores lies behind the score line: lowest to highest in a
 * light band, the middle half in a stronger one, with a key beneath (drawKey).
 */
import { layoutRadar, layoutRadarBand, type RadarBandShape, type RadarPoint } from '../../core/plan-radar';
import type { PlanReport } from '../../core/plan-report';
import type { PlanTeam } from '../../core/plan-team';
import { COLOUR, TYPE, type Pdf } from '../layout';

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

export function drawRadar(pdf: Pdf, report: PlanReport, cx: number, cy: number, radius: number): void {
  const { doc, book } = pdf;
  const levels = report.levels.map((level) => level.value);
  const radar = layoutRadar(
    report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })),
    levels,
  );

  if (report.team) {
    const band = layoutRadarBand(report.team.sections.map((section) => section.band), levels);
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

  // With a team's band behind it, the score is a line alone: a fill over the band would hide it.
  if (radar.shape.length >= 3 && !report.team) {
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

  for (const axis of radar.axes) {
    const x = cx + axis.end.x * (radius + 3);
    const edge = cy + axis.end.y * (radius + 3);
    // Above the top of the chart, below the bottom, level with it at the sides.
    const y = axis.end.y < -0.5 ? edge - 6 : axis.end.y > 0.5 ? edge + 3 : edge - 0.5;
    book.draw(axis.label, x, y, { size: 9, bold: true }, { align: axis.align });
    book.draw(axis.scoreText, x, y + 3.8, { ...TYPE.small, size: 8.5 }, { align: axis.align });
  }
}

const KEY_STYLE = { size: 8.5 } as const;
const KEY_STEP = 4.6;
const SWATCH = { width: 7, height: 3.2 } as const;

/** The height of the key under a team's radar. */
export const KEY_HEIGHT = 3 * KEY_STEP;

/** The key under a team's radar, one entry a line, the block centred under the chart; returns the height used. */
export function drawKey(pdf: Pdf, team: PlanTeam, cx: number, top: number): number {
  const { doc, book } = pdf;
  const entries = [team.key.range, team.key.middle, team.key.score];
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
