/**
 * Where the radar's domain labels go and how large the radar can be. Each
 * label sits just outside the end of its axis; the radius is the largest at
 * which every label (wrapped onto as many lines as suits it best) stays inside
 * the chart's box and clear of its neighbours, and the centre moves off the
 * middle when the labels on one side need more room than the other's.
 * Plain arithmetic, so that it is tested in node.
 */
import { separateLabels } from '../core/radar-labels';
import { HALO_WIDTH, LINE_HEIGHT, wrapToWidth, type TextMeasure } from './radar-text';

export interface AxisLabel {
  name: string;
  score: string;
}

export interface LabelSizes {
  /** Font size of a domain label, in CSS pixels. */
  label: number;
  /** Distance from the outer ring to a label. */
  gap: number;
}

export type HorizontalAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  lines: string[];
  width: number;
  height: number;
  /** From the top of the box to the first line's baseline. */
  baseline: number;
  anchor: HorizontalAnchor;
  /** Top left of the label's box, in the chart. */
  left: number;
  top: number;
}

export interface RadarLayout {
  radius: number;
  centre: { x: number; y: number };
  labels: PlacedLabel[];
  /** Height the chart needs (never more than the box's): the labels sit as high as they can. */
  height: number;
}

/** Room between the outer ring and the chart's edge, for the ring's line. */
const RING_MARGIN = 2;

/** Axes run clockwise from the top, as recharts draws them; y points down the screen. */
function axisDirection(index: number, count: number) {
  const angle = (2 * Math.PI * index) / count;
  const x = Math.sin(angle);
  const y = -Math.cos(angle);
  return { x: Math.abs(x) < 1e-6 ? 0 : x, y: Math.abs(y) < 1e-6 ? 0 : y };
}

/** Labels on the right start at their axis's end, those on the left end there, those at the top and bottom are centred. */
export function anchorFor(index: number, count: number): HorizontalAnchor {
  const { x } = axisDirection(index, count);
  return x === 0 ? 'middle' : x > 0 ? 'start' : 'end';
}

interface Block {
  lines: string[];
  width: number;
  height: number;
  baseline: number;
}

/**
 * A label's box against the centre, for a radius: sideways by its anchor; up
 * and down in step with its axis (above the top axis, centred on a level one,
 * below the bottom one), or, when `isHanging`, wholly above or below, which
 * keeps a tall label near a diagonal clear of the rings.
 */
function offsetAt(block: Block, index: number, count: number, gap: number, isHanging: boolean) {
  const { x, y } = axisDirection(index, count);
  const anchor = anchorFor(index, count);
  const across = anchor === 'start' ? 0 : anchor === 'end' ? 1 : 0.5;
  const down = isHanging ? (y === 0 ? 0.5 : y < 0 ? 1 : 0) : (1 - y) / 2;
  return (radius: number) => ({ anchor, left: (radius + gap) * x - across * block.width, top: (radius + gap) * y - down * block.height });
}

type Offset = ReturnType<ReturnType<typeof offsetAt>>;

/** Where the centre may go along one side of the box so that the rings and every label fit: [lowest, highest]. */
function centreRange(radius: number, length: number, starts: readonly number[], sizes: readonly number[]): [number, number] {
  const lowest = Math.max(radius + RING_MARGIN, ...starts.map((start) => -start));
  const highest = Math.min(length - radius - RING_MARGIN, ...starts.map((start, index) => length - start - sizes[index]!));
  return [lowest, highest];
}

/** Room kept between two labels moved apart. */
const LABEL_SPACING = 2;

/** Neighbouring labels that would touch are moved apart up and down (see separateLabels). */
function separate(placed: readonly Offset[], blocks: readonly Block[]): Offset[] {
  const tops = separateLabels(
    placed.map((offset, index) => ({
      left: offset.left,
      top: offset.top,
      width: blocks[index]!.width,
      height: blocks[index]!.height,
      side: offset.anchor,
      upness: axisDirection(index, placed.length).y,
    })),
    LABEL_SPACING,
  );
  return placed.map((offset, index) => ({ ...offset, top: tops[index]! }));
}

function fitAt(radius: number, box: { width: number; height: number }, blocks: readonly Block[], offsets: readonly ((radius: number) => Offset)[]) {
  const placed = separate(
    offsets.map((offset) => offset(radius)),
    blocks,
  );
  const across = centreRange(radius, box.width, placed.map((offset) => offset.left), blocks.map((block) => block.width));
  const down = centreRange(radius, box.height, placed.map((offset) => offset.top), blocks.map((block) => block.height));
  return { placed, across, down, fits: across[0] <= across[1] && down[0] <= down[1] };
}

/** The largest whole radius at which everything fits: the fitting radii run from 0 up, so halve the range until found. */
function largestRadius(box: { width: number; height: number }, blocks: readonly Block[], offsets: readonly ((radius: number) => Offset)[]): number {
  if (!fitAt(0, box, blocks, offsets).fits) return 0;
  let low = 0;
  let high = Math.floor(Math.min(box.width, box.height) / 2);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitAt(middle, box, blocks, offsets).fits) low = middle;
    else high = middle - 1;
  }
  return low;
}

