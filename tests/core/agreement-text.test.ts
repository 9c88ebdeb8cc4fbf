import { describe, expect, it } from 'vitest';
import { describeAgreedBasis, describeAgreedCount, describeMedian, describeTeamRating, notesForRoom } from '../../src/core/agreement-text';
import type { IndicatorSpread } from '../../src/core/combine-responses';
import { makeToolkit } from '../fixtures/toolkits';

const { levels } = makeToolkit().scale;
const counts = (given: Partial<Record<1 | 2 | 3 | 4, number>>) => ({ 1: 0, 2: 0, 3: 0, 4: 0, ...given });

describe('describeTeamRating', () => {
  it.each<[string, Pick<IndicatorSpread, 'rating' | 'source' | 'reason'>, string]>([
    ['agreed, with a reason', { rating: 4, source: 'agreed', reason: ' Every register by 9:10 ' }, 'Agreed: Embedded — Every register by 9:10'],
    ['agreed, no reason given', { rating: 2, source: 'agreed', reason: '  ' }, 'Agreed: Emerging'],
    ['agreed not applicable', { rating: 'n/a', source: 'agreed', reason: 'No nursery' }, 'Agreed: Not applicable — No nursery'],
    ['the median standing in', { rating: 3, source: 'median', reason: '' }, 'Median: Developing — not yet agreed'],
    ['a reason typed before a level is agreed is not shown as agreed', { rating: 3, source: 'median', reason: 'Draft' }, 'Median: Developing — not yet agreed'],
    ['nobody rated', { rating: null, source: 'none', reason: '' }, 'Nobody has rated this yet — not yet agreed'],
  ])('%s', (_name, spread, expected) => {
    expect(describeTeamRating(levels, spread)).toBe(expected);
  });
});

describe('describeMedian', () => {
  it.each<[string, Pick<IndicatorSpread, 'counts' | 'notApplicable'>, string]>([
    ['an odd count', { counts: counts({ 1: 1, 3: 1, 4: 1 }), notApplicable: 0 }, 'Median: Developing.'],
    ['an even count on one level', { counts: counts({ 2: 1, 3: 2, 4: 1 }), notApplicable: 1 }, 'Median: Developing.'],
    ['halfway between two levels: the lower counts', { counts: counts({ 1: 2, 4: 2 }), notApplicable: 0 }, 'Median: between Not yet in place and Embedded; Not yet in place counts until agreed.'],
    ['only not applicable', { counts: counts({}), notApplicable: 2 }, 'No median: everyone who answered said not applicable.'],
    ['nobody rated', { counts: counts({}), notApplicable: 0 }, 'No median: nobody has rated this yet.'],
  ])('%s', (_name, spread, expected) => {
    expect(describeMedian(levels, spread)).toBe(expected);
  });
});

describe('describeAgreedBasis', () => {
  const of = (...sources: IndicatorSpread['source'][]) => sources.map((source) => ({ source }));
  it.each([
    ['none agreed yet', of('median', 'median', 'none'), '0 of 3 statements agreed; 2 count at the team’s median until agreed.'],
    ['some agreed', of('agreed', 'median', 'none'), '1 of 3 statements agreed; 1 counts at the team’s median until agreed.'],
    ['the rest unrated', of('agreed', 'none'), '1 of 2 statements agreed.'],
    ['all agreed', of('agreed', 'agreed'), 'All 2 statements agreed.'],
    ['one statement', of('agreed'), '1 of 1 statement agreed.'],
  ])('%s', (_name, spreads, expected) => {
    expect(describeAgreedBasis(spreads)).toBe(expected);
  });
});

it('counts the statements agreed', () => {
  expect(describeAgreedCount([{ source: 'agreed' }, { source: 'median' }, { source: 'none' }, { source: 'agreed' }])).toBe('2 of 4 agreed');
});

describe('notesForRoom', () => {
  const notes = [
    { note: 'Registers by 9:10', groupId: 'senior-leaders', name: 'Ms Patel' },
    { note: 'A daily call list', groupId: 'teaching-staff', name: 'Sam' },
  ];

  it('in open mode, keeps names and the order people were asked in', () => {
    expect(notesForRoom(notes, 'open')).toEqual(notes);
  });

  it('anonymous: no names, and an order that does not follow who was asked first', () => {
    expect(notesForRoom(notes, 'anonymous')).toEqual([
      { note: 'A daily call list', groupId: 'teaching-staff', name: null },
      { note: 'Registers by 9:10', groupId: 'senior-leaders', name: null },
    ]);
  });
});
