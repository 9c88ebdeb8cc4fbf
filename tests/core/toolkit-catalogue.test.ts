import { describe, expect, it } from 'vitest';
import { buildCatalogue, startableEntries } from '../../src/core/toolkit-catalogue';
import { makeToolkit } from '../fixtures/toolkits';

describe('buildCatalogue', () => {
  const shipped = makeToolkit();

  it('lists a definition that is both shipped and kept once, marked as both', () => {
    const kept = structuredClone(shipped);
    const { entries } = buildCatalogue([shipped], [kept]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ isShipped: true, isKept: true, hasConflict: false });
  });

  it('keeps apart, and flags, the same id and version with different content', () => {
    const changed = { ...structuredClone(shipped), title: `${shipped.title} (edited)` };
    const { entries } = buildCatalogue([shipped], [changed]);
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => [entry.isShipped, entry.isKept, entry.hasConflict])).toEqual(
      expect.arrayContaining([
        [true, false, true],
        [false, true, true],
      ]),
    );
    expect(entries[0]!.key).not.toBe(entries[1]!.key);
  });

  it('keys a definition alone at its version by id and version, without hashing it', () => {
    const { entries } = buildCatalogue([shipped], []);
    expect(entries.map((entry) => entry.key)).toEqual([`${shipped.id}@${shipped.version}`]);
  });

  it('lists each version of a toolkit, newest first, without conflict', () => {
    const older = { ...structuredClone(shipped), version: '0.9.0' };
    const { entries } = buildCatalogue([shipped], [older]);
    expect(entries.map((entry) => [entry.toolkit.version, entry.hasConflict])).toEqual([
      [shipped.version, false],
      ['0.9.0', false],
    ]);
  });

  it('carries the problems of shipped files that could not be used', () => {
    const problems = [{ file: 'broken.json', problems: ['domains: expected an array'] }];
    expect(buildCatalogue([shipped], [], problems).problems).toEqual(problems);
  });
});

describe('startableEntries', () => {
  it('offers each toolkit’s newest version not in conflict, by title', () => {
    const base = makeToolkit();
    const at = (version: string, title = base.title) => ({ ...base, version, title });
    const other = { ...makeToolkit(), id: 'another', title: 'Another toolkit' };
    const catalogue = buildCatalogue([at('1.0.0'), other], [at('1.10.0'), at('1.2.0'), at('2.0.0'), at('2.0.0', 'Edited without a new version')]);
    expect(startableEntries(catalogue).map((entry) => `${entry.toolkit.id} ${entry.toolkit.version} ${entry.isShipped ? 'shipped' : 'kept'}`)).toEqual([
      'another 1.0.0 shipped',
      'test-toolkit 1.10.0 kept',
    ]);
  });
});
