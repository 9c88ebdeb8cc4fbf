/**
 * The summary's radar as a PNG, for a file format that cannot draw it itself
 * (Word). Drawn on a canvas from the same chart model as the printable page
 * and the PDF (layoutRadar, layoutRadarBand, separateLabels), so all three
 * show the same picture. Loaded only on export. Where there is no canvas
 * (Node, in the unit tests) it returns null and the file goes without the
 * picture; the scores table beside it carries the same numbers.
 */
import { layoutRadar, layoutRadarBand, type RadarBandShape, type RadarPoint } from '../core/plan-radar';
import type { PlanReport } from '../core/plan-report';
import type { PlanRenderInputs } from '../core/plan-renderer';
import { separateLabels } from '../core/radar-labels';

/** Pixels: drawn at twice the size it is shown at, so that it stays sharp when printed. */
const WIDTH = 1280;
const HEIGHT = 960;
const RADIUS = 300;
const NAME_FONT = 'bold 24px "Noto Sans", Arial, sans-serif';
const SCORE_FONT = '22px "Noto Sans", Arial, sans-serif';
const LINE = 28;
const COLOUR = { text: '#0b0c0c', secondary: '#484949', border: '#b1b4b6', blue: '#1d70b8', range: '#d2e2f1', middle: '#9fc2e4' } as const;
const SIDE = { left: 'start', right: 'end', center: 'middle' } as const;

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function makeCanvas(): { context: Context; toPng: () => Promise<Blob> } | null {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
    const context = canvas.getContext('2d');
    return context ? { context, toPng: () => canvas.convertToBlob({ type: 'image/png' }) } : null;
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return null;
  return { context, toPng: () => new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn'))), 'image/png')) };
}

function measure(context: Context, text: string, font: string): number {
  context.font = font;
  return context.measureText(text).width;
}

function path(context: Context, points: readonly RadarPoint[], cx: number, cy: number): void {
  context.beginPath();
  points.forEach((point, index) => (index === 0 ? context.moveTo(cx + point.x * RADIUS, cy + point.y * RADIUS) : context.lineTo(cx + point.x * RADIUS, cy + point.y * RADIUS)));
  context.closePath();
}

function drawBand(context: Context, shape: RadarBandShape, colour: string, spokeWidth: number, cx: number, cy: number): void {
  context.fillStyle = colour;
  for (const wedge of shape.wedges) {
    path(context, wedge, cx, cy);
    context.fill();
  }
  context.strokeStyle = colour;
  context.lineWidth = spokeWidth;
  context.lineCap = 'round';
  for (const [from, to] of shape.spokes) {
    context.beginPath();
    context.moveTo(cx + from.x * RADIUS, cy + from.y * RADIUS);
    context.lineTo(cx + to.x * RADIUS, cy + to.y * RADIUS);
    context.stroke();
  }
}

export async function drawRadarPicture(report: PlanReport): Promise<PlanRenderInputs['radarPicture']> {
  const canvas = makeCanvas();
  if (!canvas || report.domains.length === 0) return null;
  const { context } = canvas;
  const levels = report.levels.map((level) => level.value);
  const radar = layoutRadar(report.domains.map((domain) => ({ label: domain.shortTitle, score: domain.scoreValue })), levels);
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, HEIGHT);

  if (report.team) {
    const band = layoutRadarBand(report.team.sections.map((section) => section.band), levels);
    drawBand(context, band.range, COLOUR.range, 12, cx, cy);
    drawBand(context, band.middle, COLOUR.middle, 7, cx, cy);
  }
  context.strokeStyle = COLOUR.border;
  context.lineWidth = 1.5;
  for (const ring of radar.rings) {
    path(context, ring.points, cx, cy);
    context.stroke();
  }
  for (const axis of radar.axes) {
    context.beginPath();
    context.moveTo(cx, cy);
    context.lineTo(cx + axis.end.x * RADIUS, cy + axis.end.y * RADIUS);
    context.stroke();
  }
  context.fillStyle = COLOUR.secondary;
  context.font = '18px "Noto Sans", Arial, sans-serif';
  context.textAlign = 'left';
  const max = Math.max(...levels);
  for (const ring of radar.rings) context.fillText(String(ring.value), cx + 6, cy - (ring.value / max) * RADIUS + 18);

  // With a team's band behind it, the score is a line alone: a fill would hide the band.
  if (radar.shape.length >= 3 && !report.team) {
    context.fillStyle = 'rgba(29, 112, 184, 0.22)';
    path(context, radar.shape, cx, cy);
    context.fill();
  }
  context.strokeStyle = COLOUR.blue;
  context.lineWidth = 4;
  if (radar.shape.length >= 2) {
    path(context, radar.shape, cx, cy);
    context.stroke();
  }
  context.fillStyle = COLOUR.blue;
  for (const point of radar.shape) {
    context.beginPath();
    context.arc(cx + point.x * RADIUS, cy + point.y * RADIUS, 6, 0, 2 * Math.PI);
    context.fill();
  }

  // Each section's name and score beyond its axis end, moved apart where they would touch.
  const placed = radar.axes.map((axis) => {
    const width = Math.max(measure(context, axis.label, NAME_FONT), measure(context, axis.scoreText, SCORE_FONT));
    const x = axis.end.x * (RADIUS + 16);
    const edge = axis.end.y * (RADIUS + 16);
    const top = axis.end.y < -0.5 ? edge - 2 * LINE : axis.end.y > 0.5 ? edge : edge - LINE;
    const left = axis.align === 'left' ? x : axis.align === 'right' ? x - width : x - width / 2;
    return { axis, x, left, width, top };
  });
  const tops = separateLabels(
    placed.map(({ axis, left, width, top }) => ({ left, top, width, height: 2 * LINE, side: SIDE[axis.align], upness: axis.end.y })),
    4,
  );
  context.textBaseline = 'top';
  placed.forEach(({ axis, x }, index) => {
    context.textAlign = axis.align === 'center' ? 'center' : axis.align;
    context.fillStyle = COLOUR.text;
    context.font = NAME_FONT;
    context.fillText(axis.label, cx + x, cy + tops[index]!);
    context.fillStyle = COLOUR.secondary;
    context.font = SCORE_FONT;
    context.fillText(axis.scoreText, cx + x, cy + tops[index]! + LINE);
  });
  return { png: new Uint8Array(await (await canvas.toPng()).arrayBuffer()), width: WIDTH / 2, height: HEIGHT / 2 };
}
