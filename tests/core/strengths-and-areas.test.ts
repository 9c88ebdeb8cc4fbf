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
    expect(find({})).toEqual({ strengths: [], areas: [], sameLevelText: null, reflections: [] });
  });

  it('gives what the team wrote by domain, apart from the highlights, whatever was rated', () => {
    const found = find({ a1: 4, b1: 1 }, [reflection('second', '', ' Earlier phone calls. '), reflection('first', ' Governors ask about attendance. ', 'More parent contact.')]);
    // Not beside the one indicator rated lowest: a domain's "even better if" is about the whole domain.
    expect(found.strengths).toEqual([{ domainId: 'first', title: 'First domain', indicators: [expect.objectContaining({ indicatorId: 'a1' })] }]);
    expect(found.areas).toEqual([{ domainId: 'second', title: 'Second domain', indicators: [expect.objectContaining({ indicatorId: 'b1' })] }]);
    expect(found.reflections).toEqual([
      { domainId: 'first', title: 'First domain', workingWell: 'Governors ask about attendance.', evenBetterIf: 'More parent contact.' },
      { domainId: 'second', title: 'Second domain', workingWell: '', evenBetterIf: 'Earlier phone calls.' },
    ]);
  });

  it('leaves out domains with nothing written, and lists those with no strength or area', () => {
    const found = find({ a1: 4, a2: 1 }, [reflection('first', '  ', ''), reflection('second', 'Calm mornings.', 'Clearer letters.')]);
    expect(found.reflections).toEqual([{ domainId: 'second', title: 'Second domain', workingWell: 'Calm mornings.', evenBetterIf: 'Clearer letters.' }]);
  });
});
