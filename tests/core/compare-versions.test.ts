import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/core/compare-versions';

describe('compareVersions', () => {
  it.each([
    ['the same version', '1.0.0', '1.0.0', 0],
    ['minor versions as numbers', '1.10.0', '1.9.0', 1],
    ['patch versions as numbers', '1.9.2', '1.10.0', -1],
    ['major before minor', '2.0.0', '1.99.99', 1],
    ['major versions as numbers', '2.0.0', '10.0.0', -1],
    ['an older minor', '0.1.0', '0.2.0', -1],
    ['a pre-release below its release', '1.2.3-beta', '1.2.3', -1],
    ['a release above its pre-release', '1.2.3', '1.2.3-beta', 1],
    ['a pre-release above the previous release', '1.2.3-beta', '1.2.2', 1],
    ['pre-release words in order', '1.2.3-alpha', '1.2.3-beta', -1],
    ['pre-release numbers as numbers', '1.2.3-beta.10', '1.2.3-beta.9', 1],
    ['a pre-release number below a word', '1.2.3-1', '1.2.3-alpha', -1],
    ['a shorter pre-release below a longer one', '1.2.3-beta', '1.2.3-beta.1', -1],
    ['the same pre-release', '1.2.3-rc.1', '1.2.3-rc.1', 0],
    ['build metadata ignored', '1.2.3+build.5', '1.2.3', 0],
    ['not a version below any version', 'nonsense', '0.0.1', -1],
    ['any version above an empty string', '0.0.1', '', 1],
    ['two strings that are not versions alike', '', 'x', 0],
    ['a version with a fourth part not a version', '1.2.3.4', '0.0.1', -1],
  ] as const)('%s: %s vs %s → %i', (_name, a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
