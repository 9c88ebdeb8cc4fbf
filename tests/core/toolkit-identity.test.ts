import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, toolkitContentHash } from '../../src/core/toolkit-identity';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

/** The same object with its keys written in reverse order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
  return value;
}

describe('sha256Hex', () => {
  it('agrees with Node’s SHA-256 on every length around the block boundaries, and on any bytes', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + 7) % 256);
      expect(sha256Hex(bytes), `${length} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256Hex(bytes) === createHash('sha256').update(bytes).digest('hex')));
  });
});

describe('toolkitContentHash', () => {
  it('is the SHA-256 of the canonical JSON, in UTF-8', () => {
    const toolkit = makeToolkit();
    toolkit.title = 'Relations école–famille 👪';
    expect(toolkitContentHash(toolkit)).toBe(`sha256-${createHash('sha256').update(canonicalJson(toolkit), 'utf8').digest('hex')}`);
  });

  it('does not depend on the order keys are written in', () => {
    const toolkit = makeToolkit();
    expect(toolkitContentHash(reverseKeys(toolkit) as Toolkit)).toBe(toolkitContentHash(toolkit));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('changes with any change of content, however small', () => {
    const hash = toolkitContentHash(makeToolkit());
    const reworded = makeToolkit();
    reworded.domains[1]!.indicators[0]!.descriptors['3'] = 'Consistent across the school.';
    const reordered = makeToolkit();
    reordered.domains.reverse();
    const relabelled = makeToolkit();
    relabelled.scale.levels[0]!.label = 'Not in place';
    for (const changed of [reworded, reordered, relabelled]) expect(toolkitContentHash(changed)).not.toBe(hash);
    expect(toolkitContentHash(makeToolkit())).toBe(hash);
  });

  it('ignores $schema, which only points an editor at the JSON Schema', () => {
    const hash = toolkitContentHash(makeToolkit());
    expect(toolkitContentHash({ ...makeToolkit(), $schema: './toolkit.schema.json' })).toBe(hash);
    expect(toolkitContentHash({ ...makeToolkit(), $schema: '../elsewhere/toolkit.schema.json' })).toBe(hash);
  });
});
