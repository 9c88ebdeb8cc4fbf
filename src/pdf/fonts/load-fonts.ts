/**
 * Loads into a jsPDF document just the font slices that the given text
 * needs, in both weights, and says which characters no font could show.
 */
import type { jsPDF } from 'jspdf';
import { NOTO_SANS_FACES, type FaceSource } from './noto-sans';
import { inRanges } from './unicode-ranges';
import { addTrueType, parseTrueType, type ParsedTrueType } from './parsed-fonts';
import { woffToTrueType } from './woff';

export interface LoadedFace {
  id: string;
  bold: boolean;
  /** Whether the font has a glyph for this code point. */
  covers: (codePoint: number) => boolean;
}

export interface LoadedFonts {
  faces: LoadedFace[];
  /** Faces that could not be loaded (a Chinese slice while offline), so the PDF can say why. */
  failed: string[];
}

/** Latin is always loaded: page furniture, headings and the replacement mark U+FFFD come from it. */
const ALWAYS = 'noto-sans-latin-';

export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text.normalize('NFC')) points.add(char.codePointAt(0)!);
  return points;
}

/** Characters beyond ASCII that no Noto Sans slice claims: Chinese, or scripts we have no font for. */
export function beyondNotoSans(points: Iterable<number>): number[] {
  return [...points].filter((point) => point > 0x7f && !NOTO_SANS_FACES.some((face) => inRanges(face.ranges, point)));
}

export function needed(faces: readonly FaceSource[], points: ReadonlySet<number>): FaceSource[] {
  return faces.filter((face) => face.id.startsWith(ALWAYS) || [...points].some((point) => inRanges(face.ranges, point)));
}

/** Decoded and parsed fonts, kept for the next export in this visit (a failed load is retried next time). */
const parsed = new Map<string, Promise<ParsedTrueType>>();

function trueTypeOf(face: FaceSource): Promise<ParsedTrueType> {
  let font = parsed.get(face.id);
  if (!font) {
    font = face.load().then((file) => parseTrueType(woffToTrueType(file)));
    font.catch(() => parsed.delete(face.id));
    parsed.set(face.id, font);
  }
  return font;
}

function register(doc: jsPDF, face: FaceSource, parse: ParsedTrueType): LoadedFace {
  const font = addTrueType(doc, face.id, parse);
  // jsPDF encodes text as UTF-16 code units, so characters beyond the BMP cannot be shown.
  return { id: face.id, bold: face.bold, covers: (point) => point <= 0xffff && font.characterToGlyph(point) !== 0 };
}

/** The faces some text needs, Latin first. */
async function facesFor(text: string): Promise<FaceSource[]> {
  const points = codePointsOf(text);
  const sources = needed(NOTO_SANS_FACES, points);
  const uncovered = beyondNotoSans(points);
  if (uncovered.length > 0) {
    // Chinese is big, so its catalogue loads only when some text needs it.
    const { NOTO_SANS_SC_FACES } = await import('./noto-sans-sc');
    sources.push(...needed(NOTO_SANS_SC_FACES, new Set(uncovered)));
  }
  return sources;
}

/**
 * Loads and parses, ahead of an export, the faces some text needs (fetching
 * Chinese slices while online, for later use offline too). Failures are
 * left for the export, which retries them and says what it could not show.
 */
export async function prepareFonts(text: string): Promise<void> {
  await Promise.allSettled((await facesFor(text)).map(trueTypeOf));
}

export async function loadFonts(doc: jsPDF, text: string): Promise<LoadedFonts> {
  const sources = await facesFor(text);
  const files = await Promise.allSettled(sources.map(trueTypeOf));
  const faces: LoadedFace[] = [];
  const failed: string[] = [];
  // Added in a fixed order once all have loaded, so that the same plan always makes the same file.
  files.forEach((file, index) => {
    const face = sources[index]!;
    try {
      if (file.status === 'rejected') throw file.reason;
      faces.push(register(doc, face, file.value));
    } catch {
      failed.push(face.id);
    }
  });
  if (!faces.some((face) => face.id.startsWith(ALWAYS))) throw new Error('The PDF fonts could not be loaded. Reload the page and try again.');
  return { faces, failed };
}
