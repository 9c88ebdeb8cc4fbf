import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isWoff, woffToTrueType } from '../../../src/pdf/fonts/woff';

const require = createRequire(import.meta.url);
const latin = new Uint8Array(readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')));

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

describe('woffToTrueType', () => {
  it('restores every table of a real font, each matching the checksum the font was made with', () => {
    const font = woffToTrueType(latin);
    const view = new DataView(font.buffer);
    expect(view.getUint32(0)).toBe(0x00010000);
    const numTables = view.getUint16(4);
    expect(numTables).toBeGreaterThan(8);
    const tags: string[] = [];
    for (let index = 0; index < numTables; index++) {
      const at = 12 + index * 16;
      const tag = String.fromCharCode(...font.subarray(at, at + 4));
      const offset = view.getUint32(at + 8);
      const table = font.slice(offset, offset + view.getUint32(at + 12));
      // The head table's checksum is taken with its checkSumAdjustment field set to zero.
      if (tag === 'head') table.fill(0, 8, 12);
      expect(checksum(table), tag).toBe(view.getUint32(at + 4));
      expect(offset % 4).toBe(0);
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
  });

  it('refuses a file that is not WOFF, and one that is damaged', () => {
    expect(isWoff(new Uint8Array([0, 1, 0, 0]))).toBe(false);
    expect(() => woffToTrueType(new TextEncoder().encode('not a font at all, just some text here to pass the length'))).toThrow('This is not a WOFF font file.');
    const damaged = latin.slice(0, latin.length - 2000);
    expect(() => woffToTrueType(damaged)).toThrow('This WOFF font file is damaged.');
    const scrambled = latin.slice();
    scrambled.fill(0x55, 2000, 2400);
    expect(() => woffToTrueType(scrambled)).toThrow('This WOFF font file is damaged.');
  });
});
