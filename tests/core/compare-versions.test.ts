import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/core/compare-versions';

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.10.0', '1.9.0', 1],
    ['0.1.0', '0.2.0', -1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3-beta', '1.2.3', 0],
    ['nonsense', '0.0.1', -1],
    ['0.0.1', '', 1],
    ['', 'x', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
