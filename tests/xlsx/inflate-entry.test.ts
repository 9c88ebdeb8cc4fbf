import { describe, expect, it } from 'vitest';
import { inflateEntry } from '../../src/xlsx/inflate-entry';
import { readZipEntries, type ZipEntry } from '../../src/xlsx/zip-entries';
import { patchCentral, zipOf } from './crafted-zips';

function onlyEntry(zip: Uint8Array): ZipEntry {
  const listed = readZipEntries(zip, 10);
  if (!listed.ok) throw new Error(listed.problem);
  return listed.entries[0]!;
}

describe('inflateEntry', () => {
  it('unpacks deflated and stored data as it was', () => {
    const text = 'Registers are taken twice a day. '.repeat(500);
    for (const level of [0, 6] as const) {
      const zip = zipOf({ 'a.txt': text }, level);
      const inflated = inflateEntry(zip, onlyEntry(zip));
      expect(inflated.ok && new TextDecoder().decode(inflated.data)).toBe(text);
    }
  });

  it('stops a bomb as soon as it passes the size it declared, without reading the rest', () => {
    // 16 MB of zeros deflate to about 16 kB; the entry says it holds 1,000 bytes.
    const zip = patchCentral(zipOf({ 'bomb.xml': new Uint8Array(16 * 1024 * 1024) }), 'bomb.xml', 'uncompressedSize', 1000);
    const entry = onlyEntry(zip);
    expect(entry.compressedSize).toBeGreaterThan(12_000);
    // Its second half is garbage: an inflater that read that far would fail on it, not stop.
    zip.fill(0xff, entry.dataStart + entry.compressedSize / 2, entry.dataStart + entry.compressedSize);
    expect(inflateEntry(zip, entry)).toEqual({ ok: false, problem: 'inflates-past-declared' });
  });

  it('refuses data that inflates to less than it declared, or is not deflate at all', () => {
    const zip = zipOf({ 'a.txt': 'some text' });
    expect(inflateEntry(patchCentral(zip, 'a.txt', 'uncompressedSize', 100), onlyEntry(patchCentral(zip, 'a.txt', 'uncompressedSize', 100)))).toEqual({ ok: false, problem: 'damaged' });
    const garbled = zip.slice();
    const entry = onlyEntry(garbled);
    garbled.fill(0xff, entry.dataStart, entry.dataStart + entry.compressedSize);
    expect(inflateEntry(garbled, entry)).toEqual({ ok: false, problem: 'damaged' });
  });
});
