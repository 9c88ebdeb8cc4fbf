/**
 * A face added to a jsPDF document, with jsPDF's work on it done once per
 * visit rather than once per export. jsPDF parses the whole TrueType file
 * (from a binary string it first copies back into bytes) each time a
 * document adds it, and at the end rebuilds the embedded font from a list
 * holding a glyph for every character drawn. Here a face is parsed once,
 * straight from its bytes, and each document gets a view of the parse
 * holding only what a document writes (the glyphs it used, their widths,
 * its ToUnicode map); the embedded font program is reused while the glyphs
 * it holds stay the same. jsPDF's own API offers neither, so this reaches
 * into two of its internals, TTFFont.open and the parsed font's subset;
 * tests/pdf read every PDF back with poppler, so a change in them shows there.
 */
import type { jsPDF } from 'jspdf';
import { jsPDF as JsPdf } from 'jspdf';

/** What jsPDF keeps of a TrueType font it has parsed: the parts used here. */
export interface ParsedTrueType {
  characterToGlyph: (code: number) => number;
  subset: { encode: (glyphIds: number[], indexToLocFormat: number) => ArrayLike<number> };
}

/** What a document writes into its font as it draws text. */
interface DocumentFields {
  toUnicode: Record<number, number>;
  Unicode: { encoding: object; kerning: object; widths: unknown[] };
  glyIdsUsed: number[];
}

type Open = (data: Uint8Array) => ParsedTrueType;
const trueType = (JsPdf.API as unknown as { TTFFont: { open: Open } }).TTFFont;

/** The start of a TrueType file, as jsPDF reads the file it is given before parsing it; the parse itself is already done. */
const STANDS_IN_FOR_FILE = '\x00\x01\x00\x00';

/**
 * A shallow copy, sharing the parsed tables, with fresh fields of its own
 * for a document to write into. A copy rather than an object inheriting
 * from the parse: jsPDF looks for the character map with hasOwnProperty.
 */
function forDocument(font: ParsedTrueType): ParsedTrueType {
  const fields: DocumentFields = { toUnicode: {}, Unicode: { encoding: {}, kerning: {}, widths: [] }, glyIdsUsed: [0] };
  return Object.assign(Object.create(Object.getPrototypeOf(font) as object) as ParsedTrueType, font, fields);
}

/**
 * The program a face last embedded, by the glyphs it holds: it depends
 * on nothing else, so the next export using the same glyphs (the same plan,
 * or one with a few words changed) reuses it.
 */
function reuseSubsets(font: ParsedTrueType): void {
  const { subset } = font;
  const encode = subset.encode.bind(subset);
  let last: { glyphs: string; program: ArrayLike<number> } | undefined;
  subset.encode = (glyphIds, indexToLocFormat) => {
    const unique = [...new Set(glyphIds)].sort((a, b) => a - b);
    const glyphs = `${indexToLocFormat}:${unique.join(',')}`;
    if (last?.glyphs !== glyphs) last = { glyphs, program: encode(unique, indexToLocFormat) };
    return last.program;
  };
}

/** Parses a TrueType file as jsPDF does, once: keep the result and add it to each document with addTrueType. */
export function parseTrueType(file: Uint8Array): ParsedTrueType {
  const font = trueType.open(file);
  reuseSubsets(font);
  return font;
}

/** Adds a parsed face to the document as font `id`, and returns the document's view of it. */
export function addTrueType(doc: jsPDF, id: string, font: ParsedTrueType): ParsedTrueType {
  const open = trueType.open;
  trueType.open = () => forDocument(font);
  try {
    doc.addFileToVFS(`${id}.ttf`, STANDS_IN_FOR_FILE);
    doc.addFont(`${id}.ttf`, id, 'normal');
  } finally {
    trueType.open = open;
  }
  return (doc.setFont(id, 'normal').getFont() as unknown as { metadata: ParsedTrueType }).metadata;
}
