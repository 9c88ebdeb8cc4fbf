import { describe, expect, it } from 'vitest';
import { readZipEntries } from '../../src/xlsx/zip-entries';
import { patchCentral, patchEntryCount, zipOf } from './crafted-zips';

describe('readZipEntries', () => {
  it('lists every file with its method, sizes and where its data starts', () => {
    const zip = zipOf({ 'a.txt': 'hello hello hello hello', 'folder/b.xml': '<b/>' }, 0);
    const listed = readZipEntries(zip, 10);
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.entries.map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize }))).toEqual([
      { name: 'a.txt', method: 0, uncompressedSize: 23 },
      { name: 'folder/b.xml', method: 0, uncompressedSize: 4 },
    ]);
    expect(readZipEntries(zipOf({ 'a.txt': 'hello' }), 10)).toMatchObject({ entries: [{ method: 8, uncompressedSize: 5 }] });
    // A stored entry's data is the file itself, just past its local header.
    const stored = listed.entries[1]!;
    expect(new TextDecoder().decode(zip.subarray(stored.dataStart, stored.dataStart + stored.compressedSize))).toBe('<b/>');
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['text', new TextEncoder().encode('Statement,Level\nRegisters are taken,3\n')],
    ['a zip cut off before its directory', zipOf({ 'a.txt': 'some text to zip' }).subarray(0, 40)],
  ])('says %s is not a zip', (_, bytes) => {
    expect(readZipEntries(bytes, 10)).toEqual({ ok: false, problem: 'not-zip' });
  });

  it('refuses more files than allowed from the directory alone', () => {
    const parts = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`f${index}.txt`, 'x']));
    expect(readZipEntries(zipOf(parts), 10)).toEqual({ ok: false, problem: 'too-many-entries' });
  });

  it('refuses a directory that says it holds more files than it does', () => {
    expect(readZipEntries(patchEntryCount(zipOf({ 'a.txt': 'x' }), 5), 10)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses zip64 and encrypted entries', () => {
    const zip = zipOf({ 'a.txt': 'x' });
    expect(readZipEntries(patchEntryCount(zip, 0xffff), 100_000)).toEqual({ ok: false, problem: 'unsupported' });
    expect(readZipEntries(patchCentral(zip, 'a.txt', 'uncompressedSize', 0xffffffff), 10)).toEqual({ ok: false, problem: 'unsupported' });
    expect(readZipEntries(patchCentral(zip, 'a.txt', 'flags', 1), 10)).toEqual({ ok: false, problem: 'encrypted' });
  });

  it('refuses a stored entry whose sizes disagree, and two files of one name', () => {
    const stored = zipOf({ 'a.txt': 'x' }, 0);
    expect(readZipEntries(patchCentral(stored, 'a.txt', 'uncompressedSize', 2), 10)).toEqual({ ok: false, problem: 'damaged' });
    const twice = zipOf({ 'a.txt': 'x', 'b.txt': 'y' }, 0);
    const name = twice.lastIndexOf('b'.charCodeAt(0));
    twice[name] = 'a'.charCodeAt(0); // the central directory's second name becomes a.txt
    expect(readZipEntries(twice, 10)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('keeps a declared size as declared: checking it is the caller\'s job', () => {
    const listed = readZipEntries(patchCentral(zipOf({ 'a.txt': 'x' }), 'a.txt', 'uncompressedSize', 0xf0000000), 10);
    expect(listed.ok && listed.entries[0]!.uncompressedSize).toBe(0xf0000000);
  });
});
