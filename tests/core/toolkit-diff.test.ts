import { describe, expect, it } from 'vitest';
import { carryAnswersForward, diffToolkits } from '../../src/core/toolkit-diff';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

/** The next version of the test toolkit: a1 reworded, a3 removed, b2 moved to the first domain, c1 added. */
function makeNextToolkit(): Toolkit {
  const next = makeToolkit();
  next.version = '1.1.0';
  const [first, second] = next.domains;
  first!.indicators[0]!.statement = 'A clearer statement for a1.';
  const b2 = second!.indicators.pop()!;
  first!.indicators = [first!.indicators[0]!, first!.indicators[1]!, b2];
  second!.indicators.push({ ...structuredClone(b2), id: 'c1', statement: 'A new indicator.' });
  return next;
}

describe('diffToolkits', () => {
  it('finds nothing between a toolkit and itself', () => {
    expect(diffToolkits(makeToolkit(), makeToolkit())).toEqual({ added: [], removed: [], changed: [], unchanged: 5, scaleChanged: false, hasChanges: false });
  });

  it('reports added, removed, reworded and moved indicators by id', () => {
    const diff = diffToolkits(makeToolkit(), makeNextToolkit());
    expect(diff.added).toEqual([{ domainId: 'second', indicatorId: 'c1', statement: 'A new indicator.' }]);
    expect(diff.removed).toEqual([{ domainId: 'first', indicatorId: 'a3', statement: 'Statement for a3.' }]);
    expect(diff.changed.map(({ indicatorId, domainId, previousDomainId, changedParts }) => ({ indicatorId, domainId, previousDomainId, changedParts }))).toEqual([
      { indicatorId: 'a1', domainId: 'first', previousDomainId: 'first', changedParts: ['statement'] },
      { indicatorId: 'b2', domainId: 'first', previousDomainId: 'second', changedParts: [] },
    ]);
    expect(diff.changed[0]!.before.statement).toBe('Statement for a1.');
    expect(diff.changed[0]!.after.statement).toBe('A clearer statement for a1.');
    expect(diff.unchanged).toBe(2);
    expect(diff.hasChanges).toBe(true);
  });

  it.each([
    ['descriptors', (toolkit: Toolkit) => (toolkit.domains[0]!.indicators[0]!.descriptors['2'] = 'Reworded.')],
    ['evidencePrompts', (toolkit: Toolkit) => toolkit.domains[0]!.indicators[0]!.evidencePrompts.push('Another prompt?')],
    ['suggestedActions', (toolkit: Toolkit) => (toolkit.domains[0]!.indicators[0]!.suggestedActions[0]!.successMeasure = 'Changed.')],
    ['reference', (toolkit: Toolkit) => (toolkit.domains[0]!.indicators[0]!.reference = 'New guidance 2027.')],
  ])('notices a change to %s', (part, change) => {
    const next = makeToolkit();
    change(next);
    expect(diffToolkits(makeToolkit(), next).changed).toMatchObject([{ indicatorId: 'a1', changedParts: [part] }]);
  });

  it('ignores the order of descriptor keys', () => {
    const next = makeToolkit();
    const indicator = next.domains[0]!.indicators[0]!;
    indicator.descriptors = Object.fromEntries(Object.entries(indicator.descriptors).reverse());
    expect(diffToolkits(makeToolkit(), next).hasChanges).toBe(false);
  });

  it('notices a changed scale', () => {
    const next = makeToolkit();
    next.scale.levels[3]!.label = 'Outstanding';
    expect(diffToolkits(makeToolkit(), next)).toMatchObject({ scaleChanged: true, hasChanges: true, changed: [] });
  });
});

describe('carryAnswersForward', () => {
  it('carries answers by indicator id and lists the ones it cannot carry', () => {
    const carried = carryAnswersForward(
      { a1: { rating: 3, note: 'Good' }, a3: { rating: 2, note: 'Removed in the new version' }, b2: { rating: 'n/a', note: '' }, b1: undefined },
      makeNextToolkit(),
    );
    expect(carried).toEqual({
      answers: { a1: { rating: 3, note: 'Good' }, b2: { rating: 'n/a', note: '' } },
      notCarried: [{ indicatorId: 'a3', rating: 2, note: 'Removed in the new version' }],
      ratingCleared: [],
    });
  });

  it('keeps the note but clears a rating that is not on the new scale', () => {
    const next = makeToolkit();
    next.scale = { levels: next.scale.levels.slice(0, 3), allowNotApplicable: false };
    for (const domain of next.domains) for (const indicator of domain.indicators) delete indicator.descriptors['4'];
    const carried = carryAnswersForward({ a1: { rating: 4, note: 'Embedded' }, a2: { rating: 'n/a', note: 'Not for us' }, b1: { rating: 2, note: '' } }, next);
    expect(carried.answers).toEqual({ a1: { rating: null, note: 'Embedded' }, a2: { rating: null, note: 'Not for us' }, b1: { rating: 2, note: '' } });
    expect(carried.ratingCleared).toEqual(['a1', 'a2']);
  });
});
