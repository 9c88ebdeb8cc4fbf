import { describe, expect, it } from 'vitest';
import { findToolkit } from '../../src/core/find-toolkit';
import { buildCatalogue } from '../../src/core/toolkit-catalogue';
import { makeToolkit } from '../fixtures/toolkits';

describe('findToolkit', () => {
  const shipped = makeToolkit();
  // Sorts before the shipped one in the catalogue, so that choosing the shipped one is not the order's doing.
  const edited = { ...structuredClone(shipped), title: `A trust's ${shipped.title}` };
  const older = { ...structuredClone(shipped), version: '0.9.0' };

  it.each([
    ['a shipped version', [shipped], [older], shipped.version, shipped.title, 0],
    ['a version kept on this device only', [shipped], [older], '0.9.0', shipped.title, 0],
    ['the shipped one of two with the same id and version', [shipped], [edited], shipped.version, shipped.title, 1],
    ['the first of two kept with the same id and version', [], [shipped, edited], shipped.version, edited.title, 1],
  ])('finds %s', (_, inShipped, kept, version, title, otherCount) => {
    const found = findToolkit(buildCatalogue(inShipped, kept), shipped.id, version);
    expect(found?.entry.toolkit.title).toBe(title);
    expect(found?.entry.toolkit.version).toBe(version);
    expect(found?.otherCount).toBe(otherCount);
  });

  it.each([
    ['an unknown id', 'no-such-toolkit', shipped.version],
    ['an unknown version', shipped.id, '9.9.9'],
  ])('finds nothing for %s', (_, toolkitId, version) => {
    expect(findToolkit(buildCatalogue([shipped], [older]), toolkitId, version)).toBeNull();
  });

  it.each([
    ['starts from the version shown, when it is the newest', [shipped], [older], shipped.version, shipped.version],
    ['starts from the newest version, when an older one is shown', [shipped], [older], '0.9.0', shipped.version],
    ['starts from the newest version not in conflict, when two definitions of the newest differ', [shipped], [edited, older], shipped.version, '0.9.0'],
  ])('says which version a new self-evaluation %s', (_, inShipped, kept, version, startsWith) => {
    expect(findToolkit(buildCatalogue(inShipped, kept), shipped.id, version)?.startsWith?.toolkit.version).toBe(startsWith);
  });

  it('starts from nothing when every version is in conflict', () => {
    expect(findToolkit(buildCatalogue([shipped], [edited]), shipped.id, shipped.version)?.startsWith).toBeNull();
  });
});
