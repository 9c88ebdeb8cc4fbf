import { describe, expect, it } from 'vitest';
import { separateLabels, type LabelBox, type LabelSide } from '../../src/core/radar-labels';

/** Labels of one size just beyond `count` axes round a circle of `reach`, placed as a radar places them before they are moved apart. */
function ring(count: number, reach: number, size: { width: number; height: number }): LabelBox[] {
  return Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count;
    const x = Math.abs(Math.sin(angle)) < 1e-6 ? 0 : Math.sin(angle);
    const y = Math.abs(Math.cos(angle)) < 1e-6 ? 0 : -Math.cos(angle);
    const side: LabelSide = x === 0 ? 'middle' : x > 0 ? 'start' : 'end';
    const across = side === 'start' ? 0 : side === 'end' ? 1 : 0.5;
    return { left: reach * x - across * size.width, top: reach * y - ((1 - y) / 2) * size.height, ...size, side, upness: y };
  });
}

/** Closer than `spacing`, allowing for rounding in the sums. */
const touches = (a: LabelBox, b: LabelBox, spacing: number) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height + spacing - 1e-9 && b.top < a.top + a.height + spacing - 1e-9;

function moved(boxes: readonly LabelBox[], spacing: number): LabelBox[] {
  const tops = separateLabels(boxes, spacing);
  return boxes.map((box, index) => ({ ...box, top: tops[index]! }));
}

describe('separateLabels', () => {
  it.each([
    ['twelve tall labels close together', 12, 160, { width: 110, height: 80 }],
    ['twelve labels round a small chart', 12, 60, { width: 90, height: 50 }],
    ['nine labels', 9, 90, { width: 120, height: 60 }],
    ['seven labels', 7, 60, { width: 130, height: 50 }],
  ])('moves %s apart, each up or down only', (_, count, reach, size) => {
    const before = ring(count, reach, size);
    expect(before.some((box, index) => before.slice(index + 1).some((other) => touches(box, other, 2))), 'the case needs moving').toBe(true);
    const after = moved(before, 2);
    after.forEach((box, index) => after.slice(index + 1).forEach((other) => expect(touches(box, other, 2)).toBe(false)));
    after.forEach((box, index) => {
      expect(box.left).toBe(before[index]!.left);
      // Away from the middle: labels above it only go up, those below only down.
      if (box.upness < 0) expect(box.top).toBeLessThanOrEqual(before[index]!.top);
      if (box.upness > 0) expect(box.top).toBeGreaterThanOrEqual(before[index]!.top);
    });
  });

  it('leaves labels that are already apart where they are', () => {
    const boxes = ring(4, 200, { width: 80, height: 40 });
    expect(separateLabels(boxes, 2)).toEqual(boxes.map((box) => box.top));
  });

  it('keeps the label nearest the middle of each side still, and moves the top label up clear of those beside it', () => {
    const boxes = ring(12, 80, { width: 100, height: 50 });
    const tops = separateLabels(boxes, 2);
    expect(tops[3]).toBe(boxes[3]!.top);
    expect(tops[9]).toBe(boxes[9]!.top);
    expect(tops[0]).toBeLessThanOrEqual(Math.min(tops[1]!, tops[11]!) - 50 - 2);
    expect(tops[6]).toBeGreaterThanOrEqual(Math.max(tops[5]!, tops[7]!) + 50 + 2);
  });
});
