import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating, Reflection } from '../../src/core/audit';
import { buildChartModel } from '../../src/core/chart-model';
import { findStrengthsAndAreas } from '../../src/core/strengths-and-areas';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

function answers(ratings: Record<string, Rating>): AnswersByIndicator {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: `note ${id}` }]));
}

function reflection(domainId: string, workingWell: string, evenBetterIf: string): Reflection {
  return { auditId: 'audit-1', domainId, workingWell, evenBetterIf, updatedAt: 1 };
}

function find(ratings: Record<string, Rating>, reflections: Reflection[] = []) {
  return findStrengthsAndAreas(buildChartModel(toolkit, answers(ratings)), reflections);
}

const ids = (groups: { domainId: string; indicators: { indicatorId: string }[] }[]) =>
  groups.map((group) => [group.domainId, group.indicators.map((indicator) => indicator.indicatorId)]);

describe('findStrengthsAndAreas', () => {
  it('takes the indicators at the highest and at the lowest level given, grouped by domain', () => {
    const found = find({ a1: 4, a2: 2, a3: 1, b1: 4, b2: 1 });
    expect(ids(found.strengths)).toEqual([
      ['first', ['a1']],
      ['second', ['b1']],
    ]);
    expect(ids(found.areas)).toEqual([
      ['first', ['a3']],
      ['second', ['b2']],
    ]);
    expect(found.strengths[0]!.indicators[0]).toEqual({ indicatorId: 'a1', statement: 'Statement for a1.', rating: 4, ratingText: 'Embedded', note: 'note a1' });
    expect(found.sameLevelText).toBeNull();
  });

  it('is relative to this audit: a team at an early stage still sees its strengths', () => {
    const found = find({ a1: 2, a2: 1, b1: 1 });
    expect(ids(found.strengths)).toEqual([['first', ['a1']]]);
    expect(ids(found.areas)).toEqual([
      ['first', ['a2']],
      ['second', ['b1']],
    ]);
  });

  it('leaves out not applicable and unanswered indicators', () => {
    const found = find({ a1: 'n/a', a2: 3, a3: null, b1: 2 });
    expect(ids(found.strengths)).toEqual([['first', ['a2']]]);
    expect(ids(found.areas)).toEqual([['second', ['b1']]]);
  });

  it('says so when every rated indicator is at one level, instead of calling them both', () => {
    const found = find({ a1: 3, b2: 3, b1: 'n/a' });
    expect(found.strengths).toEqual([]);
    expect(found.areas).toEqual([]);
    expect(found.sameLevelText).toMatch(/same level \(Developing\)/);
  });

  it('has nothing to show when nothing is rated', () => {
    expect(find({})).toEqual({ strengths: [], areas: [], sameLevelText: null, otherReflections: [] });
  });

  it('puts what is working well beside strengths and even better if beside areas to develop', () => {
    const found = find({ a1: 4, b1: 1 }, [reflection('first', ' Governors ask about attendance. ', 'More parent contact.'), reflection('second', '', 'Earlier phone calls.')]);
    expect(found.strengths.map((group) => group.reflection)).toEqual(['Governors ask about attendance.']);
    expect(found.areas.map((group) => group.reflection)).toEqual(['Earlier phone calls.']);
    // Nothing the team wrote is hidden: "even better if" for the first domain is not beside an area, so it is listed apart.
    expect(found.otherReflections).toEqual([{ domainId: 'first', title: 'First domain', workingWell: '', evenBetterIf: 'More parent contact.' }]);
  });

  it('lists reflections of domains with no strength or area', () => {
    const found = find({ a1: 4, a2: 1 }, [reflection('second', 'Calm mornings.', 'Clearer letters.')]);
    expect(found.otherReflections).toEqual([{ domainId: 'second', title: 'Second domain', workingWell: 'Calm mornings.', evenBetterIf: 'Clearer letters.' }]);
    expect(found.strengths[0]!.reflection).toBe('');
  });
});
