import { describe, expect, it } from 'vitest';
import { inRanges, parseUnicodeRanges } from '../../../src/pdf/fonts/unicode-ranges';

describe('parseUnicodeRanges', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRanges('U+0000-00FF, U+0131,U+2000-206F')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it.each([
    [0x41, true],
    [0x131, true],
    [0x132, false],
    [0x2019, true],
    [0x0600, false],
  ])('U+%s is in the Latin slice: %s', (codePoint, expected) => {
    expect(inRanges(parseUnicodeRanges('U+0000-00FF,U+0131,U+2000-206F'), codePoint)).toBe(expected);
  });
});
