/**
 * The slides of meeting mode: the overview, then each domain, split over as
 * many slides as its ratings need so that every slide fits the screen and
 * nothing is ever below it (a projector audience cannot scroll). How tall
 * each rating is and how much room a slide has are measured by the page;
 * this decides, from those numbers alone, which ratings go on which slide.
 * The same numbers always give the same slides.
 */

export interface DomainRoom {
  /** The height of each rating row, in the domain's order. */
  rowHeights: readonly number[];
  /** Room for rows on the domain's first slide (which also carries what the team wrote). */
  firstRoom: number;
  /** Room for rows on each "continued" slide. */
  continuedRoom: number;
}

export interface RowRange {
  /** Index of the first row on the slide. */
  start: number;
  /** Index after the last row on the slide. */
  end: number;
  /** Set when even one row is taller than the slide's room: that slide cannot fit, and may scroll. */
  isTooTall: boolean;
}

export type MeetingSlide =
  | { kind: 'overview' }
  | {
      kind: 'domain';
      domainIndex: number;
      /** 1 for the domain's first slide, 2 for its first "continued" slide, and so on. */
      part: number;
      partCount: number;
      rows: RowRange;
    };

/**
 * Fills each slide with as many whole rows as fit, in order; a row never
 * splits. When what the team wrote leaves the first slide no room for a
 * row, the rows all go on "continued" slides. Otherwise every slide holds at
 * least one row, so that a row taller than the screen still gets a slide
 * (marked too tall) instead of stopping the split. A domain with no rows has
 * one slide.
 */
export function splitRows({ rowHeights, firstRoom, continuedRoom }: DomainRoom): RowRange[] {
  const ranges: RowRange[] = [];
  let start = 0;
  do {
    const isFirst = ranges.length === 0;
    const room = isFirst ? firstRoom : continuedRoom;
    let end = start;
    let used = 0;
    while (end < rowHeights.length && used + rowHeights[end]! <= room) used += rowHeights[end++]!;
    const isNothingFits = end === start && start < rowHeights.length;
    if (isNothingFits && isFirst && firstRoom >= 0 && rowHeights[start]! <= continuedRoom) {
      ranges.push({ start, end, isTooTall: false });
      continue;
    }
    if (isNothingFits) end++;
    ranges.push({ start, end, isTooTall: isNothingFits || room < 0 });
    start = end;
  } while (start < rowHeights.length);
  return ranges;
}

/** The overview first, then every domain's slides in order. */
export function planMeetingSlides(domains: readonly DomainRoom[]): MeetingSlide[] {
  return [
    { kind: 'overview' },
    ...domains.flatMap((domain, domainIndex) => {
      const ranges = splitRows(domain);
      return ranges.map((rows, index): MeetingSlide => ({ kind: 'domain', domainIndex, part: index + 1, partCount: ranges.length, rows }));
    }),
  ];
}

/** Each domain on one slide, however long: before anything is measured, or where the view scrolls anyway. */
export function unsplitRooms(rowCounts: readonly number[]): DomainRoom[] {
  return rowCounts.map((count) => ({ rowHeights: Array.from({ length: count }, () => 0), firstRoom: 0, continuedRoom: 0 }));
}

/** "Leadership", or "Leadership (continued, 2 of 3)" on the slides after its first. */
export function slideTitle(title: string, part: number, partCount: number): string {
  return part === 1 ? title : `${title} (continued, ${part} of ${partCount})`;
}
