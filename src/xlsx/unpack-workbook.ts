/**
 * Takes an .xlsx file from outside apart, checking it, and keeps only the
 * parts that hold cell values, unpacked. Nothing else (images, drawings,
 * comments, tables, macros) is ever inflated or handed on. readWorkbook zips
 * what this returns again uncompressed, so exceljs (and the zip library
 * inside it) only ever reads bytes that were already checked.
 */
import { inflateEntry } from './inflate-entry';
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from './limits';
import { WORKBOOK_MESSAGES, partTooLarge, totalTooLarge, unpacksPastDeclared } from './messages';
import { readZipEntries, type ZipProblem } from './zip-entries';

/** The workbook, its relationships, strings, styles (they say which numbers are dates) and sheets. */
const READ_PARTS =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const WORKBOOK_PART = 'xl/workbook.xml';

/** An OLE compound file: an .xls, or an .xlsx that Excel encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type UnpackResult = { ok: true; parts: Record<string, Uint8Array> } | { ok: false; message: string };

const ZIP_MESSAGES: Record<ZipProblem, string> = {
  'not-zip': WORKBOOK_MESSAGES.notXlsx,
  damaged: WORKBOOK_MESSAGES.damaged,
  encrypted: WORKBOOK_MESSAGES.zipWithPassword,
  unsupported: WORKBOOK_MESSAGES.unsupported,
  'too-many-entries': WORKBOOK_MESSAGES.tooManyEntries,
};

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function unpackWorkbook(bytes: Uint8Array): UnpackResult {
  if (COMPOUND_FILE.every((byte, index) => bytes[index] === byte)) return { ok: false, message: WORKBOOK_MESSAGES.oldExcelOrPassword };
  const listed = readZipEntries(bytes, MAX_ZIP_ENTRIES);
  if (!listed.ok) return { ok: false, message: ZIP_MESSAGES[listed.problem] };

  const entries = listed.entries.filter((entry) => READ_PARTS.test(entry.name));
  if (!entries.some((entry) => entry.name === WORKBOOK_PART)) return { ok: false, message: WORKBOOK_MESSAGES.zipWithoutWorkbook };
  // Every declared size is checked before the first byte is inflated.
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > MAX_PART_BYTES) return { ok: false, message: partTooLarge(entry.name, entry.uncompressedSize) };
    total += entry.uncompressedSize;
  }
  if (total > MAX_TOTAL_BYTES) return { ok: false, message: totalTooLarge(total) };

  // No prototype, so a part named like an Object property is just a part.
  const parts: Record<string, Uint8Array> = Object.create(null);
  for (const entry of entries) {
    const inflated = inflateEntry(bytes, entry);
    if (!inflated.ok) return { ok: false, message: inflated.problem === 'damaged' ? WORKBOOK_MESSAGES.damaged : unpacksPastDeclared(entry.name) };
    const text = utf8.decode(inflated.data);
    // Entity declarations are how XML is made to expand as it is parsed; spreadsheet parts never have one.
    if (text.includes('<!DOCTYPE')) return { ok: false, message: WORKBOOK_MESSAGES.altered };
    parts[entry.name] = entry.name === WORKBOOK_PART ? encoder.encode(withoutDefinedNames(text)) : inflated.data;
  }
  return { ok: true, parts };
}

/**
 * exceljs expands a defined name into one object per cell it covers, so a
 * name over A1:XFD1048576 (a few bytes) would freeze the page. Reading needs
 * no names, so every definedNames and definedName element is renamed to one
 * exceljs does not know and skips. The rename keeps the XML as well formed as
 * it was: element names cannot be escaped, and "<" cannot stand in an
 * attribute, so each match is a start or end tag (or text, which may change).
 */
export function withoutDefinedNames(xml: string): string {
  return xml.replaceAll('<definedName', '<ignoredName').replaceAll('</definedName', '</ignoredName');
}
