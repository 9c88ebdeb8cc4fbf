/**
 * Radar labels kept apart. With many sections (twelve, say) the labels at the
 * ends of neighbouring axes would touch: each is two or three lines tall and
 * the axes are close together. They are moved apart up and down, away from
 * the chart's middle: on each side the label nearest the middle stays, those
 * above it move up and those below move down, each only as far as it must;
 * then the labels at the very top and bottom move clear of those beside them.
 * Moving away from the middle only ever takes a label further from the rings.
 * Shared by the results page's radar and the development plan's PDF, in
 * whatever units each draws in.
 */

/** Which way a label runs from its axis end: to the right, to the left, or centred on it (top and bottom). */
export type LabelSide = 'start' | 'end' | 'middle';

export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
  side: LabelSide;
  /** Where its axis points, up or down: -1 straight up, 0 level, 1 straight down. */
  upness: number;
}

/** Each label's top, moved where it must be to keep `spacing` clear of every other label. */
export function separateLabels(boxes: readonly LabelBox[], spacing: number): number[] {
  const tops = boxes.map((box) => box.top);
  const isAcross = (a: number, b: number) => boxes[a]!.left < boxes[b]!.left + boxes[b]!.width && boxes[b]!.left < boxes[a]!.left + boxes[a]!.width;
  const touch = (a: number, b: number) =>
    isAcross(a, b) && tops[a]! < tops[b]! + boxes[b]!.height + spacing && tops[b]! < tops[a]! + boxes[a]!.height + spacing;
  const moveUpClearOf = (index: number, other: number) => {
    if (touch(index, other)) tops[index] = Math.min(tops[index]!, tops[other]! - boxes[index]!.height - spacing);
  };
  const moveDownClearOf = (index: number, other: number) => {
    if (touch(index, other)) tops[index] = Math.max(tops[index]!, tops[other]! + boxes[other]!.height + spacing);
  };
  const indices = [...boxes.keys()];
  for (const side of ['start', 'end'] as const) {
    const column = indices.filter((index) => boxes[index]!.side === side).sort((a, b) => boxes[a]!.upness - boxes[b]!.upness);
    const middle = column.reduce((best, index, at) => (Math.abs(boxes[index]!.upness) < Math.abs(boxes[column[best]!]!.upness) ? at : best), 0);
    for (let at = middle - 1; at >= 0; at--) for (const other of column.slice(at + 1, middle + 1)) moveUpClearOf(column[at]!, other);
    for (let at = middle + 1; at < column.length; at++) for (const other of column.slice(middle, at)) moveDownClearOf(column[at]!, other);
  }
  for (const index of indices.filter((candidate) => boxes[candidate]!.side === 'middle')) {
    for (const other of indices.filter((candidate) => boxes[candidate]!.side !== 'middle')) {
      (boxes[index]!.upness < 0 ? moveUpClearOf : moveDownClearOf)(index, other);
    }
  }
  return tops;
}
