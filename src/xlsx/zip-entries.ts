/**
 * Lists a zip's files from its central directory, read by hand, so that
 * every size a file declares can be checked before anything is unpacked or
 * allocated. (An unzip library trusts those sizes: one that allocates what an
 * entry declares can be made to allocate gigabytes by a few bytes of header.)
 *
 * Only what an .xlsx needs is accepted: one disk, no zip64, no encryption,
 * files stored or deflated. Layout: PKWARE's APPNOTE.TXT, sections 4.3.7
 * (local file header), 4.3.12 (central directory header) and 4.3.16 (end of
 * central directory record).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  /** As declared; the inflater stops as soon as the data passes it. */
  uncompressedSize: number;
  /** Where the file's data starts, just past its local header. */
  dataStart: number;
}

export type ZipProblem = 'not-zip' | 'damaged' | 'encrypted' | 'unsupported' | 'too-many-entries';

export type ZipEntriesResult = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
/** A size or count with every bit set means "look in the zip64 record", which a toolkit never needs. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

const utf8 = new TextDecoder('utf-8');

export function readZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntriesResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  // A zip starts with a local file header (an empty zip has none, and holds no workbook either).
  if (bytes.length < 4 + END_LENGTH || u32(0) !== LOCAL_HEADER) return { ok: false, problem: 'not-zip' };
  const end = findEndOfDirectory(bytes, view);
  if (end < 0) return { ok: false, problem: 'not-zip' };

  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== u16(end + 10)) return { ok: false, problem: 'unsupported' };
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (count === ZIP64_16 || directorySize === ZIP64_32 || directoryStart === ZIP64_32) return { ok: false, problem: 'unsupported' };
  if (count > maxEntries) return { ok: false, problem: 'too-many-entries' };
  const directoryEnd = directoryStart + directorySize;
  if (directoryEnd > end) return { ok: false, problem: 'damaged' };

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directoryEnd || u32(at) !== CENTRAL_HEADER) return { ok: false, problem: 'damaged' };
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const localHeader = u32(at + 42);
    if (next > directoryEnd) return { ok: false, problem: 'damaged' };
    if (flags & 1) return { ok: false, problem: 'encrypted' };
    if (compressedSize === ZIP64_32 || uncompressedSize === ZIP64_32 || localHeader === ZIP64_32) return { ok: false, problem: 'unsupported' };
    if (method !== 0 && method !== 8) return { ok: false, problem: 'unsupported' };
    if (method === 0 && compressedSize !== uncompressedSize) return { ok: false, problem: 'damaged' };

    // The data follows the local header, whose name and extra field may differ in length from the central ones.
    if (localHeader + 30 > directoryStart || u32(localHeader) !== LOCAL_HEADER) return { ok: false, problem: 'damaged' };
    const dataStart = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28);
    if (dataStart + compressedSize > directoryStart) return { ok: false, problem: 'damaged' };

    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Two files of one name: which one a reader takes is up to the reader, so refuse.
    if (names.has(name)) return { ok: false, problem: 'damaged' };
    names.add(name);
    entries.push({ name, method, compressedSize, uncompressedSize, dataStart });
    at = next;
  }
  return { ok: true, entries };
}

/** The end of central directory record: the last one whose comment reaches exactly to the end of the file. */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - END_LENGTH;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && at + END_LENGTH + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  return -1;
}
