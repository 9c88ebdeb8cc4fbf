import { describe, expect, it } from 'vitest';
import { planMeetingSlides, slideTitle, splitRows, unsplitRooms, type RowRange } from '../../src/core/meeting-slides';

const ranges = (list: RowRange[]) => list.map(({ start, end, isTooTall }) => [start, end, isTooTall]);

describe('splitRows', () => {
  it.each<[string, number[], number, number, [number, number, boolean][]]>([
    ['all rows fit on the first slide', [50, 50, 50], 150, 300, [[0, 3, false]]],
    ['the rest continues on the next slide', [50, 50, 50, 50, 50], 120, 300, [[0, 2, false], [2, 5, false]]],
    ['as many continued slides as it takes', [100, 100, 100, 100, 100], 100, 200, [[0, 1, false], [1, 3, false], [3, 5, false]]],
    ['a row exactly filling the room fits', [60, 40], 100, 100, [[0, 2, false]]],
    ['rows never split, so a slide may have room left', [70, 70, 70], 100, 150, [[0, 1, false], [1, 3, false]]],
    ['what the team wrote fills the first slide: every row goes on the next', [80, 80], 40, 200, [[0, 0, false], [0, 2, false]]],
    ['a row taller than any slide still gets one, marked too tall', [50, 400, 50], 100, 300, [[0, 1, false], [1, 2, true], [2, 3, false]]],
    ['a first slide already overfull is marked too tall', [50], -20, 300, [[0, 1, true]]],
    ['a domain with no rows has one slide', [], 100, 100, [[0, 0, false]]],
  ])('%s', (_name, rowHeights, firstRoom, continuedRoom, expected) => {
    expect(ranges(splitRows({ rowHeights, firstRoom, continuedRoom }))).toEqual(expected);
  });

  it('puts every row on exactly one slide, in order', () => {
    const rowHeights = [30, 90, 45, 120, 10, 60, 75];
    for (const room of [100, 130, 200, 400]) {
      const slides = splitRows({ rowHeights, firstRoom: room / 2, continuedRoom: room });
      expect(slides.flatMap(({ start, end }) => rowHeights.slice(start, end))).toEqual(rowHeights);
      for (const slide of slides.filter((one) => !one.isTooTall)) {
        expect(rowHeights.slice(slide.start, slide.end).reduce((sum, height) => sum + height, 0)).toBeLessThanOrEqual(slide === slides[0] ? room / 2 : room);
      }
    }
  });
});

describe('planMeetingSlides', () => {
  it('starts with the overview, then numbers each domain’s slides', () => {
    const slides = planMeetingSlides([
      { rowHeights: [50, 50, 50], firstRoom: 100, continuedRoom: 100 },
      { rowHeights: [50], firstRoom: 100, continuedRoom: 100 },
    ]);
    expect(slides.map((slide) => (slide.kind === 'overview' ? 'overview' : `${slide.domainIndex}: ${slide.part} of ${slide.partCount}, rows ${slide.rows.start}–${slide.rows.end}`))).toEqual([
      'overview',
      '0: 1 of 2, rows 0–2',
      '0: 2 of 2, rows 2–3',
      '1: 1 of 1, rows 0–1',
    ]);
  });

  it('gives the same slides for the same measurements', () => {
    const rooms = [{ rowHeights: [80, 20, 140, 60], firstRoom: 150, continuedRoom: 210 }];
    expect(planMeetingSlides(rooms)).toEqual(planMeetingSlides(structuredClone(rooms)));
  });

  it('before anything is measured, shows each domain on one slide', () => {
    expect(planMeetingSlides(unsplitRooms([5, 7])).map((slide) => (slide.kind === 'domain' ? [slide.domainIndex, slide.rows.end, slide.partCount] : slide.kind))).toEqual([
      'overview',
      [0, 5, 1],
      [1, 7, 1],
    ]);
  });
});

describe('slideTitle', () => {
  it.each([
    [1, 1, 'Leadership'],
    [1, 2, 'Leadership'],
    [2, 2, 'Leadership (continued, 2 of 2)'],
    [3, 3, 'Leadership (continued, 3 of 3)'],
  ])('part %i of %i', (part, partCount, title) => {
    expect(slideTitle('Leadership', part, partCount)).toBe(title);
  });
});