const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** How close a label's box comes to the centre. */
function nearestReach(label: PlacedLabel, centre: { x: number; y: number }): number {
  const x = Math.max(label.left - centre.x, Math.min(0, label.left + label.width - centre.x));
  const y = Math.max(label.top - centre.y, Math.min(0, label.top + label.height - centre.y));
  return Math.hypot(x, y);
}

function layoutWith(labels: readonly AxisLabel[], box: { width: number; height: number }, sizes: LabelSizes, text: TextMeasure, maxWidth: number) {
  const count = labels.length;
  const blocks = labels.map((label): Block => {
    const lines = wrapToWidth(label.name, maxWidth, text.width);
    const width = Math.max(...lines.map((line) => text.width(line, true)), text.width(label.score, false)) + 2 * HALO_WIDTH;
    // From the top of the first line's letters to the bottom of the score's, with the outline around them.
    const height = HALO_WIDTH + text.ascent + lines.length * sizes.label * LINE_HEIGHT + text.descent + HALO_WIDTH;
    return { lines, width: Math.ceil(width), height: Math.ceil(height), baseline: HALO_WIDTH + text.ascent };
  });

  const place = (hanging: ReadonlySet<number>) => {
    const offsets = blocks.map((block, index) => offsetAt(block, index, count, sizes.gap, hanging.has(index)));
    const radius = largestRadius(box, blocks, offsets);
    const { placed, across, down } = fitAt(radius, box, blocks, offsets);
    // Centred across the room there is; as high as it goes, so that the chart is only as tall as it needs.
    const centre = { x: (across[0] + Math.max(across[0], across[1])) / 2, y: down[0] };
    const labelsAt = placed.map((offset, index): PlacedLabel => ({ ...blocks[index]!, anchor: offset.anchor, left: centre.x + offset.left, top: centre.y + offset.top }));
    return { radius, centre, labels: labelsAt };
  };

  let layout = place(new Set());
  // A label that reaches in over the outer ring hangs wholly clear of it instead.
  const tooNear = new Set(layout.labels.flatMap((label, index) => (nearestReach(label, layout.centre) < layout.radius + sizes.gap / 2 ? [index] : [])));
  if (tooNear.size > 0) layout = place(tooNear);
  const { radius, centre, labels: placed } = layout;
  const bottom = Math.max(centre.y + radius + RING_MARGIN, ...placed.map((label) => label.top + label.height));
  const hasOverlap = placed.some((label, index) => placed.slice(index + 1).some((other) => overlaps(label, other)));
  return { radius, centre, labels: placed, height: Math.min(box.height, Math.ceil(bottom)), hasOverlap };
}

/**
 * Tries each line width for the labels, from unwrapped down to a few
 * characters, and keeps the one that lets the radar be largest with no two
 * labels touching. More lines must earn their place: a narrower width is
 * taken only if it makes the radar clearly (5%) larger.
 */
function bestLayout(labels: readonly AxisLabel[], box: { width: number; height: number }, sizes: LabelSizes, text: TextMeasure) {
  const widest = Math.max(0, ...labels.map((label) => text.width(label.name, true)));
  const candidates = [widest];
  for (let characters = 18; characters >= 6; characters -= 2) {
    const width = characters * sizes.label * 0.6;
    if (width < widest) candidates.push(width);
  }
  let best: ReturnType<typeof layoutWith> | null = null;
  for (const maxWidth of candidates) {
    const layout = layoutWith(labels, box, sizes, text, maxWidth);
    const isBetter = !best || (best.hasOverlap && !layout.hasOverlap) || (best.hasOverlap === layout.hasOverlap && layout.radius > best.radius * 1.05);
    if (isBetter) best = layout;
  }
  return best!;
}

/** Rings smaller than this share of the chart's width (or height, if less) are too small to read. */
const SMALLEST_RADIUS = 1 / 6;

/** Whether the rings are large enough to read in a box of this size. */
export function isReadable(layout: Pick<RadarLayout, 'radius'>, box: { width: number; height: number }): boolean {
  return layout.radius >= Math.min(box.width, box.height) * SMALLEST_RADIUS;
}

/**
 * The layout in the box given. Where that leaves labels touching or the rings
 * too small to read (twelve sections at 320 pixels wide, say) and the chart
 * may grow taller, up to `tallest`, it does: the labels on each side then
 * have the height they need to stand one above another.
 */
export function layoutRadar(
  labels: readonly AxisLabel[],
  box: { width: number; height: number },
  sizes: LabelSizes,
  text: TextMeasure,
  tallest = box.height,
): RadarLayout {
  let best = bestLayout(labels, box, sizes, text);
  if (tallest > box.height && (best.hasOverlap || !isReadable(best, { width: box.width, height: box.width }))) {
    const tall = bestLayout(labels, { width: box.width, height: tallest }, sizes, text);
    if ((best.hasOverlap && !tall.hasOverlap) || (best.hasOverlap === tall.hasOverlap && tall.radius > best.radius)) best = tall;
  }
  const { radius, centre, labels: placed, height } = best;
  return { radius, centre, labels: placed, height };
}
