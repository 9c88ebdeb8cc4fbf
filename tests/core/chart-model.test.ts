import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { buildChartModel, changeBetween, formatChange } from '../../src/core/chart-model';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

function answers(ratings: Record<string, Rating>, notes: Record<string, string> = {}): AnswersByIndicator {
  return Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating, note: notes[id] ?? '' }]));
}

describe('buildChartModel', () => {
  it('puts scores on the toolkit scale, with level names and counts', () => {
    const model = buildChartModel(toolkit, answers({ a1: 4, a2: 3, a3: 'n/a', b1: 1 }));
    expect(model.maxLevel).toBe(4);
    expect(model.levels.map((level) => level.label)).toEqual(['Not yet in place', 'Emerging', 'Developing', 'Embedded']);
    expect(model.domains.map(({ domainId, score, scoreText, levelName, rated, notApplicable, total }) => ({ domainId, score, scoreText, levelName, rated, notApplicable, total }))).toEqual([
      { domainId: 'first', score: 3.5, scoreText: '3.5', levelName: 'Embedded', rated: 2, notApplicable: 1, total: 3 },
      { domainId: 'second', score: 1, scoreText: '1.0', levelName: 'Not yet in place', rated: 1, notApplicable: 0, total: 2 },
    ]);
    expect(model).toMatchObject({ overall: 2.25, overallText: '2.3', overallLevelName: 'Emerging', isComparing: false });
  });

  it('shows a domain with no ratings as not rated, never as zero', () => {
    const model = buildChartModel(toolkit, answers({ a1: 2, b1: 'n/a', b2: null }));
    const second = model.domains[1]!;
    expect(second.score).toBeNull();
    expect(second.scoreText).toBe('Not rated');
    expect(second.levelName).toBeNull();
    expect(second.rated).toBe(0);
    expect(model.overall).toBe(2);
  });

  it('names the level of the score as shown', () => {
    // 11 indicators at 2 and 9 at 3: a mean of 2.45, shown as 2.5, which is "Developing" (2.5 rounds up).
    const many: Toolkit = { ...makeToolkit(), domains: [{ ...toolkit.domains[0]!, indicators: Array.from({ length: 20 }, (_, i) => ({ ...toolkit.domains[0]!.indicators[0]!, id: `i${i}` })) }] };
    const ratings = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`i${i}`, i < 11 ? 2 : 3]));
    const domain = buildChartModel(many, answers(ratings)).domains[0]!;
    expect(domain.score).toBeCloseTo(2.45);
    expect([domain.scoreText, domain.levelName]).toEqual(['2.5', 'Developing']);
  });

  it('describes every indicator’s rating and note', () => {
    const model = buildChartModel(toolkit, answers({ a1: 3, a2: 'n/a' }, { a1: 'Weekly attendance meetings' }));
    expect(model.domains[0]!.indicators).toEqual([
      { indicatorId: 'a1', statement: 'Statement for a1.', rating: 3, ratingText: 'Developing', note: 'Weekly attendance meetings', earlierRatingText: null },
      { indicatorId: 'a2', statement: 'Statement for a2.', rating: 'n/a', ratingText: 'Not applicable', note: '', earlierRatingText: null },
      { indicatorId: 'a3', statement: 'Statement for a3.', rating: null, ratingText: 'Not answered', note: '', earlierRatingText: null },
    ]);
  });

  it('marks priority domains', () => {
    const model = buildChartModel(toolkit, {}, { priorityDomainIds: ['second'] });
    expect(model.domains.map((domain) => domain.isPriority)).toEqual([false, true]);
  });

  it.each<{ name: string; now: Record<string, Rating>; before: Record<string, Rating>; changes: (number | null)[]; texts: string[]; overall: string }>([
    { name: 'improvement and decline', now: { a1: 3, b1: 2 }, before: { a1: 2, b1: 3 }, changes: [1, -1], texts: ['+1.0', '\u22121.0'], overall: 'No change' },
    { name: 'no change', now: { a1: 2, b1: 4 }, before: { a1: 2, b1: 4 }, changes: [0, 0], texts: ['No change', 'No change'], overall: 'No change' },
    { name: 'not rated now', now: { a1: 3 }, before: { a1: 1, b1: 2 }, changes: [2, null], texts: ['+2.0', 'Not rated now'], overall: '+1.5' },
    { name: 'not rated before', now: { a1: 3, b1: 2 }, before: { a1: 1 }, changes: [2, null], texts: ['+2.0', 'Not rated before'], overall: '+1.5' },
    { name: 'nothing rated before', now: { a1: 3 }, before: {}, changes: [null, null], texts: ['Not rated before', 'Not rated now'], overall: 'Cannot compare' },
  ])('compares with an earlier audit: $name', ({ now, before, changes, texts, overall }) => {
    const model = buildChartModel(toolkit, answers(now), { earlier: { toolkit, answers: answers(before) } });
    expect(model.isComparing).toBe(true);
    expect(model.domains.map((domain) => domain.change)).toEqual(changes);
    expect(model.domains.map((domain) => domain.changeText)).toEqual(texts);
    expect(model.overallChangeText).toBe(overall);
  });

  it('gives the earlier scores and each indicator’s earlier rating', () => {
    const model = buildChartModel(toolkit, answers({ a1: 3, a2: 4 }), { earlier: { toolkit, answers: answers({ a1: 1, a2: 'n/a' }) } });
    expect(model.domains[0]!.earlier).toEqual({ score: 1, scoreText: '1.0', levelName: 'Not yet in place', rated: 1, total: 3 });
    expect(model.domains[0]!.indicators.map((indicator) => indicator.earlierRatingText)).toEqual(['Not yet in place', 'Not applicable', 'Not answered']);
    expect(model).toMatchObject({ earlierOverall: 1, earlierOverallText: '1.0', overallChange: 2.5, overallChangeText: '+2.5' });
  });

  it('computes the change from the scores as shown, so the table adds up', () => {
    // 2.25 shows as 2.3 and 2.0 as 2.0: the change shown is +0.3, not +0.25 rounded to +0.2 or +0.3 by luck.
    expect(changeBetween(2.25, 2)).toBe(0.3);
    expect(changeBetween(10 / 3, 3)).toBe(0.3);
    expect(changeBetween(3, 10 / 3)).toBe(-0.3);
    expect(changeBetween(null, 2)).toBeNull();
  });

  it('matches domains by id across toolkit versions and says when one is new', () => {
    const older: Toolkit = { ...makeToolkit(), version: '0.9.0', domains: [makeToolkit().domains[1]!] };
    const model = buildChartModel(toolkit, answers({ a1: 2, b1: 3 }), { earlier: { toolkit: older, answers: answers({ b1: 1 }) } });
    expect(model.domains[0]).toMatchObject({ earlier: null, change: null, changeText: 'Not in the earlier audit' });
    expect(model.domains[0]!.indicators[0]!.earlierRatingText).toBeNull();
    expect(model.domains[1]).toMatchObject({ change: 2, changeText: '+2.0' });
  });

  it('refuses to compare audits rated on different scales, and says why', () => {
    const fiveLevels: Toolkit = { ...makeToolkit(), scale: { ...toolkit.scale, levels: [...toolkit.scale.levels, { value: 5, label: 'Leading' }] } };
    const model = buildChartModel(toolkit, answers({ a1: 2 }), { earlier: { toolkit: fiveLevels, answers: answers({ a1: 5 }) } });
    expect(model.isComparing).toBe(false);
    expect(model.domains[0]!.earlier).toBeNull();
    expect(model.comparisonProblem).toMatch(/different rating scale/);
  });

  it('runs the radius to the top of a scale that is not 1–4', () => {
    const zeroToTwo: Toolkit = { ...makeToolkit(), scale: { allowNotApplicable: false, levels: [{ value: 2, label: 'Strong' }, { value: 0, label: 'Absent' }, { value: 1, label: 'Partial' }] } };
    const model = buildChartModel(zeroToTwo, answers({ a1: 0, a2: 0, b1: 2 }));
    expect(model.maxLevel).toBe(2);
    expect(model.levels.map((level) => level.value)).toEqual([0, 1, 2]);
    // A domain rated at the bottom level is rated 0, which is not the same as not rated.
    expect(model.domains.map((domain) => [domain.score, domain.scoreText, domain.levelName])).toEqual([
      [0, '0.0', 'Absent'],
      [2, '2.0', 'Strong'],
    ]);
  });
});

describe('formatChange', () => {
  it.each([
    [0.5, '+0.5'],
    [-0.3, '\u22120.3'],
    [0, 'No change'],
    [2, '+2.0'],
  ])('%f → %s', (change, text) => {
    expect(formatChange(change)).toBe(text);
  });
});
