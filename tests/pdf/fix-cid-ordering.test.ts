import { describe, expect, it } from 'vitest';
import { fixCidOrdering } from '../../src/pdf/fix-cid-ordering';

const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const text = (data: Uint8Array) => String.fromCharCode(...data);

describe('fixCidOrdering', () => {
  it('names the Identity collection, keeping the file the same length', () => {
    const before = '<< /Registry (Adobe) /Ordering (Identity-H) /Supplement 0 >> ... /Ordering (Identity-H) >>';
    const after = fixCidOrdering(bytes(before));
    expect(text(after)).toBe('<< /Registry (Adobe) /Ordering (Identity)   /Supplement 0 >> ... /Ordering (Identity)   >>');
    expect(after.length).toBe(before.length);
  });

  it('leaves everything else alone', () => {
    const other = '/Encoding /Identity-H /Ordering (UCS) (Identity-H)';
    expect(text(fixCidOrdering(bytes(other)))).toBe(other);
  });
});
