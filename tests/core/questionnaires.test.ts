import { describe, expect, it } from 'vitest';
import { askHeading } from '../../src/core/questionnaires';
import { makeToolkit, makeToolkitWithDuties } from '../fixtures/toolkits';

describe('askHeading', () => {
  it('names who the questionnaires are for, each audience once', () => {
    const toolkit = makeToolkitWithDuties();
    expect(askHeading(toolkit)).toBe('Ask families');
    const families = toolkit.questionnaires![0]!;
    toolkit.questionnaires!.push({ ...families, id: 'pupils', audience: 'pupils' }, { ...families, id: 'more', audience: 'families' });
    expect(askHeading(toolkit)).toBe('Ask families and pupils');
    toolkit.questionnaires!.push({ ...families, id: 'staff', audience: 'staff' });
    expect(askHeading(toolkit)).toBe('Ask families, pupils and staff');
  });

  it('is empty for a toolkit without questionnaires', () => {
    expect(askHeading(makeToolkit())).toBe('');
  });
});
