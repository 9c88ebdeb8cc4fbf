import { describe, expect, it } from 'vitest';
import { fromBinaryString, toBinaryString } from '../../src/pdf/binary-string';

describe('binary strings', () => {
  it('keep every byte both ways, across the block boundary of large files', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256);
    const text = toBinaryString(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(text.charCodeAt(99_999)).toBe((99_999 * 7) % 256);
    expect(fromBinaryString(text)).toEqual(bytes);
  });

  it('turn nothing into nothing', () => {
    expect(toBinaryString(new Uint8Array())).toBe('');
    expect(fromBinaryString('')).toEqual(new Uint8Array());
  });
});
