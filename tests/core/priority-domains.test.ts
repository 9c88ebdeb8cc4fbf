import { describe, expect, it } from 'vitest';
import { checkPriorityDomains } from '../../src/core/priority-domains';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

function toolkitWith(domainCount: number): Toolkit {
  const base = makeToolkit();
  return { ...base, domains: Array.from({ length: domainCount }, (_, i) => ({ ...base.domains[0]!, id: `d${i + 1}` })) };
}

describe('checkPriorityDomains', () => {
  it.each<[string, number, string[], ReturnType<typeof checkPriorityDomains>]>([
    ['two, put in toolkit order', 5, ['d4', 'd2'], { ok: true, domainIds: ['d2', 'd4'] }],
    ['three', 5, ['d1', 'd2', 'd3'], { ok: true, domainIds: ['d1', 'd2', 'd3'] }],
    ['none, to clear them', 5, [], { ok: true, domainIds: [] }],
    ['a repeated domain counted once', 5, ['d1', 'd1', 'd2'], { ok: true, domainIds: ['d1', 'd2'] }],
    ['one', 5, ['d1'], { ok: false, message: 'Choose at least 2 priority areas, or none' }],
    ['four', 5, ['d1', 'd2', 'd3', 'd4'], { ok: false, message: 'Choose no more than 3 priority areas' }],
    ['a domain the toolkit lacks', 5, ['d1', 'gone'], { ok: false, message: 'This toolkit has no section called “gone”' }],
    ['the only domain of a one-domain toolkit', 1, ['d1'], { ok: true, domainIds: ['d1'] }],
  ])('%s', (_name, domains, chosen, result) => {
    expect(checkPriorityDomains(toolkitWith(domains), chosen)).toEqual(result);
  });
});
