/** A plain toolkit of a chosen size for the benches: a 4-level scale with "not applicable", short text everywhere, that passes the editorial rules. */
import type { Toolkit } from '../../src/core/toolkit-schema';

export function makeBenchToolkit({ id, title, domains, indicatorsPerDomain }: { id: string; title: string; domains: number; indicatorsPerDomain: number }): Toolkit {
  const levels = [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}` }));
  return {
    schemaVersion: 1, id, version: '1.0.0', title, summary: 'For timing.', audience: 'Nobody.',
    scale: { levels, allowNotApplicable: true },
    domains: Array.from({ length: domains }, (_, d) => ({
      id: `domain-${d}`, title: `Domain ${d}`, shortTitle: `D${d}`, description: 'A domain.',
      indicators: Array.from({ length: indicatorsPerDomain }, (_, i) => ({
        id: `indicator-${d}-${i}`, statement: `Statement ${d}.${i}.`,
        descriptors: Object.fromEntries(levels.map((level) => [String(level.value), `Descriptor ${level.value}.`])),
        evidencePrompts: ['How do we know?'], suggestedActions: [{ action: 'Act.', successMeasure: 'Nine in ten pupils by the end of the spring term.' }], reference: 'Guidance.',
      })),
    })),
  };
}
