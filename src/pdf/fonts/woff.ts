/**
 * WOFF 1.0 → TrueType. The font packages we ship (@fontsource) come as WOFF,
 * which is the TrueType tables, each zlib-compressed; jsPDF embeds TrueType.
 * fflate (which jsPDF compresses with, so it is loaded anyway) inflates the
 * tables: the browser's DecompressionStream, a stream and a Blob per table,
 * took several times as long for the fifteen small tables of each face.
 * (WOFF2 would need Brotli and a glyph transform: not used.)
 * Format: https://www.w3.org/TR/WOFF/
 */
import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const TABLE_ENTRY_SIZE = 20;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

/** A table as zlib-wrapped deflate; a damaged one is reported as a damaged font, not as a zlib error. */
function inflate(data: Uint8Array): Uint8Array {
  try {
    return unzlibSync(data);
  } catch {
    throw new Error('This WOFF font file is damaged.');
  }
}

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_SIZE && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

export function woffToTrueType(woff: Uint8Array): Uint8Array {
  if (!isWoff(woff)) throw new Error('This is not a WOFF font file.');
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: TableEntry[] = [];
  for (let index = 0; index < numTables; index++) {
    const at = HEADER_SIZE + index * TABLE_ENTRY_SIZE;
    tables.push({
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    });
  }
  const contents = tables.map((table) => {
    const stored = woff.subarray(table.offset, table.offset + table.compLength);
    const data = table.compLength < table.origLength ? inflate(stored) : stored;
    if (data.length !== table.origLength) throw new Error('This WOFF font file is damaged.');
    return data;
  });

  // The sfnt header and table directory, then each table padded to 4 bytes, as the WOFF spec says.
  const directorySize = 12 + 16 * numTables;
  const size = tables.reduce((sum, table) => sum + ((table.origLength + 3) & ~3), directorySize);
  const font = new Uint8Array(size);
  const out = new DataView(font.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, numTables * 16 - searchRange);
  let offset = directorySize;
  tables.forEach((table, index) => {
    const at = 12 + index * 16;
    out.setUint32(at, table.tag);
    out.setUint32(at + 4, table.checksum);
    out.setUint32(at + 8, offset);
    out.setUint32(at + 12, table.origLength);
    font.set(contents[index]!, offset);
    offset += (table.origLength + 3) & ~3;
  });
  return font;
}
