/** The radar chart drawn as PDF vector paths straight from the scores: crisp at any zoom, and its labels are real text. */
import { layoutRadar, type RadarPoint } from '../../core/plan-radar';
import type { PlanReport } from '../../core/plan-report';
import { COLOUR, TYPE, type Pdf } from '../layout';

function polygon(pdf: Pdf, points: readonly RadarPoint[], cx: number, cy: number, radius: number, style: 'S' | 'F' | 'FD'): void {
  if (points.length < 2) return;
  const absolute = points.map((point) => [cx + point.x * radius, cy + point.y * radius] as const);
  const deltas = absolute.slice(1).map(([x, y], index) => [x - absolute[index]![0], y - absolute[index]![1]]);
  pdf.doc.lines(deltas, absolute[0]![0], absolute[0]![1], [1, 1], style, true);
}

export function drawRadar(pdf: Pdf, report: PlanReport, cx: number, cy: number, radius: number): void {
  const { doc, book } = pdf;
  const levels = report.levels.map((level) => level.value);
  const radar = layoutRadar(
    report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })),
    levels,
  );

  doc.setDrawColor(COLOUR.border).setLineWidth(0.25);
  for (const ring of radar.rings) polygon(pdf, ring.points, cx, cy, radius, 'S');
  for (const axis of radar.axes) doc.line(cx, cy, cx + axis.end.x * radius, cy + axis.end.y * radius);
  // Level numbers sit just right of the first (top) axis.
  for (const ring of radar.rings) {
    book.draw(String(ring.value), cx + 1.2, cy - (ring.value / Math.max(...levels)) * radius + 3, { size: 7, color: COLOUR.secondary });
  }

  if (radar.shape.length >= 3) {
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
