import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFor, layoutRadar, type AxisLabel, type PlacedLabel, type RadarLayout } from '../../src/components/radar-layout';
import { estimateText } from '../../src/components/radar-text';
import type { Toolkit } from '../../src/core/toolkit-schema';

/** One pixel per character and a 10-pixel-high font, so that sizes are easy to reason about. */
const simple = { width: (text: string) => text.length, ascent: 8, descent: 2 };
const sizes = { label: 15, gap: 14 };
const measure = estimateText(sizes.label);

function readToolkit(id: string): Toolkit {
  return JSON.parse(readFileSync(new URL(`../../toolkits/${id}.json`, import.meta.url), 'utf8')) as Toolkit;
}

function labelsOf(toolkit: Toolkit, score = 'Not rated'): AxisLabel[] {
  return toolkit.domains.map((domain) => ({ name: domain.shortTitle, score }));
}

function expectInside(layout: RadarLayout, box: { width: number; height: number }) {
  expect(layout.height).toBeLessThanOrEqual(box.height);
  for (const label of layout.labels) {
    expect(label.left).toBeGreaterThanOrEqual(-0.01);
    expect(label.left + label.width).toBeLessThanOrEqual(box.width + 0.01);
    expect(label.top).toBeGreaterThanOrEqual(-0.01);
    expect(label.top + label.height).toBeLessThanOrEqual(layout.height + 0.01);
  }
  // And the rings.
  expect(layout.centre.x - layout.radius).toBeGreaterThanOrEqual(0);
  expect(layout.centre.x + layout.radius).toBeLessThanOrEqual(box.width);
  expect(layout.centre.y - layout.radius).toBeGreaterThanOrEqual(0);
  expect(layout.centre.y + layout.radius).toBeLessThanOrEqual(layout.height);
}

/** No label reaches in over the outer ring, nor into the gap beyond it by more than half. */
function expectClearOfRings(layout: RadarLayout, gap: number) {
  for (const label of layout.labels) {
    const x = Math.max(label.left - layout.centre.x, Math.min(0, label.left + label.width - layout.centre.x));
    const y = Math.max(label.top - layout.centre.y, Math.min(0, label.top + label.height - layout.centre.y));
    expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(layout.radius + gap / 2 - 0.01);
  }
}

const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function expectApart(layout: RadarLayout) {
  layout.labels.forEach((label, index) => {
    layout.labels.slice(index + 1).forEach((other) => expect(overlaps(label, other)).toBe(false));
  });
}

describe('anchorFor', () => {
  it('sets each label away from the centre: four axes clockwise from the top', () => {
    expect([0, 1, 2, 3].map((index) => anchorFor(index, 4))).toEqual(['middle', 'start', 'middle', 'end']);
  });
});

