/**
 * Zips made to break a reader: real ones from fflate's zipSync (our own
 * bytes, so safe to make), then header fields patched by hand.
 */
import { zipSync, strToU8 } from 'fflate';
import ExcelJS from '../../src/xlsx/exceljs';
import { unpackWorkbook } from '../../src/xlsx/unpack-workbook';

const END_OF_DIRECTORY = 0x06054b50;

/** The smallest workbook exceljs writes, with one sheet holding "x" in A1, as its parts. */
export async function minimalWorkbookParts(): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet').getCell('A1').value = 'x';
  return partsOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The parts of a workbook that readWorkbook reads, unpacked by its own checks. */
export function partsOf(xlsx: Uint8Array): Record<string, Uint8Array> {
  const unpacked = unpackWorkbook(xlsx);
  if (!unpacked.ok) throw new Error(unpacked.message);
  return { ...unpacked.parts };
}

export function zipOf(parts: Record<string, Uint8Array | string>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])), { level });
}

/** The offset of each central directory header, by file name. */
function centralHeaders(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  const headers = new Map<string, number>();
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    const nameLength = view.getUint16(at + 28, true);
    headers.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), at);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return headers;
}

/** A copy with a central directory field of one file changed (offsets from APPNOTE 4.3.12). */
export function patchCentral(zip: Uint8Array, name: string, field: 'flags' | 'uncompressedSize', value: number): Uint8Array {
  const copy = zip.slice();
  const at = centralHeaders(copy).get(name);
  if (at === undefined) throw new Error(`no ${name} in the zip`);
  const view = new DataView(copy.buffer);
  if (field === 'flags') view.setUint16(at + 8, value, true);
  else view.setUint32(at + 24, value, true);
  return copy;
}

/** A copy whose end of central directory says there are `count` files (zip64 says 0xffff). */
export function patchEntryCount(zip: Uint8Array, count: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const end = copy.length - 22;
  view.setUint16(end + 8, count, true);
  view.setUint16(end + 10, count, true);
  return copy;
}
