/**
 * The team's spread, in words: how many gave each level of a statement, its
 * median, where the team's rating came from (agreed, or the median standing
 * in until then), and a section's band of people's scores. One set of words
 * for the results page's tables and lists and the radar's text alternative.
 */
import type { IndicatorSpread, RatingSource, ScoreBand } from './combine-responses';
import { ratingLabel } from './rating-label';
import { formatScore } from './score-display';
import type { ScaleLevel } from './toolkit-schema';

/** Beside a rating the team agreed. */
export const AGREED_LABEL = 'Agreed';
/** Beside a rating that is the median standing in: said wherever such a rating appears. */
export const MEDIAN_LABEL = 'Median, not yet agreed';

/** "Agreed", "Median, not yet agreed", or null for a statement nobody has rated (its rating already says "Not answered"). */
export function ratingSourceLabel(source: RatingSource): string | null {
  return source === 'agreed' ? AGREED_LABEL : source === 'median' ? MEDIAN_LABEL : null;
}

/** "Developing (median, not yet agreed)", "Embedded (agreed)", or the rating alone when nobody rated it. */
export function ratingWithSource(levels: readonly ScaleLevel[], spread: Pick<IndicatorSpread, 'rating' | 'source'>): string {
  const text = ratingLabel(levels, spread.rating);
  const source = ratingSourceLabel(spread.source);
  return source ? `${text} (${source.toLowerCase()})` : text;
}

export const NOBODY_YET = 'Nobody has rated this yet';

export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "2 rated Embedded, 1 Developing, 1 not applicable, 1 not rated": highest
 * level first, levels nobody chose left out.
 */
export function describeDistribution(levels: readonly ScaleLevel[], spread: Pick<IndicatorSpread, 'counts' | 'notApplicable' | 'notRated'>): string {
  const given = [...levels]
    .sort((a, b) => b.value - a.value)
    .filter((level) => (spread.counts[level.value] ?? 0) > 0)
    .map((level, index) => `${spread.counts[level.value]} ${index === 0 ? 'rated ' : ''}${level.label}`);
  const parts = [
    ...given,
    ...(spread.notApplicable > 0 ? [`${spread.notApplicable} not applicable`] : []),
    ...(spread.notRated > 0 ? [`${spread.notRated} not rated`] : []),
  ];
  // Those who have not rated it are worth counting only beside someone who has.
  return given.length === 0 && spread.notApplicable === 0 ? NOBODY_YET : parts.join(', ');
}

/**
 * "3 (Developing)", or, when an even number gave levels and the two in the
 * middle differ, "2.5, halfway between Emerging and Developing". Null when
 * nobody gave a level.
 */
export function describeMedian(levels: readonly ScaleLevel[], spread: Pick<IndicatorSpread, 'counts' | 'median'>): string | null {
  const { median } = spread;
  if (median === null) return null;
  const given = Object.entries(spread.counts)
    .flatMap(([value, count]) => Array.from({ length: count }, () => Number(value)))
    .sort((a, b) => a - b);
  const [lower, upper] = given.length % 2 === 0 ? [given[given.length / 2 - 1], given[given.length / 2]] : [median, median];
  const text = Number.isInteger(median) ? String(median) : median.toFixed(1);
  if (lower !== undefined && upper !== undefined && lower !== upper) return `${text}, halfway between ${ratingLabel(levels, lower)} and ${ratingLabel(levels, upper)}`;
  return `${text} (${ratingLabel(levels, median)})`;
}

/** "1.5 to 3.5", or one number when both ends show the same. */
function span(from: number, to: number): string {
  const [low, high] = [formatScore(from), formatScore(to)];
  return low === high ? low : `${low} to ${high}`;
}

export interface BandText {
  people: string;
  median: string;
  /** Lowest to highest. */
  range: string;
  middleHalf: string;
}

/** A section's band for the table: every cell says "Not rated" when nobody rated anything in it. */
export function describeBandCells(band: ScoreBand | null): BandText {
  if (!band) return { people: '0', median: formatScore(null), range: formatScore(null), middleHalf: formatScore(null) };
  return {
    people: String(band.respondents),
    median: formatScore(band.median),
    range: span(band.lowest, band.highest),
    middleHalf: span(band.lowerQuartile, band.upperQuartile),
  };
}

/** Whose scores a band spreads: a team's people, or a borough's schools. */
export interface BandUnit {
  one: string;
  many: string;
  /** Said for a section with no band. */
  none: string;
}

export const PEOPLE: BandUnit = { one: 'person’s score', many: 'people’s scores', none: 'nobody has rated it' };

/** A section's band in one sentence, for the chart's text alternative. */
export function describeBand(title: string, band: ScoreBand | null, unit: BandUnit = PEOPLE): string {
  if (!band) return `${title}: ${unit.none}`;
  const cells = describeBandCells(band);
  return `${title}: median ${cells.median} of ${countOf(band.respondents, unit.one, unit.many)}, lowest to highest ${cells.range}, middle half ${cells.middleHalf}`;
}
