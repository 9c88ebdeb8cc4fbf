import { describe, expect, it } from 'vitest';
import type { IndicatorSpread, ScoreBand } from '../../src/core/combine-responses';
import {
  describeBand,
  describeBandCells,
  describeDistribution,
  describeMedian,
  ratingSourceLabel,
  ratingWithSource,
  type BandText,
} from '../../src/core/team-spread';
import { makeToolkit } from '../fixtures/toolkits';

const levels = makeToolkit().scale.levels;
const spread = (counts: Record<number, number>, notApplicable = 0, notRated = 0) => ({ counts: { 1: 0, 2: 0, 3: 0, 4: 0, ...counts }, notApplicable, notRated });
const band = (values: Partial<ScoreBand>): ScoreBand => ({ respondents: 4, median: 2.5, lowest: 1, highest: 4, lowerQuartile: 2, upperQuartile: 3, ...values });

describe('describeDistribution', () => {
  it.each<[string, ReturnType<typeof spread>, string]>([
    ['highest level first, levels nobody chose left out', spread({ 4: 2, 3: 1 }, 1), '2 rated Embedded, 1 Developing, 1 not applicable'],
    ['everyone at one level', spread({ 2: 5 }), '5 rated Emerging'],
    ['those who have not rated it are counted too', spread({ 1: 1, 4: 1 }, 0, 2), '1 rated Embedded, 1 Not yet in place, 2 not rated'],
    ['only not applicable and not rated', spread({}, 3, 1), '3 not applicable, 1 not rated'],
    ['nobody has rated it', spread({}, 0, 4), 'Nobody has rated this yet'],
    ['nobody at all', spread({}), 'Nobody has rated this yet'],
  ])('%s', (_name, given, expected) => {
    expect(describeDistribution(levels, given)).toBe(expected);
  });
});

describe('describeMedian', () => {
  it.each<[string, Record<number, number>, number | null, string | null]>([
    ['an odd number: the middle rating', { 1: 1, 3: 2 }, 3, '3 (Developing)'],
    ['an even number, the middle two apart', { 2: 1, 3: 1 }, 2.5, '2.5, halfway between Emerging and Developing'],
    ['halfway can land on a level nobody gave', { 2: 1, 4: 1 }, 3, '3, halfway between Emerging and Embedded'],
    ['an even number, the middle two the same', { 1: 1, 2: 2, 4: 1 }, 2, '2 (Emerging)'],
    ['nobody gave a level', {}, null, null],
  ])('%s', (_name, counts, median, expected) => {
    expect(describeMedian(levels, { counts: spread(counts).counts, median })).toBe(expected);
  });
});

describe('ratingSourceLabel and ratingWithSource', () => {
  it.each<[IndicatorSpread['source'], IndicatorSpread['rating'], string | null, string]>([
    ['agreed', 4, 'Agreed', 'Embedded (agreed)'],
    ['median', 2, 'Median, not yet agreed', 'Emerging (median, not yet agreed)'],
    ['median', 'n/a', 'Median, not yet agreed', 'Not applicable (median, not yet agreed)'],
    ['none', null, null, 'Not answered'],
  ])('%s rating %s', (source, rating, label, withSource) => {
    expect(ratingSourceLabel(source)).toBe(label);
    expect(ratingWithSource(levels, { rating, source })).toBe(withSource);
  });
});

describe('describeBandCells and describeBand', () => {
  it.each<[string, ScoreBand | null, BandText, string]>([
    [
      'a spread band',
      band({}),
      { people: '4', median: '2.5', range: '1.0 to 4.0', middleHalf: '2.0 to 3.0' },
      'Attendance: median 2.5 of 4 people’s scores, lowest to highest 1.0 to 4.0, middle half 2.0 to 3.0',
    ],
    [
      'one person: each end the same',
      band({ respondents: 1, median: 3, lowest: 3, highest: 3, lowerQuartile: 3, upperQuartile: 3 }),
      { people: '1', median: '3.0', range: '3.0', middleHalf: '3.0' },
      'Attendance: median 3.0 of 1 person’s score, lowest to highest 3.0, middle half 3.0',
    ],
    [
      'shown as scores are, halves up',
      band({ median: 2.45, lowest: 1.25, highest: 3.35, lowerQuartile: 2.05, upperQuartile: 2.95 }),
      { people: '4', median: '2.5', range: '1.3 to 3.4', middleHalf: '2.1 to 3.0' },
      'Attendance: median 2.5 of 4 people’s scores, lowest to highest 1.3 to 3.4, middle half 2.1 to 3.0',
    ],
    ['nobody rated the section', null, { people: '0', median: 'Not rated', range: 'Not rated', middleHalf: 'Not rated' }, 'Attendance: nobody has rated it'],
  ])('%s', (_name, given, cells, sentence) => {
    expect(describeBandCells(given)).toEqual(cells);
    expect(describeBand('Attendance', given)).toBe(sentence);
  });
});
