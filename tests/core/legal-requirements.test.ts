import { describe, expect, it } from 'vitest';
import { describeLegalRequirements, describeMetFrom, describeOutstanding, summariseLegalRequirements } from '../../src/core/legal-requirements';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

function withDuties(): Toolkit {
  const toolkit = makeToolkit();
  const duty = (metFromLevel: number) => ({ duty: 'Schools must do this.', source: 'Regulations 2024, reg 1', metFromLevel });
  toolkit.domains[0]!.indicators[0]!.legalDuty = duty(3);
  toolkit.domains[0]!.indicators[1]!.legalDuty = duty(3);
  toolkit.domains[1]!.indicators[0]!.legalDuty = duty(4);
  toolkit.domains[1]!.indicators[1]!.legalDuty = duty(2);
  return toolkit;
}

describe('summariseLegalRequirements', () => {
  it('counts a duty met from its own level, apart from any average', () => {
    const summary = summariseLegalRequirements(withDuties(), {
      a1: { rating: 3, note: '' },
      a2: { rating: 2, note: '' },
      b1: { rating: 3, note: '' },
      b2: { rating: 'n/a', note: '' },
      a3: { rating: 1, note: '' },
    });
    expect(summary.requirements.map((requirement) => [requirement.indicator.id, requirement.state])).toEqual([
      ['a1', 'met'],
      ['a2', 'not-met'],
      ['b1', 'not-met'],
      ['b2', 'not-applicable'],
    ]);
    expect(summary).toMatchObject({ met: 1, notMet: 2, notRated: 0, applicable: 3 });
    expect(describeLegalRequirements(summary)).toBe('Legal requirements: 1 of 3 met');
    expect(describeOutstanding(summary)).toBe('2 not met');
  });

  it('says which duties have not been rated yet', () => {
    const summary = summariseLegalRequirements(withDuties(), { a1: { rating: 4, note: '' }, a2: { rating: 1, note: '' } });
    expect(summary).toMatchObject({ met: 1, notMet: 1, notRated: 2, applicable: 4 });
    expect(describeOutstanding(summary)).toBe('1 not met, 2 not rated yet');
    expect(describeOutstanding(summariseLegalRequirements(withDuties(), { a1: { rating: 4, note: '' }, a2: { rating: 3, note: '' }, b1: { rating: 4, note: '' }, b2: { rating: 2, note: '' } }))).toBe('');
  });

  it('has nothing to say for a toolkit without legal duties', () => {
    expect(summariseLegalRequirements(makeToolkit(), {})).toEqual({ requirements: [], met: 0, notMet: 0, notRated: 0, applicable: 0 });
  });
});

describe('describeMetFrom', () => {
  const levels = makeToolkit().scale.levels;
  it('names the rating from which a duty is met, in the scale’s words', () => {
    expect(describeMetFrom(levels, 3)).toBe('Met when rated ‘Developing’ or higher.');
    expect(describeMetFrom(levels, 4)).toBe('Met when rated ‘Embedded’.');
  });
});