describe('layoutRadar', () => {
  // The sizes the results page uses: full from 420px wide, smaller below (a phone, or 400% zoom).
  const small = { label: 12, gap: 9 };
  it.each([
    ['attendance', 576, sizes],
    ['attendance', 290, small],
    ['positive-relationships', 576, sizes],
    ['positive-relationships', 290, small],
  ])('keeps every %s label inside a %ipx chart, apart from the others', (id, width, labelSizes) => {
    const box = { width, height: width };
    const layout = layoutRadar(labelsOf(readToolkit(id)), box, labelSizes, estimateText(labelSizes.label));
    expect(layout.radius).toBeGreaterThan(width / 7);
    expect(layout.height).toBeLessThanOrEqual(box.height);
    expectInside(layout, box);
    expectApart(layout);
    expectClearOfRings(layout, labelSizes.gap);
  });

  // Twelve sections with short titles near the 24 characters allowed, the longest at the top and bottom.
  const twelve = [
    'Partnerships in the area', 'Lunch and playtimes', 'Moving between stages', 'Clubs and enrichment', 'Arrival and first hour', 'Safeguarding culture',
    'Pupil voice and council', 'SEND support in class', 'Restorative behaviour', 'Family communication', 'Governors’ oversight', 'Staff wellbeing',
  ].map((name, index) => ({ name, score: index === 10 ? 'Not rated' : '2.5' }));

  it.each([
    [576, sizes],
    [290, small],
  ])('keeps twelve long labels apart in a %ipx chart, growing taller where it may', (width, labelSizes) => {
    const square = { width, height: width };
    const layout = layoutRadar(twelve, square, labelSizes, estimateText(labelSizes.label), Math.round(width * 1.6));
    expectApart(layout);
    expectInside(layout, { width, height: layout.height });
    expect(layout.height).toBeLessThanOrEqual(Math.round(width * 1.6));
    expectClearOfRings(layout, labelSizes.gap);
    // Rings that can still be read: at 290 pixels the widest words at the sides leave little more.
    expect(layout.radius).toBeGreaterThanOrEqual(width / 7.5);
  });

  it('stays square when the labels fit: a taller chart is only for labels that need it', () => {
    const attendance = labelsOf(readToolkit('attendance'));
    const box = { width: 576, height: 576 };
    expect(layoutRadar(attendance, box, sizes, measure, 1000)).toEqual(layoutRadar(attendance, box, sizes, measure));
  });

  it('wraps a long name at the side when that leaves the radar more room', () => {
    const labels = [
      { name: 'Top', score: '1.0' },
      { name: 'Parents in school life and learning', score: '2.0' },
      { name: 'Bottom', score: '3.0' },
      { name: 'Left', score: '4.0' },
    ];
    const layout = layoutRadar(labels, { width: 400, height: 400 }, sizes, measure);
    // Unwrapped, the long label and the left one leave this much for the diameter.
    const unwrapped = (400 - measure.width(labels[1]!.name, true) - measure.width('Left', true) - 8) / 2 - sizes.gap;
    expect(layout.labels[1]!.lines.length).toBeGreaterThan(1);
    expect(layout.radius).toBeGreaterThan(unwrapped);
  });

  it('moves the centre towards the side whose labels need less room', () => {
    const labels = [
      { name: 'Top', score: '1.0' },
      { name: 'Communication', score: '2.0' },
      { name: 'Bottom', score: '3.0' },
      { name: 'L', score: '4.0' },
    ];
    const layout = layoutRadar(labels, { width: 400, height: 400 }, sizes, simple);
    const [, right, , left] = layout.labels;
    expect(layout.centre.x).toBeLessThan(200);
    // The room left over is shared: as much beyond the right label as beyond the left one.
    expect(400 - (right!.left + right!.width)).toBeCloseTo(left!.left, 0);
  });

  it('keeps names on one line when wrapping would not make the radar larger', () => {
    // A wide, low box: the height limits the radius, so more lines would only cost room.
    const attendance = readToolkit('attendance');
    const layout = layoutRadar(labelsOf(attendance, '3.5'), { width: 1600, height: 500 }, sizes, measure);
    expect(layout.labels.map((label) => label.lines)).toEqual(attendance.domains.map((domain) => [domain.shortTitle]));
  });

  it('is only as tall as the labels need, with room for the letters and their outline', () => {
    // Two axes: top and bottom. Each label: its outline (2), the font above the first baseline (8), one line of 15 × 1.2 down to the score, below it (2), outline (2).
    const layout = layoutRadar([{ name: 'A', score: '1.0' }, { name: 'B', score: '1.0' }], { width: 300, height: 600 }, sizes, simple);
    const labelHeight = 2 + 8 + 18 + 2 + 2;
    expect(layout.labels.map((label) => [label.height, label.baseline])).toEqual([
      [labelHeight, 10],
      [labelHeight, 10],
    ]);
    // The width limits the rings (less 2 for their line); the height is what the rings and labels take.
    expect(layout.radius).toBe(148);
    expect(layout.centre).toEqual({ x: 150, y: labelHeight + sizes.gap + 148 });
    expect(layout.height).toBe(2 * (148 + sizes.gap + labelHeight));
  });

  it('never lets a label out of the box or over the rings, whatever the names and the box', () => {
    const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'b', 'm', 'W', '&') });
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(name, { minLength: 3, maxLength: 10 }), fc.integer({ min: 280, max: 1000 }), (names, width) => {
        const box = { width, height: width };
        const layout = layoutRadar(names.map((text) => ({ name: text, score: 'Not rated' })), box, sizes, measure);
        // A word too long for the box cannot be helped; otherwise the radar has room and the labels are kept in.
        const isPossible = layout.radius > 0;
        fc.pre(isPossible);
        expectInside(layout, box);
        expectClearOfRings(layout, sizes.gap);
      }),
    );
  });
});
