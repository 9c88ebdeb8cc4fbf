import { describe, expect, it } from 'vitest';
import { toFileNamePart } from '../../src/core/file-name-part';

describe('toFileNamePart', () => {
  it.each([
    ['Northfield Primary School', 'northfield-primary-school'],
    ['A/B: C*D?', 'a-b-c-d'],
    ['Trailing dots...', 'trailing-dots'],
    ['ｗｉｄｅ', 'wide'],
    ['tab\tand\nnewline', 'tab-and-newline'],
  ])('%j → %j', (text, part) => {
    expect(toFileNamePart(text)).toBe(part);
  });
});
