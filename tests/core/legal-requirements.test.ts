import { describe, expect, it } from 'vitest';
import { describeLegalRequirements, summariseLegalRequirements } from '../../src/core/legal-requirements';
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
  });

  it('says which duties have not been rated yet', () => {
    expect(summariseLegalRequirements(withDuties(), { a1: { rating: 4, note: '' } })).toMatchObject({ met: 1, notMet: 0, notRated: 3, applicable: 4 });
  });

  it('has nothing to say for a toolkit without legal duties', () => {
    expect(summariseLegalRequirements(makeToolkit(), {})).toEqual({ requirements: [], met: 0, notMet: 0, notRated: 0, applicable: 0 });
  });
});
